"""One article through every stage: normalise → layout → segment → match → link → validate.

`extract_article` is the verb for one article; `process` turns a raw input (text or error)
into the record written for it, and never raises.
"""

from __future__ import annotations

import regex
from solieu.errors import describe
from solieu.ingest import RawArticle
from solieu.layout import read_layout
from solieu.link import (
    OPENER,
    Breakdown,
    DocGroup,
    EnumerationItem,
    FigureItem,
    RatioItem,
    add_context,
    collect_documents,
    find_enumeration,
    kind_of,
    link_breakdowns,
    merge_ratios,
    names_after,
    ordinals_after,
    programmes_in,
    titled_names,
)
from solieu.location import locate, newspaper_province
from solieu.match import DocumentMatch, match_sentence
from solieu.normalise import NormText, normalise
from solieu.schemas import (
    Article,
    ArticleError,
    Block,
    Dateline,
    DocumentRef,
    Enumeration,
    Figure,
    InputRef,
    Location,
    Notice,
    Period,
    Ratio,
    Span,
)
from solieu.segment import Sentence, has_candidate, split_sentences
from solieu.validate import validate

_ISO_DATE = regex.compile(r"^(\d{4}-\d{2}-\d{2})")


def extract_article(
    text: str,
    *,
    doc_id: str,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    input_ref: InputRef | None = None,
    segment_all: bool = False,
    warnings: tuple[str, ...] = (),
) -> Article:
    """Everything solieu finds in one article. Offsets refer to `text` exactly as given.

    `segment_all` runs word segmentation on every sentence, as a naive pipeline would; the
    result must be the same as the lazy default (a test holds it to that).
    """
    nt = normalise(text)
    layout = read_layout(nt.text, title=title)
    date_match = _ISO_DATE.match(published or "")
    published_iso = date_match.group(1) if date_match else (layout.dateline[2] if layout.dateline else None)

    blocks = layout.extracted()
    sentences = _segment(nt.text, blocks, segment_all=segment_all)
    figures, ratios, doc_found = _match(sentences, published_iso)
    by_sentence: dict[int, list[RatioItem]] = {}
    for ratio in ratios:
        by_sentence.setdefault(ratio.sentence.index, []).append(ratio)
    breakdowns = link_breakdowns(figures, by_sentence)
    kept = _keep_counted(figures)
    states = _breakdown_states(breakdowns)
    enumerations = [e for e in (_enumeration_of(f, nt.text, blocks) for f in kept) if e is not None]
    documents = collect_documents(doc_found)

    body_text = " ".join(nt.text[s:e] for role, s, e in layout.blocks if role in ("lead", "body", "caption"))
    province, district, province_2025 = locate(
        layout.title if title is None else title,
        body_text,
        layout.source_province or newspaper_province(layout.source_name),
    )
    dateline = None
    if layout.dateline:
        d_start, d_end, iso, weekday = layout.dateline
        o_start, o_end = nt.to_original(d_start, d_end)
        dateline = Dateline(text=text[o_start:o_end], start=o_start, end=o_end, date=iso, weekday=weekday)

    article = Article(
        doc_id=doc_id,
        input=input_ref or InputRef(path="-"),
        title=title if title is not None else layout.title,
        author=layout.author,
        published=published_iso,
        dateline=dateline,
        url=url or layout.url,
        source_name=layout.source_name,
        location=Location(province=province, district=district, province_2025=province_2025),
        blocks=[Block(role=role, start=a, end=b) for role, s, e in layout.blocks for a, b in [nt.to_original(s, e)]],
        figures=[_figure(f, nt, text, states.get(f.id)) for f in kept],
        ratios=_ratios(ratios, kept, nt, text),
        documents=[_document(g, i, nt, text) for i, g in enumerate(documents, 1)],
        enumerations=[_enumeration(e, i, nt, text) for i, e in enumerate(enumerations, 1)],
        warnings=[Notice(code=code, message=describe(code)) for code in warnings],
    )
    return article.model_copy(update={"checks": validate(article)})


def _enumeration_of(fig: FigureItem, text: str, blocks: list[tuple[int, int]]) -> EnumerationItem | None:
    """The items a count announces: in its own sentence, else named or numbered in the next ones."""
    return (
        find_enumeration(fig)
        or titled_names(fig)
        or names_after(fig, text, blocks)
        or ordinals_after(fig, text, blocks)
    )


def _segment(text: str, spans: list[tuple[int, int]], *, segment_all: bool) -> list[Sentence]:
    """Sentences of the paragraphs that could hold a figure (a digit or a number word)."""
    sentences: list[Sentence] = []
    for paragraph, (start, end) in enumerate(spans):
        if has_candidate(text[start:end]):
            sentences += split_sentences(text, start, end, paragraph=paragraph, first_index=len(sentences))
    if segment_all:
        for sentence in sentences:
            sentence.words()
    return sentences


def _match(
    sentences: list[Sentence], published: str | None
) -> tuple[list[FigureItem], list[RatioItem], list[tuple[Sentence, DocumentMatch]]]:
    """Figures with their kind and context, ratios merged per population, document mentions."""
    figures: list[FigureItem] = []
    ratios: list[RatioItem] = []
    documents: list[tuple[Sentence, DocumentMatch]] = []
    for sentence in sentences:
        if not has_candidate(sentence.text):
            continue  # most sentences of a long paragraph hold no number at all
        found = match_sentence(sentence)
        programmes = programmes_in(sentence) if found.figures else []
        for fm in found.figures:
            item = FigureItem(fm, sentence, kind_of(fm, sentence))
            add_context(item, found.periods, programmes, published)
            figures.append(item)
        ratios += merge_ratios(sentence, found.ratios)
        documents += [(sentence, d) for d in found.documents]
    for i, fig in enumerate(figures, 1):
        fig.id = f"f{i}"
    return figures, ratios, documents


