"""Load the rules in `patterns/`: data validated on load, vocabulary composed into regexes.

A rule names a vocabulary group as `{{group}}`; the loader replaces it with the group's
words as an alternation, longest first, so alternation order never decides silently, and
refuses an empty or unknown group. A typo in a rule's field fails at load (`extra="forbid"`).
"""

from __future__ import annotations

import importlib.util
import tomllib
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeVar

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from solieu.schemas.records import FigureEvent, FigureKind

M = TypeVar("M", bound=BaseModel)

MATCH_TIMEOUT = 1.0  # seconds a single regex may run on one long sentence: hostile text stops here
TIMEOUT_FROM = 2000  # characters from which a sentence is long enough to be worth the timeout's cost


class DataFileError(ValueError):
    """A file of `patterns/` that does not hold what the engine expects: names the file and the entry."""

    def __init__(self, path: str, detail: ValidationError | str, data: dict[str, Any] | None = None) -> None:
        if isinstance(detail, ValidationError):
            detail = "; ".join(_describe(error["loc"], error["msg"], data or {}) for error in detail.errors())
        super().__init__(f"patterns/{path}: {detail}")


def _describe(loc: tuple[int | str, ...], message: str, data: dict[str, Any]) -> str:
    """`rule 'count.classes' field kind: …` rather than `rule.3.kind: …`."""
    if len(loc) >= 2 and isinstance(loc[1], int) and isinstance(data.get(str(loc[0])), list):
        entries = data[str(loc[0])]
        entry = entries[loc[1]] if loc[1] < len(entries) else {}
        name = entry.get("id", f"#{loc[1] + 1}") if isinstance(entry, dict) else f"#{loc[1] + 1}"
        rest = ".".join(str(p) for p in loc[2:])
        return f"{loc[0]} {name!r}" + (f" field {rest}" if rest else "") + f": {message}"
    return ".".join(str(p) for p in loc) + f": {message}"


