"""Counts followed by the items they count: names, people with their titles, lists after a
colon, quotations."""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Iterator

import regex

from solieu.cues import cue, words
from solieu.link.items import EnumerationItem, FigureItem
from solieu.link.prechecks import tail_after
from solieu.location import is_place_name
from solieu.numbers import parse_digits, parse_words
from solieu.rules import GROUPS, alternation, classes_with, rule_by_id

_ENUM_HEAD = cue("enumerations", "list.head")
_ANNOUNCED = cue("enumerations", "list.announced")
_BARE_IS = cue("enumerations", "list.bare_is")
# The next count in the sentence ends a list: "… hai cán bộ gồm: bà A; bà B; Ba người … gồm bà C"
_NEXT_COUNT = cue("enumerations", "list.next_count")


@functools.lru_cache(maxsize=16)
def _next_counts(text: str) -> tuple[int, ...]:
    """Where a count of people starts in a sentence, found once: a flattened table is one
    sentence of thousands of figures, and searching it again from each took minutes."""
    return tuple(m.start() for m in _NEXT_COUNT.finditer(text))


def _next_count(text: str, pos: int) -> int:
    """Where the next count of people at or after `pos` starts (the end of the text if none)."""
    starts = _next_counts(text)
    i = bisect.bisect_left(starts, pos)
    return starts[i] if i < len(starts) else len(text)


_DURATIONS = frozenset(words("enumerations", "list.durations"))
_ENUM_ITEM = cue("enumerations", "list.name")
HONORIFIC_NAME = cue("enumerations", "honorific.name")
BARE_NAME = cue("enumerations", "bare.name")
_ROMAN = regex.compile(r"[IVXLCDM]+")
_ENUM_SEP = cue("enumerations", "list.separator")
_ANCHOR_BEFORE = cue("enumerations", "list.anchor_before")


def heads_no_list(fig: FigureItem) -> bool:
    """A count whose noun class lists nothing, or that measures a span of time: what follows it is
    no list of its things."""
    return fig.match.noun_class in classes_with("no_list") or fig.match.head_noun in _DURATIONS


def find_enumeration(fig: FigureItem) -> EnumerationItem | None:
    """Items named right after a count: `3 xã Thái Ninh, Quảng Nạp, Năng Yên`, a list of people
    with their titles, a list after a colon (`4 lĩnh vực: giáo dục, đào tạo, …`), or quotations.

    A list that does not visibly end (a last "và" item, or the end of the clause) is kept only
    when it agrees with its count: an open list is no evidence of a mismatch.
    """
    if heads_no_list(fig):
        return None  # "trong ba năm qua: …" says what happened in that time, not which years
    text = fig.sentence.text
    base = fig.sentence.start
    head = _ENUM_HEAD.match(text, fig.match.end)
    pos = head.end() if head else fig.match.end
    colon = bool(head and _ANNOUNCED.search(head.group(0)))
    is_list = bool(head and head.group("is_list"))  # "… là A và B": a list that can only confirm
    # "3 giảm là "giảm cung, giảm cầu và giảm tác hại"": a list after a bare "là" may be read, to confirm only
    read_on = colon or is_list or _bare_is(text, head)
    if not read_on and _lower_list_after_is(fig, text, head):
        read_on = is_list = True  # "hai điều là thiết kế và thực thi.": a list that can only confirm
    shared = _shared_list(fig, text)
    if shared:
        return EnumerationItem(fig, [(base + a, base + b) for a, b in shared], base + shared[-1][1])
    if rule_by_id(fig.match.rule).any_noun and not read_on:
        # a number and any word: only a list it announces ('4 mức:', '"5 xây" -'), places, or names right after it
        found = (
            _place_list(text, fig.match.end)
            or _dashed_names(fig, text)
            or _names_after_noun(fig, text)
            or _names_in_brackets(fig, text)
            or _phrases_in_brackets(fig, text)
            or _names_before(fig, text)
            or _far_list(fig, text, pos)
            # "mạch 3 Vũng Áng - Dốc Sỏi … bao gồm: …" (baomoi-magizbox-21481738): a number before a name labels it
            or (_far_semicolon_list(fig, text) if fig.match.noun[:1].islower() else None)
        )
    elif HONORIFIC_NAME.match(text, pos):
        # a list of people with their titles in apposition: count the names, not the commas
        limit = _next_count(text, pos)
        names = honorific_names(text, pos, limit)
        spans = [(base + a, base + b) for a, b in names]
        loose = bool(head and head.group("loose"))
        if len(names) < 2 or 2 * len(names) < fig.match.value or (loose and len(names) != fig.match.value):
            # "hai xã Thạch Văn và Thạch Hội … là bà Nguyễn Thị Truyền": the far person is not the list
            return _confirming(fig, _names_after_noun(fig, text)) if loose else None
        untitled = _bare_person(text, names[-1][1], limit) if len(names) != fig.match.value else None
        if untitled and len(names) + 1 == fig.match.value and _last_named(text, untitled, limit):
            # "gồm: bà A., ông B. (39 tuổi) và Dương Hoàng Đ. (13 tuổi)" (baomoi-magizbox-22476201): the last untitled
            last = (base + untitled.start("name"), base + untitled.end("name"))
            return EnumerationItem(fig, [*spans, last], last[1])
        if untitled:
            return None  # "…, vợ là bà B (SN 1968), con trai: C …": someone named without a title may follow
        return EnumerationItem(fig, spans, base + names[-1][1])
    elif head and head.group("bracket"):
        close = text.find(")", pos)
        found = colon_list(text, pos, close, fig.match.value) if close > pos else None
    elif head and head.group("dash"):
        found = colon_list(text, pos, _clause_end(text, pos, ";"), fig.match.value)
    else:
        found = _first_agreeing(
            fig.match.value,
            lambda: name_list(text, pos),
            lambda: _quoted_list(text, fig.match.end) or (_quoted_list(text, pos) if head else None),
            # after "là" alone a semicolon ends the list: "… là EU và ASEAN; ủng hộ việc sớm ký EVFTA …"
            lambda: (
                colon_list(
                    text, pos, _clause_end(text, pos, "" if colon else ";", _next_count(text, pos)), fig.match.value
                )
                if read_on
                else None
            ),
            lambda: _number_list(text, pos) if read_on else None,
            lambda: _place_list(text, fig.match.end),
            lambda: _dashed_names(fig, text),
            lambda: _names_after_noun(fig, text),
            lambda: _names_in_brackets(fig, text),
            lambda: _phrases_in_brackets(fig, text),
            lambda: _names_before(fig, text),
            lambda: _people_among_titles(fig, text, pos),
            lambda: (
                _people_with_details(fig, text, pos, _clause_end(text, pos, "", _next_count(text, pos)))
                if read_on
                else None
            ),
            lambda: _far_list(fig, text, pos),
            lambda: _far_semicolon_list(fig, text),
        )
    if found is None:
        return None
    items, end, strict = found
    strict = strict and not _may_hide_a_separator(text, items)
    loose = bool(head and (head.group("loose") or head.group("comma_tail")))
    strict = strict and not (loose or is_list)  # it can only confirm its count
    # "Ba nước Baltic và Ba Lan": a name right after a count of places may say which ones (the three Baltic
    # states), so a bare list of places can only confirm its count
    bare = head is None or not head.group(0).strip()
    strict = strict and not (bare and fig.match.noun_class in classes_with("place"))
    agrees = len(items) == fig.match.value
    # "bảng G của Hà Nội FC … 4 đội gồm A, B và C": the one named before may be the fourth
    strict = strict and not (len(items) + 1 == fig.match.value and _ANCHOR_BEFORE.search(text, 0, fig.match.start))
    if len(items) < 2 or (not agrees and not (strict and 2 * len(items) >= fig.match.value)):
        return None  # "39.381 xe Quattroporte, Ghibli và Levante" names kinds, not each one counted
    return EnumerationItem(fig, [(base + a, base + b) for a, b in items], base + end)


