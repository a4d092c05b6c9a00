"""The `sum` and `ratio_percent` checks on whole real articles that are in no gold file: each case of
tests/data/sums_dev.toml says what a careful reader checks where its anchor stands; solieu must
read it so where the case says it does, and never call a mismatch where the reader would not."""

from __future__ import annotations

import math

import pytest
from corpus_texts import DevCases

from solieu.schemas.records import Check

DEV = DevCases("sums_dev.toml")
CASES = DEV.cases


def checks_at(case: dict) -> list[Check]:
    """The checks of the case's rule with evidence overlapping the case's anchor."""
    text, article = DEV.article(case)
    start = text.index(case["anchor"])
    end = start + len(case["anchor"])
    return [
        c for c in article.checks if c.rule == case["rule"] and any(e.start < end and e.end > start for e in c.evidence)
    ]


def reads_as_the_reader(case: dict, checks: list[Check]) -> bool:
    """Whether a check says what the reader says: the same status and stated value."""
    return any(
        c.status == case["reading"] and isinstance(c.stated, float | int) and math.isclose(c.stated, case["stated"])
        for c in checks
    )


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['id']}:{c['rule']}:{c['anchor']}")
def test_a_sum_is_read_as_a_careful_reader_does(case: dict) -> None:
    checks = checks_at(case)
    said = [c.message for c in checks]
    if case["reading"] != "none" and case.get("found", True):
        assert reads_as_the_reader(case, checks), f"{case['note']}: got {said}"
    if case["reading"] != "mismatch":
        assert all(c.status != "mismatch" for c in checks), f"{case['note']}: {said}"
    if case.get("silent", False):
        assert not checks, f"{case['note']}: {said}"


def test_the_development_set_holds_both_kinds_of_case() -> None:
    """Sums and percents to confirm or contradict, and places where a check would be wrong."""
    readings = [c["reading"] for c in CASES]
    assert readings.count("ok") >= 15 and readings.count("none") >= 10 and "mismatch" in readings
