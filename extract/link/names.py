"""People named in the sentences after a count: "11 Đảng viên bị xử lý kỷ luật. Cụ thể, ông A …
bị khiển trách. Bà B, …; và ông C … Các phó trưởng ban D, E và chi ủy viên F bị khiển trách."

Names without ông/bà come from underthesea's part-of-speech tagger (a proper noun, `Np`) that
begins with a Vietnamese surname; the tagger runs only on the few sentences that follow a count
of people and open with "Cụ thể" or "Trong đó", so its cost stays out of the common path.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

import regex

from solieu.cues import cue
from solieu.link.enumerations import HONORIFIC_NAME
from solieu.link.items import EnumerationItem, FigureItem
from solieu.link.prechecks import sentences_after
from solieu.location import is_place_name
from solieu.rules import GROUPS, classes_with
from solieu.segment import Paragraphs, align

SURNAMES = frozenset(GROUPS["surnames"])
# "Cụ thể" goes on over the next sentences; "Trong đó" names its people in one sentence.
_FOLLOW_UP = cue("names", "names.follow_up")
_NOT_A_PERSON_BEFORE = cue("names", "names.not_a_person_before")
_MOST_SENTENCES = 8
_MOST_PEOPLE = 30


def names_after(fig: FigureItem, paragraphs: Paragraphs) -> EnumerationItem | None:
    """The people named after a count of people in the sentences that follow it, kept only when
    their number agrees with the count: people named one by one may be only some of those counted
    ("Trong đó, ông A bị cảnh cáo"), so a different number is no evidence of a mismatch."""
    if fig.match.noun_class not in classes_with("people") or not 2 <= fig.match.value <= _MOST_PEOPLE:
        return None
    text = paragraphs.text
    opener = _FOLLOW_UP.match(text, paragraphs.next_start(fig.sentence.end))
    if not opener:
        return None  # settled before any sentence splitting: most counts of people are followed by no list
    reach = _MOST_SENTENCES if opener.group("more") else 1
    names: list[tuple[int, int]] = []
    seen: set[str] = set()
    for start, end in sentences_after(paragraphs, fig.sentence.end, reach):
        found = person_names(text[start:end])
        if not found:
            break  # the account of the people is over
        _add_new(names, seen, text, [(start + a, start + b) for a, b in found])
    if len(names) != fig.match.value:
        return None
    return EnumerationItem(fig, names, names[-1][1])


def _add_new(names: list[tuple[int, int]], seen: set[str], text: str, found: list[tuple[int, int]]) -> None:
    """Append the spans of `found` whose name is not in `seen` yet."""
    for a, b in found:
        key = text[a:b].casefold()
        if key not in seen:
            seen.add(key)
            names.append((a, b))


_RESUMPTION = cue("names", "names.resumption")
_SENTENCE_START = regex.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*")
RESUMPTION_REACH = 4000  # characters after the count in which its people may be taken up again


def names_resumed(fig: FigureItem, paragraphs: Paragraphs) -> EnumerationItem | None:
    """The people of a count named again in a later sentence that begins with those named already:
    "6 đảng viên được trao Huy hiệu Đảng. Trong đó, ông A … [sentences later] Ngoài ông A, các đảng viên
    nhận huy hiệu Đảng đợt này còn có ông B, …; bà C và ông D". Kept only when the sentence names the
    count's noun again and the people before and after make the count."""
    if fig.match.noun_class not in classes_with("people") or not 2 <= fig.match.value <= _MOST_PEOPLE:
        return None
    text = paragraphs.text
    noun = fig.match.noun.casefold()
    end = min(len(text), fig.sentence.end + RESUMPTION_REACH)
    for m in _RESUMPTION.finditer(text, fig.sentence.end, end):
        if not _SENTENCE_START.match(text, m.start()) or not m.group("noun").casefold().startswith(noun):
            continue
        names: list[tuple[int, int]] = []
        seen: set[str] = set()
        for group in ("before", "after"):
            base = m.start(group)
            _add_new(names, seen, text, [(base + a, base + b) for a, b in person_names(m.group(group))])
        if len(names) == fig.match.value:
            return EnumerationItem(fig, names, names[-1][1])
    return None


def person_names(sentence: str) -> list[tuple[int, int]]:
    """Spans of the people named in a sentence: after ông/bà/đồng chí, or a proper noun that
    begins with a surname ("Phó trưởng Ban … Võ Thị Thanh Hằng bị cảnh cáo")."""
    spans = [m.span("name") for m in HONORIFIC_NAME.finditer(sentence)]
    for start, end in _proper_nouns(sentence) if _may_name_a_person(sentence, spans) else ():
        word = sentence[start:end]
        syllables = word.split()
        if not 2 <= len(syllables) <= 4 or syllables[0] not in SURNAMES:
            continue
        if not all(s[:1].isupper() for s in syllables) or _NOT_A_PERSON_BEFORE.search(sentence[:start]):
            continue
        if is_place_name(word):
            continue  # "Ninh Bình", "Hà Nam", "Thái Bình" begin with surnames too
        if not any(a < end and start < b for a, b in spans):
            spans.append((start, end))
    return sorted(spans)


