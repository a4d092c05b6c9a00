"""`solieu extract` on bad input: every article gets its line, errors say what and where, the
batch carries on, and the output does not depend on the run or on the Unicode form of the text.

The inputs are built in a temporary folder from the real seed articles (corpus/samples).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from solieu.pipeline import extract_article

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "corpus" / "samples"
SOLIEU = Path(sys.executable).with_name("solieu")
# the tone marks Windows-1258 writes as combining characters after the base letter
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def seed(n: int) -> str:
    return sorted(SAMPLES.glob("*.txt"))[n].read_text(encoding="utf-8")


def to_cp1258(text: str) -> bytes:
    """Windows-1258 bytes for a Vietnamese text.

    Python's cp1258 codec has no precomposed ộ or ữ: such a letter is written as its base
    (ô, ư: in the code page) followed by the combining tone mark, as Windows does.
    """
    out = []
    for ch in text:
        try:
            ch.encode("cp1258")
            out.append(ch)
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS)))
            out.append("".join(c for c in parts if c in TONE_MARKS))
    return "".join(out).encode("cp1258")


def solieu(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    command = [str(SOLIEU)] if SOLIEU.exists() else [sys.executable, "-m", "solieu.cli"]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([*command, *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=300)


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def figures(record: dict) -> list[tuple[str, float, str]]:
    return [(f["kind"], f["value"], f["qualifier"]) for f in record["figures"]]


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """A folder of good and bad inputs, and what `solieu extract` made of it."""
    folder = tmp_path_factory.mktemp("batch")
    inputs = folder / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (inputs / "windows1258.txt").write_bytes(to_cp1258(seed(2)))
    (inputs / "utf16.txt").write_bytes(seed(4).encode("utf-16"))  # with its BOM
    lines = [
        json.dumps({"id": "jsonl-good", "text": seed(0), "title": None}, ensure_ascii=False),
        '{"id": "jsonl-broken", "text": "Huyện mở 2 lớp',
        json.dumps({"id": "jsonl-no-text", "title": "Không có nội dung"}, ensure_ascii=False),
        "",
        json.dumps({"id": "jsonl-good-2", "text": seed(1)}, ensure_ascii=False),
    ]
    (inputs / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = solieu("extract", "in", "-o", "out.jsonl", "-j", "1", cwd=folder)
    texts = {  # each good article as its input holds it, decoded independently of solieu
        "windows1258": (inputs / "windows1258.txt").read_bytes().decode("cp1258"),
        "utf16": (inputs / "utf16.txt").read_bytes().decode("utf-16"),
        "jsonl-good": seed(0),
        "jsonl-good-2": seed(1),
    }
    return folder, done, {r["doc_id"]: r for r in records(folder / "out.jsonl")}, texts


def test_exit_code_and_summary(batch):
    _, done, _, _ = batch
    assert done.returncode == 0, done.stderr
    summary = [line for line in done.stderr.splitlines() if line.startswith("solieu:")]
    assert summary and re.search(r"\b8 articles, 4 errors\b", summary[-1]), done.stderr


def test_one_record_per_article(batch):
    folder, _, by_id, _ = batch
    assert len(records(folder / "out.jsonl")) == len(by_id) == 8  # a blank JSONL line is no article
    assert set(by_id) == {
        "empty",
        "binary",
        "windows1258",
        "utf16",
        "jsonl-good",
        "batch:2",  # a broken line has no id: file name and line number stand for it
        "jsonl-no-text",
        "jsonl-good-2",
    }


@pytest.mark.parametrize(
    ("doc_id", "code", "detail"),
    [
        ("empty", "E002", "empty"),
        ("binary", "E004", "binary"),
        ("batch:2", "E005", "line 2"),
        ("jsonl-no-text", "E006", "line 3"),
    ],
)
def test_bad_input_gets_a_clear_error_record(batch, doc_id, code, detail):
    _, _, by_id, _ = batch
    record = by_id[doc_id]
    assert record["error"] == code
    assert record["message"].startswith(f"{code}: ") and detail in record["message"]
    assert set(record) == {"doc_id", "input", "error", "message"}
    if detail.startswith("line"):
        assert record["input"]["line"] == int(detail.split()[1])


@pytest.mark.parametrize(("doc_id", "n"), [("windows1258", 2), ("utf16", 4), ("jsonl-good", 0), ("jsonl-good-2", 1)])
def test_good_input_is_processed_like_the_utf8_seed(batch, doc_id, n):
    """Whatever the encoding, the same figures as the UTF-8 seed, with offsets into the decoded text."""
    _, _, by_id, texts = batch
    record = by_id[doc_id]
    assert "error" not in record and record["duplicate_of"] is None
    expected = extract_article(seed(n), doc_id="utf8")
    assert record["figures"], "a seed article with no figure tests nothing"
    assert figures(record) == [(f.kind, f.value, f.qualifier) for f in expected.figures]
    assert record["title"] == expected.title and record["author"] == expected.author
    text = texts[doc_id]
    if doc_id == "windows1258":  # the tone marks come back as combining characters
        assert text != seed(n) and unicodedata.normalize("NFC", text) == seed(n)
    for f, want in zip(record["figures"], expected.figures, strict=True):
        assert text[f["start"] : f["end"]] == f["text"]
        assert unicodedata.normalize("NFC", f["text"]) == unicodedata.normalize("NFC", want.text)


def test_nothing_processed_exits_non_zero(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    done = solieu("extract", "in", "-o", "out.jsonl", cwd=tmp_path)
    assert done.returncode != 0
    assert [r["error"] for r in records(tmp_path / "out.jsonl")] == ["E004", "E002"]
    assert "2 articles, 2 errors" in done.stderr


def test_output_is_byte_identical_across_runs(batch):
    folder, _, _, _ = batch
    again = solieu("extract", "in", "-o", "again.jsonl", "-j", "2", cwd=folder)
    assert again.returncode == 0, again.stderr
    assert (folder / "again.jsonl").read_bytes() == (folder / "out.jsonl").read_bytes()


@pytest.mark.parametrize("n", range(5))
def test_decomposed_text_gives_the_same_figures(n):
    """An NFD copy of a seed: same figures, and every offset valid in the NFD text."""
    composed = seed(n)
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    want = extract_article(composed, doc_id="nfc")
    got = extract_article(decomposed, doc_id="nfd")
    assert [(f.kind, f.value, f.qualifier) for f in got.figures] == [
        (f.kind, f.value, f.qualifier) for f in want.figures
    ]
    assert [(r.numerator, r.denominator, r.percent) for r in got.ratios] == [
        (r.numerator, r.denominator, r.percent) for r in want.ratios
    ]
    for f, w in zip(got.figures, want.figures, strict=True):
        assert decomposed[f.start : f.end] == f.text
        assert unicodedata.normalize("NFC", f.text) == w.text
        sentence = got.sentence(f.sentence)
        assert sentence is not None and decomposed[sentence.start : sentence.end] == sentence.text
    for r in got.ratios:
        assert decomposed[r.start : r.end] == r.text


@pytest.mark.parametrize(
    "newline",
    [
        pytest.param("\r\n", id="crlf"),
        pytest.param("\r", id="cr"),
    ],
)
def test_line_endings_keep_the_layout(newline):
    """Windows (CRLF) and old Mac (CR) line endings read like the seed's LF."""
    text = seed(0)
    want = extract_article(text, doc_id="lf")
    other = text.replace("\n", newline)
    got = extract_article(other, doc_id="other")
    assert (got.title, got.author, got.published) == (want.title, want.author, want.published)
    assert [b.role for b in got.blocks] == [b.role for b in want.blocks]
    assert [(f.kind, f.value) for f in got.figures] == [(f.kind, f.value) for f in want.figures]
    assert all(other[f.start : f.end] == f.text for f in got.figures)
