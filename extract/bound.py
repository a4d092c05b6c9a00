"""The hard bound on what one article may produce, so no article can take the run's memory.

A record may hold at most `MAX_FIGURES` figures and `MAX_CHECKS` checks, and its JSON line at
most three bytes per byte of the article (or `FLOOR_BYTES`, whichever is more). Topic news
never comes near it (the gold and topic corpora: at most a line of 39 KB, for 23 KB of text);
a flattened table or a page of digits does: of 3,000 general news articles, three price lists
(53 KB written for 6.5 KB) reach it. An article over the bound keeps its items
up to an offset, found by bisection, and the record says so with the notice W007; a total
whose parts, or a fraction whose whole, lie past the offset goes with them, and the checks are
made again on what is kept, so none rests on a missing item.
"""

from __future__ import annotations

from collections.abc import Callable

from solieu.errors import describe
from solieu.schemas import Article, Check, Notice

MAX_FIGURES = 5_000
MAX_CHECKS = 5_000
FLOOR_BYTES = 30_000
BYTES_PER_BYTE = 3


def budget(text: str) -> int:
    """The most bytes the JSON line of an article's record may take.

    >>> budget("57 lớp"), budget("x" * 100_000)
    (30000, 300000)
    """
    return max(FLOOR_BYTES, BYTES_PER_BYTE * len(text.encode("utf-8")))


def bounded(article: Article, text: str, checks: Callable[[Article], list[Check]]) -> Article:
    """The article with its checks, cut at an offset when the whole would pass the bound."""
    limit = budget(text)
    whole = article.model_copy(update={"checks": checks(article)})
    if _fits(whole, limit):
        return whole
    cuts = sorted({i.start for i in (*article.figures, *article.ratios, *article.enumerations)})
    cuts += [m.start for d in article.documents for m in d.mentions]
    cuts = sorted(set(cuts))
    kept, lo, hi = _cut(article, 0), 0, len(cuts) - 1  # the items before cuts[lo] fit; find the last cut that does
    kept = kept.model_copy(update={"checks": checks(kept)})
    while lo < hi:
        mid = (lo + hi + 1) // 2
        trial = _cut(article, cuts[mid])
        trial = trial.model_copy(update={"checks": checks(trial)})
        if _fits(trial, limit):
            kept, lo = trial, mid
        else:
            hi = mid - 1
    offset = cuts[lo] if cuts else 0
    detail = (
        f"items from character {offset} on are left out: at most {MAX_FIGURES} figures, "
        f"{MAX_CHECKS} checks and {limit} bytes"
    )
    return kept.model_copy(update={"warnings": [*kept.warnings, Notice(code="W007", message=describe("W007", detail))]})


def _fits(article: Article, limit: int) -> bool:
    if len(article.figures) > MAX_FIGURES or len(article.checks) > MAX_CHECKS:
        return False
    return len(article.model_dump_json().encode("utf-8")) + 400 <= limit  # room for the notice


def _cut(article: Article, offset: int) -> Article:
    """The items that start before `offset`, without the links that would point past it."""
    figures = [f for f in article.figures if f.start < offset]
    ids = {f.id for f in figures}
    figures = [f for f in figures if f.part_of is None or f.part_of in ids]
    parts_cut = {f.part_of for f in article.figures if f.part_of and f.id not in ids}
    figures = [f for f in figures if f.id not in parts_cut]  # a total is kept only with all its parts
    ids = {f.id for f in figures}
    figures = [f for f in figures if f.part_of is None or f.part_of in ids]
    ratios = [r for r in article.ratios if r.start < offset and r.population_total in (None, *ids)]
    enumerations = [e for e in article.enumerations if e.end <= offset]
    documents = []
    for d in article.documents:
        mentions = [m for m in d.mentions if m.start < offset]
        if mentions:
            documents.append(d.model_copy(update={"mentions": mentions}))
    named = {f.sentence for f in figures} | {r.sentence for r in ratios} | {e.sentence for e in enumerations}
    named |= {m.sentence for d in documents for m in d.mentions}
    return article.model_copy(
        update={
            "sentences": [s for s in article.sentences if s.id in named],
            "figures": figures,
            "ratios": ratios,
            "enumerations": enumerations,
            "documents": documents,
            "checks": [],
        }
    )
