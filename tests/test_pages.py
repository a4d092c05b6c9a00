"""Web pages and WARC crawls: real articles of ../shared/corpus in provincial page shapes (tests/pages.py).

On every page the title, the date and the author are read right, the numbers planted in
menus, related links, comments and counters never reach the text or the figures, and every
offset holds on the text the record keeps.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pages
import pytest

from solieu.ingest import Ledger, iter_inputs
from solieu.page import read_page
from solieu.pipeline import extract_article, process
from solieu.run import run_extract

# (article of news-topic.jsonl.gz, date line as printed, its date, the author the page names)
PAGES = [
    ("baomoi-magizbox-22708758", "Thứ Tư, 08/09/2021 - 05:09", "2021-09-08", "Ngọc Chánh"),
    ("baomoi-magizbox-22738117", "Ngày đăng : 08:50, 30/03/2021", "2021-03-30", "Minh Anh"),
    ("baomoi-magizbox-22713621", "23.11.2017 - 8:20", "2017-11-23", "Thanh Hà"),
    ("baomoi-magizbox-22560824", "05:09, 08/09/2021", "2021-09-08", "Quốc Tuấn"),
    ("baomoi-magizbox-22684885", "Cập nhật lúc 14:30 ngày 15/04/2021", "2021-04-15", "Hoàng Long"),
    ("baomoi-magizbox-22635083", "Thứ Hai, ngày 13 tháng 11 năm 2018", "2018-11-13", "Lan Phương"),
]
SHAPES = {"cms": pages.cms_page, "portal": pages.portal_page}


def source(doc_id: str, date_line: str, date: str, author: str) -> pages.Source:
    if not pages.TOPIC.exists():
        pytest.skip(f"{pages.TOPIC} is absent: put ../shared beside the checkout to run the page tests")
    return pages.load(doc_id, date=date, date_line=date_line, author=author)


def spans_hold(record: dict) -> None:
    text = record["text"]
    for item in [*record["sentences"], *record["figures"]]:
        assert text[item["start"] : item["end"]] == item["text"]
    if record["dateline"]:
        assert text[record["dateline"]["start"] : record["dateline"]["end"]] == record["dateline"]["text"]


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize(("doc_id", "date_line", "date", "author"), PAGES)
def test_a_page_gives_its_title_date_author_and_no_furniture(shape, doc_id, date_line, date, author):
    src = source(doc_id, date_line, date, author)
    html = SHAPES[shape](src).encode("utf-8")
    raw = next(iter_inputs([_write(html, f"{doc_id}.html")]))
    record = json.loads(process(raw).model_dump_json())
    assert (record["title"], record["published"], record["author"]) == (src.title, date, author)
    for number in pages.PLANTED:
        assert number not in record["text"], f"{number} of the page furniture reached the text"
        assert not any(number in f["text"] for f in record["figures"])
    plain = extract_article("\n".join(pages.paragraphs(src.text)), doc_id=doc_id)  # the same text as a .txt
    assert [f["text"] for f in record["figures"]] == [f.text for f in plain.figures], "the article's own figures"
    spans_hold(record)


def test_extraction_is_the_same_every_time():
    src = source(*PAGES[0])
    html = pages.cms_page(src).encode("utf-8")
    assert read_page(html) == read_page(html) == read_page(html.decode("utf-8"))


def test_a_page_without_main_text_is_an_error_record(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text(
        '<html><head><title>Trang chủ</title></head><body><script>var n = 1;</script><img src="a.png"></body></html>'
    )
    record = process(next(iter_inputs([str(path)])))
    assert getattr(record, "error", None) == "E011"


def test_a_jsonl_line_may_carry_the_page_instead_of_the_text(tmp_path):
    src = source(*PAGES[1])
    path = tmp_path / "pages.jsonl"
    row = {"id": "p1", "url": "https://baobacgiang.vn/p1.html", "html": pages.portal_page(src)}
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    record = json.loads(process(next(iter_inputs([str(path)]))).model_dump_json())
    assert (record["doc_id"], record["url"], record["published"]) == ("p1", row["url"], "2021-03-30")
    spans_hold(record)


def _write(data: bytes, name: str) -> str:
    folder = Path(pytest.importorskip("tempfile").mkdtemp())
    path = folder / name
    path.write_bytes(data)
    return str(path)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A gzipped WARC of the fixture pages, with a request per page, an image and a 404."""
    folder = tmp_path_factory.mktemp("warc")
    responses = []
    for k, (doc_id, date_line, date, author) in enumerate(PAGES):
        src = source(doc_id, date_line, date, author)
        shape = SHAPES["cms" if k % 2 == 0 else "portal"]
        responses.append((f"https://baotinh.vn/tin/{doc_id}.html", shape(src), f"2022-01-0{k + 1}T08:00:00Z"))
    path = folder / "crawl.warc.gz"
    pages.write_warc(path, responses)
    return path


