"""What a researcher's sum needs from each figure: whether it was planned or done (`status`), a
rate rather than a count (`per`), the years it covers (`period`), and the rule that put it in
or out of the scope (`kind_rule`). Real sentences of the topic corpora (ids beside them)."""

from __future__ import annotations

import pytest

import solieu

STATUS = [
    # vietnews-train-073430: the count is the subject of "sẽ"
    (
        "Sắp tới đây, hơn 850.000 giáo viên và 70.000 cán bộ quản lý cơ sở giáo dục phổ thông trên toàn quốc "
        "sẽ được bồi dưỡng để đáp ứng yêu cầu đổi mới dạy và học.",
        {"hơn 850.000 giáo viên": "planned", "70.000 cán bộ quản lý": "planned"},
    ),
    # vietnews-train-088841: a scheme's target, whatever was done with the scheme
    (
        "Thành phố Hà Nội đã chủ động tạo nguồn cán bộ bằng Đề án đào tạo 1.000 công chức làm việc tại các xã.",
        {"1.000 công chức": "planned"},
    ),
    # vietnews-train-074425: a purpose
    (
        "12.000 tỉ đồng để đào tạo 7.500 giảng viên có trình độ tiến sĩ.",
        {"7.500 giảng viên": "planned"},
    ),
    # baomoi-magizbox-22480598: "đã" after a plan noun says it was done
    (
        "Bám sát nhiệm vụ, mục tiêu, yêu cầu đào tạo của Học viện Báo chí và Tuyên truyền, 55 năm qua, Khoa Báo "
        "chí đã đào tạo được hơn 13.000 cán bộ báo chí.",
        {"hơn 13.000 cán bộ": "achieved"},
    ),
    # a plan word with nothing done after it governs its clause
    ("Theo kế hoạch, năm 2021 huyện sẽ mở 12 lớp bồi dưỡng.", {"12 lớp bồi dưỡng": "planned"}),
    # vietnews-train-019709: "phải" (required) with a "đã" inside the parentheses of another count
    (
        "Cấp uỷ các cấp phải thi hành kỷ luật 315 tổ chức (đã thi hành kỉ luật 204 tổ chức) và 4.892 đảng viên.",
        {"315 tổ chức": "planned", "204 tổ chức": "achieved"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATUS, ids=[next(iter(c[1])) for c in STATUS])
def test_status(text: str, expected: dict[str, str]) -> None:
    found = {f.text: f.status for f in solieu.extract_article(text, doc_id="x").figures}
    for surface, status in expected.items():
        assert found.get(surface) == status, f"{surface!r}: {found.get(surface)!r} among {found}"


def test_a_count_per_year_is_a_rate() -> None:
    # vietnews-train-097046
    text = (
        "Dự án hoàn thành đảm bảo hạ tầng phục vụ công tác đào tạo cán bộ quản lý khoa học công nghệ của Lào, "
        "đáp ứng quy mô 600-800 lượt người/năm; là nơi làm việc cho khoảng 70 cán bộ."
    )
    per = {f.text: f.per for f in solieu.extract_article(text, doc_id="x").figures}
    assert per["600-800 lượt người"] == "năm"
    assert per["khoảng 70 cán bộ"] is None


def test_years_back_is_many_years_not_this_one() -> None:
    text = "55 năm qua, Khoa Báo chí đã đào tạo được hơn 13.000 cán bộ báo chí. Năm qua, khoa mở 12 lớp bồi dưỡng."
    figures = {f.text: f for f in solieu.extract_article(text, doc_id="x", published="2017-05-20").figures}
    many = figures["hơn 13.000 cán bộ"].period
    assert many is not None and (many.date_from, many.date_to) == ("1962-01-01", "2017-05-20")
    one = figures["12 lớp bồi dưỡng"].period
    assert one is not None and (one.date_from, one.date_to) == ("2017-01-01", "2017-12-31")


KINDS = [
    # dantri-unc-news_education_140: học viên with sinh viên are a university's students
    (
        "Hàng năm, học viện tổ chức tuyển sinh khoảng 1.000 học viên, sinh viên hệ đại học chính quy.",
        None,
        "khoảng 1.000 học viên",
        "other",
        "kind.learners_with_students",
    ),
    # vietnews-train-105255: denunciations name Party members but count complaints
    (
        "Cấp uỷ và Uỷ ban kiểm tra các cấp đã thi hành kỷ luật 891 đảng viên và 14 tổ chức Đảng, giải quyết 3 đơn "
        "khiếu nại kỷ luật Đảng, 129 trường hợp tố cáo đảng viên.",
        None,
        "129 trường hợp",
        "other",
        "kind.complaints",
    ),
    # vietnews-train-045839: another country's party named after the noun
    (
        "10 đại cử tri, trong đó có 9 đảng viên Dân chủ và một đảng viên Cộng hoà, đã yêu cầu tổ chức một cuộc họp.",
        None,
        "9 đảng viên",
        "other",
        "kind.foreign_party_members",
    ),
    # vietnews-test-010566: an article titled on another country's party
    (
        "544 đại biểu chính thức và 208 đại biểu dự khuyết thay mặt cho 1,21 triệu đảng viên tham gia đại hội.",
        "Những kỳ đại hội nổi bật của đảng Cộng sản Trung Quốc",
        "1,21 triệu đảng viên",
        "other",
        "article.foreign_party",
    ),
    # the same sentence in a Vietnamese article counts the Party's members
    (
        "544 đại biểu chính thức và 208 đại biểu dự khuyết thay mặt cho 1,21 triệu đảng viên tham gia đại hội.",
        "Lào Cai tổ chức đại hội đại biểu Đảng bộ tỉnh",
        "1,21 triệu đảng viên",
        "party_members",
        None,
    ),
    # vietnews-train-087642: an association admits members too
    (
        "Ban chấp hành đã chọn được 35 tác giả để kết nạp mới gồm: thơ 16 người, văn xuôi 15 người.",
        None,
        "16 người",
        "other",
        None,
    ),
]


@pytest.mark.parametrize(("text", "title", "surface", "kind", "rule"), KINDS, ids=[c[2] for c in KINDS])
def test_kind_and_its_rule(text: str, title: str | None, surface: str, kind: str, rule: str | None) -> None:
    figures = {f.text: f for f in solieu.extract_article(text, doc_id="x", title=title).figures}
    assert surface in figures, f"{surface!r} not among {sorted(figures)}"
    assert (figures[surface].kind, figures[surface].kind_rule) == (kind, rule)


def test_a_threshold_is_no_figure() -> None:
    # readability-difficult-00073492
    text = (
        "Tổ chức cơ sở Đảng có từ 30 đảng viên trở lên, lập đảng bộ cơ sở. Tổ chức cơ sở Đảng có dưới 30 đảng "
        "viên, lập chi bộ cơ sở. Đảng bộ huyện có 4.200 đảng viên."
    )
    assert [f.text for f in solieu.extract_article(text, doc_id="x").figures] == ["4.200 đảng viên"]
    # the Statute quoted in the same article: the members' standing follows the head
    statute = (
        "Ở xã, phường có từ 3 đảng viên chính thức trở lên, lập tổ chức cơ sở Đảng. Chi bộ có 3 đảng viên chính thức."
    )
    assert [f.text for f in solieu.extract_article(statute, doc_id="x").figures] == ["3 đảng viên"]


def test_one_after_la_is_the_indefinite_article() -> None:
    # vietnews-test-015071: what the committee is, not a count; a unit founded is one
    said = "Đảng bộ Khối các cơ quan Trung ương là một đảng bộ lớn, rất đặc thù, có vai trò quan trọng."
    assert solieu.extract_article(said, doc_id="x").figures == []
    founded = "Năm 2020, tỉnh thành lập một đảng bộ mới và 12 chi bộ."
    assert [f.text for f in solieu.extract_article(founded, doc_id="x").figures] == ["một đảng bộ", "12 chi bộ"]


def test_a_number_in_words_with_a_scale_is_read_whatever_the_segmenter_joins() -> None:
    # underthesea joins the unknown spelling "bẩy" to the verb before it ("kết nạp bẩy")
    text = "Năm nay huyện đã kết nạp bẩy ngàn năm trăm đảng viên mới."
    assert [(f.text, f.value) for f in solieu.extract_article(text, doc_id="x").figures] == [
        ("bẩy ngàn năm trăm đảng viên mới", 7500.0)
    ]
