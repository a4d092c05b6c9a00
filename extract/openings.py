"""A regex tried only where its matches can begin: what a scan of every position finds, for less.

A pattern of the rules, searched over a sentence, is tried at every position, and nearly every
position fails at once; the regex module's per-position cost is most of the matcher's time. The
literal word beginnings (and digits) a match must begin with are read from the parsed pattern
(`solieu.prefixes`), so the rules stay the only place the words are written; a stdlib search for
them, in lowercased text, skips in C to the few positions worth trying, and the full pattern
still decides each one. The topic gate and the matcher both scan this way.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import regex

from solieu.prefixes import DIGIT, DIGIT_AFTER, DIGIT_RUN, SPACES, Start, Underivable, starts

# Latin and Vietnamese letters as code-point ranges: every character in them, and every one that
# lowers into them, is a letter (\p{L}; tests/test_gate_openings.py checks each code point), so
# "not after one of these" holds wherever the patterns' "not after a letter" does. Ranges, not the
# 352 lowercase letters one by one: the class stands at every word end of the openings' tries,
# and the stdlib compiled that list for most of a second at start-up.
LETTER_RANGES = ((0x61, 0x7A), (0xB5, 0xB5), (0xDF, 0xF6), (0xF8, 0x24F), (0x1E00, 0x1EFF))


def letter_class() -> str:
    """The letters of `LETTER_RANGES` as a stdlib class."""
    return "[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in LETTER_RANGES) + "]"


def search_for(begins: set[Start | object]) -> re.Pattern[str]:
    """A stdlib search for any of `begins` in lowercased text: a trie of literals, each beginning
    with its first character (the "not after a letter" checked just behind it), so the search
    skips in C to the characters a literal can begin with."""
    letter = letter_class()
    # a digit after literal text: any character but a space or a letter of `LETTER_RANGES`, which
    # holds every digit the regex module knows, those of a Unicode newer than the stdlib's too
    marks = {SPACES: r"\W+", DIGIT_AFTER: "[^\\s" + letter[1:]}
    tries: dict[bool, dict[str, Any]] = {True: {}, False: {}}
    for s in begins:
        if isinstance(s, Start):
            node = tries[s.initial]
            for ch in s.text.lower():
                node = node.setdefault(marks.get(ch) or re.escape(ch), {})
            node[""] = node.get("", True) and s.whole
    # a run of digits begins at a digit with none before it: the digit is tried first, the look
    # behind after it, since a search whose every arm opens with a character skips in C to the
    # characters that can open one, and an arm that opens with a look behind is tried everywhere
    arms = [r"\d"] if DIGIT in begins else [r"\d(?<!\d\d)"] if DIGIT_RUN in begins else []
    for initial, root in tries.items():
        behind = f"(?<!{letter}.)" if initial else ""
        arms += [key + behind + _branch(root[key], letter) for key in sorted(root)]
    return re.compile("|".join(arms) or "(?!)")


def _branch(node: dict[str, Any], letter: str) -> str:
    """A trie node as a stdlib regex: its children, or its end (no letter after a whole word)."""
    arms = [key + _branch(node[key], letter) for key in sorted(k for k in node if k)]
    if "" in node:
        arms.append(f"(?!{letter})" if node[""] else "")
    return arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"


def unfolded(text: str, lowered: str) -> bool:
    """Whether `text` holds a character whose lower case is not what a regex compares when it
    ignores case ("ſ" matches "s"; "ß" lowers to itself but folds to "ss"): such a text is
    scanned whole. For every such character the lower case and the case fold differ in their first
    character (tests/test_gate_openings.py checks each code point), so the whole text's differ
    exactly when it holds one: two passes in C, not a search for 297 characters built at start-up."""
    return lowered != text.casefold()


def lowered_for_openings(text: str) -> str | None:
    """`text` lowercased, where openings found in it point where they would in `text`; else None
    (a character that lowers to two, or one that folds astray): then every position is tried."""
    lowered = text.lower()
    if len(lowered) != len(text) or unfolded(text, lowered):
        return None
    return lowered


def first(
    pattern: regex.Pattern[str],
    openings: re.Pattern[str],
    text: str,
    lowered: str,
    start: int,
    end: int,
    before: int | None = None,
) -> regex.Match[str] | None:
    """The first match of `pattern` at or after `start`, tried only at `openings`: what
    `pattern.search` finds when every match of it begins at an opening. With `before`, a match
    that would begin there or later is not sought (None)."""
    at = start
    stop = end if before is None else before
    while (opening := openings.search(lowered, at, end)) is not None:
        if opening.start() >= stop:
            return None
        match = pattern.match(text, opening.start(), end)
        if match is not None:
            return match
        at = opening.start() + 1
    return None


def find_all(
    pattern: regex.Pattern[str], openings: re.Pattern[str], text: str, lowered: str, before: int | None = None
) -> list[regex.Match[str]]:
    """What `pattern.finditer(text)` yields, tried only at `openings`; with `before`, the matches
    it yields first, those that begin before it. An empty match, whose successor the scan finds
    by rules of its own, sends the text to the scan itself."""
    out = []
    at, end = 0, len(text)
    while (match := first(pattern, openings, text, lowered, at, end, before)) is not None:
        if match.end() == match.start():
            return matches_before(pattern.finditer(text), before)
        out.append(match)
        at = match.end()
    return out


def matches_before(matches: Iterator[regex.Match[str]], before: int | None) -> list[regex.Match[str]]:
    """The matches of a scan, in order, up to the first that begins at `before` or later."""
    if before is None:
        return list(matches)
    return list(itertools.takewhile(lambda m: m.start() < before, matches))


@cache
def openings_of(pattern: regex.Pattern[str]) -> re.Pattern[str] | None:
    """Where the matches of a compiled regex can begin, read from its own source (the simple case
    folding `(?-f)` that opens the rules' regexes set aside), as `search_for`. None for a regex
    that may begin anywhere or at any digit: a scan of every position is then no dearer."""
    try:
        begins = starts(pattern.pattern.removeprefix("(?-f)"), verbose=bool(pattern.flags & regex.VERBOSE), runs=True)
    except Underivable:
        return None
    return None if DIGIT in begins or begins <= {DIGIT_RUN} else search_for(begins)


def finditer_at(pattern: regex.Pattern[str], text: str, lowered: str | None) -> list[regex.Match[str]]:
    """`list(pattern.finditer(text))`, tried only at the openings of `pattern` when `lowered` is
    `text` lowercased for them (`lowered_for_openings`); every position when it is None."""
    openings = openings_of(pattern) if lowered is not None else None
    if openings is None:
        return list(pattern.finditer(text))
    assert lowered is not None
    return find_all(pattern, openings, text, lowered)


def search_at(pattern: regex.Pattern[str], text: str, lowered: str | None) -> regex.Match[str] | None:
    """`pattern.search(text)`, tried only at the openings of `pattern`, as `finditer_at`."""
    openings = openings_of(pattern) if lowered is not None else None
    if openings is None:
        return pattern.search(text)
    assert lowered is not None
    return first(pattern, openings, text, lowered, 0, len(text))
