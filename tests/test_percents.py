"""Percents printed without their fraction, checked against the numbers the text states elsewhere
(extract/percents.py): a share against the whole stated before it, a percent of a plan or of an
earlier period against the figure in brackets beside it, the shares of one breakdown against the
whole. Each sentence is real, from ../shared/corpus (the id beside it) or the validator's issue;
each reading has the sentences where it must stay silent.
"""

from __future__ import annotations

import pytest

from solieu import extract_article
from solieu.checks import ratio_agrees
from solieu.percents import percent_checks


def _found(text: str) -> list[tuple[str, str, float | str | None]]:
    article = extract_article(text, doc_id="pct")
    return [(c.rule, c.status, c.stated) for c in percent_checks(article)]


R, S = "ratio_percent", "sum"


_TARGETS = (  # baomoi-magizbox-21473267
    "Năm 2016, trong tổng số 28 chỉ tiêu kinh tế - xã hội của huyện có 18 chỉ tiêu đạt và vượt kế hoạch, đạt 64,3% kế "
    "hoạch."
)
_ARREARS = (  # baomoi-magizbox-21478251
    "Liên quan đến tình hình nợ đóng, chậm đóng các quỹ bảo hiểm tại bảo hiểm xã hội các tỉnh, báo cáo kiểm toán căn "
    "cứ vào báo cáo của Bảo hiểm xã hội Việt Nam cho biết, tổng số tiền nợ đóng các quỹ bảo hiểm đến 31/12/2015 là "
    "9.920,8 tỷ đồng, chiếm 4,88% trên tổng số phải thu năm 2015, tăng 0,61% so với năm 2014 và tăng 5,5% so với số "
    "tiền nợ đóng bảo hiểm năm 2015. Trong đó chủ yếu là nợ đóng bảo hiểm xã hội bắt buộc với 7.061,4 tỷ đồng, chiếm "
    "71,4% tổng nợ đóng, tiếp theo là nợ đóng bảo hiểm y tế với 2.547,9 tỷ đồng chiếm 25,7% tổng nợ đóng; nợ đóng bảo "
    "hiểm thất nghiệp là 311,5 tỷ đồng và cuối cùng là nợ lãi với số tiền 1.428 tỷ đồng…"
)
_PROFITS = (  # baomoi-magizbox-22523911
    "Trong đó, lợi nhuận trước thuế năm 2014 đạt 2.627 tỷ đồng, năm 2015 đạt 3.453 tỷ đồng và năm 2016 đạt 4.140 tỷ "
    "đồng, tăng 20% so với năm 2015."
)

