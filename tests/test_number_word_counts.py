"""A number word after 'giữa' or 'trong' counts as a digit there does; before 'năm' those words
make a time of the year ('giữa năm', 'trong năm'), no count of five. Sentences from the corpus."""

from __future__ import annotations

import pytest

import solieu


@pytest.mark.parametrize(
    ("sentence", "count", "items"),
    [
        # baomoi-magizbox-21480988
        (
            "Marriner từng được trao quyền bắt chính trận chung kết FA Cup mùa bóng 2012-2013 diễn ra giữa hai đội"
            " Wigan và Manchester City cũng tại sân Wembley.",
            "hai đội",
            ["Wigan", "Manchester City"],
        ),
        # baomoi-magizbox-22712053
        (
            "thuộc khu vực cầu C9, giáp danh giữa hai xã Thanh Yên và Thanh Xương của huyện Điện Biên.",
            "hai xã",
            ["Thanh Yên", "Thanh Xương"],
        ),
    ],
)
def test_a_count_in_words_after_between_confirms_its_names(sentence: str, count: str, items: list[str]) -> None:
    article = solieu.extract_article(sentence, doc_id="t")
    assert count in [sentence[f.start : f.end] for f in article.figures]
    checks = [c for c in article.checks if c.rule == "list_count"]
    assert [c.status for c in checks] == ["ok"]
    assert [sentence[e.start : e.end] for e in checks[0].evidence[1:]] == items


@pytest.mark.parametrize(
    "sentence",
    [
        # baomoi-magizbox-21479307
        "Những cầu thủ còn lại của U23 Việt Nam hầu hết nằm trong độ tuổi U22 hướng đến SEA Games 29 diễn ra"
        " giữa năm nay ở Siangapore.",
    ],
)
def test_the_middle_of_the_year_is_no_count(sentence: str) -> None:
    article = solieu.extract_article(sentence, doc_id="t")
    assert not [f for f in article.figures if sentence[f.start : f.end].startswith("năm")]
