"""Items listed after a count beyond its own sentence: in the sentence after it ("… bắt 2 đối tượng …
. Đó là Phạm Thị Châm (…) và Nguyễn Văn Tiến (…)"), or on the lines after a colon, each closed by ";"
("… 4 vụ án nghiêm trọng …: Vụ án … tại Vinashin; Vụ án … tại Phú Thọ …;" then one line per case).

Nothing but the count's agreement tells where such a list ends (the sentence after "Đó là" may go on
about something else, the next line may be the next point of the article), so these readings confirm
a count and never contradict it.
"""

from __future__ import annotations

import functools
import itertools

import regex

from solieu.cues import cue, words
from solieu.link.enumerations import (
    HONORIFIC_NAME,
    LONGEST_ITEM,
    colon_list,
    counted_part,
    honorific_names,
    later_count,
    name_list,
    names_in,
    places_for_people,
    split_outside_brackets,
    without_honorific,
)
from solieu.link.items import EnumerationItem, FigureItem
from solieu.link.lines import block_of, is_marked
from solieu.link.prechecks import folded_text, overlapping, sentences_after
from solieu.rules import classes_with
from solieu.segment import Paragraphs

_OPENER = cue("follow_lists", "follow.opener")
# a count of people after the count in its sentence: the people named next may be its own
_PEOPLE_COUNT = cue("enumerations", "list.next_count")
_STATEMENT = cue("follow_lists", "follow.statement")
_AND = cue("enumerations", "list.and")
_QUOTED = regex.compile(r"[\"“][^\"“”]*[\"”]")
_BRACKETED = regex.compile(r"\([^()]*\)")
_RESUMED = cue("follow_lists", "follow.resumed")
_ANAPHORA = frozenset(words("follow_lists", "anaphora"))
SHORT_QUALIFIER = 3  # words after the noun taken up again that still name the same things ("bị bắt", "gặp nạn")
RESUMED_REACH = 2500  # characters after the count's sentence in which its things may be listed again
_LINE_HEAD = cue("follow_lists", "follow.line_head")
_SCORE = regex.compile(r"\d\s*[-–]\s*$")
_SENTENCE_END = regex.compile(r"[.!?](?=\s|$)|\n")
_CLOSING = regex.compile(r"[.!?]+\s*$")
MOST_ITEMS = 20
FARTHEST_END = 20  # words from the count to its sentence's end: "Đó là" names what the sentence ended on
MOST_LINES = MOST_ITEMS  # lines read after the count's line
SHORT_LINE = 25  # words of a line without ";" that may be an item: a longer one is a paragraph


def _countable(fig: FigureItem) -> bool:
    value = fig.match.value
    return 2 <= value <= MOST_ITEMS and value == int(value) and fig.match.noun_class not in classes_with("no_list")


def list_in_next_sentence(fig: FigureItem, paragraphs: Paragraphs) -> EnumerationItem | None:
    """The items of the sentence after the count when it opens with "Đó là", "Gồm", "Cụ thể là" or
    "Theo đó, … gồm:", kept only when there are as many as the count says and no later count of the
    count's sentence could be the one they list. People named with ông / bà are a count of people's even
    past a later count of other things or far from the count ("có 2 người đã được đi nước ngoài về việc công 2
    lần trong năm 2018, vi phạm quy định …. Đó là ông Đỗ Minh Hoàng, … và bà Nguyễn Thị Yến Trinh",
    vietnews-val-003144), unless a later count of people may be theirs."""
    rest = fig.sentence.text[fig.match.end :]
    if not _countable(fig):
        return None
    people = fig.match.noun_class in classes_with("people") and not _PEOPLE_COUNT.search(rest)
    far = later_count(rest) or len(rest.split()) > FARTHEST_END
    if far and not people:
        return None
    before = fig.sentence.text[: fig.match.start]
    if before.count("(") > before.count(")") or _SCORE.search(before):
        return None  # "ASEAN-4 (bốn nước đứng đầu …)": an aside; "5-2 trước St. Johnstone": a score
    text = paragraphs.text
    following = sentences_after(paragraphs, fig.sentence.end, 1)
    if not following:
        return None
    start, end = following[0]
    opener = _OPENER.match(text, start, end)
    if not opener:
        return None
    if far:  # past a later count or far from the count, only people named with ông / bà up to the last are the count's
        if not HONORIFIC_NAME.match(text, opener.end()):
            return None
        people_named = _up_to_the_last(text, opener.end(), end)
        if len(people_named) != fig.match.value:
            return None
        return EnumerationItem(fig, people_named, people_named[-1][1])
    return _list_from(fig, text, opener.end(), end)


