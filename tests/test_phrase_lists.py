"""Lists of common-noun phrases in a count's own sentence (extract/link/phrase_lists.py): read after the
count (after 'là', 'gồm' or a colon, or right after its noun) or before a count that sums them up, to confirm
it only. Each sentence is from the corpus article
named beside it (../shared/corpus)."""

from __future__ import annotations

import pytest

import solieu

CONFIRMED = [
    # baomoi-magizbox-22539545
    (
        "Ông Huệ cho hay, tăng trưởng GDP phụ thuộc 3 yếu tố là vốn, lao động và năng suất lao động tổng hợp.",
        ["vốn", "lao động", "năng suất lao động tổng hợp"],
    ),
    # baomoi-magizbox-21511329: 'đó là' after a few words of the noun phrase
    (
        "Nấm mốc chỉ cần 3 thứ để phát triển đó là nguồn dinh dưỡng, độ ẩm và sự hiện diện của bào tử.",
        ["nguồn dinh dưỡng", "độ ẩm", "sự hiện diện của bào tử"],
    ),
    # baomoi-magizbox-21512450: 'gồm', commas alone up to the sentence's end
    (
        "50.000 túi lương gồm một tờ giấy dạng như tem in dấu và 5 loại nông sản địa phương gồm hạt thóc tẻ, "
        "thóc nếp, ngô, đỗ tương, đỗ đỏ.",
        ["hạt thóc tẻ", "thóc nếp", "ngô", "đỗ tương", "đỗ đỏ"],
    ),
    # dantri-unc-news_health_108
    (
        "Điều trị ung thư nói chung có 3 phương pháp chính là phẫu thuật, xạ trị, hóa trị.",
        ["phẫu thuật", "xạ trị", "hóa trị"],
    ),
    # baomoi-magizbox-21481419: the things named before the count that sums them up
    ("Nước và lửa là hai yếu tố xung đột lẫn nhau nên không được đặt bên cạnh nhau.", ["Nước", "lửa"]),
    # baomoi-magizbox-22658822
    ("Cần gạt nước và đèn pha là hai bộ phận tài xế nên chú ý.", ["Cần gạt nước", "đèn pha"]),
    # baomoi-magizbox-22732564: the first thing named after what opens the sentence
    (
        "Ông nhận ra rằng kỳ vọng và cảm xúc là hai động lực mạnh mẽ tạo nên bong bóng và bùng nổ.",
        ["kỳ vọng", "cảm xúc"],
    ),
    # dantri-unc-news_society_270: phrases right after the count's noun, no word announcing them
    (
        "Trung tá Nguyễn Văn Tùng - Đồn trưởng Đồn biên phòng Cửa khẩu quốc tế Hà Tiên cho biết, đơn vị hiện có 48"
        " chốt phòng chống dịch Covid-19 ở cả 3 tuyến đường biển, đường bộ và đường sông.",
        ["đường biển", "đường bộ", "đường sông"],
    ),
    # baomoi-magizbox-22439352: the last phrase ends before what the sentence says next ('đối với')
    (
        "Nguyễn Văn Tiến (27 tuổi, P.Thạch Linh, TP.Hà Tĩnh) vừa có đơn kháng cáo lên Tòa án nhân dân cấp cao Hà Nội"
        " về việc xin giảm nhẹ hình phạt cho 3 tội danh giết người, cướp tài sản và dâm ô đối với trẻ em.",
        ["giết người", "cướp tài sản", "dâm ô"],
    ),
    # baomoi-magizbox-22424761
    (
        "Kể từ khi được thiết lập vào năm 2013, quan hệ đối tác toàn diện Việt Nam - Hoa Kỳ đã tiến những bước dài"
        " đầy ấn tượng, hai bên chia sẻ nhiều lợi ích chung quan trọng trên cả 3 bình diện song phương, khu vực và"
        " thế giới.",
        ["song phương", "khu vực", "thế giới"],
    ),
]

SILENT = [
    # baomoi-magizbox-22664472: 'là' says what the subject, whose the count is, is like
    "Kích thước tổng thể của 2 xe là tương đương nhau và không gian sử dụng rộng rãi giống nhau.",
    # baomoi-magizbox-21486940: 'là' twice, a predicate
    "Đối với tôi 2 cuộc hôn nhân đều là định mệnh và là duyên số.",
    # baomoi-magizbox-21479437: 'hoặc' and a 'và' inside the last item hide where the items part
    "Các cơ sở giáo dục nghề nghiệp thực hiện tuyển sinh theo ba hình thức là xét tuyển, thi tuyển hoặc kết hợp "
    "giữa xét tuyển và thi tuyển.",
    # baomoi-magizbox-21494770: two of three, the names are some of the parties
    "CDU và CSU là 2 trong số 3 đảng thuộc liên minh cầm quyền ở Đức hiện nay.",
    # dantri-unc-news_entertainment_146: what the two are, not which
    "Trong cuộc sống, cô chia sẻ rằng hai người là một đôi bạn ăn ý và một cặp bài trùng.",
    # 24h-1cc57b444e3df46f: the comma ends an opening phrase, 'đó' points back
    "Xét cho cùng, đó là 2 cầu thủ vĩ đại nhất mọi thời đại.",
    # readability-difficult-00069403: what follows is the one of the four
    "Đồng thời, một trong 4 nhiệm vụ của mỗi đảng viên là liên hệ chặt chẽ với nhân dân, tôn trọng và phát huy "
    "quyền làm chủ của nhân dân; chăm lo đời sống vật chất, tinh thần và bảo vệ quyền lợi chính đáng của nhân dân; "
    "tích cực tham gia công tác quần chúng, công tác xã hội nơi làm việc và nơi ở; tuyên truyền vận động gia đình "
    "và nhân dân thực hiện đường lối, chính sách của Đảng, pháp luật của Nhà nước.",
    # a list of another length is no evidence: the phrases may not be all the things counted
    "Ông Huệ cho hay, tăng trưởng GDP phụ thuộc 4 yếu tố là vốn, lao động và năng suất lao động tổng hợp.",
    # baomoi-magizbox-22415937: what happened in three decades, not which decades
    "Thông tin đến lãnh đạo các tập đoàn Hoa Kỳ về tình hình kinh tế-xã hội của Việt Nam sau hơn 3 thập kỷ đổi mới,"
    " mở cửa và hội nhập, Thủ tướng Nguyễn Xuân Phúc nêu rõ Việt Nam đã đạt được những thành tựu quan trọng.",
    # baomoi-magizbox-22713532: words after a count of people describe them
    "Team Minh Tú Ngày càng bứt phá và thể hiện mình, ba chiến binh xinh đẹp, tài năng và bản lĩnh của team Minh Tú"
    " đã chi thấy sự cố gắng không ngừng nghỉ khi tiến dần về con số 10 hoàn hảo.",
]


@pytest.mark.parametrize(("sentence", "items"), CONFIRMED, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_phrases_confirm_their_count(sentence: str, items: list[str]) -> None:
    checks = [c for c in solieu.extract_article(sentence, doc_id="t").checks if c.rule == "list_count"]
    assert [c.status for c in checks] == ["ok"]
    assert [sentence[e.start : e.end] for e in checks[0].evidence[1:]] == items


@pytest.mark.parametrize("sentence", SILENT, ids=lambda x: x[:40])
def test_phrases_that_are_no_list_of_the_count_stay_silent(sentence: str) -> None:
    checks = [c for c in solieu.extract_article(sentence, doc_id="t").checks if c.rule == "list_count"]
    assert checks == []
