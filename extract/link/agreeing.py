"""Parts that add up to a total where no word announces a breakdown, linked to it so the validator
can confirm the total.

A careful reader adds up what follows a total even without "trong đó": values named respectively
("47 lớp … lần lượt là 12, 15 và 20 lớp"), level by level ("kỷ luật 57 đảng viên: cấp tỉnh 5, cấp
huyện 12, cấp xã 40"), in a bracket of any labels ("50 thí sinh (0 khiển trách, 01 cảnh cáo, 49 đình
chỉ)"), over the next sentences, or summed up after the parts ("…, nâng tổng số … lên 210 đảng
viên"). Nothing here says the parts are all of the total, so each breakdown is linked only when its
parts agree with the total and is marked incomplete: it confirms and never contradicts.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from solieu.cues import cue
from solieu.link.breakdowns import BRACKET_AFTER, NO_NOUN, OPENER, attach_parts, total_for
from solieu.link.items import Breakdown, FigureItem
from solieu.rules import classes_with

RESPECTIVELY = cue("sums", "sum.respectively")
TOTAL_AFTER = cue("sums", "sum.total_after")
PARTS_FOLLOW = cue("sums", "sum.parts_follow")
PEOPLE = classes_with("people")
LOOSE_RULE = "count.any"  # a number before any lower-case word: its "noun" may be a label or "và"
SENTENCES_AFTER = 2  # sentences after a total where its parts may stand
MOST_PARTS = 12
TOTAL_AFTER_REACH = 80  # characters before a total where "tổng cộng", "nâng tổng số … lên" may stand
APPROXIMATE_SLACK = 0.05  # "khoảng 2.000": parts within 5% agree


def sum_agrees(computed: float, stated: float, qualifier: str) -> bool:
    """Whether parts adding up to `computed` agree with a total printed with `qualifier`.

    >>> sum_agrees(246, 262, "exact"), sum_agrees(262, 262, "exact")
    (False, True)
    >>> sum_agrees(1088, 1000, "over"), sum_agrees(990, 1000, "over")
    (True, False)
    >>> sum_agrees(1800, 2000, "about"), sum_agrees(1950, 2000, "about")
    (False, True)
    >>> sum_agrees(361, 370, "nearly"), sum_agrees(371, 370, "nearly")
    (True, False)
    """
    if qualifier == "over":
        return computed > stated
    if qualifier == "at_least":
        return computed >= stated
    if qualifier == "under":
        return computed < stated
    if qualifier == "at_most":
        return computed <= stated
    if qualifier == "nearly":
        return stated * (1 - APPROXIMATE_SLACK) <= computed <= stated
    if qualifier == "about":
        return abs(computed - stated) <= stated * APPROXIMATE_SLACK
    return math.isclose(computed, stated, abs_tol=1e-9)


def link_agreeing(figures: list[FigureItem], taken: list[Breakdown]) -> list[Breakdown]:
    """`taken` (from `link_breakdowns`) with the breakdowns found here, their parts attached.

    An open breakdown of `taken` that does not add up gives way to one found here that does, when
    it had a single part (no breakdown at all) or the parts it loses are bare numbers (they were
    labels: "khối 10, 11, 12 lần lượt là 12, 15 và 20 lớp")."""
    by_sentence: dict[int, list[FigureItem]] = {}
    for fig in figures:
        by_sentence.setdefault(fig.sentence.index, []).append(fig)
    weak = {id(b.total): b for b in taken if b.incomplete and not b.overlapping and not _agrees(b.total, b.parts)}
    found = agreeing_breakdowns(by_sentence, taken, weak)
    replaced = {id(b.total) for b in found if id(b.total) in weak}
    for b in found:
        old = weak.get(id(b.total))
        if old is not None:
            for part in old.parts:
                part.part_of = None
    attach_parts(found)
    return [b for b in taken if id(b.total) not in replaced] + found


def agreeing_breakdowns(
    by_sentence: dict[int, list[FigureItem]], taken: Iterable[Breakdown], weak: dict[int, Breakdown]
) -> list[Breakdown]:
    """The breakdowns that agree with a total, nearest parts first; no figure is a part of two totals.
    A total of `taken` is left as it is unless it is `weak`; the parts of a weak one are free for its
    own total only, and only its bare numbers may be left out (any, where it had one part)."""
    used = {id(f) for b in taken for f in (b.total, *b.parts)}
    out = []
    for index in sorted(by_sentence):
        for total in by_sentence[index]:
            old = weak.get(id(total))
            if (id(total) in used and old is None) or not _can_total(total):
                continue
            own = {id(p) for p in old.parts} if old is not None else set()
            free = [f for f in _window(by_sentence, index) if (id(f) not in used or id(f) in own) and f is not total]
            announced = _announced(total, free)
            parts = (
                _in_bracket(total, free)
                or _respectively(total, free)
                or _following(total, [f for f in free if f.sentence.index in announced])
                or _summed_up(total, by_sentence, index, used - own)
            )
            if parts and old is not None and len(old.parts) > 1:
                kept = {id(p) for p in parts}
                if any(id(p) not in kept and p.match.noun_class not in NO_NOUN for p in old.parts):
                    continue
            if parts:
                out.append(Breakdown(total, parts, overlapping=False, incomplete=True))
                used.update(id(f) for f in (total, *parts))
    return out


def _compatible(part: FigureItem, total: FigureItem) -> bool:
    """Whether a figure can be a part of the total: by `total_for`, or people of any noun in a total of
    people ("14 người, trong đó, 4 cán bộ …, 2 cán bộ … và 8 cán bộ …")."""
    if part.match.value > total.match.value:
        return False
    if total_for(part, [total]) is total:
        return True
    return part.match.noun_class in PEOPLE and total.match.noun_class in PEOPLE


def _can_total(fig: FigureItem) -> bool:
    """A total has a noun of its own: not a bare number, nor a number before just any word."""
    return fig.match.noun_class not in NO_NOUN and fig.match.rule != LOOSE_RULE and fig.match.value >= 2


def _window(by_sentence: dict[int, list[FigureItem]], index: int) -> list[FigureItem]:
    return [f for i in range(index, index + SENTENCES_AFTER + 1) for f in by_sentence.get(i, [])]


def _announced(total: FigureItem, free: list[FigureItem]) -> set[int]:
    """The sentences whose figures may be the total's parts: its own, and the next ones when the first
    of them opens with "Trong đó", "Cụ thể", "Trong số trên" …."""
    sentences = {f.sentence.index: f.sentence for f in free}
    index = total.sentence.index
    out = {index}
    following = sentences.get(index + 1)
    if following is not None and PARTS_FOLLOW.match(following.text):
        out.update(i for i in sentences if i > index)
    return out


def _after(total: FigureItem, figures: list[FigureItem]) -> list[FigureItem]:
    return [f for f in figures if f.start >= total.end]


def _agrees(total: FigureItem, parts: list[FigureItem]) -> bool:
    if len(parts) < 2 or any(p.match.qualifier != "exact" for p in parts):
        return False
    return sum_agrees(sum(p.match.value for p in parts), total.match.value, total.match.qualifier)


def _in_bracket(total: FigureItem, free: list[FigureItem]) -> list[FigureItem] | None:
    """Every number in the bracket right after the total, whatever labels them: "50 thí sinh (0 khiển
    trách, 01 cảnh cáo, 49 đình chỉ)"."""
    text = total.sentence.text
    after = BRACKET_AFTER.match(text, total.match.end)
    if after is None:
        return None
    close = text.find(")", after.end())
    if close == -1:
        return None
    inside = [f for f in free if f.sentence is total.sentence and after.end() <= f.match.start < close]
    return inside if _agrees(total, inside) else None


