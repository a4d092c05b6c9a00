"""A matching copy of the article text, with a map back to the original offsets.

Patterns run on one canonical spelling of Vietnamese: NFC, `Đ` rather than the look-alike
`Ð`, one tone placement (`hòa`, `ủy`), plain spaces and hyphens. The text as the input gave
it is never changed: every normalised character remembers the original characters it came
from, so a match on the copy maps back to `original[start:end]`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import regex

# Look-alikes seen in real articles: the Icelandic eth for the Vietnamese D with stroke.
_CHAR_MAP = {
    "\u00d0": "\u0110",  # Ð -> Đ
    "\u00f0": "\u0111",  # ð -> đ
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\u3000": " ",
    "\t": " ",
    "\u200b": "",
    "\ufeff": "",
    "\u00ad": "",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\r": "",
}

# Old tone placement (hoà, uỷ) to the new one (hòa, ủy), only at the end of a syllable:
# "hoàn" already agrees in both styles, and "quý" is qu + ý, not u + ý.
_SAME_LENGTH = str.maketrans({k: v for k, v in _CHAR_MAP.items() if len(v) == 1})
_DROPPED = frozenset(k for k, v in _CHAR_MAP.items() if not v)

_TONE_PAIRS = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}
_TONE_PAIRS.update({k.capitalize(): v.capitalize() for k, v in list(_TONE_PAIRS.items())})
_TONE_PAIRS.update({k.upper(): v.upper() for k, v in list(_TONE_PAIRS.items())})
_OLD_TONE = regex.compile(r"(?<![qQ])(" + "|".join(sorted(_TONE_PAIRS, key=len, reverse=True)) + r")(?!\p{L})")


@dataclass(frozen=True, slots=True)
class NormText:
    """Normalised text plus, for each of its characters, the original span it came from."""

    text: str
    starts: Sequence[int]
    ends: Sequence[int]
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text back to the original text.

        >>> n = normalise("Hoà  Bình")
        >>> n.text
        'Hòa  Bình'
        >>> n.to_original(0, 3)
        (0, 3)
        """
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else self.original_length
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def normalise(original: str) -> NormText:
    """Normalise for matching; a combining sequence maps to the whole original cluster.

    >>> normalise("Ðảng uỷ").text
    'Đảng ủy'
    >>> n = normalise("Đa\u0300o ta\u0323o")   # decomposed: a + combining grave
    >>> n.text, n.to_original(0, 3)
    ('Đào tạo', (0, 4))
    >>> normalise("quý").text
    'quý'
    >>> normalise("một\\rhai\\r\\nba").text
    'một\\nhai\\nba'
    """
    n = len(original)
    if unicodedata.is_normalized("NFC", original) and not _DROPPED.intersection(original):
        # the common case: one character in, one character out
        text = _retone(original.translate(_SAME_LENGTH))
        return NormText(text, range(n), range(1, n + 1), n)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(original[j]):
            j += 1
        cluster = original[i:j]
        if len(cluster) > 1 or not cluster.isascii():
            cluster = unicodedata.normalize("NFC", cluster)
        for ch in cluster:
            mapped = _CHAR_MAP.get(ch, ch)
            if ch == "\r" and original[j : j + 1] != "\n":
                mapped = "\n"  # an old Mac line end is a line break; in CRLF the LF is the break
            for m in mapped:
                out.append(m)
                starts.append(i)
                ends.append(j)
        i = j
    return NormText(_retone("".join(out)), starts, ends, n)


def _retone(text: str) -> str:
    """Move old-style tone marks; same length, so the offset map stays valid."""
    if not _OLD_TONE.search(text):
        return text
    return _OLD_TONE.sub(lambda m: _TONE_PAIRS[m.group(1)], text)