Reading = tuple[list[tuple[int, int]], int, bool]


def _last_named(text: str, bare: regex.Match[str], limit: int) -> bool:
    """Whether a person named without a title after "và" closes a list of people named with theirs: no one
    else, with a title or without, is named after them before `limit`."""
    return bool(bare.group("and")) and not (
        _bare_person(text, bare.end(), limit) or HONORIFIC_NAME.search(text, bare.end(), limit)
    )


def _bare_person(text: str, pos: int, limit: int) -> regex.Match[str] | None:
    """The first person named without ông / bà between `pos` and `limit`: a place of the gazetteer
    is no one ("… (trú phường 5, thành phố Hồ Chí Minh)")."""
    return next((m for m in BARE_NAME.finditer(text, pos, limit) if not is_place_name(m["name"])), None)


def _first_agreeing(count: float, *readers: Callable[[], Reading | None]) -> Reading | None:
    """The first reading with as many items as `count`, else the first found: the readers are asked in
    turn, and those after one that agrees are not asked at all.

    >>> _first_agreeing(2, lambda: None, lambda: ([(0, 1)], 1, False), lambda: ([(0, 1), (2, 3)], 3, True))
    ([(0, 1), (2, 3)], 3, True)
    >>> _first_agreeing(3, lambda: ([(0, 1), (2, 3)], 3, False), lambda: None)
    ([(0, 1), (2, 3)], 3, False)
    """
    first = None
    for read in readers:
        found = read()
        if found and len(found[0]) == count:
            return found
        first = first or found
    return first


def _confirming(fig: FigureItem, found: tuple[list[tuple[int, int]], int, bool] | None) -> EnumerationItem | None:
    """The reading as the count's list, if it has as many items as the count says."""
    if found is None or len(found[0]) != fig.match.value:
        return None
    base = fig.sentence.start
    return EnumerationItem(fig, [(base + a, base + b) for a, b in found[0]], base + found[1])


def _bare_is(text: str, head: regex.Match[str] | None) -> bool:
    """Whether the count is followed by "là" alone and then a name or a quotation: "3 giảm là "giảm
    cung, …"", "hai gương mặt … là Ưng Hoàng Phúc và Thanh Thảo". A lower-case word after "là" says
    what the count is ("2 lần là các cặn bẩn bị bong ra"), and "là" must be a word ("4 van, làm mát")."""
    if head is None or not _BARE_IS.search(head.group(0)) or not head.group(0)[-1:].isspace():
        return False
    after = text[head.end() : head.end() + 1]
    return after.isupper() or after in _OPENING_QUOTES


_OPENING_QUOTES = frozenset('"“')
_LOWER_AND = cue("enumerations", "list.lower_and")


def _lower_list_after_is(fig: FigureItem, text: str, head: regex.Match[str] | None) -> bool:
    """Whether the count is followed by "là" alone and a short list of lower-case words closed by "và" at
    the end of its clause: "hai phía là giáo viên và gia đình." A count that measures ("15 năm là trung
    thực và hợp pháp") says how long, not which; one of people is described by what follows."""
    if head is None or not _BARE_IS.search(head.group(0)) or not head.group(0)[-1:].isspace():
        return False
    if fig.match.head_noun in _NOT_A_HEAD or fig.match.noun_class in classes_with("people"):
        return False  # "6 người nữa là anh em và môn đệ" says who they are, not which
    return bool(_LOWER_AND.match(text, head.end()))


