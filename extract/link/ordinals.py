"""Items announced by a count and then given a sentence each, numbered in words: "… với bốn nhóm
chức năng. Một là khu đào tạo … Hai là khu ký túc xá … Ba là … Cuối cùng là hệ thống giao thông …".
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from solieu.cues import cue, words
from solieu.link.items import EnumerationItem, FigureItem
from solieu.link.prechecks import folded_text, sentences_after
from solieu.numbers import parse_words
from solieu.rules import classes_with
from solieu.segment import Paragraphs

_NUMBERED = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_ORDINALS = tuple(tuple(words("ordinals", key)) for key in _NUMBERED)
_LAST = frozenset(words("ordinals", "last"))
_NEXT = frozenset(words("ordinals", "next"))
_NOUN_FIRST = frozenset(words("ordinals", "noun_first"))
_OPENER = cue("ordinals", "ordinal.opener")
_NOUN_OPENER = cue("ordinals", "ordinal.noun_opener")
# the count closes its sentence or a colon follows; a year may stand between (" … năm 2017:"), and the rest of
# a long noun phrase ("hai nguyên nhân chính khiến Cộng hòa Séc trở nên hấp dẫn …, bên cạnh phong cảnh đẹp …",
# baomoi-magizbox-21511692): the numbered sentences after it must still be exactly as many as the count
ANNOUNCE_REACH = 200  # characters from the count to its sentence's end or colon
_YEAR = r"(?<![\d.,/])(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?!\d|[.,/]\d)"
_ANNOUNCED = regex.compile(rf"(?:[^.;!?\d]|{_YEAR}){{0,{ANNOUNCE_REACH}}}(?::|[.!?]?\s*$)")
_MOST_SENTENCES = 40
# sentences of one item before the next ordinal: "Thứ nhất, …" may be explained at length (baomoi-magizbox-22569159)
_MOST_GAP = 8
# sentences between the count and its first item when the count's own noun opens it ("gồm 4 bước, …", a quotation
# and a photo caption, then "Bước đầu tiên …", vietnews-train-095155); "Một là …" must follow the count at once
_MOST_BEFORE_FIRST = 4


def ordinals_after(fig: FigureItem, paragraphs: Paragraphs) -> EnumerationItem | None:
    """The items numbered "Một là …, Hai là …" (or "Thứ nhất, Thứ hai") after a count that closes
    its sentence; kept only when there are as many as the count says."""
    if not 2 <= fig.match.value <= len(_ORDINALS) or fig.match.noun_class in classes_with("no_list"):
        return None
    if not _ANNOUNCED.fullmatch(fig.sentence.text, fig.match.end):
        return None
    items: list[tuple[int, int]] = []
    gap = 0
    text = paragraphs.text
    for start, end in sentences_after(paragraphs, fig.sentence.end, _MOST_SENTENCES):
        word, named = _opening_ordinal(fig, text, start, end, len(items))
        if word in _LAST and items:
            items.append((start, end))
            break
        if len(items) < len(_ORDINALS) and word in _ORDINALS[len(items)] and (named or not gap or items):
            items.append((start, end))
            gap = 0
            continue
        if not items and word:
            return None  # another list begins first
        gap += 1
        if not items and gap > _MOST_BEFORE_FIRST:
            return None  # the next sentences do not begin the list
        if gap >= _MOST_GAP:
            break
    if len(items) != fig.match.value:
        return None
    return EnumerationItem(fig, items, items[-1][1])


def _opening_ordinal(fig: FigureItem, text: str, start: int, end: int, place: int) -> tuple[str, bool]:
    """The words that number the sentence text[start:end] as an item ("hai là", "cuối cùng"), folded; or
    those after the count's own noun ("Bước thứ ba, …", "Nhóm cuối cùng là …"), read as the ordinal of the
    item's `place` where they give it ("Bước đầu tiên", "Bước tiếp theo"): "" if none; and whether the
    count's noun opened them."""
    opener = _OPENER.match(text, start, end)
    if opener:
        return " ".join(opener.group("word").casefold().split()), False
    named = _NOUN_OPENER.match(text, start, end)
    if not named or " ".join(named.group("noun").casefold().split()) != fig.match.folded_noun:
        return "", False
    word = " ".join(named.group("word").casefold().split())
    if word in _NOUN_FIRST:
        return (_ORDINALS[0][0] if place == 0 else ""), True
    if word in _NEXT:
        return (_ORDINALS[place][0] if 0 < place < len(_ORDINALS) else ""), True
    return word, True


_INLINE_HEAD = cue("ordinals", "ordinal.inline_head")
_INLINE = cue("ordinals", "ordinal.inline")
INLINE_REACH = 3000  # characters after the count in which its numbered items are read
INLINE_GAP = 1200  # characters of one item before the next ordinal


