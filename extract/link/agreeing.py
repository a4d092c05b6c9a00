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
from itertools import chain, islice

from solieu.cues import cue, words
from solieu.link.breakdowns import BRACKET_AFTER, CLOSER, NO_NOUN, attach_parts, total_for
from solieu.link.items import Breakdown, FigureItem
from solieu.rules import classes_with

RESPECTIVELY = cue("sums", "sum.respectively")
TOTAL_AFTER = cue("sums", "sum.total_after")
PARTS_FOLLOW = cue("sums", "sum.parts_follow")
OPEN_PARTS = cue("sums", "sum.open_parts")
TOTAL_OPENS = cue("sums", "sum.total_opens")
TALLY = tuple(w.casefold() for w in words("sums", "sum.tally"))
PEOPLE = classes_with("people")
ANY_PEOPLE = frozenset({"persons"})  # "người", "trường hợp": a total of people of any kind
LOOSE_RULE = "count.any"  # a number before any lower-case word: its "noun" may be a label or "và"
SENTENCES_AFTER = 2  # sentences after a total where its parts may stand
MOST_PARTS = 12
LOOK_AHEAD = 40  # figures after a total where its parts may stand
LIST_GOES_ON = cue("sums", "sum.list_goes_on")  # between two items of one list
REACH = 400  # characters after a total where its opener, closer or 'lần lượt' may stand
TOTAL_AFTER_REACH = 80  # characters before a total where "tổng cộng", "nâng tổng số … lên" may stand
ROUND_ROOM = 0.10  # "hơn 1.000" agrees with parts of 1.088
PRECISE_ROOM = 0.02  # "trên 188.000 ha" with 188.138 ha; "khoảng 372,7 ha" not with 366,5 ha


def sum_agrees(computed: float, stated: float, qualifier: str) -> bool:
    """Whether parts adding up to `computed` agree with a total printed with `qualifier`.

    "hơn 1.000" is a little more than a thousand, not twice as much: a round total (two significant
    digits) leaves 10% of room, a precise one ("trên 188.000") 2%; "khoảng", "gần" before a precise
    number leave none.

    >>> sum_agrees(246, 262, "exact"), sum_agrees(262, 262, "exact")
    (False, True)
    >>> sum_agrees(1088, 1000, "over"), sum_agrees(990, 1000, "over"), sum_agrees(338, 191, "over")
    (True, False, False)
    >>> sum_agrees(1800, 2000, "about"), sum_agrees(1950, 2000, "about"), sum_agrees(366.5, 372.7, "about")
    (False, True, False)
    >>> sum_agrees(361, 370, "nearly"), sum_agrees(371, 370, "nearly")
    (True, False)
    """
    if qualifier == "exact" or stated <= 0:
        return math.isclose(computed, stated, abs_tol=1e-9)
    room = stated * (ROUND_ROOM if _round(stated) else PRECISE_ROOM)
    if qualifier in ("over", "at_least"):
        return stated <= computed <= stated + room and (qualifier == "at_least" or computed > stated)
    if qualifier in ("under", "at_most"):
        return stated - room <= computed <= stated and (qualifier == "at_most" or computed < stated)
    if not _round(stated):
        return False  # "khoảng 2.389.812,7 ha" is as precise as it is printed: no room to agree
    if qualifier == "nearly":
        return stated - room <= computed <= stated
    if qualifier == "about":
        return abs(computed - stated) <= room / 2
    return False


def _round(value: float) -> bool:
    """Whether a number has at most two significant digits: 1.000, 2.000, 35.000, 1,5.

    >>> _round(1000), _round(35000), _round(188000), _round(372.7)
    (True, True, False, False)
    """
    digits = f"{value:.6f}".replace(".", "").strip("0")
    return len(digits) <= 2


def link_agreeing(figures: list[FigureItem], taken: list[Breakdown]) -> list[Breakdown]:
    """`taken` (from `link_breakdowns`) with the breakdowns found here, their parts attached.

    An open breakdown of `taken` that does not add up gives way to one found here that does, when
    it had a single part (no breakdown at all), the parts it loses are bare numbers (they were
    labels: "khối 10, 11, 12 lần lượt là 12, 15 và 20 lớp") or come after all the parts kept."""
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
        for position, total in enumerate(by_sentence[index]):
            old = weak.get(id(total))
            if (id(total) in used and old is None) or not _can_total(total):
                continue
            own = {id(p) for p in old.parts} if old is not None else set()
            free = [f for f in _window(by_sentence, index, position) if id(f) not in used or id(f) in own]
            announced = _announced(total, free)
            parts = (
                _in_bracket(total, free)
                or _respectively(total, free, announced)
                or _following(total, [f for f in free if f.sentence.index in announced])
                or _summed_up(total, by_sentence, (index, position), used - own)
            )
            if parts and old is not None and len(old.parts) > 1 and not _first_of(parts, old.parts):
                kept = {id(p) for p in parts}
                if any(id(p) not in kept and p.match.noun_class not in NO_NOUN for p in old.parts):
                    continue
            if parts:
                out.append(Breakdown(total, parts, overlapping=False, incomplete=True))
                used.update(id(f) for f in (total, *parts))
    return out


