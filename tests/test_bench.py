"""`solieu bench` compares like with like: every configuration on the same articles, in rounds.

The seed articles (corpus/samples) make a tiny bench; what is checked is the shape of the
report and the pairing, never a speed (the machine running the tests may be busy).
"""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest

from solieu.bench import CONFIGS, NAIVE, ceiling_pattern, paired_cpu
from solieu.ingest import iter_inputs
from solieu.pipeline import extract_article

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "corpus" / "samples"
GATE = "all_topics" in inspect.signature(extract_article).parameters


def test_the_ceiling_finds_numbers_before_counted_nouns() -> None:
    """On a seed article: the counts of cadres, classes and learners, and nothing else (not the
    years, dates or document numbers the article also holds)."""
    text = (SAMPLES / "002_4dc4aa349e1d8d70.txt").read_text(encoding="utf-8")
    found = [m.group() for m in ceiling_pattern().finditer(text)]
    assert found == [
        "3 xã",
        "33 cán bộ công chức",
        "478 CBCC",
        "478 CBCC",
        "478 CBCC",
        "190 lớp bồi dưỡng",
        "12.500 học viên",
    ]


@pytest.mark.slow
def test_paired_configurations_see_the_same_articles_in_the_same_rounds() -> None:
    articles = list(iter_inputs([str(SAMPLES)]))
    lines = paired_cpu(articles, CONFIGS, rounds=2)
    by_key = {line.key: line for line in lines}
    assert list(by_key) == [c.key for c in CONFIGS]
    assert by_key["all_topics"].available is GATE
    live = [line for line in lines if line.available]
    ids = sorted(a.doc_id for a in articles)
    for line in live:
        assert sorted(line.ids) == ids, line.key
        assert line.ids == live[0].ids, line.key  # the same articles, round by round
        assert len(line.ms) == 2 and all(ms > 0 for ms in line.ms), line.key
    assert by_key[NAIVE].vs_naive == [1.0, 1.0]


@pytest.mark.slow
def test_a_tiny_bench_reports_every_section(tmp_path: Path) -> None:
    source = tmp_path / "seeds.jsonl"
    rows = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(SAMPLES.glob("*.txt"))]
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    report_path = tmp_path / "bench.json"
    tiny = ["--articles", "4", "--rounds", "2", "--jobs-articles", "4", "--job-rounds", "2", "--memory-articles", "3"]
    sections = ["--sections", "cpu,jobs,memory,startup", "--json", str(report_path)]
    done = subprocess.run(
        [sys.executable, "-m", "solieu.cli", "bench", str(source), *tiny, *sections],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(report_path.read_text(encoding="utf-8"))
    (cpu,) = report["cpu"]
    lines = {line["config"]: line for line in cpu["lines"]}
    assert list(lines) == [c.key for c in CONFIGS]
    live = [line for line in lines.values() if line["available"]]
    assert all(line["ids"] == live[0]["ids"] and len(line["ids"]) == 4 for line in live)
    assert all(len(line["per_round_ms"]) == 2 for line in live)
    assert 0 < cpu["gate_passes"] <= 4  # the seeds are of the scope
    assert ("n/a" in done.stdout) is not GATE
    assert len(report["jobs"]["seconds"]["1"]) == len(report["jobs"]["seconds"]["2"]) == 2
    assert all(cpu > 0 for cpu in report["jobs"]["cpu_seconds"]["2"])  # the workers' CPU counts too
    assert report["jobs"]["identical"] is True
    # the work after start-up: the second half of the records, CPU less that of the first article alone
    assert all(len(report["jobs"][key]["2"]) == 2 for key in ("steady_seconds", "cpu_ms_per_article"))
    assert all(cpu > 0 for cpu in report["jobs"]["startup_cpu_seconds"]["1"])
    assert [run["articles"] for run in report["memory"]["runs"]] == [3, 15]
    assert all(run["peak_rss_mb"] > 50 for run in report["memory"]["runs"])  # the models alone
    assert set(report["startup"]) == {"help", "version", "first_record_1_job", "first_record_all_cores"}
    assert "targets:" in done.stdout and "speed-up of 2 jobs after start-up" in done.stdout


def test_the_copy_index_is_empty_when_the_clock_starts() -> None:
    """The warm-up runs the seed articles through every configuration; the copy index of
    'with_copies' must not keep them, or the timed rounds would look up copies of texts the
    index already holds (a cheaper path than a real run takes)."""
    from solieu.bench import _warm_up, _with_copies

    articles = [a for a in iter_inputs([str(SAMPLES)]) if a.text][:2]
    runner = _with_copies()
    if runner is None:
        pytest.skip("the pipeline is not importable")
    _warm_up({"with_copies": runner}, articles)
    assert runner.copies.seen("again", articles[0].text).duplicate_of is None  # type: ignore[attr-defined]
