"""Read Vietnamese numbers: digits with dot thousands and comma decimals, number words, scales.

The words and their places in a number live in `patterns/vocabulary.toml [number_words]`;
this module is the grammar and the arithmetic. A phrase is read whole or not at all: a word
out of its place ("hai mươi năm" is twenty years, not 25) or a reading the language leaves open
("một trăm hai": 102 or 120) gives None, never a value computed from part of the phrase.
"""

from __future__ import annotations

import random

import regex

from solieu.rules import VOCABULARY, alternation

_NW = VOCABULARY.number_words
DIGITS: dict[str, int] = dict(_NW.digits)
SCALES: dict[str, int] = dict(_NW.scales)
UNIT_VARIANTS: dict[str, int] = dict(_NW.unit_variants)
HUNDRED = _HUNDRED = next(word for word, value in SCALES.items() if value == 100)
HALF_OF = _NW.half_of
_BIG = {word: value for word, value in SCALES.items() if value >= 1000}
_ONES_AFTER_TEN: dict[str, int] = dict(_NW.ones_after_ten)
_TENS = frozenset(_NW.tens)
TENS = _TENS
_TEEN = _NW.ten
_FILLERS = frozenset(_NW.fillers)
_POINTS = frozenset(_NW.decimal_points)
_SUFFIXES: dict[str, int] = dict(_NW.suffixes)
# the words that begin a number written out: a unit, "mười", a bare "trăm", or "nửa" before a scale
NUMBER_WORDS: tuple[str, ...] = (*DIGITS, _TEEN, _HUNDRED, HALF_OF)
_DOTTED = regex.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
# a sum: digits, each with its scales of a thousand and up ("2 tỷ 500 triệu"); hundreds are digits
_THOUSANDS = alternation(list(_BIG))
_SUM = regex.compile(rf"(\d[\d.,]*)\s*({_THOUSANDS}(?:\s+{_THOUSANDS})*)?")
_SPOKEN = regex.compile(r"^(\d+)\s+" + alternation(list(_POINTS)) + r"\s+(\d+)(.*)$", regex.IGNORECASE)
_SUFFIXED = regex.compile(r"^(\d+(?:[.,]\d+)?|,\d+)(" + "|".join(map(regex.escape, _SUFFIXES)) + ")$")


