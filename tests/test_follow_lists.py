"""Items listed after a count beyond its own sentence (extract/link/follow_lists.py): in the sentence
after it, or on the lines after its colon closed by ";". Such a list confirms its count; it never
contradicts it, since nothing but the count says where it ends."""

from __future__ import annotations

import pytest

from solieu import extract_article


def _list_counts(text: str) -> list[tuple[str, float | str | None, float | str | None]]:
    article = extract_article(text, doc_id="t")
    return [(c.status, c.stated, c.computed) for c in article.checks if c.rule == "list_count"]


_CASES = (  # vietnews-train-017931 (news-topic-restored), the list's lines as printed
    "Nhất là đã xét xử kịp thời, nghiêm minh {count} vụ án nghiêm trọng, phức tạp, dư luận xã hội quan tâm: "
    'Vụ án "lạm dụng chức vụ, quyền hạn chiếm đoạt tài sản" xảy ra tại Vinashin; Vụ án "sử dụng mạng Internet '
    'thực hiện hành vi chiếm đoạt tài sản, tổ chức đánh bạc, đánh bạc..." xảy ra tại Phú Thọ và một số địa phương;\n'
    'Vụ án "lạm dụng chức vụ, quyền hạn chiếm đoạt tài sản, cố ý làm trái quy định của Nhà nước về quản lý kinh tế '
    'gây hậu quả nghiêm trọng, thiếu trách nhiệm gây hậu quả nghiêm trọng" xảy ra tại Ngân hàng thương mại cổ phần '
    "Đông Á, TP. HCM (DAB);\n"
    'Vụ án "lợi dụng chức vụ, quyền hạn trong khi thi hành công vụ; thiếu trách nhiệm gây hậu quả nghiêm trọng" '
    "xảy ra tại Đà Nẵng và một số tỉnh, thành phố;\n"
    "Mở rộng điều tra, làm rõ hành vi đưa, nhận hối lộ trong vụ án xẩy ra tại Tổng công ty Viễn thông Mobifone, "
    "khởi tố điều tra vụ án xảy ra tại dự án cải tạo và mở rộng sản xuất giai đoạn 2 - "
    "Công ty Gang thép Thái Nguyên,...\n"
    "Tạm giữ, kê biên tài sản liên quan các vụ án với giá trị tài sản trên 10.000 tỉ đồng."
)


