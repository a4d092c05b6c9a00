"""The gate reads numbers only near topic words, and splits a paragraph into sentences only where a
sentence may begin between a number and a topic word: shortcuts that must give every verdict the
scan of every number and the split of every paragraph give."""

from __future__ import annotations

import pytest
from first_articles import first_articles

from solieu import gate as gate_module
from solieu.gate import _Sentences, gate, gate_file
from solieu.layout import read_layout
from solieu.normalise import normalise
from solieu.segment import split_sentences


def _articles(name: str, n: int) -> list[tuple[str, list[tuple[int, int]]]]:
    """The first `n` articles of a corpus file, normalised, with the spans the gate reads."""
    return [(text, read_layout(text, title=title).extracted()) for _, text, title in first_articles(name, n)]


def _every_number(text: str, spans: list[tuple[int, int]], monkeypatch: pytest.MonkeyPatch) -> str | None:
    """The verdict of the scan of every position, which reads every number: no shortcut applies
    when the text gives no lowercase copy to look for openings in."""
    with monkeypatch.context() as m:
        m.setattr(gate_module, "lowered_for_openings", lambda _text: None)
        return gate(text, spans)


def _sentences() -> list[str]:
    data = gate_file()
    return [*data.passes, *data.gated_out, *(e.text for t in data.topic for e in t.examples)]


@pytest.mark.parametrize("sentence", _sentences())
def test_the_gate_says_of_its_sentences_what_the_scan_of_every_number_says(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = normalise(sentence).text
    assert gate(text) == _every_number(text, [(0, len(text))], monkeypatch)


# general news holds articles let through and kept out for either reason; topic articles pass
@pytest.mark.parametrize(("name", "n", "kinds"), [("news-sample.jsonl.gz", 300, 3), ("news-topic.jsonl.gz", 150, 1)])
def test_the_gate_says_of_news_articles_what_the_scan_of_every_number_says(
    name: str, n: int, kinds: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    verdicts = []
    for text, spans in _articles(name, n):
        verdict = gate(text, spans)
        assert verdict == _every_number(text, spans, monkeypatch)
        verdicts.append(verdict)
    assert len(set(verdicts)) == kinds


def test_a_number_far_before_a_topic_word_is_skipped_and_one_near_it_read() -> None:
    far = "Năm 2020 " + "trời mưa nhiều, " * 20 + "Đảng viên phải gương mẫu."
    assert gate(far) == "no_number_near_topic_word"
    assert gate(far.replace("Đảng viên", "5 đảng viên")) is None


def test_no_sentence_begins_where_the_gate_does_not_split() -> None:
    """Wherever the split finds a sentence beginning at `s`, the gate asks for the split when it
    compares what ends at or before `s` with what begins at `s` (and so with what begins later)."""
    starts = 0
    for text, spans in _articles("news-sample.jsonl.gz", 300):
        for start, end in spans:
            sentences = _Sentences(text, start, end)
            found = [s.start for s in split_sentences(text, start, end, paragraph=0, first_index=0)]
            for s in found[1:]:
                starts += 1
                assert all(sentences.may_part(before, s) for before in range(max(start + 1, s - 40), s + 1))
    assert starts > 1000


@pytest.mark.parametrize(
    ("text", "before", "at", "parts"),
    [
        ("Huyện có 57 cán bộ đi học.", 11, 12, False),  # "57" and "cán bộ", no mark between
        ("Năm 2020. Cán bộ đi học.", 8, 10, True),  # a full stop between
        ("Có 1.500 cán bộ đi học.", 4, 9, True),  # a dot between digits is asked about too
    ],
)
def test_a_sentence_may_begin_only_after_a_mark(text: str, before: int, at: int, parts: bool) -> None:
    assert _Sentences(text, 0, len(text)).may_part(before, at) is parts
