"""Vietnamese encodings from before Unicode: TCVN3 (ABC), VNI and VISCII.

Provincial archives typed before Unicode are in one of these; read as Windows-1258 they become
silent mojibake ("x©y dùng" for "xây dựng") whose figures are lost. None has a Python codec,
so the tables are data (`patterns/legacy.toml`). Which one a file is in is told by reading it
with each and counting the words that are well-formed Vietnamese syllables: the right table
gives a text of syllables, the wrong ones give symbols and impossible letter strings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from solieu.rules import load_data

SAMPLE = 20_000  # characters scored: enough words to tell, bounded time on a huge file


class Syllables(BaseModel):
    """The shape of a Vietnamese syllable, and how sure a decoding must be."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    initials: list[str] = Field(min_length=1)
    finals: list[str] = Field(min_length=1)
    vowels: list[str] = Field(min_length=1)
    tones: list[str] = Field(min_length=5, max_length=5)
    min_share: float = Field(gt=0, le=1)
    margin: float = Field(ge=0, lt=1)


class Table(BaseModel):
    """One legacy encoding: each letter and the bytes (as Latin-1 code points) that spell it."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    name: str
    letters: dict[str, str] = Field(min_length=60)


class Legacy(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    syllables: Syllables
    tcvn3: Table
    vni: Table
    viscii: Table


LEGACY = load_data("legacy.toml", Legacy)
TABLES: tuple[Table, ...] = (LEGACY.tcvn3, LEGACY.vni, LEGACY.viscii)


@dataclass(frozen=True, slots=True)
class Reading:
    """A decoding of some bytes and the share of its words that are syllables."""

    encoding: str
    text: str
    share: float


@cache
def _decoder(name: str) -> tuple[re.Pattern[str], dict[str, str]]:
    table = next(t for t in TABLES if t.name == name)
    spelled = {code: letter for letter, code in table.letters.items()}
    alternatives = sorted(spelled, key=len, reverse=True)  # a base letter and its mark before the letter
    return re.compile("|".join(re.escape(a) for a in alternatives)), spelled


def decode(data: bytes, name: str) -> str:
    """The text of `data` in the encoding `name`; bytes outside the table are Latin-1.

    >>> decode(bytes([0x78, 0xA9, 0x79]), "TCVN3")
    'xây'
    >>> decode("Vieät Nam".encode("cp1252"), "VNI")
    'Việt Nam'
    """
    pattern, spelled = _decoder(name)
    text = pattern.sub(lambda m: spelled[m.group()], data.decode("latin-1"))
    return _capitals(text) if name == LEGACY.tcvn3.name else text


_LOWER_ASCII = re.compile(r"[a-z]")
_WORD = re.compile(r"\S+")


def _capitals(text: str) -> str:
    """TCVN3 has no toned capitals (a capital font draws the lower-case byte): a word in capitals
    gets its toned letters in capitals too ("DựNG" is "DỰNG"). The length is unchanged."""

    def word(m: re.Match[str]) -> str:
        w = m.group()
        if w.isascii() or _LOWER_ASCII.search(w) or not any(c.isupper() for c in w):
            return w
        return w.upper() if len(w.upper()) == len(w) else w

    return _WORD.sub(word, text)


@cache
def _syllable() -> re.Pattern[str]:
    s = LEGACY.syllables
    vowels = {unicodedata.normalize("NFC", v + t) for v in s.vowels for t in ("", *s.tones)}
    toned = {v for v in vowels if any(t in unicodedata.normalize("NFD", v) for t in s.tones)}
    plain = "".join(sorted(vowels - toned))
    marked = "".join(sorted(toned))
    initial = "|".join(sorted(s.initials, key=len, reverse=True))
    final = "|".join(sorted(s.finals, key=len, reverse=True))
    nucleus = f"[{plain}]{{0,2}}[{marked}]?[{plain}]{{0,2}}"
    return re.compile(f"(?:{initial})?(?=[{plain}{marked}])(?:{nucleus})(?:{final})?")


_STRIP = "".join(chr(c) for c in range(33, 128) if not chr(c).isalnum())


def syllable_share(text: str) -> float:
    """The share of the words of `text` outside ASCII (punctuation stripped) that are Vietnamese
    syllables: the words every decoding reads alike do not count.

    >>> syllable_share("Thanh Ba xây dựng đội ngũ cán bộ cơ sở")
    1.0
    >>> syllable_share("Thanh Ba x©y dùng ®éi ng̣ c¸n bé c¬ së") < 0.6
    True
    """
    pattern = _syllable()
    words = [w.strip(_STRIP) for w in text[:SAMPLE].split()]
    words = [unicodedata.normalize("NFC", w) for w in words if not w.isascii() and any(c.isalpha() for c in w)]
    if not words:
        return 0.0
    good = sum(1 for w in words if _cased(w) and len(w) <= 7 and pattern.fullmatch(w.lower()))
    return good / len(words)


def _cased(word: str) -> bool:
    """A word is in lower case, in capitals or capitalised; a capital inside a lower-case word is
    a wrong table's letter."""
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


def readings(data: bytes, others: dict[str, str]) -> list[Reading]:
    """Every candidate decoding of `data` (the legacy tables and `others`, already decoded),
    best first; ties keep the order given."""
    found = [Reading(t.name, decode(data, t.name), 0.0) for t in TABLES]
    found += [Reading(name, text, 0.0) for name, text in others.items()]
    scored = [Reading(r.encoding, r.text, syllable_share(r.text)) for r in found]
    return sorted(scored, key=lambda r: -r.share)


def choose(candidates: list[Reading]) -> Reading | None:
    """The best reading when it is sure enough (enough syllables, well ahead of the next)."""
    if not candidates:
        return None
    best = candidates[0]
    runner_up = candidates[1].share if len(candidates) > 1 else 0.0
    if best.share >= LEGACY.syllables.min_share and best.share - runner_up >= LEGACY.syllables.margin:
        return best
    return None
