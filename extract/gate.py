"""The topic gate: whether an article can hold a figure of the project's scope at all.

A provincial archive is mostly general news, and segmenting, matching and linking an article
costs far more than reading it once. An article passes when a topic word (training, cadres,
the Party: `patterns/gate.toml`, composed from the vocabulary the rules count with) stands
within a window of a number in its lead or body; the rest get a light record. One compiled
alternation finds both in a single scan, which stops at the first topic word near a number.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Literal, NamedTuple

import regex
from pydantic import BaseModel, ConfigDict, Field

from solieu.cues import Cue, _compile
from solieu.openings import first, lowered_for_openings, search_for
from solieu.prefixes import DIGIT, Underivable, starts
from solieu.rules import DataFileError, expand, load_data, trie
from solieu.segment import split_sentences
from solieu.sentence_split import _MARK as _ENDING  # the marks after which a sentence may end

GateReason = Literal["no_topic_word", "no_number_near_topic_word"]


class Topic(Cue):
    """Topic words, and how near a number they must stand for an article to pass."""

    window: int = Field(gt=0, description="characters between the word and a number")
    after_number: bool = Field(description="the word must follow the number (a counted noun), not merely be near it")
    alone: bool = Field(
        default=False, description="a match holds its own number (a document's number, a count after its verb)"
    )
    sentence: bool = Field(
        default=False,
        description="the rules read the word only in the figure's own sentence: a number of another is near none",
    )
    also: str | None = Field(
        default=None,
        description="a regex that must also match in the same paragraph: the word gives a scored kind only beside it",
    )

    def also_compiled(self) -> regex.Pattern[str] | None:
        return None if self.also is None else _compile(self.also, self.ignore_case, self.verbose)


class GateFile(BaseModel):
    """`patterns/gate.toml`: the topic words, the numbers, and sentences the gate must let
    through or keep out."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    topic: list[Topic] = Field(min_length=1)
    number: Cue
    passes: list[str] = Field(min_length=1)
    gated_out: list[str] = Field(min_length=1)


@cache
def gate_file() -> GateFile:
    """The gate's data, validated; a typo fails here naming the file."""
    return load_data("gate.toml", GateFile)


def _parts() -> list[tuple[str, Cue, str]]:
    """Each topic cue (`t<i>`) and the numbers (`n`): its group name, the cue, its regex."""
    data = gate_file()
    parts = []
    for name, c in [*((f"t{i}", t) for i, t in enumerate(data.topic)), ("n", data.number)]:
        inline = ("i" if c.ignore_case else "") + ("x" if c.verbose else "")
        body = f"(?{inline}:{expand(c.pattern, trie)})" if inline else expand(c.pattern, trie)
        parts.append((name, c, body))
    return parts


def _alternation(parts: list[tuple[str, Cue, str]]) -> regex.Pattern[str]:
    try:
        return regex.compile("|".join(f"(?P<{name}>{body})" for name, _, body in parts))
    except regex.error as exc:
        raise DataFileError("gate.toml", str(exc)) from None


@cache
def _scanner() -> regex.Pattern[str]:
    """Every topic cue and the numbers as one alternation: group `t<i>` or `n` names which matched."""
    return _alternation(_parts())


class _Openings(NamedTuple):
    """Where the scanner is worth trying (`any`), and, to tell whether a paragraph holds a topic
    word at all, the topic cues whose matches begin with letters (`topic_words`, tried at
    `topic_openings`) and those that begin with a digit (`digit_topics`, searched whole)."""

    any: re.Pattern[str]
    topic_openings: re.Pattern[str]
    topic_words: regex.Pattern[str]
    digit_topics: regex.Pattern[str] | None


