"""The gate tries its scanner only where the patterns say a match can begin (`solieu.prefixes`);
it must find exactly what the scan of every position finds."""

from __future__ import annotations

import gzip
import json
import sys
from itertools import islice
from pathlib import Path

import pytest

from solieu.gate import _has_topic, _matches, _openings, gate, gate_file
from solieu.layout import read_layout
from solieu.normalise import normalise
from solieu.openings import LETTER_RANGES, unfolded
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


def test_a_letter_that_folds_otherwise_differs_from_its_lower_case_at_once() -> None:
    """The gate tells a text with "ſ" or "ß" by comparing its lower case with its case fold: exact
    because every code point whose two differ differs in the first character of each."""
    differ = [c for c in map(chr, range(sys.maxunicode + 1)) if c.lower() != c.casefold()]
    assert len(differ) > 100
    assert [c for c in differ if c.lower()[0] == c.casefold()[0]] == []
    assert unfolded("Đảng ủy ſ", "đảng ủy ſ") and not unfolded("Đảng ủy", "đảng ủy")
    assert gate("Huyện mở 57 lớp bồi dưỡng cho cán bộ ſ.") is None  # scanned whole, same verdict


def test_the_openings_take_for_a_letter_only_what_is_one() -> None:
    """The openings skip a position after one of `LETTER_RANGES` in lowercased text: sound only if
    each of those, and each character that lowers into them, is a letter (\\p{L}) as the patterns'
    "not after a letter" reads it; and they hold every lowercase Latin and Vietnamese letter."""
    import regex

    letters = {chr(c) for a, b in LETTER_RANGES for c in range(a, b + 1)}
    assert all(regex.match(r"\p{L}", c) for c in letters)
    lowering_in = [chr(i) for i in range(sys.maxunicode + 1) if chr(i).lower() in letters]
    assert all(regex.match(r"\p{L}", c) for c in lowering_in)
    vietnamese = [c for c in map(chr, [*range(0x250), *range(0x1E00, 0x1F00)]) if regex.match(r"\p{Ll}", c)]
    assert set(vietnamese) <= letters
