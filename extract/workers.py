"""Worker processes under supervision: a worker that dies or hangs costs one article, not the run.

Each worker gets its tasks through a queue of its own and sends back one finished line per
task, at once, through a pipe of its own. So the parent always knows which article a worker
was on: when a worker exits (the kernel's OOM killer, a native crash, `kill -9`) or keeps one
article past the deadline, that article gets an E008 error record, the articles queued behind
it go to the other workers, and a fresh worker takes its place. Lines come out in input order,
and at most `jobs * AHEAD * BATCH` articles are ever read ahead of the output.

A worker loads the heavy stages itself, when its first article needs them (`solieu.loading`):
it says so (WARMING, then READY), and its deadline waits while it loads. A fresh worker is
warming until its first READY, so a worker that starts slowly (spawned, not forked) loses no
article to the deadline either, and a gated-out first article never waits for any load.

A worker may be given an address-space limit (`--max-memory`): an article that needs more
fails alone (a MemoryError becomes its error record) instead of taking the machine.
"""

from __future__ import annotations

import os
import queue
import resource
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from solieu.errors import describe
from solieu.loading import listen
from solieu.schemas import ArticleError, InputRef
from solieu.write import dumps

Line = tuple[str, bool]  # a finished JSON line, and whether it is an error record
BATCH = 8  # tasks per message to a worker: amortises the round trip
AHEAD = 4  # batches in flight per worker: enough to keep it busy, few enough to bound memory
TIMEOUT = 600.0  # seconds one article may take before its worker is taken for hung
POLL = 1.0  # seconds between looks at the deadlines when nothing arrives
WARMING, READY = "warming", "ready"  # what a worker says, besides its lines, on its pipe


def parse_size(text: str) -> int:
    """A memory size as people write it: bytes, or with K, M, G, T (powers of 1024); 0 is no limit.

    >>> parse_size("2G"), parse_size("512m"), parse_size("1.5GiB"), parse_size("1000")
    (2147483648, 536870912, 1610612736, 1000)
    """
    units = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}
    value = text.strip().upper().removesuffix("IB").removesuffix("B")
    unit = value[-1:] if value[-1:] in units else ""
    number = float(value.removesuffix(unit) if unit else value)
    if number < 0:
        raise ValueError(f"not a size: {text!r}")
    return int(number * units[unit])


def default_memory(jobs: int) -> int:
    """A worker's share of the machine's memory, and at least 1 GiB."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return 0  # unknown: no limit
    return max(1 << 30, total // max(1, jobs))


def lost(task: Any, detail: str) -> Line:
    """The error line of an article whose worker died on it."""
    raw = task.raw
    record = ArticleError(
        doc_id=raw.doc_id, input=InputRef(path=raw.path, line=raw.line), error="E008", message=describe("E008", detail)
    )
    return dumps(record), True


def serve(tasks: Any, results: Connection, run: Callable[[Any], Line], max_memory: int) -> None:
    """A worker's life: run tasks until told to stop or until the parent is gone; never a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if max_memory:
        try:
            resource.setrlimit(resource.RLIMIT_AS, (max_memory, max_memory))
        except (ValueError, OSError):
            pass  # a hard limit already lower: that one holds
    parent = os.getppid()
    try:
        listen(lambda: results.send(WARMING), lambda: results.send(READY))
        results.send(READY)
        while (batch := _next_batch(tasks, parent)) is not None:
            for task in batch:
                try:
                    line = run(task)
                except MemoryError:
                    line = lost(task, f"out of memory: more than the worker's limit of {max_memory >> 20} MiB")
                results.send(line)
    except (EOFError, OSError, KeyboardInterrupt):
        pass  # the parent is gone or closed the pipe: nothing to say, nobody to say it to
    finally:
        results.close()
    os._exit(0)


def _next_batch(tasks: Any, parent: int) -> list[Any] | None:
    """The next batch, or None when told to stop or when the parent is gone."""
    while True:
        try:
            return tasks.get(timeout=POLL)
        except queue.Empty:
            if os.getppid() != parent:
                return None


@dataclass
class _Worker:
    process: Any
    tasks: Any
    results: Connection
    queue: deque[tuple[int, Any]] = field(default_factory=deque)  # (seq, task) sent, not yet answered
    since: float = 0.0  # when the task at the head of the queue began, or the worker was last ready
    warming: bool = True  # loading what it needs (from its start until it says READY): no deadline

    def alive_for(self, now: float) -> float:
        return now - self.since if self.queue and not self.warming else 0.0


