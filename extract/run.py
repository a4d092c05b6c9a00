"""Run the pipeline over many inputs: in order, in parallel, resumable, once per article.

The driver reads inputs lazily and decides what each worker gets: an article to extract, or
a republished copy that only needs a record saying what it duplicates. Workers (processes,
or Dask workers) run the same per-article function and send back the finished JSON line;
results come back in input order, so the output is byte-identical whatever the number of
jobs or the engine. Only a bounded number of batches is ever in flight, so memory does not
grow with the input.
"""

from __future__ import annotations

import errno
import itertools
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from solieu.budget import ARTICLE_TIMEOUT
from solieu.copies import Copies, Seen, mark_retold
from solieu.ingest import FOLDER_SUFFIXES, Ledger, RawArticle, count_inputs, is_url, iter_inputs
from solieu.pipeline import process
from solieu.schemas import Article, ArticleError, InputRef, RunSummary
from solieu.spill import LIMIT, Table
from solieu.workers import AHEAD, BATCH, TIMEOUT, Line, Supervisor, default_memory
from solieu.write import OutputError, dumps, open_output, partial_path

__all__ = ["AHEAD", "BATCH", "Line", "Task", "plan", "run_extract", "warm"]
EXIT_REFUSED, EXIT_INPUT_CUT, EXIT_NO_OUTPUT, EXIT_WRITE_FAILED, EXIT_PIPE_CLOSED = 2, 3, 4, 5, 6
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143
_FULL = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EIO}  # writing failed, opening worked


class Terminated(KeyboardInterrupt):
    """SIGTERM: stopped like Ctrl-C, leaving OUT.partial for --resume."""


@dataclass(frozen=True, slots=True)
class Task:
    """What one worker is asked to do for one input."""

    raw: RawArticle
    duplicate_of: str | None = None
    segment_all: bool = False
    near_copy_of: str | None = None
    article_timeout: float | None = ARTICLE_TIMEOUT
    all_topics: bool = False
    retells: str | None = None
    their_numbers: tuple[str, ...] = ()


@dataclass
class Tally:
    """Running totals of a run, current even when it is interrupted."""

    articles: int = 0
    errors: int = 0
    skipped: int = 0


def task_for(raw: RawArticle, seen: Seen, segment_all: bool, article_timeout: float | None, all_topics: bool) -> Task:
    """The task of an article, with what the copy index said of it."""
    return Task(
        raw,
        seen.duplicate_of,
        segment_all,
        seen.near_copy_of,
        article_timeout,
        all_topics,
        seen.retells,
        seen.their_numbers,
    )


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
    record = process(
        raw, segment_all=task.segment_all, article_timeout=task.article_timeout, all_topics=task.all_topics
    )
    if task.retells is not None and isinstance(record, Article):
        record = mark_retold(record, task.retells, task.their_numbers)
    if task.near_copy_of is not None and isinstance(record, Article):
        return record.model_copy(update={"near_copy_of": task.near_copy_of})
    return record


def run_line(task: Task) -> Line:
    """The per-article function, serialised where it ran: a string crosses processes cheaply."""
    record = run_task(task)
    return dumps(record), isinstance(record, ArticleError)


def run_batch(tasks: list[Task]) -> list[Line]:
    """Several articles per message to a worker."""
    return [run_line(t) for t in tasks]


def plan(
    raws: Iterable[RawArticle],
    done: Iterable[str],
    *,
    segment_all: bool = False,
    ledger: Ledger | None = None,
    article_timeout: float | None = ARTICLE_TIMEOUT,
    all_topics: bool = False,
    copy_limit: int = LIMIT,
) -> Iterator[Task]:
    """Tasks for the inputs not yet written; the first copy of a text wins, later ones point to it.

    `done` are the doc_ids already in the output, in order; they must be the first inputs.
    A copy is a later input with the same or nearly the same wording and the same numbers
    (`solieu.copies`); nearly the same wording with other numbers is extracted, `near_copy_of`.
    With a `ledger`, the articles already written are counted and repeated doc_ids noted.
    What is remembered of each article moves to disk past `copy_limit` articles (`solieu.spill`).
    """
    copies = Copies(copy_limit)
    ids = _Ids(copy_limit)
    try:
        yield from _planned(raws, done, copies, ids, segment_all, ledger, article_timeout, all_topics)
    finally:
        copies.close()
        ids.close()


