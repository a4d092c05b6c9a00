"""Counts of people by a generic head (người, trường hợp, cá nhân, lãnh đạo, đồng chí) take the kind of
the population they count: officials disciplined, appointed or declaring assets, Party members where the
Party disciplines them; the public (victims, violators, blood donors, award winners) stays `other`.

A development table of real sentences, each with the article it was read in (../shared/corpus,
news-topic or news-sample), the figure's surface and the kind a careful reader gives it."""

from __future__ import annotations

import pytest

import solieu

# (doc_id, sentence, surface, kind)
CASES = [
    # discipline by a state body names its staff
    (
        "baomoi-magizbox-22677527",
        "Trước đó, ngày 30/6, Sở TNMT Kon Tum đã ra quyết định kỷ luật cách chức về mặt chính quyền đối với ông"
        " Diệp Xuân Vinh và ông Cao Minh Phương, khiển trách 2 người khác, gồm: ông Huỳnh Thức Viên - Chi cục"
        " trưởng Chi cục Bảo vệ môi trường, ông Phan Thanh Đào - Phó phòng Kế hoạch Tài chính.",
        "2 người",
        "officials",
    ),
    (
        "baomoi-magizbox-22651060",
        "Bên cạnh đó, Sở đã thi hành kỷ luật hai cá nhân với hình thức khiển trách; kiểm điểm nghiêm khắc đối"
        " với ba cá nhân.",
        "ba cá nhân",
        "officials",
    ),
    (
        "baomoi-magizbox-22651060",
        "Bên cạnh đó, Sở đã thi hành kỷ luật hai cá nhân với hình thức khiển trách; kiểm điểm nghiêm khắc đối"
        " với ba cá nhân.",
        "hai cá nhân",
        "officials",
    ),
    (
        "baomoi-magizbox-22489990",
        "Hiện tại phía Sở đang chờ tổng hợp kết luận mới đưa ra hình thức kiểm điểm 2 người đó.",
        "2 người",
        "officials",
    ),
    (
        "baomoi-magizbox-22720671",
        "Qua thanh tra đã kiến nghị xử lý kỷ luật hành chính đối với 724 tập thể, 22 cá nhân;",
        "22 cá nhân",
        "officials",
    ),
    (
        "baomoi-magizbox-22720671",
        "Về xử lý trách nhiệm của người đứng đầu khi để xảy ra tham nhũng, trong 6 tháng đầu năm 2017, có 1"
        " trường hợp người đứng đầu bị kết luận thiếu trách nhiệm để xảy ra tham nhũng.",
        "1 trường hợp",
        "officials",
    ),
    # the Party disciplines
    (
        "dantri-unc-news_society_169",
        "UBKT tỉnh ủy Đắk Nông vừa quyết định kỷ luật 2 lãnh đạo huyện Krông Nô.",
        "2 lãnh đạo",
        "party_members",
    ),
    (
        "vietnews-train-019722",
        "Uỷ ban Kiểm tra Thành uỷ đã quyết định thi hành kỷ luật bằng hình thức cảnh cáo đối với hai lãnh đạo,"
        " gồm: ông Trần Văn Dũng - uỷ viên Ban thường vụ quận uỷ, phó chủ tịch UBND quận Thủ Đức.",
        "hai lãnh đạo",
        "party_members",
    ),
    # who were or are cadres, and cadres named with a classifier or as former ones
    (
        "baomoi-magizbox-22723238",
        "Riêng 6 người nguyên là cán bộ ngân hàng chịu án treo và án tù, từ 18 tháng đến 7 năm tù giam.",
        "6 người",
        "officials",
    ),
    (
        "baomoi-magizbox-22489099",
        "8 cựu cán bộ hải quan ở huyện Giang Thành và thị xã Hà Tiên lĩnh 2 - 4 năm tù với cáo buộc Thiếu trách"
        " nhiệm gây hậu quả nghiêm trọng.",
        "8 cựu cán bộ",
        "officials",
    ),
    (
        "baomoi-magizbox-22580854",
        "Về hành vi của 2 vị cán bộ này sẽ được Ủy Ban kiểm tra Thành ủy xác minh và sẽ xử lý nghiêm theo quy định.",
        "2 vị cán bộ",
        "officials",
    ),
    # the civil service numbered in people, asset declarants, appointments
    (
        "baomoi-magizbox-22567976",
        "Theo ông Hưng, sẽ có 6-7 triệu người được tăng lương trong dịp này trong đó công chức có khoảng 400.000"
        " người, viên chức có trên dưới 2 triệu người còn lại là người về hưu, người có công...",
        "khoảng 400.000 người",
        "officials",
    ),
    (
        "baomoi-magizbox-22650111",
        "Theo số liệu của các cơ quan, đơn vị báo cáo với Thanh tra tỉnh, số người kê khai năm 2016 là 7.871, số"
        " đã kê khai là 7.870, chỉ có 1 người chưa kê khai do mắc bệnh nặng.",
        "1 người",
        "officials",
    ),
    (
        "baomoi-magizbox-22745926",
        "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân chúc mừng 21 đồng chí đã được Đảng và Nhà nước bổ nhiệm làm"
        " Trưởng Cơ quan đại diện của Việt Nam ở nước ngoài nhiệm kỳ 2017-2020.",
        "21 đồng chí",
        "officials",
    ),
    (
        "baomoi-magizbox-22345183",
        "Sở NN&PTNT tỉnh Thái Nguyên bổ nhiệm thừa 23 lãnh đạo.",
        "23 lãnh đạo",
        "officials",
    ),
    # the public stays other
    (
        "baomoi-magizbox-22509071",
        "Tại buổi lễ, Ban chỉ đạo khen thưởng 752 cá nhân đã tham gia hiến máu nhân đạo trên địa bàn TP.",
        "752 cá nhân",
        "other",
    ),
    (
        "baomoi-magizbox-22563515",
        "Trước đó, vào tháng 6/2017, Công an TP Hà Nội đã tiến hành xử lý 5 cá nhân có hành vi kinh doanh thiết"
        " bị tai nghe, thu phát tín hiệu kích thước nhỏ để phục vụ mục đích gian lận thi cử trên địa bàn.",
        "5 cá nhân",
        "other",
    ),
    (
        "baomoi-magizbox-22681097",
        "Một số người mẫu, diễn viên hoạt động rất tinh vi (đã điều tra khám phá 41 vụ tổ chức môi giới mại dâm,"
        " xử lý 431 người).",
        "431 người",
        "other",
    ),
    (
        "baomoi-magizbox-22684836",
        "6 tháng đầu năm 2017, toàn ngành thực hiện 480 cuộc thanh tra trách nhiệm tại 900 đơn vị, kiến nghị xử"
        " lý hành chính 172 tổ chức, 310 cá nhân.",
        "310 cá nhân",
        "other",
    ),
    (
        "baomoi-magizbox-21491492",
        "Tổng LĐLĐ Việt Nam tặng bằng khen cho 197 tập thể và 310 cá nhân có thành tích xuất sắc trong năm 2016.",
        "310 cá nhân",
        "other",
    ),
    (
        "baomoi-magizbox-22386874",
        "Các cuộc không kích của liên quân từ ngày 27.4 đến 18.5 đã tiêu diệt 3 lãnh đạo cấp cao người nước"
        " ngoài của IS.",
        "3 lãnh đạo",
        "other",
    ),
    (
        "baomoi-magizbox-22269677",
        "Được biết, 26 người nhập viện đều là cán bộ, nhân viên Cty Cổ phần Anova (Khu công nghiệp Vĩnh Niệm,"
        " quận Lê Chân, TP. Hải Phòng).",
        "26 người",
        "other",
    ),
    # the police and the army at an operation: their men, no civil servants
    (
        "dantri-unc-news_society_190",
        "Phòng Cảnh sát PCCC và cứu nạn, cứu hộ Công an TPHCM và Công an quận 7 đã điều 6 xe chuyên dụng, trong đó"
        " có xe thang cùng 40 cán bộ chiến sĩ nhanh chóng tiếp cận hiện trường dập lửa, chữa cháy từ nhiều hướng.",
        "40 cán bộ chiến sĩ",
        "other",
    ),
    (
        "baomoi-magizbox-22692954",
        "Qua tin báo của quần chúng, sau thời gian theo dõi, đến tối 5-7, Công an TP Cần Thơ đã huy động hơn 100"
        " cán bộ, chiến sĩ thuộc các phòng nghiệp vụ và Công an quận Thốt Nốt,",
        "hơn 100 cán bộ, chiến sĩ",
        "other",
    ),
    (
        "newsmds-cluster_056-6",
        "Đội Công binh số 1 với biên chế 184 người có nhiệm vụ khảo sát, bảo dưỡng, sửa chữa và nâng cấp các tuyến"
        " đường vận tải tại đây...",
        "184 người",
        "other",
    ),
]


@pytest.mark.parametrize(("doc_id", "sentence", "surface", "kind"), CASES, ids=[f"{c[0]}:{c[2]}" for c in CASES])
def test_a_generic_head_takes_the_kind_of_those_it_counts(doc_id: str, sentence: str, surface: str, kind: str) -> None:
    figures = solieu.extract_article(sentence, doc_id=doc_id).figures
    kinds = {f.kind for f in figures if f.text == surface}
    assert kinds == {kind}, f"{surface!r}: {kinds} in {[(f.text, f.kind) for f in figures]}"
