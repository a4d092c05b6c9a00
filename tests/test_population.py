"""Figures a researcher can add up: a change of a stock and a figure stated twice are marked, so
a sum counts each population once. Sentences from the corpus (ids in the comments)."""

from __future__ import annotations

from solieu import extract_article


def test_a_change_is_marked_and_a_new_level_is_a_stock() -> None:
    # corpus vietnews-train-017931: "(tăng 21 trường hợp …)"; readability-difficult-00086222: "tăng lên"
    text = (
        "Cấp uỷ, Uỷ ban kiểm tra các cấp đã thi hành kỷ luật 7.923 đảng viên vi phạm, tăng 21 trường hợp so với "
        "cùng kỳ. Nếu như năm 2008, nguồn chi cho hoạt động văn hoá là 449 tỷ đồng, "
        "thì năm 2013 tăng lên 1.293 tỷ đồng."
    )
    changes = {f.text: f.change for f in extract_article(text, doc_id="change").figures}
    assert changes == {"7.923 đảng viên": None, "21 trường hợp": "increase", "449 tỷ đồng": None, "1.293 tỷ đồng": None}


def test_a_figure_stated_again_points_to_its_first_statement() -> None:
    # corpus vietnews-train-073430: the sapo's figures restated in the body
    text = (
        "Sắp tới đây, hơn 850.000 giáo viên và 70.000 cán bộ quản lý cơ sở giáo dục phổ thông trên toàn quốc sẽ được "
        "bồi dưỡng.\n\nTheo bà Hồng, tới đây hơn 850.000 giáo viên và 70.000 cán bộ quản lý cơ sở giáo dục phổ thông "
        "trên toàn quốc sẽ được bồi dưỡng theo phương thức trực tuyến."
    )
    figures = extract_article(text, doc_id="repeat").figures
    first = {f.text: f.id for f in figures if f.repeat_of is None}
    again = [(f.text, f.repeat_of) for f in figures if f.repeat_of]
    assert again == [
        ("hơn 850.000 giáo viên", first["hơn 850.000 giáo viên"]),
        ("70.000 cán bộ quản lý", first["70.000 cán bộ quản lý"]),
    ]


def test_small_counts_and_other_years_are_not_repeats() -> None:
    text = "Năm 2020, huyện kết nạp 120 đảng viên và mở 2 lớp. Năm 2021, huyện kết nạp 120 đảng viên và mở 2 lớp."
    assert [f.repeat_of for f in extract_article(text, doc_id="years").figures] == [None, None, None, None]


def test_national_figures_are_marked_national() -> None:
    # corpus vietnews-val-022099 (whole Party) against seed 000 (toàn đảng bộ huyện: local)
    national = extract_article("Đến hết năm 2017, toàn Đảng có gần 5 triệu đảng viên.", doc_id="national")
    local = extract_article(
        "Huyện Bắc Sơn, tỉnh Lạng Sơn. Hằng năm toàn đảng bộ huyện kết nạp được từ 200 đảng viên trở lên.",
        doc_id="local",
    )
    assert (national.scope, local.scope) == ("national", "local")


def test_a_meeting_of_the_central_bodies_is_national() -> None:
    # corpus vietnews-test-002543: the young members met the Party's central commissions in Hà Nội
    met = extract_article(
        "Cùng dự có trưởng Ban Tuyên giáo trung ương Võ Văn Thưởng, trưởng Ban Dân vận trung ương Trương Thị Mai "
        "cùng 392 đảng viên trẻ tiêu biểu.",
        doc_id="met",
    )
    provincial = extract_article(
        "Huyện Bắc Sơn, tỉnh Lạng Sơn. Cùng dự có trưởng Ban Tuyên giáo Tỉnh uỷ cùng 392 đảng viên trẻ tiêu biểu.",
        doc_id="provincial",
    )
    assert (met.scope, provincial.scope) == ("national", "local")
