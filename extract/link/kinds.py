"""The kind of a figure: its noun's default, unless a context rule of kinds.toml says more
("cử 262 cán bộ … đi học" counts trainees)."""

from __future__ import annotations

from functools import cache

import regex

from solieu.match import FigureMatch
from solieu.openings import lowered_for_openings, search_at
from solieu.rules import Rule, load_rules, noun_classes
from solieu.segment import Sentence

KIND_DEFAULTS: dict[str, str] = {name: nc.kind for name, nc in noun_classes().items()}
_CURRENCIES = {name: frozenset(nc.currencies) for name, nc in noun_classes().items() if nc.currencies}
CONTEXT_RULES = sorted(load_rules("kinds.toml"), key=lambda r: (-r.priority, r.id))


FOREIGN_CURRENCY = "kind.foreign_currency"


def kind_of(fig: FigureMatch, sentence: Sentence) -> tuple[str, str | None]:
    """The figure kind and the rule that gave it: the noun's default (no rule), unless a context
    rule says more; a sum in a currency its class does not count ("100 triệu USD" where funding
    is money in đồng) is other."""
    accepted = _CURRENCIES.get(fig.noun_class)
    if fig.currency and accepted and fig.currency not in accepted:
        return "other", FOREIGN_CURRENCY
    left = sentence.text[max(0, fig.start - 200) : fig.start]
    right = sentence.text[fig.end : fig.end + 200]
    lowered: str | bool | None = False  # False: not yet worked out
    noun = None
    for rule, nouns, pattern, right_pattern in _rules_for(fig.noun_class):
        if nouns:
            if noun is None:
                noun = fig.folded_noun
            if noun not in nouns:
                continue
        if lowered is False:
            lowered = lowered_for_openings(left)
        if not search_at(pattern, left, lowered):  # type: ignore[arg-type]
            continue
        if right_pattern is not None and not right_pattern.search(right):
            continue
        return rule.kind or KIND_DEFAULTS[fig.noun_class], rule.id
    return KIND_DEFAULTS.get(fig.noun_class, "other"), None


_Applied = tuple[Rule, frozenset[str], regex.Pattern[str], regex.Pattern[str] | None]


@cache
def _rules_for(noun_class: str) -> tuple[_Applied, ...]:
    """The context rules that apply to a noun class, in their order, with their compiled regexes:
    a figure reads only these, not every rule of kinds.toml."""
    return tuple(
        (rule, frozenset(rule.nouns), rule.compiled(), rule.compiled_right())
        for rule in CONTEXT_RULES
        if noun_class in rule.applies_to
    )
