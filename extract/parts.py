"""`solieu extract INPUT… --engine dask --parts OUTDIR`: the workers read, and write the output.

In the single-writer mode the machine that starts the run reads every input, finds the copies
and writes every line: it feeds a cluster at most about a thousand articles a second. Here it
only cuts the inputs into partitions (stat calls, never a read) and schedules them:

1. partitions: a `.jsonl.gz` or WARC file whole; a plain `.jsonl` cut into byte ranges of
   `--part-size` (a range holds the lines that begin in it); small files (`.txt`, `.html`)
   grouped in their sorted order up to that size. Partition k writes `part-{k:05d}.jsonl`,
   numbered in input order, whatever runs it and whenever;
2. a worker counts the line numbers of each range of a file (line numbers and the
   ids made from them are those of a single-file run);
3. a worker per partition reads it and writes the copy keys of its articles
   (`solieu.copies.keys`: the costly part, hashing every text) to `OUTDIR/.copies/`;
4. one worker decides the copies from the keys, in input order, with the very rule of the
   single-writer mode (`Copies.decide`: the first article wins, a near copy with numbers of its
   own keeps them and names its original). That order is what makes the answer the same: whether
   an article is stored for later ones to copy depends on every decision before it. It costs a
   few lookups an article, with memory bounded by `solieu.spill`; it writes the marks of each
   partition;
5. a worker per partition reads it again, extracts every article with its marks and writes its
   part as `part-k.jsonl.partial`, renamed when whole.

OUTDIR must be a folder every worker can write (a shared file system); the inputs must be
readable from every worker under the same names. The parts together hold, line for line, what a
single-file run writes, in the same order when read in part order.
"""

from __future__ import annotations

import pickle
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from solieu.budget import ARTICLE_TIMEOUT
from solieu.copies import Copies, Seen, keys
from solieu.ingest import (
    FOLDER_SUFFIXES,
    HTML_SUFFIXES,
    InputCount,
    Ledger,
    Passed,
    RawArticle,
    _iter_input,
    count_range_lines,
    is_url,
    jsonl_range,
)
from solieu.spill import LIMIT

PART_SIZE = 64 << 20  # bytes of input per partition: about 17,000 news articles of JSONL
_RANGED = (".jsonl", ".ndjson")  # plain JSONL: cut into byte ranges
_GROUPED = (".txt", *HTML_SUFFIXES)  # one article per file: grouped
COPIES = ".copies"  # the folder of keys and marks inside OUTDIR


@dataclass(frozen=True)
class Partition:
    """What one worker reads: files whole, or one byte range of a plain JSONL file."""

    number: int
    item: str  # the input as named on the command line, for its counts
    files: tuple[str, ...]
    span: tuple[int, int] | None = None  # [start, end) of files[0]
    first_line: int = 1

    @property
    def name(self) -> str:
        return f"part-{self.number:05d}"


def partitions(inputs: list[str], part_size: int = PART_SIZE) -> list[Partition]:
    """Cut the inputs into partitions, in input order, from file names and sizes alone."""
    found: list[Partition] = []
    for item in inputs:
        group: list[str] = []
        grouped = 0
        for file, size in _files(item):
            if file.endswith(_GROUPED) and not is_url(file):
                group.append(file)
                grouped += size
                if grouped >= part_size:
                    found.append(Partition(len(found), item, tuple(group)))
                    group, grouped = [], 0
                continue
            if group:
                found.append(Partition(len(found), item, tuple(group)))
                group, grouped = [], 0
            if file.endswith(_RANGED) and not is_url(file) and size > part_size:
                for start in range(0, size, part_size):
                    span = (start, min(size, start + part_size))
                    found.append(Partition(len(found), item, (file,), span))
            else:
                found.append(Partition(len(found), item, (file,)))
        if group:
            found.append(Partition(len(found), item, tuple(group)))
    return found


def _files(item: str) -> Iterator[tuple[str, int]]:
    """The files an input names, in the order `solieu extract` reads them, with their sizes."""
    path = Path(item)
    if is_url(item) or not path.is_dir():
        yield item, path.stat().st_size if path.is_file() else 0
        return
    for child in sorted(p for p in path.rglob("*") if p.is_file()):
        if not child.name.startswith(".") and child.name.endswith(FOLDER_SUFFIXES):
            yield str(child), child.stat().st_size


