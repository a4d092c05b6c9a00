"""Items announced by a count and opened one after the other by a marker that numbers them: "… 4 yêu
cầu: Thứ nhất, … Thứ hai, …", "… hai nguyên nhân. Một là …, hai là …", "5 bước …, cụ thể: Bước 1: …
Bước 2: …", "3 nhóm: 1. … 2. … 3. …", "(i) … và (ii) …", inline or over the sentences and paragraphs
after the count.

The markers say where each item starts, never where the last one ends (an item without a marker,
"còn lại là …", may follow), so such a list confirms its count and never contradicts it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from solieu.cues import cue, words
from solieu.link.items import EnumerationItem, FigureItem
from solieu.rules import classes_with
from solieu.segment import Paragraphs

_HEAD = cue("sequences", "sequence.head")
_MARKER = cue("sequences", "sequence.marker")
_CLAUSE_START = cue("sequences", "sequence.clause_start")
_ORDINAL_KEYS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_ORDINAL_RANKS = {w: i for i, key in enumerate(_ORDINAL_KEYS, 1) for w in words("ordinals", key)}
_LETTERS = {w: i for i, w in enumerate(words("enumerations", "lines.letters"), 1)}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_LAST = 0  # the rank of "Cuối cùng": the last item, whatever its number
_GROUPS = ("named", "ordinal", "last", "opening", "label", "bracket_number", "number", "letter", "roman")
_SENTENCE_START = regex.compile(r"(?:^|[.!?\n])\s*$")
_SPACE = regex.compile(r"\s*")
_WORD_START = regex.compile(r"(?<=^|[\s(])\S")
_ITEM_END = regex.compile(r"[.!?](?=\s|$)|\n")
MOST_ITEMS = 10
ITEM_REACH = 1500  # characters from one marker to the next: an item may run a paragraph of its own
NUMBER_REACH = 600  # the same for digits and letters, which also open other things
MOST_BREAKS = 3  # paragraph breaks an item may span before the next marker
MOST_COMMAS = 4  # commas of the count's phrase before its first item
LOOK_BACK = 12  # characters before an ordinal in words where its clause must start


@dataclass(frozen=True)
class _Marker:
    """One marker: how it numbers (its style), its rank (`_LAST` for the closing one), where it
    starts and where its item's text starts."""

    style: str
    rank: int
    start: int
    end: int


def sequence_after(fig: FigureItem, paragraphs: Paragraphs) -> EnumerationItem | None:
    """The items numbered one by one right after a count, kept only when there are as many as the
    count says and the numbering does not go on past them."""
    count = int(fig.match.value)
    if not 2 <= count <= MOST_ITEMS or count != fig.match.value or fig.match.noun_class in classes_with("no_list"):
        return None
    text = paragraphs.text
    first = _first_marker(text, fig.end)
    if first is None:
        return None
    markers = [first]
    while len(markers) <= count:
        following = _next_marker(text, paragraphs, markers[-1])
        if following is None:
            break
        markers.append(following)
        if following.rank == _LAST:
            break
    if len(markers) != count:
        return None
    items = [(m.start, _item_end(text, m, n)) for m, n in zip(markers, [*markers[1:], None], strict=True)]
    return EnumerationItem(fig, items, items[-1][1])


_TAKEN_UP_AFTER = cue("sequences", "sequence.taken_up_after")
_TAKEN_UP_BEFORE = cue("sequences", "sequence.taken_up_before")
_DATED = cue("sequences", "sequence.dated")
_SENTENCE_BEFORE = regex.compile(r"(?r)[.!?](?=\s)|\n")
OPENING_REACH = 60  # characters of its sentence before a count that takes up the items just numbered
# numbered points are statements: a count of places or bodies after them counts those the points name ("Một là về
# đất quốc phòng … Bộ Quốc phòng. Hai là … gửi Bộ Nông nghiệp … . Trên cơ sở ý kiến của hai bộ này",
# dantri-unc-news_society_069)
_NO_POINTS = classes_with("no_list") | classes_with("place")


