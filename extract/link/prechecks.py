"""Cheap necessary conditions for the link stage's costly searches, read from the cues themselves,
and the work on an article's text that its counts share.

A cue searched over a window before a count ("Hải Phòng và Hà Nam là hai tỉnh": the names a count
gathers, list.before_count) is tried at every position of the window, and nearly every window holds
no match. What the cue's own pattern says must close every match (after its group of names: a
comma, "là", a bracket, then the window's end) is far cheaper to look for: where it is absent, the
whole cue cannot match, and the costly search is skipped. The tail is cut from the cue's source, not
written again, so the cue stays the only place its words are.

A cue of a few words sought after each count is tried only where its words can begin (its openings,
`solieu.openings`, as the matcher does), over the article's or the sentence's text lowercased once;
the article's folding is worked out once for every count that looks for its noun again.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from solieu.openings import finditer_at, first, lowered_for_openings, openings_of
from solieu.segment import Paragraphs

_REFUSED = regex.compile(r"\\[1-9]|\\g<|\(\?P=|\(\?\(|\(\?>|[*+?}]\+|\(\?[a-zA-Z]*[xr]")


class NoTail(ValueError):
    """The pattern is not a plain sequence whose tail after the group can be tried alone."""


@cache
def tail_after(pattern: regex.Pattern[str], group: str) -> regex.Pattern[str]:
    """What follows the named `group` in `pattern`, compiled with its flags to search backwards:
    every match of `pattern` in a window ends with a match of it in that window, so where it finds
    nothing, `pattern` finds nothing either.

    The group must stand at the top level of a pattern with no alternation there; the tail may
    not refer back to a group, nor hold atomic or possessive parts (a tail tried alone must be free
    to try what it tries inside the whole).

    >>> whole = regex.compile(r"(?:de\\s+)?(?P<names>\\p{Lu}\\w*(?:,\\s*\\p{Lu}\\w*)+)(?:\\s*,|\\s+là)\\s*$")
    >>> tail = tail_after(whole, "names")
    >>> tail.pattern
    '(?:\\\\s*,|\\\\s+là)\\\\s*$'
    >>> bool(tail.search("Hà Nam, Huế là ")), bool(tail.search("Hà Nam, Huế có "))
    (True, False)
    >>> try:
    ...     tail_after(regex.compile(r"(?P<a>x)y|z"), "a")
    ... except NoTail as refused:
    ...     print(refused)
    an alternation at the top level of the pattern
    """
    source = pattern.pattern
    if pattern.flags & regex.VERBOSE:
        raise NoTail("a verbose pattern")
    opening = f"(?P<{group}>"
    start = source.find(opening)
    if start == -1:
        raise NoTail(f"no group {group!r}")
    close = None
    depth = 0
    i = 0
    in_class = False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source[i + 1 : i + 2] == "]":
                i += 1  # "[]…]": the first "]" is a member
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if i > start and depth == 0 and close is None:
                close = i
        elif char == "|" and depth == 0:
            raise NoTail("an alternation at the top level of the pattern")
        if i == start and depth != 1:
            raise NoTail(f"the group {group!r} is not at the top level")
        i += 1
    if close is None:
        raise NoTail(f"the group {group!r} does not close")
    tail = source[close + 1 :]
    if tail[:1] in ("*", "+", "?", "{") or _REFUSED.search(tail):
        raise NoTail("the tail repeats the group, refers back or holds an atomic part")
    # searched from the window's end back: a tail that closes the window ("…$") is found, or not, at once,
    # and without atomic or possessive parts a backward search finds a match wherever a forward one does
    return regex.compile(tail, pattern.flags | regex.REVERSE)


@lru_cache(maxsize=32)
def lowered_text(text: str) -> str | None:
    """An article's or a sentence's text lowercased for the openings of a cue (`solieu.openings`),
    worked out once for all its counts; None where lowering would move an offset."""
    return lowered_for_openings(text)


@lru_cache(maxsize=16)
def sentences_after(paragraphs: Paragraphs, pos: int, most: int) -> tuple[tuple[int, int], ...]:
    """`paragraphs.following(pos, most)`, found once for all the counts of a sentence: each reader that
    reads on after a count asks for the sentences after the count's sentence, and every count of the
    sentence asks again."""
    return tuple(paragraphs.following(pos, most))


@lru_cache(maxsize=4)
def folded_text(text: str) -> str | None:
    """`text` case-folded, if every character folds to one (then a slice of it is the folding of
    the same slice of `text`, and a word found in it is found where it stands); else None."""
    folded = text.casefold()
    return folded if len(folded) == len(text) else None


def search_between(pattern: regex.Pattern[str], text: str, start: int, end: int) -> regex.Match[str] | None:
    """`pattern.search(text, start, end)`, tried only at the cue's openings when they can be read
    from it: a cue of a few words sought after each count skips in C to where they can begin."""
    openings = openings_of(pattern)
    lowered = lowered_text(text) if openings is not None else None
    if openings is None or lowered is None:
        return pattern.search(text, start, end)
    return first(pattern, openings, text, lowered, start, min(end, len(text)))


def find_every(pattern: regex.Pattern[str], text: str) -> list[regex.Match[str]]:
    """`list(pattern.finditer(text))`, tried only at the cue's openings, as `search_between`."""
    return finditer_at(pattern, text, lowered_text(text))


def overlapping(pattern: regex.Pattern[str], text: str, start: int, end: int) -> list[regex.Match[str]]:
    """`list(pattern.finditer(text, start, end, overlapped=True))`: the match that begins at each
    position of text[start:end] where one does, tried only where the cue's matches can begin (its
    openings) when they can be read from it: most of a long stretch after a count holds none."""
    openings = openings_of(pattern)
    lowered = lowered_text(text) if openings is not None else None
    if openings is None or lowered is None:
        return list(pattern.finditer(text, start, end, overlapped=True))
    found = []
    at = start
    while (opening := openings.search(lowered, at, end)) is not None:
        match = pattern.match(text, opening.start(), end)
        if match is not None:
            found.append(match)
        at = opening.start() + 1
    return found
