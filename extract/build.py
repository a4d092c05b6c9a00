"""Build the records from what the stages found: spans mapped back to the text as given.

Everything before this module works in normalised-text coordinates; every record field here
is measured on the original text, so `text[start:end]` is the item's surface. The sentences
items stand in are built once (`SentenceTable`) and items name theirs by id.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

import regex

from solieu.link import OPENER, DocGroup, EnumerationItem, FigureItem, RatioItem
from solieu.link.article import Linked
from solieu.normalise import NormText
from solieu.rules import classes_with
from solieu.schemas import DocumentRef, Enumeration, Figure, Mention, Period, Ratio, Sentence, Span
from solieu.segment import Sentence as Segment


def span(nt: NormText, text: str, start: int, end: int) -> Span:
    """A normalised span as the original text's span and surface."""
    o_start, o_end = nt.to_original(start, end)
    return Span(text=text[o_start:o_end], start=o_start, end=o_end)


class SentenceTable:
    """The sentences that hold items, each once, with ids s1, s2, … in text order.

    `segments` are all the sentences the segment stage split (to place a document's mention);
    `used` those that hold a figure, a ratio or a count.
    """

    def __init__(self, segments: list[Segment], used: Iterable[Segment], mentions: Iterable[int]) -> None:
        self._starts = [s.start for s in segments]
        self._segments = segments
        keep = {(s.start, s.end) for s in used}
        keep |= {(s.start, s.end) for s in map(self._at, mentions) if s is not None}
        self._ids = {key: f"s{i}" for i, key in enumerate(sorted(keep), 1)}

    def _at(self, start: int) -> Segment | None:
        """The sentence a normalised offset falls in."""
        i = bisect_right(self._starts, start) - 1
        if i >= 0 and start < self._segments[i].end:
            return self._segments[i]
        return None

    def id(self, sentence: Segment) -> str:
        return self._ids[(sentence.start, sentence.end)]

    def id_at(self, start: int) -> str:
        found = self._at(start)
        if found is None:
            raise LookupError(f"no sentence holds offset {start}")
        return self.id(found)

    def records(self, nt: NormText, text: str) -> list[Sentence]:
        out = []
        for (start, end), sid in self._ids.items():
            where = span(nt, text, start, end)
            out.append(Sentence(id=sid, text=where.text, start=where.start, end=where.end))
        return out


def sentence_table(segments: list[Segment], linked: Linked) -> SentenceTable:
    """The sentences of every figure, ratio, count and document mention of the article."""
    used = [f.sentence for f in linked.figures] + [r.sentence for r in linked.ratios]
    used += [e.figure.sentence for e in linked.enumerations]
    return SentenceTable(segments, used, (s for g in linked.documents for s, _ in g.mentions))


def figure(f: FigureItem, nt: NormText, text: str, breakdown: str | None, sentences: SentenceTable) -> Figure:
    where = span(nt, text, f.start, f.end)
    period = None
    if f.period:
        p = span(nt, text, f.period[0], f.period[1])
        period = Period(text=p.text, start=p.start, end=p.end, date_from=f.period[2], date_to=f.period[3])
    return Figure(
        id=f.id,
        kind=f.recorded_kind,
        kind_rule=f.kind_rule,
        value=f.match.value,
        value_max=f.match.value_max,
        qualifier=f.match.qualifier,
        noun=" ".join(f.match.noun.split()),
        rule=f.match.rule,
        text=where.text,
        start=where.start,
        end=where.end,
        sentence=sentences.id(f.sentence),
        programme=f.programme,
        period=period,
        status=f.status,
        part_of=f.part_of,
        breakdown=breakdown,
        currency=f.match.currency,
        per=f.match.per or f.per,
        change=f.change,
        repeat_of=f.repeat_of,
        event=f.event,
        outside_scope=f.outside_scope,
    )


def ratios(
    found: list[RatioItem], figures: list[FigureItem], nt: NormText, text: str, sentences: SentenceTable
) -> list[Ratio]:
    out = []
    in_sentence: dict[int, list[FigureItem]] = {}
    for f in figures:
        in_sentence.setdefault(id(f.sentence), []).append(f)
    for i, r in enumerate(found, 1):
        where = span(nt, text, r.start, r.end)
        out.append(
            Ratio(
                id=f"r{i}",
                form=r.form,
                numerator=r.numerator,
                denominator=r.denominator,
                percent=r.percent,
                percent_max=r.percent_max,
                percent_max_decimals=r.percent_max_decimals,
                qualifier=r.qualifier,
                subject=r.subject,
                percent_decimals=r.percent_decimals,
                population_total=_population_total(r, in_sentence.get(id(r.sentence), [])),
                sentence=sentences.id(r.sentence),
                text=where.text,
                start=where.start,
                end=where.end,
            )
        )
    return out


# How far before its fraction a whole may be stated (characters): the longest reach in the seeds,
# the gold and the news sample is 70. Without a bound, a sentence that never ends (a flattened
# table) costs fractions x figures x its length.
POPULATION_REACH = 500


def _population_total(ratio: RatioItem, figures: list[FigureItem]) -> str | None:
    """A stated whole before "trong đó" that the fraction's denominator should equal.

    `figures` are those of the ratio's sentence, in the article's order.
    """
    if ratio.denominator is None:
        return None
    sentence = ratio.sentence
    rel = ratio.start - sentence.start
    for fig in reversed([f for f in figures if rel - POPULATION_REACH <= f.match.end <= rel]):
        if fig.match.noun_class in classes_with("no_population"):
            continue
        between = sentence.text[fig.match.end : rel]
        if not OPENER.search(between):
            continue
        noun = fig.match.noun.casefold()
        if fig.match.value == ratio.denominator or (noun and noun in ratio.subject.casefold()):
            return fig.id
    return None


def document(g: DocGroup, i: int, nt: NormText, text: str, sentences: SentenceTable) -> DocumentRef:
    mentions = [
        Mention(text=m.text, start=m.start, end=m.end, sentence=sentences.id_at(s))
        for s, e in g.mentions
        for m in [span(nt, text, s, e)]
    ]
    return DocumentRef(
        id=f"d{i}",
        doc_type=g.doc_type,
        number=_printed_number(g, nt, mentions),
        key=g.key,
        issued=g.issued,
        issuer=g.issuer,
        year=g.year,
        mentions=mentions,
    )


def _printed_number(g: DocGroup, nt: NormText, mentions: list[Mention]) -> str:
    """The full number as the text prints it; a document known only by a short mention keeps it."""
    for (s, e), mention in zip(g.mentions, mentions, strict=True):
        if regex.sub(r"\s+", "", nt.text[s:e]).casefold() == regex.sub(r"\s+", "", g.number).casefold():
            return mention.text
    return g.number


def enumeration(e: EnumerationItem, i: int, nt: NormText, text: str, sentences: SentenceTable) -> Enumeration:
    where = span(nt, text, e.figure.start, e.end)
    return Enumeration(
        id=f"e{i}",
        count=e.figure.match.value,
        noun=" ".join(e.figure.match.noun.split()),
        sentence=sentences.id(e.figure.sentence),
        items=[span(nt, text, s, t) for s, t in e.items],
        text=where.text.rstrip(),
        start=where.start,
        end=where.start + len(where.text.rstrip()),
    )
