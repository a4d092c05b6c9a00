"""Page layouts other than the seeds': the dateline, agency prefix, source and byline forms
that other provincial papers print. Each page is built from real sentence patterns."""

from __future__ import annotations

import pytest

from solieu import extract_article

PAGES = [
    pytest.param(
        "Cập nhật: 15/08/2022 08:30\n\nTỉnh mở lớp bồi dưỡng cán bộ\n\n"
        "(BGĐT) - Sáng 15/8, huyện Lục Ngạn đã mở 3 lớp bồi dưỡng cho 240 học viên.\n\n"
        "Nguyễn Văn An\n\nNguồn: Báo Bắc Giang",
        {
            "published": "2022-08-15",
            "weekday": None,
            "title": "Tỉnh mở lớp bồi dưỡng cán bộ",
            "author": "Nguyễn Văn An",
            "province": "Bắc Giang",
        },
        id="updated-line-bracketed-agency-source-name",
    ),
    pytest.param(
        "Thứ Hai, 21/07/2025 | 08:30 (GMT+7)\n\nHuyện Sơn Động kết nạp 45 đảng viên mới\n\n"
        "Trong 6 tháng đầu năm, Đảng bộ huyện Sơn Động kết nạp 45 đảng viên mới, đạt 60% kế hoạch.\n\n"
        "Bài và ảnh: TRẦN HÀ",
        {
            "published": "2025-07-21",
            "weekday": "Thứ Hai",
            "title": "Huyện Sơn Động kết nạp 45 đảng viên mới",
            "author": "Trần Hà",
            "province": "Bắc Giang",
        },
        id="weekday-with-time-and-timezone",
    ),
    pytest.param(
        "08:15 | 06/10/2022\n\nLộc Bình đào tạo cán bộ\n\n"
        "LSO - Huyện Lộc Bình đã cử 262 cán bộ đi học các trường trung ương, tỉnh.\n\nCông Quân",
        {
            "published": "2022-10-06",
            "weekday": None,
            "title": "Lộc Bình đào tạo cán bộ",
            "author": "Công Quân",
            "province": "Lạng Sơn",
        },
        id="time-before-date-spaced-agency",
    ),
]


@pytest.mark.parametrize(("page", "want"), PAGES)
def test_page_metadata(page: str, want: dict) -> None:
    article = extract_article(page, doc_id="v")
    got = {
        "published": article.published,
        "weekday": article.dateline.weekday if article.dateline else None,
        "title": article.title,
        "author": article.author,
        "province": article.location.province,
    }
    assert got == want
    for check in article.checks:
        assert check.status == "ok", check.message
