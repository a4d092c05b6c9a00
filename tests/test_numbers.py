"""Numbers read as a Vietnamese reader reads them: never a wrong value, never silently.

The peer table is Duckling's Vietnamese corpora (tests/data/duckling_vi.py), each surface placed
in a news sentence before a counted noun: a figure with another value is a failure whatever the
score; a miss is allowed within the bound. The grammar is also held to a speller of its own over
random integers up to 10¹², and every failure reported against the old reader has its sentence.
"""

from __future__ import annotations

import random
import runpy
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from solieu import extract_article
from solieu.numbers import parse_words, spell

PEER = runpy.run_path(str(Path(__file__).parent / "data" / "duckling_vi.py"))
COUNT_SENTENCE = "Trung tâm đã mở {} lớp bồi dưỡng cho cán bộ, công chức."
MONEY_SENTENCE = "Dự án được hỗ trợ {} cho công tác đào tạo cán bộ."
UNDER = ("under", "at_most")
ABOVE = ("over", "at_least")


def _at(sentence: str, surface: str) -> list:
    """The figures whose number lies inside the placed surface."""
    start = sentence.index(surface)
    article = extract_article(sentence, doc_id="peer")
    return [f for f in article.figures if f.start < start + len(surface) and f.end > start]


def _judge_count(surface: str, value: float) -> str:
    figures = _at(COUNT_SENTENCE.format(surface), surface)
    if not figures:
        return "miss"
    return "right" if any(f.value == value and f.kind == "classes" for f in figures) else "wrong"


def _judge_money(surface: str, currency: str, value: float, upper: float | None, bound: str | None) -> str:
    figures = [f for f in _at(MONEY_SENTENCE.format(surface), surface) if f.currency]
    if not figures:
        return "miss"
    for f in figures:
        same = abs(f.value - value) < 1e-9 and f.currency == currency
        same = same and (upper is None or (f.value_max is not None and abs(f.value_max - upper) < 1e-9))
        same = same and (bound is None or f.qualifier in (UNDER if bound == "under" else ABOVE))
        if same:
            return "right"
    return "wrong"


# Where this reader parts from the peer on purpose: the value it gives instead, and why.
DIVERGENT = {
    # a spaced dash before a number is a bullet or a dash in news ("Dây thường xuân - 1 chiếc
    # chậu", corpus baomoi-magizbox-21470275), never a minus
    "- 1.200.000": 1200000,
}


def _verdicts() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"right": [], "wrong": [], "miss": [], "divergent": []}
    for surface, value in PEER["NUMERALS"]:
        if surface in DIVERGENT:
            verdict = _judge_count(surface, DIVERGENT[surface])
            out["divergent" if verdict == "right" else "wrong"].append(surface)
            continue
        out[_judge_count(surface, value)].append(surface)
    for surface, *expected in PEER["MONEY"]:
        out[_judge_money(surface, *expected)].append(surface)
    return out


@pytest.fixture(scope="module")
def verdicts() -> dict[str, list[str]]:
    return _verdicts()


def test_peer_table_gives_no_wrong_value(verdicts: dict[str, list[str]]) -> None:
    assert verdicts["wrong"] == [], f"wrong values for {verdicts['wrong']}"


def test_peer_table_is_mostly_read(verdicts: dict[str, list[str]]) -> None:
    total = sum(len(v) for k, v in verdicts.items() if k != "divergent")
    right = len(verdicts["right"])
    print(f"peer table: {right}/{total} right, {len(verdicts['miss'])} missed: {verdicts['miss']}")
    assert right / total >= PEER_FLOOR, f"{right}/{total} right; missed {verdicts['miss']}"


# The share of the peer table read right, raised as the grammar grows; it may never fall. Missed
# on purpose: "không" before a noun is "no" in news ("máy bay không người lái"), not zero; "mười
# xu" names no currency ("xu" alone is the cent of any of them, a coin, the old hundredth of the
# đồng).
PEER_FLOOR = 121 / 123


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10**12), st.integers(min_value=0, max_value=2**32))
def test_spelled_integers_read_back(n: int, seed: int) -> None:
    spelled = spell(n, random.Random(seed))
    assert parse_words(spelled) == n, spelled


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=10**6), st.integers(min_value=0, max_value=2**32))
def test_spelled_counts_are_figures_in_a_sentence(n: int, seed: int) -> None:
    spelled = spell(n, random.Random(seed))
    article = extract_article(f"Năm nay huyện đã kết nạp {spelled} đảng viên mới.", doc_id="spelled")
    assert [(f.value, f.kind) for f in article.figures] == [(n, "party_members")], spelled


