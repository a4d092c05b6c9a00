"""The texts of a few articles of a corpus file of ../shared/corpus, by id, for the tests that
run real articles; a test skips with a clear message when ../shared is absent."""

from __future__ import annotations

import gzip
import json
import tomllib
from collections.abc import Iterable
from pathlib import Path

import pytest

import solieu
from solieu.schemas.records import Article

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def texts_by_id(path: Path, ids: Iterable[str]) -> dict[str, str]:
    """The text of each article of `path` whose id is one of `ids`, read in one pass."""
    if not path.exists():
        pytest.skip(f"{path} is absent: the corpus tests need ../shared beside the checkout")
    wanted = set(ids)
    rows = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["id"] in wanted:
                rows[row["id"]] = row["text"]
    return rows


class DevCases:
    """The cases of a development set in tests/data/ (each names an article by `id` and `source`),
    and their articles: each corpus file read once, each article extracted once."""

    def __init__(self, name: str) -> None:
        path = Path(__file__).parent / "data" / name
        self.cases: list[dict] = tomllib.loads(path.read_text(encoding="utf-8"))["case"]
        self._texts: dict[str, dict[str, str]] = {}
        self._articles: dict[tuple[str, str], tuple[str, Article]] = {}

    def article(self, case: dict) -> tuple[str, Article]:
        """The case's text and its record."""
        key = (case["source"], case["id"])
        if key not in self._articles:
            source = case["source"]
            if source not in self._texts:
                ids = (c["id"] for c in self.cases if c["source"] == source)
                self._texts[source] = texts_by_id(CORPUS / source, ids)
            text = self._texts[source][case["id"]]
            self._articles[key] = (text, solieu.extract_article(text, doc_id=case["id"]))
        return self._articles[key]