def in_digits(token: str) -> bool:
    """Whether a number is printed in digits, a decimal with its leading zero left out included.

    >>> in_digits("4.988"), in_digits(",77"), in_digits("hai"), in_digits(", 7")
    (True, True, False, False)
    """
    return token[:1].isdigit() or (token[:1] == "," and token[1:2].isdigit())


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
    >>> parse_digits("100K"), parse_digits("1,2M")   # informal scale letters
    (100000.0, 1200000.0)
    >>> parse_digits(",77"), parse_digits(",0012G")   # the leading zero left out
    (0.77, 1200000.0)
    """
    token = token.strip().replace(" ", "")
    suffixed = _SUFFIXED.match(token)
    if suffixed:
        return parse_digits(suffixed.group(1)) * _SUFFIXES[suffixed.group(2)]
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


class _Words:
    """The words of a phrase, read left to right."""

    def __init__(self, text: str) -> None:
        self.words = text.casefold().split()
        self.i = 0

    def peek(self, ahead: int = 0) -> str | None:
        return self.words[self.i + ahead] if self.i + ahead < len(self.words) else None

    def take(self) -> str:
        self.i += 1
        return self.words[self.i - 1]


def parse_words(text: str) -> float | None:
    """A number written in words, or None when the phrase is not one number read whole.

    >>> parse_words("năm"), parse_words("hai mươi lăm"), parse_words("mười một"), parse_words("ba mươi ba")
    (5.0, 25.0, 11.0, 33.0)
    >>> parse_words("ba trăm"), parse_words("hai nghìn"), parse_words("một trăm linh năm"), parse_words("trăm")
    (300.0, 2000.0, 105.0, 100.0)
    >>> parse_words("bốn trăm năm mươi nghìn"), parse_words("hai trăm nghìn"), parse_words("hai chục")
    (450000.0, 200000.0, 20.0)
    >>> parse_words("một nghìn tỷ"), parse_words("hai tỷ ba trăm triệu"), parse_words("hai triệu rưỡi")
    (1000000000000.0, 2300000000.0, 2500000.0)
    >>> parse_words("bảy trăm hai mươi mốt nghìn không trăm mười hai")
    721012.0
    >>> parse_words("hai phẩy năm"), parse_words("hai phẩy 23"), parse_words("âm ba")
    (2.5, 2.23, -3.0)
    >>> parse_words("nửa tỷ"), parse_words("nửa triệu"), parse_words("nửa") is None, parse_words("nửa trăm") is None
    (500000000.0, 500000.0, True, True)
    >>> parse_words("hai mươi năm") is None   # twenty years: "năm" is no unit after a ten
    True
    >>> parse_words("một trăm hai") is None   # 102 or 120: the language leaves it open
    True
    >>> parse_words("huyện") is None, parse_words("không") is None
    (True, True)
    """
    words = _Words(text)
    sign = 1.0
    if words.peek() == _NW.negative:
        words.take()
        sign = -1.0
    value = _half_of_scale(words) if words.peek() == HALF_OF else _number(words)
    if value is None or words.i != len(words.words):
        return None
    return sign * value


def _half_of_scale(w: _Words) -> float | None:
    """Half of one scale of a thousand or more said before it ("nửa tỷ"), nothing after it."""
    w.take()
    scale = w.peek()
    if scale not in _BIG:  # a thousand and up: "nửa trăm" is no number
        return None
    w.take()
    return _BIG[scale] / 2


def _number(w: _Words) -> float | None:
    """Groups under a thousand, each with its scales; a scale above the ones before it takes
    them all ("năm nghìn tỷ" is 5 × 10¹²), a lower one only its own group."""
    stack: list[tuple[float, int]] = []  # (value already scaled, its scale)
    group = _group(w, first=True)
    if group is None:
        return None
    amount, bare = group
    while True:
        word = w.peek()
        if word in _BIG:
            w.take()
            scale = _BIG[word]
            pending = amount
            while stack and stack[-1][1] < scale:
                pending += stack.pop()[0]
            if pending == 0:
                return None  # a scale with nothing to count
            stack.append((pending * scale, scale))
            amount, bare = 0.0, False
            if w.peek() == _NW.half:
                w.take()
                value, top = stack.pop()
                stack.append((value + top / 2, top))
                break
            if w.peek() is None:
                break
            if w.peek() in _BIG:
                continue  # stacked scales: "nghìn tỷ"
            group = _group(w, first=False)
            if group is None:
                return None
            amount, bare = group
            continue
        if word in _POINTS and not stack:
            w.take()
            fraction = _decimal_digits(w)
            if fraction is None:
                return None
            amount, bare = amount + fraction, False
            continue
        if bare and stack:
            return None  # "hai nghìn năm": 2,005, 2,500 or two thousand years
        return sum(v for v, _ in stack) + amount
    return sum(v for v, _ in stack) + amount


def _group(w: _Words, *, first: bool) -> tuple[float, bool] | None:
    """A number under a thousand, and whether it is a single unit with nothing after it."""
    word, after = w.peek(), w.peek(1)
    hundreds = None
    if (word in DIGITS or word == _NW.zero) and after == _HUNDRED:
        w.take()
        w.take()
        hundreds = 0 if word == _NW.zero else DIGITS[str(word)]
    elif word == _HUNDRED and first:
        w.take()
        hundreds = 1
    if hundreds is not None:
        if w.peek() == _NW.half:
            w.take()
            return hundreds * 100 + 50.0, False
        rest = _below_hundred(w, after_hundreds=True)
        if rest is None:
            return None
        value, bare = rest
        if bare:
            return None  # "một trăm hai": 102 or 120
        return hundreds * 100 + value, False
    if word in _FILLERS and not first:
        rest = _below_hundred(w, after_hundreds=True)
        return None if rest is None else (rest[0], False)
    return _below_hundred(w, after_hundreds=False)


def _below_hundred(w: _Words, *, after_hundreds: bool) -> tuple[float, bool] | None:
    """Tens and ones: "hai mươi mốt", "mười lăm", "linh năm", "bảy"; (0, False) for nothing."""
    word = w.peek()
    if word is None or word in _BIG or word in _POINTS:
        return (0.0, False) if after_hundreds else None
    if word in _FILLERS:
        if not after_hundreds:
            return None
        w.take()
        unit = w.peek()
        if unit in DIGITS:
            w.take()
            return float(DIGITS[str(unit)]), False
        if unit == _TEEN:
            return _below_hundred(w, after_hundreds=False)
        return None
    if word == _TEEN:
        w.take()
        one = w.peek()
        if one in _ONES_AFTER_TEN:
            w.take()
            return 10.0 + _ONES_AFTER_TEN[str(one)], False
        return 10.0, False
    if word in DIGITS:
        digit = DIGITS[w.take()]
        if w.peek() in _TENS:
            w.take()
            one = w.peek()
            if one in _ONES_AFTER_TEN:
                w.take()
                return digit * 10.0 + _ONES_AFTER_TEN[str(one)], False
            return digit * 10.0, False
        return float(digit), True
    return (0.0, False) if after_hundreds else None


def _decimal_digits(w: _Words) -> float | None:
    """The digits after "phẩy"/"chấm", each a unit: "hai phẩy năm" is 2.5."""
    digits = ""
    if (w.peek() or "").isdigit():  # "hai phẩy 23": the decimals in digits
        return float("0." + w.take())
    while w.peek() in DIGITS or w.peek() == _NW.zero:
        word = w.take()
        digits += "0" if word == _NW.zero else str(DIGITS[word])
    return float("0." + digits) if digits else None


def parse_number(text: str) -> float | None:
    """Digits or words, with the scale words after them: `1,2 triệu`, `5 nghìn tỷ`, `hai trăm nghìn`.

    >>> parse_number("5 nghìn tỷ"), parse_number("2.5 tỷ"), parse_number("mười bốn"), parse_number("2 chấm 23")
    (5000000000000.0, 2500000000.0, 14.0, 2.23)
    """
    text = text.strip()
    if in_digits(text):
        spoken = _SPOKEN.match(text)
        if spoken:
            value = float(f"{spoken.group(1)}.{spoken.group(2)}")
            return apply_scale(value, spoken.group(3).strip() or None)
        head, _, scales = text.partition(" ")
        return apply_scale(parse_digits(head), scales or None)
    return parse_words(text)


def apply_scale(value: float, scale_words: str | None) -> float:
    """Multiply by scale words that follow a number: `1,2 triệu`, `16 nghìn`, `5 nghìn tỷ`.

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
    """A sum of money, compound scales included.

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


def _spellings(table: dict[str, int], value: int) -> list[str]:
    return [word for word, v in table.items() if v == value]


def spell(n: int, rng: random.Random | None = None) -> str:
    """`n` written out in words, in one of the styles newspapers use (nghìn or ngàn, linh or lẻ,
    tỷ or tỉ, mốt, tư, lăm …), chosen by `rng`: the speller the grammar is tested against.

    >>> spell(721012)
    'bảy trăm hai mươi mốt nghìn không trăm mười hai'
    >>> spell(1_000_000_000_000)
    'một nghìn tỷ'
    """

    def pick(options: list[str]) -> str:
        return rng.choice(options) if rng else options[0]

    if n == 0:
        return _NW.zero
    units = {v: _spellings(DIGITS, v) for v in range(1, 10)}
    ones = {v: _spellings(_ONES_AFTER_TEN, v) for v in range(1, 10)}
    ten_word = _NW.tens[0]
    scale_words = [(size, _spellings(_BIG, size)) for size in (10**9, 10**6, 10**3)]

    def below_thousand(k: int, inner: bool) -> list[str]:
        out: list[str] = []
        h, rest = divmod(k, 100)
        if h or inner:
            out += [pick(units[h]) if h else _NW.zero, _HUNDRED]
        t, o = divmod(rest, 10)
        if t == 0 and o:
            out += ([pick(sorted(_FILLERS))] if out else []) + [pick(units[o])]
        elif t == 1:
            out += [_TEEN] + ([pick(units[1] if o == 1 else ones[o])] if o else [])  # "mười một", "mười lăm"
        elif t:
            out += [pick(units[t]), ten_word] + ([pick(ones[o])] if o else [])
        return out

    def words(m: int, inner: bool) -> list[str]:
        if m >= 10**12:  # a thousand billion and up: the billions counted in thousands
            high, low = divmod(m, 10**9)
            return [*words(high, inner), pick(scale_words[0][1]), *(words(low, True) if low else [])]
        out: list[str] = []
        for size, names in scale_words:
            part, m = divmod(m, size)
            if part:
                out += below_thousand(part, inner and not out)
                out.append(pick(names))
                inner = True
        if m:
            out += below_thousand(m, inner)
        return out

    return " ".join(words(n, False))
