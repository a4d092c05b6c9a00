"""Figures a researcher can add up: a change of a stock and a figure stated twice are marked, so
a sum counts each population once. Sentences from the corpus (ids in the comments)."""

from __future__ import annotations

from solieu import extract_article


def test_a_change_is_marked_and_a_new_level_is_a_stock() -> None:
    # corpus vietnews-train-017931: "(tăng 21 trường hợp …)"
    change = (
        "Từ đầu năm đến nay, cấp uỷ, Uỷ ban kiểm tra các cấp đã thi hành kỷ luật đối với 123 tổ chức Đảng và 7.923 "
        "đảng viên vi phạm; trong đó có 256 đảng viên bị kỷ luật do có hành vi tham nhũng, cố ý làm trái (tăng 21 "
        "trường hợp so với cùng kỳ năm 2018)."
    )
    # corpus readability-difficult-00086222: "tăng lên" gives the new level
    level = (
        "Nếu như năm 2008, nguồn chi cho hoạt động văn hoá là 449 tỷ đồng, thì năm 2013 tăng lên 1.293 tỷ đồng (tăng "
        "gần 3 lần)."
    )
    changes = {f.text: f.change for f in extract_article(change, doc_id="change").figures}
    assert changes == {
        "123 tổ chức Đảng": None,
        "7.923 đảng viên": None,
        "256 đảng viên": None,
        "21 trường hợp": "increase",
    }
    levels = {f.text: f.change for f in extract_article(level, doc_id="level").figures}
    assert (levels["449 tỷ đồng"], levels["1.293 tỷ đồng"]) == (None, None)


def test_a_figure_stated_again_points_to_its_first_statement() -> None:
    # corpus vietnews-train-073430: the sapo's figures restated in the body; the sapo and the body's
    # sentence, eleven lines apart in the article, are put one after the other
    sapo = (
        "Sắp tới đây, hơn 850.000 giáo viên và 70.000 cán bộ quản lý cơ sở giáo dục phổ thông trên toàn quốc sẽ được "
        "bồi dưỡng để đáp ứng yêu cầu đổi mới dạy và học."
    )
    body = (
        "Theo bà Nguyễn Thuý Hồng - phó cục trưởng Cục Nhà giáo và cán bộ quản lý giáo dục (Bộ GD-ĐT), đồng thời là "
        "giám đốc ETEP, tới đây hơn 850.000 giáo viên và 70.000 cán bộ quản lý cơ sở giáo dục phổ thông trên toàn "
        "quốc sẽ được bồi dưỡng, phát triển năng lực theo phương thức trực tuyến kết hợp với bồi dưỡng trực tiếp "
        "truyền thống trong khuôn khổ chương trình."
    )
    text = sapo + "\n\n" + body
    figures = extract_article(text, doc_id="repeat").figures
    first = {f.text: f.id for f in figures if f.repeat_of is None}
    again = [(f.text, f.repeat_of) for f in figures if f.repeat_of]
    assert again == [
        ("hơn 850.000 giáo viên", first["hơn 850.000 giáo viên"]),
        ("70.000 cán bộ quản lý", first["70.000 cán bộ quản lý"]),
    ]


def test_small_counts_and_other_years_are_not_repeats() -> None:
    # made up: two years with the same small counts (no article found that shows it)
    text = "Năm 2020, huyện kết nạp 120 đảng viên và mở 2 lớp. Năm 2021, huyện kết nạp 120 đảng viên và mở 2 lớp."
    assert [f.repeat_of for f in extract_article(text, doc_id="years").figures] == [None, None, None, None]


_BAC_SON = (  # seed 000_22982894cf31887f: a district's own Party, its members admitted each year
    "LSO-Đảng bộ huyện Bắc Sơn có 55 tổ chức cơ sở đảng, trong đó có 23 đảng bộ và 13 chi bộ trực thuộc, với tổng số "
    "4.988 đảng viên. Số chi bộ trực thuộc đảng uỷ cơ sở là 299 chi bộ. Hằng năm toàn đảng bộ huyện kết nạp được từ "
    "200 đảng viên trở lên."
)


def test_national_figures_are_marked_national() -> None:
    # corpus vietnews-train-094212 (whole Party) against seed 000 (toàn đảng bộ huyện: local)
    national = extract_article(
        "Từ năm 2011 đến năm 2017, toàn Đảng đã sàng lọc, đưa ra khỏi Đảng bằng hình thức xoá tên hơn 50.900 đảng "
        "viên, trong đó xoá tên do vi phạm khoảng 38.500; chưa kể 12.500 đảng viên bị kỷ luật khai trừ khỏi Đảng.",
        doc_id="national",
    )
    local = extract_article(_BAC_SON, doc_id="local")
    assert (national.scope, local.scope) == ("national", "local")


def test_a_meeting_of_the_central_bodies_is_national() -> None:
    # corpus vietnews-test-002543: the young members met the Party's central commissions in Hà Nội;
    # seed 000: the district's work goes to the province's Organisation Commission, and stays local
    met = extract_article(
        "Cùng dự có trưởng Ban Tuyên giáo trung ương Võ Văn Thưởng, trưởng Ban Dân vận trung ương Trương Thị Mai, "
        "chánh Văn phòng Trung ương Đảng Nguyễn Văn Nên, Bí thư thứ nhất Trung ương Đoàn Lê Quốc Phong cùng 392 đảng "
        "viên trẻ tiêu biểu.",
        doc_id="met",
    )
    provincial = extract_article(
        _BAC_SON + " Nhằm từng bước chuẩn hoá đội ngũ cán bộ, công chức đáp ứng yêu cầu, nhiệm vụ lãnh đạo, chỉ đạo "
        "thời kỳ đẩy mạnh công nghiệp hoá, hiện đại hoá đất nước, Huyện uỷ Bắc Sơn quan tâm đến công tác đào tạo, bồi "
        "dưỡng về lý luận chính trị, về chuyên môn, nghiệp vụ cho cán bộ, đảng viên ở cơ sở. Để làm tốt công tác này "
        "hằng năm Ban Thường vụ Huyện uỷ giao cho Ban Tổ chức Huyện uỷ xây dựng kế hoạch, rà soát, lập danh sách cán "
        "bộ cần đào tạo để trình Ban Tổ chức Tỉnh uỷ phê duyệt và Huyện uỷ chỉ đạo, triển khai thực hiện nghiêm túc.",
        doc_id="provincial",
    )
    assert (met.scope, provincial.scope) == ("national", "local")
