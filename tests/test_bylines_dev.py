"""Bylines on whole real articles (tests/data/bylines_dev.toml): the author a reader gives, and
none where the page prints no name the layout may take."""

from __future__ import annotations

import pytest
import regex
from corpus_texts import DevCases

from solieu.layout import read_layout

DEV = DevCases("bylines_dev.toml")


@pytest.mark.parametrize("case", DEV.cases, ids=[c["id"] for c in DEV.cases])
def test_the_author_is_read_as_a_reader_gives_it(case: dict) -> None:
    _, article = DEV.article(case)
    if case.get("found", True):
        assert (article.author or "") == case["author"], case["note"]
    else:
        assert article.author in (None, case["author"] or None), case["note"]


def test_a_gap_no_wider_than_the_paragraph_breaks_ends_nothing() -> None:
    """The name before the last blank lines is read only where that gap is wider than the breaks
    between the paragraphs above it: vietnews-train-097852 ('Hoàng Thuỳ - Phạm Duy', two blank
    lines, three captions) laid out again with one blank line after every paragraph gives no
    author (on such a page the short line may be a heading), and with its paragraphs one blank
    line apart but its last gap wider, the name again."""
    case = next(c for c in DEV.cases if c["id"] == "vietnews-train-097852")
    text, _ = DEV.article(case)
    assert read_layout(text).author == case["author"]
    assert read_layout(regex.sub(r"\n+", "\n\n", text)).author is None
    widened = regex.sub(r"\n+", lambda m: "\n\n" if len(m.group()) == 1 else "\n\n\n\n", text)
    assert read_layout(widened).author == case["author"]
