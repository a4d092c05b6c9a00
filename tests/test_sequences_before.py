"""Items numbered one by one just before a count that takes them up (extract/link/sequences.py,
`sequence_before`): "Thứ hai, … . Thứ ba, … . Nếu thuộc trong 3 trường hợp ấy …". Real sentences of
../shared/corpus, cited by id. Such a list confirms its count and never contradicts it."""

from __future__ import annotations

import pytest

import solieu


def _lists(text: str) -> list[tuple[str, str, int]]:
    article = solieu.extract_article(text, doc_id="t")
    return [
        (c.status, text[c.evidence[0].start : c.evidence[0].end], len(c.evidence) - 1)
        for c in article.checks
        if c.rule == "list_count"
    ]


# baomoi-magizbox-22383482 (working gold sample-b)
CASES = (
    "Đối tượng thuộc thẩm quyền quản lý của Bộ Chính trị, Ban Bí thư thì giao cho UB Kiểm tra TƯ làm. Thứ hai, khi có"
    " kiến nghị, phản ánh, đơn thư tố cáo có việc kê khai tài sản không trung thực. Thứ ba, khi có dấu hiệu vi pham"
    " quy định của Đảng, Nhà nước về kê khai tài sản. Nếu thuộc trong {count} trường hợp ấy sẽ tiến hành kiểm tra,"
    " giám sát."
)
# baomoi-magizbox-22540736 (working gold): a minister's first point, then 'Thứ hai'
POINTS = (
    "Chúng tôi cũng nhận thấy công tác tham mưu thời gian qua chưa đầy đủ và chưa đảm bảo nâng cao hiệu quả. Thứ"
    " hai, còn hạn chế yếu kém trong kiểm tra, giám sát phát hiện cũng như để xử lý các trường hợp thất thoát, lãng"
    " phí trong đầu tư công. Đấy là {count} nội dung thuộc trách nhiệm của Bộ làm chưa tốt."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(CASES.format(count=3), [("ok", "3 trường hợp", 3)], id="three-cases-taken-up"),
        pytest.param(CASES.format(count=4), [], id="four-is-not-contradicted"),
        pytest.param(POINTS.format(count=2), [("ok", "2 nội dung", 2)], id="the-first-point-unnumbered"),
        pytest.param(POINTS.format(count=3), [], id="three-points-not-numbered"),
        pytest.param(  # baomoi-magizbox-22622834
            "Vợ bắt tôi lựa chọn, hoặc là ly hôn ở với bố mẹ ngoài Bắc, hai là theo mẹ con cô ấy vào Nam sinh sống."
            " Cả hai lựa chọn này tôi đều không chấp nhận được và không muốn xảy ra.",
            [("ok", "hai lựa chọn", 2)],
            id="hai-la-then-ca-hai",
        ),
        pytest.param(  # dantri-unc-news_society_069: the two ministries the points name, not the points
            "Đối với khu vực bán đảo Sơn Trà, có nhiều vấn đề. Một là về đất quốc phòng, UBND TP đã có báo cáo xin ý"
            " kiến của Bộ Quốc phòng. Hai là Ban Bảo vệ rừng đã có báo cáo gửi Bộ Nông nghiệp & Phát triển nông thôn."
            " Trên cơ sở ý kiến của hai bộ này, Thành phố sẽ triển khai.",
            [],
            id="a-count-of-bodies-is-not-of-points",
        ),
        pytest.param(  # a weekday said like an ordinal names a day
            "Đoàn công tác đến tỉnh vào đầu tuần. Thứ Hai, ngày 12/6, đoàn làm việc với Sở Nội vụ. Đó là 2 buổi làm"
            " việc quan trọng.",
            [],
            id="a-weekday-is-no-point",
        ),
    ],
)
def test_numbered_items_taken_up_by_a_count(text: str, expected: list) -> None:
    assert _lists(text) == expected