class Supervisor:
    """`jobs` worker processes running `run` on tasks, in order, surviving the loss of any of them."""

    def __init__(
        self,
        context: Any,
        jobs: int,
        run: Callable[[Any], Line],
        *,
        max_memory: int = 0,
        timeout: float = TIMEOUT,
        start: Callable[[], None] | None = None,
    ) -> None:
        self._context = context
        self._jobs = jobs
        self._run = run
        self._max_memory = max_memory
        self._timeout = timeout
        self._start = start
        self._workers: list[_Worker] = []
        self.deaths = 0

    def _spawn(self) -> _Worker:
        tasks = self._context.Queue()
        tasks.cancel_join_thread()  # a dead worker's queue must never hold up the exit
        receive, send = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=_worker_main, args=(tasks, send, self._run, self._max_memory, self._start), daemon=True
        )
        process.start()
        send.close()
        worker = _Worker(process, tasks, receive)
        self._workers.append(worker)
        return worker

    def pids(self) -> list[int]:
        """The process ids of the live workers (for tests that kill one)."""
        return [w.process.pid for w in self._workers]

    def run(self, tasks: Iterator[Any]) -> Iterator[Line]:
        """Every task's line, in the order of `tasks`."""
        try:
            yield from self._drive(tasks)
        finally:
            self.close()

    def _drive(self, tasks: Iterator[Any]) -> Iterator[Line]:
        for _ in range(self._jobs):
            self._spawn()
        limit = self._jobs * AHEAD * BATCH  # articles read and not yet written
        retry: deque[tuple[int, Any]] = deque()  # tasks of a dead worker it never began
        done: dict[int, Line] = {}
        read = written = 0
        exhausted = False
        while True:
            # hand out work: retried tasks first, then new ones, while the read-ahead allows
            for worker in sorted(self._workers, key=lambda w: len(w.queue)):
                batch: list[tuple[int, Any]] = []
                while len(worker.queue) + len(batch) < AHEAD * BATCH and len(batch) < BATCH:
                    if retry:
                        batch.append(retry.popleft())
                    elif not exhausted and read - written < limit:
                        task = next(tasks, None)
                        if task is None:
                            exhausted = True
                            break
                        batch.append((read, task))
                        read += 1
                    else:
                        break
                if batch:
                    if not worker.queue:
                        worker.since = time.monotonic()
                    worker.queue.extend(batch)
                    worker.tasks.put([task for _, task in batch])
            while written in done:
                yield done.pop(written)
                written += 1
            if exhausted and not retry and written == read:
                return
            self._collect(done, retry)

    def _collect(self, done: dict[int, Line], retry: deque[tuple[int, Any]]) -> None:
        """Wait for lines; a worker that died or hung loses its current article and is replaced."""
        busy = [w for w in self._workers if w.queue]
        now = time.monotonic()
        wait_for = min([self._timeout - w.alive_for(now) for w in busy] + [POLL])
        ready = set(wait([w.results for w in busy] + [w.process.sentinel for w in busy], max(0.0, wait_for)))
        now = time.monotonic()
        for worker in busy:
            if worker.results in ready:
                self._receive(worker, done)
            dead = worker.process.sentinel in ready or not worker.process.is_alive()
            hung = worker.queue and worker.alive_for(now) > self._timeout
            if dead or hung:
                if hung and not dead:
                    worker.process.kill()
                worker.process.join()
                self._receive(worker, done)  # what it finished before it died still counts
                self._bury(worker, done, retry, hung=bool(hung) and not dead)

    def _receive(self, worker: _Worker, done: dict[int, Line]) -> None:
        try:
            while worker.queue and worker.results.poll():
                line = worker.results.recv()
                if line == WARMING or line == READY:
                    worker.warming = line == WARMING
                    worker.since = time.monotonic()
                    continue
                seq, _ = worker.queue.popleft()
                done[seq] = line
                worker.since = time.monotonic()
        except (EOFError, OSError):
            pass

    def _bury(self, worker: _Worker, done: dict[int, Line], retry: deque[tuple[int, Any]], *, hung: bool) -> None:
        self._workers.remove(worker)
        worker.results.close()
        worker.tasks.close()
        if worker.queue:
            self.deaths += 1
            seq, task = worker.queue.popleft()
            code = worker.process.exitcode
            if hung:
                detail = f"no result after {self._timeout:g} s, the worker was stopped"
            elif code is not None and code < 0:
                detail = f"the worker was killed by signal {signal.Signals(-code).name}"
            else:
                detail = f"the worker exited with code {code}"
            done[seq] = lost(task, detail)
            retry.extendleft(reversed(worker.queue))
            worker.queue.clear()
        self._spawn()

    def close(self) -> None:
        """Stop every worker: asked first, then killed."""
        for worker in self._workers:
            try:
                worker.tasks.put(None)
            except (OSError, ValueError):
                pass
        deadline = time.monotonic() + 2.0
        for worker in self._workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.results.close()
            worker.tasks.close()
        self._workers.clear()


def _worker_main(
    tasks: Any, results: Connection, run: Callable[[Any], Line], max_memory: int, start: Callable[[], None] | None
) -> None:
    if start is not None:
        start()
    serve(tasks, results, run, max_memory)