def ordinals_within(fig: FigureItem, paragraphs: Paragraphs) -> EnumerationItem | None:
    """The items numbered in words from within the count's own sentence on: "Có 2 nhiệm vụ ưu tiên, thứ
    nhất là …, thứ hai là …", "3 điểm: thứ nhất, … . Thứ 2, … . Thứ ba, …". Each item runs to the next
    ordinal; kept only when there are as many as the count says (the last item's end is not visible)."""
    if not 2 <= fig.match.value <= len(_ORDINALS) or fig.match.noun_class in classes_with("no_list"):
        return None
    text = paragraphs.text
    head = _INLINE_HEAD.match(text, fig.end, min(len(text), fig.sentence.end))
    if head is None:
        return None
    starts: list[tuple[int, int]] = []  # each item's ordinal: its start and end
    last = False
    for m in _INLINE.finditer(text, head.end(), min(len(text), head.end() + INLINE_REACH)):
        word = " ".join(m.group("word").casefold().split())
        if starts and m.start() - starts[-1][1] > INLINE_GAP:
            break
        if len(starts) < len(_ORDINALS) and word in _ORDINALS[len(starts)]:
            starts.append(m.span())
        elif word in _LAST and starts:
            starts.append(m.span())
            last = True
            break
        elif any(word in ranked for ranked in _ORDINALS):
            return None  # an ordinal out of its order: no list numbered from this count
    if len(starts) != fig.match.value or (last and len(starts) < 2):
        return None
    items = []
    for i, (a, b) in enumerate(starts):
        stop = _ITEM_END.search(text, b, starts[i + 1][0] if i + 1 < len(starts) else len(text))
        end = stop.start() if stop else starts[i + 1][0]
        while end > b and (text[end - 1].isspace() or text[end - 1] == ","):
            end -= 1
        items.append((a, end))
    return EnumerationItem(fig, items, items[-1][1])


_ITEM_END = regex.compile(r"[;.!?\n]")  # an item numbered in words ends with its clause


# the noun may go on by a word the figure left out ("5 cấp" of "5 cấp độ"), then the number
_LABEL_NUMBER = r"(?:\s+\p{Ll}+)?\s+(?P<n>\d{1,2}(?!\d|[.,/]\d)|\p{L}+)(?![\p{L}])"
MOST_LABELLED = 10
_LABEL_SENTENCES = 12
_LABEL_REACH = 3000  # characters after the count where its first label must stand


def labels_after(fig: FigureItem, paragraphs: Paragraphs) -> EnumerationItem | None:
    """Items named in the sentences after a count by its own noun and their number: "Có 5 cấp độ phản
    hồi … Ở cấp độ một, … Cấp độ 2 … thuộc cấp độ 3. Đối với cấp độ 4, … Ở cấp độ 5, …".

    Kept only when the labels run from one to the count and no label past it follows, so it
    confirms a count and never contradicts one (a label may be skipped by a sentence on another topic).
    """
    count = int(fig.match.value)
    noun = " ".join(fig.match.noun.split())
    if not 2 <= count <= MOST_LABELLED or count != fig.match.value or len(noun) < 2:
        return None
    text = paragraphs.text
    folded = noun.casefold()
    if not any(_labels(text, fig.end, fig.end + _LABEL_REACH, folded)):
        return None  # settled before splitting anything: most nouns do not come back numbered
    items: list[tuple[int, int]] = []
    for start, end in sentences_after(paragraphs, fig.sentence.end, _LABEL_SENTENCES):
        for span, token in _labels(text, start, end, folded):
            n = _label_value(token)
            if n == len(items) + 1:
                items.append(span)
            elif n is not None and n > count:
                return None  # more labels than the count: another list, or a count of something else
    if len(items) != count:
        return None
    return EnumerationItem(fig, items, items[-1][1])


_AFTER_NOUN = regex.compile(_LABEL_NUMBER)


def _labels(text: str, start: int, end: int, folded: str) -> Iterator[tuple[tuple[int, int], str]]:
    """The labels in text[start:end]: the noun (compared case-folded, as a whole word) and the number
    after it, each as its span and the number's token. A plain search for the noun, then one match:
    no pattern is compiled per noun."""
    window = text[start:end]
    whole = folded_text(text)  # one folding for every count of the article, when it keeps the offsets
    lowered = whole[start:end] if whole is not None else window.casefold()
    if len(lowered) != len(window):
        return  # a letter whose folding changes the length: offsets would not hold
    i = lowered.find(folded)
    while i != -1:
        after = _AFTER_NOUN.match(window, i + len(folded)) if i == 0 or not lowered[i - 1].isalpha() else None
        if after:
            yield (start + i, start + after.end()), after.group("n")
        i = lowered.find(folded, i + 1)


def _label_value(token: str) -> int | None:
    """The number of a label, in digits or in words."""
    if token.isdigit():
        return int(token)
    value = parse_words(token)
    return int(value) if value is not None and value.is_integer() else None