@cache
def _openings() -> _Openings | None:
    """The openings read from the patterns (`solieu.prefixes`), as stdlib searches in lowercased
    text. None when the patterns cannot tell: the gate then tries every position."""
    try:
        found = [(part, starts(expand(part[1].pattern, trie), verbose=part[1].verbose)) for part in _parts()]
    except Underivable:
        return None
    topics = [(part, begins) for part, begins in found if part[0] != "n"]
    words = [part for part, begins in topics if DIGIT not in begins]
    digits = [part for part, begins in topics if DIGIT in begins]
    return _Openings(
        search_for(set().union(*(begins for _, begins in found))),
        search_for(set().union(*(begins for part, begins in topics if part in words))),
        _alternation(words),
        _alternation(digits) if digits else None,
    )


def _has_topic(openings: _Openings, text: str, lowered: str, start: int, end: int) -> bool:
    """Whether a topic cue matches anywhere in the paragraph: without one, its numbers decide nothing."""
    return _TopicsAhead(openings, text, lowered, end).at_or_after(start) is not None


def _matches(text: str, lowered: str | None, start: int, end: int) -> Iterator[regex.Match[str]]:
    """What `_scanner().finditer(text, start, end)` yields, trying the scanner only at openings."""
    scanner, openings = _scanner(), _openings()
    if openings is None or lowered is None:
        yield from scanner.finditer(text, start, end)
        return
    at = start
    while (match := first(scanner, openings.any, text, lowered, at, end)) is not None:
        yield match
        at = match.end()


def gate(text: str, spans: list[tuple[int, int]] | None = None) -> GateReason | None:
    """None when `text` (only its `spans`, when given) may hold a figure of the scope;
    otherwise why not.

    >>> gate("Huyện mở 57 lớp bồi dưỡng cho cán bộ.") is None
    True
    >>> gate("Giá vàng tăng 200.000 đồng mỗi lượng.")
    'no_topic_word'
    >>> gate("Đảng viên phải gương mẫu trong mọi việc.")
    'no_number_near_topic_word'
    """
    topics = gate_file().topic
    reach = max((t.window for t in topics if not t.after_number), default=-(10**9))
    heard = max((t.window for t in topics if not t.alone), default=0)  # how far before a topic word a number counts
    seen_topic = False
    lowered = lowered_for_openings(text)  # None: the openings could point astray, try every position
    openings = _openings() if lowered is not None else None
    for start, end in spans if spans is not None else [(0, len(text))]:
        ahead = _TopicsAhead(openings, text, lowered, end) if openings is not None and lowered is not None else None
        if ahead is not None and ahead.at_or_after(start) is None:
            continue  # no topic word: its numbers are near none
        last_number = -(10**9)
        last_topic = [-(10**9)] * len(topics)
        lacking: set[tuple[int, tuple[int, int]]] = set()  # tiers whose `also` a span lacks
        sentences = _Sentences(text, start, end)
        latest_topic = -(10**9)  # the end of the last topic word of any tier
        at = start
        while True:
            if ahead is not None and at - latest_topic > reach:
                # No number from here is near a topic word already read; one counts again only
                # within `heard` of the next topic word. The scan goes on from a space before that:
                # no match of the scanner holds a space before a topic word begins (numbers are
                # digits or one word), so it finds there what it would have found going on.
                coming = ahead.at_or_after(at)
                if coming is None:
                    break  # no topic word follows: the numbers left decide nothing
                if coming - heard - 1 > at:
                    space = text.rfind(" ", at, coming - heard - 1)
                    if space >= 0:
                        at = space + 1
            match = _next_match(text, lowered, at, end)
            if match is None:
                break
            at = match.end()
            name = match.lastgroup or "n"
            if name == "n":
                near = (
                    [
                        i
                        for i, (t, last) in enumerate(zip(topics, last_topic, strict=True))
                        if not t.after_number
                        and match.start() - last <= t.window
                        and (not t.sentence or sentences.same(last, match.start()))
                    ]
                    if match.start() - latest_topic <= reach
                    else []  # most numbers stand far from every topic word: no tier to ask
                )
                last_number = match.end()
            else:
                seen_topic = True
                near = []
                latest_topic = match.end()
                for i in _tiers_in(int(name[1:]), match.group()):
                    last_topic[i] = match.end()
                    t = topics[i]
                    if t.alone or (
                        match.start() - last_number <= t.window
                        and (not t.sentence or sentences.same(last_number, match.start()))
                    ):
                        near.append(i)
            for i in near:
                # the companion is looked for where the rules look: the sentence, or the paragraph
                where = sentences.around(match.start()) if topics[i].sentence else (start, end)
                if (i, where) not in lacking and _beside(topics[i], text, *where):
                    return None
                lacking.add((i, where))
    return "no_number_near_topic_word" if seen_topic else "no_topic_word"