@pytest.mark.parametrize(("count", "expected"), [(4, [("ok", 4, 4)]), (5, []), (3, [])])
def test_items_over_lines_closed_by_semicolons(count: int, expected: list) -> None:
    """Two cases after the colon and two more on lines closed by ";": four confirm a count of four. The
    line after them ends with "...", the next point of the report: where the list ends is not visible,
    so another count is not contradicted."""
    assert _list_counts(_CASES.format(count=count)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # baomoi-magizbox-21494520 (news-sample)
            "Lực lượng chức năng đã bắt giữ 2 đối tượng liên quan về hành vi tổ chức đưa người trốn đi nước "
            "ngoài. Đó là Phạm Thị Châm (SN 1968, thường trú tại khu 7, phường Hải Yên, Móng Cái, Quảng Ninh) và "
            "Nguyễn Văn Tiến (SN 1963, trú tại thôn Như Độ, xã Như Hòa, huyện Kim Sơn, Ninh Bình).",
            [("ok", 2, 2)],
            id="names-after-do-la",
        ),
        pytest.param(  # baomoi-magizbox-22595487 (news-topic)
            "Ngày 22/6, cơ quan điều tra đã khởi tố bị can 3 người liên quan đến vụ sự cố chạy thận nhân tạo ở "
            "BVĐK tỉnh Hòa Bình. Theo đó, những người bị khởi tố, tạm giam gồm: Bùi Mạnh Quốc (31 tuổi), Giám đốc "
            "Công ty TNHH xử lý nước Trâm Anh, tội Vô ý làm chết người do vi phạm quy tắc nghề nghiệp; Trần Văn Sơn "
            "(27 tuổi) cán bộ phòng Vật tư - trang thiết bị y tế Bệnh viện đa khoa Hòa Bình, tội Thiếu trách nhiệm "
            "gây hậu quả nghiêm trọng; Hoàng Công Lương (31 tuổi), bác sĩ khoa Hồi sức tích cực, tội Vi phạm quy "
            "định về chữa bệnh.",
            [("ok", 3, 3)],
            id="a-lead-in-up-to-gom",
        ),
        pytest.param(  # baomoi-magizbox-22364830 (news-sample)
            "Chánh án đề nghị Quốc hội xem xét 4 nguyên tắc xử lý trách nhiệm hình sự với trẻ vị thành niên trước "
            "khi bỏ phiếu về vấn đề này. Đó là, việc xử lý trách nhiệm hình sự với trẻ em là tăng biện pháp giáo "
            "dục, hạn chế các biện pháp cưỡng chế, tù giam; các phiên tòa xử trẻ vị thành niên phải được xử kín; "
            "việc quy định độ tuổi vị thành niên phải do Hội đồng xét xử quyết định; trong trường hợp phải xử lý "
            "bằng hình phạt tù thì việc áp dụng hình phạt bằng 1/2 khung.",
            [("ok", 4, 4)],
            id="semicolons-after-do-la",
        ),
        pytest.param(  # the same, one principle fewer: nothing says the sentence lists them all
            "Chánh án đề nghị Quốc hội xem xét 5 nguyên tắc xử lý trách nhiệm hình sự với trẻ vị thành niên. Đó "
            "là, các phiên tòa xử trẻ vị thành niên phải được xử kín; việc quy định độ tuổi vị thành niên phải do "
            "Hội đồng xét xử quyết định.",
            [],
            id="never-contradicts",
        ),
        pytest.param(  # baomoi-magizbox-22495831 (news-sample): prose split at its commas
            "Còn lại, có 3 điểm mang tính phân loại rõ nét. Cụ thể: Câu 3 bài I là một câu hỏi có tính phân loại, "
            "phải học sinh vững kiến thức về giải phương trình chứa giá trị tuyệt đối và phương trình chứa căn thì "
            "mới làm trọn vẹn được.",
            [],
            id="prose-is-no-list",
        ),
        pytest.param(  # baomoi-magizbox-22273220 (news-sample): the list is the next count's
            "Sở vừa kỷ luật với hình thức khiển trách 2 cán bộ kiểm lâm ở huyện Cư Jút. Cụ thể, 3 cán bộ kiểm lâm "
            "thuộc Hạt kiểm lâm huyện Đắk Song bị tạm đình chỉ công tác, gồm: Trần Hữu Trung, Trạm trưởng Trạm "
            "kiểm lâm; Lê Duy Khánh và Nguyễn Hữu Nam, kiểm lâm địa bàn xã Nâm N’Jang, huyện Đắk Song.",
            [("ok", 3, 3)],
            id="a-count-in-the-lead-in-owns-the-list",
        ),
        pytest.param(  # baomoi-magizbox-21477754 (news-sample): the count is an aside in brackets
            "Nghị quyết đặt mục tiêu đến hết năm 2017 đạt tối thiểu bằng trung bình của các nước ASEAN-4 (bốn nước "
            "đứng đầu khối ASEAN - PV) trên các chỉ tiêu về môi trường kinh doanh. Cụ thể là khởi sự kinh doanh "
            "thuộc nhóm 70 nước đứng đầu; bảo vệ nhà đầu tư thiểu số thuộc nhóm 80 nước; nâng cao tính minh bạch "
            "và khả năng tiếp cận tín dụng thuộc nhóm 30 nước.",
            [],
            id="a-count-in-brackets-heads-nothing",
        ),
        pytest.param(  # baomoi-magizbox-21480630 (news-sample): a score, not a count
            "Trong chiến thắng đậm đà 5-2 trước St. Johnstone, thì pha lập công cuối cùng của Celtic khiến fan hâm "
            "mộ xem không biết chán. Đó là tình huống ghi bàn trong trận đấu giữa St. Johnstone và Celtic ở vòng 24.",
            [],
            id="a-score-heads-nothing",
        ),
        pytest.param(  # vietnews-val-003144 (news-topic-restored): a later count of times, a long sentence
            "Trong danh sách 23 thành viên của Sở GD-ĐT cử đi học ở Đức có 2 người đã được đi nước ngoài về việc "
            "công 2 lần trong năm 2018, vi phạm quy định của UBND TP về quản lý và xét duyệt cán bộ, công chức, "
            "viên chức đi nước ngoài. Đó là ông Đỗ Minh Hoàng, chánh văn phòng sở và bà Nguyễn Thị Yến Trinh - "
            "hiệu trưởng Trường THPT chuyên Lê Hồng Phong, là vợ ông Lê Hồng Sơn - giám đốc sở.",
            [("ok", 2, 2)],
            id="people-past-a-later-count-of-times",
        ),
        pytest.param(  # the same, three people counted: the husband named after the last is no third
            "Trong danh sách 23 thành viên của Sở GD-ĐT cử đi học ở Đức có 3 người đã được đi nước ngoài về việc "
            "công 2 lần trong năm 2018, vi phạm quy định của UBND TP về quản lý và xét duyệt cán bộ, công chức, "
            "viên chức đi nước ngoài. Đó là ông Đỗ Minh Hoàng, chánh văn phòng sở và bà Nguyễn Thị Yến Trinh - "
            "hiệu trưởng Trường THPT chuyên Lê Hồng Phong, là vợ ông Lê Hồng Sơn - giám đốc sở.",
            [],
            id="people-up-to-the-last-never-contradict",
        ),
        pytest.param(  # baomoi-magizbox-22512607 (news-sample)
            "Anh muốn hai con có đủ cha, đủ mẹ nhưng rồi một sự thật khác khiến anh kiên quyết làm đơn ra tòa. Đó "
            "là chuyện Bảo nhiều lần liếc mắt đưa tình, nói cười cợt nhả với không ít khách hàng của anh.",
            [],
            id="a-story-is-no-list",
        ),
    ],
)
def test_items_in_the_next_sentence(text: str, expected: list) -> None:
    assert _list_counts(text) == expected