def _first_of(parts: list[FigureItem], old: list[FigureItem]) -> bool:
    """Whether the parts that agree are the first of a weak breakdown's parts, in order: the ones after
    them belong to another statement ("kiểm tra 55 cơ sở …, trong đó có 46 cơ sở đạt, 9 cơ sở vi phạm
    …, và tiến hành xử phạt 1 cơ sở")."""
    return len(parts) < len(old) and all(a is b for a, b in zip(parts, old, strict=False))


def _compatible(part: FigureItem, total: FigureItem) -> bool:
    """Whether a figure can be a part of the total: by `total_for`, people of any noun in a total of
    persons ("14 người, trong đó, 4 cán bộ …, 2 cán bộ … và 8 cán bộ …"), or prizes ("2 giải Nhất")
    in a total of any noun; not farmers in a total of cadres. A rate ("172 triệu đồng/lượng") is no
    part."""
    if part.match.value > total.match.value or part.match.per is not None:
        return False
    if total_for(part, [total]) is total or _tally(part):
        return True
    return part.match.noun_class in PEOPLE and total.match.noun_class in ANY_PEOPLE


def _tally(part: FigureItem) -> bool:
    """A part counted with a noun of what each member won ("2 giải Nhất"): a part of a total of any noun."""
    noun = part.match.noun.casefold()
    return any(noun == w or noun.startswith(w + " ") for w in TALLY)


def _can_total(fig: FigureItem) -> bool:
    """A total has a noun of its own (not a bare number, nor a number before just any word) and is no
    rate: "191 triệu đồng/lượng" is a price, the prices after it are not its parts."""
    return not _loose(fig) and fig.match.per is None and fig.match.value >= 2


def _window(by_sentence: dict[int, list[FigureItem]], index: int, position: int) -> list[FigureItem]:
    """The figures after the total at `position` of sentence `index`, in it and the next sentences, at
    most LOOK_AHEAD of them: a table flattened into one sentence of 10,000 counts stays linear."""
    after = chain(
        islice(by_sentence[index], position + 1, None),
        *(by_sentence.get(i, []) for i in range(index + 1, index + SENTENCES_AFTER + 1)),
    )
    return list(islice(after, LOOK_AHEAD))


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
    return inside if _agrees(total, inside) and _labels_differ(total, inside) else None


def _respectively(total: FigureItem, free: list[FigureItem], announced: set[int]) -> list[FigureItem] | None:
    """The numbers after "lần lượt là", in the total's sentence or an announced next one, up to the one
    that carries the total's noun: "47 lớp, trong đó khối 10, 11, 12 lần lượt là 12, 15 và 20 lớp"."""
    for index in sorted(announced):
        sentence = next((f.sentence for f in free if f.sentence.index == index), None)
        if sentence is None:
            continue
        start = total.match.end if sentence is total.sentence else 0
        found = RESPECTIVELY.search(sentence.text, start, start + REACH)
        if found is None:
            continue
        run: list[FigureItem] = []
        for f in (f for f in free if f.sentence is sentence and f.match.start >= found.end()):
            run.append(f)
            if not _loose(f):
                break
        carried = run and _compatible(run[-1], total) and _labels_differ(total, run)
        return run if carried and _agrees(total, run) else None
    return None


