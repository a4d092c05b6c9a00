"""The layout stage tells cheaply what its full reading would refuse: on every line of news
articles, the shortcut must refuse nothing the full reading accepts, and find what it finds."""

from __future__ import annotations

import pytest
from first_articles import first_articles

from solieu.layout import BYLINE_PREFIX, GLUED_BYLINE, _glued_byline, _no_byline, _read_byline


def _lines(name: str, n: int) -> list[tuple[str, str]]:
    """The last five lines of the first `n` articles of a corpus file, where bylines stand."""
    out = []
    for doc_id, text, _ in first_articles(name, n):
        out += [(doc_id, line.strip()) for line in text.split("\n") if line.strip()][-5:]
    return out


LINES = [
    "Minh Thà/KD&PL",
    "Bài và ảnh: ĐẶNG GIANG",
    "Theo TTXVN",
    "Nguyễn Văn An (Báo Lạng Sơn)",
    "Người dân đến xem rất đông và ai cũng mong lễ hội năm sau lớn hơn nữa. Minh Thà/KD&PL",
    "Người dân đến xem rất đông và ai cũng mong lễ hội năm sau lớn hơn nữa.",
    "Người dân đến xem rất đông và ai cũng mong lễ hội năm sau lớn hơn nữa. Nguyễn Văn An",
    "Bài và ảnh: Người dân đến xem rất đông và ai cũng mong lễ hội năm sau lớn hơn / KD",
]


@pytest.mark.parametrize("name", ["news-sample.jsonl.gz", "news-topic.jsonl.gz"])
def test_a_line_refused_at_once_is_no_byline(name: str) -> None:
    refused = 0
    for where, text in [*((line, line) for line in LINES), *_lines(name, 2000)]:
        prefix = BYLINE_PREFIX.match(text)
        rest = text[prefix.end() :] if prefix else text
        if _no_byline(text, rest, prefixed=prefix is not None):
            refused += 1
            assert _read_byline(text, rest, prefixed=prefix is not None) is None, where
    assert refused > 50


@pytest.mark.parametrize("name", ["news-sample.jsonl.gz", "news-topic.jsonl.gz"])
def test_a_glued_byline_is_found_as_the_search_forwards_finds_it(name: str) -> None:
    found = 0
    for where, text in [*((line, line) for line in LINES), *_lines(name, 2000)]:
        forwards = GLUED_BYLINE.search(text)
        glued = _glued_byline(text)
        assert (glued and glued.span()) == (forwards and forwards.span()), where
        found += forwards is not None
    assert found > 10
