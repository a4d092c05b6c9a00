"""Hostile text ends in a record in bounded time: linear patterns, and a budget per article."""

from __future__ import annotations

import time

import pytest

from solieu.pipeline import extract_article

COUNT = "Huyện mở 57 lớp bồi dưỡng với"  # a count, then a badly scraped gap


def test_a_run_of_no_break_spaces_is_read_once() -> None:
    """50,000 no-break spaces after a count took 19 s (a quoted-list cue tried every split)."""
    short = extract_article(f"{COUNT}\u00a0100 học viên.", doc_id="x")
    started = time.perf_counter()
    long = extract_article(f"{COUNT}{chr(0xA0) * 50_000}100 học viên.", doc_id="x")
    assert time.perf_counter() - started < 2
    assert [(f.kind, f.value) for f in long.figures] == [(f.kind, f.value) for f in short.figures]
    assert [(f.kind, f.value) for f in short.figures] == [("classes", 57.0), ("learners", 100.0)]
    assert not long.warnings


@pytest.mark.slow
def test_an_article_over_its_budget_keeps_what_was_found_with_a_notice() -> None:
    text = "Tỉnh chi 1.500 tỷ đồng, " * 20_000  # a flattened table of sums, 480,000 characters
    started = time.perf_counter()
    article = extract_article(text, doc_id="x", article_timeout=0.3)
    assert time.perf_counter() - started < 30
    notice = next(w for w in article.warnings if w.code == "W009")
    assert "0.3 s" in notice.message
    # what was found before the deadline depends on the machine; whatever it is, it is sound
    assert all(text[f.start : f.end] == f.text for f in article.figures)
    assert len(article.figures) < 20_000


def test_no_budget_on_news() -> None:
    article = extract_article(f"{COUNT} 100 học viên.", doc_id="x", article_timeout=5)
    assert not article.warnings and len(article.figures) == 2


def test_blank_lines_after_a_count_of_places_are_read_once() -> None:
    """A count of places, 'và' and a second count, then a scraped run of blank lines: the
    shared-list cue (link stage, outside the budget) split the run between `\\s*` and `\\s*`
    in every way, and 100,000 of them did not finish in eight minutes."""
    text = "Như vậy, toàn tỉnh đã có 95 xã và một huyện được công nhận đạt chuẩn nông thôn" + " \n" * 20_000 + " mới."
    started = time.perf_counter()
    article = extract_article(text, doc_id="x")
    assert time.perf_counter() - started < 2
    assert [(f.text, f.value) for f in article.figures] == [("95 xã", 95.0), ("một huyện", 1.0)]
    assert not article.warnings


@pytest.mark.slow
def test_a_flattened_table_of_counts_is_linked_in_linear_time() -> None:
    """Link and check stages are outside the budget: each of 5,000 figures once searched the
    whole one-sentence table again (44 s on these 100,000 characters)."""
    text = "06 lớp | 57 lớp | 23 đảng bộ | 3 xã\n" * 2_800
    started = time.perf_counter()
    article = extract_article(text, doc_id="x")
    assert time.perf_counter() - started < 10
    assert {(f.text, f.value) for f in article.figures[:4]} == {
        ("06 lớp", 6.0),
        ("57 lớp", 57.0),
        ("23 đảng bộ", 23.0),
        ("3 xã", 3.0),
    }
    assert all(text[f.start : f.end] == f.text for f in article.figures)


def test_the_first_article_of_a_process_is_not_charged_its_start_up() -> None:
    """The first article through the gate imports the matcher and loads the word model; on a
    loaded machine that took longer than the budget, so the same input gave W009 in one run and
    not in the next. In a fresh process, a budget far shorter than start-up must not be spent."""
    import subprocess
    import sys

    code = (
        "from solieu.pipeline import extract_article\n"
        "a = extract_article('Năm 2020, huyện mở 57 lớp bồi dưỡng cho 4.286 lượt cán bộ.', doc_id='x',"
        " all_topics=False, article_timeout=0.05)\n"
        "print([w.code for w in a.warnings], len(a.figures))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[] 2"


def test_a_count_before_a_long_run_of_letters_is_read_in_time() -> None:
    """The head of a list ('5 xã gồm:', '… của tỉnh:') once split a run of lower-case letters into
    up to six words in every way: a random text of the property test ran for minutes."""
    text = "Huyện có 5 xã " + "a" * 3000 + "."
    started = time.perf_counter()
    article = extract_article(text, doc_id="x")
    assert time.perf_counter() - started < 10
    assert [f.text for f in article.figures] == ["5 xã"]
