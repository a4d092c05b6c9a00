"""Peak memory of a run's coordinator at a given archive size, on articles made from real ones.

What grows with the archive in `solieu extract` is what the coordinator remembers of every
article read (the copy index, the doc_ids seen); workers hold a bounded number of articles
whatever the size. `coordinator_peak` reads N articles, made by varying the articles of a
corpus file (each round shifts every number, so no article repeats another), and plans them
as `solieu extract` does, in a fresh child process that reports its own peak RSS.
A bench calls it at two sizes: flat memory means the two peaks are within a few percent.
"""

from __future__ import annotations

import gzip
import json
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

from solieu.ingest import InputCount, Ledger, RawArticle, _row
from solieu.spill import LIMIT

_DIGITS = regex.compile(r"[0-9]+")


@dataclass(frozen=True)
class Peak:
    """One measured run of the coordinator."""

    articles: int
    peak_rss_mb: float  # the child's largest resident set (VmHWM)
    seconds: float  # CPU seconds of the child, reading and planning included
    copy_limit: int


def varied_articles(source: Path, n: int) -> Iterator[RawArticle]:
    """`n` articles streamed from a JSONL(.gz) of real articles, read again as often as needed;
    round r adds r to every number of the text and to the id, so each article is new."""
    made = 0
    rounds = 0
    while made < n:
        with gzip.open(source, "rb") if source.name.endswith(".gz") else source.open("rb") as fh:
            for number, line in enumerate(fh, 1):
                if made >= n:
                    return
                row = json.loads(line)
                if not isinstance(row.get("text"), str):
                    continue
                if rounds:
                    row["text"] = _shifted(row["text"], rounds)
                    row["id"] = f"{row.get('id')}~{rounds}"
                made += 1
                yield _row(row, str(source), number, f"{source.name}:{number}")
        rounds += 1


def _shifted(text: str, by: int) -> str:
    """The text with `by` added to each of its numbers.

    >>> _shifted("57 lớp, 4.286 lượt", 2)
    '59 lớp, 6.288 lượt'
    """
    return _DIGITS.sub(lambda m: str(int(m[0]) + by), text)


def coordinator_peak(source: Path, articles: int, *, copy_limit: int = LIMIT) -> Peak:
    """Peak RSS of a fresh process that reads and plans `articles` varied articles of `source`."""
    command = [sys.executable, "-m", "solieu.footprint", str(source), str(articles), str(copy_limit)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"the measuring child failed: {done.stderr.strip()[-500:]}")
    planned, peak_kib, cpu = done.stdout.split()
    return Peak(int(planned), round(int(peak_kib) / 1024, 1), round(float(cpu), 2), copy_limit)


def own_peak_kib() -> int:
    """This process's peak resident set in KiB: VmHWM, which starts afresh at exec, unlike
    ru_maxrss, which keeps the peak of the process forked before it (a large test runner's)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux; no /proc elsewhere


def _plan_only(source: Path, articles: int, copy_limit: int) -> int:
    """What the coordinator does with each article, the extraction left to workers not started."""
    from solieu.run import plan

    ledger = Ledger()
    planned = 0
    for _ in plan(_counted(varied_articles(source, articles), ledger), (), ledger=ledger, copy_limit=copy_limit):
        ledger.written()
        planned += 1
    return planned


def _counted(raws: Iterator[RawArticle], ledger: Ledger) -> Iterator[RawArticle]:
    count = InputCount("varied")
    ledger.inputs.append(count)
    for raw in raws:
        count.lines += 1
        ledger.pending.append(count)
        yield raw


if __name__ == "__main__":
    planned = _plan_only(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
    print(planned, own_peak_kib(), time.process_time())
