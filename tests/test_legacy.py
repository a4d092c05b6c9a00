"""Articles in TCVN3 (ABC), VNI and VISCII are read as what they are, not as mojibake.

The inputs are real articles (the seeds and articles of ../shared/corpus) written into each
encoding by the encoder below, built from the project's own tables; VISCII is also checked
against the C library's converter where `iconv` has it.
"""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from solieu.ingest import RawArticle, decode, iter_inputs
from solieu.legacy import LEGACY, TABLES, Table, syllable_share
from solieu.legacy import decode as decode_with
from solieu.pipeline import process
from solieu.schemas import Article

REPO = Path(__file__).resolve().parents[1]
SAMPLES = sorted((REPO / "corpus" / "samples").glob("*.txt"))
TOPIC = REPO.parent / "shared" / "corpus" / "news-topic.jsonl.gz"
# articles of the topic corpus with figures of several kinds
TOPIC_IDS = ("baomoi-magizbox-21478309", "baomoi-magizbox-21480467")


def encode(text: str, table: Table) -> bytes:
    """The bytes of `text` in a legacy encoding: TCVN3 has no toned capitals, so they are
    written with the lower-case byte, as a capital font would show them."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        code = table.letters.get(ch) or table.letters.get(ch.lower())
        out.append(code if code is not None and (ch in table.letters or table is LEGACY.tcvn3) else ch)
    return "".join(out).encode("latin-1", errors="replace")


def figures(text: str, doc_id: str) -> list[tuple[str, float, str]]:
    article = process(RawArticle(doc_id=doc_id, path="x.txt", text=text))
    assert isinstance(article, Article), article
    return [(f.kind, f.value, f.qualifier) for f in article.figures]


def test_the_title_of_the_issue_read_as_tcvn3() -> None:
    """Seed 002's title in TCVN3 was shown as Windows-1258 prints it."""
    mojibake = "Thanh Ba x©y dùng ®éi ng\u0323 c¸n bé c¬ së"
    data = mojibake.encode("cp1258")
    assert decode_with(data, "TCVN3") == "Thanh Ba xây dựng đội ngũ cán bộ cơ sở"
    assert syllable_share(mojibake) < 0.5 < syllable_share(decode_with(data, "TCVN3"))


def test_vni_as_windows_prints_it() -> None:
    assert decode_with("Ñaûng vieân môùi, ngöôøi".encode("cp1252"), "VNI") == "Đảng viên mới, người"


def test_viscii_agrees_with_the_c_library() -> None:
    if shutil.which("iconv") is None:
        pytest.skip("iconv is absent")
    data = bytes([*range(0x01, 0x20), *range(0x80, 0x100)])
    try:
        theirs = subprocess.run(["iconv", "-f", "VISCII", "-t", "UTF-8"], input=data, capture_output=True, check=True)
    except subprocess.CalledProcessError:
        pytest.skip("this iconv has no VISCII")
    assert decode_with(data, "VISCII") == unicodedata.normalize("NFC", theirs.stdout.decode("utf-8"))


def test_every_table_spells_every_letter_once() -> None:
    for table in TABLES:
        codes = list(table.letters.values())
        assert len(set(codes)) == len(codes), table.name
        assert all(len(unicodedata.normalize("NFC", letter)) == 1 for letter in table.letters)
    assert len(LEGACY.vni.letters) == len(LEGACY.viscii.letters) == 134  # 67 letters, both cases


def corpus_articles() -> list[tuple[str, str]]:
    found = [(p.stem, p.read_text(encoding="utf-8")) for p in SAMPLES]
    if TOPIC.exists():
        with gzip.open(TOPIC, "rt", encoding="utf-8") as fh:
            rows = {r["id"]: r["text"] for r in map(json.loads, fh) if r["id"] in TOPIC_IDS}
        found += [(doc_id, rows[doc_id]) for doc_id in TOPIC_IDS]
    return found


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_real_articles_in_a_legacy_encoding_give_the_same_figures(table: Table) -> None:
    articles = corpus_articles()
    assert len(articles) >= 5
    for doc_id, text in articles:
        decoded, error, notes = decode(encode(text, table))
        assert error is None, (doc_id, error)
        assert notes[-1][0] == "W008" and notes[-1][1].startswith(f"{table.name}, "), (doc_id, notes)
        original = figures(text, doc_id)
        assert original, doc_id
        assert figures(decoded, doc_id) == original, doc_id


def test_the_record_says_which_encoding_was_read(tmp_path: Path) -> None:
    path = tmp_path / "vni.txt"
    path.write_bytes(encode(SAMPLES[2].read_text(encoding="utf-8"), LEGACY.vni))
    (raw,) = iter_inputs([str(path)])
    record = process(raw)
    assert isinstance(record, Article)
    notice = next(w for w in record.warnings if w.code == "W008")
    assert "(VNI, " in notice.message and "% of its words are syllables" in notice.message
    assert record.title == unicodedata.normalize("NFC", SAMPLES[2].read_text(encoding="utf-8")).split("\n")[0].strip()


def test_unsure_between_encodings_is_an_error() -> None:
    """Half of the paragraphs in TCVN3 and half in VNI: neither reading is sure."""
    paragraphs = SAMPLES[1].read_text(encoding="utf-8").split("\n")
    data = b"\n".join(encode(p, LEGACY.tcvn3 if i % 2 else LEGACY.vni) for i, p in enumerate(paragraphs))
    text, error, _ = decode(data)
    assert text == "" and error is not None and error.startswith("E010"), error
