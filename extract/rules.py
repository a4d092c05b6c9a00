"""Load the rules in `patterns/`: data validated on load, vocabulary composed into regexes.

A rule names a vocabulary group as `{{group}}`; the loader replaces it with the group's
words as an alternation, longest first, so alternation order never decides silently, and
refuses an empty or unknown group. A typo in a rule's field fails at load (`extra="forbid"`).
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field

MATCH_TIMEOUT = 1.0  # seconds a single regex may run on one long sentence: hostile text stops here
TIMEOUT_FROM = 2000  # characters from which a sentence is long enough to be worth the timeout's cost


def load_toml(name: str) -> dict[str, Any]:
    """A file of `patterns/`, read from the installed package so `solieu` works anywhere."""
    return tomllib.loads(resources.files("patterns").joinpath(name).read_text(encoding="utf-8"))


VOCAB: dict[str, Any] = load_toml("vocabulary.toml")
GROUPS: dict[str, list[str]] = VOCAB["groups"]
QUALIFIER_CLASSES = ("over", "under", "about", "nearly", "at_least", "at_most")
# the word printed before a number -> the qualifier it means; "từ" alone opens a range or
# a lower bound ("từ 200 … trở lên"), which the engine decides
QUALIFIER_OF: dict[str, str] = {
    " ".join(word.casefold().split()): cls for cls in QUALIFIER_CLASSES for word in GROUPS[f"q_{cls}"]
}
GROUPS["qualifier"] = sorted({*(w for cls in QUALIFIER_CLASSES for w in GROUPS[f"q_{cls}"]), "từ"})
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
    kind: str | None = None
    applies_to: list[str] = []
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


def _is_regex(word: str) -> bool:
    return "\\" in word or "(?" in word


def expand(pattern: str) -> str:
    """Replace every `{{group}}` by its alternation."""

    def replace(match: regex.Match[str]) -> str:
        name = match.group(1)
        if name not in GROUPS:
            raise KeyError(f"unknown vocabulary group {{{{{name}}}}}")
        return alternation(GROUPS[name])

    return _PLACEHOLDER.sub(replace, pattern)


@cache
def compile_pattern(pattern: str) -> regex.Pattern[str]:
    # simple case folding (?-f): Vietnamese needs no multi-character folds, and full folding
    # in V1 mode costs a good share of the matching time
    return regex.compile("(?-f)" + expand(pattern), regex.IGNORECASE | regex.VERBOSE | regex.V1)


@cache
def compile_group(name: str, *, whole_word: bool = True) -> regex.Pattern[str]:
    """One vocabulary group as a compiled regex, bounded by non-letters."""
    body = alternation(GROUPS[name])
    if whole_word:
        body = r"(?<![\p{L}\d])" + body + r"(?![\p{L}\d])"
    return regex.compile(body, regex.IGNORECASE | regex.V1)


@cache
def load_rules(name: str) -> tuple[Rule, ...]:
    """The rules of one file of `patterns/`, validated, with unique ids."""
    data = load_toml(name)
    rules = tuple(Rule.model_validate(item) for item in data.get("rule", []))
    ids = [r.id for r in rules]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ValueError(f"{name}: duplicate rule ids {sorted(duplicates)}")
    for rule in rules:
        rule.compiled()
        rule.compiled_right()
    return rules


RULE_FILES = ("figures.toml", "masks.toml", "ratios.toml", "documents.toml", "kinds.toml", "periods.toml")


def all_rules() -> list[tuple[str, Rule]]:
    return [(name, rule) for name in RULE_FILES for rule in load_rules(name)]
