"""The `list_count` check on whole real articles that are in no gold file: each case of
tests/data/list_count_dev.toml says what a careful reader makes of an announced count; solieu must
read it so where the case says it does, and never contradict a count where the reader would not."""

from __future__ import annotations

import pytest
from corpus_texts import DevCases

from solieu.schemas.records import Check

DEV = DevCases("list_count_dev.toml")
CASES = DEV.cases


def _checks_of(case: dict) -> list[Check]:
    """The list_count checks whose count stands where the case's count does."""
    text, article = DEV.article(case)
    start = text.index(case["count"])
    end = start + len(case["count"])
    counts = [c for c in article.checks if c.rule == "list_count"]
    return [c for c in counts if c.evidence[0].start < end and c.evidence[0].end > start]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['id']}:{c['count']}")
def test_a_count_is_read_as_a_careful_reader_does(case: dict) -> None:
    checks = _checks_of(case)
    statuses = [c.status for c in checks]
    if case["reading"] == "none":
        assert not checks, f"{case['note']}: {[c.message for c in checks]}"
    elif case.get("found", True):
        assert case["reading"] in statuses, f"{case['note']}: got {[c.message for c in checks]}"
    if case["reading"] != "mismatch":
        assert "mismatch" not in statuses, f"{case['note']}: {[c.message for c in checks]}"


def test_the_development_set_holds_both_kinds_of_case() -> None:
    """Counts to confirm, and counts where a check would be wrong."""
    readings = [c["reading"] for c in CASES]
    assert readings.count("ok") >= 10 and readings.count("none") >= 5