# The failures reported against the old reader, each with its sentence: (sentence, surface, value,
# upper bound, qualifier, currency, per) — None where the field does not matter.
REPORTED = [
    ("Trung tâm đã mở ba mươi ba lớp bồi dưỡng cho cán bộ.", "ba mươi ba lớp bồi dưỡng", 33, None, "exact", None, None),
    (
        "Trung tâm đã mở một trăm lẻ năm lớp bồi dưỡng cho cán bộ.",
        "một trăm lẻ năm lớp bồi dưỡng",
        105,
        None,
        "exact",
        None,
        None,
    ),
    (
        "Huyện đã kết nạp bốn trăm năm mươi nghìn đảng viên mới.",
        "bốn trăm năm mươi nghìn đảng viên mới",
        450000,
        None,
        "exact",
        None,
        None,
    ),
    ("Dự án có tổng kinh phí 5 nghìn tỷ đồng.", "5 nghìn tỷ đồng", 5e12, None, "exact", "VND", None),
    (
        "Trung tâm đã mở hai mươi mốt lớp bồi dưỡng cho cán bộ.",
        "hai mươi mốt lớp bồi dưỡng",
        21,
        None,
        "exact",
        None,
        None,
    ),
    ("Lớp có hai mươi mốt học viên theo học.", "hai mươi mốt học viên", 21, None, "exact", None, None),
    (
        "Huyện đã kết nạp hai trăm nghìn đảng viên mới.",
        "hai trăm nghìn đảng viên mới",
        200000,
        None,
        "exact",
        None,
        None,
    ),
    ("Trung tâm đã mở mười bốn lớp bồi dưỡng cho cán bộ.", "mười bốn lớp bồi dưỡng", 14, None, "exact", None, None),
    ("Trung tâm đã mở hai mươi lớp bồi dưỡng cho cán bộ.", "hai mươi lớp bồi dưỡng", 20, None, "exact", None, None),
    ("Trung tâm đã mở một trăm lớp bồi dưỡng cho cán bộ.", "một trăm lớp bồi dưỡng", 100, None, "exact", None, None),
    ("Năm nay, huyện kết nạp một nghìn đảng viên mới.", "một nghìn đảng viên mới", 1000, None, "exact", None, None),
    ("Dự án với kinh phí 2.5 tỷ đồng.", "2.5 tỷ đồng", 2.5e9, None, "exact", "VND", None),
    ("Mỗi học viên được hỗ trợ 1.5 triệu đồng.", "1.5 triệu đồng", 1.5e6, None, "exact", "VND", None),
    ("Năm 2020, huyện kết nạp 2000 đảng viên.", "2000 đảng viên", 2000, None, "exact", None, None),
    ("Mỗi suất từ 1000 đồng đến 2000 đồng.", "từ 1000 đồng đến 2000 đồng", 1000, 2000, "range", "VND", None),
    ("Mức hỗ trợ không hơn 7.000 đồng.", "không hơn 7.000 đồng", 7000, None, "at_most", "VND", None),
    ("Mức hỗ trợ không tới 7.000 đồng.", "không tới 7.000 đồng", 7000, None, "under", "VND", None),
    ("Mức hỗ trợ từ 7000 đồng trở xuống cho mỗi người.", "từ 7000 đồng", 7000, None, "at_most", "VND", None),
    ("Mức hỗ trợ 50.000đ/ngày cho mỗi học viên.", "50.000đ", 50000, None, "exact", "VND", "ngày"),
    ("Học viên được hỗ trợ 1,2 triệu đồng/tháng.", "1,2 triệu đồng", 1.2e6, None, "exact", "VND", "tháng"),
    ("Dự án có tổng vốn 3 triệu USD dành cho đào tạo cán bộ.", "3 triệu USD", 3e6, None, "exact", "USD", None),
    ("Kinh phí đào tạo là 20.000 đô la Mỹ.", "20.000 đô la Mỹ", 20000, None, "exact", "USD", None),
    ("Mỗi năm một phường có thể phải chi cả trăm triệu đồng.", "trăm triệu đồng", 1e8, None, "about", "VND", None),
    ("Sau khi trừ chi phí, lợi nhuận là -200 triệu đồng.", "-200 triệu đồng", -2e8, None, "exact", "VND", None),
    # baomoi-magizbox-21488615: half of a scale said before it, a round figure
    (
        "Đơn cử như Cục Chăn nuôi chi phí tập huấn được cấp vỏn vẹn 27 triệu đồng (nhưng tiền chưa về), trong khi chi"
        " phí thực tế lên tới cả nửa tỷ đồng nên Cục phải vận động, lấy từ các nguồn khác mới đáp ứng được tiến độ"
        " công việc đề ra.",
        "nửa tỷ đồng",
        5e8,
        None,
        "about",
        "VND",
        None,
    ),
    # baomoi-magizbox-21472119
    ("Hiện tại, clip đã hút hơn nửa triệu lượt xem.", "hơn nửa triệu lượt", 5e5, None, "over", None, None),
]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "upper", "qualifier", "currency", "per"), REPORTED, ids=[r[1] for r in REPORTED]
)
def test_reported_failures_are_read_right(
    sentence: str,
    surface: str,
    value: float,
    upper: float | None,
    qualifier: str,
    currency: str | None,
    per: str | None,
) -> None:
    found = [f for f in extract_article(sentence, doc_id="reported").figures if f.text == surface]
    assert found, f"no figure {surface!r} in {sentence!r}"
    f = found[0]
    assert (f.value, f.value_max, f.qualifier, f.currency, f.per) == (value, upper, qualifier, currency, per)


