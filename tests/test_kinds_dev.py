"""The kind of counts of people in whole real articles that are in no gold file: each case of
tests/data/kinds_dev.toml gives a count and the kind a careful reader gives it; solieu must give
that kind (or one the case allows), and no scored kind where the reader gives none. Cases solieu
does not read so yet are strict expected failures with the reason, so a fix flips them."""

from __future__ import annotations

import pytest
from corpus_texts import DevCases

from solieu.schemas.records import Figure

DEV = DevCases("kinds_dev.toml")
CASES = DEV.cases


def figures_at(case: dict) -> list[Figure]:
    """The figures whose span overlaps the case's count, found within its anchor."""
    text, article = DEV.article(case)
    start = text.index(case["anchor"]) + case["anchor"].index(case["surface"])
    end = start + len(case["surface"])
    return [f for f in article.figures if f.start < end and f.end > start]


def _param(case: dict):
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
    return pytest.param(case, marks=marks, id=f"{case['id']}:{case['surface']}")


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_a_count_of_people_has_the_kind_a_reader_gives_it(case: dict) -> None:
    figures = figures_at(case)
    accepted = {case["kind"], *case.get("also", [])}
    got = [(f.text, f.kind) for f in figures]
    if "other" in accepted:
        assert all(f.kind in accepted for f in figures), f"{case['note']}: got {got}"
    else:
        assert any(f.kind in accepted for f in figures), f"{case['note']}: got {got}"
        assert all(f.kind in accepted | {"other"} for f in figures), f"{case['note']}: got {got}"


def test_the_development_set_holds_counts_of_officials_and_of_other_people() -> None:
    kinds = [c["kind"] for c in CASES]
    assert kinds.count("officials") >= 10 and kinds.count("other") >= 15
