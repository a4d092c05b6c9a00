"""Run the pipeline over many inputs: in order, in parallel, resumable, once per article.

The driver reads inputs lazily and decides what each worker gets: an article to extract, or
a republished copy that only needs a record saying what it duplicates. Workers (processes,
or Dask workers) run the same per-article function and send back the finished JSON line;
results come back in input order, so the output is byte-identical whatever the number of
jobs or the engine. Only a bounded number of batches is ever in flight, so memory does not
grow with the input.
"""

from __future__ import annotations

import itertools
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from solieu.copies import Copies
from solieu.ingest import RawArticle, count_inputs, iter_inputs
from solieu.pipeline import process
from solieu.schemas import Article, ArticleError, InputRef, RunSummary
from solieu.write import dumps, open_output

BATCH = 8  # articles per message to a worker: amortises the round trip, keeps the first line early
AHEAD = 4  # batches in flight per worker: enough to keep it busy, few enough to bound memory
Line = tuple[str, bool]  # a finished JSON line, and whether it is an error record


@dataclass(frozen=True, slots=True)
class Task:
    """What one worker is asked to do for one input."""

    raw: RawArticle
    duplicate_of: str | None = None
    segment_all: bool = False


@dataclass
class Tally:
    """Running totals of a run, current even when it is interrupted."""

    articles: int = 0
    errors: int = 0
    skipped: int = 0


def run_task(task: Task) -> Article | ArticleError:
    """The per-article function every engine runs."""
    raw = task.raw
    if task.duplicate_of is not None:
        return Article(
            doc_id=raw.doc_id,
            input=InputRef(path=raw.path, line=raw.line),
            title=raw.title,
            url=raw.url,
            published=raw.published[:10] if raw.published else None,
            duplicate_of=task.duplicate_of,
        )
    return process(raw, segment_all=task.segment_all)


def run_line(task: Task) -> Line:
    """The per-article function, serialised where it ran: a string crosses processes cheaply."""
    record = run_task(task)
    return dumps(record), isinstance(record, ArticleError)


def run_batch(tasks: list[Task]) -> list[Line]:
    """Several articles per message to a worker."""
    return [run_line(t) for t in tasks]


def plan(raws: Iterable[RawArticle], done: Iterable[str], *, segment_all: bool = False) -> Iterator[Task]:
    """Tasks for the inputs not yet written; the first copy of a text wins, later ones point to it.

    `done` are the doc_ids already in the output, in order; they must be the first inputs.
    A copy is a later input with the same or nearly the same wording (`solieu.copies`).
    """
    copies = Copies()
    raws = iter(raws)
    for expected in done:
        raw = next(raws, None)
        if raw is None or raw.doc_id != expected:
            found = "nothing" if raw is None else repr(raw.doc_id)
            raise SystemExit(
                f"solieu: --resume: the output does not match the input (line for {expected!r}, "
                f"input {found}); start afresh without --resume"
            )
        if raw.text:
            copies.first(raw.doc_id, raw.text)
    for raw in raws:
        first = copies.first(raw.doc_id, raw.text) if raw.text else None
        yield Task(raw, first, segment_all)


def batched(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    """Consecutive lists of `size` tasks (the last may be shorter)."""
    it = iter(tasks)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


class _Pending(Protocol):
    def get(self) -> list[Line]: ...


def in_order(
    chunks: Iterable[list[Task]], submit: Callable[[list[Task]], _Pending], limit: Callable[[], int]
) -> Iterator[Line]:
    """Submit batches, at most `limit()` unfinished at a time, and yield their lines in input order.

    Reading the input only as fast as results are written keeps memory bounded (a plain
    `Pool.imap` reads the whole input ahead into its queue).
    """
    pending: deque[_Pending] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        while len(pending) >= limit():
            yield from pending.popleft().get()
    while pending:
        yield from pending.popleft().get()


def _local(tasks: Iterator[Task], jobs: int) -> Iterator[Line]:
    """Worker processes on this machine; one job runs in this process."""
    if jobs <= 1:
        yield from map(run_line, tasks)
        return
    import multiprocessing

    if sys.platform.startswith("linux"):
        warm()  # forked workers inherit the loaded models instead of each loading its own
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_worker_start) as pool:
        yield from in_order(
            batched(tasks, BATCH), lambda chunk: pool.apply_async(run_batch, (chunk,)), lambda: jobs * AHEAD
        )


