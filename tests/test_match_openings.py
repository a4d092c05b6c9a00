"""The matcher tries a rule's regex only where its matches can begin (`solieu.openings`); every
rule must find exactly what scanning every position finds."""

from __future__ import annotations

from pathlib import Path

import pytest

import solieu.match as match
from solieu.match import DOCUMENT_RULES, FIGURE_RULES, MASK_RULES, PERIOD_RULES, RATIO_RULES, Scan, scan_rule
from solieu.rules import Rule

RULES = [*FIGURE_RULES, *MASK_RULES, *RATIO_RULES, *DOCUMENT_RULES, *PERIOD_RULES]
SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"


def _texts() -> list[str]:
    """Every rule's sentences, and the lines of the sample articles."""
    texts = [e.text for rule in RULES for e in rule.examples] + [t for rule in RULES for t in rule.counter_examples]
    for path in sorted(SAMPLES.glob("*.txt")):
        texts += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts + [t.upper() for t in texts[:200]] + ["Năm ſ 2020 có 57 lớp", "İ 12 cán bộ năm 2019"]


def _found(rule: Rule, texts: list[str]) -> list[list[tuple[int, int]]]:
    any_sentence = rule in FIGURE_RULES
    return [
        [
            (c.start, c.end)
            for c in scan_rule(rule, Scan(t, match._DIGIT.search(t) is not None), any_sentence=any_sentence)
        ]
        for t in texts
    ]


def test_some_rules_are_tried_at_openings() -> None:
    assert sum(match._openings(r.pattern) is not None for r in RULES) >= 5
    assert sum(match._openings(r.prefilter) is not None for r in RULES) >= 15


@pytest.mark.parametrize(
    "rule", [r for r in RULES if match._openings(r.pattern) or match._openings(r.prefilter)], ids=lambda r: r.id
)
def test_a_rule_tried_at_openings_finds_what_a_full_scan_finds(rule: Rule, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    fast = _found(rule, texts)
    monkeypatch.setattr(match, "_openings", lambda pattern: None)
    assert fast == _found(rule, texts)
