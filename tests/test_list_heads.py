"""What a count's list may be in its own sentence: a count of years heads none, after a bare 'là' a
semicolon ends the list, and dates right after the count that tell its items apart confirm it
(extract/link/dated_items.py) where a span of dates ('từ … đến …') names none. Sentences from the
corpus, each with its article."""

from __future__ import annotations

import pytest

import solieu
from solieu.link.enumerations import BARE_NAME, _bare_person

# baomoi-magizbox-22713895
MARKETS = (
    "Lãnh đạo EABA nhắc lại kết quả tốt đẹp của chuyến thăm làm việc tại Việt Nam tháng 3 vừa qua và khẳng định sẽ"
    " nỗ lực phát huy vai trò cầu nối, thúc đẩy hơn nữa quan hệ hợp tác thương mại và đầu tư giữa hai thị trường"
    " rộng lớn là EU và ASEAN; ủng hộ việc sớm ký EVFTA nhằm tạo động lực mới cho hợp tác kinh tế giữa Việt Nam và"
    " EU phát triển mạnh mẽ."
)
# baomoi-magizbox-22599815
YEARS = (
    "BBC Tiếng Thái chọn sáu trong số 16 doanh nghiệp nhà nước có tướng quân đội làm chủ tịch công ty và xem xét kết"
    " quả hoạt động tài chính của các công ty này trong ba năm qua: Dưới sự quản lý của tướng quân đội, doanh thu"
    " của công ty tàu điện ngầm Mass Rapid Transit Authority of Thailand (MRTA) đã sa sút và thua lỗ, từ có lãi ròng"
    " 3.47 tỷ baht năm 2014 đến lỗ ròng 1.78 tỷ baht năm 2016."
)


def _lists(sentence: str) -> list[tuple[str, list[str]]]:
    article = solieu.extract_article(sentence, doc_id="t")
    return [
        (c.status, [sentence[e.start : e.end] for e in c.evidence[1:]])
        for c in article.checks
        if c.rule == "list_count"
    ]


def test_a_semicolon_ends_a_list_after_a_bare_is() -> None:
    assert _lists(MARKETS) == [("ok", ["EU", "ASEAN"])]


@pytest.mark.parametrize("sentence", [YEARS])
def test_a_count_of_years_heads_no_list(sentence: str) -> None:
    assert _lists(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        # vietnews-test-017090
        (
            "Như Tuổi Trẻ Online đã thông tin, liên quan đến các sai phạm tại SAGRI, Thanh tra TP. HCM đã có hai kết"
            " luận thanh tra vào tháng 10-2017 và tháng 2-2019.",
            ["tháng 10-2017", "tháng 2-2019"],
        ),
        # baomoi-magizbox-22372574
        ("Đoàn Thị Hương đã trải qua 2 lần xét xử vào tháng 3 và tháng 4 vừa qua.", ["tháng 3", "tháng 4"]),
    ],
)
def test_dates_after_a_count_confirm_it(sentence: str, items: list[str]) -> None:
    assert _lists(sentence) == [("ok", items)]


@pytest.mark.parametrize(
    "sentence",
    [
        # baomoi-magizbox-22326307
        "Tổng cộng hai lần giảm giá từ ngày 5/5 đến ngày 20/5, giá xăng RON 92 giảm khoảng 520 đồng/lít",
    ],
)
def test_a_span_of_dates_names_no_items(sentence: str) -> None:
    assert _lists(sentence) == []


# baomoi-magizbox-22511883
BOXERS = (
    "Trong trận đấu kick-boxing giữa 2 võ sĩ Murthel Groenhart và Harut Grigorian, Groenhart đã hạ knock-out"
    " Grigorian sau một tình huống gây tranh cãi."
)
# baomoi-magizbox-22423796
LEADERS = (
    "Cơ quan Cảnh sát Điều tra Bộ Công an đã tống đạt quyết định khởi tố bị can, bắt tạm giam đối với 4 lãnh đạo"
    ' Công ty trách nhiệm hữu hạn Nhượng quyền Thương mại Thăng Long (Công ty TNHH Thăng Long) về tội "Lừa đảo chiếm'
    ' đoạt tài sản", gồm: Phạm Ngọc Tuân, Giám đốc; Lê Văn Quang và Vũ Đình Hùng, Phó Giám đốc; Hoàng Hải Yến, Kế'
    " toán trưởng."
)


def test_names_closed_by_and_before_a_comma_confirm_as_many() -> None:
    """The name after the comma opens the next clause."""
    assert _lists(BOXERS) == [("ok", ["Murthel Groenhart", "Harut Grigorian"])]


