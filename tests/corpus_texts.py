"""The texts of a few articles of a corpus file of ../shared/corpus, by id, for the tests that
run real articles; a test skips with a clear message when ../shared is absent."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from pathlib import Path

import pytest

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