def _planned(
    raws: Iterable[RawArticle],
    done: Iterable[str],
    copies: Copies,
    ids: _Ids,
    segment_all: bool,
    ledger: Ledger | None,
    article_timeout: float | None,
    all_topics: bool,
) -> Iterator[Task]:
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
            copies.seen(raw.doc_id, raw.text)
        if ledger is not None:
            ledger.written()
            ids.saw(raw.doc_id)
    for raw in raws:
        seen = copies.seen(raw.doc_id, raw.text) if raw.text else Seen()
        if ledger is not None:
            ids.saw(raw.doc_id)
            ledger.repeated_ids, ledger.repeated_examples = ids.repeated, ids.examples
        yield task_for(raw, seen, segment_all, article_timeout, all_topics)


class _Ids:
    """Which doc_ids came before, as 64-bit hashes: a repeated id is counted, with a few examples."""

    def __init__(self, limit: int = LIMIT) -> None:
        self._seen = Table(limit)
        self.repeated = 0
        self.examples: list[str] = []

    def saw(self, doc_id: str) -> None:
        if not self._seen.put_new(hash(doc_id), b""):
            self.repeated += 1
            if len(self.examples) < 3:
                self.examples.append(doc_id)

    def close(self) -> None:
        self._seen.close()


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

    Reading the input only as fast as results are written keeps memory bounded.
    """
    pending: deque[_Pending] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        while len(pending) >= limit():
            yield from pending.popleft().get()
    while pending:
        yield from pending.popleft().get()


def _local(
    tasks: Iterator[Task], jobs: int, *, max_memory: int | None = None, timeout: float = TIMEOUT
) -> Iterator[Line]:
    """Worker processes on this machine, supervised (`solieu.workers`); one job runs in this process.

    `max_memory` is each worker's address-space limit in bytes (None: its share of the
    machine, 0: none); `timeout` the seconds one article may take.
    """
    if jobs <= 1:
        yield from map(run_line, tasks)
        return
    import multiprocessing

    from solieu.pipeline import warm_gate

    # Only what every article needs is loaded before the workers start: a worker loads the
    # heavy stages when its first article passes the gate, its deadline paused meanwhile
    # (`solieu.workers`), so the first record never waits for a load it does not need.
    if sys.platform.startswith("linux"):
        warm_gate()  # forked workers share it
        context, start = multiprocessing.get_context("fork"), None
    else:
        context, start = multiprocessing.get_context("spawn"), warm_gate
    memory = default_memory(jobs) if max_memory is None else max_memory
    yield from Supervisor(context, jobs, run_line, max_memory=memory, timeout=timeout, start=start).run(tasks)


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
    with dask_client(scheduler, jobs) as client:
        threads = _cluster_threads(client)

        def submit(chunk: list[Task]) -> _DaskPending:
            return _DaskPending(client.submit(run_batch, chunk, pure=False))

        yield from in_order(batched(tasks, BATCH), submit, lambda: threads() * AHEAD)


@contextmanager
def dask_client(scheduler: str | None, jobs: int) -> Iterator[Any]:
    """A client of the cluster at `scheduler`, or of a local cluster of `jobs` worker processes."""
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        yield client
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
    max_memory: int | None = None,
    timeout: float = TIMEOUT,
    article_timeout: float | None = ARTICLE_TIMEOUT,
    all_topics: bool = False,
    parts: bool = False,
    part_size: int | None = None,
) -> RunSummary:
    """Extract every input article into `out`; print progress and a one-line summary.

    With `parts`, `out` is a folder and the Dask workers read the inputs and write the output
    in parts (`solieu.parts`), partitions of `part_size` bytes of input.
    A fault that stops the run (the output is an input, cannot be written, is closed; Ctrl-C;
    SIGTERM) is one line on standard error and a SystemExit with its exit code.
    """
    started = time.perf_counter()
    jobs = jobs or default_jobs()
    refuse_overwriting_inputs(inputs, out, folder=parts)
    if parts:
        return _run_parts(
            inputs,
            out,
            scheduler=scheduler,
            jobs=jobs,
            resume=resume,
            segment_all=segment_all,
            article_timeout=article_timeout,
            all_topics=all_topics,
            part_size=part_size,
            started=started,
        )
    tally = Tally()
    ledger = Ledger()
    previous = _on_sigterm()
    try:
        _write_all(
            inputs,
            out,
            tally,
            ledger,
            jobs=jobs,
            resume=resume,
            quiet=quiet,
            engine=engine,
            scheduler=scheduler,
            segment_all=segment_all,
            max_memory=max_memory,
            timeout=timeout,
            article_timeout=article_timeout,
            all_topics=all_topics,
        )
    except Terminated:
        _stop(f"terminated after {tally.articles} articles; run again with --resume to carry on", EXIT_TERMINATED)
    except KeyboardInterrupt:
        _stop(f"interrupted after {tally.articles} articles; run again with --resume to carry on", EXIT_INTERRUPTED)
    except OutputError as exc:
        _output_fault(exc, tally)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    summary = _summary(ledger, tally.articles, tally.errors, tally.skipped, started)
    _report(ledger, summary)
    return summary


def _run_parts(
    inputs: list[str],
    outdir: str,
    *,
    scheduler: str | None,
    jobs: int,
    resume: bool,
    segment_all: bool,
    article_timeout: float | None,
    all_topics: bool,
    part_size: int | None,
    started: float,
) -> RunSummary:
    """The cluster mode where workers read: schedule partitions, then report what they wrote."""
    from solieu.parts import PART_SIZE, report_cost, run_parts

    ledger = Ledger()
    try:
        with dask_client(scheduler, jobs) as client:
            written, errors, skipped, cost = run_parts(
                client,
                inputs,
                outdir,
                ledger,
                part_size=part_size or PART_SIZE,
                resume=resume,
                segment_all=segment_all,
                article_timeout=article_timeout,
                all_topics=all_topics,
            )
    except KeyboardInterrupt:
        _stop(f"interrupted; run again with --resume to keep the parts in {outdir} already whole", EXIT_INTERRUPTED)
    except OSError as exc:
        _stop(f"cannot write the parts in {outdir}: {exc}", EXIT_NO_OUTPUT)
    except Exception as exc:  # a task's own error, raised again here by Dask
        failed = f"{type(exc).__name__}: {exc}"
        _stop(f"a partition failed ({failed}); --resume keeps the parts already whole", EXIT_WRITE_FAILED)
    summary = _summary(ledger, written, errors, skipped, started)
    report_cost(cost, written + skipped, outdir, with_scheduler=scheduler is None)
    _report(ledger, summary)
    return summary


def _summary(ledger: Ledger, articles: int, errors: int, skipped: int, started: float) -> RunSummary:
    """What a run did, whichever way its articles were written."""
    return RunSummary(
        articles=articles,
        errors=errors,
        skipped=skipped,
        seconds=round(time.perf_counter() - started, 3),
        ended_early=sum(count.ended_early is not None for count in ledger.inputs),
    )


def _report(ledger: Ledger, summary: RunSummary) -> None:
    """Warnings for counted losses, what each input gave, then the summary line (always last)."""
    for count in ledger.inputs:
        if count.ended_early:
            print(
                f"solieu: warning: {count.name} ended early, after {count.read()}: the articles after that are "
                f"missing ({count.ended_early})",
                file=sys.stderr,
            )
    if ledger.repeated_ids:
        examples = ", ".join(repr(doc_id) for doc_id in ledger.repeated_examples)
        print(
            f"solieu: warning: {ledger.repeated_ids} articles repeat the doc_id of an earlier one (e.g. {examples})",
            file=sys.stderr,
        )
    read = [f"{count.name}: {count.read()} read, {count.records} records" for count in ledger.inputs]
    if len(read) > 1:
        for line in read:
            print(f"solieu: {line}", file=sys.stderr)
    print(
        f"solieu: {summary.articles} articles, {summary.errors} errors, {summary.skipped} already done, "
        f"{summary.seconds:.1f} s" + (f" ({read[0]})" if len(read) == 1 else ""),
        file=sys.stderr,
    )


def _stop(message: str, code: int) -> None:
    print(f"solieu: {message}", file=sys.stderr)
    raise SystemExit(code) from None


def _on_sigterm() -> Any:
    """SIGTERM stops the run as Ctrl-C does; the handler it replaces (None off the main thread)."""

    def terminated(signum: int, frame: Any) -> None:
        raise Terminated

    try:
        return signal.signal(signal.SIGTERM, terminated)
    except ValueError:  # not the main thread: signals are not ours to handle
        return None


def _output_fault(exc: OutputError, tally: Tally) -> None:
    """One line that says what happened to the output, and the exit code that tells it apart."""
    error = exc.error
    partial = partial_path(Path(exc.out))
    kept = (
        f"; {partial} is kept: run again with --resume once it is fixed" if exc.out != "-" and partial.exists() else ""
    )
    if isinstance(error, BrokenPipeError) or error.errno == errno.EPIPE:
        if exc.out == "-":
            _silence_stdout()
        _stop(f"the output was closed by its reader after {tally.articles} articles{kept}", EXIT_PIPE_CLOSED)
    if error.errno in _FULL:
        _stop(f"cannot write {exc} after {tally.articles} articles{kept}", EXIT_WRITE_FAILED)
    _stop(f"cannot open the output {exc}", EXIT_NO_OUTPUT)


def _silence_stdout() -> None:
    """A closed standard output: no second BrokenPipeError when Python flushes it at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def refuse_overwriting_inputs(inputs: list[str], out: str, *, folder: bool = False) -> None:
    """Stop, before anything is read or written, when the output is one of the inputs.

    The same path, the same file under another name (a link: same inode), or a file that an
    input folder would read. An output `folder` of parts may not lie in an input folder, whose
    reading would take the parts (`.jsonl`) for input.
    """
    if out == "-":
        return
    target = Path(out) / "part-00000.jsonl" if folder else Path(out)
    for item in inputs:
        if item == "-" or is_url(item):
            continue
        path = Path(item)
        clash = False
        if path.is_dir():
            inside = target.resolve().is_relative_to(path.resolve())
            clash = inside and target.name.endswith(FOLDER_SUFFIXES) and not target.name.startswith(".")
        elif path.exists():
            clash = (
                any(other.exists() and os.path.samefile(path, other) for other in (target, partial_path(target)))
                or path.resolve() == target.resolve()
            )
        if clash:
            _stop(
                f"the output {out} is also an input ({item}): writing it would destroy what is read; choose another "
                + ("--parts folder" if folder else "-o"),
                EXIT_REFUSED,
            )