def _respectively(total: FigureItem, free: list[FigureItem]) -> list[FigureItem] | None:
    """The numbers after "lần lượt là", in its sentence or the next, up to the one that carries the
    total's noun: "47 lớp, trong đó khối 10, 11, 12 lần lượt là 12, 15 và 20 lớp"."""
    for fig_sentence in dict.fromkeys(f.sentence.index for f in _after(total, free)):
        sentence = next(f.sentence for f in free if f.sentence.index == fig_sentence)
        start = total.match.end if sentence is total.sentence else 0
        found = RESPECTIVELY.search(sentence.text, start)
        if found is None:
            continue
        run: list[FigureItem] = []
        for f in (f for f in free if f.sentence is sentence and f.match.start >= found.end()):
            run.append(f)
            if f.match.noun_class not in NO_NOUN and f.match.rule != LOOSE_RULE:
                break
        carried = run and _compatible(run[-1], total)
        return run if carried and _agrees(total, run) else None
    return None


def _following(total: FigureItem, free: list[FigureItem]) -> list[FigureItem] | None:
    """The figures after a total that can be its parts, from the first on, while they add up to no
    more than it: "kỷ luật 57 đảng viên: cấp tỉnh 5, cấp huyện 12, cấp xã 40"; a total in one
    sentence, its parts in the next ones."""
    run: list[FigureItem] = []
    opener = OPENER.search(total.sentence.text, total.match.end)
    for f in _after(total, free):
        loose = f.match.noun_class in NO_NOUN or f.match.rule == LOOSE_RULE
        if f.sentence is not total.sentence:
            fits = not loose and _compatible(f, total)
        else:
            fits = _compatible(f, total) or (loose and opener is not None and f.match.start >= opener.end())
        if not fits or f.change != total.change:
            if f.match.value >= total.match.value:
                break  # a new statement
            continue
        run.append(f)
        computed = sum(p.match.value for p in run)
        if (total.match.qualifier == "exact" and computed > total.match.value) or len(run) > MOST_PARTS:
            return None
        if total.match.qualifier == "exact" and _agrees(total, run):
            return run
    return run if total.match.qualifier != "exact" and _agrees(total, run) else None


def _summed_up(
    total: FigureItem, by_sentence: dict[int, list[FigureItem]], index: int, used: set[int]
) -> list[FigureItem] | None:
    """The figures just before a total said to sum them up ("tổng cộng", "nâng tổng số … lên"), in
    its sentence and the one before, nearest first: "Năm 2019 kết nạp 100 đảng viên, năm 2020 kết nạp
    110 đảng viên, nâng tổng số đảng viên kết nạp trong 2 năm lên 210 đảng viên"."""
    text = total.sentence.text
    if not TOTAL_AFTER.search(text[max(0, total.match.start - TOTAL_AFTER_REACH) : total.match.start]):
        return None
    before = [
        f
        for i in (index - 1, index)
        for f in by_sentence.get(i, [])
        if f.end <= total.start and id(f) not in used and _compatible(f, total)
    ]
    run: list[FigureItem] = []
    for f in reversed(before):
        if f.change != total.change:
            break
        run.insert(0, f)
        if _agrees(total, run):
            return run
    return None
