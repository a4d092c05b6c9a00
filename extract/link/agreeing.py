"""Parts that add up to a total where no word announces a breakdown, linked to it so the validator
can confirm the total.

A careful reader adds up what follows a total even without "trong đó": values named respectively
("47 lớp … lần lượt là 12, 15 và 20 lớp"), level by level ("kỷ luật 57 đảng viên: cấp tỉnh 5, cấp
huyện 12, cấp xã 40"), in a bracket of any labels ("50 thí sinh (0 khiển trách, 01 cảnh cáo, 49 đình
chỉ)"), kinds of the total's things ("170 đơn vị hành chính cấp xã, gồm 40 phường, 09 thị trấn và 121
xã"), over the next sentences (of the total's very noun, with no word to announce them: "… 19 người
thương vong. … 3 người chết và 16 người khác bị thương"), or summed up after the parts ("…, nâng tổng
số … lên 210 đảng viên"; "… 15 đảng viên …. Trước đó, … 4 đảng viên …. Như vậy, … 19 đảng viên").
Nothing here says the parts are all of the total, so each breakdown is linked only when its parts
agree with the total and is marked incomplete: it confirms and never contradicts.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, islice

import regex

from solieu.cues import cue, words
from solieu.link.breakdowns import AND, BRACKET_AFTER, CLOSER, NO_NOUN, OTHER, attach_parts, total_for
from solieu.link.items import Breakdown, FigureItem
from solieu.link.prechecks import find_every, search_between
from solieu.rules import classes_with
from solieu.segment import Sentence

RESPECTIVELY = cue("sums", "sum.respectively")
TOTAL_AFTER = cue("sums", "sum.total_after")
PARTS_FOLLOW = cue("sums", "sum.parts_follow")
OPENS_WITHIN = cue("sums", "sum.opens_within")
NAMED_TOTAL = cue("sums", "sum.named_total")
_DIGIT = regex.compile(r"\d")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\d]")  # a letter or digit: what stands before a word that opens its sentence
OPEN_PARTS = cue("sums", "sum.open_parts")
TOTAL_OPENS = cue("sums", "sum.total_opens")
SUMS_UP = cue("sums", "sum.sums_up")
OPENS_AT_ONCE = cue("sums", "sum.opens_at_once")
WITH_PARTS = cue("sums", "sum.with_parts")
LEVEL_PART = cue("sums", "sum.level_part")
BY_SEX = cue("sums", "sum.by_sex")
THE_REST = cue("sums", "sum.the_rest")
REST_OPENS = cue("sums", "sum.rest_opens")
REST_REACH = 20  # characters before a count where "còn lại" may stand
_SEPARATOR = regex.compile(r"[,;:]")
TALLY = tuple(w.casefold() for w in words("sums", "sum.tally"))
NO_NOUN_WORDS = frozenset(w.casefold() for w in words("sums", "sum.no_noun"))
PEOPLE = classes_with("people")
ANY_PEOPLE = frozenset({"persons"})  # "người", "trường hợp": a total of people of any kind
LOOSE_RULE = "count.any"  # a number before any lower-case word: its "noun" may be a label or "và"
SENTENCES_AFTER = 2  # sentences after a total where its parts may stand
SENTENCES_AROUND = 3  # sentences before or after a total where parts of its very noun may stand
MOST_PARTS = 12
LOOK_AHEAD = 40  # figures after a total where its parts may stand
LIST_GOES_ON = cue("sums", "sum.list_goes_on")  # between two items of one list
REACH = 400  # characters after a total where its opener, closer or 'lần lượt' may stand
TOTAL_AFTER_REACH = 80  # characters before a total where "tổng cộng", "nâng tổng số … lên" may stand
ROUND_ROOM = 0.10  # "hơn 1.000" agrees with parts of 1.088
LOOSE_NOUN_WORDS = 2  # the words after a number before just any word that name what it counts
LOOSE_NOUN_REACH = 40  # characters after such a number where they may stand
_WORD = regex.compile(r"\p{L}+")
PART_QUALIFIERS = frozenset({"exact", "over", "under", "nearly", "about"})  # a part's "hơn", "gần", "khoảng"
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


def parts_agree(parts: Sequence[tuple[float, str]], stated: float, qualifier: str) -> bool:
    """Whether parts, each a value printed with its qualifier, agree with a total printed with `qualifier`.

    Exact parts agree as `sum_agrees` says. A part printed "hơn", "gần" or "khoảng" stands for a span
    (as a total does: `_span`), and the parts agree where the span of their sum meets the total's:
    "gần 3.300 ý kiến. Trong đó, hơn 740 ý kiến … và gần 2.550 ý kiến" (baomoi-magizbox-22339005);
    "hơn 1,7 tỉ đồng, bao gồm: … gần 150 triệu đồng; … hơn 503 triệu đồng; … 800 triệu đồng; … khoảng 247
    triệu đồng" (baomoi-magizbox-22372029). A qualifier of no span ("từ … đến") agrees with nothing.

    >>> parts_agree([(740, "over"), (2550, "nearly")], 3300, "nearly")
    True
    >>> parts_agree([(150, "nearly"), (503, "over"), (800, "exact"), (247, "about")], 1700, "over")
    True
    >>> parts_agree([(740, "over"), (2000, "nearly")], 3300, "nearly")
    False
    >>> parts_agree([(10, "over"), (5, "exact")], 20, "exact"), parts_agree([(2, "range"), (3, "exact")], 5, "exact")
    (False, False)
    >>> parts_agree([(34340, "exact"), (80272, "about")], 114612, "about")
    True
    """
    if all(q == "exact" for _, q in parts):
        return sum_agrees(sum(v for v, _ in parts), stated, qualifier)
    if any(q not in PART_QUALIFIERS for _, q in parts):
        return False  # "Từ 40 đoàn viên khi thành lập" is where a count began (baomoi-magizbox-22713621)
    spans = [_span(v, q) for v, q in parts]
    whole = _span(stated, qualifier)
    if whole is None or any(s is None for s in spans):
        return False
    low = sum(s[0] for s in spans if s is not None)
    high = sum(s[1] for s in spans if s is not None)
    return low <= whole[1] * (1 + 1e-9) and high >= whole[0] * (1 - 1e-9)


def parts_exceed(parts: Sequence[tuple[float, str]], stated: float, qualifier: str) -> bool:
    """Whether parts that never overlap add up to more than the total can stand for: some of a whole may
    fall short of it, but never pass it ("Tổng nhu cầu … là 5.139 người, trong đó, giáo viên mầm non 905
    người, … tiểu học 2.431 người, … THCS 1.674 người, … THPT 159 người": 5.169, dantri-unc-news_education_217).
    The least the parts may stand for against the most the total may: a total printed "trên", "ít nhất" has
    no most.

    >>> parts_exceed([(905, "exact"), (2431, "exact"), (1674, "exact"), (159, "exact")], 5139, "exact")
    True
    >>> parts_exceed([(11124, "exact"), (6135, "exact"), (2698, "exact")], 19520, "about")
    True
    >>> parts_exceed([(300, "exact"), (320, "exact")], 500, "over"), parts_exceed([(60, "exact")], 100, "exact")
    (False, False)
    """
    if qualifier in ("over", "at_least"):
        return False
    whole = _span(stated, qualifier)
    spans = [_span(v, q) for v, q in parts]
    if whole is None or any(s is None for s in spans):
        return False
    return sum(s[0] for s in spans if s is not None) > whole[1] * (1 + 1e-9)


def _span(value: float, qualifier: str) -> tuple[float, float] | None:
    """The values a number printed with `qualifier` may stand for, with the room of `sum_agrees`: "hơn
    740" is 740 to 814, "gần 2.550" (precise: no room below the number it names) is 2.550 itself.

    >>> _span(740, "over"), _span(2550, "nearly"), _span(3300, "nearly"), _span(5, "exact")
    ((740, 814.0), (2550, 2550), (2970.0, 3300), (5, 5))
    """
    if qualifier == "exact":
        return value, value
    room = value * (ROUND_ROOM if _round(value) else PRECISE_ROOM)
    if qualifier in ("over", "at_least"):
        return value, value + room
    if qualifier in ("under", "at_most"):
        return value - room, value
    if qualifier not in ("nearly", "about"):
        return None
    if not _round(value):
        return value, value  # "khoảng 2.389.812,7 ha" is as precise as it is printed
    return (value - room, value) if qualifier == "nearly" else (value - room / 2, value + room / 2)


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
    claimed = {id(f) for b in found for f in (b.total, *b.parts)}
    for b in found:
        old = weak.get(id(b.total))
        if old is not None:
            for part in old.parts:
                part.part_of = None
    for old in weak.values():  # a lone part whose figures another total took: no breakdown at all
        if len(old.parts) == 1 and id(old.total) not in replaced and id(old.parts[0]) in claimed:
            replaced.add(id(old.total))
    attach_parts(found)
    return [b for b in taken if id(b.total) not in replaced] + found


def agreeing_breakdowns(
    by_sentence: dict[int, list[FigureItem]], taken: Iterable[Breakdown], weak: dict[int, Breakdown]
) -> list[Breakdown]:
    """The breakdowns that agree with a total, nearest parts first; no figure is a part of two totals.
    A total of `taken` is left as it is unless it is `weak`; the parts of a weak one are free for its
    own total only, and only its bare numbers may be left out (any, where it had one part)."""
    taken = list(taken)
    used = {id(f) for b in taken for f in (b.total, *b.parts)}
    # a total of its own parts may be a part of a larger one: "1.600 chỉ tiêu, với 1.300 chỉ tiêu hệ đại học
    # (ngành y chiếm 50 chỉ tiêu) và 300 chỉ tiêu hệ trung cấp" (vietnews-val-015385)
    nested = {id(b.total) for b in taken} - {id(p) for b in taken for p in b.parts}
    # a weak breakdown of one part is none: its figures may be parts told after another total ("5 cán bộ kiểm
    # lâm … bị kỷ luật. … tạm đình chỉ công tác đối với 3 cán bộ kiểm lâm … và … khiển trách 2 cán bộ kiểm lâm")
    lone = {id(f) for b in weak.values() if len(b.parts) == 1 for f in (b.total, *b.parts)}
    claimed: set[int] = set()
    facts = _Facts(by_sentence)
    out = []
    for index in sorted(by_sentence):
        for position, total in enumerate(by_sentence[index]):
            old = weak.get(id(total))
            if (id(total) in used and old is None) or id(total) in claimed:
                continue
            own = {id(p) for p in old.parts} - claimed if old is not None else set()
            told_free = used - own - (lone - claimed)
            window = _window(by_sentence, index, position)
            free = [f for f in window if id(f) not in used or id(f) in own]
            if not _can_total(total):
                if total.match.noun.casefold() in NO_NOUN_WORDS:
                    continue  # a label's number: "Tiểu đoàn 6 có …", "Gói thầu số 06 thuộc …"
                following = by_sentence.get(index + 1)
                announced_next = following is not None and (
                    PARTS_FOLLOW.match(following[0].sentence.text) or _opens_first(following[0].sentence)
                )
                parts = (
                    _by_sex(total, by_sentence, free)
                    or _opened_at_once(total, free)
                    or _named_alike(total, free)
                    or (_told_after(total, facts, index, told_free) if announced_next else None)
                )
                if parts:
                    out.append(Breakdown(total, parts, overlapping=False, incomplete=True))
                    used.update(id(f) for f in (total, *parts))
                    claimed.update(id(f) for f in (total, *parts))
                continue
            announced = _announced(total, free)
            parts = (
                _in_bracket(total, free)
                or _by_sex(total, by_sentence, free)
                or _with_the_rest(total, by_sentence, free)
                or _respectively(total, free, announced | {index + 1})
                or _following(total, _in_sentences(window, announced, used - own - (nested - claimed)))
                or _summed_up(total, by_sentence, (index, position), used - own)
                or _summed_up_before(total, facts, (index, position), used - own)
                or _told_after(total, facts, index, told_free)
                or _opened_at_once(total, free)
                or _by_level(total, free)
            )
            if parts and old is not None and len(old.parts) > 1 and not _first_of(parts, old.parts):
                kept = {id(p) for p in parts}
                if any(id(p) not in kept and p.match.noun_class not in NO_NOUN for p in old.parts):
                    continue
            if parts:
                out.append(Breakdown(total, parts, overlapping=False, incomplete=True))
                used.update(id(f) for f in (total, *parts))
                claimed.update(id(f) for f in (total, *parts))
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


def _opened_at_once(total: FigureItem, free: list[FigureItem]) -> list[FigureItem] | None:
    """The parts of a count before just any word that opens them at once ("tổng cộng 367 ngôi mộ chờ, gồm
    243 mộ đôi và 124 mộ đơn"; "14 công dân Pakistan (bao gồm 6 phụ nữ, 2 người đàn ông và 6 trẻ em)"):
    the figures from the opener on, to the end of the bracket or clause, when they add up to it and the
    list does not run on past them ("…, gồm 17.000 ghế khu vực chính diện và 17.000 ghế hai bên"). Such a
    count is no total elsewhere: its "noun" may be a label ("lớp 10"), a classifier or a verb."""
    if total.match.noun_class in NO_NOUN or total.match.per is not None or total.match.value < 2:
        return None
    text = total.sentence.text
    after = text[total.match.end : total.match.end + REACH]
    opener = OPENS_AT_ONCE.match(after) or WITH_PARTS.match(after)  # "476 VĐV với 264 nam và 212 nữ"
    if opener is None:
        return None
    opened_at = total.match.end + opener.end()
    bracket = "(" in opener.group()
    stop = text.find(")" if bracket else ";", opened_at)
    stop = len(text) if stop == -1 else stop
    closer = search_between(CLOSER, text, opened_at, stop)
    stop = closer.start() if closer is not None else stop
    run = [f for f in free if f.sentence is total.sentence and opened_at <= f.match.start < stop]
    if len(run) > MOST_PARTS or any(f.match.per is not None or f.change != total.change for f in run):
        return None
    if not run or total.match.currency != run[0].match.currency:
        return None
    for k in range(2, len(run) + 1):
        if _agrees(total, run[:k]):  # the parts may end before a number of another sort: "… 17.000 ghế hai bên"
            return None if _goes_on(run[k - 1], run, stop, total) else run[:k]
    return None


def _by_sex(
    total: FigureItem, by_sentence: dict[int, list[FigureItem]], free: list[FigureItem]
) -> list[FigureItem] | None:
    """A count of people and the pair of its men and women right after it ("thấy có 3 người, 2 nam và 1
    nữ đang giằng co nhau", baomoi-magizbox-22586540), or at the head of the next sentence after its opener
    ("… khiến 13 du khách … phải nhập viện. Trong đó có 9 nữ, 4 nam", baomoi-magizbox-22448028): the two
    sexes make the whole group, so the pair is its breakdown when the two add up to it. The total counts
    people (or just any word: "3 thi thể", "13 du khách"), exactly; in the next sentence it must be the
    only figure of its sentence the pair adds up to. This confirms only."""
    count = total.match
    if count.qualifier != "exact" or count.currency is not None or count.per is not None or count.value < 2:
        return None
    if count.noun_class not in PEOPLE and count.noun_class not in ANY_PEOPLE and count.rule != LOOSE_RULE:
        return None
    sentence = total.sentence
    at = count.end
    found = BY_SEX.match(sentence.text[at : at + REACH])
    if found is None:
        following = by_sentence.get(sentence.index + 1)
        opener = PARTS_FOLLOW.match(following[0].sentence.text) if following else None
        if following is None or opener is None:
            return None
        sentence, at = following[0].sentence, opener.end()
        found = BY_SEX.match(sentence.text[at : at + REACH])
    if found is None or found.group("sex1") == found.group("sex2"):
        return None
    starts = (at + found.start("first"), at + found.start("second"))
    pair = [f for start in starts for f in free if f.sentence is sentence and f.match.start == start]
    if len(pair) != 2 or any(f.match.qualifier != "exact" or f.match.per is not None for f in pair):
        return None
    if sentence is not total.sentence and any(
        f is not total and f.match.value == count.value for f in by_sentence[total.sentence.index]
    ):
        return None
    return pair if _agrees(total, pair) else None


def _with_the_rest(
    total: FigureItem, by_sentence: dict[int, list[FigureItem]], free: list[FigureItem]
) -> list[FigureItem] | None:
    """The parts of a total up to one named as the rest of it ("còn lại"), in the total's sentence or the next:
    "13 hộ nhưng mới 1 hộ đồng ý nhận tiền còn lại 12 hộ không đồng tình" (baomoi-magizbox-21491743); the part
    just before a total named as the whole ("mới giải ngân 4,5 triệu USD trong số 22,75 triệu USD. Còn lại
    18,25 triệu USD chưa được giải ngân", baomoi-magizbox-22234101) is the first. "Còn" at the head of a sentence
    names the rest too, a sentence further where the total is named as the whole ("trong tổng số 168 công chức
    cấp xã được tuyển dụng có 87 trường hợp …. … Còn 81 trường hợp không thuộc diện …", vietnews-test-003435).
    Every part is compatible with the total and they add up to it; this confirms only."""
    if total.match.per is not None or total.match.value < 2:
        return None
    run: list[FigureItem] = []
    # a total named as the whole ("trong tổng số 168 công chức …") may have its rest told a sentence further
    reach = total.sentence.index + (2 if _named_whole(total) else 1)
    for f in free:
        if f.sentence.index > reach or f.start < total.end:
            break
        text = f.sentence.text
        if not (_compatible(f, total) or _same_noun(f, total)) or f.change != total.change or f.match.per is not None:
            continue
        run.append(f)
        opens = f.sentence is not total.sentence and REST_OPENS.match(text, 0, f.match.start) is not None
        if not opens and THE_REST.search(text, max(0, f.match.start - REST_REACH), f.match.start) is None:
            continue
        text = total.sentence.text
        if TOTAL_OPENS.search(text, max(0, total.match.start - TOTAL_AFTER_REACH), total.match.start):
            earlier = [p for p in by_sentence[total.sentence.index] if p.end <= total.start]
            if earlier and (_compatible(earlier[-1], total) or _same_noun(earlier[-1], total)):
                run.insert(0, earlier[-1])
        return run if _agrees(total, run) else None
    return None


def _named_alike(total: FigureItem, free: list[FigureItem]) -> list[FigureItem] | None:
    """The parts of a count before just any word, after a word that opens them in its sentence, that count
    with its very words ("công ty" and "công ty"), from the first on, when they add up to it: "15 công ty
    sẽ tiến hành cổ phần hóa, trong đó, Nhà nước sẽ nắm giữ cổ phần chi phối (…) tại 3 công ty; tiến hành
    thoái vốn sâu, … tại 12 công ty" (baomoi-magizbox-21487928). The count's two words must name the same
    things in every part; this confirms only. A count named as the whole before it ("Trong số 59 tàu này, có
    24 tàu vỏ gỗ, 2 tàu vỏ Composite, 33 tàu vỏ thép", baomoi-magizbox-21491496; "tổng số xe … là 215 xe …, số xe
    đã bán ra là 191 xe và còn tồn 24 xe", baomoi-magizbox-22419339) opens its parts at once, and they need only
    its first word."""
    text = total.sentence.text
    whole = _named_whole(total)
    noun = total.match.noun.casefold() if whole else _folded_noun(total)
    if not noun or total.match.qualifier != "exact" or total.match.value < FEWEST_TOLD_AFTER:
        return None
    opener = search_between(OPEN_PARTS, text, total.match.end, total.match.end + REACH)
    if not whole and (opener is None or opener.group() == "("):
        return None
    opened_at = total.match.end if whole else opener.end() if opener is not None else len(text)
    run: list[FigureItem] = []
    for f in free:
        named = f.match.noun.casefold() if whole else _folded_noun(f)
        if f.sentence is not total.sentence or f.match.start < opened_at or named != noun:
            continue
        if f.match.qualifier != "exact" or f.change != total.change or f.match.per is not None:
            return None
        run.append(f)
        adds_up = _run_adds_up(total, run)
        if adds_up is not False:
            return run if adds_up and not _goes_on(f, free, len(text), total) else None
    return None


def _by_level(total: FigureItem, free: list[FigureItem]) -> list[FigureItem] | None:
    """The parts after a total named by their level or year, each at the head of its clause: "kết nạp 1.245
    đảng viên mới; cấp tỉnh kết nạp 245 đảng viên, cấp huyện kết nạp 1.000 đảng viên"; "25 lớp bồi dưỡng,
    năm 2021 là 10 lớp, năm 2022 là 15 lớp". The first separator after the total opens them, with no
    other figure between; every part is so named and compatible with the total, and they add up to it."""
    text = total.sentence.text
    separator = _SEPARATOR.search(text, total.match.end, total.match.end + TOTAL_AFTER_REACH)
    if separator is None or total.match.qualifier != "exact":
        return None
    run: list[FigureItem] = []
    boundary = separator.start()
    for f in free:
        if f.sentence is not total.sentence or f.match.start < total.match.end:
            continue
        if f.match.start < boundary or not LEVEL_PART.match(text[boundary : f.match.start]):
            return None
        if f.change != total.change or f.match.per is not None or not (_compatible(f, total) or _loose(f)):
            return None
        run.append(f)
        if sum(p.match.value for p in run) > total.match.value or len(run) > MOST_PARTS:
            return None
        if len(run) > 1 and _agrees(total, run):
            return None if _goes_on(f, free, len(text), total) else run
        boundary = f.match.end
    return None


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
    if following is not None and (PARTS_FOLLOW.match(following.text) or _opens_first(following)):
        out.update(i for i in sentences if i > index)
    return out


def _named_whole(total: FigureItem) -> bool:
    """Whether the total is named as the whole in its clause before it ("Trong số …", or as one: "tổng cộng",
    "tổng số … là"), so the counts after it may be its parts with no word to open them: "tổng số xe trong lô
    xe có lỗi này là 215 xe …, số xe đã bán ra là 191 xe và còn tồn 24 xe …" (baomoi-magizbox-22419339)."""
    text, start = total.sentence.text, total.match.start
    reach = max(0, start - TOTAL_AFTER_REACH)
    return TOTAL_OPENS.search(text, reach, start) is not None or NAMED_TOTAL.search(text, reach, start) is not None


def _opens_first(sentence: Sentence) -> bool:
    """Whether "trong đó" opens the parts of a sentence before any number of it, though not at its head, and
    outside brackets: "… 31 học sinh … nhập viện …. Đến chiều cùng ngày, toàn bộ số trẻ em này đã được chuyển
    lên …, trong đó có 5 em được điều trị ngoại trú, 26 em …" (baomoi-magizbox-22244564). After a number it
    opens that number's parts: "… đạt 71.641 tỉ đồng (trong đó doanh thu thuần đạt 70.089 tỉ đồng), tăng 2.475
    tỉ đồng" (baomoi-magizbox-22513510)."""
    found = OPENS_WITHIN.search(sentence.text)
    if found is None:
        return False
    before = sentence.text[: found.start()]
    return _DIGIT.search(before) is None and before.count("(") == before.count(")")


def _after(total: FigureItem, figures: list[FigureItem]) -> list[FigureItem]:
    return [f for f in figures if f.start >= total.end]


def _agrees(total: FigureItem, parts: list[FigureItem]) -> bool:
    """Whether the parts add up to the total (`parts_agree`). A part printed "hơn", "gần", "khoảng" is read
    with its room only where it counts with a noun and is smaller than the total: "hơn 100 người … . Cụ thể,
    … hơn 100 người lạ mặt đi trên 6 ô tô" tells the hundred again and counts cars (baomoi-magizbox-22542469)."""
    if len(parts) < 2:
        return False
    if any(p.match.qualifier != "exact" for p in parts) and any(
        _loose(p) or p.match.value >= total.match.value for p in parts
    ):
        return False
    return parts_agree([(p.match.value, p.match.qualifier) for p in parts], total.match.value, total.match.qualifier)


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
    """The numbers after "lần lượt là", in the total's sentence, the next one or an announced one after it,
    up to the one that carries the total's noun: "47 lớp, trong đó khối 10, 11, 12 lần lượt là 12, 15 và 20
    lớp"; "… 47 lớp. Số lớp của khối 10, 11, 12 lần lượt là 12, 15 và 20 lớp"."""
    for index in sorted(announced):
        sentence = next((f.sentence for f in free if f.sentence.index == index), None)
        if sentence is None:
            continue
        start = total.match.end if sentence is total.sentence else 0
        found = search_between(RESPECTIVELY, sentence.text, start, start + REACH)
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
    sentence, its parts in the next ones (announced: `free` holds only those), where a part may count with a
    word of its own as after an opener ("… có 5.793 điểm giao cắt. Trong đó, đường ngang có 1.514 đường và
    đường dân sinh, lối đi dân sinh là 4.279 điểm", baomoi-magizbox-21478026).

    In the total's sentence the parts must come after a word that opens them ("trong đó", "gồm", a
    colon, a bracket), or the total itself is named as the whole ("Trong số … 3.000 tỉ đồng, …"; "tổng số lao
    động … là 464 người; … là 412 người; … là 52 người", baomoi-magizbox-22490986):
    "đội tuyển Toán với 5 giải nhì, 4 giải ba và 1 giải khuyến khích" lists three prizes, not a 5
    made of 4 and 1, while "với" right after a total, then a number, opens them ("Cả 10 học sinh … với 4
    giải Nhất, 3 giải Nhì, 3 giải Ba"). "chưa kể", "ngoài ra" end the parts."""
    run: list[FigureItem] = []
    text = total.sentence.text
    opener = search_between(OPEN_PARTS, text, total.match.end, total.match.end + REACH)
    if opener is not None and ")" in text[total.match.end : opener.start()]:
        opener = None  # the total stood in a bracket that closed: "(2 tầng, 6 phòng), nhà … (2 tầng, 4 phòng)"
    opened_at = opener.end() if opener is not None else None
    with_parts = WITH_PARTS.match(text[total.match.end : total.match.end + REACH])
    if with_parts is not None and (opener is None or total.match.end + with_parts.end() < opener.start()):
        # "… 10 học sinh … với 4 giải Nhất, 3 giải Nhì, 3 giải Ba"
        opener, opened_at = None, total.match.end + with_parts.end()
    if _named_whole(total):
        opened_at = total.match.end  # "Trong số tiền tạm ứng đợt đầu 3.000 tỉ đồng, …"
    closer = search_between(CLOSER, text, total.match.end, total.match.end + REACH)
    stop = closer.start() if closer is not None else len(text)
    if opener is not None and opener.group() == "(" and ")" in text[opener.end() :]:
        stop = min(stop, text.index(")", opener.end()))  # the parts end with their bracket
    # kinds of things count the parts only where no part carries the total's noun: "111 tiêu chí, … 4 nhóm: …
    # (8 tiêu chuẩn, 37 tiêu chí); … (4 tiêu chuẩn, 19 tiêu chí)" counts its criteria with their noun
    begins = opener.end() if opener is not None else stop
    kinds = opener is not None and total.match.qualifier == "exact"
    kinds = kinds and not any(
        f.sentence is total.sentence and begins <= f.match.start < stop and _same_noun(f, total) for f in free
    )
    for f in _after(total, free):
        if f.sentence is total.sentence:
            if opened_at is None or f.match.start < opened_at:
                continue
            if f.match.start >= stop:
                break
            if _said_of_part(f, run, opened_at):
                continue  # "1.300 chỉ tiêu hệ đại học (ngành y chiếm 50 chỉ tiêu) và 300 chỉ tiêu hệ trung cấp"
            fits = _compatible(f, total) or (_loose(f) and not _counts_beside(f, total))
            fits = fits or (kinds and _kind_of_things(f, total))
        else:  # an announced sentence: "… có 5.793 điểm giao cắt. Trong đó, đường ngang có 1.514 đường và …"
            fits = _compatible(f, total) or (f.match.rule == LOOSE_RULE and not _counts_beside(f, total))
            # kinds of the total's things: "134 đơn vị nợ thuế …. Trong đó có 126 doanh nghiệp … và 8 đơn vị …"
            fits = fits or (f.match.noun_class == total.match.noun_class and _kind_of_things(f, total))
        if not fits or f.change != total.change:
            if f.match.value >= total.match.value and f.match.currency == total.match.currency:
                break  # a new statement; a sum of money said of a part ("370 dự án … với vốn đăng ký 3,49 tỷ
                # USD, và 1.097 dự án …", baomoi-magizbox-22315237) is none
            continue
        if _ends_before(total, run, f):
            break  # "hơn 4 tỉ đồng. Cụ thể, A gần 2,8 tỉ; …; G 26 triệu đồng. Riêng Cần … khoảng 2,7 tỉ đồng"
        run.append(f)
        computed = sum(p.match.value for p in run)
        if (total.match.qualifier == "exact" and computed > total.match.value) or len(run) > MOST_PARTS:
            return None
        if total.match.qualifier == "exact" and _agrees(total, run) and _labels_differ(total, run):
            return None if _goes_on(run[-1], free, stop, total) else run
    if total.match.qualifier != "exact" and _agrees(total, run) and _labels_differ(total, run):
        return run
    return None


def _in_sentences(figures: list[FigureItem], sentences: set[int], taken: set[int]) -> list[FigureItem]:
    """The figures of the given sentences that are not taken."""
    return [f for f in figures if f.sentence.index in sentences and id(f) not in taken]


def _said_of_part(fig: FigureItem, run: list[FigureItem], opened_at: int) -> bool:
    """Whether a figure stands in a bracket opened after the part before it, which it tells more of: "các
    trường CAND sẽ tuyển sinh thêm 1.600 chỉ tiêu, với 1.300 chỉ tiêu hệ đại học (ngành y chiếm 50 chỉ tiêu)
    và 300 chỉ tiêu hệ trung cấp" (vietnews-val-015385): the 50 are of the 1.300. A part in a bracket of its
    own after a label ("Hà Nội (3 người), …") is none such: the part before is bracketed too; nor is a part
    that is a bare number ("trong đó cơ sở 1 (227 Nguyễn Văn Cừ, …) mỗi ngày 12 tiết với tiết 1 bắt đầu từ
    7h", edu2025-0882820c6638: the campus's number, not a count)."""
    if not run or run[-1].sentence is not fig.sentence or _loose(run[-1]):
        return False  # a bare number before a bracket may be a label's ("cơ sở 1 (227 Nguyễn Văn Cừ …)")
    text = fig.sentence.text
    opened = _open_bracket(text, opened_at, fig.match.start)
    return opened >= run[-1].match.end and _open_bracket(text, opened_at, run[-1].match.start) == -1


def _open_bracket(text: str, start: int, at: int) -> int:
    """Where the innermost bracket still open at `at` opens, after `start`; -1 if none is.

    >>> _open_bracket("a (b (c) d", 0, 10), _open_bracket("a (b) c", 0, 7), _open_bracket("(a b", 1, 4)
    (2, -1, -1)
    """
    opened: list[int] = []
    for k in range(start, at):
        if text[k] == "(":
            opened.append(k)
        elif text[k] == ")" and opened:
            opened.pop()
    return opened[-1] if opened else -1


def _ends_before(total: FigureItem, run: list[FigureItem], part: FigureItem) -> bool:
    """Whether the parts of a total printed "hơn", "gần", "khoảng" end with the sentence before `part`: they
    agree with the total there, and `part` would take them past all it may stand for. The next sentence is
    another statement: "… số tiền hơn 4 tỉ đồng. Cụ thể, Duy … gần 2,8 tỉ đồng; … Lưu … 26 triệu đồng. Riêng
    Cần … khoảng 2,7 tỉ đồng" (baomoi-magizbox-22729530)."""
    if total.match.qualifier == "exact" or not run or part.sentence is run[-1].sentence:
        return False
    whole = _span(total.match.value, total.match.qualifier)
    reach = sum(p.match.value for p in run) + part.match.value
    return whole is not None and reach > whole[1] and _agrees(total, run)


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


def _kind_of_things(part: FigureItem, total: FigureItem) -> bool:
    """Whether a count of things may be a part of a total of things counted with another noun, once a word
    has opened the total's parts: "170 đơn vị hành chính cấp xã, gồm 40 phường, 09 thị trấn và 121 xã"
    (dantri-unc-news_society_172) names kinds of units. Counts, never sums of money or rates, and of an
    exact total: "khoảng 65.000 học sinh … (trong đó 63.000 học sinh vào lớp thường và gần 2.000 thí sinh
    vào 10 lớp chuyên)" would agree with 63.000 + 10 (baomoi-magizbox-22514957)."""
    return (
        total.kind == part.kind == OTHER
        and total.match.currency is None
        and part.match.currency is None
        and part.match.per is None
        and not _loose(part)
    )


def _counts_beside(fig: FigureItem, total: FigureItem) -> bool:
    """A number before a word of its own is no part of a sum of money: "nhận 20 tỷ đồng …, tiền đựng trong 4
    vỏ thùng carton …; lần 2 … nhận 25 tỷ đồng" counts boxes (24h-5e9fd1e69e540de7)."""
    return total.match.currency is not None and fig.match.rule == LOOSE_RULE


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
    before = [f for f in nearest if id(f) not in used and (_compatible(f, total) or _shares_next_noun(f, nearest))]
    run: list[FigureItem] = []
    for f in reversed(before):
        if f.change != total.change:
            break
        run.insert(0, f)
        if _agrees(total, run):
            return run
    return None


def _shares_next_noun(fig: FigureItem, figures: list[FigureItem]) -> bool:
    """A number before "và" and another count counts what that one counts: "kết nạp 1.200 và 1.300 đảng
    viên", "lần lượt là 12, 15 và 20 lớp"."""
    if fig.match.rule != LOOSE_RULE or AND.fullmatch(fig.match.noun) is None:
        return False
    after = [f for f in figures if f.sentence is fig.sentence and f.match.start >= fig.match.end]
    return bool(after) and after[0].match.start - fig.match.end <= 2


def _same_noun(part: FigureItem, total: FigureItem) -> bool:
    """Whether a figure counts with the total's very noun ("dự án" and "dự án"), case and spaces aside, or
    is a sum of its currency ("1.000 tỷ" beside "3.000 tỷ đồng")."""
    if total.match.currency is not None:
        return part.match.currency == total.match.currency
    noun = _folded_noun(total)
    return bool(noun) and _folded_noun(part) == noun


def _may_add_to(part: FigureItem, total: FigureItem, used: set[int], *, rough: bool = False) -> bool | None:
    """Whether a figure of the total's noun is one more part (True), or ends the search (None): a figure
    as large as the total, a part of another total, of another change or approximate is a new statement.
    With `rough`, a part printed "hơn", "gần", "khoảng" is one more of a total printed so too, which the
    parts can only confirm: "… thu hồi hơn 300 tỉ đồng; …; hơn 8.500 tỉ đồng. Như vậy, việc thu hồi tài sản
    trong 7 vụ nêu trên đạt hơn 26.000 tỷ đồng" (vietnews-train-093763)."""
    if id(part) in used or part.match.value >= total.match.value or part.change != total.change:
        return None
    if TOTAL_OPENS.search(part.sentence.text, max(0, part.match.start - TOTAL_AFTER_REACH), part.match.start):
        return None  # "Sẽ có 9 thí sinh bị loại. … trong số 09 thí sinh bị loại, …": the same nine again
    if rough and total.match.qualifier != "exact" and part.match.qualifier in PART_QUALIFIERS:
        return True
    return part.match.qualifier == "exact" or None


def _run_adds_up(total: FigureItem, run: list[FigureItem]) -> bool | None:
    """Whether the parts so far agree with the total (True), fall short (False) or have passed it (None)."""
    computed = sum(p.match.value for p in run)
    if _agrees(total, run):
        return True
    return None if computed > total.match.value * (1 + ROUND_ROOM) else False


def _summed_up_before(total: FigureItem, facts: _Facts, at: tuple[int, int], used: set[int]) -> list[FigureItem] | None:
    """The figures of the total's very noun said before a total that its sentence says sums them up
    ("Như vậy", "Tổng cộng", "cả hai" anywhere before it), up to three sentences back, nearest first:
    "… khiển trách đối với 15 đảng viên này. Trước đó, … khiển trách đối với 4 đảng viên … Như vậy, đến
    nay tại Hoà Bình có 19 đảng viên bị kỷ luật". The parts must add up to it: this confirms only."""
    index, position = at
    if total.match.value < FEWEST_TOLD_AFTER or not 0 <= facts.of(index).sums_up < total.match.start:
        return None
    by_sentence = facts.by_sentence
    before = [
        *(f for i in range(index - SENTENCES_AROUND, index) for f in by_sentence.get(i, [])),
        *by_sentence[index][:position],
    ][-LOOK_AHEAD:]
    sums_up = facts.of(index).sums_up
    # parts printed "hơn", "gần" only where the sum-up word opens the sentence: "KTNN yêu cầu … thu hồi số
    # tiền … sai quy định trong năm 2015 và 2016, tổng số tiền gần 26 tỷ đồng" is not the "hơn 10 tỷ đồng"
    # and "gần 14 tỷ đồng" of the sentence before (baomoi-magizbox-21471117)
    rough = _LETTER_OR_DIGIT.search(total.sentence.text, 0, sums_up) is None
    run: list[FigureItem] = []
    agreed: list[FigureItem] | None = None
    for f in reversed(before):
        if agreed is not None and f.sentence is not agreed[0].sentence:
            break
        if _counts_beside(f, total) and run:
            return agreed  # "Hà Tĩnh được cấp 1.000 tỷ, … Quảng Trị 500 tỷ": sums not read as money lie between
        if not _same_noun(f, total) or f.match.per is not None:
            continue
        if _may_add_to(f, total, used, rough=rough) is None:
            return agreed
        run.insert(0, f)
        adds_up = _run_adds_up(total, run)
        if adds_up is None:
            return agreed
        if adds_up and all(p.match.qualifier == "exact" for p in run):
            return run
        if adds_up and sum_agrees(sum(p.match.value for p in run), total.match.value, total.match.qualifier):
            # rough parts agree over a span, so the ones before them in their sentence may agree too; the
            # values printed must agree as well: "56.600 tỷ đồng … hơn 41.600 tỷ đồng,... Tổng cộng, … gần
            # 110.000 tỷ đồng" lists two of more sources (baomoi-magizbox-22261793)
            agreed = list(run)
    return agreed


def _told_after(total: FigureItem, facts: _Facts, index: int, used: set[int]) -> list[FigureItem] | None:
    """The figures of the total's very noun in the next three sentences, from the first on, when they
    add up to it: "… vụ nổ súng khiến 19 người thương vong …. … đưa 3 bị can … về … nơi xảy ra vụ nổ súng
    khiến 3 người chết và 16 người khác bị thương" (baomoi-magizbox-22236089); "… tổng cộng 76 vụ phóng tên
    lửa …. … ông Kim đã có 59 vụ phóng thành công, 17 vụ thất bại" (baomoi-magizbox-22270042); a number before
    just any word too, read with its next two words: "… cho 8 thủ tục hành chính. Đó là, 5 thủ tục hành chính
    …; 3 thủ tục hành chính …" (baomoi-magizbox-21491318).

    This confirms and never contradicts, and only where nothing else explains the agreement: the total is
    an exact count of things (not money: "mua vào … 361,38 tỷ đồng. … bán ra … 356,45 tỷ đồng. … mua ròng
    4,93 tỷ đồng" adds up by arithmetic alone), the only figure of its noun in its sentence ("Nhà 25 m2 …
    cao hơn nhà 50 m2" compares, baomoi-magizbox-22333846), and opens no parts or list of its own there
    ("cảnh cáo đối với 7 đảng viên, gồm: ông …" names its seven; "Ngoài ra, … khiển trách 3 đảng viên ….
    Phê bình … 4 đảng viên" are others, vietnews-train-019722); the first part stands in the very next
    sentence ("… với 120 đoàn viên tham gia. Báo cáo …. Từ 40 đoàn viên khi thành lập CĐ, … kết nạp thêm 80
    đoàn viên" tells a story, not the 120) and the list does not run on past the parts that add up."""
    if not _stands_alone(total, facts) or facts.of(index).nouns[_noun_key(total)] > 1:
        return None
    by_sentence = facts.by_sentence
    following = [f for i in range(index + 1, index + SENTENCES_AROUND + 1) for f in by_sentence.get(i, [])]
    following = following[:LOOK_AHEAD]
    run: list[FigureItem] = []
    for f in following:
        if not _same_noun(f, total) or f.match.per is not None:
            continue
        if _may_add_to(f, total, used) is None or (not run and not _next_told(f, index, by_sentence)):
            return None  # the parts begin in the very next sentence: one said later is another statement
        run.append(f)
        adds_up = _run_adds_up(total, run)
        if adds_up is not False:
            ends = len(f.sentence.text)
            if run[0].sentence.index != index + 1 and not _closed_in_one(run):
                return None
            return run if adds_up and not _goes_on(f, following, ends, total) else None
    return None


def _closed_in_one(run: list[FigureItem]) -> bool:
    """Whether parts told past a sentence of no figure stand in one sentence, the last joined by "và": "… tạm
    đình chỉ công tác đối với 3 cán bộ kiểm lâm … và kỷ luật … khiển trách 2 cán bộ kiểm lâm"
    (baomoi-magizbox-22273220), not "Từ 40 đoàn viên khi thành lập CĐ, hiện nay, CĐ cơ sở đã kết nạp thêm 80
    đoàn viên", a story of the 120 of the lead (baomoi-magizbox-22713621)."""
    first, last = run[0], run[-1]
    if len(run) < 2 or any(p.sentence is not first.sentence for p in run):
        return False
    return AND.search(first.sentence.text, run[-2].match.end, last.match.start) is not None


def _next_told(part: FigureItem, index: int, by_sentence: dict[int, list[FigureItem]]) -> bool:
    """Whether a part stands in the sentence after the total's, or in the one after that where the one
    between holds no figure: a caption under a lead ("5 cán bộ kiểm lâm … đã bị kỷ luật …. Rừng phòng hộ bị
    tàn phá với diện tích lớn. Ảnh: … vừa ký quyết định tạm đình chỉ công tác đối với 3 cán bộ kiểm lâm … và
    kỷ luật với hình thức khiển trách 2 cán bộ kiểm lâm …", baomoi-magizbox-22273220)."""
    at = part.sentence.index
    return at == index + 1 or (at == index + 2 and index + 1 not in by_sentence)


ROUGH_TOTALS = frozenset({"over", "nearly", "about"})  # "hơn 80", "gần 70", "khoảng 2.000" people told after
FEWEST_TOLD_AFTER = 3  # "2 tổ hợp môn" of one major and 1 + 1 of the next two: small counts recur


def _stands_alone(total: FigureItem, facts: _Facts) -> bool:
    """Whether a total may take its parts from the next sentences with no word that announces them: a count of
    things, of three or more, whose sentence opens no parts or list of its own after it. It may be printed
    "hơn", "gần" where it is round and its parts are exact ("khiến hơn 80 người thương vong. … khiến 22 người
    thiệt mạng và 59 người bị thương", baomoi-magizbox-22356166): a precise "hơn 1.070" leaves too little room
    to tell parts from chance."""
    count = total.match
    if count.currency is not None or count.value < FEWEST_TOLD_AFTER:
        return False
    if count.qualifier != "exact" and not (count.qualifier in ROUGH_TOTALS and _round(count.value)):
        return False
    return facts.of(total.sentence.index).last_opener < total.match.end


def _noun_key(fig: FigureItem) -> str:
    return fig.match.currency or _folded_noun(fig)


def _folded_noun(fig: FigureItem) -> str:
    """The figure's noun, case and spaces aside: "Dự  án" and "dự án" are one noun. A number before just
    any word is read with the two words after it ("8 thủ tục hành chính": "thủ tục"), so that it names the
    same things as another only where both words agree; with fewer, it names nothing."""
    if fig.match.rule != LOOSE_RULE:
        return fig.match.folded_noun
    after = _WORD.findall(fig.sentence.text, fig.match.num_end, fig.match.num_end + LOOSE_NOUN_REACH)
    return " ".join(w.casefold() for w in after[:LOOSE_NOUN_WORDS]) if len(after) >= LOOSE_NOUN_WORDS else ""


@dataclass(frozen=True)
class _SentenceFacts:
    sums_up: int  # where the first word that sums up stands, -1 if none
    last_opener: int  # where the last word that opens parts stands, -1 if none
    nouns: Counter[str]  # the figures of each noun (or currency)


class _Facts:
    """What the readings across sentences ask of a sentence, found once per sentence: a table flattened
    into one sentence holds thousands of figures, and asking per figure would take their square."""

    def __init__(self, by_sentence: dict[int, list[FigureItem]]) -> None:
        self.by_sentence = by_sentence
        self._found: dict[int, _SentenceFacts] = {}

    def of(self, index: int) -> _SentenceFacts:
        if index not in self._found:
            figs = self.by_sentence[index]
            text = figs[0].sentence.text
            first = SUMS_UP.search(text)
            openers = [m.start() for m in find_every(OPEN_PARTS, text)]
            self._found[index] = _SentenceFacts(
                first.start() if first else -1, openers[-1] if openers else -1, Counter(map(_noun_key, figs))
            )
        return self._found[index]