def numbered(parts: list[Partition], counts: dict[int, int]) -> list[Partition]:
    """The partitions with the first line number of each range, from the lines of the ones before."""
    out = []
    line = 1
    for part in parts:
        if part.span is not None and part.span[0] == 0:
            line = 1
        out.append(Partition(part.number, part.item, part.files, part.span, line))
        line += counts.get(part.number, 0)
    return out


def articles(part: Partition, count: InputCount | None = None) -> Iterator[RawArticle]:
    """The articles of a partition, in input order; what was read is counted in `count`."""
    if part.span is not None:
        found: Iterator[RawArticle | Passed] = jsonl_range(Path(part.files[0]), *part.span, part.first_line)
    else:
        found = (raw for file in part.files for raw in _iter_input(file))
    for raw in found:
        if count is not None:
            count.saw(raw)
        if isinstance(raw, RawArticle):
            yield raw


def count_lines(part: Partition) -> int:
    """A worker's task: the line numbers a range takes."""
    if part.span is None:
        return 0
    return count_range_lines(Path(part.files[0]), *part.span)


def write_keys(part: Partition, outdir: str) -> int:
    """A worker's task: the copy keys of a partition's articles, in order, to a file."""
    target = Path(outdir, COPIES, f"{part.name}.keys")
    done = 0
    with _replaced(target) as fh:
        for raw in articles(part):
            pickle.dump((raw.doc_id, keys(raw.text) if raw.text else None), fh, protocol=pickle.HIGHEST_PROTOCOL)
            done += 1
    return done


