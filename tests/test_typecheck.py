"""mypy on the package as it is imported.

`solieu` is extract/ with patterns/ and schemas/ as its subpackages (pyproject's package-dir),
a mapping mypy cannot read from an editable install, so the test lays out a tree of links with
the installed shape and checks that.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def test_mypy_is_clean(tmp_path: Path) -> None:
    pytest.importorskip("mypy", reason="mypy is a dev dependency: pip install -e '.[dev]'")
    package = tmp_path / "solieu"
    package.mkdir()
    for entry in (REPO / "extract").iterdir():
        if entry.name != "__pycache__":
            (package / entry.name).symlink_to(entry)
    (package / "patterns").symlink_to(REPO / "patterns")
    (package / "schemas").symlink_to(REPO / "schemas")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(REPO / "pyproject.toml"), "-p", "solieu"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
