"""What text a match of a rule's regex cannot do without: literal words it must hold.

Most rules are silent in most sentences, and a silent rule still pays for its scan: the regex
module tries each number or each position. A match holds every literal of its pattern that no
repeat, option or negative lookaround makes optional ("triệu|tỷ|tỉ" after the digits of a sum
named by its scale, the "phần" of a fraction said in words), and a positive lookaround's literals
stand in the text too. Read from the parsed pattern (`solieu.prefixes` reads where a match
begins the same way), they let a substring test in C rule a sentence out before any scan: a
sentence without one of them cannot hold a match, so the result is what the scan finds.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import regex

from solieu.openings import lowered_for_openings
from solieu.prefixes import _LETTER, _PROPERTY, _stand_in

Needs = tuple[tuple[str, ...], ...]  # every tuple: one of its strings stands in any match
MOST_WORDS = 24  # a longer alternation costs more to test than the scan it could save
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
# what the regex module reads otherwise than the stdlib's parser, which would take it for literals:
# a set inside a class and set operations ("[[a-z]--[b]]", V1), fuzzy matching ("(?:…){e<=1}")
_OWN_SYNTAX = regex.compile(r"(?<!\\)\[[^\]]*(?<!\\)\[|--|&&|\|\||~~|\{\s*[a-z]")


def needs(pattern: str, *, verbose: bool = False) -> Needs:
    """The literal strings, lowercased, a match of `pattern` needs: in each tuple, at least one.
    Empty when nothing can be read (a pattern the stdlib cannot parse needs nothing known).

    >>> needs(r"(?<![\\p{L}])\\d+\\s+(?:triệu|tỷ)(?![\\p{L}])")
    (('triệu', 'tỷ'),)
    >>> needs(r"(?:\\d+\\s+)?phần\\s+(?:hai|ba)|một\\s+nửa")
    (('một', 'phần'),)
    >>> needs(r"\\d+(?:\\s+người)?")
    ()
    """
    if _OWN_SYNTAX.search(pattern):
        return ()
    try:
        tree = sre_parse.parse(_PROPERTY.sub(_stand_in, pattern), re.VERBOSE if verbose else 0)
    except re.error:
        return ()
    found = []
    for alternatives in _sequence(list(tree)):
        words = tuple(sorted(alternatives))
        if len(words) <= MOST_WORDS and words not in found:
            found.append(words)
    return tuple(found)


@cache
def needs_of(pattern: regex.Pattern[str]) -> Needs:
    """`needs` of a compiled regex, read from its own source (the simple case folding `(?-f)`
    that opens the rules' regexes set aside)."""
    return needs(pattern.pattern.removeprefix("(?-f)"), verbose=bool(pattern.flags & regex.VERBOSE))


def may_match(pattern: regex.Pattern[str], text: str) -> bool:
    """Whether `text` holds the literals a match of `pattern` needs (`needs_of`): False rules a
    match out for the cost of a few substring tests; True when it cannot be told.

    >>> weekday = regex.compile(r"thứ\\s+hai", regex.IGNORECASE)
    >>> may_match(weekday, "sáng Thứ Hai tuần sau"), may_match(weekday, "sáng mai")
    (True, False)
    """
    wanted = needs_of(pattern)
    if not wanted:
        return True
    lowered = lowered_for_openings(text)
    return lowered is None or holds(lowered, wanted)


def holds(lowered: str, wanted: Needs) -> bool:
    """Whether a lowercased text (`solieu.openings.lowered_for_openings`) holds one string of each
    tuple of `wanted`.

    >>> holds("tổng kinh phí là 1,5 tỷ", (("triệu", "tỷ"),)), holds("có 15 người", (("triệu", "tỷ"),))
    (True, False)
    """
    return all(any(map(lowered.__contains__, words)) for words in wanted)


def _simple(op: Any, av: Any) -> bool:
    """A literal character found in lowercased text wherever the regex finds it ignoring case:
    one whose lower case is one character and its case fold (as every character of a text the
    openings read), not the stand-in for a letter."""
    if op is not sre.LITERAL:
        return False
    char = chr(av)
    return char != _LETTER and len(char.lower()) == 1 and char.lower() == char.casefold()


def _sequence(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """The sets a match of a sequence needs one string of each: its runs of literals, and what
    its groups, repeats and positive lookarounds need."""
    out: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if _simple(op, av):
            run += chr(av).lower()
            continue
        if run:
            # the parser takes the letters the words of an alternation begin with out before it
            # ("triệu|tỷ" is "t" and "riệu|ỷ"): the words read whole again
            leads = [_leading(list(branch)) for branch in av[1]] if op is sre.BRANCH else []
            merged = bool(leads) and all(leads)
            out.append(frozenset(run + lead for lead in leads) if merged else frozenset({run}))
            run = ""
            if merged:
                continue  # what the branch needs, the words read whole hold
        out += _item(op, av)
    if run:
        out.append(frozenset({run}))
    return out


def _leading(items: list[tuple[Any, Any]]) -> str:
    """The literal letters an alternative of a branch begins with."""
    lead = ""
    for op, av in items:
        if not _simple(op, av):
            break
        lead += chr(av).lower()
    return lead


def _item(op: Any, av: Any) -> list[frozenset[str]]:
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is sre.ASSERT:  # a positive lookaround: what it reads stands in the text too
        return _sequence(list(av[1]))
    if op in _REPEATS and av[0] > 0:
        return _sequence(list(av[2]))
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            sets = _sequence(list(branch))
            if not sets:
                return []  # an alternative that needs no literal: the branch needs none
            union |= max(sets, key=lambda s: (min(map(len, s)), -len(s)))
        return [frozenset(union)]
    return []
