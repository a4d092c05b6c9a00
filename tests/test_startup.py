"""`solieu --help` and `--version` answer at once: they load neither the rules nor the models.

Timing a start-up in a test would fail on a busy machine and pass on a broken one; what makes
it slow is what it imports, so that is what is checked (`solieu bench` times it).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# what compiles or loads the language, the models or the records: none of it is needed to answer
HEAVY = ("solieu.rules", "solieu.match", "solieu.cues", "solieu.pipeline", "solieu.schemas", "regex", "underthesea")

RUN = """
import json, sys
from solieu.cli import main
try:
    main([{arg!r}])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


@pytest.mark.parametrize("arg", ["--version", "--help"])
def test_the_command_line_answers_without_loading_the_rules(arg: str) -> None:
    done = subprocess.run([sys.executable, "-c", RUN.format(arg=arg)], capture_output=True, text=True, check=True)
    loaded = set(json.loads(done.stderr.strip().splitlines()[-1]))
    assert "solieu.cli" in loaded
    assert sorted(loaded & set(HEAVY)) == []
    if arg == "--version":
        import solieu

        assert done.stdout == f"solieu {solieu.__version__}\n"
    else:
        assert done.stdout.startswith("usage: solieu")
        assert "importlib.metadata" not in loaded


def test_importing_solieu_loads_nothing_until_a_name_is_used() -> None:
    code = (
        "import sys, solieu\n"
        "before = sorted(m for m in sys.modules if m.startswith(('solieu.', 'regex', 'underthesea')))\n"
        "solieu.extract_article\n"
        "print(before, 'solieu.pipeline' in sys.modules)\n"
    )
    assert _stdout(code, prelude="").strip() == "[] True"


def test_an_article_the_gate_keeps_out_loads_neither_the_matcher_nor_the_models() -> None:
    """The first record of general news is often a light one: it waits for no rule of the stages
    after the gate and for no underthesea; an article of the scope loads them."""
    code = (
        "from solieu.pipeline import process\n"
        "process(RawArticle(doc_id='x', path='-', text='Giá vàng hôm nay tăng 200.000 đồng mỗi lượng.'))\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "process(RawArticle(doc_id='y', path='-', text='Huyện mở 57 lớp bồi dưỡng cho 4.286 lượt cán bộ.'))\n"
        "print(sorted(m for m in heavy[:4] if m in sys.modules))\n"
    )
    assert _stdout(code).split("\n")[:2] == ["[]", "['solieu.build', 'solieu.link', 'solieu.match', 'solieu.validate']"]


def test_workers_start_before_the_heavy_stages_load() -> None:
    """With several jobs, the process that forks the workers loads what the gate needs and no
    more: a gated-out first record waits for no worker's load of the matcher or the models."""
    code = (
        "from solieu.run import Task, _local\n"
        "tasks = [Task(RawArticle(doc_id=str(i), path='-', text='Giá vàng hôm nay tăng 200.000 đồng mỗi lượng.'))\n"
        "         for i in range(3)]\n"
        "lines = list(_local(iter(tasks), 2))\n"
        "print(len(lines), sorted(m for m in heavy if m in sys.modules))\n"
    )
    assert _stdout(code).strip() == "3 []"


_PRELUDE = (
    "import sys\n"
    "from solieu.ingest import RawArticle\n"
    "heavy = ('solieu.match', 'solieu.link', 'solieu.build', 'solieu.validate', 'underthesea')\n"
)


def _stdout(code: str, prelude: str = _PRELUDE) -> str:
    """What `code` prints, run in a fresh interpreter after a prelude (by default, naming the heavy modules)."""
    done = subprocess.run([sys.executable, "-c", prelude + code], capture_output=True, text=True, check=True)
    return done.stdout