def _next_match(text: str, lowered: str | None, at: int, end: int) -> regex.Match[str] | None:
    """The scanner's first match at or after `at`, tried only at openings when `lowered` allows."""
    scanner, openings = _scanner(), _openings()
    if openings is None or lowered is None:
        return scanner.search(text, at, end)
    return first(scanner, openings.any, text, lowered, at, end)


class _TopicsAhead:
    """Where the next topic word of a paragraph may begin: no topic cue matches before it. Asked
    at positions that only grow; a search is kept while what it found lies ahead, so a paragraph
    is read once for its topic words."""

    def __init__(self, openings: _Openings, text: str, lowered: str, end: int) -> None:
        self._openings, self._text, self._lowered, self._end = openings, text, lowered, end
        self._words: int | None = -1  # the next match's start; None: none is left
        self._digits: int | None = -1 if openings.digit_topics is not None else None

    def at_or_after(self, at: int) -> int | None:
        """The start of the first match of a topic cue alone at or after `at`, or None."""
        o = self._openings
        if self._words is not None and self._words < at:
            found = first(o.topic_words, o.topic_openings, self._text, self._lowered, at, self._end)
            self._words = found.start() if found else None
        if self._digits is not None and self._digits < at and o.digit_topics is not None:
            digit = o.digit_topics.search(self._text, at, self._end)
            self._digits = digit.start() if digit else None
        return min((p for p in (self._words, self._digits) if p is not None), default=None)


class _Sentences:
    """The sentences of a paragraph as the segment stage splits them, split only when a tier asks."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end
        self._starts: list[int] | None = None

    def _split(self) -> list[int]:
        if self._starts is None:
            found = split_sentences(self._text, self._start, self._end, paragraph=0, first_index=0)
            self._starts = [s.start for s in found]
        return self._starts

    def same(self, before: int, at: int) -> bool:
        """Whether what ends at `before` and what begins at `at` stand in one sentence."""
        if not self.may_part(before, at):
            return True
        starts = self._split()
        return bisect.bisect_right(starts, before - 1) == bisect.bisect_right(starts, at)

    def may_part(self, before: int, at: int) -> bool:
        """Whether a sentence may begin between `before` and `at`, without splitting: a sentence
        after the first begins after a mark that may end one, then marks and white space only
        (`solieu.sentence_split`); so none begins there when no such mark stands from the last
        character before `before` to `at`, and that character is no white space."""
        last = max(before - 1, self._start)
        return self._text[last].isspace() or _ENDING.search(self._text, last, at) is not None

    def around(self, at: int) -> tuple[int, int]:
        """From the start of the sentence holding `at` to the start of the next (or the paragraph's end)."""
        starts = self._split()
        k = bisect.bisect_right(starts, at)
        return (starts[k - 1] if k else self._start), (starts[k] if k < len(starts) else self._end)


def _beside(topic: Topic, text: str, start: int, end: int) -> bool:
    """Whether the paragraph holds what the tier's words need beside them (always, without `also`)."""
    also = topic.also_compiled()
    return also is None or also.search(text, start, end) is not None


@lru_cache(maxsize=4096)
def _tiers_in(tier: int, matched: str) -> tuple[int, ...]:
    """The tier that matched, and every other tier whose words the match holds: the alternation
    takes one tier per position, and "khóa đào tạo" (a counted noun) holds "đào tạo" (a word of
    the context rules), which must count as well. A property of the words matched, asked of
    every tier's regex once for each (the same few words stand in article after article)."""
    topics = gate_file().topic
    return (tier, *(j for j, t in enumerate(topics) if j != tier and not t.alone and t.compiled().search(matched)))
