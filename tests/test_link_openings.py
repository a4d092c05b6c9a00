"""The link stage searches some regexes only where their matches can begin (`solieu.openings`):
the context of a figure (programmes, plan and result words), the context rules of kinds.toml and
the event words before a figure.
Each must find exactly what searching every position finds, on the rules' sentences, the sample
articles and the windows of them the link stage reads."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from solieu.link import context, events, kinds
from solieu.openings import finditer_at, lowered_for_openings, openings_of, search_at

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"
PATTERNS = {
    **{name: getattr(context, name) for name in ("PROGRAMMES", "PLANNED", "ACHIEVED", "_DONE", "_TARGET", "_PURPOSE")},
    **{rule.id: rule.compiled() for rule in kinds.CONTEXT_RULES},
    **{f"event.before.{name}": pattern for name, pattern in events.BEFORE},
}


def _texts() -> list[str]:
    """The context rules' sentences and the sample lines, whole, upper-cased and in the windows
    the link stage reads before a figure (120 and 200 characters)."""
    texts = [e.text for rule in kinds.CONTEXT_RULES for e in rule.examples]
    texts += [t for rule in kinds.CONTEXT_RULES for t in rule.counter_examples]
    for path in sorted(SAMPLES.glob("*.txt")):
        texts += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += [t.upper() for t in texts] + ["Năm ſ 2020 đã có 57 lớp", "İ 12 cán bộ sẽ học"]
    windows = [w for t in texts for k in range(0, len(t), 29) for w in (t[max(0, k - 120) : k], t[max(0, k - 200) : k])]
    return texts + windows


def test_most_link_searches_are_tried_at_openings() -> None:
    assert sum(openings_of(p) is not None for p in PATTERNS.values()) >= 20


@pytest.mark.parametrize("name", [name for name, p in PATTERNS.items() if openings_of(p) is not None])
def test_a_search_at_openings_finds_what_a_full_search_finds(name: str) -> None:
    pattern: regex.Pattern[str] = PATTERNS[name]
    for text in _texts():
        lowered = lowered_for_openings(text)
        assert [m.span() for m in finditer_at(pattern, text, lowered)] == [m.span() for m in pattern.finditer(text)]
        found, full = search_at(pattern, text, lowered), pattern.search(text)
        assert (found and found.span()) == (full and full.span()), text