def test_a_warc_gives_one_article_per_html_response_and_counts_the_rest(crawl):
    ledger = Ledger()
    raws = list(iter_inputs([str(crawl)], ledger))
    assert [r.url for r in raws] == [f"https://baotinh.vn/tin/{p[0]}.html" for p in PAGES]
    assert raws[0].doc_id == "urn:uuid:00000000-0000-4000-8000-000000000001"
    count = ledger.inputs[0]
    assert (count.pages, count.passed) == (
        len(PAGES),
        {"request records": len(PAGES), "responses not HTML": 1, "HTTP errors": 1},
    )
    record = json.loads(process(raws[2]).model_dump_json())
    assert (record["published"], record["crawled"], record["author"]) == (
        "2017-11-23",
        "2022-01-03T08:00:00Z",
        "Thanh Hà",
    )


def test_a_broken_warc_ends_in_a_counted_record(tmp_path, crawl):
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(crawl.read_bytes()[: crawl.stat().st_size // 2])
    ledger = Ledger()
    raws = list(iter_inputs([str(cut)], ledger))
    assert raws[-1].error == "E009" and "after record" in (raws[-1].message or "")
    assert ledger.inputs[0].ended_early == raws[-1].message, "the run warns and exits 3"
    assert ledger.inputs[0].pages == len(raws) - 1
    assert all(r.html for r in raws[:-1])


def test_a_folder_mixing_text_pages_and_jsonl(tmp_path, crawl, capsys):
    src = source(*PAGES[3])
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.txt").write_text(src.text, encoding="utf-8")
    (folder / "b.html").write_text(pages.cms_page(src), encoding="utf-8")
    with gzip.open(folder / "c.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "c1", "text": src.text}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "c2", "html": pages.portal_page(src)}, ensure_ascii=False) + "\n")
    (folder / "d.warc.gz").write_bytes(crawl.read_bytes())
    out = tmp_path / "out.jsonl"
    summary = run_extract([str(folder)], str(out), jobs=1, quiet=True)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records][:4] == ["a", "b", "c1", "c2"]
    assert (summary.articles, summary.errors) == (4 + len(PAGES), 0)
    assert "text" not in records[0] and "text" not in records[2], "a text input is what its offsets refer to"
    assert [f["text"] for f in records[1]["figures"]] == [f["text"] for f in records[0]["figures"]]
    assert "1 HTTP errors" in capsys.readouterr().err


@pytest.mark.slow
def test_a_warc_is_byte_identical_across_jobs_and_resumes(tmp_path, crawl):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_extract([str(crawl)], str(one), jobs=1, quiet=True)
    run_extract([str(crawl)], str(two), jobs=2, quiet=True)
    assert one.read_bytes() == two.read_bytes()
    lines = one.read_bytes().splitlines(keepends=True)
    resumed = tmp_path / "resumed.jsonl"
    (tmp_path / "resumed.jsonl.partial").write_bytes(b"".join(lines[:2]) + lines[2][:40])
    summary = run_extract([str(crawl)], str(resumed), jobs=2, resume=True, quiet=True)
    assert summary.skipped == 2
    assert resumed.read_bytes() == one.read_bytes()


def test_a_warc_is_one_partition_for_a_cluster_worker_read_as_a_single_run_reads_it(crawl):
    from solieu.ingest import InputCount
    from solieu.parts import articles, partitions

    ledger = Ledger()
    whole = [(r.doc_id, r.line, r.url) for r in iter_inputs([str(crawl)], ledger)]
    (part,) = partitions([str(crawl)], 1)  # never cut, however small the partitions
    assert part.files == (str(crawl),) and part.span is None
    count = InputCount(str(crawl))
    assert [(r.doc_id, r.line, r.url) for r in articles(part, count)] == whole
    assert (count.pages, count.passed) == (ledger.inputs[0].pages, ledger.inputs[0].passed)