def _may_hide_a_separator(text: str, items: list[tuple[int, int]]) -> bool:
    """Whether an item is as long as two of the others: "Hòa Xá, Đại Cường Đội Bình, Đại Hùng" names two
    communes without their comma, and "Lukaku, Lewandowski Eric Dier và Nemanja Matic" two footballers
    (baomoi-magizbox-22582644), so a count of one more is no evidence of a mismatch.

    >>> _may_hide_a_separator("Đồng Tân, Trung Tú, Đại Cường Đội Bình", [(0, 8), (10, 18), (20, 38)])
    True
    >>> _may_hide_a_separator("Morata, Lukaku, Lewandowski Eric Dier", [(0, 6), (8, 14), (16, 37)])
    True
    >>> _may_hide_a_separator("Sơn La, Hưng Yên, Ninh Thuận", [(0, 6), (8, 16), (18, 28)])
    False
    """
    sizes = sorted(len(text[a:b].split()) for a, b in items)
    usual = sizes[len(sizes) // 2]
    shortest_two = sizes[0] + sizes[1] if len(sizes) > 2 else len(text)
    return sizes[-1] >= max(4, 2 * usual) or sizes[-1] >= max(3, shortest_two)


def honorific_names(text: str, pos: int, limit: int) -> list[tuple[int, int]]:
    """People named with ông/bà/đồng chí; the one after "và" is the last, its titles end at ";".

    "… hai đảng viên gồm bà A, nguyên Bí thư …, và ông B, nguyên quyền Bí thư …; Khiển trách ông C"
    names two: C is the next clause's.
    """
    names: list[tuple[int, int]] = []
    for m in HONORIFIC_NAME.finditer(text, pos, limit):
        if m.start() >= limit:
            break
        names.append(m.span("name"))
        if len(names) > 1 and _LAST_JOIN.search(text, names[-2][1], m.start()):
            stop = text.find(";", m.end(), limit)
            if stop != -1:
                limit = stop
    return names


_LAST_JOIN = cue("enumerations", "list.last_join")


def name_list(text: str, pos: int, *, acronyms: bool = False) -> tuple[list[tuple[int, int]], int, bool] | None:
    """Capitalised names separated by commas, the last after "và"; with `acronyms`, names in capitals
    too ("Saudia Arabia, UAE, Kuwait"), where the list must agree with its count anyway."""
    items: list[tuple[int, int]] = []
    strict = False
    while True:
        item = _ENUM_ITEM.match(text, pos)
        if not item or _ROMAN.fullmatch(item.group("name")) or (item.group("name").isupper() and not acronyms):
            break  # roman numerals (khóa XII) and abbreviations (ĐH, CĐ) are not names
        items.append(item.span("name"))
        pos = item.end()
        sep = _ENUM_SEP.match(text, pos)
        if not sep:
            break  # a list that just stops is open: only an exact count confirms it
        if sep.group("and"):
            last = _ENUM_ITEM.match(text, sep.end())
            if last:
                items.append(last.span("name"))
                pos = last.end()
                # closed by "và", unless yet another name follows: "Toán và Ngữ văn (…) và Ngoại ngữ"
                after = _ENUM_SEP.match(text, pos)
                strict = not (after and _ENUM_ITEM.match(text, after.end()))
            break
        pos = sep.end()
    return (items, pos, strict) if len(items) >= 2 else None


_NOUN_TAIL = cue("enumerations", "list.noun_tail")
_NOT_A_HEAD = frozenset(words("enumerations", "list.not_a_head"))
_RELATING = frozenset(words("enumerations", "list.relating_words"))
_COUNTED_HEADS = frozenset(words("enumerations", "list.counted_heads"))
_BRACKET_AFTER = cue("enumerations", "list.bracket_after")
_CLOSING_BRACKET = regex.compile(r"\s*\)")


def _names_no_things(fig: FigureItem) -> bool:
    """Whether the count's noun measures ("4 tuổi", "9 điểm") or is no noun at all but a word that relates
    the number to something else, read as its noun by a count of any word ("bán kết 2 giữa Real Madrid và
    Club America", "cơ sở 2 của BV Bạch Mai và BV Việt Đức"): names beside it are not its things. A word
    that calls people ("hai bà Ngô Thị Thanh Hằng và Nguyễn Thị Bích Ngọc") or opens a noun ("hai thị trường")
    is the noun of what is counted."""
    noun = fig.match.noun.casefold()
    relates = noun in _RELATING and noun not in _COUNTED_HEADS
    return fig.match.head_noun in _NOT_A_HEAD or (relates and rule_by_id(fig.match.rule).any_noun)


def _relates(phrase: str) -> bool:
    """Whether a word of the phrase relates the count to something else ("của", "ở", "được")."""
    return any(w in _RELATING for w in phrase.casefold().split())


def _names_in_brackets(fig: FigureItem, text: str) -> tuple[list[tuple[int, int]], int, bool] | None:
    """Names in a bracket after the count's noun phrase, filling it: "7 quốc gia Hồi giáo (Iran, Iraq,
    Lybia, Yemen, Somalia, Sudan, Syria)", "2 thanh niên (là Trần Văn Diện và Nguyễn Văn Dương)". An aside
    may name only some ("(trong đó …)"), so the names only confirm the count."""
    if _names_no_things(fig):
        return None
    head = _BRACKET_AFTER.match(text, fig.match.end)
    if not head or _relates(head.group("words")):
        return None
    found = name_list(text, head.end(), acronyms=True)
    if not found or not _CLOSING_BRACKET.match(text, found[1]) or places_for_people(fig, text, found[0]):
        return None  # the names must fill the bracket
    words = head.group("words").split()
    after_a_name = bool(words) and words[-1][:1].isupper()
    if after_a_name and not found[2] and len(found[0]) < FEWEST_AFTER_A_NAME:
        return None  # "2 đơn nam Gerry Weber Open (Halle, Đức)": where the name before is, not a list
    return found[0], found[1], False


FEWEST_AFTER_A_NAME = 4  # names in a bracket after a proper name, without "và", that make a list, not a place
_SYLLABLE = regex.compile(r"\p{L}+")


def _relates_alone(fig: FigureItem, head: regex.Match[str]) -> bool:
    """Whether a word that relates the count to something else stands in the head's words as a word of its own:
    inside a compound of the segmenter it is a syllable ("bản" of "7 bệnh cơ bản (…)", "nước" of "2 đội nước
    ngoài (…)"), not a preposition or a place's level."""
    for m in _SYLLABLE.finditer(head.string, *head.span("words")):
        if m.group().casefold() in _RELATING and fig.sentence.word_at(m.start()) == m.span():
            return True
    return False


_PLAIN_BRACKET = cue("enumerations", "list.bracket_plain")
LONGEST_BRACKET_ITEM = 5  # words of a phrase listed in a bracket: longer ones are an aside's clauses
_DIGIT = regex.compile(r"\d")


def _phrases_in_brackets(fig: FigureItem, text: str) -> tuple[list[tuple[int, int]], int, bool] | None:
    """Short phrases filling a bracket right after the count's noun phrase, the last after "và": "3 ngành
    (hành pháp, tư pháp và lập pháp)", "2 vòng chấm (sơ khảo và chung khảo)". A bracket there also holds an
    aside ("6 tầng (có gác lửng và tum)"), so only a list as long as the count is read, to confirm it; a
    number in the bracket makes it a date or a breakdown, not a list."""
    if _names_no_things(fig):
        return None
    head = _PLAIN_BRACKET.match(text, fig.match.end)
    if not head or _relates_alone(fig, head):
        return None
    start = head.end()
    close = text.find(")", start)
    if close == -1 or "(" in text[start:close] or _DIGIT.search(text, start, close):
        return None
    found = colon_list(text, start, close, fig.match.value)
    items = found[0] if found is not None else []
    if len(items) != fig.match.value or any(len(text[a:b].split()) > LONGEST_BRACKET_ITEM for a, b in items):
        return None
    if not _AND.search(text, items[-2][1], items[-1][0]):
        return None  # the last joined by "và", not an aside after a comma: "2 thôn (Hoàng Các và Nại Khê, thuộc xã …)"
    return items, close, False


def _names_after_noun(fig: FigureItem, text: str) -> tuple[list[tuple[int, int]], int, bool] | None:
    """Names right after the count's noun phrase, closed by "và" or "cùng": "hai đội Wigan và Manchester
    City", "3 cán bộ kiểm lâm Trần Hữu Trung, Lê Duy Khánh và Nguyễn Hữu Nam". Nothing says the names are
    all the things counted ("7 nước Trung Đông và Bắc Phi" names regions), so the list only confirms its
    count; names of places are no people's ("2 cán bộ Hà Nội và Hải Phòng"). Names joined by commas alone
    close too where the sentence ends with them ("hai ông Vũ Văn Đảo, Đinh Văn Quyết.")."""
    if _names_no_things(fig):
        return None
    tail = _NOUN_TAIL.match(text, fig.match.end)
    if not tail:
        return None
    found = name_list(text, tail.end())
    if not found or not _closes(text, found, fig.match.value):
        # names in capitals ("2 đai IBF và WBA") make the list only where they are as many as the count
        found = name_list(text, tail.end(), acronyms=True)
        found = found if found and len(found[0]) == fig.match.value else None
    if not found or not _closes(text, found, fig.match.value):
        return None  # a list that does not visibly close may run on into the clause
    if _relates(tail.group("words")) and _relates(text[_noun_word_end(fig) : tail.end()]):
        return None  # the segmenter (a word-segmentation run) is asked last, only for a list that closes
    items = found[0]
    return None if places_for_people(fig, text, items) else (items, found[1], False)


_NUMBERS = cue("enumerations", "list.numbers")


def _number_list(text: str, pos: int) -> tuple[list[tuple[int, int]], int, bool] | None:
    """Numbers after "là" / "gồm", each perhaps after the same word, the last after "và": "ba độ tuổi quy
    hoạch là dưới 55, dưới 50 và dưới 45" (vietnews-train-095155), "4 tùy chọn khác nhau là 17, 18, 19 và 20
    inch". They only confirm the count.

    >>> text = "là dưới 55, dưới 50 và dưới 45."
    >>> [text[a:b] for a, b in _number_list(text, 3)[0]]
    ['dưới 55', 'dưới 50', 'dưới 45']
    """
    found = _NUMBERS.match(text, pos)
    if not found:
        return None
    return list(found.spans("item")), found.end(), False


_DASHED = cue("enumerations", "list.dashed")
_DASH = regex.compile(r"\s*[-–]\s*")


def _dashed_names(fig: FigureItem, text: str) -> tuple[list[tuple[int, int]], int, bool] | None:
    """Names joined by dashes right after the count's noun: "cho cả hai miền Nam - Bắc" (vietnews-val-015385),
    "ba nước Campuchia - Lào - Việt Nam". One name each between the dashes; they only confirm the count.

    >>> _DASH.split("Nga-Thổ Nhĩ Kỳ-Iran")
    ['Nga', 'Thổ Nhĩ Kỳ', 'Iran']
    """
    found = _DASHED.match(text, fig.match.num_end)
    if not found:
        return None
    start, end = found.span("names")
    items = []
    for piece in _DASH.finditer(text, start, end):
        items.append((start, piece.start()))
        start = piece.end()
    items.append((start, end))
    return items, end, False


def _noun_word_end(fig: FigureItem) -> int:
    """Where the word holding the count's noun ends: a count of any word reads one syllable as its noun, and
    the segmenter says whether the next ones belong to it ("5 đô thị vệ tinh Hòa Lạc, …", "2 thủ thành
    Patricio và Ochoa"), so that they are not read as words that relate the count to the names."""
    word = fig.sentence.word_at(fig.match.end - 1) if fig.match.end > fig.match.start else None
    return max(fig.match.end, word[1]) if word else fig.match.end


def _closes(text: str, found: tuple[list[tuple[int, int]], int, bool], count: float) -> bool:
    """Whether a list of names visibly closes: its last name after "và", its commas alone up to the end of
    the sentence, or, where it has as many names as the count, its commas alone up to a lower-case word that
    goes on with the clause ("3 thị trường Nhật Bản, Đài Loan, Hàn Quốc chiếm tới 90%",
    baomoi-magizbox-21476341)."""
    if found[2] or _commas_to_the_end(text, found):
        return True
    items, end, _ = found
    if len(items) != count:
        return False
    # "giữa 2 võ sĩ Murthel Groenhart và Harut Grigorian, Groenhart đã hạ …" (baomoi-magizbox-22511883): the
    # name after the comma opens the next clause, as many names as the count having closed with "và"
    # and commas alone before it ("gồm: Phạm Ngọc Tuân, Giám đốc; Lê Văn Quang và …" mixes names and titles)
    closed_by_and = bool(_AND.fullmatch(text, items[-2][1], items[-1][0])) and bool(_COMMA.match(text, end))
    return _bare_commas(text, items[:-1]) and (
        closed_by_and
        or (
            _bare_commas(text, items)
            and (bool(_CLAUSE_GOES_ON.match(text, end)) or _clause_after_comma(text, items, end))
        )
    )


def _clause_after_comma(text: str, items: list[tuple[int, int]], end: int) -> bool:
    """Whether a comma after the last of as many names as the count is followed by a lower-case word that
    goes on with the sentence (list.comma_clause): "tổ chức 25 hội nghị, hội thảo ở 3 miền Bắc, Trung, Nam,
    lấy ý kiến 2 vòng …" (vietnews-train-019788), "tại 3 xã: Phượng Tiến, Trung Hội, Bộc Nhiêu, góp phần mở ra
    …" (baomoi-magizbox-21481011): the names end there, the comma closing the list as the clause goes on."""
    return "," in text[items[-1][1] : end] and bool(_COMMA_CLAUSE.match(text, end))


def _bare_commas(text: str, items: list[tuple[int, int]]) -> bool:
    """Whether the names are joined by commas alone: a word between two ("3 xã Nghi Xá, huyện Nghi Lộc")
    says the next is something else."""
    return all(_BARE_COMMA.fullmatch(text[a[1] : b[0]]) for a, b in itertools.pairwise(items))


_CLAUSE_GOES_ON = cue("enumerations", "list.clause_goes_on")
_COMMA_CLAUSE = cue("enumerations", "list.comma_clause")
_BARE_COMMA = regex.compile(r"\s*,\s*")
_COMMA = regex.compile(r"\s*,")
_SENTENCE_CLOSE = regex.compile(r"[ \t]*(?:[.;!?](?=\s|$)|\n|$)")


def _commas_to_the_end(text: str, found: tuple[list[tuple[int, int]], int, bool]) -> bool:
    """Whether a list of names without "và" is bare names joined by commas alone and ends its sentence:
    "cấm xuất cảnh tới năm 2018 đối với hai ông Vũ Văn Đảo, Đinh Văn Quyết." (baomoi-magizbox-21480718). A
    word between two names ("3 xã Nghi Xá, huyện Nghi Lộc") says the next is something else."""
    items, end, _ = found
    return _bare_commas(text, items) and bool(_SENTENCE_CLOSE.match(text, end))


_SURNAMES = frozenset(GROUPS["surnames"])


def _people_among_titles(fig: FigureItem, text: str, pos: int) -> tuple[list[tuple[int, int]], int, bool] | None:
    """The people of a list whose names and titles are separated alike by commas: "2 cán bộ … là Hồ Trường
    Sơn, Trạm trưởng và Lê Văn Tài, kiểm lâm địa bàn" (baomoi-magizbox-22273220) names two people and a
    title. Only the names that begin with a surname are kept, to confirm a count of people."""
    found = name_list(text, pos) if fig.match.noun_class in classes_with("people") else None
    if not found:
        return None
    people = [(a, b) for a, b in found[0] if text[a:b].split()[0] in _SURNAMES]
    return (people, found[1], False) if len(people) >= 2 and len(people) < len(found[0]) else None


def _people_with_details(
    fig: FigureItem, text: str, pos: int, end: int
) -> tuple[list[tuple[int, int]], int, bool] | None:
    """The people of a list after a colon or "gồm" whose names are followed by their age and title, all
    separated by commas: "2 cán bộ … gồm: Nguyễn Bá Việt, 41 tuổi, trưởng phòng đào tạo và Hoàng Đại Phong,
    phó trưởng phòng đào tạo" (vietnews-train-077078). The names that begin with a surname, the first right
    after the head and the last right after "và", confirm a count of people."""
    if fig.match.noun_class not in classes_with("people"):
        return None
    people = [
        (a, b)
        for a, b in names_in(text, pos, end)
        if 2 <= len(text[a:b].split()) <= MOST_NAME_WORDS and text[a:b].split()[0] in _SURNAMES
    ]
    if len(people) < 2 or people[0][0] != pos or not _LAST_AND_BEFORE.search(text, people[-2][1], people[-1][0]):
        return None
    return None if places_for_people(fig, text, people) else (people, end, False)


MOST_NAME_WORDS = 4  # syllables of a person's name: more is a name and a title
_LAST_AND_BEFORE = cue("enumerations", "list.last_join")


_FAR_INTRO = cue("enumerations", "list.far_intro")
_FAR_GAP = frozenset(words("enumerations", "list.far_gap"))
_POINTER_BEFORE = cue("enumerations", "list.pointer_before")
_LATER_NUMBER = cue("follow_lists", "follow.later_count")
FAR_REACH = 300  # characters after the count in which the word introducing its items is looked for


def _far_list(fig: FigureItem, text: str, head_end: int) -> tuple[list[tuple[int, int]], int, bool] | None:
    """The items of a count introduced some words after it, in its sentence: "Ban Thường vụ … kỷ luật 3 đảng
    viên thuộc Đảng bộ … do vi phạm …, gồm ông A, ông B và ông C". Each introducing word (list.far_intro) up
    to the sentence's end is tried in turn; a list after it confirms the count only when it has as many
    items and closes (names: the last after "và"). Nothing may stand between that counts again or makes
    the list some of them ("trong đó", list.far_gap)."""
    if _names_no_things(fig) or not 2 <= fig.match.value <= MOST_FAR_ITEMS:
        return None
    limit = _next_count(text, head_end)  # the next count of people after the count's head ends its list
    end = min(limit, fig.match.end + FAR_REACH, _clause_end(text, fig.match.end))
    for intro in _FAR_INTRO.finditer(text, fig.match.end, end):
        gap = text[fig.match.end : intro.start()]
        # "hai diễn viên chính là A và B": the word before a bare "là" says which, not what
        pointer = _POINTER_BEFORE.search(gap) if intro.group("is") else None
        if later_count(gap) or _far_gap_word(gap[: pointer.start()] if pointer else gap):
            return None  # a later count owns what follows, or the list is some of them
        pos = intro.end()
        if HONORIFIC_NAME.match(text, pos):
            names = honorific_names(text, pos, limit)
            found: tuple[list[tuple[int, int]], int, bool] | None = (names, names[-1][1], False) if names else None
        else:
            found = name_list(text, pos)
            found = found if found and _closes(text, found, fig.match.value) else None
            if found is None:  # names in capitals among them ("4 doanh nghiệp còn lại là Sông Đà, IDICO, HUD, VICEM")
                found = name_list(text, pos, acronyms=True)
                found = found if found and _closes(text, found, fig.match.value) else None
            if found is None:  # after "là" / "như", names of several words: "Sân khấu Điện Ảnh"
                found = _short_phrases(text, pos, _clause_end(text, pos, "", limit), fig.match.value)
                found = found if found and (intro.group("open") or _all_capitalised(text, found[0])) else None
        if found and len(found[0]) == fig.match.value and not places_for_people(fig, text, found[0]):
            return found[0], found[1], False
    return None


_FAR_COLON = cue("enumerations", "list.far_colon")


def _far_semicolon_list(fig: FigureItem, text: str) -> tuple[list[tuple[int, int]], int, bool] | None:
    """Items split by ";" after a colon that ends a long clause after the count, perhaps holding another
    count: "chỉ có 3 trường công an được giao chỉ tiêu … cho cả hai miền Nam - Bắc: Học viện An ninh nhân dân
    tuyển 375 chỉ tiêu; học viện Cảnh sát nhân dân …; đại học Phòng cháy chữa cháy …" (vietnews-val-015385).
    The list runs to the sentence's end; it confirms the count only where it has as many items and no
    count of the clause between has as many too (the nearer count may be the one listed)."""
    if not 2 <= fig.match.value <= MOST_FAR_ITEMS or fig.match.value != int(fig.match.value):
        return None
    head = _FAR_COLON.match(text, fig.match.end)
    stretch = text[fig.match.end : head.end()] if head else ""
    if head is None or stretch.count("(") != stretch.count(")") or _counts_between(text, fig.match.end, head.end() - 1):
        return None  # "(bộ số: …": a colon in an aside; "2 chiến công …, tặng 3 đơn vị … gồm:": the nearer count's list
    end = _clause_end(text, head.end())
    chunk = text[head.end() : end]
    if ";" not in _BRACKETED.sub("", chunk):
        return None
    items: list[tuple[int, int]] = []
    offset = head.end()
    for piece in split_outside_brackets(chunk, ";"):
        lead = _LEADING_AND.match(piece)
        skip = lead.end() if lead else len(piece) - len(piece.lstrip())
        stripped = piece[skip:].rstrip()
        if not stripped or len(stripped.split()) > LONGEST_ITEM:
            return None
        items.append((offset + skip, offset + skip + len(stripped)))
        offset += len(piece) + 1
    if len(items) != fig.match.value:
        return None
    return items, items[-1][1], False


def _counts_between(text: str, start: int, end: int) -> bool:
    """Whether a number in text[start:end] counts things the list after `end` may be, as `later_count`
    says; one whose own names follow it, joined by dashes, up to `end` has its list ("cho cả hai miền Nam -
    Bắc:", vietnews-val-015385).

    >>> text = " được giao chỉ tiêu cho cả hai miền Nam - Bắc:"
    >>> _counts_between(text, 0, len(text) - 1)
    False
    >>> text = " xuất sắc này, tặng 3 đơn vị tham gia chuyên án gồm:"
    >>> _counts_between(text, 0, len(text) - 1)
    True
    """
    for number in _counting_numbers(text, start, end):
        names = _DASHED.match(text, number.start() + len(number.group(0).split()[0]))  # from the number's end
        if names is None or text[names.end() : end].strip():
            return True
    return False


def later_count(text: str) -> bool:
    """Whether a number in text, the stretch after a count, counts things of its own that what follows may
    list. A number that measures (list.measures: years, an age, a score) owns no list: "5 người bạn thân (khi
    ấy cùng 19 tuổi) gồm John Wardlaw, …" (baomoi-magizbox-22638390), "Ba ngành lấy từ 28 điểm trở lên gồm Báo
    chí, Đông phương học, Quan hệ công chúng" (edu2025-30d3443ed1f5).

    >>> later_count(" lấy từ 28 điểm trở lên gồm ")
    False
    >>> later_count(" hoàn thành 19 tiêu chí, đó là ")
    True
    """
    return next(_counting_numbers(text, 0, len(text)), None) is not None


def _counting_numbers(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """The numbers in text[start:end] before a word (follow.later_count) that count, not measure (list.measures)."""
    for number in _LATER_NUMBER.finditer(text, start, end):
        noun = _WORD.match(text, number.end() - 1)
        if noun is None or noun.group(0).casefold() not in _MEASURES:
            yield number


_WORD = regex.compile(r"\p{L}+")
_MEASURES = frozenset(words("enumerations", "list.measures"))


def _short_phrases(text: str, pos: int, end: int, count: float) -> tuple[list[tuple[int, int]], int, bool] | None:
    """Phrases after a colon-less head split at commas, each of a few words, the last after "và": "7 nhóm
    đối tượng thiệt hại … gồm khai thác hải sản, nuôi trồng thủy sản, sản xuất muối, …"."""
    found = colon_list(text, pos, end, count)
    if not found or len(found[0]) < 2:
        return None
    items = found[0]
    if not _AND.search(text, items[-2][1], items[-1][0]) or any(
        len(text[a:b].split()) > LONGEST_FAR_PHRASE for a, b in items
    ):
        return None
    return found


def _all_capitalised(text: str, items: list[tuple[int, int]]) -> bool:
    """Whether every item opens with a capital: names, perhaps of several words ("Sân khấu Điện Ảnh")."""
    return all(text[a : a + 1].isupper() for a, _ in items)


LONGEST_FAR_PHRASE = 8  # words of a phrase of a far list: a longer one is a clause
MOST_FAR_ITEMS = 12  # items of a far list: a longer one is read only after its own head


def _far_gap_word(gap: str) -> bool:
    """Whether a word of list.far_gap stands in the stretch between a count and a far introducer."""
    folded = _FAR_GAP_KEPT.sub(" ", gap.casefold()).split()
    return any(w in _FAR_GAP for w in folded) or any(f"{a} {b}" in _FAR_GAP for a, b in itertools.pairwise(folded))


# "4 em còn lại là A, B, C, D": the ones that remain are all of them, though "còn" alone makes the list some
_FAR_GAP_KEPT = regex.compile(
    r"(?<![\p{L}])" + alternation(words("enumerations", "list.far_gap_kept")) + r"(?![\p{L}])"
)


_BEFORE_COUNT = cue("enumerations", "list.before_count")
_BEFORE_COUNT_TAIL = tail_after(_BEFORE_COUNT, "list")  # what closes the names: a comma, "là", a bracket
_CAPITALISED = cue("enumerations", "list.capitalised")
BEFORE_REACH = 250  # characters before the count in which the names it gathers are looked for


def _names_before(fig: FigureItem, text: str) -> tuple[list[tuple[int, int]], int, bool] | None:
    """Names that the count gathers after them: "Hải Phòng và Hà Nam là hai tỉnh đã đạt …", "Melbourne,
    Sydney và Brisbane, ba thành phố …". The names may be only some of those counted, or the subject of
    a sentence whose count is something else, so they only confirm a count of the same number; names
    after a preposition ("giữa Chelsea và Arsenal là 9 điểm") are where or whose the count is, unless the
    first of them, followed by a comma, ends a phrase that opens the sentence and the others are as many as
    the count ("theo báo cáo … của Công ty TNHH Savills Việt Nam, Hà Nội và TP Hồ Chí Minh là hai đô thị").
    A name may follow its honorific ("Ông Sven Kinast (52 tuổi) và bà Mariola Kuwaczka (49 tuổi) là hai du
    khách"), which is no part of it."""
    if _names_no_things(fig):
        return None
    window = max(0, fig.match.start - BEFORE_REACH)
    if not _BEFORE_COUNT_TAIL.search(text, window, fig.match.start):
        return None  # most counts follow no comma, "là" or bracket: the names cannot close here
    found = _BEFORE_COUNT.search(text, window, fig.match.start)
    if not found:
        return None
    items = [without_honorific(text, a, b) for a, b in names_in(text, *found.span("list"))]
    if len(items) == fig.match.value + 1 and _opens_the_sentence(text, items):
        items = items[1:]  # "Tại thị trường Mỹ, Outlander và Outlander Sport là hai mẫu xe": Mỹ ends the opening phrase
    elif found.group("lead"):
        return None
    if len(items) < 2 or places_for_people(fig, text, items):
        return None
    return items, fig.match.end, False


_PHRASE_BEFORE = cue("enumerations", "list.phrase_before")
_NAME_AND_COMMA = regex.compile(r"[^,]+,\s*")
PHRASE_WORD_REACH = 20  # characters before a name in which the lower-case word before it is looked for


def _opens_the_sentence(text: str, items: list[tuple[int, int]]) -> bool:
    """Whether the first of the names before a count ends a phrase that opens the sentence ("Tại thị trường
    Mỹ, …", "… của Công ty TNHH Savills Việt Nam, Hà Nội và TP Hồ Chí Minh là hai đô thị"): a lower-case
    word right before it (list.phrase_before), and a comma alone after it."""
    first = items[0][0]
    opening = _PHRASE_BEFORE.search(text, max(0, first - PHRASE_WORD_REACH), first)
    return bool(opening) and len(items) > 1 and bool(_NAME_AND_COMMA.fullmatch(text, first, items[1][0]))


def without_honorific(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a name without the honorific it opens with ("Ông Sven Kinast")."""
    titled = HONORIFIC_NAME.match(text, start, end)
    return titled.span("name") if titled and titled.end() == end else (start, end)


def names_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the capitalised names of text[start:end], outside brackets: "Đặng Thị Bình (SN 1994,
    ở Kinh Môn) và Nguyễn Thị Hồng Ngát" names two.

    >>> text = "Đặng Thị Bình (SN 1994, ở Kinh Môn) và Nguyễn Thị Hồng Ngát"
    >>> [text[a:b] for a, b in names_in(text, 0, len(text))]
    ['Đặng Thị Bình', 'Nguyễn Thị Hồng Ngát']
    """
    return [m.span() for m in _CAPITALISED.finditer(text, start, end) if not _inside_brackets(text, m.start())]


def _inside_brackets(text: str, pos: int) -> bool:
    """Whether `pos` stands inside a bracket opened before it and not yet closed."""
    opened = text.rfind("(", 0, pos)
    return opened != -1 and text.rfind(")", opened, pos) == -1


def places_for_people(fig: FigureItem, text: str, items: list[tuple[int, int]]) -> bool:
    """Whether a count of people would be given places for its items ("2 cán bộ Hà Nội và Hải Phòng"
    names where they work): names of the gazetteer are no people's."""
    return fig.match.noun_class in classes_with("people") and any(is_place_name(text[a:b]) for a, b in items)


_QUOTED = cue("enumerations", "list.quoted")
_GAP = regex.compile(r"(?:\s+\p{Ll}+){0,3}")


def _quoted_list(text: str, pos: int) -> tuple[list[tuple[int, int]], int, bool] | None:
    """Quoted names after the noun: hai phong trào "Xây dựng chùa tinh tiến" và "…"."""
    gap = _GAP.match(text, pos)
    pos = gap.end() if gap else pos
    items = []
    while m := _QUOTED.match(text, pos):  # each quotation right after the last: match, not a search to the end
        items.append(m.span("item"))
        pos = m.end()
    return (items, pos, True) if len(items) >= 2 else None


def _clause_end(text: str, pos: int, stops: str = "", end: int | None = None) -> int:
    """Where the sentence (or the first of `stops`) ends after `pos`, reading no further than `end` (the
    text's end if None; the text is not cut there, a long table's sentence being one text for all its counts)."""
    end = len(text) if end is None else end
    stop = _clause_stop(stops).search(text, pos, end)
    return stop.start() if stop else end


@functools.cache
def _clause_stop(stops: str) -> regex.Pattern[str]:
    """The end of a sentence, or any of `stops`, compiled once for each set of stops."""
    return regex.compile(r"[.!?](?:\s|$)" + "".join(f"|{regex.escape(c)}" for c in stops))


_YEARS = regex.compile(r"(?<!\d)(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?!\d)")
_BRACKETED = regex.compile(r"\([^()]*\)")
_LEADING_AND = cue("enumerations", "list.leading_and")


def colon_list(text: str, pos: int, end: int, count: float) -> tuple[list[tuple[int, int]], int, bool] | None:
    """Items after a colon, a dash or "(gồm", split on semicolons if there are any, else on commas.

    Items split on semicolons may be long ("Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực (…)");
    a last item may be joined by "và", and "và" may also sit inside a name ("Bộ Kế hoạch và Đầu tư"),
    so both readings of the last item are tried and the one that agrees with the count is kept.
    Years in an item ("nhiệm kỳ 2015-2020") are no figures; numbers in more than one item are a
    breakdown, not a list.
    """
    chunk = text[pos:end]
    separator = ";" if ";" in _BRACKETED.sub("", chunk) else ","  # a semicolon in brackets splits nothing
    longest = LONGEST_ITEM if separator == ";" else LONGEST_COMMA_ITEM
    pieces: list[tuple[int, int]] = []
    offset = pos
    for piece in split_outside_brackets(chunk, separator):
        lead = _LEADING_AND.match(piece)
        skip = lead.end() if lead else len(piece) - len(piece.lstrip())
        stripped = piece[skip:].rstrip()
        if not stripped:
            return None
        pieces.append((offset + skip, offset + skip + len(stripped)))
        offset += len(piece) + 1
    if sum(1 for a, b in pieces if counted_part(text[a:b])) > 1:
        return None  # "ĐH 160; CĐ 74": a breakdown of numbers
    readings = [_split_last_and(text, pieces), pieces]
    if separator == ";":  # "Lò Văn Huynh, Nguyễn Thanh Nhàn (…); Nguyễn Thị Hồng Nga (…); …": a comma too
        names = [p for a, b in pieces for p in _comma_pieces(text, a, b)]
        if all(text[a].isupper() for a, _ in names):  # names only: lower-case pieces are phrases
            readings.append(names)
    items = next((r for r in readings if len(r) == count), readings[0])
    if sum(1 for a, b in items if _OPENING_COUNT.match(text, a, b)) > 1:
        return None  # "4 phòng học khang trang và 1 bếp ăn …": parts counted, however long, split at "và"
    if len(items) == count and separator == ",":
        longest = LONGEST_AGREEING_COMMA_ITEM  # as many items as the count: a longer item is still one
    if any(len(_BRACKETED.sub("", text[a:b]).split()) > longest for a, b in items):
        return None  # prose, not a list
    return (items, end, False) if len(items) >= 2 else None


def _comma_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of text[start:end] split at commas outside brackets, stripped."""
    out, offset = [], start
    for piece in split_outside_brackets(text[start:end], ","):
        skip = len(piece) - len(piece.lstrip())
        out.append((offset + skip, offset + len(piece.rstrip())))
        offset += len(piece) + 1
    return [(a, b) for a, b in out if b > a]


LONGEST_ITEM = 45  # words of an item split on semicolons: a resolution's tasks run long
LONGEST_COMMA_ITEM = 12  # on commas: "vùng kinh tế trọng điểm Đồng bằng sông Cửu Long" is one item
LONGEST_AGREEING_COMMA_ITEM = 20  # "hợp tác đầu tư chưa có ý kiến của cơ quan có thẩm quyền" (14)
SHORTEST_STATEMENT = 6  # words from which an item holding a number states something, not a part


def split_outside_brackets(chunk: str, separator: str) -> list[str]:
    """The pieces of a chunk split at each separator outside brackets: "Bắc Bộ (gồm 7 tỉnh, thành phố),
    Trung Bộ (5 tỉnh, thành phố)" is two pieces.

    >>> split_outside_brackets("A (x, y), B, C", ",")
    ['A (x, y)', ' B', ' C']
    """
    pieces, depth, last = [], 0, 0
    for i, char in enumerate(chunk):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == separator and depth == 0:
            pieces.append(chunk[last:i])
            last = i + 1
    return [*pieces, chunk[last:]]


_NUMBER = regex.compile(r"(?<![\p{L}\d])\d")  # a number, not a code such as D01
_OPENING_COUNT = regex.compile(r"\d+\s+\p{Ll}")  # a count and its noun, not a percent or a model number


def counted_part(item: str) -> bool:
    """Whether a piece of a list is a part of a breakdown: a number (not a year) in a few words.

    >>> counted_part("ĐH 160"), counted_part("nhiệm kỳ 2015-2020"), counted_part("C03 (Ngữ văn, Toán)")
    (True, False, False)
    >>> counted_part("Có 85% các doanh nghiệp, đơn vị có tổ chức Công đoàn thương lượng")
    False

    """
    bare = _YEARS.sub("", _BRACKETED.sub("", item))  # "Nam Bộ (8 tỉnh, thành phố)": the count is an aside
    return bool(_NUMBER.search(bare)) and len(bare.split()) < SHORTEST_STATEMENT


_AND = cue("enumerations", "list.and")


def _split_last_and(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces with the last one split at its last "và" outside brackets: "…, Thông Tấn xã Việt Nam
    và Ban cán sự đảng"; "… và sư phạm kinh tế gia đình (ngưng tuyển bậc CĐ với 2 ngành giáo dục mầm non
    và giáo dục tiểu học)" (baomoi-magizbox-21475208) is split before the bracket, an aside on the last item."""
    if not pieces:
        return pieces
    last_start, last_end = pieces[-1]
    joins = [j for j in _AND.finditer(text, last_start, last_end) if _depth(text, last_start, j.start()) == 0]
    if not joins:
        return pieces
    return [*pieces[:-1], (last_start, joins[-1].start()), (joins[-1].end(), last_end)]


def _depth(text: str, start: int, at: int) -> int:
    """How many brackets opened since `start` are still open at `at`."""
    return text.count("(", start, at) - text.count(")", start, at)


_PLACE = cue("enumerations", "place.item")
_PLACE_LIST = cue("enumerations", "place.list")
_CLAUSE_STOP = regex.compile(r"[.;:!?]")


def _place_list(text: str, pos: int) -> tuple[list[tuple[int, int]], int, bool] | None:
    """Places named with their level, in the count's clause: "3 trung tâm … thuộc Hội Luật gia quận 3,
    huyện Hóc Môn và huyện Củ Chi"."""
    window = min(len(text), pos + 160)  # looked at only this far: a table's sentence is long
    clause = _CLAUSE_STOP.search(text, pos, window)
    found = _PLACE_LIST.search(text, pos, clause.start() if clause else window)
    if not found:
        return None
    items = [(m.start(), m.end()) for m in _PLACE.finditer(text, found.start(), found.end())]
    return (items, found.end(), False) if len(items) >= 2 else None


_SECOND_COUNT = cue("enumerations", "shared.second_count")
_FIRST_COUNT = cue("enumerations", "shared.first_count")
_LIST_HEAD = cue("enumerations", "shared.list_head")


def _shared_list(fig: FigureItem, text: str) -> list[tuple[int, int]] | None:
    """One list for two counts, places first: "10 tỉnh và 5 cơ quan Trung ương gồm Sơn La; Hưng Yên, …,
    Quảng Ngãi, Bộ Kế hoạch và Đầu tư; …". The list is shared only when it holds exactly both counts
    and its first items are places and the rest are not; each count then gets its own items."""
    second = _SECOND_COUNT.match(text, fig.match.end) if fig.match.noun_class in classes_with("place") else None
    if second:
        places, others, start = fig.match.value, _value(second.group("num")), second.end()
        mine = slice(0, int(places))
    else:
        first = _FIRST_COUNT.search(text, max(0, fig.match.start - 40), fig.match.start)
        head = _LIST_HEAD.match(text, fig.match.end) if first else None
        if not first or not head:
            return None
        places, others, start = _value(first.group("num")), fig.match.value, head.end()
        mine = slice(int(places), None)
    end = _clause_end(text, start, ":")
    pieces = _split_last_and(text, [m.span("item") for m in _PIECE.finditer(text, start, end)])
    if pieces:
        last_start, last_end = pieces[-1]
        verb = _TRAILING_WORDS.search(text, last_start, last_end)  # "… Ban cán sự đảng Chính phủ cho thấy: …"
        if verb and text[last_start].isupper():
            pieces[-1] = (last_start, verb.start())
    if not places or not others or len(pieces) != places + others:
        return None
    kinds = [is_place_name(text[a:b]) for a, b in pieces]
    if not all(kinds[: int(places)]) or any(kinds[int(places) :]):
        return None
    return pieces[mine]


_PIECE = regex.compile(r"\s*(?P<item>[^,;\s](?:[^,;]*[^,;\s])?)\s*")
_TRAILING_WORDS = cue("enumerations", "shared.trailing_words")


def _value(token: str) -> float:
    return parse_digits(token) if token[0].isdigit() else (parse_words(token) or 0)