def decide(parts: list[Partition], outdir: str, limit: int = LIMIT, after: Any = None) -> tuple[int, list[str]]:
    """A worker's task: every article's copy marks, in input order, a file of them per partition.

    The repeated doc_ids are counted on the way: how many, and a few examples. `after` holds
    the key tasks, for Dask to run this once they are done.
    """
    from solieu.run import _Ids

    copies, ids = Copies(limit), _Ids(limit)
    try:
        for part in parts:
            marks: dict[int, Seen] = {}
            with Path(outdir, COPIES, f"{part.name}.keys").open("rb") as fh:
                for index, (doc_id, mine) in enumerate(_records(fh)):
                    ids.saw(doc_id)
                    seen = copies.decide(doc_id, mine) if mine is not None else Seen()
                    if seen != Seen():
                        marks[index] = seen
            with _replaced(Path(outdir, COPIES, f"{part.name}.marks")) as out:
                pickle.dump(marks, out, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        copies.close()
        ids.close()
    return ids.repeated, ids.examples


def _records(fh: Any) -> Iterator[tuple[str, Any]]:
    while True:
        try:
            yield pickle.load(fh)
        except EOFError:
            return


@dataclass
class PartResult:
    """What a partition's task reports back: a few numbers, never records."""

    count: InputCount
    errors: int = 0
    skipped: int = 0


def write_part(
    part: Partition,
    outdir: str,
    after: Any = None,
    *,
    resume: bool = False,
    segment_all: bool = False,
    article_timeout: float | None = ARTICLE_TIMEOUT,
    all_topics: bool = False,
) -> PartResult:
    """A worker's task: extract a partition's articles with their marks and write its part
    (`after`: the decision, for Dask to run this once it is done)."""
    from solieu.run import run_line, task_for, warm
    from solieu.write import open_output

    target = Path(outdir, f"{part.name}.jsonl")
    count = InputCount(part.item)
    if resume and target.exists():
        with target.open("rb") as fh:
            return PartResult(count, skipped=sum(1 for _ in fh))
    _warm_once(warm)
    with Path(outdir, COPIES, f"{part.name}.marks").open("rb") as fh:
        marks: dict[int, Seen] = pickle.load(fh)
    errors = 0
    with open_output(str(target), resume=False) as (writer, _):
        for index, raw in enumerate(articles(part, count)):
            seen = marks.get(index, Seen())
            line, is_error = run_line(task_for(raw, seen, segment_all, article_timeout, all_topics))
            writer.write_line(line)
            count.records += 1
            errors += is_error
    return PartResult(count, errors)


_WARMED: list[bool] = []


def _warm_once(warm: Any) -> None:
    """Load the models once per worker process, not once per partition."""
    if not _WARMED:
        warm()
        _WARMED.append(True)


class _replaced:
    """A binary file written as NAME.partial and renamed when whole: a retried task starts clean."""

    def __init__(self, target: Path) -> None:
        self._target = target
        self._partial = target.with_name(target.name + ".partial")

    def __enter__(self) -> Any:
        self._target.parent.mkdir(parents=True, exist_ok=True)
        self._fh = self._partial.open("wb")
        return self._fh

    def __exit__(self, kind: Any, *_: Any) -> None:
        self._fh.close()
        if kind is None:
            self._partial.replace(self._target)


@dataclass
class Coordinator:
    """What the machine that starts the run spent: CPU seconds of its own thread and process."""

    thread_cpu: float = 0.0
    process_cpu: float = 0.0
    parts: int = 0


def run_parts(
    client: Any,
    inputs: list[str],
    outdir: str,
    ledger: Ledger,
    *,
    part_size: int = PART_SIZE,
    resume: bool = False,
    segment_all: bool = False,
    article_timeout: float | None = ARTICLE_TIMEOUT,
    all_topics: bool = False,
    copy_limit: int = LIMIT,
) -> tuple[int, int, int, Coordinator]:
    """Schedule the whole run on a Dask client; (articles, errors, skipped, coordinator's cost).

    The coordinator reads no input and holds no record: it lists files, sends partitions and
    gathers a few numbers per partition.
    """
    thread0, process0 = time.thread_time(), time.process_time()
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    if not resume:
        for old in out.glob("part-*.jsonl*"):
            old.unlink()
    parts = partitions(inputs, part_size)
    ranged = [p for p in parts if p.span is not None]
    if ranged:
        counted = client.gather(client.map(count_lines, ranged, pure=False))
        parts = numbered(parts, {p.number: n for p, n in zip(ranged, counted, strict=True)})
    key_tasks = client.map(write_keys, parts, outdir=outdir, pure=False)
    decided = client.submit(decide, parts, outdir, copy_limit, after=key_tasks, pure=False)
    written = client.map(
        write_part,
        parts,
        outdir=outdir,
        resume=resume,
        segment_all=segment_all,
        article_timeout=article_timeout,
        all_topics=all_topics,
        after=decided,
        pure=False,
    )
    counts: dict[str, InputCount] = {}
    for item in inputs:
        counts[item] = InputCount(item)
        ledger.inputs.append(counts[item])
    results: list[PartResult] = client.gather(written)
    ledger.repeated_ids, ledger.repeated_examples = client.gather(decided)
    shutil.rmtree(out / COPIES, ignore_errors=True)
    articles_written = errors = skipped = 0
    for result in results:
        counts[result.count.name].add(result.count)
        articles_written += result.count.records
        errors += result.errors
        skipped += result.skipped
    cost = Coordinator(time.thread_time() - thread0, time.process_time() - process0, len(parts))
    return articles_written, errors, skipped, cost


def report_cost(cost: Coordinator, articles: int, outdir: str, *, with_scheduler: bool = False) -> None:
    """One line on what the coordinator spent per article, hence the rate it could feed; its
    fixed costs (connecting, listing) are shared by the articles, so a small run reads high."""
    if not articles:
        return
    per = cost.process_cpu / articles
    rate = f"{1 / per:,.0f}" if per else "unbounded"
    scheduler = ", the local cluster's scheduler included" if with_scheduler else ""
    print(
        f"solieu: {cost.parts} parts in {outdir}; the coordinator spent {per * 1e3:.3f} ms CPU per article "
        f"({cost.thread_cpu * 1e3 / articles:.3f} ms in its own thread{scheduler}): it could feed {rate} articles/s",
        file=sys.stderr,
    )
