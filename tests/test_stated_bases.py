"""Percents of a base the text states in another place (extract/stated_bases.py): a figure said
"tăng 20% so với năm 2016" where the article states that year's figure of the same noun, or "đạt
90% kế hoạch" where it states the plan's figure. Each sentence is real, from ../shared/corpus (the id
beside it); each reading has the sentences where it must stay silent: an earlier value never stated, a
base of another measure, a percent of money printed round, a period that belongs to another figure.
Such readings only confirm: a base sentences away may be another measure of one noun.
"""

from __future__ import annotations

import pytest

from solieu import extract_article
from solieu.percents import percent_checks
from solieu.stated_bases import stated_base_checks


def _found(text: str) -> list[tuple[str, str, float | str | None, list[str]]]:
    article = extract_article(text, doc_id="base")
    return [(c.rule, c.status, c.stated, [e.text for e in c.evidence]) for c in percent_checks(article)]


R = "ratio_percent"

_CALL_UP = (  # vietnews-train-097852
    "Đại tá Nguyễn Mạnh Toàn, Trưởng phòng Quân lực Bộ tư lệnh thủ đô Hà Nội cho biết, tổng số lệnh gọi nhập ngũ đợt "
    "đầu năm 2015 của Hà Nội là 1.989 công dân, trong đó có 1.900 chỉ tiêu, số còn lại là dự phòng.\n"
    "Chất lượng tân binh của Hà Nội năm nay rất cao với 941 công dân (đạt 50% chỉ tiêu) đã tốt nghiệp đại học, cao "
    "đẳng, trung học chuyên nghiệp."
)

CASES = [
    # a percent against an earlier period whose figure is stated in another sentence
    pytest.param(
        "Năm 2011, thu Quỹ BHYT đạt 29.992.533 triệu đồng, tăng 17,25% so với năm 2010. Năm 2012, thu 41.468.733 "
        "triệu đồng tăng 38,2% so với năm 2011, đây là năm có tốc độ tăng thu cao nhất cả giai đoạn.",
        [(R, "ok", 38.2, ["29.992.533 triệu đồng", "41.468.733 triệu đồng", "38,2%"])],
        id="baomoi-magizbox-21512646-money-with-decimals-confirms",
    ),
    # a percent of a plan whose figure is stated in another sentence
    pytest.param(
        "Được biết, 6 tháng đầu năm 2013, VSH sản xuất được 371 triệu KWh, hoàn thành 50% kế hoạch năm. Nhiều khả "
        "năng VSH vẫn sẽ hoàn thành kế hoạch sản xuất 750 triệu KWh trong năm 2013.",
        [(R, "ok", 50.0, ["750 triệu KWh", "371 triệu KWh", "50%"])],
        id="baomoi-mds-12232582-a-plan-stated-after",
    ),
    # a plan counted in its own word, in the sentence before: 941/1.900 is 49,5%
    pytest.param(
        _CALL_UP,
        [(R, "ok", 50.0, ["1.900 chỉ tiêu", "941 công dân", "50%"])],
        id="vietnews-train-097852-a-plan-counted-in-its-own-word",
    ),
    # silent: the plan's figure changed on purpose, so the percent disagrees
    pytest.param(
        _CALL_UP.replace("1.900 chỉ tiêu", "1.600 chỉ tiêu"),
        [],
        id="vietnews-train-097852-a-plan-counted-in-its-own-word-disagrees",
    ),
    # silent: the earlier value is not stated, or the base is another measure
    pytest.param(
        "Trong 9 tháng, các cấp uỷ đảng đã kiểm tra 488 tổ chức đảng, 1.856 đảng viên; giám sát 126 tổ chức đảng, "
        "306 đảng viên; thi hành kỷ luật 111 đảng viên vi phạm, tăng 15,6% so cùng kỳ.",
        [],
        id="vietnews-train-018662-the-same-span-never-stated",
    ),
    pytest.param(
        "Theo bản báo cáo được công bố hôm 6-2 của LHQ, có tới 3.498 dân thường đã thiệt mạng và 7.920 người khác bị "
        "thương trong các cuộc xung đột tại quốc gia Trung Đông trong năm 2016, tăng hơn 3% so với năm 2015. Cụ "
        "thể, không quân Afghanistan đã khiến 85 người thiệt mạng và 167 người khác bị thương, tăng 99% so với năm "
        "2015, đạt mức kỷ lục từ năm 2009.",
        [],
        id="baomoi-magizbox-21473794-a-period-after-its-figure-is-its-base",
    ),
    pytest.param(
        "Diện tích cá tra hiện có của các tỉnh Đồng bằng sông Cửu Long ước đạt 3.076 ha, giảm 16% so với cùng kỳ "
        "năm 2016. Ước diện tích nuôi tôm nước lợ 6 tháng năm 2017 đạt 639.761 ha, tăng 5,5% so với cùng kỳ.",
        [],
        id="baomoi-magizbox-22716793-two-measures-of-one-unit",
    ),
    pytest.param(
        "Năm nay, ngân hàng lên kế hoạch lợi nhuận đạt 5.800 tỷ đồng, tăng 32% so với 2020. Chia sẻ thêm, ông "
        "Nguyễn Hưng cho biết lợi nhuận trước thuế năm 2020 của TPBank đạt 4.389 tỷ đồng, tăng 8% so với năm 2019.",
        [],
        id="dantri-unc-news_business_048-money-printed-round",
    ),
    pytest.param(
        "Đại hội đồng cổ đông Maritime Bank đã thông qua mục tiêu năm 2017, tổng tài sản ngân hàng ở mức 106.640 "
        "tỷ đồng, tăng 15% so với 2016. Lợi nhuận trước thuế thu nhập tăng 3% so với kế hoạch, đạt 164 tỷ đồng; "
        "dư nợ tín dụng đạt 99% so với kế hoạch với 54.223 tỷ đồng.",
        [],
        id="baomoi-magizbox-22378768-a-plan-of-another-measure",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_stated_bases(text: str, expected: list) -> None:
    assert _found(text) == expected


def test_a_percent_already_checked_is_left_alone() -> None:
    text = str(CASES[0].values[0])  # baomoi-magizbox-21512646
    article = extract_article(text, doc_id="base")
    percent = next(r for r in article.ratios if r.text == "38,2%")
    assert stated_base_checks(article, {percent.start}) == []
    assert [c.stated for c in stated_base_checks(article, set())] == [38.2]
