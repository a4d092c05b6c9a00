"""Whole words after a counted number, from the dictionary underthesea ships (Hồ Ngọc Đức's word
list, 74K entries).

A rule that takes any word after a number as its noun reads one syllable, and Vietnamese words
are mostly two: "90 thành viên" came out as "90 thành", "131 hợp đồng" as "131 hợp". The noun is
carried on over the syllables that make a word with it, by a lookup, not by the segmenter, which
costs far more per call. Where the last syllable taken could as well begin a word with the one
after it ("67 độ độc nhất": "độ độc" and "độc nhất" are both words), the reading is in doubt and
the noun stays one syllable.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

import regex

DICTIONARY = ("corpus", "data", "Viet74K.txt")
_SYLLABLE = regex.compile(r" (\p{Ll}+)(?![\p{L}\d-])")
LONGEST = 3  # syllables of a noun at most


@cache
def _words() -> frozenset[str]:
    """The dictionary's words of two syllables or more, lower-cased; empty when it cannot be found
    (the noun then stays as the rule read it)."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations)), *DICTIONARY)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(w.lower() for w in lines if " " in w)


def word_end(text: str, start: int, end: int, stops: frozenset[str] = frozenset()) -> int:
    """Where the word whose first syllable is `text[start:end]` ends; a syllable of `stops` (words of
    a closed class: "2 bàn là …" is two goals, then a verb) is never taken on.

    >>> text = "Hội đồng quản trị nhiệm kỳ 2017-2022 gồm 6 thành viên, trong đó"
    >>> at = text.index("thành")
    >>> text[at : word_end(text, at, at + 5)]
    'thành viên'
    >>> text = "67 độ độc nhất Việt Nam"
    >>> text[3 : word_end(text, 3, 5)]
    'độ'
    """
    words = _words()
    first = text[start:end]
    if not words or not first.islower():
        return end
    syllables = [first]
    ends = [end]
    at = end
    while len(syllables) < LONGEST + 1 and (m := _SYLLABLE.match(text, at)) is not None and m.group(1) not in stops:
        syllables.append(m.group(1))
        ends.append(m.end())
        at = m.end()
    for size in range(min(LONGEST, len(syllables)), 1, -1):
        if " ".join(syllables[:size]).lower() not in words:
            continue
        after = " ".join(syllables[size - 1 : size + 1]).lower()
        if size < len(syllables) and after in words:
            return end  # the last syllable begins a word with the next one too: in doubt
        return ends[size - 1]
    return end
