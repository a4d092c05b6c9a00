"""Our sentence splitter gives underthesea's sentences, span for span, on real paragraphs.

`solieu.sentence_split` ports the rules of underthesea's `sent_tokenize`; this holds it to
underthesea's own output (aligned to offsets as the segment stage aligned it) on every
paragraph of the seeds and, in the slow tests, of the topic corpora (the gold articles are
among them) and the first 2,000 articles of the news sample. Each article is read whole, as
its extracted paragraphs and as its raw lines, where no layout has cleaned anything yet.
"""

from __future__ import annotations

import gzip
import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from underthesea import sent_tokenize

from solieu.layout import read_layout
from solieu.normalise import normalise
from solieu.segment import align
from solieu.sentence_split import split_spans

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


def _paragraphs(text: str) -> Iterator[str]:
    normal = normalise(text).text
    for start, end in read_layout(normal).extracted():
        yield normal[start:end].replace("\n", " ")
    yield from text.split("\n")


def _differences(texts: Iterator[str]) -> tuple[int, list[str]]:
    count, differ = 0, []
    for text in texts:
        for paragraph in _paragraphs(text):
            count += 1
            if split_spans(paragraph) != align(paragraph, sent_tokenize(paragraph)):
                differ.append(paragraph[:120])
    return count, differ


def _corpus(name: str, limit: int | None = None) -> Iterator[str]:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{path} is absent: put ../shared beside the checkout to run the corpus tests")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in itertools.islice(fh, limit):
            yield json.loads(line).get("text") or ""


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "TP. Hồ Chí Minh có 1.500 cán bộ. Còn lại?! Đó là...",
            ["TP. Hồ Chí Minh có 1.500 cán bộ.", "Còn lại?!", "Đó là..."],
        ),
        (
            "ThS. Nguyễn Văn A dạy 3 lớp... và 2 lớp khác. Xong",
            ["ThS. Nguyễn Văn A dạy 3 lớp... và 2 lớp khác.", "Xong"],
        ),
        ("Lớp học kết thúc... Sau đó, 40 học viên ra về.", ["Lớp học kết thúc...", "Sau đó, 40 học viên ra về."]),
    ],
)
def test_abbreviations_numbers_and_ellipses(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in split_spans(text)] == sentences == sent_tokenize(text)


def test_the_seeds_split_as_underthesea_splits_them() -> None:
    count, differ = _differences(
        p.read_text(encoding="utf-8") for p in sorted((REPO / "corpus" / "samples").glob("*.txt"))
    )
    assert count > 100
    assert differ == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "limit", "least"),
    [
        ("news-topic.jsonl.gz", None, 150),
        ("news-topic-restored.jsonl.gz", None, 1000),
        ("news-sample.jsonl.gz", 2000, 5000),
    ],
)
def test_corpus_paragraphs_split_as_underthesea_splits_them(name: str, limit: int | None, least: int) -> None:
    count, differ = _differences(_corpus(name, limit))
    assert count > least
    assert differ == []
