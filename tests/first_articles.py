"""The first articles of a corpus file of ../shared/corpus, normalised, for the tests that hold a
stage's shortcuts to its full reading; a test skips with a clear message when ../shared is absent."""

from __future__ import annotations

import gzip
import json
from itertools import islice
from pathlib import Path

import pytest

from solieu.normalise import normalise

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def first_articles(name: str, n: int) -> list[tuple[str, str, str | None]]:
    """(id, normalised text, title) of the first `n` articles of a corpus file."""
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{path} is absent: the corpus tests need ../shared beside the checkout")
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as rows:
        for row in islice(rows, n):
            raw = json.loads(row)
            out.append((raw["id"], normalise(raw.get("text") or "").text, raw.get("title")))
    return out
