"""What a figure of people or Party units counts happening: a flow ("kỷ luật 12 đảng viên": so
many disciplined), not the stock ("4.988 đảng viên"). The kind stays the contract's; `event`
tells a researcher's sum of the stock to leave the figure out (`patterns/cues/events.toml`)."""

from __future__ import annotations

from itertools import pairwise
from typing import get_args

import regex

from solieu.cues import cue, load_cues
from solieu.link.items import FigureItem
from solieu.openings import finditer_at, lowered_for_openings
from solieu.rules import classes_with, find_rule
from solieu.schemas.records import FigureEvent

EVENTS: tuple[str, ...] = get_args(FigureEvent)
EVENT_KINDS = frozenset({"party_members", "party_units", "officials"})  # the kinds that have a stock
DISCIPLINE_FORMS = classes_with("discipline_form")
DISCIPLINED = "disciplined"
_FILE = "events"
_AFTER = ".after"
_WINDOW = 200  # characters of the clause before or after a figure read for its event
_CLAUSE_END = regex.compile(r"[;:!?]|\.(?!\d)")  # the dot of 33.892 ends no clause
_LABEL_END = ":"
_LIST_ITEM = "list_item"
_ASIDE = "aside"
_COORDINATED = "coordinated"
_STOCK_BEFORE = "stock_before"
_WORD = regex.compile(r"\p{L}+")
SAME_WORDS = 5  # words in a row that describe a later count as an earlier count of events
DESCRIPTION = 14  # words after a count read for its description
_GAP = 60  # characters: a label or an aside between two figures is short; a longer gap is read no further


def _cues() -> tuple[regex.Pattern[str], list[tuple[str, regex.Pattern[str]]], list[tuple[str, regex.Pattern[str]]]]:
    between = None
    before: list[tuple[str, regex.Pattern[str]]] = []
    after: list[tuple[str, regex.Pattern[str]]] = []
    for c in load_cues(_FILE).cue:
        name = c.id.removesuffix(_AFTER)
        if c.id == "between":
            between = c.compiled()
        elif c.id in (_LIST_ITEM, _ASIDE, _COORDINATED, _STOCK_BEFORE):
            continue
        elif name in EVENTS:
            (after if c.id.endswith(_AFTER) else before).append((name, c.compiled()))
        else:
            raise KeyError(f"patterns/cues/{_FILE}.toml: cue {c.id!r} names no event of {EVENTS}")
    if between is None:
        raise KeyError(f"patterns/cues/{_FILE}.toml has no cue 'between'")
    return between, before, after


BETWEEN, BEFORE, AFTER = _cues()
LIST_ITEM = cue(_FILE, _LIST_ITEM)
ASIDE = cue(_FILE, _ASIDE)
COORDINATED = cue(_FILE, _COORDINATED)
STOCK_BEFORE = cue(_FILE, _STOCK_BEFORE)


def event_of(fig: FigureItem) -> str | None:
    """The event the figure counts: the verb nearest before it in its clause, with only what
    `between` allows in the gap; else the words right after it; else none (a stock)."""
    if fig.kind not in EVENT_KINDS:
        return None
    if fig.match.noun_class in DISCIPLINE_FORMS:
        return DISCIPLINED  # "khai trừ 282": the form is the figure's own word
    by = find_rule(fig.kind_rule) if fig.kind_rule else None
    if by is not None and by.event is not None:
        return by.event  # "7 cán bộ … đã bị khai trừ Đảng": the rule that gave the kind read the event
    text = fig.sentence.text
    left = text[max(0, fig.match.start - _WINDOW) : fig.match.start]
    ends = list(_CLAUSE_END.finditer(left))
    if ends and ends[-1].group() == _LABEL_END and not left[ends[-1].end() :].strip():
        # "như Nam Định: 1.014 người": a labelled figure reads the clause before its label
        left = left[: ends[-1].start()] + " "
        ends.pop()
    left = left[ends[-1].end() :] if ends else left
    best: tuple[int, str] | None = None
    lowered = lowered_for_openings(left)
    for name, pattern in BEFORE:
        for m in finditer_at(pattern, left, lowered):
            if (best is None or m.end() > best[0]) and BETWEEN.match(left[m.end() :]):
                best = (m.end(), name)
    if best is not None:
        return best[1]
    return _event_after(fig)


def _event_after(fig: FigureItem) -> str | None:
    """The event the words right after the figure say."""
    right = fig.sentence.text[fig.match.end : fig.match.end + _WINDOW]
    for name, pattern in AFTER:
        if pattern.match(right):
            return name
    return None


def _coordinated(fig: FigureItem, following: FigureItem) -> bool:
    """Whether the figure and the next one of its sentence are one subject ('2 đảng viên và 4 đảng viên …')."""
    if following.sentence is not fig.sentence or following.kind != fig.kind:
        return False
    gap = fig.sentence.text[fig.match.end : following.match.start]
    return len(gap) <= _GAP and COORDINATED.match(gap) is not None


