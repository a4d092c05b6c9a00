"""The review page, opened in a real headless Chromium as a reviewer would: it loads with no
console error, every highlighted span reads exactly its record's text, the mismatch list is what
the records say, and an article holding a script shows it as text and runs nothing."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from solieu.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus" / "samples"
ARTEFACTS = ROOT / "tests" / "artefacts"
HOSTILE = "<script>alert(1)</script>\n\nHuyện mở 57 lớp bồi dưỡng cho 4.286 lượt cán bộ <script>alert(1)</script>.\n"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, object]]]:
    folder = tmp_path_factory.mktemp("report")
    inputs = folder / "in"
    shutil.copytree(SAMPLES, inputs)
    (inputs / "999_hostile.txt").write_text(HOSTILE, encoding="utf-8")
    out = folder / "out.jsonl"
    assert main(["extract", str(inputs), "-o", str(out), "--quiet", "--jobs", "1"]) == 0
    assert main(["report", str(out), "-o", str(folder / "report.html"), "--per-page", "4"]) == 0
    return folder / "report.html", [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is a dev dependency")
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("no browser: install Debian's chromium and chromium-driver (.ci/run does)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    profile = tempfile.mkdtemp(prefix="solieu-chromium-")
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = webdriver.ChromeService(executable_path=driver)
    session = webdriver.Chrome(options=options, service=service)
    session.set_window_size(1280, 1600)
    yield session
    session.quit()
    shutil.rmtree(profile, ignore_errors=True)


def test_the_page_loads_without_console_errors(report, browser) -> None:  # type: ignore[no-untyped-def]
    page, _ = report
    browser.get(page.as_uri())
    ARTEFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTEFACTS / "report.png"))
    assert browser.title.startswith("solieu report")
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
    assert (ARTEFACTS / "report.png").stat().st_size > 10_000


def test_highlighted_spans_read_their_records_text(report, browser) -> None:  # type: ignore[no-untyped-def]
    page, records = report
    seen = 0
    for name in (page, page.with_name("report-2.html")):
        browser.get(name.as_uri())
        marks = browser.execute_script(
            "return [...document.querySelectorAll('mark[data-record]')].map(m => [m.textContent, m.dataset.record])"
        )
        assert [text for text, _ in marks] == [json.loads(record)["text"] for _, record in marks]
        seen += len(marks)
    figures = sum(len(r.get("figures", [])) for r in records)
    assert seen >= figures > 40


def test_the_mismatch_list_is_what_the_records_say(report, browser) -> None:  # type: ignore[no-untyped-def]
    page, records = report
    browser.get(page.as_uri())
    listed = browser.execute_script(
        "return [...document.querySelectorAll('#mismatches li')].map(li => [li.dataset.doc, li.dataset.rule])"
    )
    expected = [[r["doc_id"], c["rule"]] for r in records for c in r.get("checks", []) if c["status"] == "mismatch"]
    assert sorted(listed) == sorted(expected) and len(expected) == 4
    first = browser.execute_script("return document.querySelector('#articles article').dataset.doc")
    assert first in {doc for doc, _ in expected}  # articles with mismatches come first


def test_an_article_with_a_script_runs_none(report, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.common.exceptions import NoAlertPresentException

    page, _ = report
    browser.get(page.with_name("report-2.html").as_uri())
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - reading it is the test: it raises if no alert opened
    assert browser.execute_script("return document.querySelectorAll('script').length") == 1
    assert "<script>alert(1)</script>" in browser.find_element("id", "articles").text