RATIOS = [
    ("Có bảy mươi phần trăm cán bộ đạt chuẩn.", "bảy mươi phần trăm", None, None, 70, "exact"),
    ("Có hai phần ba cán bộ đạt chuẩn.", "hai phần ba", 2, 3, None, "exact"),
    ("Có gần 1/3 số cán bộ chưa đạt chuẩn.", "gần 1/3", 1, 3, None, "nearly"),
    ("Gần một nửa số cán bộ cấp xã chưa qua đào tạo.", "Gần một nửa", 1, 2, None, "nearly"),
]


@pytest.mark.parametrize(
    ("sentence", "surface", "num", "den", "percent", "qualifier"), RATIOS, ids=[r[1] for r in RATIOS]
)
def test_fractions_and_percents_in_words_and_their_qualifiers(
    sentence: str, surface: str, num: float | None, den: float | None, percent: float | None, qualifier: str
) -> None:
    found = [r for r in extract_article(sentence, doc_id="ratio").ratios if r.text == surface]
    assert found, f"no ratio {surface!r}"
    r = found[0]
    assert (r.numerator, r.denominator, r.percent, r.qualifier) == (num, den, percent, qualifier)


NEVER = [
    ("Sau hai mươi năm, huyện có 5 lớp.", 5),  # twenty years, not 25
    ("Giá vàng 24K giảm mạnh trong phiên sáng nay.", None),  # 24 carats
    ("Thành phố có 2 đô thị loại V.", 2),  # towns, not dollars
    ("Nhà ở ba bốn nhà cùng hát.", None),  # three or four houses: no single value
    # a stray space inside 36,9 (corpus baomoi-magizbox-22604444 prints "36 ,9 độ"): not 0,9
    ("Tỉnh có 36 ,9 nghìn đảng viên.", None),
    # two digits after a sum are its cents only where they count nothing and no scale precedes:
    # a flattened box-office table (corpus baomoi-magizbox-22460857), minutes after a price
    ("Diary of a Wimpy Kid: The Long Haul: 1,22 triệu USD 10 (8).", None),
    ("Giá vàng tăng 40 USD 15 phút trước.", None),
    # "nửa" is a number only before a scale: half a year here (24h-fe46e3fcdc37a38f)
    ("Ông Kelly Yin Hong Wong vừa được bổ nhiệm làm Tổng giám đốc VNG từ 20/5, sau nửa năm vị trí này bỏ trống.", None),
]


@pytest.mark.parametrize(("sentence", "only_value"), NEVER, ids=[n[0][:30] for n in NEVER])
def test_no_value_from_part_of_a_number(sentence: str, only_value: float | None) -> None:
    figures = extract_article(sentence, doc_id="never").figures
    assert [f.value for f in figures] == ([] if only_value is None else [only_value]), [
        (f.text, f.value) for f in figures
    ]


# "một" is the count one after a verb that acts on what it counts, as the gold annotates it, and
# the indefinite "a" elsewhere: (sentence, the figures of value 1 as (text, kind)).
ONE = [
    # corpus vietnews-train-091281 (gold topic-restored-b)
    (
        "Đảng ủy phường Bình Thuận kỷ luật cảnh cáo một đảng viên, khiển trách 3 đảng viên.",
        [("một đảng viên", "party_members")],
    ),
    ("Trung tâm đã mở một lớp bồi dưỡng cho cán bộ, công chức.", [("một lớp bồi dưỡng", "classes")]),
    # corpus vietnews-train-073937: a cadre said
    ("Trao đổi với Tuổi Trẻ chiều 5-11, một cán bộ Phòng GD-ĐT quận Tân Bình cho biết.", []),
    # corpus baomoi-magizbox-21473668: a dinner held, no count
    ("Cô tổ chức một buổi tiệc tối tại nhà có sự góp mặt của nhiều lãnh đạo.", []),
    # corpus baomoi-magizbox-22682332: "một nửa số nhân viên" is a half, no count a list of counts goes on from
    (
        "Trên thực tế, có tới một nửa số nhân viên phải nghỉ việc chỉ vì gặp phải sếp tồi, một cuộc thăm dò của công"
        " ty nghiên cứu và khảo sát Gallup (Mỹ) năm 2015 tiết lộ.",
        [],
    ),
]


@pytest.mark.parametrize(("sentence", "ones"), ONE, ids=[o[0][:30] for o in ONE])
def test_one_counts_only_after_a_verb_acting_on_it(sentence: str, ones: list[tuple[str, str]]) -> None:
    figures = extract_article(sentence, doc_id="one").figures
    assert [(f.text, f.kind) for f in figures if f.value == 1] == ones
