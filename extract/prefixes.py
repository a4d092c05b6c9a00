"""Where a match of the topic gate can begin: literal word beginnings, or a digit.

The gate's alternation of hundreds of words is tried at every position of an article, and
nearly every position fails. The words a match must begin with, read from the parsed pattern
(not listed by hand, so the rules stay the only place the words are written), let a cheap
search find the few positions worth trying; the full pattern still decides each one.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, NamedTuple

import regex

DIGIT = object()  # a match may begin with a decimal digit
DIGIT_RUN = object()  # a match may begin with a decimal digit, but never right after another (`runs`)
_LETTER = "\ue000"  # stands for the regex module's \p{L} while the stdlib parser reads the pattern
_PROPERTY = regex.compile(r"\\([pP])\{([^}]*)\}")
_INITIAL, _FINAL = "\x01", "\x02"  # marks: no letter before / after the literal
_NO_DIGIT = "\x04"  # mark: no digit before (with `runs`)
SPACES = "\x03"  # in a `Start`'s text: a run of white space
DIGIT_AFTER = "\x05"  # in a `Start`'s text, last: a decimal digit ("số\x03\x05" for "số\s+\d+")


class Underivable(ValueError):
    """The pattern may begin somewhere no literal word beginning or digit announces."""


class Start(NamedTuple):
    """The literal text a match begins with (SPACES for a run of white space); `initial` when no
    letter stands before it, `whole` when no letter follows it."""

    text: str
    initial: bool
    whole: bool


def starts(pattern: str, *, verbose: bool = False, runs: bool = False) -> set[Start | object]:
    """What every match of `pattern` begins with: a `Start` or DIGIT; with `runs`, DIGIT_RUN for
    a digit behind a lookbehind that refuses a digit before it (`(?<![\\d.,])\\d+`): such a
    match begins where a run of digits does.

    >>> found = starts(r"(?<![\\p{L}])(?:lớp\\s+học|khóa)(?![\\p{L}])|\\d+")
    >>> sorted(s for s in found if isinstance(s, Start)), DIGIT in found
    ([Start(text='khóa', initial=True, whole=True), Start(text='lớp\\x03học', initial=True, whole=True)], True)
    >>> DIGIT_RUN in starts(r"(?<![\\d.,])\\d{1,2}/\\d{4}", runs=True), DIGIT in starts(r"(?<![\\d.,])\\d{1,2}/\\d{4}")
    (True, True)
    >>> sorted(s.text for s in starts(r"(?>hai|ba(?![\\p{L}]))\\s+năm"))  # an atomic group opens with what it holds
    ['ba', 'hai\\x03năm']
    >>> sorted(s.text for s in starts(r"(?:số|khóa)\\s+\\d+"))  # a digit after the words: DIGIT_AFTER
    ['khóa\\x03\\x05', 'số\\x03\\x05']
    >>> sorted(s.text for s in starts(r"(?:(?:hơn|gần)\\s+)?năm"))  # an optional part, or what follows it
    ['gần\\x03', 'hơn\\x03', 'năm']
    """
    try:
        tree = sre_parse.parse(_PROPERTY.sub(_stand_in, pattern), re.VERBOSE if verbose else 0)
    except re.error as exc:
        raise Underivable(str(exc)) from None
    out: set[Start | object] = set()
    for prefix, _open in _sequence(list(tree), runs):
        if prefix is DIGIT or prefix is DIGIT_RUN:
            out.add(prefix)
            continue
        assert isinstance(prefix, str)
        body = prefix.strip(_INITIAL + _FINAL + _NO_DIGIT)
        if not body or body.startswith(SPACES):
            raise Underivable("a match may begin with any character")
        out.add(Start(body, prefix.startswith(_INITIAL), prefix.endswith(_FINAL)))
    return out


def _stand_in(match: regex.Match[str]) -> str:
    """\\p{L} as a mark the derivation knows; any other property as a class that is no literal."""
    if match.group(2) == "L":
        return _LETTER if match.group(1) == "p" else "\\W"
    return "\\w" if match.group(1) == "p" else "\\W"


_Prefix = tuple[object, bool]  # literal text (with marks) or DIGIT, and whether more may follow


def _sequence(items: list[tuple[Any, Any]], runs: bool = False) -> set[_Prefix]:
    out: set[_Prefix] = {("", True)}
    for op, av in items:
        grown: set[_Prefix] = set()
        for prefix, open_ in out:
            if not open_:
                grown.add((prefix, False))
            elif runs and op is sre.ASSERT_NOT and av[0] < 0 and not prefix and _holds_digits(av[1]):
                grown.add(((_INITIAL if _is_letter_class(av[1]) else "") + _NO_DIGIT, True))
            elif op is sre.ASSERT_NOT and _is_letter_class(av[1]):
                assert isinstance(prefix, str)
                if av[0] < 0 and not prefix:
                    grown.add((_INITIAL, True))
                elif av[0] > 0 and prefix.strip(_INITIAL + _NO_DIGIT):
                    grown.add((prefix + _FINAL, False))
                else:
                    grown.add((prefix, True))
            elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
                grown.add((prefix, True))
            else:
                assert isinstance(prefix, str)
                for head, whole in _item(op, av, runs):
                    if head is DIGIT or head is DIGIT_RUN:
                        digit = DIGIT_RUN if head is DIGIT_RUN or _NO_DIGIT in prefix else DIGIT
                        # after literal text, the digit is part of what the match begins with
                        grown.add((digit if not prefix.strip(_INITIAL + _NO_DIGIT) else prefix + DIGIT_AFTER, False))
                    else:
                        assert isinstance(head, str)
                        grown.add((prefix + head, whole))
        out = grown
    return out


def _item(op: Any, av: Any, runs: bool = False) -> set[_Prefix]:
    if op is sre.LITERAL and chr(av) != _LETTER:
        return {(chr(av), True)}
    if op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group that changes no flag
        return _sequence(list(av[3]), runs)
    if op is sre.BRANCH:
        return set().union(*(_sequence(list(b), runs) for b in av[1]))
    if op is sre.ATOMIC_GROUP:  # (?>…) begins where what it holds does
        return _sequence(list(av), runs)
    if op is sre.MAX_REPEAT and av[0] > 0 and list(av[2]) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])]:
        return {(SPACES, True)}  # \s+: a run, whatever its length
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        heads = {(p, False) for p, _ in _sequence(list(av[2]), runs)}
        # an optional part ("(?:hơn\s+)?\d+"): a match begins as it does, or as what follows it
        return heads if av[0] > 0 else heads | {("", True)}
    if op is sre.IN and av == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
        return {(DIGIT, False)}
    return {("", False)}


def _holds_digits(sub: Any) -> bool:
    """A one-character class holding every decimal digit: `[\\d.,]`, `[\\p{L}\\d]`."""
    items = list(sub)
    if len(items) != 1:
        return False
    op, av = items[0]
    return op is sre.IN and (sre.CATEGORY, sre.CATEGORY_DIGIT) in av and not any(o is sre.NEGATE for o, _ in av)


def _is_letter_class(sub: Any) -> bool:
    """A one-character pattern holding every letter: `[\\p{L}]`, `\\p{L}`, `[\\p{L}\\d/-]`."""
    items = list(sub)
    if len(items) != 1:
        return False
    op, av = items[0]
    return (op is sre.LITERAL and av == ord(_LETTER)) or (
        op is sre.IN and (sre.LITERAL, ord(_LETTER)) in av and not any(o is sre.NEGATE for o, _ in av)
    )
