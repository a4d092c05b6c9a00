"""The page layout of the five seed articles (corpus/samples): what each line of the page is.

Provincial pages come with their furniture: a dateline with its weekday, a lead printed twice
(the first copy cut off with `...`), photo captions between paragraphs, a poll and a visitor
counter, a byline and a source line. Only the lead and the body may give figures.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from solieu.ingest import iter_inputs
from solieu.pipeline import process
from solieu.schemas import Article

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"


@dataclass(frozen=True)
class Page:
    """What a careful reader sees on the page (read off the seed texts)."""

    title: str
    author: str | None
    byline: str | None  # the byline as printed
    dateline: tuple[str, str, str] | None = None  # as printed, ISO date, weekday
    lead_duplicate: str | None = None  # how the first, cut-off copy of the lead starts
    captions: tuple[str, ...] = ()  # how each caption starts
    chrome: tuple[str, ...] = ()  # text inside page-furniture lines
    source: str | None = None  # how the source line starts
    source_name: str | None = None
    url: str | None = None


PAGES = {
    "000_22982894cf31887f": Page(
        title="Đảng bộ huyện Bắc Sơn: Đào tạo, bồi dưỡng cán bộ, công chức cấp xã",
        author="Hà Văn Thắng",
        byline="Hà Văn Thắng",
        dateline=("Chủ nhật,\xa0 21/07/2024", "2024-07-21", "Chủ nhật"),
        lead_duplicate="LSO-Đảng bộ huyện Bắc Sơn có 55 tổ chức cơ sở đảng",
        captions=("Noi gương liệt sĩ Hoàng Văn Thụ, thanh niên học sinh dân tộc",),
        source_name="Báo Lạng Sơn",
    ),
    "001_33d39c731ce98c1d": Page(
        title="Lộc Bình thực hiện hiệu quả chính sách đào tạo, bồi dưỡng cán bộ",
        author="Công Quân",
        byline="Công Quân",
        dateline=("Thứ năm,\xa0 06/10/2022", "2022-10-06", "Thứ năm"),
        lead_duplicate="LSO-Nâng cao trình độ, năng lực của đội ngũ cán bộ cấp huyện",
        captions=(
            "Tập huấn ứng dụng CNTT cho giáo viên ở huyện Lộc Bình – Ảnh: Xuân Hương",
            "Đoàn công tác của tỉnh kiểm tra thực hiện NQ 09 của HĐND tỉnh tại Lộc Bình",
        ),
        source_name="Báo Lạng Sơn",
    ),
    "002_4dc4aa349e1d8d70": Page(
        title="Thanh Ba xây dựng đội ngũ cán bộ cơ sở",
        author="Hà Trang",
        byline="Hà Trang",
        captions=(
            "Công chức xã Quảng Yên hướng dẫn người dân giải quyết các thủ tục hành chính",
            "Lớp bồi dưỡng lý luận chính trị và nghiệp vụ cho cán bộ hội phụ nữ cơ sở huyện Thanh Ba",
        ),
        source="Nguồn Phú Thọ: http://baophutho.vn/",
        source_name="Phú Thọ",
        url="http://baophutho.vn/chinh-tri/202110/thanh-ba-xay-dung-doi-ngu-can-bo-co-so-180312",
    ),
    "003_436b105a532032d3": Page(
        title="Trung tâm Chính trị huyện Tuyên Hóa:Thực hiện tốt công tác đào tạo, bồi dưỡng 6 tháng đầu năm 2022",
        author="Phạm Ngọc Chiến",
        byline="Phạm Ngọc Chiến",
        chrome=(
            "ĐẤU THẦU - MUA SẮM CÔNG",  # a section label above the headline
            "Bình chọn",
            "Theo bạn thông tin nội dung website thế nào ?",
            "110 người đã tham gia bình chọn",
            "Thống kê truy cập",
            "Online 2",
            "Hôm nay 481",
            "Tổng 838.728",
            "Xem với cỡ chữ",
            "Các tin khác",
        ),
    ),
    "004_69a1bdd2d02df8a3": Page(
        title="Bắc Giang bồi dưỡng đội ngũ cán bộ cơ sở",
        author="Đặng Giang",
        byline="Bài và ảnh: ĐẶNG GIANG",
        captions=(
            "Cán bộ xã An Lạc, huyện Sơn Ðộng (Bắc Giang) trao đổi với người dân",  # printed twice
            "Cán bộ xã An Lạc, huyện Sơn Ðộng (Bắc Giang) trao đổi với người dân",
        ),
        source="Nguồn Nhân Dân: http://nhandan.com.vn/",
        source_name="Nhân Dân",
        url="http://nhandan.com.vn/chinhtri/dang-va-cuoc-song/item/41254902-bac-giang-boi-duong-doi-ngu-can-bo-co-so.html",
    ),
}
# the poll and the visitor counter of seed 003: never figures
CHROME_NUMBERS = {110.0, 481.0, 838728.0}


@pytest.fixture(scope="module")
def seeds() -> dict[str, tuple[Article, str]]:
    out = {}
    for raw in iter_inputs([str(SAMPLES)]):
        record = process(raw)
        assert isinstance(record, Article), record
        out[raw.doc_id] = (record, raw.text)
    assert set(out) == set(PAGES)
    return out


def blocks(article: Article, text: str, role: str) -> list[str]:
    return [text[b.start : b.end] for b in article.blocks if b.role == role]


@pytest.mark.parametrize("doc_id", sorted(PAGES))
def test_title_author_and_source(seeds, doc_id):
    article, _ = seeds[doc_id]
    page = PAGES[doc_id]
    assert article.title == page.title
    assert article.author == page.author
    assert article.source_name == page.source_name
    assert article.url == page.url


@pytest.mark.parametrize("doc_id", sorted(PAGES))
def test_dateline_and_weekday(seeds, doc_id):
    article, text = seeds[doc_id]
    page = PAGES[doc_id]
    if page.dateline is None:
        assert article.dateline is None
        assert not blocks(article, text, "dateline")
        return
    printed, iso, weekday = page.dateline
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.date, article.dateline.weekday) == (printed, iso, weekday)
    assert article.published == iso
    assert blocks(article, text, "dateline") == [printed]
    assert article.blocks[0].role == "dateline"


@pytest.mark.parametrize("doc_id", sorted(PAGES))
def test_title_byline_and_source_blocks(seeds, doc_id):
    article, text = seeds[doc_id]
    page = PAGES[doc_id]
    assert blocks(article, text, "title") == [page.title]
    assert blocks(article, text, "byline") == ([page.byline] if page.byline else [])
    sources = blocks(article, text, "source")
    if page.source is None:
        assert sources == []
    else:
        assert len(sources) == 1 and sources[0].startswith(page.source)


@pytest.mark.parametrize("doc_id", sorted(PAGES))
def test_captions(seeds, doc_id):
    article, text = seeds[doc_id]
    captions = blocks(article, text, "caption")
    assert len(captions) == len(PAGES[doc_id].captions), captions
    for caption, start in zip(captions, PAGES[doc_id].captions, strict=True):
        assert caption.startswith(start)


@pytest.mark.parametrize("doc_id", sorted(PAGES))
def test_duplicated_lead(seeds, doc_id):
    """The first copy of the lead, cut off with "...", is marked; the full copy after it is the lead."""
    article, text = seeds[doc_id]
    expected = PAGES[doc_id].lead_duplicate
    duplicates = blocks(article, text, "lead_duplicate")
    if expected is None:
        assert duplicates == []
        return
    assert len(duplicates) == 1 and duplicates[0].startswith(expected)
    assert duplicates[0].endswith(("...", "…"))
    roles = [b.role for b in article.blocks]
    lead = article.blocks[roles.index("lead_duplicate") + 1]
    assert lead.role == "lead"
    assert text[lead.start : lead.end].startswith(duplicates[0].rstrip(".…")[:100])


def test_a_figure_of_the_duplicated_lead_counts_once(seeds):
    article, _ = seeds["000_22982894cf31887f"]
    assert [f.text for f in article.figures if f.value == 55] == ["55 tổ chức cơ sở đảng"]


@pytest.mark.parametrize("doc_id", sorted(PAGES))
def test_chrome(seeds, doc_id):
    article, text = seeds[doc_id]
    chrome = blocks(article, text, "chrome")
    for piece in PAGES[doc_id].chrome:
        assert any(piece in block for block in chrome), f"{piece!r} is not marked as chrome"
    if not PAGES[doc_id].chrome:
        assert chrome == []


def test_chrome_numbers_never_reach_the_figures(seeds):
    article, _ = seeds["003_436b105a532032d3"]
    assert not {f.value for f in article.figures} & CHROME_NUMBERS
    numbers = {x for r in article.ratios for x in (r.numerator, r.denominator, r.percent)}
    assert not numbers & CHROME_NUMBERS
    assert not {c.stated for c in article.checks} & CHROME_NUMBERS


@pytest.mark.parametrize("doc_id", sorted(PAGES))
def test_only_the_lead_and_body_give_figures(seeds, doc_id):
    article, _ = seeds[doc_id]
    extracted = [(b.start, b.end) for b in article.blocks if b.role in ("lead", "body")]
    spans = [(f.text, f.start, f.end) for f in article.figures]
    spans += [(r.text, r.start, r.end) for r in article.ratios]
    spans += [(m.text, m.start, m.end) for d in article.documents for m in d.mentions]
    for surface, start, end in spans:
        assert any(s <= start and end <= e for s, e in extracted), f"{surface!r} lies outside the lead and body"


def test_a_line_is_compared_with_the_title_on_its_letters_and_digits_alone() -> None:
    """The key drops, in C, exactly what a test of str.isalnum() on each character drops: checked on
    every code point, as the key works character by character on the case-folded text."""
    import sys

    from solieu.layout import _key

    assert [
        i for i in range(sys.maxunicode + 1) if _key(chr(i)) != "".join(filter(str.isalnum, chr(i).casefold()))
    ] == []
    assert _key("Thanh Ba: 478 CBCC đạt chuẩn") == "thanhba478cbccđạtchuẩn"


@pytest.mark.parametrize(
    ("before", "role"),
    [("Hội nghị thống nhất 3 nội dung chính:", "body"), ("Hội nghị thống nhất ba nội dung chính.", "caption")],
)
def test_a_short_line_a_colon_announces_is_no_caption(before: str, role: str) -> None:
    """A short unpunctuated line between paragraphs is a photo's caption, unless the line before it
    ends with a colon: it is then the first item of the list that line announces."""
    from solieu import extract_article

    text = (
        f"Ngày 12/5, Tỉnh ủy tổ chức hội nghị cán bộ chủ chốt.\n{before}\nKiện toàn tổ chức bộ máy\n"
        "Xây dựng đội ngũ cán bộ cơ sở.\nHội nghị bế mạc chiều cùng ngày."
    )
    article = extract_article(text, doc_id="t")
    start = text.index("Kiện toàn")
    assert [b.role for b in article.blocks if b.start == start] == [role]


def test_the_author_is_named_as_the_page_prints_the_name() -> None:
    """'Hoàng Thuỳ' (vietnews-train-102126, the gold's author): the normalised text moves the
    tone mark ('Thùy') for matching; the record keeps the name as printed, an upper-case byline in
    name case, a decomposed one composed."""
    from corpus_texts import CORPUS, texts_by_id

    from solieu import extract_article
    from solieu.normalise import normalise

    text = texts_by_id(CORPUS / "news-topic-restored.jsonl.gz", ["vietnews-train-102126"])["vietnews-train-102126"]
    assert extract_article(text, doc_id="x").author == "Hoàng Thuỳ"
    upper = text.replace("Hoàng Thuỳ", "HOÀNG THUỲ")
    assert extract_article(upper, doc_id="x").author == "Hoàng Thuỳ"
    nfd = unicodedata.normalize("NFD", text)
    assert extract_article(nfd, doc_id="x").author == "Hoàng Thuỳ"
    assert normalise("Hoàng Thuỳ").text == "Hoàng Thùy"
