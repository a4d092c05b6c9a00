"""A noun read after any number is the whole word the dictionary knows, not its first syllable,
and stays one syllable where the reading is in doubt. Sentences from ../shared/corpus by id."""

from __future__ import annotations

import pytest

from solieu.pipeline import extract_article


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # vietnews-train-101060
        (
            "Hội đồng quản trị nhiệm kỳ 2017-2022 gồm 6 thành viên, trong đó ông Trần Khắc Hùng là Chủ tịch.",
            "6 thành viên",
        ),
        # baomoi-magizbox-22668283
        (
            "bảng tổng hợp điểm môn thi kiến thức chung có sửa đổi số điểm nhưng không có chữ ký của 2 giám khảo;",
            "2 giám khảo",
        ),
        # vietnews-train-045839: three syllables
        (
            "Trong khi đó, Joyce và 305 đại cử tri đảng Cộng hoà khác, những người đã cam kết bỏ phiếu cho ông Trump.",
            "305 đại cử tri",
        ),
    ],
)
def test_a_noun_is_read_whole(text: str, figure: str) -> None:
    assert figure in [f.text for f in extract_article(text, doc_id="t").figures]


def test_a_noun_in_doubt_stays_one_syllable() -> None:
    """Both "độ độc" and "độc nhất" are words: "67 độ" stays (baomoi-magizbox-22456664)."""
    texts = [f.text for f in extract_article("đây là mẫu xe Honda 67 độ độc nhất", doc_id="t").figures]
    assert "67 độ" in texts
