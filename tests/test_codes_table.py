"""The README's table of error and notice codes says what `extract/errors.py` says, code by code."""

from __future__ import annotations

import re
from pathlib import Path

from solieu.errors import CODES

README = Path(__file__).resolve().parents[1] / "README.md"
ROW = re.compile(r"^\| `([EW]\d{3})` \| (.+?) \| (.+?) \|$")


def table() -> dict[str, tuple[str, str]]:
    """code -> (meaning, what the record holds), from the README section of the codes."""
    section = README.read_text(encoding="utf-8").split("## Error and notice codes", 1)[1].split("\n## ", 1)[0]
    rows = [ROW.match(line) for line in section.splitlines() if line.startswith("| `")]
    assert all(rows), "a row of the codes table is not `| `CODE` | meaning | record |`"
    return {m[1]: (m[2], m[3]) for m in rows if m}


def test_the_readme_lists_every_code_with_its_meaning_in_order() -> None:
    rows = table()
    assert list(rows) == list(CODES)
    assert {code: meaning for code, (meaning, _) in rows.items()} == CODES


def test_the_readme_says_what_each_record_holds() -> None:
    for code, (_, holds) in table().items():
        if code.startswith("E"):
            assert holds.startswith("an error record"), code
        else:
            assert "`warnings`" in holds, code
