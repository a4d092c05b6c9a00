"""Crash safety and `--resume` on real articles from `../shared/corpus/news-sample.jsonl.gz`.

An interrupted run (kill -9 of the whole process group, or Ctrl-C) never leaves a finished
file behind, only OUT.partial with at most a truncated last line; `--resume` cuts that line
off, skips what is written and appends the rest, and the result is byte-identical to a run
that was never interrupted. The input mixes every source of the sample and ends with
VnExpress articles republished under two ids, so a resumed run must still know which
copies it has already seen.
"""

from __future__ import annotations

import gzip
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from solieu.run import run_extract

pytestmark = pytest.mark.slow  # multi-process runs: in the full suite, not the fast loop

REPO = Path(__file__).resolve().parents[1]
NEWS = REPO.parent / "shared" / "corpus" / "news-sample.jsonl.gz"
SOLIEU = Path(sys.executable).with_name("solieu")
# lines of news-sample.jsonl.gz: every 20th line (all sources), then a run of News-mds articles
# with republished copies (e.g. newsmds-cluster_006-2 repeats newsmds-cluster_006-1)
SPREAD = 20
REPUBLISHED = range(19636, 19700)


def corpus_lines() -> list[bytes]:
    """The chosen lines of the sample, in file order; skip without ../shared."""
    if not NEWS.exists():
        pytest.skip(f"{NEWS} is absent: put ../shared beside the checkout to run the corpus tests")
    with gzip.open(NEWS, "rb") as fh:
        return [line for number, line in enumerate(fh, 1) if number % SPREAD == 0 or number in REPUBLISHED]


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("resume") / "news.jsonl"
    path.write_bytes(b"".join(corpus_lines()))
    return path


@pytest.fixture(scope="module")
def reference(news: Path) -> bytes:
    """The output of a run that nobody interrupted, made the way the interrupted runs are: every
    article read whole (`--all-topics`), or light records would end the run before a Ctrl-C."""
    out = news.with_name("reference.jsonl")
    subprocess.run([str(SOLIEU), "extract", str(news), "-o", str(out), "-j", "2", "-q", "--all-topics"], check=True)
    return out.read_bytes()


def start(news: Path, out: Path, stderr: int = subprocess.DEVNULL) -> subprocess.Popen[bytes]:
    """`solieu extract` with two workers, in its own process group like a shell job."""
    cmd = [str(SOLIEU), "extract", str(news), "-o", str(out), "-j", "2", "-q", "--all-topics"]
    # a child inherits an ignored SIGINT (as a shell's background job does), and an earlier test
    # of the suite may leave it ignored: the job started here must take Ctrl-C as a terminal's
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return subprocess.Popen(cmd, stderr=stderr, start_new_session=True)
    finally:
        signal.signal(signal.SIGINT, previous)


def wait_for_bytes(proc: subprocess.Popen[bytes], partial: Path, size: int) -> None:
    """Until the partial output holds `size` bytes: the run is well under way."""
    deadline = time.monotonic() + 300
    while not (partial.exists() and partial.stat().st_size >= size):
        assert proc.poll() is None, "the run ended before it could be interrupted"
        assert time.monotonic() < deadline, "the run wrote nothing in 300 s"
        time.sleep(0.05)


def resume(news: Path, out: Path) -> str:
    """`solieu extract --resume`; its summary line."""
    done = subprocess.run(
        [str(SOLIEU), "extract", str(news), "-o", str(out), "-j", "2", "--resume", "-q", "--all-topics"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stderr.strip().splitlines()[-1]


def test_kill_9_then_resume_is_byte_identical(news: Path, reference: bytes, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    proc = start(news, out)
    wait_for_bytes(proc, partial, len(reference) // 4)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not out.exists(), "a killed run must not leave a finished-looking file"
    left = partial.read_bytes()
    assert 0 < len(left) < len(reference)
    assert reference.startswith(left), "what the killed run wrote is a prefix of the real output"
    summary = resume(news, out)
    assert out.read_bytes() == reference
    assert not partial.exists()
    complete = left.count(b"\n")
    assert f"{complete} already done" in summary


def test_ctrl_c_leaves_only_complete_lines(news: Path, reference: bytes, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    proc = start(news, out, stderr=subprocess.PIPE)
    wait_for_bytes(proc, partial, 1)  # as early as a line is out: the rest of the run must not beat the signal
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal sends the job on Ctrl-C
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr.decode("utf-8", "replace")[-500:]
    assert b"--resume" in stderr.strip().splitlines()[-1]
    assert not out.exists()
    left = partial.read_bytes()
    assert left.endswith(b"\n") and reference.startswith(left)
    resume(news, out)
    assert out.read_bytes() == reference


@pytest.mark.parametrize("cut", [0.3, 0.75])
def test_resume_repairs_a_truncated_last_line(news: Path, reference: bytes, tmp_path: Path, cut: float) -> None:
    """A crash mid-write: complete lines, then half a record, as a kill -9 leaves them."""
    lines = reference.splitlines(keepends=True)
    keep = int(len(lines) * cut)
    out = tmp_path / "out.jsonl"
    out.with_name("out.jsonl.partial").write_bytes(b"".join(lines[:keep]) + lines[keep][: len(lines[keep]) // 2])
    summary = run_extract([str(news)], str(out), jobs=2, resume=True, quiet=True, all_topics=True)
    assert (summary.skipped, summary.articles) == (keep, len(lines) - keep)
    assert out.read_bytes() == reference


def test_resume_keeps_knowing_the_copies_already_written(news: Path, reference: bytes, tmp_path: Path) -> None:
    """The first copy of a republished article is in the old part, its copy in the new part."""
    lines = reference.splitlines(keepends=True)
    cut = next(i for i, line in enumerate(lines) if b'"duplicate_of":"newsmds-' in line)
    out = tmp_path / "out.jsonl"
    out.with_name("out.jsonl.partial").write_bytes(b"".join(lines[:cut]))
    run_extract([str(news)], str(out), jobs=1, resume=True, quiet=True, all_topics=True)
    assert out.read_bytes() == reference


def test_resume_of_a_finished_output_changes_nothing(news: Path, reference: bytes, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(reference)
    summary = run_extract([str(news)], str(out), jobs=2, resume=True, quiet=True, all_topics=True)
    assert (summary.articles, summary.skipped) == (0, reference.count(b"\n"))
    assert out.read_bytes() == reference


def test_resume_refuses_an_output_of_other_input(news: Path, reference: bytes, tmp_path: Path) -> None:
    """A finished output of other articles is left as it was."""
    other = tmp_path / "other.jsonl"
    other.write_bytes(b"".join(news.read_bytes().splitlines(keepends=True)[3:6]))
    out = tmp_path / "out.jsonl"
    out.write_bytes(reference)
    with pytest.raises(SystemExit, match="does not match the input"):
        run_extract([str(other)], str(out), jobs=1, resume=True, quiet=True, all_topics=True)
    assert out.read_bytes() == reference
    assert not out.with_name("out.jsonl.partial").exists()


def test_a_new_run_replaces_a_stale_partial(news: Path, reference: bytes, tmp_path: Path) -> None:
    """Without --resume, leftovers of an old run are not continued."""
    out = tmp_path / "out.jsonl"
    out.with_name("out.jsonl.partial").write_bytes(b'{"doc_id": "stale"}\n{"doc_')
    run_extract([str(news)], str(out), jobs=2, quiet=True, all_topics=True)
    assert out.read_bytes() == reference