_DIRECTIONS = (  # the lines of "theo ba hướng:" (the list of the validator's issue), without their dashes
    "Để nâng cao chất lượng đội ngũ, nhà trường bồi dưỡng giáo viên theo {count} hướng:\n"
    "Đào tạo tại chỗ;\n"
    "Cử giáo viên đi học tập trung;\n"
    "Bồi dưỡng qua các lớp ngắn hạn do Sở tổ chức.\n"
    "Nhờ đó, năm học qua có 42 giáo viên đạt chuẩn."
)


@pytest.mark.parametrize(("count", "expected"), [("ba", [("ok", 3, 3)]), ("bốn", [])])
def test_lines_closed_by_semicolons_without_a_marker(count: str, expected: list) -> None:
    assert _list_counts(_DIRECTIONS.format(count=count)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ngày 12/5, Tỉnh ủy tổ chức hội nghị cán bộ chủ chốt.\n"
            "Hội nghị thống nhất 3 nội dung chính:\nKiện toàn tổ chức bộ máy\nXây dựng đội ngũ cán bộ cơ sở\n"
            "Đổi mới phương thức lãnh đạo của cấp ủy\nPhát biểu chỉ đạo hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị "
            "các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo thực hiện nghiêm túc, hiệu quả các nội dung đã "
            "được thống nhất tại hội nghị.",
            [("ok", 3, 3)],
            id="phrases-on-lines-end-at-a-paragraph",
        ),
        pytest.param(  # a paragraph after the colon, not a list of lines
            "Ngày 12/5, Tỉnh ủy tổ chức hội nghị cán bộ chủ chốt.\n"
            "Hội nghị thống nhất 3 nội dung chính:\nPhát biểu chỉ đạo hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị các "
            "cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo thực hiện nghiêm túc, hiệu quả các nội dung đã được "
            "thống nhất tại hội nghị.\nKiện toàn tổ chức bộ máy\nXây dựng đội ngũ cán bộ cơ sở",
            [],
            id="a-paragraph-is-no-line-of-a-list",
        ),
        pytest.param(  # a sentence after the phrases is not the last of them
            "Ngày 12/5, Tỉnh ủy tổ chức hội nghị cán bộ chủ chốt.\nHội nghị thống nhất 3 nội dung chính:\n"
            "Xây dựng đội ngũ cán bộ cơ sở\nĐổi mới phương thức lãnh đạo của cấp ủy\nHội nghị bế mạc chiều cùng ngày.",
            [],
            id="a-sentence-after-phrases-ends-them",
        ),
    ],
)
def test_lines_without_a_closing_mark(text: str, expected: list) -> None:
    assert _list_counts(text) == expected