def sequence_before(fig: FigureItem, paragraphs: Paragraphs) -> EnumerationItem | None:
    """The items numbered one by one just before a count that takes them up, the last in the sentence
    right before the count's: "Thứ hai, … . Thứ ba, … . Nếu thuộc trong 3 trường hợp ấy …", "… Thứ hai,
    còn hạn chế … . Đấy là 2 nội dung …". The first may go unnumbered, the sentence before "Thứ hai"
    (a speaker's first point). Kept only when the numbering runs down to the second item, as many as the
    count, and confirms it: nothing says an unnumbered item did not come before."""
    count = int(fig.match.value)
    if not 2 <= count <= MOST_ITEMS or count != fig.match.value or fig.match.noun_class in _NO_POINTS:
        return None
    sentence = fig.sentence.text
    if fig.match.start > OPENING_REACH:
        return None
    if not (_TAKEN_UP_AFTER.match(sentence, fig.match.end) or _TAKEN_UP_BEFORE.search(sentence, 0, fig.match.start)):
        return None
    text = paragraphs.text
    window = max(0, fig.sentence.start - ITEM_REACH * count)
    taken = _numbered_before(text, window, fig.sentence.start, count)
    if taken is None:
        return None
    items = [(m.start, _item_end(text, m, n)) for m, n in zip(taken, [*taken[1:], None], strict=True)]
    if taken[0].rank == 2:  # the first point said without its number: the sentence before "Thứ hai"
        first = _unnumbered_first(text, window, taken[0])
        if first is None:
            return None
        items.insert(0, first)
    return EnumerationItem(fig, items, fig.end) if len(items) == count else None


def _numbered_before(text: str, window: int, start: int, count: int) -> list[_Marker] | None:
    """The ordinals in words of text[window:start] that number the items down from `count` to the second
    or the first, each within reach of the next, the last opening the sentence right before `start`; a
    weekday with its date ("Thứ Hai, ngày 12/6") numbers nothing."""
    markers = [m for pos in _candidates(text, window, start, "ordinal") if (m := _marker(text, pos)) is not None]
    markers = [m for m in markers if m.style == "ordinal" and m.rank != _LAST]
    if not markers or markers[-1].rank != count or _DATED.match(text, markers[-1].end):
        return None
    last_end = _ITEM_END.search(text, markers[-1].end)
    if last_end is None or text[last_end.end() : start].strip():
        return None  # the last numbered item is not the sentence right before the count's
    taken = [markers[-1]]
    for m in reversed(markers[:-1]):
        if m.rank != taken[-1].rank - 1 or taken[-1].start - m.end > ITEM_REACH or _DATED.match(text, m.end):
            break
        taken.append(m)
        if m.rank == 1:
            break
    taken.reverse()
    return taken if taken[0].rank <= 2 else None


def _unnumbered_first(text: str, window: int, second: _Marker) -> tuple[int, int] | None:
    """The sentence before the second item's marker: the first item, said without its number."""
    boundary = _SENTENCE_BEFORE.search(text, window, max(window, second.start - 2))
    start = boundary.end() if boundary is not None else window
    start += len(text[start : second.start]) - len(text[start : second.start].lstrip())
    end = _trimmed_end(text, start, second.start)
    return (start, end) if end > start else None


def _first_marker(text: str, pos: int) -> _Marker | None:
    """The marker of the first item, right after the head that ends the count's phrase; a head that
    ends at a comma may go on to the next one ('5 bước rà soát, xác nhận hồ sơ, cụ thể: Bước 1')."""
    for _ in range(MOST_COMMAS):
        head = _HEAD.match(text, pos)
        if head is None:
            return None
        space = _SPACE.match(text, head.end())
        first = _marker(text, space.end() if space else head.end(), first=True)
        if first is not None and first.rank == 1:
            return first
        if not head.group(0).rstrip().endswith(","):
            return None
        pos = head.end()
    return None


