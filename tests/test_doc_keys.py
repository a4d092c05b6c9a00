"""Every spelling of a document's number gets one canonical key, TYPECODE-NUMBER[/YEAR]/ISSUER,
and its short mentions in the same article share it; an issuer is the name of a body, never the
rest of its sentence. Sentences from ../shared/corpus, cited by article id."""

from __future__ import annotations

import pytest

from solieu.pipeline import extract_article

# vietnews-train-068572: a spaced Party number and two short mentions of it
SPACED = (
    "Nhiều cấp uỷ và tập thể lãnh đạo các vụ, đơn vị thể hiện sự sáng tạo lựa chọn và quyết tâm thực hiện "
    "Chỉ thị 05 - CT/TW bằng những phương pháp mới, cách làm hay.\n"
    "Việc thực hiện Chỉ thị số 05 của Bộ Chính trị đã góp phần tạo không khí thi đua quyết tâm phấn đấu.\n"
    "Một trong những nội dung thực hiện Chỉ thị 05 của Bộ Chính trị là học tập và làm theo tư tưởng, đạo đức, "
    "phong cách Hồ Chí Minh."
)
# baomoi-magizbox-21494776 (news-sample): the Central Committee printed TƯ
UNSPACED = (
    "Những quan điểm và tấm gương của đồng chí Trường Chinh rất gần với Chỉ thị 05-CT/TƯ ngày 15-5-2016 "
    "của Bộ Chính trị về Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
)


def _docs(text: str) -> list[tuple[str, str, str | None, int]]:
    record = extract_article(text, doc_id="t")
    return [(d.number, d.key, d.issuer, len(d.mentions)) for d in record.documents]


@pytest.mark.parametrize(
    "text",
    [
        SPACED,
        UNSPACED,
        UNSPACED.replace("05-CT/TƯ", "05-CT/TW"),
        UNSPACED.replace("05-CT/TƯ", "05-CT/T.Ư"),
        UNSPACED.replace("05-CT/TƯ", "05 - CT / TW"),
    ],
)
def test_every_spelling_of_a_party_number_has_one_key(text: str) -> None:
    assert [key for _, key, _, _ in _docs(text)] == ["CT-05/TW"]


def test_short_mentions_join_the_full_number() -> None:
    assert _docs(SPACED) == [("05 - CT/TW", "CT-05/TW", None, 3)]


def test_a_short_mention_alone_is_typecode_and_number() -> None:
    # vietnews-train-068572
    text = "Việc thực hiện Chỉ thị số 05 của Bộ Chính trị đã góp phần tạo không khí thi đua quyết tâm phấn đấu."
    assert [key for _, key, _, _ in _docs(text)] == ["CT-05"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # vietnews-val-014459: a state number with a spaced hyphen
        (
            "Đến nay, đã có 24/24 Hội Luật gia quận, huyện được UBND TP. HCM ra quyết định công nhận việc thành "
            "lập theo Nghị định 45/NĐ - CP ngày 21/4/2010 của Chính phủ.",
            ("45/NĐ - CP", "NĐ-45/CP", "Chính phủ", 1),
        ),
        # seed 001_33d39c731ce98c1d: number, year, code and issuer
        (
            "Do đó, ngay sau khi có Nghị quyết số 09/2008/NQ-HĐND ngày 21/7/2009 của Hội đồng nhân dân tỉnh về "
            "chế độ hỗ trợ, khuyến khích đối với cán bộ công chức, viên chức được cử đi đào tạo bồi dưỡng.",
            ("09/2008/NQ-HĐND", "NQ-09/2008/HĐND", "Hội đồng nhân dân tỉnh", 1),
        ),
        # readability-difficult-00054505: the issuer stops before the date and what it says
        (
            "Nghị quyết số 14-NQ/TW của Bộ Chính trị ngày 15-5-1996 nêu rõ: Đấu tranh chống tham nhũng là một "
            "bộ phận cấu thành quan trọng trong toàn bộ sự nghiệp đấu tranh cách mạng của Đảng.",
            ("14-NQ/TW", "NQ-14/TW", "Bộ Chính trị", 1),
        ),
        # vietnews-test-014911: the issuer stops before its verb
        (
            "Quyết định số 198/QĐ - TTg ngày 25/01/2014 của Thủ tướng Chính phủ phê duyệt quy hoạch tổng thể "
            "phát triển kinh tế - xã hội vùng kinh tế trọng điểm Bắc Bộ đến năm 2020.",
            ("198/QĐ - TTg", "QĐ-198/TTg", "Thủ tướng Chính phủ", 1),
        ),
    ],
)
def test_state_numbers_and_bounded_issuers(text: str, expected: tuple[str, str, str, int]) -> None:
    assert _docs(text) == [expected]


def test_the_type_written_before_the_number_names_the_code() -> None:
    """One regulation printed "quy định 08 - QĐ/TƯ" (vietnews-train-075243) and "Quy định số 08 - QĐi/TW"
    (vietnews-train-067579): one key, the one its short mention "Quy định số 08" (vietnews-train-070479) is
    given with its type and number."""
    a = _docs(
        "UBKT Đảng uỷ khối các cơ quan tỉnh Hoà Bình xác định việc làm này vi phạm điều 3, quy định 08 - QĐ/TƯ "
        "ngày 25-10-2018 của Ban Chấp hành trung ương."
    )
    b = _docs(
        "Trước hết, Ban Chỉ đạo phải thật sự công tâm, trong sáng, khách quan, không tư lợi, phải gương mẫu "
        "thực hiện Quy định số 08 - QĐi/TW về trách nhiệm nêu gương."
    )
    c = _docs(
        "Song song, Bình Thuận cần chú ý làm tốt công tác xây dựng Đảng gắn với thực hiện Chỉ thị số 05 của "
        "Bộ Chính trị và Quy định số 08 của Trung ương."
    )
    assert a[0][1] == b[0][1] == "QĐi-08/TW"
    assert [d[1] for d in c] == ["CT-05", "QĐi-08"]


def test_a_documents_number_is_no_fraction() -> None:
    """vietnews-val-003887: '161/2018' and '03/2019' are a decree's and a circular's numbers, not
    161 of 2018; the contract keeps document numbers out of the ratios. A fraction of counts in
    the same article stays one (vietnews-test-002724)."""
    text = (
        "Sáng 15-8, Bộ Nội vụ tổ chức hội nghị tập huấn nghị định 161/2018 của Chính phủ và thông tư "
        "03/2019 của Bộ Nội vụ về sửa đổi, bổ sung một số quy định về tuyển dụng công chức.\n"
        "Đến cuối năm 2018, TP đã có 40/1.911 đơn vị sự nghiệp công lập tự chủ chi thường xuyên."
    )
    record = extract_article(text, doc_id="t")
    assert {d.number for d in record.documents} >= {"161/2018", "03/2019"}
    assert [(r.numerator, r.denominator) for r in record.ratios] == [(40, 1911)]
