"""Every fault of `tests/faults.py` under pytest: a dead or hung worker, damaged bytes, strange
lines, output that cannot be written, signals, and losses that must be counted, not silent."""

from __future__ import annotations

import pytest
from faults import CASES, Skip, run_case

pytestmark = pytest.mark.slow  # each case runs `solieu extract` in processes of its own


@pytest.mark.parametrize("name", list(CASES))
def test_fault_is_survived(name: str) -> None:
    try:
        outcome = run_case(name)
    except Skip as why:
        pytest.skip(str(why))
    assert outcome.ok, (outcome.problems, outcome.expected, outcome.written, outcome.code, outcome.message)
