"""A matching copy of the article text, with a map back to the original offsets.

Patterns run on one canonical spelling of Vietnamese: NFC, `Đ` rather than the look-alike
`Ð`, one tone placement (`hòa`, `ủy`), plain spaces and hyphens. The text as the input gave
it is never changed: every normalised character remembers the original characters it came
from, so a match on the copy maps back to `original[start:end]`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import regex
from pydantic import BaseModel, ConfigDict, Field, model_validator

from solieu.ingest import ENCODINGS
from solieu.openings import letter_class
from solieu.rules import load_data


class OldTones(BaseModel):
    """Old tone placement to the new, for syllables that end in the pair."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    not_after: str = Field(description="letters after which the vowel is part of the consonant")
    pairs: dict[str, str]

    @model_validator(mode="after")
    def _same_length(self) -> OldTones:
        uneven = [k for k, v in self.pairs.items() if len(k) != len(v)]
        if uneven:
            raise ValueError(f"a pair must keep its length, so offsets stay valid: {uneven}")
        return self


class Spelling(BaseModel):
    """`normalise.toml`: the characters and tone marks the patterns expect."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    characters: dict[str, str]
    old_tones: OldTones

    @model_validator(mode="after")
    def _one_character(self) -> Spelling:
        wrong = [k for k, v in self.characters.items() if len(k) != 1 or len(v) > 1]
        if wrong:
            raise ValueError(f"a character maps to at most one character: {wrong}")
        return self


SPELLING = load_data("normalise.toml", Spelling)
# a line end is the engine's: dropped in CRLF, read as a line break alone (see `_normalise`)
_CHAR_MAP = {**SPELLING.characters, "\r": ""}
_SAME_LENGTH = {k: v for k, v in _CHAR_MAP.items() if len(v) == 1}
# stdlib searches in C for the few characters the maps change: most articles hold none, and a
# search is several times cheaper than a translation or a set built of every character
_MAPPED = re.compile("[" + "".join(re.escape(k) for k, v in _CHAR_MAP.items() if len(v) == 1) + "]")
_DROPPED = re.compile("[" + "".join(re.escape(k) for k, v in _CHAR_MAP.items() if not v) + "]")
_CHANGED = re.compile("[" + "".join(re.escape(k) for k in _CHAR_MAP) + "]")  # either: one scan where none is

_TONE_PAIRS = dict(SPELLING.old_tones.pairs)
_TONE_PAIRS.update({k.capitalize(): v.capitalize() for k, v in list(_TONE_PAIRS.items())})
_TONE_PAIRS.update({k.upper(): v.upper() for k, v in list(_TONE_PAIRS.items())})
_NOT_AFTER = regex.escape(SPELLING.old_tones.not_after.lower() + SPELLING.old_tones.not_after.upper())
_OLD_PAIRS = "|".join(sorted(_TONE_PAIRS, key=len, reverse=True))
_OLD_TONE = regex.compile(rf"(?<![{_NOT_AFTER}])({_OLD_PAIRS})(?!\p{{L}})")
# the pairs alone, found by a stdlib search before the full rule is tried; not before a letter of
# `LETTER_RANGES` (each one a \p{L}), so a pair inside a syllable ("hoàn") is not even tried
_ANY_OLD_PAIR = re.compile(
    "(?:" + "|".join(re.escape(k) for k in sorted(_TONE_PAIRS, key=len, reverse=True)) + f")(?!{letter_class()})"
)


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


# A run of characters each standing for one byte >= 0x80 in Windows-1252 (or Latin-1 for the
# C1 controls it leaves undefined): the shape of UTF-8 read as Windows-1252 ("Nhá»¯ng").
_MOJIBAKE_RUN = regex.compile(
    r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    r"\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{2,}"
)
# a lead character of a Vietnamese letter (encodings.toml) before one standing for a continuation byte
# (two classes of characters: a stdlib search, in C, of every article)
_MOJIBAKE_HINT = re.compile(
    "[" + re.escape("".join(ENCODINGS.utf8_as_cp1252.leads)) + "]"
    r"[\u0080-\u00bf\u2018-\u201e\u20ac\u2122\u0152\u0153\u0160\u0161]"
)


def _byte_of(ch: str) -> int:
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ch.encode("latin-1")[0]


def repair_mojibake(original: str) -> tuple[str, list[int], list[int]]:
    """Re-read UTF-8 that was decoded as Windows-1252, keeping each character's original span.

    >>> text, starts, ends = repair_mojibake("Nhá»¯ng viá»‡c")
    >>> text, text[2], (starts[2], ends[2])
    ('Những việc', 'ữ', (2, 5))
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for run in _MOJIBAKE_RUN.finditer(original):
        for i in range(pos, run.start()):
            out.append(original[i])
            starts.append(i)
            ends.append(i + 1)
        i = run.start()
        while i < run.end():
            lead = _byte_of(original[i])
            size = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 1
            chunk = original[i : i + size]
            try:
                decoded = bytes(_byte_of(c) for c in chunk).decode("utf-8") if size > 1 and len(chunk) == size else ""
            except (UnicodeDecodeError, UnicodeEncodeError):
                decoded = ""
            if len(decoded) == 1:
                out.append(decoded)
                starts.append(i)
                ends.append(i + size)
                i += size
            else:
                out.append(original[i])
                starts.append(i)
                ends.append(i + 1)
                i += 1
        pos = run.end()
    for i in range(pos, len(original)):
        out.append(original[i])
        starts.append(i)
        ends.append(i + 1)
    return "".join(out), starts, ends


def normalise(original: str) -> NormText:
    """Normalise for matching, mojibake repaired; offsets map back to `original`."""
    if not _MOJIBAKE_HINT.search(original):
        return _normalise(original)
    repaired, r_starts, r_ends = repair_mojibake(original)
    if repaired == original:
        return _normalise(original)
    inner = _normalise(repaired)
    starts = [r_starts[k] for k in inner.starts]
    ends = [r_ends[k - 1] for k in inner.ends]
    return NormText(inner.text, starts, ends, len(original))


def _normalise(original: str) -> NormText:
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
    changed = _CHANGED.search(original)
    if unicodedata.is_normalized("NFC", original) and (
        changed is None or not _DROPPED.search(original, changed.start())
    ):
        # the common case: one character in, one character out; each mapped character replaced
        # where it stands (`str.translate` with a map out of ASCII looks every character up)
        text = retone(original if changed is None else _MAPPED.sub(_same_length, original))
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
    return NormText(retone("".join(out)), starts, ends, n)


def _same_length(found: re.Match[str]) -> str:
    return _SAME_LENGTH[found.group()]


def retone(text: str) -> str:
    """Move old-style tone marks; same length, so the offset map stays valid.

    What `_OLD_TONE.sub` does, tried only where a pair stands (a stdlib search skips to them):
    most pairs are inside a longer syllable ("hoàn"), and the full rule scanning a whole
    article costs more than asking it at each.

    >>> retone("Thanh Hoá, hoàn thành; Khánh Hoà")
    'Thanh Hóa, hoàn thành; Khánh Hòa'
    """
    out: list[str] = []
    last = at = 0
    while (pair := _ANY_OLD_PAIR.search(text, at)) is not None:
        old = _OLD_TONE.match(text, pair.start())
        if old is None:
            at = pair.start() + 1
            continue
        out += (text[last : old.start()], _TONE_PAIRS[old.group(1)])
        last = at = old.end()
    return "".join([*out, text[last:]]) if out else text