def test_names_and_titles_mixed_before_and_are_no_such_list() -> None:
    """'Giám đốc' is a title, and 'Hoàng Hải Yến' the fourth: no reading of four names."""
    assert ("ok", ["Phạm Ngọc Tuân", "Giám đốc", "Lê Văn Quang", "Vũ Đình Hùng"]) not in _lists(LEADERS)


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        # baomoi-magizbox-21469576: 'thị' of 'đô thị', not the level of a town
        (
            "Trên thực tế, theo Quy hoạch chung xây dựng Thủ đô đến năm 2030, tầm nhìn 2050, Hà Nội sẽ phát triển"
            " theo mô hình chùm đô thị, gồm khu vực đô thị trung tâm và 5 đô thị vệ tinh Hòa Lạc, Sơn Tây, Xuân Mai,"
            " Phú Xuyên và Sóc Sơn.",
            ["Hòa Lạc", "Sơn Tây", "Xuân Mai", "Phú Xuyên", "Sóc Sơn"],
        ),
        # baomoi-magizbox-22662066: 'thành' of 'thủ thành'
        (
            "Khá nhiều cơ hội được tạo ra trong hiệp một nhưng cầu thủ hai đội tuyển không thể tận dụng thành công,"
            " bởi sự xuất sắc của 2 thủ thành Patricio và Ochoa.",
            ["Patricio", "Ochoa"],
        ),
    ],
)
def test_the_rest_of_a_noun_word_relates_nothing(sentence: str, items: list[str]) -> None:
    assert ("ok", items) in _lists(sentence)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # baomoi-magizbox-22476201: the last of three people, named without a title after 'và'
        (
            "Lực lượng chức năng phát hiện 3 người tử vong trong căn nhà cháy, gồm: bà Nguyễn Thị L., ông Trần Hải D."
            " (39 tuổi, trú P.Cam Lộc) và Dương Hoàng Đ. (13 tuổi; con riêng của bà L.).",
            "Dương Hoàng Đ",
        ),
        # baomoi-magizbox-21474126: a district of three capitalised syllables after a titled name is no one
        (
            "Ông Trịnh Lê Đức, Chủ tịch UBND phường Minh Khai, quận Hai Bà Trưng (Hà Nội) cho biết: Liên quan đến vụ"
            " cô giáo có hành vi ngược đãi trẻ ở cơ sở mầm non tư thục Sen Vàng, sáng 6/2, UBND phường Minh Khai phối"
            " hợp cùng Phòng Giáo dục và Đào tạo quận Hai Bà Trưng đã có buổi làm việc với chủ cơ sở mầm non này.",
            None,
        ),
    ],
)
def test_a_person_named_without_a_title_is_no_place(sentence: str, person: str | None) -> None:
    """An untitled name after a list of titled people closes or breaks it; a place cannot."""
    assert BARE_NAME.search(sentence, sentence.index(")") if person else 0) is not None
    found = _bare_person(sentence, sentence.index(")") if person else 0, len(sentence))
    assert (found["name"] if found else None) == person


# news-sample baomoi-magizbox-22619417: a 'cựu' (former) before a post was the count's noun, a word that names no one
FORMER = (
    "Trong số 17 người ký tên vào bức thư trên, ngoài ông Diệm còn có 2 cựu Chủ tịch Đà Nẵng là Hoàng Tú (nguyên Chủ"
    " tịch TP Đà Nẵng giai đoạn 1978 - 1989), ông Hồ Việt (nguyên Chủ tịch TP Đà Nẵng giai đoạn 1989 - 1993) và 14 cán"
    " bộ cao, trung cấp khác."
)


def test_former_holders_of_a_post_are_people_a_list_names() -> None:
    assert _lists(FORMER) == [("ok", ["Hoàng Tú", "Hồ Việt"])]
    # the count alone, with a first name fewer, names one man: no mismatch, since the list is not closed by 'và'
    assert _lists(FORMER.replace("là Hoàng Tú (nguyên Chủ tịch TP Đà Nẵng giai đoạn 1978 - 1989), ", "là ")) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(  # baomoi-magizbox-21480404
            "Điều này cho thấy giới hạn đối với quyền lực của một Tổng thống Mỹ, cũng như vai trò của “kiểm soát và cân"
            " bằng” giữa 3 ngành (hành pháp, tư pháp và lập pháp) trong bộ máy chính quyền Mỹ.",
            [("ok", ["hành pháp", "tư pháp", "lập pháp"])],
            id="three-branches",
        ),
        pytest.param(  # baomoi-magizbox-22419993
            "Sau 2 vòng chấm (sơ khảo và chung khảo), Ban Tổ chức đã chọn 69 tác phẩm để trao giải.",
            [("ok", ["sơ khảo", "chung khảo"])],
            id="two-rounds",
        ),
        pytest.param(  # baomoi-magizbox-22700765: 'bản' of 'cơ bản' is no village ('bản'), a syllable of a word
            "Theo thống kê, tại 9 tiểu bang của Mỹ, chưa đến 2/3 trẻ em từ 19 đến 35 tháng tuổi được chủng ngừa đầy"
            " đủ 7 bệnh cơ bản (bạch hầu, uốn ván, ho gà, bại liệt, sởi, quai bị và viêm gan B).",
            [("ok", ["bạch hầu", "uốn ván", "ho gà", "bại liệt", "sởi", "quai bị", "viêm gan B"])],
            id="a-relating-syllable-inside-a-word",
        ),
        pytest.param(  # the same with another count: a bracket may hold an aside, so no mismatch
            "Sau 3 vòng chấm (sơ khảo và chung khảo), Ban Tổ chức đã chọn 69 tác phẩm để trao giải.",
            [],
            id="another-count-is-not-contradicted",
        ),
        pytest.param(  # baomoi-magizbox-22291962: an aside on the floors, not a list of them
            "Tòa chung cư mini này thực chất chỉ được cơ quan chức năng cấp giấy phép xây dựng là nhà ở riêng lẻ, cho"
            " phép xây dựng 6 tầng (có gác lửng và tum).",
            [],
            id="an-aside",
        ),
        pytest.param(  # dantri-unc-news_society_157: after the comma, where the two are, not a second item
            "UBND huyện Phù Cừ tổ chức chặt chẽ việc phong tỏa thôn Hoàng Xá, giãn cách xã hội 2 thôn (Hoàng Các và"
            " Nại Khê, thuộc xã Tiên Tiến, huyện Phù Cừ).",
            [],
            id="names-then-where",
        ),
    ],
)
def test_short_phrases_filling_a_bracket_confirm_their_count(sentence: str, expected: list) -> None:
    assert _lists(sentence) == expected