def _marker(text: str, pos: int, *, first: bool = False) -> _Marker | None:
    """The marker at `pos`, if one opens an item there."""
    m = _MARKER.match(text, pos)
    if m is None:
        return None
    pos = min(m.start(g) for g in _GROUPS if m.group(g) is not None)  # an opening "và" is no part of it
    if m.group("ordinal") is not None:
        if not _CLAUSE_START.search(text, max(0, pos - LOOK_BACK), pos) and not first:
            return None
        if m.group("named") is not None and not (text[pos].isupper() and _SENTENCE_START.search(text, 0, pos)):
            return None  # "Việc thứ ba, …" opens a sentence; "… lần thứ hai" inside one numbers nothing
        word = " ".join(m.group("ordinal").casefold().split())
        digits = word.rsplit(" ", 1)[-1]
        rank = int(digits) if digits.isdigit() else _ORDINAL_RANKS.get(word)
        return _Marker("ordinal", rank, pos, m.end()) if rank else None
    if m.group("last") is not None:
        if first or not _CLAUSE_START.search(text, max(0, pos - LOOK_BACK), pos):
            return None
        return _Marker("ordinal", _LAST, pos, m.end())
    if m.group("opening") is not None:
        return _Marker("ordinal", 1, pos, m.end()) if first else None
    if m.group("label") is not None:
        label = " ".join(m.group("label").casefold().split())
        return _Marker("label " + label, int(m.group("label_number")), pos, m.end())
    if m.group("bracket_number") is not None:
        return _Marker("(n)", int(m.group("bracket_number")), pos, m.end())
    if m.group("number") is not None:
        return _Marker("n" + m.group("after").strip(), int(m.group("number")), pos, m.end())
    if m.group("letter") is not None:
        rank = _LETTERS.get(m.group("letter"))
        return _Marker("letter", rank, pos, m.end()) if rank else None
    rank = _ROMAN.get(m.group("roman"))
    return _Marker("roman", rank, pos, m.end()) if rank else None


def _next_marker(text: str, paragraphs: Paragraphs, last: _Marker) -> _Marker | None:
    """The marker of the next item: the first marker of the same style after `last`, within reach,
    when it numbers the next item (or closes the list); None when the numbering stops or restarts."""
    reach = ITEM_REACH if last.style == "ordinal" else NUMBER_REACH
    stop = min(len(text), last.end + reach, _breaks_end(paragraphs, last.end))
    for pos in _candidates(text, last.end, stop, last.style):
        found = _marker(text, pos)
        if found is None or found.style != last.style:
            continue
        return found if found.rank in (last.rank + 1, _LAST) else None
    return None


def _candidates(text: str, start: int, stop: int, style: str) -> list[int]:
    """Where a marker of `style` could start in text[start:stop]: after a space or a line break."""
    out = []
    for m in _WORD_START.finditer(text, start, stop):
        char = m.group(0)
        if style == "ordinal" and char.isalpha():
            out.append(m.start())
        elif style != "ordinal" and (char.isdigit() or char == "(" or char.isalpha()):
            out.append(m.start())
    return out


def _breaks_end(paragraphs: Paragraphs, pos: int) -> int:
    """Where the text `MOST_BREAKS` paragraphs after the one holding `pos` ends."""
    blocks = paragraphs.blocks
    k = bisect.bisect_right(blocks, (pos, len(paragraphs.text) + 1)) - 1
    k = min(len(blocks) - 1, max(0, k) + MOST_BREAKS)
    return blocks[k][1] if blocks else len(paragraphs.text)


def _item_end(text: str, marker: _Marker, following: _Marker | None) -> int:
    """The end of an item: before the next marker, else at the end of the last item's sentence,
    without trailing punctuation and spaces."""
    if following is not None:
        end = following.start
    else:
        stop = _ITEM_END.search(text, marker.end)
        end = stop.start() if stop else len(text)
    return _trimmed_end(text, marker.start, end)


def _trimmed_end(text: str, start: int, end: int) -> int:
    """`end` moved back over trailing spaces and punctuation, not before `start`."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;,:"):
        end -= 1
    return end