def _write_all(
    inputs: list[str],
    out: str,
    tally: Tally,
    ledger: Ledger,
    *,
    jobs: int,
    resume: bool,
    quiet: bool,
    engine: str,
    scheduler: str | None,
    segment_all: bool,
    max_memory: int | None,
    timeout: float,
    article_timeout: float | None = ARTICLE_TIMEOUT,
    all_topics: bool = False,
) -> None:
    """Plan, run and write every article, keeping `tally` and `ledger` current."""
    with open_output(out, resume=resume) as (writer, done):
        tally.skipped = len(done)
        tasks = plan(
            iter_inputs(inputs, ledger),
            done,
            segment_all=segment_all,
            ledger=ledger,
            article_timeout=article_timeout,
            all_topics=all_topics,
        )
        if engine == "dask":
            results = _dask(tasks, scheduler, jobs)
        else:
            results = _local(tasks, jobs, max_memory=max_memory, timeout=timeout)
        bar = _progress(inputs, quiet, tally.skipped)
        try:
            for line, is_error in results:
                writer.write_line(line)
                ledger.written()
                tally.articles += 1
                tally.errors += is_error
                if bar is not None:
                    bar.update(1)
                    if is_error:
                        bar.set_postfix(errors=tally.errors, refresh=False)
        finally:
            if bar is not None:
                bar.close()
            if hasattr(results, "close"):
                results.close()  # stop the workers now, before the output is renamed


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
