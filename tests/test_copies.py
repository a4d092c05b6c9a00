"""Republished articles are extracted once: exact copies, and near copies of the same text."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from solieu.copies import Copies, jaccard, sketch

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
    if not TOPIC.exists():
        pytest.skip(f"{TOPIC} is absent: the corpus tests need ../shared beside the checkout")
    rows = {}
    with gzip.open(TOPIC, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            rows[row["id"]] = row["text"]
    copies = Copies()
    assert copies.first("baomoi-magizbox-21478309", rows["baomoi-magizbox-21478309"]) is None
    assert copies.first("baomoi-magizbox-21480467", rows["baomoi-magizbox-21480467"]) == "baomoi-magizbox-21478309"
