"""The library surface: one importable name, `solieu`, and the verbs the README shows."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import solieu
from solieu.write import dumps

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "corpus" / "samples"


def test_extract_many_gives_the_records_of_the_command(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    subprocess.run(
        [sys.executable, "-m", "solieu.cli", "extract", str(SAMPLES), "-o", str(out), "-q", "-j", "1"], check=True
    )
    records = list(solieu.extract_many([str(SAMPLES)]))
    assert [dumps(r) for r in records] == out.read_text(encoding="utf-8").splitlines()


def test_extract_many_reports_a_missing_file_and_goes_on(tmp_path: Path) -> None:
    records = list(solieu.extract_many([str(tmp_path / "missing.txt"), str(SAMPLES / "000_22982894cf31887f.txt")]))
    assert [type(r).__name__ for r in records] == ["ArticleError", "Article"]


def test_the_readme_example_runs_from_another_folder(tmp_path: Path) -> None:
    """A researcher's own `extract.py` or `schemas.py` in the working folder shadows nothing."""
    (tmp_path / "extract.py").write_text("raise SystemExit('the wrong extract')\n")
    (tmp_path / "schemas.py").write_text("raise SystemExit('the wrong schemas')\n")
    code = (
        "import solieu\n"
        "a = solieu.extract_article('Huyện mở 57 lớp bồi dưỡng cho 4.286 lượt cán bộ.', doc_id='x')\n"
        "print([(f.kind, f.value) for f in a.figures])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[('classes', 57.0), ('learners', 4286.0)]"


@pytest.mark.slow
def test_the_wheel_installs_one_top_level_package(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(REPO)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("solieu-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"solieu"}
    assert "solieu/patterns/vocabulary.toml" in names and "solieu/patterns/cues/ordinals.toml" in names
    assert "solieu/schemas/article.schema.json" in names
