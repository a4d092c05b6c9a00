"""A figure that counts something happening (admitted, inspected, disciplined …) says so in
`event`, so a sum of the stock leaves it out; the stock itself has none. Real sentences of the
working gold's articles (corpus ids beside them)."""

from __future__ import annotations

import pytest

import solieu
from solieu.cues import load_cues
from solieu.link.events import EVENTS

CASES = [
    # vietnews-train-018662: inspected, then disciplined with its breakdown
    (
        "Trong 9 tháng, các cấp uỷ Đảng đã thi hành kỷ luật 111 đảng viên vi phạm (khiển trách 91, cảnh cáo 16, "
        "cách chức 3, khai trừ 1), tăng 15,6% so cùng kỳ.",
        [("111 đảng viên", "disciplined"), ("khiển trách 91", "disciplined"), ("khai trừ 1", "disciplined")],
    ),
    # vietnews-train-019709: a dot inside a number ends no clause
    (
        "Từ năm 2008 đến tháng 6-2018, uỷ ban kiểm tra các cấp đã kiểm tra 33.892 tổ chức đảng và 121.725 đảng viên "
        "khi có dấu hiệu vi phạm.",
        [("33.892 tổ chức đảng", "inspected"), ("121.725 đảng viên", "inspected")],
    ),
    # baomoi-magizbox-21471121: admitted, awarded
    (
        "Trong năm 2016, Đảng bộ đã kết nạp được 6 đồng chí Đảng viên mới; xét và đề nghị trao tặng Huy hiệu Đảng "
        "cho 21 đồng chí.",
        [("6 đồng chí", "admitted"), ("21 đồng chí", "awarded")],
    ),
    # vietnews-train-101492: the event said after the count
    ("Có tổng cộng 201 đảng viên bị thi hành kỷ luật.", [("201 đảng viên", "disciplined")]),
    # vietnews-train-018442: found in violation
    (
        "Trong năm 2017, Hà Nội đã kết luận 73 tổ chức đảng và 348 đảng viên có vi phạm, trong đó phải thi hành "
        "kỷ luật 8 tổ chức đảng và 203 đảng viên.",
        [("73 tổ chức đảng", "violated"), ("348 đảng viên", "violated"), ("203 đảng viên", "disciplined")],
    ),
    # vietnews-train-094212: struck off
    (
        "Từ năm 2011 đến năm 2017, toàn Đảng đã sàng lọc, đưa ra khỏi Đảng bằng hình thức xoá tên "
        "hơn 50.900 đảng viên.",
        [("hơn 50.900 đảng viên", "removed")],
    ),
    # vietnews-test-019063: personnel moves
    (
        "Trong năm qua, ngành tổ chức xây dựng Đảng ở cấp Trung ương đã tiến hành quy trình bầu cử, bổ nhiệm, điều "
        "động, luân chuyển 424 nhân sự.",
        [("424 nhân sự", "appointed")],
    ),
    # stocks: no event (baomoi-magizbox-22738117 style membership; vietnews-val-003557)
    (
        "Đảng bộ Khối các cơ quan Trung ương hiện nay bao gồm: 64 đảng bộ, chi bộ trực thuộc, với 5.469 chi bộ, "
        "hơn 60.000 đảng viên.",
        [("64 đảng bộ", None), ("5.469 chi bộ", None), ("hơn 60.000 đảng viên", None)],
    ),
    # a new clause after the admitted ends the event: the new total is a stock
    (
        "Năm 2020, toàn Đảng bộ có 4.988 đảng viên, kết nạp 120 đảng viên mới, nâng tổng số đảng viên lên 5.108 "
        "đảng viên.",
        [("4.988 đảng viên", None), ("120 đảng viên mới", "admitted"), ("5.108 đảng viên", None)],
    ),
    # vietnews-train-070755: 'phát triển đảng viên' admits; the new total after it is the stock
    (
        "Toàn Đảng bộ đã phát triển được 11.507 đảng viên, nâng toàn Đảng bộ có 59.147 đảng viên.",
        [("11.507 đảng viên", "admitted"), ("59.147 đảng viên", None)],
    ),
    # vietnews-train-092327: a list in number words after the verb
    (
        "Cấp uỷ, Uỷ ban kiểm tra các cấp của địa phương đã tiến hành kiểm tra hơn bảy nghìn lượt tổ chức đảng, "
        "trên 10 nghìn lượt đảng viên; phát hiện 261 tổ chức đảng, 1.566 đảng viên có vi phạm.",
        [("trên 10 nghìn lượt đảng viên", "inspected"), ("1.566 đảng viên", "violated")],
    ),
    # readability-difficult-00095952: labelled items after the verb
    (
        "Trong đó, một số tỉnh có nhiều người có đạo được kết nạp Đảng như Nam Định: 1.014 người; Ninh Bình: 455 "
        "người; Thành phố Hà Nội: 428 người.",
        [("1.014 người", "admitted"), ("455 người", "admitted"), ("428 người", "admitted")],
    ),
    # vietnews-train-060687, vietnews-val-014877: said after the count
    ("Không những thế, tỉnh này còn có 214 đảng viên bị xoá tên.", [("214 đảng viên", "removed")]),
    (
        "15 đảng viên này đã có khuyết điểm để con được can thiệp, sửa chữa, nâng điểm thi.",
        [("15 đảng viên", "violated")],
    ),
    # vietnews-test-014598: a part in brackets, and 'Trong số này' in the next sentence
    (
        "Cấp uỷ và Uỷ ban Kiểm tra các cấp trong quận đã thi hành kỷ luật 24 đảng viên (có 7 cấp uỷ viên), bằng "
        "các hình thức: Khiển trách 17, cảnh cáo 4. Trong số này có 9 cấp uỷ viên.",
        [("24 đảng viên", "disciplined"), ("7 cấp uỷ viên", "disciplined"), ("9 cấp uỷ viên", "disciplined")],
    ),
    # vietnews-val-021954: members who stopped attending their cell
    ("Huyện có 17 đảng viên bỏ sinh hoạt, trong đó 11 người xin ra khỏi Đảng.", [("17 đảng viên", "violated")]),
    # vietnews-train-075243: a count stated again counts its first statement's event
    (
        "Uỷ ban kiểm tra vừa yêu cầu thi hành kỷ luật 15 đảng viên có con được nâng điểm. Theo đó, có 15 đảng viên "
        "thuộc Đảng bộ khối các cơ quan tỉnh có con được nâng điểm thi.",
        [("15 đảng viên", "disciplined")],
    ),
    # corpus vietnews-test-016762: two counts joined as one subject share the predicate after the second;
    # 'liên đới' is a share of the violation
    (
        "Trong vụ án, có 2 đảng viên và 4 đảng viên là người thân của người vi phạm bị đề nghị cấp uỷ xử lý "
        "về mặt đảng.",
        [("2 đảng viên", "disciplined"), ("4 đảng viên", "disciplined")],
    ),
    (
        "Có tổng cộng hai đảng viên vi phạm trực tiếp và 4 đảng viên liên đới trong vụ án này.",
        [("4 đảng viên", "violated")],
    ),
    # joined by 'và' to a count whose event is said before it, a stock stays a stock
    (
        "Đảng bộ có 120 đảng viên và kết nạp 5 đảng viên mới.",
        [("120 đảng viên", None), ("5 đảng viên mới", "admitted")],
    ),
    # corpus vietnews-test-014493: a review of conduct
    ("Uỷ ban Kiểm tra Thành uỷ đã yêu cầu kiểm điểm nghiêm túc 3 đảng viên.", [("3 đảng viên", "inspected")]),
    # corpus vietnews-train-010416: a vote's tally is no membership; the cell's own count is
    (
        "Chi bộ có 3 đảng viên gồm 1 chính thức và 2 dự bị, kết quả biểu quyết 1 đảng viên chính thức tán thành "
        "việc đề nghị kết nạp Đảng cho ông Hoàng.",
        [("3 đảng viên", None), ("1 đảng viên", "voted")],
    ),
    # corpus vietnews-train-099503: the rule that reads the expulsion after the count gives its kind and event
    (
        "Ông Trần Xuân Yến, Phó giám đốc Sở Giáo dục và Đào tạo tỉnh Sơn La, cùng 7 cán bộ giáo dục, công an "
        "đã bị khai trừ Đảng.",
        [("7 cán bộ", "disciplined")],
    ),
    # corpus vietnews-train-075243: a later count described in the words of a count of events counts the same
    # event; a stock described so does not
    (
        "Uỷ ban kiểm tra vừa yêu cầu thi hành kỷ luật 15 đảng viên có con được nâng điểm và sử dụng điểm nâng này. "
        "Theo đó, 5 đảng viên thuộc diện Ban thường vụ tỉnh uỷ quản lý có con được nâng điểm trong kỳ thi.",
        [("15 đảng viên", "disciplined"), ("5 đảng viên", "disciplined")],
    ),
    (
        "Tỉnh uỷ kỷ luật 3 cán bộ thuộc diện Ban Thường vụ Tỉnh uỷ quản lý. "
        "Tỉnh có 350 cán bộ thuộc diện Ban Thường vụ Tỉnh uỷ quản lý.",
        [("3 cán bộ", "disciplined"), ("350 cán bộ", None)],
    ),
    # corpus edu2025-90b23cf32d5d: a congress elects its bodies
    (
        "Đại hội cũng bầu Đoàn Chủ tịch gồm 5 đồng chí, Ban thư ký gồm 2 đồng chí.",
        [("5 đồng chí", "appointed")],
    ),
    # a label list with no event before it stays a list of stocks
    (
        "Số đảng viên của các đảng bộ như sau: huyện A: 1.200 đảng viên; huyện B: 950 đảng viên.",
        [("1.200 đảng viên", None), ("950 đảng viên", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][0][0] for c in CASES])
def test_event_of_each_figure(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = {f.text: f.event for f in solieu.extract_article(text, doc_id="x").figures}
    for surface, event in expected:
        assert surface in found, f"{surface!r} not found among {sorted(found)}"
        assert found[surface] == event, f"{surface!r}: {found[surface]!r}, expected {event!r}"


def test_every_event_cue_names_an_event_of_the_record() -> None:
    gaps = {"between", "list_item", "aside", "coordinated", "stock_before"}
    names = {c.id.removesuffix(".after") for c in load_cues("events").cue} - gaps
    assert names <= set(EVENTS)
    assert set(EVENTS) <= names, f"events with no cue: {set(EVENTS) - names}"


def test_a_training_figure_has_no_event() -> None:
    text = "Trung tâm đã tổ chức mở 57 lớp, thu hút 4.286 lượt cán bộ tham gia."
    assert [f.event for f in solieu.extract_article(text, doc_id="x").figures] == [None, None]