CASES = [
    # a share of a whole stated before it
    pytest.param(
        "Kết quả, số cơ sở được kiểm tra là 23.323 cơ sở, trong đó, số cơ sở đạt là 18.416 cơ sở, chiếm tỷ lệ 82,4%.",
        [(R, "mismatch", 82.4)],
        id="baomoi-magizbox-22370716-18416-of-23323-is-not-82.4",
    ),
    pytest.param(
        "Tổng kinh phí thực hiện Chương trình Mục tiêu quốc gia xây dựng nông thôn mới trong 03 năm đạt 124.340 tỷ "
        "đồng; trong đó ngân sách Trung ương 1.832 tỷ đồng (chiếm 1,5%), ngân sách địa phương 4.982 tỷ đồng (chiếm "
        "4%), vốn tín dụng 58.932 tỷ đồng (47,4%), vốn lồng ghép 31.968 tỷ đồng (chiếm 25,7%), doanh nghiệp tài trợ "
        "5.313 tỷ đồng (chiếm 4,3%), đóng góp của dân cư 21.345 tỷ đồng (chiếm 17,2%).",
        [
            (R, "ok", 1.5),
            (R, "ok", 4.0),
            (R, "ok", 47.4),
            (R, "ok", 25.7),
            (R, "ok", 4.3),
            (R, "ok", 17.2),
            (S, "ok", 100.0),
        ],
        id="readability-difficult-00096411-shares-in-brackets",
    ),
    pytest.param(
        "Theo báo cáo, tổng số xe công hiện có đến ngày 31/12/2016 là 37.286 chiếc với tổng nguyên giá gần "
        "24.000 tỷ đồng, chiếm 2,3% tổng giá trị tài sản nhà nước. Trong đó, xe phục vụ chức danh: 860 chiếc; xe "
        "phục vụ công tác chung chiếm phần lớn với 21.114 chiếc; xe chuyên dùng là 15.312 chiếc. Tổng giá trị còn "
        "lại của xe ô tô công theo sổ kế toán đến 31/12/2016 là trên 7.400 tỷ đồng, bằng 31% tổng nguyên giá. Báo "
        "cáo nhận định: Điều này cho thấy phần lớn xe ô tô công đã sử dụng trên 2/3 thời gian theo chế độ quy định. "
        "Theo quy định thì thời gian sử dụng của xe ô tô là 15 năm, tỷ lệ hao mòn là 6,67%/năm. Đến thời điểm báo "
        "cáo, số xe ô tô công đã sử dụng trên 15 năm (quá thời gian tính hao mòn theo chế độ) là 8.710 chiếc, chiếm "
        "23,36% tổng quỹ xe công.",
        [(R, "ok", 31.0), (R, "ok", 23.36)],  # 'trên 7.400 tỷ đồng, bằng 31% tổng nguyên giá' of 'gần 24.000'
        id="baomoi-magizbox-22237805-a-whole-named-as-a-total-confirms",
    ),
    pytest.param(
        "Kết quả khảo sát 1.108 thanh niên (độ tuổi từ 15 đến 24) ở Hà Nội cho thấy: 800 người trả lời còn "
        "đang đi học, chiếm 72,3% và có 307 thanh niên đã thôi học, chiếm 27,7%.",
        [(R, "ok", 72.3), (R, "ok", 27.7), (S, "ok", 100.0)],
        id="readability-difficult-00036339-people-counted-with-another-noun",
    ),
    pytest.param(
        "Với 439 đại biểu tham gia biểu quyết, chiếm tỷ lệ 89,41% tổng số đại biểu, kết quả biểu quyết như sau: "
        "436 đại biểu tán thành, chiếm tỷ lệ 88,80%; 2 đại biểu không tán thành (0,41%); 1 đại biểu không biểu "
        "quyết (0,20%).",
        [],
        id="baomoi-magizbox-22510709-a-share-itself-is-no-whole",  # 88.80% of all 491 deputies; no sum of 100
    ),
    pytest.param(
        "Theo đó có 442 ĐB tham gia biểu quyết (chiếm tỉ lệ 90,02%), trong đó số ĐB tán thành là 410, chiếm 83,5%.",
        [],
        id="baomoi-magizbox-22511555-a-linked-total-that-is-itself-a-share",  # 83,5% of all 491 deputies
    ),
    # a percent of a plan or of an earlier period, its figure in brackets beside it
    pytest.param(
        "Về lĩnh vực thể dục thể thao năm 2016 đã đạt nhiều chỉ tiêu đáng khích lệ: số vận động viên cao cấp ước "
        "đạt 6.143 người, đạt 95% kế hoạch (6.452 vận động viên), trong đó vận động viên kiện tướng hơn 2.700 người.",
        [(R, "ok", 95.0)],
        id="baomoi-magizbox-22339706-95-percent-of-the-plan",
    ),
    pytest.param(
        "Về phát tán tin nhắn rác, tính từ 13/1 tới 30/1, các doanh nghiệp viễn thông di động đã ngăn chặn tổng "
        "cộng 64.442 lượt thuê bao phát tán tin nhắn rác, giảm gần 54% so với Tết Bính Thân 2016 (120.000 lượt "
        "thuê bao).",
        [(R, "mismatch", 54.0)],
        id="baomoi-magizbox-21510706-a-fall-of-46-not-54",  # 64.442 is 53.7% of 120.000
    ),
    pytest.param(
        "Theo báo cáo tài chính hợp nhất quý IV/2016 vừa công bố, năm 2016, Công ty đạt doanh thu 3.259,7 tỷ đồng, "
        "tăng 236,43% so với năm trước và hoàn thành kế hoạch năm (3.246 tỷ đồng); lợi nhuận trước thuế đạt 528,38 "
        "tỷ đồng, tăng 263,82% so với năm trước và vượt 8,52% kế hoạch năm (486,9 tỷ đồng).",
        [(R, "ok", 8.52)],  # the bracket holds the plan, not last year's revenue: 236,43% is not checked
        id="baomoi-magizbox-21473512-passes-the-plan-by-8.52",
    ),
    pytest.param(
        "Theo số liệu từ Công ty nghiên cứu Virac, doanh thu của chuỗi cửa hàng My Kingdom trong năm 2015 đạt hơn "
        "480 tỷ đồng, tăng gần 50% so với năm 2014 (323 tỷ đồng).",
        [(R, "ok", 50.0)],
        id="baomoi-magizbox-22504767-a-rise-of-nearly-50",
    ),
    pytest.param(
        "Cụ thể, tổng thu NSNN tháng 1 ước đạt 97.400 tỷ đồng, bằng 8% dự toán năm, bằng 103,9% so với tháng 1/2016.",
        [],
        id="baomoi-magizbox-21488690-no-figure-of-the-plan",
    ),
    pytest.param(
        "Chỉ riêng trong 7 ngày Tết Nguyên đán Đinh Dậu, toàn tỉnh Thừa Thiên - Huế đón gần 100.000 lượt khách du "
        "lịch; trong đó có 56.902 lượt khách quốc tế chiếm 62%.",
        [],
        id="baomoi-magizbox-21480992-a-weak-share-of-an-approximate-whole",
    ),
    pytest.param(
        "Nguồn thu từ khoa học và công nghệ đạt 101,1 tỷ đồng, giảm nhẹ 1,1 tỷ đồng (1%) so với năm 2023, trong khi "
        "nguồn thu khác tăng mạnh từ 41,38 tỷ lên 58,3 tỷ đồng, tương đương mức tăng 40,8%.",
        [],
        id="edu2025-343e5b5fa812-a-base-named-after-the-bracket",
    ),
    pytest.param(_TARGETS, [(R, "ok", 64.3)], id="baomoi-magizbox-21473267-a-share-of-the-whole-named-first"),
    pytest.param(
        _TARGETS.replace("đạt 64,3% kế hoạch", "đạt 70% kế hoạch"),  # changed on purpose
        [],
        id="a-share-of-the-whole-named-first-only-confirms",
    ),
    pytest.param(
        _ARREARS,
        [(R, "mismatch", 71.4), (R, "ok", 25.7)],
        id="baomoi-magizbox-21478251-a-base-named-as-the-total-a-sibling-confirms",
    ),
    pytest.param(
        _ARREARS.replace("chiếm 25,7% tổng nợ đóng", "chiếm 25,7% tổng thu"),  # the sibling's base changed on purpose
        [(R, "ok", 25.7)],
        id="a-base-named-as-a-total-that-no-sibling-confirms",
    ),
    # a fraction of two amounts of one unit, then its percent
    pytest.param(
        "Theo Sở Tài nguyên và Môi trường Hà Nội, năm 2016, Hà Nội có 20 đơn vị tổ chức đấu giá quyền sử dụng đất, "
        "với diện tích đất tổ chức đấu giá là 23,8ha, số tiền trúng đấu giá là 4.221 tỷ đồng/3.050 tỷ đồng được "
        "giao, đạt 138% kế hoạch.",
        [(R, "ok", 138.0)],
        id="baomoi-magizbox-21485932-a-fraction-of-the-plan",
    ),
    pytest.param(
        "Dẫn đầu là Running Man Vietnam mùa 3: Con rối tự do với 17,24 tỷ đồng từ 116.861 vé/1.937 suất chiếu, "
        "chiếm hơn 33% toàn bộ phòng vé.",
        [],
        id="24h-3b0ccde49f9067a2-tickets-per-screening-are-no-fraction",
    ),
    # a change stated with both its ends
    pytest.param(
        "Trong năm 2016, mức lương bình quân của phi công Vietnam Airlines tăng từ 110,1 triệu đồng/tháng năm 2015 "
        "lên 115,3 triệu đồng/tháng, tương ứng tăng 4,7%, xấp xỉ 1,4 tỷ đồng/năm.",
        [(R, "ok", 4.7)],
        id="baomoi-magizbox-22527373-a-rise-of-4.7",
    ),
    pytest.param(
        "Theo báo cáo, thu nhập trung bình hằng tháng của IS đã giảm đáng kể từ 81 triệu USD trong quý 2-2015 xuống "
        "còn 16 triệu USD trong quý 2-2017, tương đương mức giảm 80%.",
        [(R, "ok", 80.0)],
        id="baomoi-magizbox-22655138-a-fall-of-80",
    ),
    pytest.param(
        "Sau sự sụp đổ của European Super League, giá trị cổ phiếu của Man Utd đã giảm từ 17,6 USD/cổ vào đầu phiên "
        "ngày 21/4, xuống còn 16,22 USD/cổ khi chốt phiên, giảm 6,03%.",
        [],
        id="dantri-unc-news_sport_198-a-price-moves-against-a-reference-price",
    ),
    pytest.param(
        "BVH được khối ngoại đẩy giá nhiệt tình suốt từ lúc mở cửa, giá tăng từ 39.800 đồng lên 40.700 đồng, tương "
        "đương tăng 2,78% so với tham chiếu.",
        [],
        id="baomoi-mds-12239651-another-base-named",
    ),
    pytest.param(
        _PROFITS,
        [(R, "ok", 20.0)],
        id="baomoi-magizbox-22523911-a-rise-between-two-years-stated",
    ),
    pytest.param(
        # the same sentence with the 2014 figure taken out and the base changed, on purpose
        _PROFITS.replace("năm 2014 đạt 2.627 tỷ đồng, ", "").replace(
            "tăng 20% so với năm 2015", "tăng 50% so với năm 2014"
        ),
        [],
        id="a-rise-against-a-year-whose-figure-is-not-given",
    ),
    # the shares of one breakdown against the whole (rule sum, stated 100)
    pytest.param(
        "Cụ thể: hình thức kinh doanh bán buôn 10 cửa hàng, chiếm 2,1%; bán lẻ 464 cửa hàng, quầy hàng chiếm 97,9%.",
        [(S, "ok", 100.0)],
        id="baomoi-magizbox-22549041-two-shares",
    ),
    pytest.param(
        "Trong đó, vốn chủ sở hữu chiếm 22,56%, vốn vay chiếm 74,6%, còn lại 2,84% là từ các nguồn khác.",
        [(S, "ok", 100.0)],
        id="baomoi-magizbox-22338659-the-rest",
    ),
    pytest.param(
        "Theo đó, tổ hợp A01 (Toán, Lý, Tiếng Anh) chiếm 30%; tổ hợp D01 (Toán, Văn, Tiếng Anh) chiếm 30%; tổ hợp "
        "C03 (Toán, Văn, Sử) chiếm 40% tổng chỉ tiêu được giao.",
        [(S, "ok", 100.0)],
        id="vietnews-val-014520-three-shares-of-a-named-whole",
    ),
    pytest.param(
        "Kết quả, 17 học viên đạt loại giỏi, chiếm 54,83%; 14 học viên đạt loại khá, chiếm 45,71%.",
        [(S, "mismatch", 100.0)],
        id="issue-two-grades-make-more-than-the-whole",  # the sentence without its total
    ),
    pytest.param(
        "Lớp có 31 học viên theo học. Kết quả, 17 học viên đạt loại giỏi, chiếm 54,83%; 14 học viên đạt loại khá, "
        "chiếm 45,71%.",
        [(R, "ok", 54.83), (R, "mismatch", 45.71)],
        id="issue-with-its-total-the-share-check-says-which",
    ),
    pytest.param(
        "Theo báo cáo, tổng số xe công hiện có đến ngày 31/12/2016 là 37.286 chiếc với tổng nguyên giá gần 24.000 tỷ "
        "đồng, chiếm 2,3% tổng giá trị tài sản nhà nước. Trong đó, xe phục vụ chức danh: 860 chiếc; xe phục vụ công "
        "tác chung chiếm phần lớn với 21.114 chiếc; xe chuyên dùng là 15.312 chiếc. Tổng giá trị còn lại của xe ô tô "
        "công theo sổ kế toán đến 31/12/2016 là trên 7.400 tỷ đồng, bằng 31% tổng nguyên giá. Báo cáo nhận định: Điều "
        "này cho thấy phần lớn xe ô tô công đã sử dụng trên 2/3 thời gian theo chế độ quy định. Theo quy định thì "
        "thời gian sử dụng của xe ô tô là 15 năm, tỷ lệ hao mòn là 6,67%/năm. Đến thời điểm báo cáo, số xe ô tô công "
        "đã sử dụng trên 15 năm (quá thời gian tính hao mòn theo chế độ) là 8.710 chiếc, chiếm 23,36% tổng quỹ xe "
        "công.",
        [(R, "ok", 31.0), (R, "ok", 23.36)],
        id="baomoi-magizbox-22237805-a-whole-stated-six-sentences-before",
    ),
    pytest.param(
        "Năm 2016, phòng khám có 13 bác sĩ đăng ký hành nghề KCB, trong đó chỉ có 5 bác sĩ đăng ký hành nghề KCB "
        "toàn thời gian (cơ hữu), bằng 38% tổng số bác sĩ đăng ký hành nghề tại phòng khám.",
        [(R, "ok", 38.0)],
        id="baomoi-magizbox-22409794-a-level-of-a-total-named-after-it-confirms",
    ),
    pytest.param(
        "Con số cụ thể là 51.496 doanh nghiệp, tăng 23,3% so với cùng kỳ năm 2020. Trong đó, 28.349 doanh nghiệp "
        "tạm ngừng kinh doanh, chiếm đến 55,1% tổng số rút lui khỏi thị trường trong 4 tháng đầu năm.",
        [(R, "ok", 55.1)],
        id="dantri-unc-news_business_072-chiem-den-is-a-share",
    ),
    pytest.param(
        "Theo báo cáo tài chính năm 2016, HHS đạt doanh thu thuần 1.577 tỷ đồng, giảm 55% so với năm trước; lợi "
        "nhuận sau thuế 140,47 tỷ đồng, giảm tới 71% so với năm trước và chỉ hoàn thành 35,3% kế hoạch (398 tỷ "
        "đồng).",
        [(R, "ok", 35.3)],
        id="baomoi-magizbox-21491174-hoan-thanh-is-a-level-of-the-plan",
    ),
    pytest.param(
        "Ước tính đến 30/6/2017, lợi nhuận trước thuế của LienVietPostBank dự kiến đạt tới 900 tỷ đồng, hoàn thành "
        "khoảng 60% kế hoạch lợi nhuận cả năm (1.500 tỷ đồng).",
        [(R, "ok", 60.0)],
        id="baomoi-magizbox-22628923-a-plan-in-brackets",
    ),
    pytest.param(
        "Có 218/225 thí sinh trúng tuyển tốt nghiệp thạc sĩ và đại học chính quy, chiếm 96,9% thí sinh trúng tuyển.",
        [(R, "ok", 96.9)],
        id="vietnews-train-088841-a-fraction-and-its-percent-of-the-population-named",
    ),
    pytest.param(
        "Toàn tỉnh có 82/97 xã (chiếm 84,5% tổng số xã) đạt tiêu chí thủy lợi, tăng 74 xã so với năm 2010.",
        [(R, "ok", 84.5)],
        id="baomoi-magizbox-21490353-a-fraction-and-its-percent-of-the-total-named",
    ),
    pytest.param(
        "Nhất trí cao với Báo cáo của Ủy ban Thường vụ Quốc hội, Quốc hội đã biểu quyết thông qua Luật Cảnh vệ với "
        "455/462 đại biểu Quốc hội tham gia biểu quyết tán thành, chiếm 92,67% trong tổng số đại biểu Quốc hội.",
        [],
        id="baomoi-magizbox-22572992-a-percent-of-a-wider-population-is-no-contradiction",
    ),
    pytest.param(
        "Cụ thể, trong buổi sáng đã huy động 173/173 lượt đạt 100% công suất.",
        [],
        id="baomoi-magizbox-21474383-a-percent-of-another-noun",
    ),
    pytest.param(
        "Những kẻ tấn công tình dục là nam giới chiếm đến 90%, trong khi nữ giới chiếm 3,9%.",
        [],
        id="baomoi-magizbox-21766924-less-than-the-whole-is-no-contradiction",
    ),
    pytest.param(
        "Trong13 đại học có doanh thu nghìn tỷ đồng, chỉ có Đại học Kinh tế TP HCM có tỷ lệ nguồn thu từ khoa học "
        "công nghệ chiếm 27,6%, còn lại từ 11% đổ xuống, phần nhiều là không đáng kể.",
        [],
        id="edu2025-522caed0cf60-each-of-the-rest-is-no-share",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_percent_checks(text: str, expected: list) -> None:
    assert _found(text) == expected


def test_every_check_names_its_evidence_in_the_text() -> None:
    shares, fall = (str(p.values[0]) for p in CASES if str(p.id).endswith(("two-shares", "not-54")))
    text = shares + " " + fall
    checks = percent_checks(extract_article(text, doc_id="pct"))
    assert [c.rule for c in checks] == ["ratio_percent", "sum"]
    for c in checks:
        assert c.message and all(text[e.start : e.end] == e.text for e in c.evidence)


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        # 24h-3bd7757163c1657c
        ("Tuy nhiên, trong tháng 1, tỉ lệ này giảm xuống còn khoảng 33-35%.", "khoảng 33-35%", 33, 35),
        # baomoi-magizbox-22569778: a dot for the decimal comma
        (
            "Số lượng ngân hàng tăng lãi suất huy động ở kỳ hạn trung và dài hạn (0.1 -0.2%/năm) tiếp tục tăng”, Bản"
            " tin tiền tệ SSI nhận định",
            "0.1 -0.2%",
            0.1,
            0.2,
        ),
    ],
)
def test_a_range_of_percents_is_read_whole(text: str, surface: str, low: float, high: float) -> None:
    """Never its upper bound alone as an exact percent: both bounds, qualified as a range."""
    ratios = extract_article(text, doc_id="pct").ratios
    assert [(text[r.start : r.end], r.percent, r.percent_max, r.qualifier) for r in ratios] == [
        (surface, low, high, "range")
    ]


