"""The date forms of provincial pages, one test each: the README's table of date forms is this list.

A dateline is read whether it stands above or below the title, and the title never absorbs
it; portal chrome (today's date, an app banner) is never the title nor the author; a JSONL
`published` is read in its usual forms or warned about, never dropped silently.
"""

from __future__ import annotations

import json

import pytest

from solieu.ingest import iter_inputs
from solieu.layout import read_layout
from solieu.pipeline import extract_article, process

# real title and lead of ../shared/corpus news-topic baomoi-magizbox-22708758
TITLE = "Kiểm tra công tác quy hoạch và luân chuyển cán bộ"
LEAD = (
    "Sáng 8-7, đồng chí Nguyễn Thiện Nhân, Ủy viên Bộ Chính trị, Bí thư Thành ủy TPHCM dẫn đầu đoàn công tác "
    "của Bộ Chính trị đến làm việc với Ban Thường vụ Tỉnh ủy Cà Mau."
)
# (the line as the page prints it, the date read, the weekday kept)
FORMS = [
    ("Chủ nhật, 21/07/2024", "2024-07-21", "Chủ nhật"),
    ("Thứ năm, 06/10/2022 - 08:15", "2022-10-06", "Thứ năm"),
    ("Thứ Hai, 15/08/2022 | 08:30 (GMT+7)", "2022-08-15", "Thứ Hai"),
    ("Thứ ba, 13/11/2018, 10:05 (GMT+7)", "2018-11-13", "Thứ ba"),
    ("Thứ Hai, 15/08/2022 15:20 (GMT+07:00)", "2022-08-15", "Thứ Hai"),
    ("Thứ 4, 08/09/2021 05:09 AM", "2021-09-08", "Thứ 4"),
    ("05:09, 08/09/2021", "2021-09-08", None),
    ("08:30 | 15/08/2022", "2022-08-15", None),
    ("23.11.2017 - 8:20", "2017-11-23", None),
    ("15-04-2021 14:30", "2021-04-15", None),
    ("08/09/2021 05:09:33", "2021-09-08", None),
    ("Ngày đăng : 08:50, 30/03/2021", "2021-03-30", None),
    ("Đăng ngày: 08/09/2021", "2021-09-08", None),
    ("Cập nhật: 15/08/2022 08:30", "2022-08-15", None),
    ("Cập nhật ngày: 08/09/2021 - 05:09", "2021-09-08", None),
    ("Cập nhật lúc 14:30 ngày 15/04/2021", "2021-04-15", None),
    ("Thứ Hai, ngày 13 tháng 11 năm 2018", "2018-11-13", "Thứ Hai"),
    ("ngày 13 tháng 11 năm 2018", "2018-11-13", None),
    ("13 tháng 11, 2018", "2018-11-13", None),
]


@pytest.mark.parametrize("where", ["below the title", "above the title"])
@pytest.mark.parametrize(("line", "iso", "weekday"), FORMS)
def test_a_date_form_is_read_and_the_title_stays_whole(line, iso, weekday, where):
    text = f"{TITLE}\n{line}\n{LEAD}" if where == "below the title" else f"{line}\n{TITLE}\n{LEAD}"
    article = extract_article(text, doc_id="d")
    assert (article.published, article.title) == (iso, TITLE)
    assert article.dateline is not None and article.dateline.text == line
    assert article.dateline.weekday == weekday


def test_a_byline_above_the_date_is_the_author_not_the_lead():
    article = extract_article(f"{TITLE}\nMinh Anh\n14/08/2022\n{LEAD}", doc_id="d")
    assert (article.title, article.author, article.published) == (TITLE, "Minh Anh", "2022-08-14")


@pytest.mark.parametrize("chrome", ["Hôm nay, ngày 13 tháng 11 năm 2018", "Tải ứng dụng Báo Cà Mau"])
def test_portal_chrome_is_never_the_title_nor_the_author(chrome):
    layout = read_layout(f"{chrome}\n{TITLE}\n05:09, 08/09/2021\n{LEAD}")
    assert (layout.title, layout.author) == (TITLE, None)
    assert layout.dateline is not None and layout.dateline[2] == "2021-09-08"


@pytest.mark.parametrize(
    ("published", "iso"),
    [
        ("2021-04-15", "2021-04-15"),
        ("2021-04-15T09:00:00+07:00", "2021-04-15"),
        ("2021-04-15 09:00:00", "2021-04-15"),
        ("15/04/2021", "2021-04-15"),
        ("15/04/2021 08:30", "2021-04-15"),
        ("08:30 15-04-2021", "2021-04-15"),
        ("15.04.2021 08:30 +07:00", "2021-04-15"),
        ("hôm qua", None),
        ("31/02/2021", None),
    ],
)
def test_a_jsonl_published_is_read_or_warned_about(tmp_path, published, iso):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "text": f"{TITLE}\n{LEAD}", "published": published}) + "\n")
    record = process(next(iter_inputs([str(path)])))
    assert record.published == iso
    warned = [w.code for w in record.warnings]
    assert warned == ([] if iso else ["W006"]), "an unread date is never dropped silently"