# every surname, longest first, matched case-sensitively wherever it starts (overlapped)
_SURNAME = regex.compile("|".join(regex.escape(name) for name in sorted(SURNAMES, key=lambda n: (-len(n), n))))


def _may_name_a_person(sentence: str, named: list[tuple[int, int]]) -> bool:
    """Whether a surname stands before white space and a capital somewhere in the sentence, outside
    the names already `named` after ông/bà and not after a word that makes it a place: a proper
    noun kept below needs one, so without it the tagger (30 ms a sentence) is not asked ("ông Trần
    Văn A bị cảnh cáo" names its person without it)."""
    for m in _SURNAME.finditer(sentence, overlapped=True):
        if any(a <= m.start() < b for a, b in named) or _NOT_A_PERSON_BEFORE.search(sentence[: m.start()]):
            continue  # a proper noun from here would overlap a name, or follow "tỉnh", "Thành phố"
        i = m.end()
        while i < len(sentence) and sentence[i].isspace():
            i += 1
        if i > m.end() and i < len(sentence) and sentence[i].isupper():
            return True
    return False


@lru_cache(maxsize=64)
def _proper_nouns(sentence: str) -> tuple[tuple[int, int], ...]:
    from underthesea import pos_tag

    tagged = pos_tag(sentence)
    spans = align(sentence, [word for word, _ in tagged])
    return tuple(span for span, (_, tag) in zip(spans, tagged, strict=False) if tag == "Np")


_TITLED_LIST = cue("names", "names.titled_list")
_HEAD_VERB = cue("names", "names.head_verb")


def titled_names(fig: FigureItem) -> EnumerationItem | None:
    """People named with their titles and no ông/bà in a list after "gồm", one per ";":
    "hai đồng chí được nhận Huy hiệu 80 năm gồm nguyên Bí thư … Nguyễn Văn Trân; nguyên Phó Thủ tướng …
    Nguyễn Côn ; Nguyên Thủ tướng … Nguyễn Tấn Dũng nhận Huy hiệu 45 năm …". The piece that says the
    head's verb again ("nhận") is a new statement and ends the list; kept only when it agrees."""
    if fig.match.noun_class not in classes_with("people") or not 2 <= fig.match.value <= _MOST_PEOPLE:
        return None
    text = fig.sentence.text
    head = _TITLED_LIST.match(text, fig.match.end)
    verb = _HEAD_VERB.search(head.group("head")) if head else None
    if not head or not verb or ";" not in text[head.end() :]:
        return None
    repeated = regex.compile(rf"(?<![\p{{L}}]){regex.escape(verb.group('verb'))}(?![\p{{L}}])", regex.I)
    pieces = list(itertools.takewhile(lambda piece: not repeated.search(piece), text[head.end() :].split(";")))
    if len(pieces) != fig.match.value:
        return None  # one person a piece or none: the tagger is not asked where the pieces cannot make the count
    names: list[tuple[int, int]] = []
    pos = head.end()
    for piece in pieces:
        found = person_names(piece)
        if len(found) != 1:
            return None  # a piece of several people, or of none, is not this kind of list
        names.append((pos + found[0][0], pos + found[0][1]))
        pos += len(piece) + 1
    base = fig.sentence.start
    return EnumerationItem(fig, [(base + a, base + b) for a, b in names], base + names[-1][1])


_TITLED_AFTER_COUNT = cue("names", "names.titled_after_count")
_LAST_AND = cue("enumerations", "list.and")
FARTHEST_FIRST_NAME = 60  # characters from the count to the first of the people it counts


def titled_people_after(fig: FigureItem) -> EnumerationItem | None:
    """People named with their titles right after a count of people, the last after "và": "hai đồng chí
    Phó Bí thư Tỉnh ủy Nguyễn Văn An và Trần Văn Bình", kept only when they are as many as the count says
    (the clause may go on to name others, "… do đồng chí C trao"). A title holds capitals and lower-case
    words alike, so the names are found as people's names, not by the case of their words."""
    if fig.match.noun_class not in classes_with("people") or not 2 <= fig.match.value <= _MOST_PEOPLE:
        return None
    text = fig.sentence.text
    head = _TITLED_AFTER_COUNT.match(text, fig.match.end)
    if head is None:
        return None
    base = head.start("clause")
    names = [(base + a, base + b) for a, b in person_names(head.group("clause"))]
    if len(names) != fig.match.value or names[0][0] - fig.match.end > FARTHEST_FIRST_NAME:
        return None
    if not _LAST_AND.search(text, names[-2][1], names[-1][0]):
        return None  # the last named after "và": a list that closes
    start = fig.sentence.start
    return EnumerationItem(fig, [(start + a, start + b) for a, b in names], start + names[-1][1])
