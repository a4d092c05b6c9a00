"""Fault injection for `solieu extract`: each case breaks one thing a long batch must survive.

    python tests/faults.py          # every case, a table: case, records expected and written,
                                    # exit code, the last line on standard error; exit 1 if any fails
    python tests/faults.py nul utf32    # only the cases named

`tests/test_faults.py` runs the same cases under pytest. Inputs are built in a temporary
folder from the seed articles (corpus/samples) and, for the multi-process cases, real news
(`../shared/corpus/news-sample.jsonl.gz`). Every case is bounded in time.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "corpus" / "samples"
NEWS = REPO.parent / "shared" / "corpus" / "news-sample.jsonl.gz"
SOLIEU = Path(sys.executable).with_name("solieu")
LIMIT = 240  # seconds any one run may take


@dataclass
class Outcome:
    """What a case expected and what the run did."""

    expected: int
    written: int
    code: int
    want_code: int
    message: str
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems and self.expected == self.written and self.code == self.want_code


def seed(n: int) -> str:
    return sorted(SAMPLES.glob("*.txt"))[n].read_text(encoding="utf-8")


def jsonl(*rows: dict) -> bytes:
    return b"".join(json.dumps(row, ensure_ascii=False).encode() + b"\n" for row in rows)


def news(n: int) -> bytes:
    """The first `n` articles of the news sample; the case is skipped without ../shared."""
    if not NEWS.exists():
        raise Skip(f"{NEWS} is absent")
    lines = []
    with gzip.open(NEWS, "rb") as fh:
        for line in fh:
            lines.append(line)
            if len(lines) == n:
                break
    return b"".join(lines)


class Skip(Exception):
    """The case needs what this machine lacks."""


def solieu(
    *args: str, cwd: Path, stdout: int = subprocess.DEVNULL, preexec: Callable[[], None] | None = None
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [str(SOLIEU), "extract", *args],
        cwd=cwd,
        stdout=stdout,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=preexec,
    )


def finish(proc: subprocess.Popen[bytes]) -> tuple[int, str]:
    try:
        _, err = proc.communicate(timeout=LIMIT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        _, err = proc.communicate()
        return -1, f"no end after {LIMIT} s"
    return proc.returncode, err.decode("utf-8", "replace")


def records(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def last_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    return lines[-1] if lines else ""


def clean(stderr: str) -> list[str]:
    """Faults are one-line messages: a traceback is a problem."""
    return ["a traceback on standard error"] if "Traceback" in stderr else []


def run(
    folder: Path, inputs: list[str], expected: int, want_code: int = 0, *extra: str, out: str = "out.jsonl"
) -> tuple[Outcome, list[dict], str]:
    code, stderr = finish(solieu(*inputs, "-o", out, "-q", "-j", "1", *extra, cwd=folder))
    got = records(folder / out) if not out.startswith("/") else []
    outcome = Outcome(expected, len(got), code, want_code, last_line(stderr), clean(stderr))
    return outcome, got, stderr


def wait_for(proc: subprocess.Popen[bytes], path: Path, ready: Callable[[bytes], bool]) -> None:
    """Wait until the file being written satisfies `ready`; the run must still be going."""
    deadline = time.monotonic() + LIMIT
    while not (path.exists() and ready(path.read_bytes())):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise AssertionError("the run ended or stalled before the fault could be injected")
        time.sleep(0.05)


def wait_for_lines(proc: subprocess.Popen[bytes], path: Path, lines: int) -> None:
    wait_for(proc, path, lambda text: text.count(b"\n") >= lines)


def children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children") as fh:
        return [int(p) for p in fh.read().split()]


# --- the cases --------------------------------------------------------------------------------


def case_worker_killed(folder: Path) -> Outcome:
    """kill -9 of one worker mid-run, as the OOM killer does: one E008 record, every other line as
    a run nobody disturbed writes it; then the run is killed and --resume carries on exactly."""
    (folder / "news.jsonl").write_bytes(news(400))
    # every stage on every article: a light record takes a millisecond, and the kill must find
    # the worker holding articles, not done with its share
    reference, _, _ = run(folder, ["news.jsonl"], 400, 0, "-j", "2", "--all-topics", out="reference.jsonl")
    want = (folder / "reference.jsonl").read_bytes().splitlines()
    proc = solieu("news.jsonl", "-o", "out.jsonl", "-q", "-j", "2", "--all-topics", cwd=folder)
    wait_for_lines(proc, folder / "out.jsonl.partial", 20)
    os.kill(children(proc.pid)[0], signal.SIGKILL)
    # the lost article's line comes out in input order, up to a read-ahead after the kill: the
    # run is stopped only once it is written, or --resume would simply run that article again
    wait_for(proc, folder / "out.jsonl.partial", lambda text: b'"error":"E008"' in text)
    with contextlib.suppress(ProcessLookupError):  # it may have just finished: --resume then has nothing to do
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()
    code, stderr = finish(
        solieu("news.jsonl", "-o", "out.jsonl", "-q", "-j", "2", "--all-topics", "--resume", cwd=folder)
    )
    got = (folder / "out.jsonl").read_bytes().splitlines() if (folder / "out.jsonl").exists() else []
    problems = clean(stderr) + reference.problems
    lost = [line for line in got if b'"error":"E008"' in line]
    if len(lost) != 1 or b"SIGKILL" not in lost[0]:
        problems.append(f"{len(lost)} E008 records, not one naming SIGKILL")
    if len(got) == len(want) and sum(a != b for a, b in zip(got, want, strict=True)) != len(lost):
        problems.append("lines other than the lost article differ from an undisturbed run")
    return Outcome(400, len(got), code, 0, last_line(stderr), problems)


def case_worker_hangs(folder: Path) -> Outcome:
    """An article past the per-task deadline: its worker is stopped, the article gets E008."""
    (folder / "in.jsonl").write_bytes(
        jsonl({"id": "a", "text": seed(0)}, {"id": "slow", "text": seed(1) * 400}, {"id": "b", "text": seed(2)})
    )
    outcome, got, _ = run(folder, ["in.jsonl"], 3, 0, "-j", "2", "--timeout", "1")
    errors = [r["doc_id"] for r in got if r.get("error") == "E008"]
    if errors != ["slow"] or "no result after" not in got[1]["message"]:
        outcome.problems.append(f"E008 for {errors}, not for the slow article alone")
    return outcome


def warmed_size() -> int:
    """The address space, in bytes, of a process that has loaded what a worker loads: it grows with
    what is installed (underthesea imports numpy when present), so the cap is set above it."""
    code = (
        "import re; from solieu.run import warm; warm(); "
        "print(re.search(r'VmPeak:\\s+(\\d+)', open('/proc/self/status').read()).group(1))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=LIMIT, check=True)
    return int(done.stdout.split()[-1]) * 1024


def case_memory_cap(folder: Path) -> Outcome:
    """A huge article under --max-memory: it fails alone, the others are extracted.

    The cap is a warmed worker's address space plus 48 MB: room for an ordinary article, not for
    one of some 5 MB of text, whose extraction needs over 100 MB more (measured: 2.5 MB of it, 64 MB).
    It gets E007 (a MemoryError the worker caught) or E008 (the worker died of it).
    """
    cap = warmed_size() // 2**20 + 48
    huge = (seed(3) + "\n\n") * 1000
    (folder / "in.jsonl").write_bytes(jsonl({"id": "a", "text": seed(0)}, {"id": "huge", "text": huge}))
    outcome, got, _ = run(folder, ["in.jsonl"], 2, 0, "-j", "2", "--max-memory", f"{cap}M")
    if [r.get("error") is not None for r in got] != [False, True]:
        outcome.problems.append(f"the huge article was not the only error (cap {cap} MB)")
    elif got[1].get("error") not in ("E007", "E008"):
        outcome.problems.append(f"the huge article got {got[1].get('error')}, not E007 or E008")
    return outcome


def _txt_case(folder: Path, data: bytes, code: str | None, text: str | None = None) -> Outcome:
    (folder / "in").mkdir()
    (folder / "in" / "article.txt").write_bytes(data)
    outcome, got, _ = run(folder, ["in"], 1, 0)
    record = got[0] if got else {}
    if "error" in record:
        outcome.problems.append(f"an error record: {record['message']}")
    elif code and code not in [w["code"] for w in record.get("warnings", [])]:
        outcome.problems.append(f"no {code} notice")
    elif text is not None and "\x00" in json.dumps(record):
        outcome.problems.append("NUL characters in the record")
    return outcome


def case_flipped_bytes(folder: Path) -> Outcome:
    """Three flipped bytes in a UTF-8 file: the article is read, W002 counts the damage."""
    data = bytearray(seed(2).encode())
    for at in (300, 900, 1500):
        data[at] ^= 0x40
    return _txt_case(folder, bytes(data), "W002")


def case_inserted_byte(folder: Path) -> Outcome:
    data = seed(2).encode()
    return _txt_case(folder, data[:700] + b"\xff" + data[700:], "W002")


def case_nul_byte(folder: Path) -> Outcome:
    data = seed(1).encode()
    return _txt_case(folder, data[:500] + b"\x00" + data[500:], "W004", text="")


def case_utf16_without_bom(folder: Path) -> Outcome:
    return _txt_case(folder, seed(4).encode("utf-16-le"), None)


def case_utf32_with_bom(folder: Path) -> Outcome:
    return _txt_case(folder, seed(4).encode("utf-32"), None, text="")


def case_output_is_input(folder: Path) -> Outcome:
    """`-o` naming the input, or a link to it: refused before anything is read."""
    data = jsonl({"id": "a", "text": seed(0)})
    (folder / "same.jsonl").write_bytes(data)
    os.link(folder / "same.jsonl", folder / "link.jsonl")
    outcome, _, _ = run(folder, ["same.jsonl"], 0, 2, out="same.jsonl")
    outcome.written = 0
    second, _, _ = run(folder, ["same.jsonl"], 0, 2, out="link.jsonl")
    if (folder / "same.jsonl").read_bytes() != data or second.code != 2:
        outcome.problems.append("the input was touched, or the link was not refused")
    return outcome


def _strange_line(folder: Path, line: bytes, code: str | None) -> Outcome:
    (folder / "in.jsonl").write_bytes(
        jsonl({"id": "a", "text": seed(0)}) + line + b"\n" + jsonl({"id": "b", "text": seed(1)})
    )
    outcome, got, _ = run(folder, ["in.jsonl"], 3, 0)
    middle = got[1] if len(got) == 3 else {}
    if code and middle.get("error") != code and code not in [w["code"] for w in middle.get("warnings", [])]:
        outcome.problems.append(f"the strange line has no {code}")
    return outcome


def case_huge_integer(folder: Path) -> Outcome:
    """A 5,000-digit integer beyond Python's int-string limit, in a field nobody reads."""
    return _strange_line(folder, b'{"id": "big", "text": "x", "views": ' + b"7" * 5000 + b"}", None)