def test_each_bound_of_a_range_keeps_its_precision() -> None:
    """baomoi-magizbox-21479956: 'đàn bò tăng 2-2,3%' is 2 to 2,3 printed to units and tenths; a
    rise of 1.6% agrees with it as it would with '2%' (under one unit of the lower bound), 2.4%
    does not (over a tenth past the upper)."""
    text = (
        "Ước tính tháng 1/2017, đàn trâu cả nước giảm 0,1% so cùng kỳ năm trước; đàn bò tăng 2-2,3%; đàn lợn tăng"
        " 4-5,2%; đàn gia cầm tăng 4,5-5%; sản lượng thủy sản khai thác tăng 0,8% (cá giảm 1,1%; tôm tăng 14,1%);"
        " sản lượng thủy sản nuôi trồng tăng 2,4% (cá giảm 0,7%; tôm tăng 19,8%)."
    )
    ranges = [r for r in extract_article(text, doc_id="pct").ratios if r.percent_max is not None]
    assert [(r.text, r.percent_decimals, r.percent_max_decimals) for r in ranges] == [
        ("2-2,3%", 0, 1),
        ("4-5,2%", 0, 1),
        ("4,5-5%", 1, 0),
    ]
    assert ratio_agrees(1.6, ranges[0]) and not ratio_agrees(2.4, ranges[0])
    assert ratio_agrees(5.9, ranges[2]) and not ratio_agrees(4.39, ranges[2])


