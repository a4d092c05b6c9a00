"""Records stay small: each sentence is stored once, and an article that would produce more than
a record may hold is cut short with a notice.

The flattened table is made of the seeds' own text with the sentence punctuation taken out, as
a scraped page or a table pasted into a CMS prints it: one "sentence" of thousands of figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from solieu import extract_article
from solieu.bound import MAX_FIGURES, budget
from solieu.write import dumps

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"


def seed_text() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))


def flattened(size: int) -> str:
    """The seeds' paragraphs with no sentence punctuation, joined on one line, to `size` characters."""
    cells = seed_text().replace(". ", " | ").replace(".\n", " | ").replace("\n", " | ")
    return (cells * (size // len(cells) + 1))[:size]


def test_a_sentence_of_many_figures_is_stored_once():
    text = "Huyện mở 57 lớp bồi dưỡng cho 4.286 lượt cán bộ, 1.840 học viên và 61 đảng viên."
    article = extract_article(text, doc_id="one")
    assert len(article.figures) >= 3
    assert [(s.id, s.start, s.end) for s in article.sentences] == [("s1", 0, len(text))]
    assert {f.sentence for f in article.figures} == {"s1"}
    assert article.sentence("s1") is not None and article.sentence("s1").text == text
    assert dumps(article).count("4.286 lượt cán bộ, 1.840") == 1


@pytest.mark.parametrize("size", [10_000, 40_000])
def test_a_flattened_table_stays_within_three_bytes_per_byte(size):
    text = flattened(size)
    article = extract_article(text, doc_id="table")
    line = dumps(article).encode("utf-8")
    assert len(line) <= budget(text) <= max(30_000, 3 * len(text.encode("utf-8")))
    assert len(article.figures) <= MAX_FIGURES
    for item in (*article.figures, *article.ratios, *article.sentences):
        assert text[item.start : item.end] == item.text
    ids = {f.id for f in article.figures}
    assert all(f.part_of in ids for f in article.figures if f.part_of)
    assert all(r.population_total in ids for r in article.ratios if r.population_total)
    assert "W007" not in [w.code for w in article.warnings]  # text of words fits without a cut


def test_digit_soup_is_cut_with_a_notice():
    """Only the seeds' figures, one after another: a figure every 20 bytes is more than fits."""
    seeds = [extract_article(p.read_text(encoding="utf-8"), doc_id=p.stem) for p in sorted(SAMPLES.glob("*.txt"))]
    cells = " | ".join(f.text for a in seeds for f in a.figures)
    text = (cells * (40_000 // len(cells) + 1))[:40_000]
    article = extract_article(text, doc_id="soup")
    assert len(dumps(article).encode("utf-8")) <= budget(text)
    assert [w.code for w in article.warnings] == ["W007"]
    assert "left out" in article.warnings[0].message
    offset = int(article.warnings[0].message.split("from character ")[1].split()[0])
    assert article.figures and all(f.start < offset for f in article.figures)
    assert {f.sentence for f in article.figures} <= {s.id for s in article.sentences}


def test_news_is_never_cut():
    for path in sorted(SAMPLES.glob("*.txt")):
        article = extract_article(path.read_text(encoding="utf-8"), doc_id=path.stem)
        assert "W007" not in [w.code for w in article.warnings]