def case_deep_nesting(folder: Path) -> Outcome:
    return _strange_line(folder, b'{"id": "deep", "meta": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "E005")


def case_absurd_number(folder: Path) -> Outcome:
    """A 400-digit number in the text: left out with W005, never `inf` written as null."""
    text = "Huyện mở " + "9" * 400 + " lớp bồi dưỡng cho 30 cán bộ."
    outcome = _strange_line(folder, jsonl({"id": "absurd", "text": text}).strip(), "W005")
    if b"null," in (folder / "out.jsonl").read_bytes().split(b'"value":')[-1][:5]:
        outcome.problems.append("a value written as null")
    done = subprocess.run(
        [str(SOLIEU), "validate", "out.jsonl", "-o", "checked.jsonl"], cwd=folder, capture_output=True, timeout=LIMIT
    )
    if done.returncode != 0:
        outcome.problems.append("solieu validate refuses the output")
    return outcome


def _output_case(folder: Path, out: str, want: int, preexec: Callable[[], None] | None = None) -> Outcome:
    (folder / "in.jsonl").write_bytes(jsonl(*({"id": f"a{i}", "text": seed(i % 5)} for i in range(10))))
    code, stderr = finish(solieu("in.jsonl", "-o", out, "-q", "-j", "1", cwd=folder, preexec=preexec))
    problems = clean(stderr)
    if len(stderr.strip().splitlines()) != 1:
        problems.append("not a one-line message")
    return Outcome(0, 0, code, want, last_line(stderr), problems)


def case_output_read_only(folder: Path) -> Outcome:
    return _output_case(folder, "/sys/out.jsonl", 4)


def case_output_missing_folder(folder: Path) -> Outcome:
    return _output_case(folder, "no/such/folder/out.jsonl", 4)


def case_output_is_a_folder(folder: Path) -> Outcome:
    (folder / "dir").mkdir()
    return _output_case(folder, "dir", 4)


def case_output_disk_full(folder: Path) -> Outcome:
    return _output_case(folder, "/dev/full", 5)


def case_output_file_size_limit(folder: Path) -> Outcome:
    """`ulimit -f`: the write fails (EFBIG), the partial file is kept for --resume."""
    outcome = _output_case(folder, "out.jsonl", 5, lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000)))
    if not (folder / "out.jsonl.partial").exists():
        outcome.problems.append("no out.jsonl.partial to resume")
    return outcome


