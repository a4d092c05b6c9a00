"""The topic gate: whether an article can hold a figure of the project's scope at all.

A provincial archive is mostly general news, and segmenting, matching and linking an article
costs far more than reading it once. An article passes when a topic word (training, cadres,
the Party: `patterns/gate.toml`, composed from the vocabulary the rules count with) stands
within a window of a number in its lead or body; the rest get a light record. One compiled
alternation finds both in a single scan, which stops at the first topic word near a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, Field

from solieu.cues import Cue, _compile
from solieu.prefixes import SPACES, Start, Underivable, starts
from solieu.rules import DataFileError, expand, load_data, trie

GateReason = Literal["no_topic_word", "no_number_near_topic_word"]


class Topic(Cue):
    """Topic words, and how near a number they must stand for an article to pass."""

    window: int = Field(gt=0, description="characters between the word and a number")
    after_number: bool = Field(description="the word must follow the number (a counted noun), not merely be near it")
    alone: bool = Field(
        default=False, description="a match holds its own number (a document's number, a count after its verb)"
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


@cache
def _scanner() -> regex.Pattern[str]:
    """Every topic cue and the numbers as one alternation: group `t<i>` or `n` names which matched."""
    data = gate_file()
    parts = []
    for name, c in [*((f"t{i}", t) for i, t in enumerate(data.topic)), ("n", data.number)]:
        inline = ("i" if c.ignore_case else "") + ("x" if c.verbose else "")
        body = f"(?{inline}:{expand(c.pattern, trie)})" if inline else expand(c.pattern, trie)
        parts.append(f"(?P<{name}>{body})")
    try:
        return regex.compile("|".join(parts))
    except regex.error as exc:
        raise DataFileError("gate.toml", str(exc)) from None


@cache
def _openings() -> re.Pattern[str] | None:
    """Where a match of the scanner can begin, in lowercased text: a digit, or the literal text a
    topic word or a number word begins with (read from the patterns), after a non-letter where
    the pattern says so. None when the patterns cannot tell: the gate then tries every position."""
    data = gate_file()
    found: set[Start | object] = set()
    try:
        for c in [*data.topic, data.number]:
            found |= starts(expand(c.pattern, trie), verbose=c.verbose)
    except Underivable:
        return None
    letter = _letter_class()
    arms: dict[bool, set[str]] = {True: set(), False: set()}
    for s in found:
        if isinstance(s, Start):
            literal = "".join(r"\W+" if ch == SPACES else re.escape(ch) for ch in s.text.lower())
            arms[s.initial].add(literal + (f"(?!{letter})" if s.whole else ""))
    initial, anywhere = (sorted(arms[k], key=lambda arm: (-len(arm), arm)) for k in (True, False))
    return re.compile("|".join([r"\d", *([f"(?<!{letter})(?:{'|'.join(initial)})"] if initial else []), *anywhere]))


def _letter_class() -> str:
    """Lowercase Latin and Vietnamese letters as a stdlib class: only letters (\\p{L}), so "not
    after one of these" holds wherever the patterns' "not after a letter" does."""
    chars = [c for c in map(chr, [*range(0x250), *range(0x1E00, 0x1F00)]) if regex.match(r"\p{Ll}", c)]
    return "[" + "".join(re.escape(c) for c in chars) + "]"


def _matches(text: str, lowered: str | None, start: int, end: int) -> Iterator[regex.Match[str]]:
    """What `_scanner().finditer(text, start, end)` yields, trying the scanner only at the
    openings: the leftmost opening from where the last match ended, or from the last one tried."""
    scanner, openings = _scanner(), _openings()
    if openings is None or lowered is None:
        yield from scanner.finditer(text, start, end)
        return
    at = start
    while (opening := openings.search(lowered, at, end)) is not None:
        match = scanner.match(text, opening.start(), end)
        if match is None:
            at = opening.start() + 1
        else:
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
    seen_topic = False
    lowered = text.lower()
    for start, end in spans if spans is not None else [(0, len(text))]:
        last_number = -(10**9)
        last_topic = [-(10**9)] * len(topics)
        lacking: set[int] = set()  # tiers whose `also` this paragraph lacks
        for match in _matches(text, lowered if len(lowered) == len(text) else None, start, end):
            name = match.lastgroup or "n"
            if name == "n":
                near = [
                    i
                    for i, (t, last) in enumerate(zip(topics, last_topic, strict=True))
                    if not t.after_number and match.start() - last <= t.window
                ]
                last_number = match.end()
            else:
                seen_topic = True
                near = []
                for i in _tiers_in(int(name[1:]), match.group()):
                    last_topic[i] = match.end()
                    if topics[i].alone or match.start() - last_number <= topics[i].window:
                        near.append(i)
            for i in near:
                if i not in lacking and _beside(topics[i], text, start, end):
                    return None
                lacking.add(i)
    return "no_number_near_topic_word" if seen_topic else "no_topic_word"


def _beside(topic: Topic, text: str, start: int, end: int) -> bool:
    """Whether the paragraph holds what the tier's words need beside them (always, without `also`)."""
    also = topic.also_compiled()
    return also is None or also.search(text, start, end) is not None


def _tiers_in(tier: int, matched: str) -> list[int]:
    """The tier that matched, and every other tier whose words the match holds: the alternation
    takes one tier per position, and "khóa đào tạo" (a counted noun) holds "đào tạo" (a word of
    the context rules), which must count as well."""
    topics = gate_file().topic
    return [tier] + [j for j, t in enumerate(topics) if j != tier and not t.alone and t.compiled().search(matched)]
