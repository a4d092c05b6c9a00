"""Weekdays printed with a date in an article's lead and body ("hôm thứ Hai (6/2)", "Chủ nhật,
ngày 12/2/2017"), for the validator to hold against the calendar.

A date printed without its year takes the year that puts it nearest the article's own date (its
published date, else its dateline). Without either, a reader takes the year the article names
beside it: in its title ("Lịch nghỉ giỗ tổ Hùng Vương 2017"), else in the weekday's own sentence
("Rằm tháng Giêng năm Đinh Dậu 2017 rơi vào thứ 7 ngày 11/2"); with none it is left out. Such
a year is a guess, so the validator only confirms the weekday it gives; a year printed with the
date settles it.

Where neither the title nor the sentence names a year, the article's own most-named year is taken
when every weekday it prints with a year-less date, on two dates or more, falls on its day in that
year ("từ thứ bảy ngày 10/2 … đến hết thứ ba ngày 20/2", "Tết Mậu Tuất 2018" named twice,
vietnews-train-091262). The dates of one year keep their distances, so their agreeing is about as
likely for a wrong year as one date's (1 in 7): what it adds is that the text agrees with itself and
with the year it names most; a year named no more than another ("mùa 1995/96" and "mùa 2012/13"
beside "Thứ ba (16/5)" and "Chủ nhật (21/5)", baomoi-magizbox-22281239) is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import regex

from solieu.cues import cue, words
from solieu.layout import WEEKDAYS
from solieu.needs import may_match
from solieu.normalise import NormText
from solieu.schemas import DatedWeekday
from solieu.sentence_split import split_spans

_WITH_DATE = cue("weekdays", "weekday.with_date")
_YEAR = cue("weekdays", "weekday.year_named")
_NUMBERED = {w.casefold(): i for i, w in enumerate(words("validate", "weekday.numbered"))}
_NAMED = {w.casefold(): i for i, w in enumerate(WEEKDAYS)}
AGREEING_DATES = 2  # distinct year-less dates that must all fall on their weekday in the year taken


def weekday_index(printed: str) -> int | None:
    """The weekday a printed name or number says, Monday 0, or None.

    >>> weekday_index("Thứ  Bảy"), weekday_index("thứ 2"), weekday_index("CN"), weekday_index("thứ tám")
    (5, 0, 6, None)
    """
    key = " ".join(printed.split()).casefold()
    return _NAMED.get(key, _NUMBERED.get(key))


def dated_weekdays(
    nt: NormText,
    original: str,
    blocks: Iterable[tuple[int, int]],
    article_date: str | None,
    title: str | None = None,
) -> list[DatedWeekday]:
    """Each weekday printed with a date in the blocks (spans of the normalised text), in text order."""
    blocks = list(blocks)
    anchor = _iso(article_date)
    title_year = _YEAR.search(title or "") if anchor is None else None
    found_all = []
    for start, end in blocks:
        if not may_match(_WITH_DATE, nt.text[start:end]):
            continue
        for found in _WITH_DATE.finditer(nt.text, start, end):
            month, day = _month_day(found)
            printed = _year_printed(found)
            if printed:
                when = _on(int(printed), month, day)
            elif anchor is not None:
                when = _nearest(anchor, month, day)
            else:
                named = title_year or _year_beside(nt.text, start, end, found.start())
                when = _on(int(named.group(0)), month, day) if named else None
            found_all.append((found, when))
    if anchor is None and any(when is None for _, when in found_all):
        year = _year_all_agree([f for f, _ in found_all if not _year_printed(f)], nt, blocks, title)
        if year is not None:
            # only a date printed without a year takes it: one whose printed year makes no date ("29/2/2017") stays out
            found_all = [
                (f, when or (None if _year_printed(f) else _on(year, *_month_day(f)))) for f, when in found_all
            ]
    out = []
    for found, when in found_all:
        if when is None:
            continue
        weekday = found["w"] or found["w2"]
        o_start, o_end = nt.to_original(found.start(), found.end())
        out.append(
            DatedWeekday(
                text=original[o_start:o_end],
                start=o_start,
                end=o_end,
                date=when.isoformat(),
                weekday=" ".join(weekday.split()),
                year_printed=_year_printed(found) is not None,
            )
        )
    return out


def _year_all_agree(
    yearless: list[regex.Match[str]], nt: NormText, blocks: Iterable[tuple[int, int]], title: str | None
) -> int | None:
    """The year the article names most (in its title and blocks), alone, when every weekday printed with a
    year-less date falls on its date in that year and they name two dates or more; else None. A year is counted
    wherever the cue finds one, inside a document's number too: that can only tie the count more often, and
    the year found only ever confirms."""
    said = {(*_month_day(f), weekday_index(f["w"] or f["w2"])) for f in yearless}
    if len({(m, d) for m, d, _ in said}) < AGREEING_DATES or any(i is None for _, _, i in said):
        return None
    counts: dict[int, int] = {}
    for text in [title or "", *(nt.text[s:e] for s, e in blocks)]:
        for y in _YEAR.finditer(text):
            counts[int(y.group(0))] = counts.get(int(y.group(0)), 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    year = ranked[0][0]
    fits = all((when := _on(year, m, d)) is not None and when.weekday() == i for m, d, i in said)
    return year if fits else None


def _year_printed(found: regex.Match[str]) -> str | None:
    """The year printed with a weekday's date, in either order of the cue, or None."""
    return found["y"] or found["y2"]


def _month_day(found: regex.Match[str]) -> tuple[int, int]:
    """The month and day of a weekday's date, in either order of the cue."""
    return int(found["m"] or found["m2"]), int(found["d"] or found["d2"])


def _year_beside(text: str, start: int, end: int, pos: int) -> regex.Match[str] | None:
    """The year printed nearest `pos` in its sentence (of the block `text[start:end]`)."""
    for s_start, s_end in split_spans(text[start:end]):
        if start + s_start <= pos < start + s_end:
            years = list(_YEAR.finditer(text, start + s_start, start + s_end))
            return min(years, key=lambda m: abs(m.start() - pos), default=None)
    return None


def _iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _on(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest(anchor: date | None, month: int, day: int) -> date | None:
    """The day and month in the year, of the anchor's and the two beside it, nearest the anchor."""
    if anchor is None:
        return None
    candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _on(y, month, day))]
    return min(candidates, key=lambda d: abs((d - anchor).days), default=None)
