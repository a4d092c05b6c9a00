"""The cluster mode where workers read: partitions cut from names and sizes, read back whole.

The runs on a Dask cluster are in `test_scale.py`; these check the cutting and reading alone:
the byte ranges of a JSONL file hold every line once, under the line number and the id a
single reading gives.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from solieu.ingest import iter_inputs
from solieu.parts import articles, count_lines, numbered, partitions

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus" / "samples"
TOPIC = ROOT.parent / "shared" / "corpus" / "news-topic.jsonl.gz"


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    """The topic file as plain JSONL, with a blank line, a line with no id, a bad line and old Mac line ends."""
    if not TOPIC.exists():
        pytest.skip(f"{TOPIC} is absent: the corpus tests need ../shared beside the checkout")
    lines = gzip.decompress(TOPIC.read_bytes()).splitlines(keepends=True)
    lines[3:3] = [b"\n", b'{"text": "Huy\xe1\xbb\x87n m\xe1\xbb\x9f 57 l\xe1\xbb\x9bp."}\n', b"{not json\n"]
    lines[10] = lines[10].rstrip(b"\n") + b"\r" + b'{"id": "cr", "text": "57 l\xe1\xbb\x9bp"}\r\n'
    path = tmp_path / "topic.jsonl"
    path.write_bytes(b"".join(lines))
    return path


@pytest.mark.parametrize("size", [1, 5_000, 64_000, 10**9])
def test_the_ranges_of_a_file_hold_its_articles_once_as_read_whole(jsonl: Path, size: int) -> None:
    whole = [(raw.doc_id, raw.line, raw.text, raw.error) for raw in iter_inputs([str(jsonl)])]
    parts = partitions([str(jsonl)], size)
    assert len(parts) == (1 if size == 10**9 else -(-jsonl.stat().st_size // size))
    parts = numbered(parts, {p.number: count_lines(p) for p in parts})
    got = [(raw.doc_id, raw.line, raw.text, raw.error) for part in parts for raw in articles(part)]
    assert got == whole
    assert ("topic:5", 5) in [(doc_id, line) for doc_id, line, *_ in got]  # an id made from the line number
    assert sum(error == "E005" for *_, error in got) == 1 and "cr" in [doc_id for doc_id, *_ in got]


def test_small_files_are_grouped_and_every_partition_is_numbered_in_input_order(jsonl: Path) -> None:
    gz = jsonl.with_name("again.jsonl.gz")
    gz.write_bytes(gzip.compress(jsonl.read_bytes()))
    parts = partitions([str(SAMPLES), str(jsonl), str(gz)], 20_000)
    assert [p.number for p in parts] == list(range(len(parts)))
    seeds = [p for p in parts if p.item == str(SAMPLES)]
    assert sum(len(p.files) for p in seeds) == 5 and len(seeds) < 5  # the seeds are a few KB each
    assert [p.span for p in parts if p.item == str(gz)] == [None]  # a gzip file is read whole
    assert all(p.span is not None for p in parts if p.item == str(jsonl))