@pytest.mark.parametrize(
    "text",
    [
        # baomoi-magizbox-21486350: a lower bound above the upper is no range: nothing read
        "Và một phát hiện mới cho hay, dù là hai ngoại hành tinh đã già cỗi 5460000000 và 4660000000 năm tuổi nhưng"
        " HAT-P-65B và HAT-P-66B đang có tới 84-83% tương ứng lượng sao đang hoạt động trong hệ thống của nó.",
    ],
)
def test_no_range_where_the_bounds_run_backwards(text: str) -> None:
    assert [r.text for r in extract_article(text, doc_id="pct").ratios] == []


def test_ranges_are_no_shares_to_add_up() -> None:
    """baomoi-magizbox-22315191: '20-25% … còn lại 70-75%' make 90 to 100%, no sum of shares to check
    (read as their upper bounds they once made a 25% + 75% 'ok')."""
    text = (
        "Theo một nghiên cứu của Bệnh viện Bệnh Nhiệt đới Thành phố Hồ Chí Minh, trong số bệnh nhân mắc uốn ván có"
        " khoảng 20-25% bệnh nhân không tìm thấy vết thương, còn lại 70-75% có vết thương, nhưng gần nửa đã lành vết"
        " thương."
    )
    article = extract_article(text, doc_id="pct")
    assert [(r.percent, r.percent_max) for r in article.ratios] == [(20, 25), (70, 75)]
    assert [c for c in article.checks if c.rule == "sum"] == []