def _next_item(previous: FigureItem, fig: FigureItem) -> bool:
    """Whether the figure is the next labelled item of a list the previous figure of its sentence opens."""
    if previous.sentence is not fig.sentence or previous.kind != fig.kind:
        return False
    if fig.match.start - previous.match.end > _GAP:
        return False
    return LIST_ITEM.match(fig.sentence.text[previous.match.end : fig.match.start]) is not None


def _aside(previous: FigureItem, fig: FigureItem) -> bool:
    """Whether the figure names a part of the previous one: in brackets right after it, or in a
    sentence that opens with 'Trong số này' right after the previous figure's sentence."""
    if fig.kind not in EVENT_KINDS or previous.kind not in EVENT_KINDS:
        return False
    if previous.sentence is fig.sentence:
        gap = fig.sentence.text[previous.match.end : fig.match.start]
        return len(gap) <= _GAP and ASIDE.match(gap) is not None
    if fig.sentence.index != previous.sentence.index + 1:
        return False
    gap = previous.sentence.text[previous.match.end :] + " " + fig.sentence.text[: fig.match.start]
    if len(gap) > _GAP:
        return False
    return ASIDE.match(gap.split(".")[-1]) is not None  # from the end of the previous sentence


def inherit_events(figures: list[FigureItem]) -> None:
    """A figure stated again (`repeat_of`) with no event of its own counts its first statement's:
    'thi hành kỷ luật 15 đảng viên …', then 'Theo đó, có 15 đảng viên …' (corpus
    vietnews-train-075243). So does a count described in the words that followed an earlier count
    of events, unless a verb of having stands before it: 'kỷ luật 15 đảng viên có con được nâng
    điểm …', then '5 đảng viên thuộc diện … quản lý có con được nâng điểm …'."""
    by_id = {f.id: f for f in figures}
    for fig in figures:
        first = by_id.get(fig.repeat_of) if fig.repeat_of else None
        if fig.event is None and first is not None and fig.kind in EVENT_KINDS:
            fig.event = first.event
    described: list[tuple[FigureItem, list[str]]] = []  # earlier counts of events and their first words
    for fig in figures:
        if fig.kind not in EVENT_KINDS:
            continue
        if fig.event is None and not _has_before(fig):
            mine = _description(fig)
            told = next((e for e, words in described if e.kind == fig.kind and _shares_run(words, mine)), None)
            fig.event = told.event if told is not None else None
        if fig.event is not None:
            described.append((fig, _description(fig)[:SAME_WORDS]))


def _description(fig: FigureItem) -> list[str]:
    """The words right after a count, up to the end of its clause."""
    right = fig.sentence.text[fig.match.end : fig.match.end + _WINDOW]
    end = _CLAUSE_END.search(right)
    return [w.casefold() for w in _WORD.findall(right[: end.start()] if end else right)][:DESCRIPTION]


def _shares_run(first: list[str], later: list[str]) -> bool:
    """Whether the first words after an earlier count, SAME_WORDS of them, run on in the later description."""
    head = first[:SAME_WORDS]
    if len(head) < SAME_WORDS:
        return False
    return any(later[k : k + SAME_WORDS] == head for k in range(len(later) - SAME_WORDS + 1))


def _has_before(fig: FigureItem) -> bool:
    """Whether a verb of having or a total stands before the count in its clause: a stock, not a retelling."""
    left = fig.sentence.text[max(0, fig.match.start - _WINDOW) : fig.match.start]
    ends = list(_CLAUSE_END.finditer(left))
    return STOCK_BEFORE.search(left[ends[-1].end() :] if ends else left) is not None


def mark_events(figures: list[FigureItem]) -> None:
    """Each figure's event; a part of a breakdown with none of its own takes its total's
    ("kỷ luật 19 đảng viên (15 người thuộc …)")."""
    by_id = {f.id: f for f in figures}
    previous: FigureItem | None = None
    for fig in figures:
        fig.event = event_of(fig)
        if fig.event is None and previous is not None and (_next_item(previous, fig) or _aside(previous, fig)):
            fig.event = previous.event  # "…: 1.014 người; Ninh Bình: 455 người", "24 đảng viên (có 7 …)"
        previous = fig
    for fig, following in reversed(list(pairwise(figures))):
        if fig.event is None and following.event is not None and _coordinated(fig, following):
            if following.event == _event_after(following):
                fig.event = following.event  # "2 đảng viên và 4 đảng viên … bị đề nghị … xử lý"
    for fig in figures:
        total = by_id.get(fig.part_of) if fig.part_of else None
        if fig.event is None and total is not None and fig.kind in EVENT_KINDS:
            fig.event = total.event
