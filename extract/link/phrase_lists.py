"""Lists of common-noun phrases in a count's own sentence: after it ("3 yếu tố là vốn, lao động và năng
suất lao động tổng hợp.", "5 loại nông sản gồm hạt thóc tẻ, thóc nếp, ngô, đỗ tương, đỗ đỏ.") or before a
count that sums them up ("Nước và lửa là hai yếu tố xung đột lẫn nhau").

Phrases in lower case carry no mark of where one ends and the next begins but the commas and "và", and
nothing says that the list is all of the things counted, so a reading is kept only when it has as many
items as the count: these readers confirm a count and never contradict one.
"""

from __future__ import annotations

import regex

from solieu.cues import cue, words
from solieu.link.enumerations import counted_part, heads_no_list, split_outside_brackets
from solieu.link.items import EnumerationItem, FigureItem
from solieu.rules import classes_with

_INTRO = cue("phrase_lists", "phrases.intro")
_SUM_UP = cue("phrase_lists", "phrases.sum_up")
_SOME_OF = cue("phrase_lists", "phrases.some_of")
_SENTENCE_END = cue("phrase_lists", "phrases.sentence_end")
_AND = cue("enumerations", "list.and")
_LEADING_AND = cue("enumerations", "list.leading_and")
_OWNER_BEFORE = cue("phrase_lists", "phrases.owner_before")
_ONE_OF = cue("phrase_lists", "phrases.one_of")
_LEAD_IN = cue("phrase_lists", "phrases.lead_in")
_DESCRIBING = frozenset(words("phrase_lists", "phrases.describing_openers"))
_ALTERNATIVES = frozenset(words("phrase_lists", "phrases.alternatives"))
_NOT_A_HEAD = frozenset(words("enumerations", "list.not_a_head"))
_BRACKETED = regex.compile(r"\([^()]*\)")
_SPANS_OF_TIME = tuple(words("phrase_lists", "phrases.spans_of_time"))
_BARE_END = cue("phrase_lists", "phrases.bare_end")
_NOT_AN_ITEM_START = frozenset(words("enumerations", "list.relating_words"))
BARE_WORDS = 3  # words of a phrase listed right after a count's noun: "cướp tài sản", "vận dụng cao"
FEWEST_BARE = 3  # phrases listed right after a count's noun: two joined by "và" may be anything
_BARE_WORDS = {
    n: regex.compile(r"\p{Ll}+" + r"[ \t]+\p{Ll}+" * (n - 1) + r"(?![\p{L}\d])") for n in range(1, BARE_WORDS + 1)
}
_COMMA_JOINT = regex.compile(r"[ \t]*,[ \t]+(?=\p{Ll})")
_QUOTED = regex.compile(r"[\"“][^\"“”]*[\"”]")
_QUOTE = regex.compile(r"[\"“”]")  # a list after a count that runs into a quotation has lost its end

MOST_ITEMS = 10  # phrases of one list: a longer run of commas is a sentence of clauses
LONGEST_PHRASE = 8  # words of an item after the count: "năng suất lao động tổng hợp" is five
LONGEST_NAMED = 6  # words of an item before the count, the subject of its sentence
SHORT_BARE = 4  # words of each item of a list joined by commas alone: "phẫu thuật, xạ trị, hóa trị."
LIST_REACH = 600  # characters after the intro in which the list must end: a flattened table is one long sentence
NAMED_REACH = 400  # characters of the sentence before a count in which the things it sums up are named
WORDS_BEFORE_REACH = 40  # characters before a count in which "của" or "một trong" is looked for


def _countable(fig: FigureItem) -> bool:
    value = fig.match.value
    return (
        2 <= value <= MOST_ITEMS
        and value == int(value)
        and not heads_no_list(fig)
        and fig.match.head_noun not in _NOT_A_HEAD
    )


