"""The context of a figure from its sentence: the programme named, the period resolved to
dates, and whether it was planned or achieved."""

from __future__ import annotations

from datetime import date

from solieu.cues import cue, words
from solieu.link.items import FigureItem
from solieu.openings import finditer_at, lowered_for_openings, search_at
from solieu.rules import VOCABULARY, compile_group
from solieu.segment import Sentence

PROGRAMMES = compile_group("programmes")
PLANNED = compile_group("planned_words")
_CHANGE = cue("context", "change.before")
ACHIEVED = compile_group("achieved_words")
_DONE = cue("context", "status.done")
_TARGET = cue("context", "status.target")
_PURPOSE = cue("context", "status.purpose")
_PREDICATE = cue("context", "status.predicate")
_PER = cue("context", "per.after")
MONTH_WORDS = VOCABULARY.number_words.digits  # "sáu tháng đầu năm": the period rule allows only a few
LATE_PART = frozenset(words("context", "late_part"))
PREVIOUS_YEAR = frozenset(words("context", "previous_year"))


def programmes_in(sentence: Sentence) -> list[tuple[int, str]]:
    """Programmes named in a sentence, with their positions."""
    text = sentence.text
    found = finditer_at(PROGRAMMES, text, lowered_for_openings(text))
    return [(m.start(), " ".join(m.group(0).split())) for m in found]


def add_context(fig: FigureItem, periods: list, programmes: list[tuple[int, str]], published: str | None) -> None:
    """Programme, period and planned/achieved status of a figure, from its sentence."""
    text = fig.sentence.text
    at = fig.match.start
    if programmes:
        fig.programme = min(programmes, key=lambda p: (abs(p[0] - at), p[0]))[1]
    before = [p for p in periods if p.end <= at] or periods
    if before:
        cand = before[-1]
        start, end = _resolve_period(cand, published)
        fig.period = (fig.sentence.start + cand.start, fig.sentence.start + cand.end, start, end)
    change = _CHANGE.search(text, max(0, at - 40), at)
    if change:
        fig.change = "increase" if change.group("up") else "decrease"
    window = text[max(0, at - 120) : at]
    clause = window[max(window.rfind(";"), window.rfind(":")) + 1 :]
    fig.status = _status(clause, text[fig.match.end : fig.match.end + 120])
    if fig.match.per is None and (per := _PER.match(text[fig.match.end : fig.match.end + 20])):
        fig.per = per.group("per").casefold()


def _status(clause: str, after: str) -> str | None:
    """Planned or achieved: the verb the count is the subject of, else a scheme's target, else the
    last of a plan word and 'đã' in the clause before it, else a purpose, else any sign of a result."""
    said = _PREDICATE.match(after)
    if said:
        return "planned" if said.group("will") else "achieved"
    lowered = lowered_for_openings(clause)
    if search_at(_TARGET, clause, lowered):
        return "planned"
    plans = [m.end() for m in finditer_at(PLANNED, clause, lowered)]
    done = [m.end() for m in finditer_at(_DONE, clause, lowered)]
    if plans and (not done or done[-1] < plans[-1]):
        return "planned"
    if done:
        return "achieved"
    if search_at(_PURPOSE, clause, lowered):
        return "planned"
    return "achieved" if search_at(ACHIEVED, clause, lowered) else None


def _resolve_period(cand, published: str | None) -> tuple[str | None, str | None]:
    pub_year = int(published[:4]) if published else None
    rule = cand.rule.period
    if rule == "months_of_year":
        year = int(cand.group("y")) if cand.group("y") else pub_year
        months = MONTH_WORDS.get((cand.group("months") or "").casefold())
        months = months or int(cand.group("months"))
        if year is None or not 1 <= months <= 12:
            return None, None
        if (cand.group("half") or "").casefold() in LATE_PART:
            return date(year, 13 - months, 1).isoformat(), f"{year}-12-31"
        end_month = date(year, months % 12 + 1, 1) if months < 12 else date(year + 1, 1, 1)
        return f"{year}-01-01", date.fromordinal(end_month.toordinal() - 1).isoformat()
    if rule == "from_year":
        y1 = int(cand.group("y1"))
        y2 = cand.group("y2")
        if y2 and len(y2) == 2:
            y2 = str(y1 // 100) + y2
        return f"{y1}-01-01", f"{y2}-12-31" if y2 else published
    if rule == "year":
        y = cand.group("y")
        return f"{y}-01-01", f"{y}-12-31"
    if rule == "years_back" and pub_year:
        return f"{pub_year - int(cand.group('n'))}-01-01", published
    if rule == "relative_year" and pub_year:
        year = pub_year - 1 if (cand.group("rel") or "").casefold() in PREVIOUS_YEAR else pub_year
        return f"{year}-01-01", f"{year}-12-31"
    return None, None
