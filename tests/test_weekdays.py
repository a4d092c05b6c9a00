"""Weekdays printed with a year-less date in an article with no date of its own: the year the article
names most is taken when every such weekday falls on its date in it, on two dates or more
(`solieu.weekdays`). Sentences from the corpora, cut where the doc id says; only `ok` is ever said."""

from __future__ import annotations

import pytest

from solieu import extract_article
from solieu.weekdays import weekday_index

# vietnews-train-091262: Tết Mậu Tuất 2018, named twice; 2017 once ("tháng 10/2017")
_TET = (
    "Học sinh mầm non, tiểu học Hà Nội được nghỉ 11 ngày; bậc THCS, THPT nghỉ 10 ngày dịp Tết Nguyên đán 2018.\n\n"
    "Ngày 3/1, Sở Giáo dục và Đào tạo Hà Nội gửi công văn hướng dẫn thời gian nghỉ Tết Mậu Tuất 2018 cho các đơn "
    "vị, trường học.\n"
    "Học sinh các trường mầm non, tiểu học sẽ nghỉ Tết 11 ngày liên tục, từ thứ bảy ngày 10/2 (25 tháng chạp) đến "
    "hết thứ ba ngày 20/2 (mùng 5 tháng giêng).\n"
    "Trong khi đó, cán bộ, công chức của Sở, Phòng Giáo dục đào tạo các quận, huyện, thị xã nghỉ Tết bảy ngày liên "
    "tục, từ thứ tư ngày 14/2 (29 tháng chạp) đến hết thứ ba (mùng 5 tháng giêng).\n"
    "Theo kế hoạch của UBND TP HCM được phê duyệt tháng 10/2017, học sinh sẽ nghỉ Tết Mậu Tuất 12 ngày, bắt đầu "
    "từ ngày 12/2 (27 tháng chạp) đến hết ngày 23/2 (8 tháng giêng).\n"
)

# baomoi-magizbox-22281239: a table of the last matchdays (May 2017) and two seasons of the past, each
# named once: 1995 fits both dates, but no year is named more than another
_PLAY_OFF = (
    "Dưới đây là kịch bản để vị trí thứ ba và thứ tư phải phân định bằng play-off.  Ngày  Liverpool  Man City  "
    "Arsenal    Thứ ba (16/5) hòa West Brom 2-2 thắng Sunderland 3-0  Chủ nhật (21/5) thua Boro 0-1 thua Watford "
    "1-3 hòa Everton 0-0 Nếu kết quả đúng như nêu trên, ba đội sẽ có cùng 73 điểm.\n"
    "Trong lịch sử, Ngoại hạng Anh từng suýt phải tổ chức play-off tranh chức vô địch trong các mùa 1995/96 (Man "
    "United vs Newcastle), play-off tranh thứ tư giữa Chelsea và Arsenal (mùa 2012/13), play-off tranh suất Europa "
    "League giữa West Ham và Liverpool mùa trước.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _TET,
            [("ok", "2018-02-10", "thứ bảy"), ("ok", "2018-02-20", "thứ ba"), ("ok", "2018-02-14", "thứ tư")],
            id="most-named-year-fits-every-date",
        ),
        # the same article with one weekday changed on purpose: 2018 no longer fits every date, so none is said
        pytest.param(_TET.replace("thứ tư ngày 14/2", "thứ năm ngày 14/2"), [], id="one-date-disagrees"),
        # one year-less date only: one weekday's agreeing is 1 in 7 for a wrong year
        pytest.param(
            _TET.replace("đến hết thứ ba ngày 20/2", "").replace("từ thứ tư ngày 14/2", ""), [], id="one-date"
        ),
        pytest.param(_PLAY_OFF, [], id="no-year-named-most"),
        # the same article moved on purpose to the leap year 2016 (its weekdays changed to fit), with a date
        # whose printed year makes it none (29/2/2015): that one is left out, never given the year named most
        pytest.param(
            _TET.replace("2018", "2016")
            .replace("thứ bảy ngày 10/2", "thứ tư ngày 10/2")
            .replace("hết thứ ba ngày 20/2", "hết thứ bảy ngày 20/2")
            .replace("từ thứ tư ngày 14/2", "từ chủ nhật ngày 14/2")
            .replace("đến hết thứ ba (mùng 5", "đến hết thứ năm ngày 29/2/2015 (mùng 5"),
            [("ok", "2016-02-10", "thứ tư"), ("ok", "2016-02-20", "thứ bảy")],  # 14/2 takes its sentence's 2015
            id="a-printed-year-that-makes-no-date",
        ),
    ],
)
def test_a_year_named_most_that_every_weekday_agrees_with(text: str, expected: list) -> None:
    article = extract_article(text, doc_id="t", published=None)
    checks = [(c.status, c.subject, c.stated) for c in article.checks if c.rule == "weekday"]
    assert checks == expected
    for said in article.weekdays:
        assert text[said.start : said.end] == said.text


@pytest.mark.parametrize(
    ("printed", "index"), [("Thứ hai", 0), ("thứ  Bảy", 5), ("thứ 7", 5), ("CN", 6), ("Chủ nhật", 6), ("thứ tám", None)]
)
def test_weekday_index(printed: str, index: int | None) -> None:
    assert weekday_index(printed) == index