def phrases_after(fig: FigureItem) -> EnumerationItem | None:
    """The lower-case phrases after a count and "là", "gồm" or a colon, up to the end of its sentence,
    split at commas and the last "và": "tăng trưởng GDP phụ thuộc 3 yếu tố là vốn, lao động và năng suất
    lao động tổng hợp." (baomoi-magizbox-22539545). Kept only when they are as many as the count. A bare
    "là" after a count of people says who they are ("2 nạn nhân … là vợ chồng"), so there only "gồm" or
    a colon announces the list."""
    if not _countable(fig):
        return None
    text = fig.sentence.text
    intro = _INTRO.match(text, fig.match.end)
    if intro is None:
        return _phrases_right_after(fig)
    if intro.group("is") and fig.match.noun_class in classes_with("people"):
        return None
    before = max(0, fig.match.start - WORDS_BEFORE_REACH)
    if intro.group("is") and _OWNER_BEFORE.search(text, before, fig.match.start):
        return None  # "Kích thước tổng thể của 2 xe là tương đương nhau …": what the subject is
    if _ONE_OF.search(text, before, fig.match.start):
        return None  # "một trong 4 nhiệm vụ … là …": the one, not the four
    start = intro.end()
    reach = min(len(text), start + LIST_REACH)
    stop = _SENTENCE_END.search(text, start, reach)
    if stop is None and reach < len(text):
        return None  # no end in sight: no short list of phrases
    end = stop.start() if stop else len(text)
    items = _phrases(text, start, end, LONGEST_PHRASE)
    if len(items) != fig.match.value or any(_QUOTE.search(text, a, b) for a, b in items):
        return None
    base = fig.sentence.start
    return EnumerationItem(fig, [(base + a, base + b) for a, b in items], base + end)


def _phrases_right_after(fig: FigureItem) -> EnumerationItem | None:
    """Short lower-case phrases right after a count's noun, split at commas, the last after "và", with no word
    that announces them: "ở cả 3 tuyến đường biển, đường bộ và đường sông." (dantri-unc-news_society_270),
    "cho 3 tội danh giết người, cướp tài sản và dâm ô đối với trẻ em" (baomoi-magizbox-22439352). Each phrase
    is of a few words, the last as short as it can be before what ends the list (phrases.bare_end). Words
    after a count of people describe them rather than name them ("ba chiến binh xinh đẹp, tài năng và bản
    lĩnh"), and two phrases joined by "và" may be anything ("cả hai dự tiệc cùng nhau và càng rộ lên", "hai con
    trai và con dâu"), so only a count of three things or more is read, and kept only when the phrases are as
    many as the count."""
    value = fig.match.value
    if fig.match.noun_class in classes_with("people") or value > MOST_ITEMS:
        return None
    if any(fig.match.folded_noun.startswith(span) for span in _SPANS_OF_TIME):
        return None  # "sau hơn 3 thập kỷ đổi mới, mở cửa và hội nhập": what happened in that time
    if value < FEWEST_BARE:
        return None
    text = fig.sentence.text
    start = fig.match.end
    while start < len(text) and text[start] in " \t":
        start += 1
    items = _bare_items(text, start, int(value))
    if items is None:
        return None
    base = fig.sentence.start
    return EnumerationItem(fig, [(base + a, base + b) for a, b in items], base + items[-1][1])


def _bare_items(text: str, start: int, count: int) -> list[tuple[int, int]] | None:
    """The `count` short lower-case phrases from `start`: all but the last closed by ", ", the one before the
    last by " và ", each of up to BARE_WORDS words, the last followed by what ends a list (phrases.bare_end)."""
    items: list[tuple[int, int]] = []
    pos = start
    for i in range(count):
        last = i == count - 1
        joint = _AND if i == count - 2 else _COMMA_JOINT
        found = next(
            (m for m in _bare_candidates(text, pos) if (_BARE_END if last else joint).match(text, m.end())), None
        )
        if found is None:
            return None
        first = found.group(0).split()[0].casefold()
        if first in _DESCRIBING or first in _NOT_AN_ITEM_START:
            return None
        items.append(found.span())
        step = None if last else joint.match(text, found.end())
        if step is not None:
            pos = step.end()
    return items


def _bare_candidates(text: str, pos: int) -> list[regex.Match[str]]:
    """The runs of one to BARE_WORDS lower-case words at `pos`, shortest first."""
    out = []
    for n in range(1, BARE_WORDS + 1):
        m = _BARE_WORDS[n].match(text, pos)
        if m is None:
            break
        out.append(m)
    return out


