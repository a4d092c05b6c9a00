"""Sentence boundaries as spans, by the rules of underthesea's `sent_tokenize`.

underthesea walks a paragraph one character at a time in Python and returns stripped strings
that the segment stage then aligns back to offsets. The same rules jump from one `.`, `?` or
`!` to the next and give the spans directly, so the sentences are the same, found faster:

- a run of three dots or more ends a sentence only before a capital letter or the end;
- a full stop between two digits (`1.500`) or after an abbreviation (`TP.`) ends nothing;
- any other `.`, `?` or `!` ends one, with the marks that follow it.

The abbreviations are underthesea's own (`patterns/sentences.toml` says where they come from).
"""

from __future__ import annotations

import json
import string
from functools import cache

import regex
from pydantic import BaseModel, ConfigDict

from solieu.rules import load_data, package_text

_MARK = regex.compile(r"[.?!]")
_ENDS = ".?!"
_GAP = " \t\n\r"  # what is skipped after a sentence (other white space is stripped instead)


class SentenceRules(BaseModel):
    """`sentences.toml`: the abbreviations a full stop may follow without ending a sentence."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str
    abbreviations: list[str]
    learned: str


@cache
def abbreviations() -> frozenset[str]:
    """Every word (lower-cased) after which a full stop is not a boundary."""
    rules = load_data("sentences.toml", SentenceRules)
    learned = json.loads(package_text("underthesea", rules.learned))
    words = set(learned.get("abbrev_types", []))
    words.update(rules.abbreviations, string.ascii_uppercase, string.ascii_lowercase)
    return frozenset(words)


def split_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences of `text`, stripped of white space.

    >>> text = "TP. Hồ Chí Minh có 1.500 cán bộ. Còn lại?! Đó là... Tốt"
    >>> [text[s:e] for s, e in split_spans(text)]
    ['TP. Hồ Chí Minh có 1.500 cán bộ.', 'Còn lại?!', 'Đó là...', 'Tốt']
    """
    abbrev = abbreviations()
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = i = 0
    while True:
        mark = _MARK.search(text, i)
        if mark is None:
            break
        i = mark.start()
        if text[i] == ".":
            dots = i
            while dots < n and text[dots] == ".":
                dots += 1
            if dots - i >= 3:  # an ellipsis ends a sentence only before a capital or the end
                after = dots
                while after < n and text[after] in " \t":
                    after += 1
                if after >= n or text[after].isupper():
                    _add(spans, text, start, dots)
                    start = _skip_gap(text, dots)
                i = dots
                continue
            if i > 0 and text[i - 1].isdigit() and i + 1 < n and text[i + 1].isdigit():
                i += 1  # 1.500.000
                continue
            word = _word_before(text, i)
            if word and word.lower() in abbrev:
                i += 1
                continue
        end = i + 1
        while end < n and text[end] in _ENDS:
            end += 1
        _add(spans, text, start, end)
        start = i = _skip_gap(text, end)
    _add(spans, text, start, n)
    return spans


def _skip_gap(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _GAP:
        pos += 1
    return pos


def _word_before(text: str, pos: int) -> str:
    """Letters, digits and dots right before `pos` ("e.g" before its last dot)."""
    start = pos - 1
    while start >= 0 and (text[start].isalnum() or text[start] == "."):
        start -= 1
    return text[start + 1 : pos]


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    bare = piece.strip()
    if bare:
        lead = start + len(piece) - len(piece.lstrip())
        spans.append((lead, lead + len(bare)))