def _keep_counted(figures: list[FigureItem]) -> list[FigureItem]:
    """A bare number counts only as a part of a breakdown; renumber what remains."""
    kept = [f for f in figures if f.match.noun_class != "bare" or f.part_of is not None]
    renumber = {f.id: f"f{i}" for i, f in enumerate(kept, 1)}
    for fig in kept:
        fig.id = renumber[fig.id]
        fig.part_of = renumber.get(fig.part_of) if fig.part_of else None
    return kept


def _breakdown_states(breakdowns: list[Breakdown]) -> dict[str, str]:
    """Per total id: complete, overlapping or incomplete.

    A total listed in two breakdowns stays checkable only if both are complete.
    """
    states: dict[str, str] = {}
    for b in breakdowns:
        state = "overlapping" if b.overlapping else "incomplete" if b.incomplete else "complete"
        previous = states.get(b.total.id)
        states[b.total.id] = state if previous in (None, state) else "overlapping"
    return states


def _span(nt: NormText, text: str, start: int, end: int) -> Span:
    o_start, o_end = nt.to_original(start, end)
    return Span(text=text[o_start:o_end], start=o_start, end=o_end)


def _figure(f: FigureItem, nt: NormText, text: str, breakdown: str | None) -> Figure:
    span = _span(nt, text, f.start, f.end)
    period = None
    if f.period:
        p = _span(nt, text, f.period[0], f.period[1])
        period = Period(text=p.text, start=p.start, end=p.end, date_from=f.period[2], date_to=f.period[3])
    return Figure(
        id=f.id,
        kind=f.kind,
        value=f.match.value,
        value_max=f.match.value_max,
        qualifier=f.match.qualifier,
        noun=" ".join(f.match.noun.split()),
        rule=f.match.rule,
        text=span.text,
        start=span.start,
        end=span.end,
        sentence=_span(nt, text, f.sentence.start, f.sentence.end),
        programme=f.programme,
        period=period,
        status=f.status,
        part_of=f.part_of,
        breakdown=breakdown,  # type: ignore[arg-type]
    )


def _ratios(ratios: list[RatioItem], figures: list[FigureItem], nt: NormText, text: str) -> list[Ratio]:
    out = []
    for i, r in enumerate(ratios, 1):
        span = _span(nt, text, r.start, r.end)
        out.append(
            Ratio(
                id=f"r{i}",
                form=r.form,  # type: ignore[arg-type]
                numerator=r.numerator,
                denominator=r.denominator,
                percent=r.percent,
                qualifier=r.qualifier,
                subject=r.subject,
                percent_decimals=r.percent_decimals,
                population_total=_population_total(r, figures),
                text=span.text,
                start=span.start,
                end=span.end,
            )
        )  # type: ignore[arg-type]
    return out


def _population_total(ratio: RatioItem, figures: list[FigureItem]) -> str | None:
    """A stated whole before "trong đó" that the fraction's denominator should equal."""
    if ratio.denominator is None:
        return None
    sentence = ratio.sentence
    rel = ratio.start - sentence.start
    for fig in reversed([f for f in figures if f.sentence is sentence and f.match.end <= rel]):
        if fig.match.noun_class in ("bare", "money", "other"):
            continue
        between = sentence.text[fig.match.end : rel]
        if not OPENER.search(between):
            continue
        noun = fig.match.noun.casefold()
        if fig.match.value == ratio.denominator or (noun and noun in ratio.subject.casefold()):
            return fig.id
    return None


def _document(g: DocGroup, i: int, nt: NormText, text: str) -> DocumentRef:
    mentions = [_span(nt, text, s, e) for s, e in g.mentions]
    return DocumentRef(
        id=f"d{i}",
        doc_type=g.doc_type,
        number=_printed_number(g, nt, mentions),
        issued=g.issued,
        issuer=g.issuer,
        year=g.year,
        mentions=mentions,
    )


def _printed_number(g: DocGroup, nt: NormText, mentions: list[Span]) -> str:
    """The full number as the text prints it; a document known only by a short mention keeps it."""
    for (s, e), mention in zip(g.mentions, mentions, strict=True):
        if regex.sub(r"\s+", "", nt.text[s:e]).casefold() == g.key:
            return mention.text
    return g.number


def _enumeration(e: EnumerationItem, i: int, nt: NormText, text: str) -> Enumeration:
    span = _span(nt, text, e.figure.start, e.end)
    return Enumeration(
        id=f"e{i}",
        count=e.figure.match.value,
        noun=" ".join(e.figure.match.noun.split()),
        items=[_span(nt, text, s, t) for s, t in e.items],
        text=span.text.rstrip(),
        start=span.start,
        end=span.start + len(span.text.rstrip()),
    )


def process(raw: RawArticle, *, segment_all: bool = False) -> Article | ArticleError:
    """The record for one input: its article, or an error record. Never raises."""
    ref = InputRef(path=raw.path, line=raw.line)
    if raw.error or raw.text is None:
        return ArticleError(
            doc_id=raw.doc_id, input=ref, error=raw.error or "E007", message=raw.message or describe("E007")
        )
    try:
        return extract_article(
            raw.text,
            doc_id=raw.doc_id,
            title=raw.title,
            url=raw.url,
            published=raw.published,
            input_ref=ref,
            segment_all=segment_all,
            warnings=raw.warnings,
        )
    except Exception as exc:
        return ArticleError(
            doc_id=raw.doc_id, input=ref, error="E007", message=describe("E007", f"{type(exc).__name__}: {exc}")
        )