def phrases_before(fig: FigureItem) -> EnumerationItem | None:
    """The things named at the start of a count's sentence that the count sums up after "là": "Nước và lửa
    là hai yếu tố xung đột lẫn nhau" (baomoi-magizbox-21481419), "Cần gạt nước và đèn pha là hai bộ phận tài
    xế nên chú ý" (baomoi-magizbox-22658822). Kept only when they are as many as the count, the last joined
    by "và" (a comma alone may end an opening phrase: "Xét cho cùng, đó là 2 cầu thủ vĩ đại nhất",
    24h-1cc57b444e3df46f), and the count is not some of a larger set ("CDU và CSU là 2 trong số 3 đảng")."""
    if not _countable(fig):
        return None
    text = fig.sentence.text
    if fig.match.start > NAMED_REACH:
        return None  # the things named open the sentence, a few words before the count
    link = _SUM_UP.search(text, 0, fig.match.start)
    if link is None or _SOME_OF.match(text, fig.match.end) or _SOME_OF.match(text, _number_end(fig)):
        return None
    items = _phrases(text, _opening(text), link.start(), LONGEST_NAMED)
    if len(items) != fig.match.value or not _AND.search(text, items[-2][1], items[-1][0]):
        return None  # "Xét cho cùng, đó là 2 cầu thủ …": without "và" the comma may end an opening phrase
    lead_ins = list(_LEAD_IN.finditer(text, *items[0]))
    if lead_ins and lead_ins[-1].end() < items[0][1]:
        items[0] = (lead_ins[-1].end(), items[0][1])  # "Ông nhận ra rằng kỳ vọng": the first thing is "kỳ vọng"
    base = fig.sentence.start
    return EnumerationItem(fig, [(base + a, base + b) for a, b in items], fig.end)


def _number_end(fig: FigureItem) -> int:
    """Where the count's number ends in its sentence: its first word, the noun after it."""
    surface = fig.sentence.text[fig.match.start : fig.match.end]
    first = surface.split(maxsplit=1)[0] if surface.strip() else ""
    return fig.match.start + surface.find(first) + len(first)


def _opening(text: str) -> int:
    """Where the sentence's words begin: after its spaces and an opening quote or dash."""
    pos = 0
    while pos < len(text) and (text[pos].isspace() or text[pos] in "-–•*"):
        pos += 1
    return pos


def _phrases(text: str, start: int, end: int, longest: int) -> list[tuple[int, int]]:
    """The phrases of text[start:end] split at its joins outside brackets, or none when they are no list:
    no "và" before the last and a phrase longer than a few words, "và" in another item or twice (no
    telling where the items part), a phrase that opens by describing ("một …", "rất …") or with a verb, a
    number (a breakdown), or a phrase too long to be one item.

    >>> text = "vốn, lao động và năng suất lao động tổng hợp"
    >>> [text[a:b] for a, b in _phrases(text, 0, len(text), 8)]
    ['vốn', 'lao động', 'năng suất lao động tổng hợp']
    >>> _phrases("một đôi bạn ăn ý và một cặp bài trùng", 0, 36, 8)
    []
    """
    if start >= end:
        return []
    pieces: list[tuple[int, int]] = []
    offset = start
    chunks = split_outside_brackets(text[start:end], ",")
    for i, chunk in enumerate(chunks):
        split = _split_and(text, offset, offset + len(chunk))
        if len(split) > 2 or (len(split) > 1 and i < len(chunks) - 1):
            return []  # "và" inside an item or twice: where the items part is not visible
        pieces.extend(split)
        offset += len(chunk) + 1
    items = [(a, b) for a, b in pieces if b > a]
    if len(items) < 2 or len(items) != len(pieces):
        return []
    closed = bool(_AND.search(text, items[-2][1], items[-1][0]))  # "và", not a comma alone, before the last
    sizes = [len(_BRACKETED.sub("", _QUOTED.sub("x", text[a:b])).split()) for a, b in items]
    if max(sizes) > (longest if closed else SHORT_BARE) or min(sizes) == 0:
        return []
    if any(text[a:b].split()[0].casefold() in _DESCRIBING or counted_part(text[a:b]) for a, b in items):
        return []
    if any(w in _ALTERNATIVES for w in text[start:end].casefold().split()):
        return []  # "xét tuyển, thi tuyển hoặc kết hợp giữa xét tuyển và thi tuyển": a choice, not a list
    return items


def _split_and(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The piece text[start:end] stripped, without a leading "và", and split at each "và" it holds."""
    out: list[tuple[int, int]] = []
    lead = _LEADING_AND.match(text, start, end)
    pos = lead.end() if lead else start
    for join in _AND.finditer(text, pos, end):
        out.append(_stripped(text, pos, join.start()))
        pos = join.end()
    out.append(_stripped(text, pos, end))
    return out


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
