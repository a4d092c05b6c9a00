"""Web pages and WARC files made from real articles, in the shapes provincial sites print them.

Real HTML is not in ../shared, so the tests wrap real articles of ../shared/corpus in the two
page shapes provincial papers and district portals use: a CMS article page (menu,
breadcrumbs, date line, related links, comments) and a portal page (left menu, visitor
counter). The furniture carries PLANTED numbers, which must never reach a record's figures.
"""

from __future__ import annotations

import gzip
import html
import io
import json
from dataclasses import dataclass
from pathlib import Path

import regex

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TOPIC = CORPUS / "news-topic.jsonl.gz"
# numbers printed only in menus, related links, comments and counters
PLANTED = ("9.817", "8.426", "7.395", "6.254", "5.163", "4.072", "3.981")


@dataclass(frozen=True)
class Source:
    """A real article and the metadata its page prints."""

    doc_id: str
    title: str
    text: str
    date: str  # ISO
    date_line: str  # as the page prints it
    author: str


def load(doc_id: str, *, date: str, date_line: str, author: str) -> Source:
    """A real article of the topic corpus, by id."""
    with gzip.open(TOPIC, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] == doc_id:
                return Source(doc_id, row["title"], row["text"], date, date_line, author)
    raise KeyError(doc_id)


def paragraphs(text: str) -> list[str]:
    """The article's sentences, two to a paragraph, as a page prints them."""
    sentences = [s for s in regex.split(r"(?<=[.!?])\s+(?=\p{Lu})", " ".join(text.split())) if s]
    return [" ".join(sentences[k : k + 2]) for k in range(0, len(sentences), 2)]


def _body(source: Source) -> str:
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(source.text))


def cms_page(source: Source) -> str:
    """A provincial paper's article page: menu, breadcrumbs, date line, related links, comments."""
    e = html.escape
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{e(source.title)} - Báo điện tử tỉnh</title>
<meta property="og:title" content="{e(source.title)}">
<meta property="og:site_name" content="Báo điện tử tỉnh">
</head><body>
<div class="top-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/ts">Thời sự</a></li>
<li><a href="/xd">Xây dựng Đảng ({PLANTED[0]} bài)</a></li><li><a href="/kt">Kinh tế</a></li></ul></div>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/xd">Xây dựng Đảng</a></div>
<div class="main"><article class="detail">
<h1 class="title">{e(source.title)}</h1>
<div class="date-time">{e(source.date_line)}</div>
<div class="content">
{_body(source)}
<p class="author"><strong>{e(source.author)}</strong></p>
</div>
</article>
<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>
<li><a href="/a1">Huyện kết nạp {PLANTED[1]} đảng viên mới trong năm</a></li>
<li><a href="/a2">Mở {PLANTED[2]} lớp bồi dưỡng lý luận chính trị cho cán bộ cơ sở</a></li>
</ul></div>
<div class="binh-luan"><h3>Ý kiến bạn đọc</h3>
<div class="comment-item"><b>Nguyễn Văn An</b>: Tỉnh đã đào tạo {PLANTED[3]} học viên, rất đáng ghi nhận.</div>
</div>
</div>
<footer><p>Giấy phép số {PLANTED[4]}/GP-BTTTT. Tòa soạn: 12 đường Trần Phú.</p></footer>
</body></html>
"""


def portal_page(source: Source) -> str:
    """A district portal's page: left menu, the article in a table cell, a visitor counter."""
    e = html.escape
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Cổng thông tin điện tử huyện - {e(source.title)}</title></head>
<body><table width="100%"><tr>
<td id="left-menu" valign="top"><ul><li><a href="/gt">Giới thiệu</a></li>
<li><a href="/tt">Tin tức - Sự kiện</a></li><li><a href="/vb">Văn bản ({PLANTED[5]})</a></li></ul>
<div id="thongke"><b>Thống kê truy cập</b><br>Đang truy cập: {PLANTED[6]}<br>Tổng lượt truy cập: {PLANTED[0]}</div>
</td>
<td valign="top"><div class="news-detail">
<h2 class="news-title">{e(source.title)}</h2>
<div class="news-date">{e(source.date_line)}</div>
{_body(source)}
<div class="author" style="text-align:right">{e(source.author)}</div>
</div>
<div class="tinkhac"><b>Các tin khác</b><ul>
<li><a href="/b1">Xã tổ chức {PLANTED[1]} buổi sinh hoạt chi bộ chuyên đề</a></li></ul></div>
</td></tr></table>
</body></html>
"""


def write_warc(path: Path, pages: list[tuple[str, str, str]]) -> None:
    """A gzipped WARC of (url, html, crawl date) responses, plus a request, an image and a 404."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))

        def response(url: str, status: str, kind: str, body: bytes, when: str, number: int) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
            warc_headers = {"WARC-Date": when, "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{number:012d}>"}
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                length=len(body),  # known, so warcio need not spool the body to a temporary file
                http_headers=headers,
                warc_headers_dict=warc_headers,
            )
            writer.write_record(record)

        number = 0
        for url, page, when in pages:
            number += 1
            request = writer.create_warc_record(
                url,
                "request",
                payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                length=18,
                warc_headers_dict={"WARC-Record-ID": f"<urn:uuid:10000000-0000-4000-8000-{number:012d}>"},
            )
            writer.write_record(request)
            response(url, "200 OK", "text/html; charset=utf-8", page.encode("utf-8"), when, number)
        first = pages[0][2]
        response("https://example.vn/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n", first, 900)
        response("https://example.vn/missing", "404 Not Found", "text/html", b"<html>404</html>", first, 901)