def _worker_start() -> None:
    """A worker leaves Ctrl-C to the parent, which says how to resume; then it warms up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm()


def warm() -> None:
    """Load underthesea, the gazetteer and the compiled patterns once per process, not per article."""
    from solieu.pipeline import extract_article
    from solieu.segment import warm_up_text

    extract_article(warm_up_text(), doc_id="warm-up")


class _DaskPending:
    """A Dask future with the `get` of a multiprocessing result."""

    def __init__(self, future: Any) -> None:
        self._future = future

    def get(self) -> list[Line]:
        return self._future.result()


def _dask(tasks: Iterator[Task], scheduler: str | None, jobs: int) -> Iterator[Line]:
    """The same per-article function on Dask workers: an existing cluster, or a local one."""
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        threads = _cluster_threads(client)

        def submit(chunk: list[Task]) -> _DaskPending:
            return _DaskPending(client.submit(run_batch, chunk, pure=False))

        yield from in_order(batched(tasks, BATCH), submit, lambda: threads() * AHEAD)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _cluster_threads(client: Any, every: float = 5.0) -> Callable[[], int]:
    """Worker threads of a Dask cluster, asked again every few seconds: workers come and go."""
    asked = {"at": -every, "threads": 1}

    def threads() -> int:
        now = time.monotonic()
        if now - asked["at"] >= every:
            asked["threads"] = max(1, sum(client.nthreads().values()))
            asked["at"] = now
        return int(asked["threads"])

    return threads


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_extract(
    inputs: list[str],
    out: str,
    *,
    jobs: int | None = None,
    resume: bool = False,
    quiet: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    segment_all: bool = False,
) -> RunSummary:
    """Extract every input article into `out`; print progress and a one-line summary."""
    started = time.perf_counter()
    jobs = jobs or default_jobs()
    tally = Tally()
    try:
        _write_all(
            inputs,
            out,
            tally,
            jobs=jobs,
            resume=resume,
            quiet=quiet,
            engine=engine,
            scheduler=scheduler,
            segment_all=segment_all,
        )
    except KeyboardInterrupt:
        print(
            f"solieu: interrupted after {tally.articles} articles; run again with --resume to carry on", file=sys.stderr
        )
        raise SystemExit(130) from None
    summary = RunSummary(
        articles=tally.articles,
        errors=tally.errors,
        skipped=tally.skipped,
        seconds=round(time.perf_counter() - started, 3),
    )
    print(
        f"solieu: {summary.articles} articles, {summary.errors} errors, {summary.skipped} already done, "
        f"{summary.seconds:.1f} s",
        file=sys.stderr,
    )
    return summary


def _write_all(
    inputs: list[str],
    out: str,
    tally: Tally,
    *,
    jobs: int,
    resume: bool,
    quiet: bool,
    engine: str,
    scheduler: str | None,
    segment_all: bool,
) -> None:
    """Plan, run and write every article, keeping `tally` current."""
    with open_output(out, resume=resume) as (writer, done):
        tally.skipped = len(done)
        tasks = plan(iter_inputs(inputs), done, segment_all=segment_all)
        results = _dask(tasks, scheduler, jobs) if engine == "dask" else _local(tasks, jobs)
        bar = _progress(inputs, quiet, tally.skipped)
        try:
            for line, is_error in results:
                writer.write_line(line)
                tally.articles += 1
                tally.errors += is_error
                if bar is not None:
                    bar.update(1)
                    if is_error:
                        bar.set_postfix(errors=tally.errors, refresh=False)
        finally:
            if bar is not None:
                bar.close()


def _progress(inputs: list[str], quiet: bool, skipped: int) -> Any:
    """A tqdm bar on a terminal (rate, errors, ETA when the total is known); None otherwise."""
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    total = count_inputs(inputs)
    bar = tqdm(
        total=None if total is None else max(0, total - skipped), unit=" articles", file=sys.stderr, dynamic_ncols=True
    )
    bar.set_postfix(errors=0, refresh=False)
    return bar