@pytest.mark.parametrize(("count", "expected"), [(6, [("ok", 6, 6)]), (7, [])])
def test_people_taken_up_again_sentences_later(count: int, expected: list) -> None:
    """vietnews-train-017934, shortened: one named at once, the other five where the count's noun comes
    back after those named ("Ngoài ông A, các đảng viên … còn có …"); never a mismatch."""
    text = (
        f"Trong đợt này, Đảng uỷ Cơ quan Văn phòng Thành uỷ có {count} đảng viên được trao Huy hiệu Đảng.\n"
        "Trong đó, ông Lê Thanh Hải, nguyên Uỷ viên Bộ Chính trị, nguyên Bí thư Thành uỷ được trao huy hiệu 50 năm "
        "tuổi Đảng.\nÔng Hải hiện đang sinh hoạt tại Chi bộ Ban Nghiên cứu, biên soạn lịch sử Đảng bộ TP.\n"
        "Phát biểu tại buổi lễ, Bí thư Thành uỷ Nguyễn Thiện Nhân gửi lời chúc mừng các cá nhân được trao tặng.\n"
        "Ngoài ông Lê Thanh Hải, các đảng viên nhận huy hiệu Đảng đợt này còn có ông Nguyễn Hữu Nhân, nguyên Uỷ "
        "viên Ban Thường vụ Thành uỷ TP. HCM; ông Nguyễn Hồng Thắng, Phó Trưởng phòng Tổng hợp; Dương Ái Việt, Công "
        "ty TNHH MTV Du lịch - Thương mại Kỳ Hoà; bà Phan Thị Chung và ông Đặng Văn Phước, đều thuộc Công ty Cổ "
        "phần Nhiên liệu Sài Gòn."
    )
    assert _list_counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # baomoi-magizbox-21477972 (news-sample), shortened
            "Bộ Xây dựng sẽ tiếp tục tái cơ cấu 16 doanh nghiệp mà trọng tâm là kết thúc cổ phần hóa. Phó Thủ "
            "tướng chủ trì hội nghị. Các doanh nghiệp này gồm Tổng công ty: DIC, Sông Hồng, Bạch Đằng, VIGLACERA, "
            "VIWASEEN, Xây dựng Hà Nội, LICOGI, LILAMA, CC1, FICO, VNCC, COMA, HUD, Sông Đà, IDICO và VICEM.",
            [("ok", 16, 16)],
            id="the-things-named-again-and-listed",
        ),
        pytest.param(  # baomoi-magizbox-22263602 (news-sample): right after the count, its noun is enough
            "Công an huyện Châu Thành vừa phá thành công vụ cướp tài sản, bắt giữ 4 đối tượng có liên quan. Các "
            "đối tượng đều ngụ tại tỉnh Sóc Trăng gồm: Trần Kim Ngọc (SN 2000), Cao Văn Nhiên (SN 1993), Châu Nhật "
            "Minh (SN 2000) và Huỳnh Quốc Dũng (SN 1999).",
            [("ok", 4, 4)],
            id="the-things-named-again-in-the-next-sentence",
        ),
        pytest.param(  # baomoi-magizbox-22301235 (news-sample): sentences later, another set of reactors
            "Tòa án cho phép KEPCO khởi động 2 trong số 4 lò phản ứng tại nhà máy Takahama. Thống đốc tỉnh Shiga bày "
            "tỏ sự thất vọng. Ông cho rằng an toàn phải được đặt lên hàng đầu. Các lò phản ứng bị cho ngừng hoạt động "
            "bao gồm lò phản ứng số 1 và số 2 tại nhà máy Mihama; lò phản ứng số 1 tại nhà máy Tsuruga; lò phản ứng số "
            "1 tại nhà máy Shimane và lò phản ứng số 1 thuộc nhà máy Genkai.",
            [],
            id="another-set-named-later",
        ),
        pytest.param(  # baomoi-magizbox-21487250 (news-sample): the largest of them, not all
            "Năm 2016 có 4 thành viên đạt trên 10 tỷ USD. Việt Nam xuất siêu lớn với các thành viên, lớn nhất là "
            "Hoa Kỳ (29.756 triệu USD), Hà Lan (5.341 triệu USD), Hồng Công (4.594 triệu USD), Các Tiểu vương quốc "
            "Ả rập thống nhất (4.550 triệu USD).",
            [],
            id="some-of-them-named-again",
        ),
        pytest.param(  # baomoi-magizbox-21469660 (news-sample): "những môn … là" is a clause
            "Nhiều học sinh chỉ cần làm 2 môn. Ngoài những môn học chuyên sâu thì việc phải học thêm những môn khác "
            "sẽ chỉ là đối phó và không đảm bảo về mặt kiến thức.",
            [],
            id="a-clause-about-them",
        ),
    ],
)
def test_items_listed_where_the_count_is_taken_up_again(text: str, expected: list) -> None:
    assert _list_counts(text) == expected


_ANNOUNCED_LINES = (  # the lines under "theo ba hướng:" of the validator's issue, announced by a sentence of their own
    "Ngày 12/5, Tỉnh ủy tổ chức hội nghị cán bộ chủ chốt.\nHội nghị đã thông qua {count} nội dung quan trọng.{sep}"
    "Cụ thể như sau:\n- Kiện toàn tổ chức bộ máy;\n- Xây dựng đội ngũ cán bộ;\n- Đổi mới phương thức lãnh đạo.\n"
    "Hội nghị bế mạc chiều cùng ngày."
)


