"""Republished articles are extracted once: exact copies, and near copies of the same text."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from corpus_texts import texts_by_id

from solieu.batch import extract_many
from solieu.copies import Copies, Seen, jaccard, sketch, text_key
from solieu.ingest import RawArticle
from solieu.schemas import Article
from solieu.spill import CACHE_KIB
from solieu.write import dumps

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus" / "samples"
TOPIC = ROOT.parent / "shared" / "corpus" / "news-topic.jsonl.gz"


def seed(name: str) -> str:
    return next(SAMPLES.glob(f"{name}_*.txt")).read_text(encoding="utf-8")


def test_exact_copy_under_another_id_and_the_same_id_twice() -> None:
    copies = Copies()
    text = seed("001")
    assert copies.first("a", text) is None
    assert copies.first("b", "  " + text.replace("\n", "\n\n") + " ") == "a"  # spacing aside
    assert copies.first("a", text) == "a"  # the same article read from a second input file


def test_near_copy_with_a_line_edited() -> None:
    """A republished page that drops the caption and retouches the byline is the same article."""
    copies = Copies()
    original = seed("001")
    edited = original.replace("Đoàn công tác của tỉnh kiểm tra thực hiện NQ 09 của HĐND tỉnh tại Lộc Bình\n", "")
    edited = edited.replace("Công Quân", "Công Quân (Báo Lạng Sơn)")
    assert edited != original
    assert copies.first("a", original) is None
    assert copies.first("b", edited) == "a"


@pytest.mark.parametrize(("first", "second"), [("000", "001"), ("002", "004"), ("001", "003")])
def test_different_articles_on_one_topic_are_not_copies(first: str, second: str) -> None:
    copies = Copies()
    assert copies.first("a", seed(first)) is None
    assert copies.first("b", seed(second)) is None
    assert jaccard(sketch(seed(first))[0], sketch(seed(second))[0]) < 0.3


def test_a_syndicated_story_in_the_topic_corpus() -> None:
    """baomoi-magizbox-21480467 is 21478309 again, its sapo moved and its lines rejoined."""
    rows = _topic("baomoi-magizbox-21478309", "baomoi-magizbox-21480467")
    copies = Copies()
    assert copies.first("baomoi-magizbox-21478309", rows["baomoi-magizbox-21478309"]) is None
    assert copies.first("baomoi-magizbox-21480467", rows["baomoi-magizbox-21480467"]) == "baomoi-magizbox-21478309"


def test_a_changed_figure_is_not_a_copy() -> None:
    """ "kết nạp 215 đảng viên" against "251": the same words, another figure."""
    copies = Copies()
    original = seed("000")
    changed = original.replace("4.988 đảng viên", "4.898 đảng viên", 1)
    assert changed != original
    assert copies.seen("a", original) == Seen()
    seen = copies.seen("b", changed)
    assert (seen.near_copy_of, seen.duplicate_of, seen.retells) == ("a", None, "a")
    assert "4988" in seen.their_numbers  # what the near copy shares with its original is counted there
    assert copies.seen("c", changed) == Seen(duplicate_of="b")  # a copy of the changed one is its copy


def test_a_decimal_separator_is_part_of_the_number() -> None:
    """ "1,5 tỷ đồng" and "15 tỷ đồng" once read alike with punctuation ignored."""
    one = seed("001").replace("\n", " 1,5 tỷ đồng\n", 1)
    other = seed("001").replace("\n", " 15 tỷ đồng\n", 1)
    assert text_key(one) != text_key(other)
    copies = Copies()
    copies.seen("a", one)
    assert copies.seen("b", other).duplicate_of is None


def test_a_dropped_caption_keeps_a_near_copy_a_copy() -> None:
    """Fewer numbers than the original, none of its own: nothing to extract again."""
    copies = Copies()
    original = seed("000")
    lines = original.split("\n")
    shorter = "\n".join(line for line in lines if "80 học viên" not in line)
    assert shorter != original and copies.seen("a", original) == Seen()
    assert copies.seen("b", shorter) == Seen(duplicate_of="a")


def test_two_monthly_reports_from_one_template_give_two_full_records() -> None:
    """A report of May and one of June differ only in their figures: both are extracted."""
    may = seed("000")
    june = may
    for before, after in (
        ("4.988 đảng viên", "5.012 đảng viên"),
        ("299 chi bộ", "301 chi bộ"),
        ("1.840 học viên", "1.920 học viên"),
    ):
        assert before in june
        june = june.replace(before, after)
    records = list(extract_many([RawArticle("may", "may.txt", text=may), RawArticle("june", "june.txt", text=june)]))
    assert all(isinstance(r, Article) for r in records)
    first, second = (r for r in records if isinstance(r, Article))
    assert second.duplicate_of is None and second.near_copy_of == "may" and first.near_copy_of is None
    assert len(second.figures) == len(first.figures) > 5
    values = {f.value for f in second.figures}
    assert {5012.0, 301.0, 1920.0} <= values and not {4988.0, 1840.0} & values
    assert '"near_copy_of":"may"' in dumps(second) and "near_copy_of" not in dumps(first)


def test_the_copy_index_on_disk_gives_the_answers_of_memory() -> None:
    """A limit of one entry moves every table to its sqlite file at once: the same marks."""
    may = seed("000")
    june = may.replace("4.988 đảng viên", "5.012 đảng viên", 1)
    texts = [("a", may), ("b", june), ("c", june), ("d", seed("001")), ("a", may), ("e", may + " ")]
    texts += [(f"s{i}", seed(f"00{i}")) for i in range(5)]
    in_memory, on_disk = Copies(), Copies(limit=1)
    want = [in_memory.seen(doc_id, text) for doc_id, text in texts]
    assert [on_disk.seen(doc_id, text) for doc_id, text in texts] == want
    assert (
        any(s.near_copy_of == "a" for s in want) and Seen(duplicate_of="b") in want and Seen(duplicate_of="a") in want
    )
    assert all(table.on_disk for table in (on_disk._exact, on_disk._index, on_disk._stored, on_disk._by_number))
    assert not in_memory._exact.on_disk


@pytest.mark.slow
def test_the_copy_index_on_disk_marks_the_corpus_as_in_memory() -> None:
    """The topic file, the sample articles that repeat it, and all 20,000 sample articles, with
    the index on disk after 50 articles: every duplicate_of and near_copy_of as in memory."""
    sample = TOPIC.with_name("news-sample.jsonl.gz")
    if not sample.exists():
        pytest.skip(f"{sample} is absent: the corpus tests need ../shared beside the checkout")
    rows = []
    for path in (TOPIC, sample):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    in_memory, on_disk = Copies(), Copies(limit=50)
    want = [in_memory.seen(row["id"], row["text"]) for row in rows]
    got = [on_disk.seen(row["id"], row["text"]) for row in rows]
    assert got == want
    assert sum(s.duplicate_of is not None for s in want) >= 50 and sum(s.near_copy_of is not None for s in want) >= 5


@pytest.mark.slow
def test_the_coordinator_memory_is_flat_from_5000_to_25000_articles() -> None:
    """Articles made from the sample articles (numbers shifted each round), read and planned as
    `solieu extract` does, the index on disk past 1,000: five times the articles, a peak within
    20% and grown by less than the page caches of the four tables on disk (4 x 2 MiB), which
    fill first and then hold (in memory, the index would add about 12 MB, a quarter)."""
    from solieu.footprint import coordinator_peak

    sample = TOPIC.with_name("news-sample.jsonl.gz")
    if not sample.exists():
        pytest.skip(f"{sample} is absent: the corpus tests need ../shared beside the checkout")
    small, large = (coordinator_peak(sample, n, copy_limit=1000) for n in (5000, 25000))
    assert (small.articles, large.articles) == (5000, 25000)
    growth = large.peak_rss_mb / small.peak_rss_mb - 1
    print(f"\npeak RSS {small.peak_rss_mb} MB at 5,000 articles, {large.peak_rss_mb} MB at 25,000 ({growth:+.1%})")
    assert abs(growth) < 0.2 and large.peak_rss_mb - small.peak_rss_mb < 4 * CACHE_KIB / 1024


def _topic(*ids: str) -> dict[str, str]:
    return texts_by_id(TOPIC, ids)


def test_a_story_retold_in_other_words_marks_the_figures_it_shares() -> None:
    """Two papers report the Central Inspection Commission's six months (working gold
    baomoi-magizbox-22738117 and -22738166) in their own words, one writing "hơn 3.500 đảng viên",
    the other "hơn 3500 đảng viên": not a near copy, but a retelling; the second's shared figures
    carry copy_of, so a sum over both counts 6.000 disciplined once."""
    first, second = "baomoi-magizbox-22738117", "baomoi-magizbox-22738166"
    rows = _topic(first, second)
    copies = Copies()
    assert copies.seen(first, rows[first]) == Seen()
    seen = copies.seen(second, rows[second])
    assert (seen.duplicate_of, seen.near_copy_of, seen.retells) == (None, None, first)
    records = [r for r in extract_many([RawArticle(i, "x.jsonl", text=rows[i]) for i in (first, second)])]
    one, two = (r for r in records if isinstance(r, Article))
    assert all(f.copy_of is None for f in one.figures)
    marked = {f.text: f.copy_of for f in two.figures}
    assert marked["hơn 3500 đảng viên"] == marked["hơn 6000 đảng viên"] == first
    assert marked["87 tổ chức đảng"] == first


def test_one_figure_told_again_in_the_same_words_is_counted_once() -> None:
    """Two articles on the Journalism faculty's 55 years share one distinctive number, told in the same
    words ("Khoa Báo chí đã đào tạo … hơn 13.000 cán bộ báo chí"): too few numbers to call the article a
    retelling, but that figure is the earlier article's; the later one's own figures stay its own."""
    first, second = "baomoi-magizbox-22480598", "baomoi-magizbox-22501089"
    rows = _topic(first, second)
    records = [r for r in extract_many([RawArticle(i, "x.jsonl", text=rows[i]) for i in (first, second)])]
    one, two = (r for r in records if isinstance(r, Article))
    assert all(f.copy_of is None for f in one.figures)
    marked = {f.text: f.copy_of for f in two.figures}
    assert marked["hơn 13.000 cán bộ"] == first
    assert marked["130 học viên"] is None


def test_a_shared_number_in_other_words_is_no_retelling() -> None:
    """The same distinctive number about something else stays each article's own."""
    copies = Copies()
    copies.seen("a", "Năm nay, Đảng bộ huyện Bắc Sơn đã kết nạp 215 đảng viên mới, vượt chỉ tiêu đề ra đầu năm.")
    seen = copies.seen("b", "Trường Chính trị tỉnh Lạng Sơn mở 9 lớp bồi dưỡng cho 215 học viên là cán bộ cấp xã.")
    assert seen == Seen()


def test_the_seeds_retell_nothing() -> None:
    """Five articles of five places: none shares its figures with another."""
    copies = Copies()
    assert [copies.seen(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))] == [Seen()] * 5
