"""The gate tries its scanner only where the patterns say a match can begin (`solieu.prefixes`);
it must find exactly what the scan of every position finds."""

from __future__ import annotations

import gzip
import json
from itertools import islice
from pathlib import Path

import pytest

from solieu.gate import _has_topic, _matches, _openings, gate, gate_file
from solieu.layout import read_layout
from solieu.normalise import normalise
from solieu.prefixes import DIGIT, Start, Underivable, starts

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news-sample.jsonl.gz"


def _both(text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int, str | None]], ...]:
    """The scanner's matches tried at every position and at the openings; and whether each paragraph
    holds a topic word, as the matches say and as the openings say."""
    openings = _openings()
    assert openings is not None
    full, fast, topics, topics_fast = [], [], [], []
    for start, end in spans:
        found = [(*m.span(), m.lastgroup) for m in _matches(text, None, start, end)]
        full += found
        fast += [(*m.span(), m.lastgroup) for m in _matches(text, text.lower(), start, end)]
        topics.append(any(name != "n" for _, _, name in found))
        topics_fast.append(_has_topic(openings, text, text.lower(), start, end))
    return full, fast, topics, topics_fast


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
    full, fast, topics, topics_fast = _both(text, [(0, len(text))])
    assert (full, topics) == (fast, topics_fast)


def test_the_openings_find_every_match_in_news_articles() -> None:
    """400 articles of the news sample, paragraph by paragraph as the gate reads them."""
    if not SAMPLE.exists():
        pytest.skip(f"{SAMPLE} is absent: the corpus tests need ../shared beside the checkout")
    matches = paragraphs = with_topic = 0
    with gzip.open(SAMPLE, "rt", encoding="utf-8") as lines:
        for line in islice(lines, 400):
            raw = json.loads(line)
            text = normalise(raw.get("text") or "").text
            full, fast, topics, topics_fast = _both(text, read_layout(text, title=raw.get("title")).extracted())
            assert (full, topics) == (fast, topics_fast), raw["id"]
            matches += len(full)
            paragraphs += len(topics)
            with_topic += sum(topics)
    assert matches > 10_000
    assert 0 < with_topic < paragraphs  # some paragraphs hold no topic word and are skipped whole


def test_a_match_that_may_begin_with_any_letter_leaves_the_gate_scanning_every_position() -> None:
    with pytest.raises(Underivable):
        starts(r"(?:lớp|\p{L}+)")
    assert starts(r"\d+(?![\p{L}])|(?<![\p{L}\d/-])ba(?![\p{L}])") == {DIGIT, Start("ba", True, True)}


def test_a_letter_whose_lower_case_is_longer_leaves_the_gate_scanning_every_position() -> None:
    """ "İ" lowers to two characters: the openings, found in lowercased text, would point astray."""
    text = normalise("İ Huyện mở 57 lớp bồi dưỡng cho cán bộ.").text
    assert len(text.lower()) != len(text)
    assert gate(text) is None