def _following(total: FigureItem, free: list[FigureItem]) -> list[FigureItem] | None:
    """The figures after a total that can be its parts, from the first on, while they add up to no
    more than it: "kỷ luật 57 đảng viên: cấp tỉnh 5, cấp huyện 12, cấp xã 40"; a total in one
    sentence, its parts in the next ones (announced: `free` holds only those).

    In the total's sentence the parts must come after a word that opens them ("trong đó", "gồm", a
    colon, a bracket), or the total itself is named as the whole ("Trong số … 3.000 tỉ đồng, …"):
    "đội tuyển Toán với 5 giải nhì, 4 giải ba và 1 giải khuyến khích" lists three prizes, not a 5
    made of 4 and 1. "chưa kể", "ngoài ra" end the parts."""
    run: list[FigureItem] = []
    text = total.sentence.text
    opener = OPEN_PARTS.search(text, total.match.end, total.match.end + REACH)
    if opener is not None and ")" in text[total.match.end : opener.start()]:
        opener = None  # the total stood in a bracket that closed: "(2 tầng, 6 phòng), nhà … (2 tầng, 4 phòng)"
    opened_at = opener.end() if opener is not None else None
    if TOTAL_OPENS.search(text, max(0, total.match.start - TOTAL_AFTER_REACH), total.match.start):
        opened_at = total.match.end  # "Trong số tiền tạm ứng đợt đầu 3.000 tỉ đồng, …"
    closer = CLOSER.search(text, total.match.end, total.match.end + REACH)
    stop = closer.start() if closer is not None else len(text)
    if opener is not None and opener.group() == "(" and ")" in text[opener.end() :]:
        stop = min(stop, text.index(")", opener.end()))  # the parts end with their bracket
    for f in _after(total, free):
        if f.sentence is total.sentence:
            if opened_at is None or f.match.start < opened_at:
                continue
            if f.match.start >= stop:
                break
            fits = _compatible(f, total) or _loose(f)
        else:
            fits = not _loose(f) and _compatible(f, total)
        if not fits or f.change != total.change:
            if f.match.value >= total.match.value:
                break  # a new statement
            continue
        run.append(f)
        computed = sum(p.match.value for p in run)
        if (total.match.qualifier == "exact" and computed > total.match.value) or len(run) > MOST_PARTS:
            return None
        if total.match.qualifier == "exact" and _agrees(total, run) and _labels_differ(total, run):
            return None if _goes_on(run[-1], free, stop, total) else run
    if total.match.qualifier != "exact" and _agrees(total, run) and _labels_differ(total, run):
        return run
    return None


def _goes_on(last: FigureItem, free: list[FigureItem], stop: int, total: FigureItem) -> bool:
    """Whether the list runs on past the parts that add up: one more part just after the last, joined
    by a comma or "và" ("3 giải A, 7 giải B, 12 giải C, 25 giải khuyến khích và 10 giải đồng hạng" of 47
    works: 47 is the first four only by chance)."""
    text = last.sentence.text
    for f in free:
        if f.sentence is last.sentence and last.match.end <= f.match.start < stop:
            gap = text[last.match.end : f.match.start]
            return bool(LIST_GOES_ON.match(gap)) and (_compatible(f, total) or _loose(f))
    return False


def _loose(fig: FigureItem) -> bool:
    """A bare number, or a number before just any word: a part only where the text lists parts."""
    return fig.match.noun_class in NO_NOUN or fig.match.rule == LOOSE_RULE


def _labels_differ(total: FigureItem, run: list[FigureItem]) -> bool:
    """Loose parts that share a word other than the total's noun count that word, not the total:
    "11 doanh nghiệp … gồm: Công ty … có 1 xe …, Công ty … có 1 xe …" are vehicles."""
    nouns = [f.match.noun.casefold() for f in run if f.match.rule == LOOSE_RULE]
    own = total.match.noun.casefold()
    return all(nouns.count(n) < 2 or n == own for n in nouns)


def _summed_up(
    total: FigureItem, by_sentence: dict[int, list[FigureItem]], at: tuple[int, int], used: set[int]
) -> list[FigureItem] | None:
    """The figures just before a total said to sum them up ("tổng cộng", "nâng tổng số … lên"), in
    its sentence and the one before, nearest first: "Năm 2019 kết nạp 100 đảng viên, năm 2020 kết nạp
    110 đảng viên, nâng tổng số đảng viên kết nạp trong 2 năm lên 210 đảng viên"."""
    text = total.sentence.text
    if not TOTAL_AFTER.search(text[max(0, total.match.start - TOTAL_AFTER_REACH) : total.match.start]):
        return None
    index, position = at
    nearest = [
        *by_sentence.get(index - 1, [])[-LOOK_AHEAD:],
        *by_sentence[index][max(0, position - LOOK_AHEAD) : position],
    ]
    before = [f for f in nearest if id(f) not in used and _compatible(f, total)]
    run: list[FigureItem] = []
    for f in reversed(before):
        if f.change != total.change:
            break
        run.insert(0, f)
        if _agrees(total, run):
            return run
    return None
