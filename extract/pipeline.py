"""One article through every stage: normalise → layout → segment → match → link → build →
validate. This module only conducts; each stage is a module of its own.

`extract_article` is the verb for one article; `process` turns a raw input (text or error)
into the record written for it, and never raises.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from solieu.budget import ARTICLE_TIMEOUT, article_budget
from solieu.errors import describe
from solieu.gate import gate
from solieu.ingest import RawArticle
from solieu.layout import author_as_printed, read_layout
from solieu.location import locate, newspaper_province
from solieu.normalise import normalise
from solieu.page import read_page
from solieu.schemas import Article, ArticleError, Block, Dateline, InputRef, Location, Notice
from solieu.scope import scope_of
from solieu.segment import Paragraphs, Sentence, has_candidate

if TYPE_CHECKING:
    from solieu.match import SentenceMatches

# The stages after the gate (match, link, build, validate) are imported where an article needs
# them: compiling their rules is most of start-up, and an article the gate keeps out, often the
# first of general news, needs none of them.

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
    article_timeout: float | None = ARTICLE_TIMEOUT,
    warnings: tuple[str, ...] = (),
    details: tuple[tuple[str, str], ...] = (),
    author: str | None = None,
    source_name: str | None = None,
    crawled: str | None = None,
    keep_text: bool = False,
    all_topics: bool = True,
) -> Article:
    """Everything solieu finds in one article. Offsets refer to `text` exactly as given.

    `segment_all` runs word segmentation on every sentence, as a naive pipeline would; the
    result must be the same as the lazy default (a test holds it to that). `warnings` are the
    codes of what the input suffered, `details` what makes some of them concrete. Matching
    stops after `article_timeout` seconds (None: never) and the record says so (W009). `author`
    and `source_name`, when given (a web page's metadata), win over what the layout reads;
    `keep_text` stores `text` in the record, for inputs (web pages) that do not hold it as is.
    `all_topics=False` gates the text first (`solieu.gate`, what `process` and `solieu extract`
    do): one that cannot hold a figure of the scope gets a light record without items, saying
    why in `gated_out`. A text given by hand is read whole by default.
    """
    nt = normalise(text)
    layout = read_layout(nt.text, title=title)
    date_match = _ISO_DATE.match(published or "")
    published_iso = date_match.group(1) if date_match else (layout.dateline[2] if layout.dateline else None)
    gated_out = None if all_topics else gate(nt.text, layout.extracted())
    found: list[SentenceMatches] = []
    sentences: list[Sentence] = []
    paragraphs = Paragraphs(nt.text, layout.extracted())
    if gated_out is None:
        sentences = _segment(paragraphs, segment_all=segment_all)
        _load_stages()  # before the clock starts: the budget times the article, not start-up
        with article_budget(article_timeout) as budget:
            found = _match(sentences)
        if budget is not None and budget.overrun:
            warnings = (*warnings, "W009")
            details = (*details, ("W009", f"{article_timeout:g} s"))
        absurd = sum(m.absurd for m in found)
        if absurd:
            warnings = (*warnings, "W005")
            details = (*details, ("W005", f"{absurd} numbers"))

    body_text = " ".join(nt.text[s:e] for role, s, e in layout.blocks if role in ("lead", "body", "caption"))
    title_read = layout.title if title is None else title  # the title given wins over the one the layout reads
    province, district, province_2025 = locate(
        title_read,
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
        title=title_read,
        author=author or author_as_printed(layout, nt, text),
        published=published_iso,
        dateline=dateline,
        url=url or layout.url,
        source_name=source_name or layout.source_name,
        location=Location(province=province, district=district, province_2025=province_2025),
        gated_out=gated_out,
        blocks=[Block(role=role, start=a, end=b) for role, s, e in layout.blocks for a, b in [nt.to_original(s, e)]],
        warnings=[Notice(code=code, message=describe(code, dict(details).get(code, ""))) for code in warnings],
        crawled=crawled,
        text=text if keep_text else None,
    )
    if gated_out is not None:
        return article.model_copy(update={"scope": scope_of(article)})
    from solieu import build
    from solieu.bound import bounded
    from solieu.link.article import link_article
    from solieu.validate import validate
    from solieu.weekdays import dated_weekdays

    linked = link_article(found, paragraphs, published_iso, title_read)
    table = build.sentence_table(sentences, linked)
    article = article.model_copy(
        update={
            "sentences": table.records(nt, text),
            "figures": [build.figure(f, nt, text, linked.breakdowns.get(f.id), table) for f in linked.figures],
            "ratios": build.ratios(linked.ratios, linked.figures, nt, text, table),
            "documents": [build.document(g, i, nt, text, table) for i, g in enumerate(linked.documents, 1)],
            "enumerations": [build.enumeration(e, i, nt, text, table) for i, e in enumerate(linked.enumerations, 1)],
            "weekdays": dated_weekdays(nt, text, layout.extracted(), published_iso, title_read),
        }
    )
    article = article.model_copy(update={"scope": scope_of(article)})
    return bounded(article, text, validate)


def _segment(paragraphs: Paragraphs, *, segment_all: bool) -> list[Sentence]:
    """Sentences of the paragraphs that could hold a figure (a digit or a number word)."""
    sentences: list[Sentence] = []
    for k, (start, end) in enumerate(paragraphs.blocks):
        if has_candidate(paragraphs.text[start:end]):
            sentences += paragraphs.sentences(k, first_index=len(sentences))
    if segment_all:
        for sentence in sentences:
            sentence.words()
    return sentences


_stages_loaded = False


def _load_stages() -> None:
    """Import the stages after the gate and load the word model the number-word check may need.
    The first article through the gate would do it inside its time budget, and a loaded machine
    can stretch that load past the budget: the record would then depend on the machine (W009).
    A supervisor that times the article hears of the load and leaves it out (`solieu.loading`)."""
    global _stages_loaded
    if _stages_loaded:
        return
    from solieu.loading import loading

    with loading():
        from solieu import build  # noqa: F401  (these compile their rules when imported)
        from solieu.link.article import link_article  # noqa: F401
        from solieu.match import warm_rules
        from solieu.segment import load_word_model
        from solieu.validate import validate  # noqa: F401

        load_word_model()
        warm_rules()
    _stages_loaded = True


def warm_gate() -> None:
    """Load what every article needs, gated out or not (the layout, the gate's scanner, the
    gazetteer), and nothing more: a process about to fork workers shares these, and the
    workers answer a gated-out article without loading the heavy stages."""
    from solieu.segment import warm_up_text

    nt = normalise(warm_up_text())
    layout = read_layout(nt.text)
    gate(nt.text, layout.extracted())
    locate(layout.title, nt.text, None)


def _match(sentences: list[Sentence]) -> list[SentenceMatches]:
    """The matches of every sentence that holds a number; most sentences of a paragraph hold none.

    Matching stops one figure past the bound on figures (`solieu.bound`), so the later stages
    never hold more of an article than its record may; the bound then cuts it with its notice.
    """
    from solieu.bound import MAX_FIGURES
    from solieu.match import SentenceMatches, match_sentence

    out: list[SentenceMatches] = []
    count = 0
    for sentence in sentences:
        if not has_candidate(sentence.text):
            continue
        found = match_sentence(sentence)
        if count + len(found.figures) > MAX_FIGURES:
            figures = sorted(found.figures, key=lambda f: f.start)[: MAX_FIGURES + 1 - count]
            edge = figures[-1].end if figures else 0
            out.append(
                SentenceMatches(
                    sentence,
                    figures,
                    [r for r in found.ratios if r.start < edge],
                    [d for d in found.documents if d.start < edge],
                    [p for p in found.periods if p.start < edge],
                )
            )
            break
        count += len(found.figures)
        out.append(found)
    return out


def process(
    raw: RawArticle,
    *,
    segment_all: bool = False,
    article_timeout: float | None = ARTICLE_TIMEOUT,
    all_topics: bool = False,
) -> Article | ArticleError:
    """The record for one input: its article, or an error record. Never raises.

    `all_topics` runs every stage on an article the topic gate would give a light record.
    """
    ref = InputRef(path=raw.path, line=raw.line)
    if raw.html is not None and not raw.error:
        return _process_page(raw, ref, segment_all=segment_all, all_topics=all_topics)
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
            article_timeout=article_timeout,
            warnings=raw.warnings,
            details=raw.details,
            all_topics=all_topics,
        )
    except Exception as exc:
        return ArticleError(
            doc_id=raw.doc_id, input=ref, error="E007", message=describe("E007", f"{type(exc).__name__}: {exc}")
        )


def _process_page(raw: RawArticle, ref: InputRef, *, segment_all: bool, all_topics: bool) -> Article | ArticleError:
    """A web page: its main text and metadata (`solieu.page`), then the article as for text.

    What the input line declared (a JSONL line's title, url, published) wins over the page's.
    """
    try:
        page = read_page(raw.html or b"", url=raw.url)
        if not page.text:
            return ArticleError(doc_id=raw.doc_id, input=ref, error="E011", message=describe("E011"))
        return extract_article(
            page.text,
            doc_id=raw.doc_id,
            title=raw.title or page.title,
            url=raw.url or page.url,
            published=raw.published or page.published,
            input_ref=ref,
            segment_all=segment_all,
            warnings=raw.warnings,
            details=raw.details,
            author=page.author,
            source_name=page.source_name,
            crawled=raw.crawled,
            keep_text=True,
            all_topics=all_topics,
        )
    except Exception as exc:
        return ArticleError(
            doc_id=raw.doc_id, input=ref, error="E007", message=describe("E007", f"{type(exc).__name__}: {exc}")
        )
