"""Bylines on whole real articles (tests/data/bylines_dev.toml): the author a reader gives, and
none where the page prints no name the layout may take."""

from __future__ import annotations

import pytest
from corpus_texts import DevCases

DEV = DevCases("bylines_dev.toml")


@pytest.mark.parametrize("case", DEV.cases, ids=[c["id"] for c in DEV.cases])
def test_the_author_is_read_as_a_reader_gives_it(case: dict) -> None:
    _, article = DEV.article(case)
    if case.get("found", True):
        assert (article.author or "") == case["author"], case["note"]
    else:
        assert article.author in (None, case["author"] or None), case["note"]
