"""Weekdays printed with a date in an article's lead and body ("hôm thứ Hai (6/2)", "Chủ nhật,
ngày 12/2/2017"), for the validator to hold against the calendar.

A date printed without its year takes the year that puts it nearest the article's own date (its
published date, else its dateline). Without either, a reader takes the year the article names
beside it: in its title ("Lịch nghỉ giỗ tổ Hùng Vương 2017"), else in the weekday's own sentence
("Rằm tháng Giêng năm Đinh Dậu 2017 rơi vào thứ 7 ngày 11/2"); with none it is left out. Such
a year is a guess, so the validator only confirms the weekday it gives; a year printed with the
date settles it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import regex

from solieu.cues import cue
from solieu.needs import may_match
from solieu.normalise import NormText
from solieu.schemas import DatedWeekday
from solieu.sentence_split import split_spans

_WITH_DATE = cue("weekdays", "weekday.with_date")
_YEAR = cue("weekdays", "weekday.year_named")


def dated_weekdays(
    nt: NormText,
    original: str,
    blocks: Iterable[tuple[int, int]],
    article_date: str | None,
    title: str | None = None,
) -> list[DatedWeekday]:
    """Each weekday printed with a date in the blocks (spans of the normalised text), in text order."""
    anchor = _iso(article_date)
    title_year = _YEAR.search(title or "") if anchor is None else None
    out = []
    for start, end in blocks:
        if not may_match(_WITH_DATE, nt.text[start:end]):
            continue
        for found in _WITH_DATE.finditer(nt.text, start, end):
            weekday = found["w"] or found["w2"]
            day, month = int(found["d"] or found["d2"]), int(found["m"] or found["m2"])
            printed = found["y"] or found["y2"]
            if printed:
                when = _on(int(printed), month, day)
            elif anchor is not None:
                when = _nearest(anchor, month, day)
            else:
                named = title_year or _year_beside(nt.text, start, end, found.start())
                when = _on(int(named.group(0)), month, day) if named else None
            if when is None:
                continue
            o_start, o_end = nt.to_original(found.start(), found.end())
            out.append(
                DatedWeekday(
                    text=original[o_start:o_end],
                    start=o_start,
                    end=o_end,
                    date=when.isoformat(),
                    weekday=" ".join(weekday.split()),
                    year_printed=printed is not None,
                )
            )
    return out


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