def case_closed_pipe(folder: Path) -> Outcome:
    """`solieu extract … -o - | head -1`: one line, exit 6, no traceback from anyone."""
    (folder / "in.jsonl").write_bytes(news(200) if NEWS.exists() else jsonl({"id": "a", "text": seed(0)}) * 200)
    proc = solieu("in.jsonl", "-o", "-", "-q", "-j", "2", cwd=folder, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.readline()
    proc.stdout.close()
    code, stderr = finish(proc)
    problems = clean(stderr) + ([] if len(stderr.strip().splitlines()) == 1 else ["not a one-line message"])
    return Outcome(0, 0, code, 6, last_line(stderr), problems)


def case_sigterm(folder: Path) -> Outcome:
    """SIGTERM to the whole job, as a scheduler sends it: exit 143, one line, --resume is exact."""
    (folder / "news.jsonl").write_bytes(news(300))
    run(folder, ["news.jsonl"], 300, 0, "-j", "2", out="reference.jsonl")
    proc = solieu("news.jsonl", "-o", "out.jsonl", "-q", "-j", "2", cwd=folder)
    wait_for_lines(proc, folder / "out.jsonl.partial", 30)
    os.killpg(proc.pid, signal.SIGTERM)
    code, stderr = finish(proc)
    problems = clean(stderr) + ([] if len(stderr.strip().splitlines()) == 1 else ["not a one-line message"])
    again, _ = finish(solieu("news.jsonl", "-o", "out.jsonl", "-q", "-j", "2", "--resume", cwd=folder))
    if again != 0 or (folder / "out.jsonl").read_bytes() != (folder / "reference.jsonl").read_bytes():
        problems.append("--resume did not give the bytes of an undisturbed run")
    return Outcome(300, len(records(folder / "out.jsonl")), code, 143, last_line(stderr), problems)


def case_truncated_gzip(folder: Path) -> Outcome:
    """A .jsonl.gz cut short: what was read is written, an E009 record and a warning, exit 3."""
    whole = gzip.compress(jsonl(*({"id": f"a{i}", "text": seed(i % 5)} for i in range(200))))
    (folder / "in.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    code, stderr = finish(solieu("in.jsonl.gz", "-o", "out.jsonl", "-q", "-j", "1", cwd=folder))
    got = records(folder / "out.jsonl")
    problems = clean(stderr)
    if not got or got[-1].get("error") != "E009" or "ended early" not in stderr:
        problems.append("no E009 record or no warning")
    # the articles read before the cut, plus the E009 record
    expected = sum(1 for r in got if "error" not in r) + 1
    return Outcome(expected, len(got), code, 3, last_line(stderr), problems)


def case_cr_line_ends(folder: Path) -> Outcome:
    """Old-Mac line ends: three articles stay three records."""
    rows = [json.dumps({"id": f"a{i}", "text": seed(i)}, ensure_ascii=False) for i in range(3)]
    (folder / "in.jsonl").write_bytes("\r".join(rows).encode() + b"\r")
    outcome, got, _ = run(folder, ["in.jsonl"], 3, 0)
    if any("error" in r for r in got):
        outcome.problems.append("error records")
    return outcome


def case_duplicate_ids(folder: Path) -> Outcome:
    (folder / "in.jsonl").write_bytes(jsonl(*({"id": "same", "text": seed(i)} for i in range(3))))
    outcome, _, stderr = run(folder, ["in.jsonl"], 3, 0)
    if "2 articles repeat the doc_id" not in stderr:
        outcome.problems.append("the repeated ids are not reported")
    return outcome


def case_impossible_date(folder: Path) -> Outcome:
    (folder / "in.jsonl").write_bytes(jsonl({"id": "a", "text": seed(0), "published": "2024-02-30"}))
    outcome, got, _ = run(folder, ["in.jsonl"], 1, 0)
    record = got[0] if got else {}
    if record.get("published") == "2024-02-30" or "W006" not in [w["code"] for w in record.get("warnings", [])]:
        outcome.problems.append("the impossible date was copied, or no W006")
    return outcome


CASES: dict[str, Callable[[Path], Outcome]] = {
    name.removeprefix("case_").replace("_", "-"): fn for name, fn in dict(globals()).items() if name.startswith("case_")
}


def run_case(name: str) -> Outcome:
    with tempfile.TemporaryDirectory(prefix=f"fault-{name}-") as tmp:
        return CASES[name](Path(tmp))


def main(names: list[str]) -> int:
    rows = []
    for name in names or list(CASES):
        try:
            outcome = run_case(name)
        except Skip as why:
            rows.append((name, "-", "-", "-", f"skipped: {why}", "skip"))
            continue
        status = "ok" if outcome.ok else "FAIL"
        message = "; ".join(outcome.problems) or outcome.message
        rows.append(
            (
                name,
                str(outcome.expected),
                str(outcome.written),
                f"{outcome.code} ({outcome.want_code})",
                message,
                status,
            )
        )
    header = ("case", "expected", "written", "exit (want)", "message", "")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    for row in [header, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True)]
        print("  ".join([row[5].ljust(4), *cells, row[4][:110]]))
    return 0 if all(r[5] != "FAIL" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
