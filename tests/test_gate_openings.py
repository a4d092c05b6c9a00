"""The gate tries its scanner only where the patterns say a match can begin (`solieu.prefixes`);
it must find exactly what the scan of every position finds."""

from __future__ import annotations

import gzip
import json
from itertools import islice
from pathlib import Path

import pytest

from solieu.gate import _matches, _openings, gate_file
from solieu.layout import read_layout
from solieu.normalise import normalise
from solieu.prefixes import DIGIT, Start, Underivable, starts

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news-sample.jsonl.gz"


def _both(text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int, str | None]], ...]:
    full, fast = [], []
    for start, end in spans:
        full += [(*m.span(), m.lastgroup) for m in _matches(text, None, start, end)]
        fast += [(*m.span(), m.lastgroup) for m in _matches(text, text.lower(), start, end)]
    return full, fast


def _sentences() -> list[str]:
    data = gate_file()
    examples = [e.text for t in [*data.topic, data.number] for e in t.examples]
    counter = [s for t in [*data.topic, data.number] for s in t.counter_examples]
    return [*data.passes, *data.gated_out, *examples, *counter]


def test_the_patterns_tell_where_a_match_can_begin() -> None:
    assert _openings() is not None


@pytest.mark.parametrize("sentence", _sentences())
def test_the_openings_find_every_match_of_an_example(sentence: str) -> None:
    text = normalise(sentence).text
    full, fast = _both(text, [(0, len(text))])
    assert full == fast


def test_the_openings_find_every_match_in_news_articles() -> None:
    """400 articles of the news sample, paragraph by paragraph as the gate reads them."""
    if not SAMPLE.exists():
        pytest.skip(f"{SAMPLE} is absent: the corpus tests need ../shared beside the checkout")
    matches = 0
    with gzip.open(SAMPLE, "rt", encoding="utf-8") as lines:
        for line in islice(lines, 400):
            raw = json.loads(line)
            text = normalise(raw.get("text") or "").text
            full, fast = _both(text, read_layout(text, title=raw.get("title")).extracted())
            assert full == fast, raw["id"]
            matches += len(full)
    assert matches > 10_000


def test_a_match_that_may_begin_with_any_letter_leaves_the_gate_scanning_every_position() -> None:
    with pytest.raises(Underivable):
        starts(r"(?:lớp|\p{L}+)")
    assert starts(r"\d+(?![\p{L}])|(?<![\p{L}\d/-])ba(?![\p{L}])") == {DIGIT, Start("ba", True, True)}