@pytest.mark.parametrize("sep", [" ", "\n"])
@pytest.mark.parametrize(("count", "expected"), [(3, [("ok", 3, 3)]), (4, [])])
def test_lines_announced_by_a_sentence_after_the_count(sep: str, count: int, expected: list) -> None:
    """ "… 3 nội dung. Cụ thể như sau:" then a line per item: they confirm the count; two sentences put more
    between a count and its list than a colon does, so a list of another length contradicts nothing."""
    assert _list_counts(_ANNOUNCED_LINES.format(count=count, sep=sep)) == expected


def test_a_speaker_after_the_count_announces_no_list() -> None:
    text = (
        "Ngày 12/5, Tỉnh ủy tổ chức hội nghị cán bộ chủ chốt.\nHội nghị đã thông qua 3 nội dung quan trọng. Ông "
        "Nguyễn Văn A phát biểu:\n- Kiện toàn tổ chức bộ máy;\n- Xây dựng đội ngũ cán bộ;\n- Đổi mới phương thức "
        "lãnh đạo.\nHội nghị bế mạc chiều cùng ngày."
    )
    assert _list_counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # baomoi-magizbox-21473649 (news-sample)
            "Và trong số 5 trường hợp sử dụng giấy tờ cá nhân giả có Trần Đình Tiến, Nguyễn Xuân Hảo và Lê Văn "
            "Hùng. Cả 3 trường hợp này đều đã được cấp hộ chiếu nhưng chưa kịp sử dụng.",
            [("ok", 3, 3)],
            id="ca-3-takes-up-the-names-before",
        ),
        pytest.param(  # the same, another count: the names before may be another group
            "Và trong số 5 trường hợp sử dụng giấy tờ cá nhân giả có Trần Đình Tiến, Nguyễn Xuân Hảo và Lê Văn "
            "Hùng. Cả 4 trường hợp này đều đã được cấp hộ chiếu nhưng chưa kịp sử dụng.",
            [],
            id="ca-4-is-not-contradicted",
        ),
        pytest.param(  # baomoi-magizbox-22659633 (news-sample)
            "Qatar có thể bị buộc ra khỏi liên minh 6 nước vùng Vịnh. Các nước Saudia Arabia, UAE, Kuwait, Qatar, "
            "Oman và Bahrain nằm trong Hội đồng Hợp tác vùng Vịnh (GCC) được thành lập năm 1981.",
            [("ok", 6, 6)],
            id="the-noun-taken-up-with-names",
        ),
        pytest.param(  # the same with one country fewer: another set may be named, no mismatch
            "Qatar có thể bị buộc ra khỏi liên minh 6 nước vùng Vịnh. Các nước Saudia Arabia, UAE, Kuwait, "
            "Oman và Bahrain nằm trong Hội đồng Hợp tác vùng Vịnh (GCC) được thành lập năm 1981.",
            [],
            id="the-noun-taken-up-with-fewer-names",
        ),
        pytest.param(  # baomoi-magizbox-21489933 (news-sample): deep in its sentence, 'kể trên' points back
            "Yannick Carrasco đang được hai ông lớn của Ngoại hạng Anh là Chelsea và Arsenal theo đuổi gắt gao. "
            "Tờ báo này khẳng định Atletico Madrid đã nhận được lời đề nghị 40 triệu bảng từ hai câu lạc bộ kể trên.",
            [("ok", 2, 2), ("ok", 2, 2)],  # 'hai ông lớn … là Chelsea và Arsenal', then the count that takes them up
            id="ke-tren-deep-in-the-sentence",
        ),
        pytest.param(  # baomoi-magizbox-21477849 (news-sample): a 'này' deep in a sentence names no group before
            "Theo CABI, 2 chủng của loài sâu ăn lá armyworm đã được tìm thấy tại Ghana và đang đe dọa lan rộng tới "
            "châu Á và Địa Trung Hải. Ông Matthew Cock, một chuyên gia của CABI, cho biết đây là lần đầu tiên 2 "
            "chủng sâu này được phát hiện tại Lục địa Đen.",
            [],
            id="nay-deep-in-the-sentence-is-silent",
        ),
    ],
)
def test_names_beside_the_count_only_confirm_it(text: str, expected: list) -> None:
    """Names gathered by 'Cả 3 …' in the sentence before, or named after the count's noun said again in a
    sentence after it, may be another group of the same things: they confirm a count, never contradict it."""
    assert _list_counts(text) == expected