def load_toml(name: str) -> dict[str, Any]:
    """A file of `patterns/`, read from the installed package so `solieu` works anywhere."""
    source = resources.files("solieu.patterns").joinpath(*name.split("/"))
    try:
        return tomllib.loads(source.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(name, f"not valid TOML ({exc})") from None


def package_text(package: str, path: str) -> str:
    """A data file shipped inside an installed package, read without importing the package:
    importing underthesea imports its whole pipeline (most of a second), and the gazetteer and the
    sentence rules need two of its files, not its code."""
    spec = importlib.util.find_spec(package)
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        candidate = Path(folder, *path.split("/"))
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    return resources.files(package).joinpath(path).read_text(encoding="utf-8")  # a zipped package


def load_data(name: str, model: type[M]) -> M:
    """A file of `patterns/` validated by its model: an unknown or missing key fails at load."""
    data = load_toml(name)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise DataFileError(name, exc, data) from None


class NumberWords(BaseModel):
    """Vietnamese number words and their values."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ten: str
    tens: list[str]
    zero: str
    half: str
    half_of: str
    fillers: list[str]
    decimal_points: list[str]
    negative: str
    digits: dict[str, int]
    unit_variants: dict[str, int]
    ones_after_ten: dict[str, int]
    scales: dict[str, int]
    suffixes: dict[str, int]


class Currency(BaseModel):
    """A currency: the words printed after an amount, the signs or codes before it, its minor unit."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    words: list[str] = Field(min_length=1)
    before: list[str] = []
    minor: list[str] = []
    minor_alone: list[str] = []


class Vocabulary(BaseModel):
    """`vocabulary.toml`: the words rules are composed from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    number_words: NumberWords
    groups: dict[str, list[str]]
    doc_codes: dict[str, str]
    issuer_codes: dict[str, str]
    currencies: dict[str, Currency]


VOCABULARY = load_data("vocabulary.toml", Vocabulary)
VOCAB: dict[str, Any] = VOCABULARY.model_dump()
GROUPS: dict[str, list[str]] = {name: list(words) for name, words in VOCABULARY.groups.items()}
# Groups derived from [number_words], so a number's words are written once: every word of a
# number written out, the words it may begin with, and the scales of a thousand and up.
_NUMBERS = VOCABULARY.number_words
GROUPS["number_token"] = sorted(
    {
        *_NUMBERS.digits,
        *_NUMBERS.unit_variants,
        *_NUMBERS.ones_after_ten,
        *_NUMBERS.scales,
        *_NUMBERS.tens,
        *_NUMBERS.fillers,
        _NUMBERS.ten,
        _NUMBERS.zero,
        _NUMBERS.half,
    }
)
# The words that carry a number written out on after one of its words ("mười lăm", "hai mươi",
# "ba trăm"): a rule that reads one word as the number must not stop before them. "năm" is not one
# of them after a digit word: "mười năm" is ten years.
GROUPS["number_goes_on"] = sorted(
    {
        *_NUMBERS.ones_after_ten,
        *_NUMBERS.unit_variants,
        *_NUMBERS.scales,
        *_NUMBERS.tens,
        *_NUMBERS.fillers,
        _NUMBERS.half,
    }
)
GROUPS["number_start"] = sorted({*_NUMBERS.digits, _NUMBERS.ten, *(w for w, v in _NUMBERS.scales.items() if v == 100)})
GROUPS["half_of"] = [_NUMBERS.half_of]
GROUPS["big_scale"] = sorted(w for w, v in _NUMBERS.scales.items() if v >= 1000)
GROUPS["decimal_point"] = sorted(_NUMBERS.decimal_points)
# The currencies' words, signs and minor units, one group each for the rules.
GROUPS["currency_word"] = sorted({w for c in VOCABULARY.currencies.values() for w in c.words})
GROUPS["currency_before"] = sorted({w for c in VOCABULARY.currencies.values() for w in c.before})
GROUPS["currency_minor"] = sorted({w for c in VOCABULARY.currencies.values() for w in c.minor})
GROUPS["currency_minor_alone"] = sorted({w for c in VOCABULARY.currencies.values() for w in c.minor_alone})
GROUPS["n_money"] = GROUPS["currency_word"]
QUALIFIER_CLASSES = ("over", "under", "about", "nearly", "at_least", "at_most")
# the word printed before a number -> the qualifier it means; `q_from` ("từ") alone opens a
# range or a lower bound, which the engine decides
QUALIFIER_OF: dict[str, str] = {
    " ".join(word.casefold().split()): cls for cls in QUALIFIER_CLASSES for word in GROUPS[f"q_{cls}"]
}
GROUPS["qualifier"] = sorted({*(w for cls in QUALIFIER_CLASSES for w in GROUPS[f"q_{cls}"]), *GROUPS["q_from"]})
_PLACEHOLDER = regex.compile(r"\{\{(\w+)\}\}")


class Example(BaseModel):
    """A real sentence and what the rule must find in it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    match: str = Field(description="the surface the rule must match")
    value: float | None = None
    kind: str | None = None


class Rule(BaseModel):
    """One pattern: what it finds, why it exists, and the sentences that prove it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    yields: Literal[
        "figure",
        "mask",
        "fraction",
        "percent",
        "rate",
        "document",
        "short_document",
        "enumeration",
        "period",
        "context",
    ]
    noun_class: str | None = None
    kind: FigureKind | None = None
    event: FigureEvent | None = Field(
        default=None, description="what the rule's words say happened to those counted: their event"
    )
    applies_to: list[str] = []
    nouns: list[str] = Field(
        default=[],
        description="a context rule reads only these counted nouns of its classes (one word of many): all when empty",
    )
    priority: int = 0
    anchored: bool = Field(
        default=False,
        description="the match starts at a number or at the qualifier before it: tried only there",
    )
    prefilter: str | None = Field(default=None, description="a cheap regex the sentence must hold first")
    requires: list[str] = Field(
        default=[], description="strings one of which the lower-cased sentence must contain: cheaper than a regex"
    )
    words_only: bool = Field(
        default=False, description="can match with no digit at all (number words): run on digit-free sentences too"
    )
    claims: bool = Field(
        default=False, description="the numbers inside its match count nothing else (the '10' of '$10')"
    )
    any_noun: bool = Field(
        default=False, description="the word after the number is any word: it announces a list only with a colon"
    )
    period: Literal["months_of_year", "from_year", "year", "relative_year", "years_back"] | None = Field(
        default=None, description="how a period rule's groups resolve to dates"
    )
    pattern: str
    right: str | None = None
    note: str
    examples: list[Example] = Field(min_length=1)
    counter_examples: list[str] = []

    def compiled(self) -> regex.Pattern[str]:
        return compile_pattern(self.pattern)

    def compiled_prefilter(self) -> regex.Pattern[str] | None:
        return compile_pattern(self.prefilter) if self.prefilter else None

    def compiled_right(self) -> regex.Pattern[str] | None:
        return compile_pattern(self.right) if self.right else None


def alternation(words: list[str]) -> str:
    """Words as one regex alternation, longest first, spaces matching any run of spaces.

    >>> alternation(["cán bộ", "cán bộ chủ chốt"])
    '(?:cán\\\\s+bộ\\\\s+chủ\\\\s+chốt|cán\\\\s+bộ)'
    """
    if not words:
        raise ValueError("an empty vocabulary group would match nothing")
    escaped = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        parts = [regex.escape(p) if not _is_regex(p) else p for p in word.split(" ")]
        escaped.append(r"\s+".join(parts))
    return "(?:" + "|".join(escaped) + ")"


def trie(words: list[str]) -> str:
    """Words as one regex trie, longer words before their prefixes: the same matches as
    `alternation`, but a position is tried once per branch, not once per word (the topic gate
    scans every article with hundreds of words). Entries that are regexes stay an alternation.

    >>> trie(["cán bộ", "cán bộ chủ chốt", "chi bộ"])
    '(?:c(?:hi\\\\s+bộ|án\\\\s+bộ(?:\\\\s+chủ\\\\s+chốt)?))'
    """
    if not words:
        raise ValueError("an empty vocabulary group would match nothing")
    root: dict[str, Any] = {}
    for word in set(words):
        if not _is_regex(word):
            node = root
            for char in word:
                node = node.setdefault(r"\s+" if char == " " else regex.escape(char), {})
            node[""] = {}
    branches = [_branch(root)] if root else []
    rest = [w for w in words if _is_regex(w)]
    return "(?:" + "|".join([*branches, *([alternation(rest)] if rest else [])]) + ")"


def _branch(node: dict[str, Any]) -> str:
    """A trie node as a regex; an end of word inside it makes what follows optional."""
    arms = [key + _branch(node[key]) for key in sorted(k for k in node if k)]
    if not arms:
        return ""
    joined = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
    return f"(?:{joined})?" if "" in node else joined


def _is_regex(word: str) -> bool:
    return "\\" in word or "(?" in word or "{{" in word


def expand(pattern: str, join: Callable[[list[str]], str] = alternation) -> str:
    """Replace every `{{group}}` by its alternation (or `trie`); a group's regex entry may name groups too."""

    def replace(match: regex.Match[str]) -> str:
        name = match.group(1)
        if name not in GROUPS:
            raise KeyError(f"unknown vocabulary group {{{{{name}}}}}")
        return join(GROUPS[name])

    for _ in range(4):  # groups inside groups, a few levels deep at most
        if not _PLACEHOLDER.search(pattern):
            return pattern
        pattern = _PLACEHOLDER.sub(replace, pattern)
    raise KeyError("vocabulary groups nested too deep (or naming each other)")


def words_as_trie(words: list[str], *, any_case: bool = False) -> str:
    """A group as a `trie` where that finds what its `alternation` finds, else the alternation.

    The two agree when every word that another begins with, case aside, is written as its
    beginning: the trie then tries a word before the words it begins ("cán bộ chủ chốt" before
    "cán bộ"), as the alternation does longest first. Where the case is ignored throughout
    (`any_case`), the words are lower-cased first and always agree; else words written in two
    cases ("Đảng viên", "đảng viên dự bị") keep the alternation, as do regex entries.

    >>> words_as_trie(["cán bộ", "cán bộ chủ chốt"]) == trie(["cán bộ", "cán bộ chủ chốt"])
    True
    >>> words_as_trie(["Đảng viên", "đảng viên dự bị"]) == alternation(["Đảng viên", "đảng viên dự bị"])
    True
    >>> words_as_trie(["Đảng viên", "đảng viên dự bị"], any_case=True) == trie(["đảng viên", "đảng viên dự bị"])
    True
    """
    if any(map(_is_regex, words)):
        return alternation(words)
    if any_case:
        return trie([w.lower() for w in words])
    return trie(words) if _trie_agrees(tuple(sorted(set(words)))) else alternation(words)


@cache
def _trie_agrees(words: tuple[str, ...]) -> bool:
    lower = [w.lower() for w in words]
    pairs = [(a, la, b, lb) for a, la in zip(words, lower, strict=True) for b, lb in zip(words, lower, strict=True)]
    return all(b.startswith(a) for a, la, b, lb in pairs if a != b and lb.startswith(la))


def _any_case(words: list[str]) -> str:
    return words_as_trie(words, any_case=True)


@cache
def compile_pattern(pattern: str) -> regex.Pattern[str]:
    # simple case folding (?-f): Vietnamese needs no multi-character folds, and full folding
    # in V1 mode costs a good share of the matching time; a group of words is a trie where
    # that finds the same (an alternation tries each word at each position), of lower-cased
    # words where no part of the pattern heeds the case
    any_case = "(?-i" not in expand(pattern)
    body = expand(pattern, _any_case if any_case else words_as_trie)
    return regex.compile("(?-f)" + body, regex.IGNORECASE | regex.VERBOSE | regex.V1)


# the currency of a sum that names none: "Tổng kinh phí là 1,5 tỷ" is in đồng
DEFAULT_CURRENCY = next(iter(VOCABULARY.currencies))
# the currencies divided into cents, whose two digits after the unit are its cents ("hai đô 23")
WITH_CENTS = frozenset(code for code, c in VOCABULARY.currencies.items() if c.minor)


@cache
def _currency_patterns(where: str) -> list[tuple[str, regex.Pattern[str]]]:
    flags = regex.IGNORECASE | regex.V1
    out = []
    for code, c in VOCABULARY.currencies.items():
        words = {"after": c.words, "before": c.before, "minor": c.minor}[where]
        if words:
            out.append((code, regex.compile(alternation(words), flags)))
    return out


def currency_of(word: str, *, before: bool = False, minor: bool = False) -> str | None:
    """The ISO code of a currency word as printed after an amount (or its sign, or its minor unit).

    >>> currency_of("đô la"), currency_of("VNĐ"), currency_of("$", before=True), currency_of("đô thị")
    ('USD', 'VND', 'USD', None)
    """
    text = " ".join(word.split())
    for code, pattern in _currency_patterns("before" if before else "minor" if minor else "after"):
        if pattern.fullmatch(text):
            return code
    return None


@cache
def compile_group(name: str, *, whole_word: bool = True) -> regex.Pattern[str]:
    """One vocabulary group as a compiled regex, bounded by non-letters.

    A group of plain words is a `trie` of them, lower-cased (the case is ignored anyway): the link
    stage searches every sentence for some groups, and an alternation tries each word at each
    position. Simple case folding, as `compile_pattern`: full folding costs twice the time and
    only matters for a word holding a sequence a single character folds to ("ss" of "ß"), which
    no group holds (`tests/test_rules.py`).
    """
    body = expand(words_as_trie(GROUPS[name], any_case=True))
    if whole_word:
        body = r"(?<![\p{L}\d])" + body + r"(?![\p{L}\d])"
    return regex.compile("(?-f)" + body, regex.IGNORECASE | regex.V1)


NounTrait = Literal[
    "no_noun",
    "amount",
    "discipline_form",
    "people",
    "person_part",
    "indefinite_one",
    "counted_one",
    "no_list",
    "no_population",
    "place",
]


class NounClass(BaseModel):
    """A class of counted nouns: the kind its figures take alone, and what the engine may do with them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: FigureKind
    traits: list[NounTrait] = []
    currencies: list[str] = Field(
        default=[], description="for sums: the currencies the kind holds for; a sum in another is `other`"
    )
    note: str


class RuleFile(BaseModel):
    """A file of match or context rules; `kinds.toml` also holds the noun classes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    noun_classes: dict[str, NounClass] = {}
    rule: list[Rule] = Field(min_length=1)


@cache
def noun_classes() -> dict[str, NounClass]:
    """The registry of noun classes (`kinds.toml`): every rule's classes must be in it."""
    return load_data("kinds.toml", RuleFile).noun_classes


@cache
def classes_with(trait: str) -> frozenset[str]:
    """The noun classes that have a trait, e.g. `people` (named persons may follow the count)."""
    return frozenset(name for name, nc in noun_classes().items() if trait in nc.traits)


@cache
def load_rules(name: str) -> tuple[Rule, ...]:
    """The rules of one file of `patterns/`, validated, with unique ids and known noun classes."""
    rules = tuple(load_data(name, RuleFile).rule)
    ids = [r.id for r in rules]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise DataFileError(name, f"duplicate rule ids {sorted(duplicates)}")
    known = noun_classes()
    for rule in rules:
        unknown = sorted({c for c in [rule.noun_class, *rule.applies_to] if c is not None and c not in known})
        if unknown:
            raise DataFileError(name, f"rule {rule.id!r}: unknown noun class {unknown} (known: kinds.toml)")
        try:
            rule.compiled()
            rule.compiled_right()
        except (regex.error, KeyError) as exc:
            raise DataFileError(name, f"rule {rule.id!r}: {exc}") from None
    return rules


RULE_FILES = ("figures.toml", "masks.toml", "ratios.toml", "documents.toml", "kinds.toml", "periods.toml")


@cache
def rule_by_id(rule_id: str) -> Rule:
    """The rule of that id, from any rule file: what a match yields is read from its rule."""
    return _rules_by_id()[rule_id]


def find_rule(rule_id: str) -> Rule | None:
    """The rule of that id, or None for a name that is no rule's (`breakdown.total`, `article.…`)."""
    return _rules_by_id().get(rule_id)


@cache
def _rules_by_id() -> dict[str, Rule]:
    return {rule.id: rule for _, rule in all_rules()}


def all_rules() -> list[tuple[str, Rule]]:
    return [(name, rule) for name in RULE_FILES for rule in load_rules(name)]
