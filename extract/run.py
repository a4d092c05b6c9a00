"""Run the pipeline over many inputs: in order, in parallel, resumable, once per article.

The driver reads inputs lazily and decides what each worker gets: an article to extract, or
a republished copy that only needs a record saying what it duplicates. Workers (processes,
or Dask workers) run the same per-article function; results come back in input order, so
the output is byte-identical whatever the number of jobs or the engine.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from extract.ingest import RawArticle, count_inputs, iter_inputs
from extract.pipeline import process
from extract.write import open_output
from schemas import Article, ArticleError, InputRef, RunSummary

_NOT_LETTERS = regex.compile(r"[^\p{L}\p{N}]+")


@dataclass(frozen=True, slots=True)
class Task:
    """What one worker is asked to do for one input."""

    raw: RawArticle
    duplicate_of: str | None = None
    segment_all: bool = False


def text_key(text: str) -> str:
    """Identity of an article's wording: letters and digits only, case folded.

    >>> text_key("Đảng viên,  mới.") == text_key("đảng viên mới")
    True
    """
    import unicodedata

    folded = _NOT_LETTERS.sub("", unicodedata.normalize("NFC", text).casefold())
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=16).hexdigest()


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


def run_batch(tasks: list[Task]) -> list[Article | ArticleError]:
    return [run_task(t) for t in tasks]


def plan(raws: Iterable[RawArticle], done: list[str], *, segment_all: bool = False) -> Iterator[Task]:
    """Tasks for the inputs not yet written; the first copy of a text wins, later ones point to it."""
    seen: dict[str, str] = {}
    raws = iter(raws)
    for expected, raw in zip(done, raws, strict=False):  # the input may be longer than the output
        if raw.text:
            seen.setdefault(text_key(raw.text), raw.doc_id)
        if raw.doc_id != expected:
            raise SystemExit(
                f"solieu: --resume: the output does not match the input (line for {expected!r}, "
                f"input {raw.doc_id!r}); start afresh without --resume"
            )
    for raw in raws:
        first = None
        if raw.text:
            key = text_key(raw.text)
            first = seen.setdefault(key, raw.doc_id)
            if first == raw.doc_id:
                first = None
        yield Task(raw, first, segment_all)


def _local(tasks: Iterator[Task], jobs: int) -> Iterator[Article | ArticleError]:
    if jobs <= 1:
        yield from map(run_task, tasks)
        return
    import multiprocessing

    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with context.Pool(jobs, initializer=_warm) as pool:
        yield from pool.imap(run_task, tasks, chunksize=8)


def _warm() -> None:
    """Load underthesea and compile the patterns once per worker, before the first article."""
    from extract.pipeline import extract_article

    extract_article("Huyện mở 2 lớp cho 60 học viên.", doc_id="warm-up")


def _dask(
    tasks: Iterator[Task], scheduler: str | None, jobs: int, window: int = 2000
) -> Iterator[Article | ArticleError]:
    """The same per-article function on Dask: a bag per window of inputs keeps memory bounded."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        while True:
            chunk = list(itertools.islice(tasks, window))
            if not chunk:
                break
            bag = db.from_sequence(chunk, partition_size=max(1, min(100, len(chunk) // max(1, jobs * 2) or 1)))
            yield from bag.map(run_task).compute(scheduler=client)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


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
    jobs = jobs or os.cpu_count() or 1
    articles = errors = skipped = 0
    with open_output(out, resume=resume) as (writer, done):
        skipped = len(done)
        tasks = plan(iter_inputs(inputs), done, segment_all=segment_all)
        results = _dask(tasks, scheduler, jobs) if engine == "dask" else _local(tasks, jobs)
        bar = _progress(inputs, quiet, skipped)
        for record in results:
            writer.write(record)
            articles += 1
            errors += isinstance(record, ArticleError)
            if bar is not None:
                bar.update(1)
                bar.set_postfix(errors=errors, refresh=False)
        if bar is not None:
            bar.close()
    summary = RunSummary(
        articles=articles, errors=errors, skipped=skipped, seconds=round(time.perf_counter() - started, 3)
    )
    print(
        f"solieu: {summary.articles} articles, {summary.errors} errors, {summary.skipped} already done, "
        f"{summary.seconds:.1f} s",
        file=sys.stderr,
    )
    return summary


def _progress(inputs: list[str], quiet: bool, skipped: int):
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    total = count_inputs(inputs)
    return tqdm(
        total=None if total is None else max(0, total - skipped), unit=" articles", file=sys.stderr, dynamic_ncols=True
    )