def list_resumed(fig: FigureItem, paragraphs: Paragraphs) -> EnumerationItem | None:
    """The items listed in a later sentence that names the count's things again ("Các đối tượng đều ngụ
    tại tỉnh Sóc Trăng gồm: …", "Các doanh nghiệp này gồm …"), kept only when there are as many as the
    count says. Right after the count its noun is enough; further on the qualifier must say the same set."""
    if not _countable(fig):
        return None
    text = paragraphs.text
    noun = fig.match.noun.casefold()
    reach = min(len(text), fig.sentence.end + RESUMED_REACH)
    folded = folded_text(text)
    if folded is not None and folded.find(noun, fig.sentence.end, reach) == -1:
        return None  # the noun is not said again: no later sentence can take the count's things up
    following = sentences_after(paragraphs, fig.sentence.end, 1)
    next_end = following[0][1] if following else fig.sentence.end
    for m in _resumptions(text, fig.sentence.end, reach):
        rest = m.group("rest").casefold()
        if rest.startswith(noun) and (m.start() < next_end or _same_things(fig, rest, noun)):
            stop = _SENTENCE_END.search(text, m.end())
            return _list_from(fig, text, m.end(), stop.end() if stop else len(text))
    return None


@functools.lru_cache(maxsize=8)
def _resumptions(text: str, start: int, end: int) -> list[regex.Match[str]]:
    """The sentences that may take a count's things up again, read once for all the counts of a
    sentence (they share where its stretch starts and ends)."""
    return overlapping(_RESUMED, text, start, end)


def _same_things(fig: FigureItem, rest: str, noun: str) -> bool:
    """Whether the noun phrase taken up again sentences later names the count's things: a short qualifier,
    one pointing back ("… này", "… đó") or the words that follow the count ("bốn vùng giảm căng thẳng …"
    / "Các vùng giảm căng thẳng ở Syria"). "4 lò phản ứng tại nhà máy Takahama" / "Các lò phản ứng bị cho
    ngừng hoạt động" names another set."""
    qualifier = rest[len(noun) :].split()
    if qualifier and (" ".join(qualifier[-2:]) in _ANAPHORA or qualifier[-1] in _ANAPHORA):
        return True
    after = fig.sentence.text[fig.match.end :].casefold().split()
    shared = next((i for i, (a, b) in enumerate(zip(after, qualifier, strict=False)) if a != b), len(qualifier))
    return len(qualifier) - min(shared, len(after)) <= SHORT_QUALIFIER


def _list_from(fig: FigureItem, text: str, pos: int, end: int) -> EnumerationItem | None:
    """The list that starts at `pos` and ends with the sentence at `end`, if it has as many items as
    the count says: people with ông/bà, capitalised names, or phrases split at ";" (or at commas, the
    last joined by "và")."""
    stop = _CLOSING.search(text, pos, end)
    close = stop.start() if stop else end
    count = fig.match.value
    readings = []
    if HONORIFIC_NAME.match(text, pos):
        readings.append((honorific_names(text, pos, close), close, True))
    names = name_list(text, pos)
    if names and text[names[1] : close].strip()[:1] in ("", ","):
        readings.append(names)  # names up to the sentence's end or a comma: a list that stops in a clause is cut short
    phrases = colon_list(text, pos, close, count)
    if phrases and (";" in text[pos:close] or _closed_by_and(text, phrases[0])):
        readings.append(phrases)
    for found in readings:
        if found and len(found[0]) == count:
            items = found[0]
            return EnumerationItem(fig, items, items[-1][1])
    return None


_LAST_JOIN = cue("enumerations", "list.last_join")


