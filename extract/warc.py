"""A WARC file (a crawl, a web archive) to the pages it holds, streamed record by record.

Each HTML response becomes one article: its doc_id is the WARC record id (unique in a crawl,
where a URL may be fetched twice), its url the target URI, its crawl date the WARC-Date, its
line the record's number in the file. Requests, metadata, images and other non-HTML records,
redirects and HTTP errors are passed over and counted, never written as articles.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from solieu.errors import describe
from solieu.ingest import STREAM_ERRORS, Passed, RawArticle
from solieu.page import is_html_type

MAX_PAGE_BYTES = 50 * 1024 * 1024  # a larger response is no news page: an error record, not a worker's memory


def read_warc(path: Path) -> Iterator[RawArticle | Passed]:
    """The HTML pages of one WARC file, in file order; a file that breaks off ends in an E009."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        with path.open("rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                number += 1
                yield _article(record, str(path), number)
            records.read_to_end()
            last = records.get_record_offset() if number else 0
            ended = _cut_short(path, last, records.get_record_offset() + records.get_record_length() if number else 0)
        if ended:
            raise EOFError(ended)
    except (*STREAM_ERRORS, ArchiveLoadFailed) as exc:
        detail = f"{path}: after record {number}: {exc}"
        code = "E001" if number == 0 and isinstance(exc, OSError) and not path.exists() else "E009"
        yield RawArticle(f"{path.name}:ended-early", str(path), number + 1, error=code, message=describe(code, detail))


def _cut_short(path: Path, last: int, end: int) -> str | None:
    """Why a WARC read to its end is incomplete, or None: warcio stops quietly at a cut.

    The records must cover the whole file, and the last one be whole: a gzip member with its
    trailer, or a record that ends with the blank line WARC puts after each.
    """
    size = path.stat().st_size
    if end != size:
        return f"{size - end} bytes after the last whole record"
    with path.open("rb") as fh:
        fh.seek(last)
        tail = fh.read()
    if path.name.endswith(".gz"):
        inflate = zlib.decompressobj(wbits=31)
        try:
            inflate.decompress(tail)
        except zlib.error as exc:
            return f"the last record is damaged ({exc})"
        return None if inflate.eof else "the last record breaks off"
    return None if not tail or tail.endswith(b"\r\n\r\n") else "the last record breaks off"


def _article(record: object, path: str, number: int) -> RawArticle | Passed:
    """One WARC record: the page of an HTML response, or why it is passed over."""
    kind = record.rec_type  # type: ignore[attr-defined]
    if kind != "response":
        return Passed(f"{kind} records")
    http = record.http_headers  # type: ignore[attr-defined]
    status = http.get_statuscode() if http is not None else ""
    if not status.startswith("2"):
        return Passed("HTTP errors" if status[:1] in ("4", "5") else "redirects and other statuses")
    if not is_html_type(http.get_header("Content-Type")):
        return Passed("responses not HTML")
    headers = record.rec_headers  # type: ignore[attr-defined]
    doc_id = (headers.get_header("WARC-Record-ID") or "").strip("<>") or f"{Path(path).name}:{number}"
    url = headers.get_header("WARC-Target-URI")
    crawled = headers.get_header("WARC-Date")
    body = record.content_stream().read(MAX_PAGE_BYTES + 1)  # type: ignore[attr-defined]
    if len(body) > MAX_PAGE_BYTES:
        message = describe("E011", f"record {number}: more than {MAX_PAGE_BYTES} bytes")
        return RawArticle(doc_id, path, number, error="E011", message=message, url=url)
    if not body.strip():
        return RawArticle(doc_id, path, number, error="E002", message=describe("E002"), url=url)
    return RawArticle(doc_id, path, number, html=body, url=url, crawled=crawled)
