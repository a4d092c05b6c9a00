"""Read Vietnamese numbers: digits with dot thousands and comma decimals, number words, scales.

The vocabulary (number words and their variants, scale words) lives in
`patterns/vocabulary.toml`, the filler of "một trăm linh năm" in `patterns/cues/numbers.toml`;
this module is the arithmetic.
"""

from __future__ import annotations

import regex

from solieu.cues import words
from solieu.rules import VOCAB, alternation

DIGITS: dict[str, int] = VOCAB["number_words"]["digits"]
SCALES: dict[str, int] = VOCAB["number_words"]["scales"]
_TENS = tuple(VOCAB["number_words"]["tens"])  # "mươi", "chục"
_TEEN = VOCAB["number_words"]["ten"]  # "mười"
_UNIT_VARIANTS: dict[str, int] = VOCAB["number_words"]["unit_variants"]  # mốt, tư, lăm, nhăm
_FILLERS = frozenset(words("numbers", "filler"))  # linh, lẻ: "một trăm linh năm" is 105
# the words that are a number alone, một to mười
NUMBER_WORDS: tuple[str, ...] = (*DIGITS, _TEEN)
_DOTTED = regex.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
# a sum: digits, each with its scales of a thousand and up ("2 tỷ 500 triệu"); hundreds are digits
_THOUSANDS = alternation([word for word, value in SCALES.items() if value >= 1000])
_SUM = regex.compile(rf"(\d[\d.,]*)\s*({_THOUSANDS}(?:\s+{_THOUSANDS})*)?")


def parse_digits(token: str) -> float:
    """A digit group as Vietnamese prints it: `.` groups thousands, `,` marks decimals.

    >>> parse_digits("4.988")
    4988.0
    >>> parse_digits("838.728")
    838728.0
    >>> parse_digits("96,4")
    96.4
    >>> parse_digits("06")
    6.0
    >>> parse_digits("1.300")
    1300.0
    >>> parse_digits("2.435,5")
    2435.5
    >>> parse_digits("4.3")    # a lone dot before fewer than three digits is a decimal point
    4.3
    """
    token = token.strip().replace(" ", "")
    if _DOTTED.match(token):
        token = token.replace(".", "")
    elif token.count(".") == 1 and "," not in token:
        return float(token)
    return float(token.replace(".", "").replace(",", "."))


def decimals(token: str) -> int:
    """How many decimals a printed number shows (the precision of a stated percent).

    >>> decimals("96,4"), decimals("73"), decimals("5,17")
    (1, 0, 2)
    """
    token = token.strip()
    if "," in token:
        return len(token.rsplit(",", 1)[1])
    if token.count(".") == 1 and not _DOTTED.match(token):
        return len(token.rsplit(".", 1)[1])
    return 0


def parse_words(words: str) -> float | None:
    """A number written in words, or None when it is not one.

    >>> parse_words("năm")
    5.0
    >>> parse_words("hai mươi lăm")
    25.0
    >>> parse_words("mười một")
    11.0
    >>> parse_words("ba trăm")
    300.0
    >>> parse_words("hai nghìn")
    2000.0
    >>> parse_words("một trăm linh năm")
    105.0
    >>> parse_words("huyện") is None
    True
    """
    total, current, last = 0.0, 0.0, 0.0
    seen = False
    for word in words.casefold().split():
        if word in DIGITS:
            last = DIGITS[word]
            current += last
        elif word in _UNIT_VARIANTS and seen:
            last = _UNIT_VARIANTS[word]
            current += last
        elif word == _TEEN:
            last = 10
            current += 10
        elif word in _TENS and seen:
            current += last * 9  # "hai mươi": the 2 already added becomes 20
        elif word in _FILLERS and seen:
            continue
        elif word in SCALES and seen:
            scale = SCALES[word]
            if scale >= 1000:
                total += (current or 1) * scale
                current = 0
            else:
                current = (current or 1) * scale
        else:
            return None
        seen = True
    return total + current if seen else None


def apply_scale(value: float, scale_words: str | None) -> float:
    """Multiply by scale words that follow a number: `1,2 triệu`, `16 nghìn`, `800 triệu`.

    >>> apply_scale(1.2, "triệu")
    1200000.0
    >>> apply_scale(16, "nghìn")
    16000.0
    >>> apply_scale(5, None)
    5.0
    """
    if not scale_words:
        return float(value)
    for word in scale_words.casefold().split():
        value *= SCALES.get(word, 1)
    return float(value)


def parse_money(text: str) -> float | None:
    """A sum of money in đồng, compound scales included.

    >>> parse_money("800 triệu")
    800000000.0
    >>> parse_money("2 tỷ 500 triệu")
    2500000000.0
    >>> parse_money("1,5 tỷ")
    1500000000.0
    """
    total = 0.0
    found = False
    for match in _SUM.finditer(text):
        total += apply_scale(parse_digits(match.group(1)), match.group(2))
        found = True
    return total if found else None