def _up_to_the_last(text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """The people named with ông / bà from `pos` up to the one after "và", the last of the list: "Đó là ông
    Đỗ Minh Hoàng, chánh văn phòng sở và bà Nguyễn Thị Yến Trinh - hiệu trưởng …, là vợ ông Lê Hồng Sơn"
    (vietnews-val-003144) names two; the third is whose wife she is. None without "và" before the last: a
    list that does not close."""
    names: list[tuple[int, int]] = []
    for m in HONORIFIC_NAME.finditer(text, pos, end):
        names.append(m.span("name"))
        if len(names) > 1 and _LAST_JOIN.search(text, names[-2][1], m.start()):
            return names
    return []


def _closed_by_and(text: str, items: list[tuple[int, int]]) -> bool:
    """Whether phrases split at commas are a list: the last joined by "và", none a clause of its own
    ("Câu 3 bài I là một câu hỏi …, phải học sinh vững kiến thức …")."""
    if len(items) < 2 or not _AND.search(text, items[-2][1], items[-1][0]):
        return False
    return not any(_STATEMENT.search(_QUOTED.sub("", text[a:b])) for a, b in items)  # a title may hold any word


def lines_continued(fig: FigureItem, paragraphs: Paragraphs) -> EnumerationItem | None:
    """The items after the count's colon that run on over the next lines without a marker, kept only
    when there are as many as the count says. The lines keep one style: each closed by ";" (the last
    may close with a full stop), each a short phrase without a closing mark, or each a short sentence;
    the first line of another style ends the list (a phrase after phrases, a sentence after sentences)."""
    k = block_of(paragraphs, fig.end) if _countable(fig) else None
    if k is None:
        return None
    text, blocks = paragraphs.text, paragraphs.blocks
    line_end = blocks[k][1]
    head = _LINE_HEAD.match(text, fig.end, line_end)
    if head is None or text[head.end() : line_end].rstrip()[-1:] not in (";", ""):
        return None  # the count's line must end at its colon or go on into a list closed by ";"
    items = _pieces(text, head.end(), line_end)
    style = ";" if items else None  # items after the colon on the count's line: the next lines close with ";"
    lines = (b for b in blocks[k + 1 :] if text[b[0] : b[1]].strip())
    for start, end in itertools.islice(lines, MOST_LINES):
        if is_marked(text, start, end):
            break  # lines behind bullets or numbers are read by lines_after, sub-items and all
        line = text[start:end].strip()
        ending = _ending(line)
        if style is None:
            style = ending
        short = len(_words_outside_quotes(line)) <= SHORT_LINE
        last = ending == "." and style == ";"  # a full stop closes a list of ";" lines
        if not last and (ending != style or (style != ";" and not short)):
            break
        items.append(_line_item(text, start, end))  # a line is one item: "…; thiếu trách nhiệm …" may quote a ";"
        if last:
            break
    if style not in _STYLES or len(items) != fig.match.value:
        return None
    long_item = any(len(_words_outside_quotes(text[a:b])) > LONGEST_ITEM for a, b in items)
    if long_item or sum(counted_part(text[a:b]) for a, b in items) > 1:
        return None  # prose or a breakdown of numbers, not a list
    return EnumerationItem(fig, items, items[-1][1])


_STYLES = (";", ".", "")


def _ending(line: str) -> str | None:
    """How a line closes: ";", "." (one full stop), "" (a letter, a digit, a bracket or a quote: a phrase),
    else None ("…", "...", ":", ",": no item of a list)."""
    last = line[-1:]
    if last == ";" or (last == "." and not line.endswith("..")):
        return last
    return "" if last.isalnum() or last in ")\"”'" else None


def _words_outside_quotes(item: str) -> list[str]:
    """The words of an item outside quotations and brackets: a case's quoted charges are its name."""
    return _BRACKETED.sub("", _QUOTED.sub("", item)).split()


def _line_item(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a line without its spaces and closing ";" or "."."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of text[start:end] split at ";" outside brackets, without closing punctuation."""
    out, offset = [], start
    for piece in split_outside_brackets(text[start:end], ";"):
        stripped = piece.strip().rstrip(".")
        if stripped:
            a = offset + piece.index(stripped[0])
            out.append((a, a + len(stripped)))
        offset += len(piece) + 1
    return out


_ALL_OF = cue("follow_lists", "follow.all_of")
_NAMED_GROUP = cue("follow_lists", "follow.named_group")
_LAST_BOUNDARY = regex.compile(r"(?r)[.!?]\s|\n")
PREVIOUS_REACH = 400  # characters before the count's sentence read for the sentence before it
OPENING_REACH = 60  # characters of its sentence before a count that takes up the names before it
_POINTS_BACK = cue("follow_lists", "follow.points_back")


def all_named_before(fig: FigureItem, paragraphs: Paragraphs) -> EnumerationItem | None:
    """The people or things named together in the sentence before a count that opens its own with
    "Cả" or points back at them ("… có Trần Đình Tiến, Nguyễn Xuân Hảo và Lê Văn Hùng. Cả 3 trường hợp này
    đều …", "… Mayo và Nguyễn Trãi. Theo Thanh tra Sở Y tế, 2 phòng khám này …"): the last group of names
    there, kept only when there are as many as the count says (the count takes up what was just named,
    but the group may be another one)."""
    if not _countable(fig):
        return None
    back = _POINTS_BACK.match(fig.sentence.text, fig.match.end)
    if fig.match.start <= OPENING_REACH:
        if not back and not _ALL_OF.match(fig.sentence.text[: fig.match.start]):
            return None
    elif not (back and back.group("far")):
        return None  # deep in its sentence only "nói trên", "kể trên" … points back for sure
    text = paragraphs.text
    end = fig.sentence.start
    window_start = max(0, end - PREVIOUS_REACH)
    body_end = len(text[window_start:end].rstrip()) + window_start
    boundary = _LAST_BOUNDARY.search(text, window_start, max(window_start, body_end - 1))
    start = boundary.end() if boundary else window_start
    groups = list(_NAMED_GROUP.finditer(text, start, body_end))
    if not groups or groups[-1].group("lead"):
        return None
    items = [without_honorific(text, a, b) for a, b in names_in(text, *groups[-1].span("list"))]
    if len(items) != fig.match.value or places_for_people(fig, text, items):
        return None
    return EnumerationItem(fig, items, fig.end)


_TAKEN_UP = cue("follow_lists", "follow.taken_up")
TAKEN_UP_SENTENCES = 3  # sentences after the count in which its noun may be taken up with its names


def names_taken_up(fig: FigureItem, paragraphs: Paragraphs) -> EnumerationItem | None:
    """The names of the count's things in one of the next sentences that opens with the count's noun
    again ("… 6 nước vùng Vịnh. Các nước Saudia Arabia, UAE, Kuwait, Qatar, Oman và Bahrain …"), closed by
    "và" and as many as the count says: the sentence may name another set of the same things, so the
    names only confirm the count. The first sentence that opens with the noun ends the search."""
    if not _countable(fig):
        return None
    text = paragraphs.text
    for start, end in sentences_after(paragraphs, fig.sentence.end, TAKEN_UP_SENTENCES):
        opener = _TAKEN_UP.match(text, start, end)
        after = _noun_again(text, opener.end() if opener else start, end, fig.match.noun)
        if after is None:
            continue
        found = name_list(text, after, acronyms=True)
        if found and found[2] and len(found[0]) == fig.match.value and not places_for_people(fig, text, found[0]):
            return EnumerationItem(fig, found[0], found[0][-1][1])
        return None
    return None


def _noun_again(text: str, pos: int, end: int, noun: str) -> int | None:
    """Where the names may begin when the count's noun is said again at `pos`, perhaps with a word that
    points back ("nước này"), before a capital; the noun is compared word by word, not compiled into a
    pattern for each count."""
    for i, word in enumerate(noun.split()):
        if i:
            gap = _SPACES.match(text, pos, end)
            if gap is None:
                return None
            pos = gap.end()
        if text[pos : pos + len(word)].casefold() != word.casefold():
            return None
        pos += len(word)
    tail = _BACK_BEFORE_CAPITAL.match(text, pos, end)
    return tail.end() if tail else None


_SPACES = regex.compile(r"\s+")
_BACK_BEFORE_CAPITAL = regex.compile(
    r"(?:\s+(?:"
    + "|".join(r"\s+".join(regex.escape(w) for w in a.split()) for a in sorted(_ANAPHORA, key=len, reverse=True))
    + r"))?\s+(?=\p{Lu})",
    regex.IGNORECASE,
)
