"""`solieu bench`: what the pipeline costs, measured so that two numbers can be compared.

A machine shared with other work drifts: a configuration timed a minute after another is
slowed by whatever ran in that minute. So every comparison is paired:

- CPU per article: every configuration of `CONFIGS` runs in this process on the same articles,
  in rounds: each round is a slice of the articles, and every configuration runs that slice in
  turn (ABC, then CBA, …), timed with `time.process_time` after a warm-up that loads the models
  and compiles the rules. The median over rounds and its spread are printed, and the ratio to
  the naive pipeline is taken round by round, each round's pair on the same articles.
- one job against two: `solieu extract` on the same input with `--jobs 1` and `--jobs 2`,
  alternately, a few rounds, wall time from start to exit; the outputs must be byte-identical.
- peak memory: `solieu extract` in a child process on N and 5×N articles (real articles cycled,
  each copy with its own id), the peak RSS of its largest process (`wait4`).
- start-up: `solieu --help`, `solieu --version`, and the first record of `solieu extract`.
- bytes out per byte in, on the corpora and on generated table-like text (`--only-size` alone).
"""

from __future__ import annotations

import argparse
import gc
import gzip
import inspect
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from io import BufferedReader
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from solieu.ingest import RawArticle

SCAN_FILES = ("figures.toml", "masks.toml", "ratios.toml", "documents.toml", "periods.toml")
SAMPLE = "news-sample.jsonl.gz"
TOPICS = "news-topic*.jsonl.gz"
SECTIONS = ("cpu", "jobs", "memory", "startup", "size")
NAIVE = "naive"  # the configuration every other is compared to

Runner = Callable[["RawArticle"], object]
Target = tuple[str, bool, str]


# --- the configurations compared article by article ------------------------------------------


@dataclass(frozen=True)
class Config:
    """One way to process an article; `make` returns None when this solieu cannot run it."""

    key: str
    label: str
    make: Callable[[], Runner | None]


def _pipeline(**keywords: Any) -> Runner | None:
    """What a worker of `solieu extract` does for one article (`process`, then its JSON line)
    with the given keywords, or None when `process` does not take one of them."""
    from solieu.pipeline import process
    from solieu.write import dumps

    if not set(keywords) <= set(inspect.signature(process).parameters):
        return None

    def run(raw: RawArticle) -> object:
        return dumps(process(raw, **keywords))

    return run


class _WithCopies:
    """What `solieu extract` with one job does for an article: the pipeline, and before it the copy
    index (hashing the text and looking it up), which with several jobs the parent process does."""

    def __init__(self, pipeline: Runner) -> None:
        self.pipeline = pipeline
        self.forget()

    def __call__(self, raw: RawArticle) -> object:
        if raw.text:
            self.copies.seen(raw.doc_id, raw.text)
        return self.pipeline(raw)

    def forget(self) -> None:
        """A new, empty index: the timed articles are not found as copies of the warm-up's."""
        from solieu.copies import Copies

        self.copies = Copies()


def _with_copies() -> Runner | None:
    pipeline = _pipeline()
    return None if pipeline is None else _WithCopies(pipeline)


def ceiling_pattern() -> Any:
    """The cheapest search that could find candidate figures: a number, in digits or words,
    before a counted noun of any class in the registry. No pipeline can be faster than this."""
    from solieu.rules import GROUPS, compile_pattern, noun_classes

    nouns = "|".join(f"{{{{n_{name}}}}}" for name in noun_classes() if f"n_{name}" in GROUPS)
    return compile_pattern(r"(?<![\p{L}\d])(?:\d[\d.,]*|{{number_word}})\s+(?:" + nouns + r")(?![\p{L}])")


def _ceiling() -> Runner:
    pattern = ceiling_pattern()

    def run(raw: RawArticle) -> object:
        return sum(1 for _ in pattern.finditer(raw.text or ""))

    return run


# One line per configuration; a new one (another switch of `extract_article`) is one entry.
CONFIGS: tuple[Config, ...] = (
    Config("pipeline", "pipeline (topic gate on)", _pipeline),
    Config("with_copies", "pipeline + copy index (-j 1)", _with_copies),
    Config("all_topics", "pipeline --all-topics", lambda: _pipeline(all_topics=True)),
    Config(NAIVE, "naive: segment every sentence", lambda: _pipeline(segment_all=True, all_topics=True)),
    Config("ceiling", "ceiling: one regex scan", _ceiling),
)


@dataclass
class Spread:
    """The median of some measurements and their extremes."""

    median: float
    low: float
    high: float

    @classmethod
    def of(cls, values: list[float]) -> Spread:
        return cls(statistics.median(values), min(values), max(values)) if values else cls(0.0, 0.0, 0.0)

    def show(self, fmt: str) -> str:
        return f"{self.median:{fmt}} [{self.low:{fmt}}–{self.high:{fmt}}]"


@dataclass
class Line:
    """One configuration on one input: CPU ms per article in each round, and the ids it saw."""

    key: str
    label: str
    available: bool
    ms: list[float] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    vs_naive: list[float] = field(default_factory=list)  # naive's ms / this ms, round by round

    def report(self) -> dict[str, Any]:
        return {
            "config": self.key,
            "label": self.label,
            "available": self.available,
            "ms_per_article": Spread.of(self.ms).__dict__ if self.available else None,
            "per_round_ms": self.ms,
            "vs_naive": Spread.of(self.vs_naive).__dict__ if self.vs_naive else None,
            "ids": self.ids,
        }


def paired_cpu(articles: list[RawArticle], configs: tuple[Config, ...], rounds: int) -> list[Line]:
    """CPU ms per article of every configuration, in rounds over the same articles.

    Round r of K holds articles r, r + K, r + 2K … (so each holds the mix of the sample); the
    configurations run it one after the other, in reverse order on odd rounds, so a slow
    minute of the machine falls on all of them. Per-article caches are emptied before each
    run, so no configuration reuses what another computed on the same text.
    """
    lines = []
    runners: dict[str, Runner] = {}
    for config in configs:
        runner = config.make()
        lines.append(Line(config.key, config.label, runner is not None))
        if runner is not None:
            runners[config.key] = runner
    _warm_up(runners, articles[:2])
    rounds = max(1, min(rounds, len(articles)))
    live = [line for line in lines if line.available]
    for r in range(rounds):
        chunk = articles[r::rounds]
        for line in live if r % 2 == 0 else live[::-1]:
            run = runners[line.key]
            _forget_articles()
            gc.collect()
            started = time.process_time()
            for raw in chunk:
                run(raw)
            line.ms.append(1000 * (time.process_time() - started) / len(chunk))
            line.ids.extend(raw.doc_id for raw in chunk)
    naive = next((line for line in live if line.key == NAIVE), None)
    for line in live:
        if naive is not None:
            line.vs_naive = [n / m if m else 0.0 for n, m in zip(naive.ms, line.ms, strict=True)]
    return lines


def gate_passes(articles: list[RawArticle]) -> int:
    """How many of the articles the topic gate lets through: the share that pays for every stage."""
    from solieu.gate import gate
    from solieu.layout import read_layout
    from solieu.normalise import normalise

    passed = 0
    for raw in articles:
        text = normalise(raw.text or "").text
        passed += gate(text, read_layout(text, title=raw.title).extracted()) is None
    return passed


def _warm_up(runners: dict[str, Runner], articles: list[RawArticle]) -> None:
    """Load the models and compile the rules before any clock starts."""
    from solieu.ingest import RawArticle
    from solieu.segment import warm_up_text

    warm = RawArticle(doc_id="warm-up", path="bench", text=warm_up_text())
    for run in runners.values():
        for raw in (warm, *articles):
            run(raw)
        forget = getattr(run, "forget", None)
        if forget is not None:
            forget()  # what a runner keeps across articles starts empty when the clock does


def _forget_articles() -> None:
    """Empty the bounded caches that hold per-text results (sentences, tags), not compiled rules."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("solieu.") or module is None:
            continue
        for value in list(vars(module).values()):
            params = getattr(value, "cache_parameters", None)
            if callable(params) and params().get("maxsize") is not None:
                value.cache_clear()


def read_articles(path: Path) -> list[RawArticle]:
    from solieu.ingest import iter_inputs

    return [raw for raw in iter_inputs([str(path)]) if raw.text]


# --- processes: one job against two, memory, start-up ----------------------------------------


@dataclass
class Child:
    """A finished `solieu` child process."""

    seconds: float
    peak_rss_mb: float  # its largest process, from wait4
    cpu_seconds: float


def run_child(args: list[str], *, stdout: int | None = subprocess.DEVNULL) -> Child:
    started = time.perf_counter()
    proc = subprocess.Popen([*solieu_command(), *args], stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"solieu {' '.join(args)} failed with exit code {proc.returncode}")
    return Child(seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)  # ru_maxrss: KiB


@dataclass
class Streamed:
    """A finished `solieu extract -o -`: when its first and last records came, and what it wrote."""

    child: Child
    first: float  # seconds from start to the first record
    last: float  # seconds from start to the last record
    middle: float  # seconds from start to the record halfway through
    records: int
    output: bytes


def run_streamed(args: list[str]) -> Streamed:
    """`solieu ARGS` writing records to standard output, each line timed as it arrives."""
    started = time.perf_counter()
    proc = subprocess.Popen([*solieu_command(), *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    lines: list[bytes] = []
    times: list[float] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        times.append(time.perf_counter() - started)
        lines.append(line)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"solieu {' '.join(args)} failed with exit code {os.waitstatus_to_exitcode(status)}")
    child = Child(seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)
    first, last = (times[0], times[-1]) if times else (0.0, 0.0)
    middle = times[len(times) // 2] if times else 0.0
    return Streamed(child, first, last, middle, len(lines), b"".join(lines))


def paired_jobs(path: Path, rounds: int, folder: Path) -> dict[str, Any]:
    """`solieu extract` with one job and with two on the same input, alternately.

    Start-up (imports, the warm-up of the models, forking) is no part of the speed of the work, and
    a run of a thousand articles spends a fifth of its time there. A worker loads the matcher and
    the word model itself when its first article passes the gate, after the first record (about a
    second, once per worker): the speed-up is taken over the second half of the records, when every
    worker has long loaded, round by round, each round's pair on the same articles, and the whole
    run's is printed beside it. CPU per article without start-up
    is that of the run less that of the same command on the first article alone, paired too; the
    CPU time of all its processes tells a busy machine (CPU well under wall time × jobs) from a
    serial pipeline. The load average is read before each run.
    """
    one = folder / "jobs-first.jsonl"
    with path.open("rb") as src:
        one.write_bytes(src.readline())
    runs: dict[int, list[Streamed]] = {1: [], 2: []}
    alone: dict[int, list[Streamed]] = {1: [], 2: []}
    loads: list[float] = []
    for r in range(rounds):
        for jobs in (1, 2) if r % 2 == 0 else (2, 1):
            loads.append(os.getloadavg()[0])
            runs[jobs].append(run_streamed(["extract", str(path), "-o", "-", "-q", "-j", str(jobs)]))
            alone[jobs].append(run_streamed(["extract", str(one), "-o", "-", "-q", "-j", str(jobs)]))
    steady = {jobs: [s.last - s.middle for s in streamed] for jobs, streamed in runs.items()}
    articles = runs[1][0].records if runs[1] else 0
    cpu_ms = {
        jobs: [
            1000 * (s.child.cpu_seconds - a.child.cpu_seconds) / max(1, s.records - 1)
            for s, a in zip(streamed, alone[jobs], strict=True)
        ]
        for jobs, streamed in runs.items()
    }
    return {
        "seconds": {str(jobs): [s.child.seconds for s in streamed] for jobs, streamed in runs.items()},
        "cpu_seconds": {str(jobs): [s.child.cpu_seconds for s in streamed] for jobs, streamed in runs.items()},
        "steady_seconds": {str(jobs): values for jobs, values in steady.items()},
        "startup_cpu_seconds": {str(jobs): [a.child.cpu_seconds for a in streamed] for jobs, streamed in alone.items()},
        "cpu_ms_per_article": {str(jobs): values for jobs, values in cpu_ms.items()},
        "speedup": Spread.of([o / t if t else 0.0 for o, t in zip(steady[1], steady[2], strict=True)]).__dict__,
        "whole_run_speedup": Spread.of(
            [o.child.seconds / t.child.seconds for o, t in zip(runs[1], runs[2], strict=True)]
        ).__dict__,
        "cores_used_by_2_jobs": [
            (s.child.cpu_seconds - a.child.cpu_seconds) / (s.last - s.first) if s.last > s.first else 0.0
            for s, a in zip(runs[2], alone[2], strict=True)
        ],
        "load": loads,
        "articles": articles,
        "identical": all(s.output == runs[1][0].output for s in runs[1] + runs[2]),
    }


def cycled(source: Path, n: int, target: Path) -> Path:
    """`n` articles of `source` in its order, over again until there are `n`, each copy with
    its own id: as many articles as wanted from real text. Copies of a text are found as
    republished articles, so past the first round they cost the run its bookkeeping only."""
    written = 0
    with gzip.open(target, "wt", encoding="utf-8", compresslevel=1) as dst:
        for cycle in range(n):
            with _open(source) as fh:
                for line in fh:
                    if written >= n:
                        return target
                    if not line.strip():
                        continue
                    row = json.loads(line)
                    row["id"] = f"{row.get('id', 'article')}~{cycle}"
                    dst.write(json.dumps(row, ensure_ascii=False) + "\n")
                    written += 1
            if written == 0:
                break
    return target


def peak_memory(source: Path, sizes: tuple[int, ...], folder: Path) -> list[dict[str, float]]:
    """Peak RSS of `solieu extract` (all cores) on each number of cycled articles."""
    rows = []
    for n in sizes:
        path = cycled(source, n, folder / f"cycled-{n}.jsonl.gz")
        out = folder / f"cycled-{n}.out.jsonl"
        child = run_child(["extract", str(path), "-o", str(out), "-q"])
        rows.append({"articles": n, "peak_rss_mb": child.peak_rss_mb, "seconds": child.seconds})
        path.unlink()
        out.unlink()
    return rows


def solieu_command() -> list[str]:
    """The installed `solieu` script next to this interpreter, or the module."""
    script = Path(sys.executable).with_name("solieu")
    if script.exists():
        return [str(script)]
    found = shutil.which("solieu")
    return [found] if found else [sys.executable, "-m", "solieu.cli"]


def time_command(args: list[str], repeat: int = 5) -> float:
    """Median wall time of `solieu ARGS`."""
    return statistics.median(run_child(args).seconds for _ in range(repeat))


def time_first_article(path: Path, jobs: int | None) -> float:
    """Seconds from starting `solieu extract PATH -o -` to its first record on standard output."""
    cmd = [*solieu_command(), "extract", str(path), "-o", "-", "-q"] + ([] if jobs is None else ["-j", str(jobs)])
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        line = proc.stdout.readline() if proc.stdout else b""
        elapsed = time.perf_counter() - started
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    if not line:
        raise RuntimeError("solieu extract wrote no record")
    return elapsed


# --- inputs -------------------------------------------------------------------------------------


def spread(source: Path, n: int, folder: Path) -> tuple[Path, int]:
    """`n` articles taken evenly through a JSONL(.gz), as a plain JSONL in `folder`.

    The sample file is sorted by id, so its first articles all come from one source; every
    k-th line keeps the mix of sources.
    """
    with _open(source) as fh:
        total = sum(1 for line in fh if line.strip())
    step = max(1, total // max(1, n))
    target = folder / f"{source.name.split('.')[0]}-{n}.jsonl"
    count = 0
    with _open(source) as fh, target.open("wb") as dst:
        for index, line in enumerate(line for line in fh if line.strip()):
            if count >= n:
                break
            if index % step == 0:
                dst.write(line)
                count += 1
    return target, count


def _open(source: Path) -> gzip.GzipFile | BufferedReader:
    return gzip.open(source, "rb") if source.name.endswith(".gz") else source.open("rb")


def default_inputs() -> list[Path]:
    """The news sample and the topic corpora of ../shared/corpus beside the checkout."""
    for base in (Path(__file__).resolve().parents[1].parent, Path.cwd().parent, Path.cwd()):
        corpus = base / "shared" / "corpus"
        if corpus.is_dir():
            return [p for p in [corpus / SAMPLE, *sorted(corpus.glob(TOPICS))] if p.exists()]
    return []


# --- the report -------------------------------------------------------------------------------


def main(args: argparse.Namespace) -> int:
    """Measure what the sections ask for, print the tables and the targets, and the JSON report."""
    inputs = [Path(p) for p in args.inputs] or default_inputs()
    if not inputs:
        print("solieu bench: no inputs given and ../shared/corpus not found", file=sys.stderr)
        return 2
    if getattr(args, "only_size", False):
        _print_targets(output_size(inputs, args.limit))
        return 0
    sections = _sections(args.sections)
    if sections is None:
        print(f"solieu bench: --sections takes some of {','.join(SECTIONS)}", file=sys.stderr)
        return 2
    load = os.getloadavg()[0]
    report: dict[str, Any] = {"cores": os.cpu_count(), "load_start": load}
    print(f"solieu bench: {os.cpu_count()} cores, load average {load:.2f} at start", flush=True)
    if load > 0.5:
        print("  (other work is running: every comparison below is paired, so ratios hold better than rates)")
    targets: list[Target] = []
    with tempfile.TemporaryDirectory(prefix="solieu-bench-") as tmp:
        folder = Path(tmp)
        first, _ = spread(inputs[0], args.articles, folder)
        if "cpu" in sections:
            report["cpu"] = []
            for source in inputs:
                path, _ = spread(source, args.articles, folder)
                articles = read_articles(path)
                lines = paired_cpu(articles, CONFIGS, args.rounds)
                passed = gate_passes(articles)
                report["cpu"].append(
                    {"input": source.name, "gate_passes": passed, "lines": [line.report() for line in lines]}
                )
                targets += _print_cpu(source.name, lines, main_input=source == inputs[0])
                print(f"  the topic gate lets {passed} of these {len(articles)} articles through", flush=True)
        if "jobs" in sections:
            path, n = spread(inputs[0], args.jobs_articles, folder)
            report["jobs"] = {"input": inputs[0].name, "articles": n, **paired_jobs(path, args.job_rounds, folder)}
            targets += _print_jobs(report["jobs"])
        if "memory" in sections:
            sizes = (args.memory_articles, 5 * args.memory_articles)
            report["memory"] = {"input": inputs[0].name, "runs": peak_memory(inputs[0], sizes, folder)}
            targets += _print_memory(report["memory"]["runs"])
        if "startup" in sections:
            report["startup"] = {
                "help": time_command(["--help"]),
                "version": time_command(["--version"]),
                "first_record_1_job": time_first_article(first, 1),
                "first_record_all_cores": time_first_article(first, None),
            }
            targets += _print_startup(report["startup"])
    if "size" in sections:
        targets += output_size(inputs, args.limit)
    report["load_end"] = os.getloadavg()[0]
    report["targets"] = [{"target": name, "pass": ok, "value": value} for name, ok, value in targets]
    print(f"\nload average at the end: {report['load_end']:.2f}")
    _print_targets(targets)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


def _sections(spec: str | None) -> set[str] | None:
    chosen = set(SECTIONS) if not spec else {s.strip() for s in spec.split(",") if s.strip()}
    return chosen if chosen <= set(SECTIONS) else None


def _print_targets(targets: list[Target]) -> None:
    print("\ntargets:")
    for name, ok, value in targets:
        print(f"  {'PASS' if ok else 'FAIL'}  {name}: {value}")


def _print_cpu(name: str, lines: list[Line], *, main_input: bool) -> list[Target]:
    """One row per configuration: median [min–max] over rounds."""
    articles = len(lines[0].ids) if lines and lines[0].available else 0
    rounds = len(next((line.ms for line in lines if line.available), []))
    print(f"\nCPU per article, in process, paired: {name}, {articles} articles, {rounds} rounds")
    print(f"  {'configuration':<32} {'ms CPU/article':>24} {'articles/s/core':>16} {'x naive/core':>22}")
    for line in lines:
        if not line.available:
            print(f"  {line.label:<32} {'n/a':>24}")
            continue
        ms = Spread.of(line.ms)
        rate = 1000 / ms.median if ms.median else 0.0
        vs = Spread.of(line.vs_naive).show(".2f") if line.vs_naive else "-"
        print(f"  {line.label:<32} {ms.show('.2f'):>24} {rate:>16.0f} {vs:>22}", flush=True)
    pipeline = next((line for line in lines if line.key == "pipeline" and line.available), None)
    if pipeline is None or not pipeline.vs_naive:
        return []
    if not main_input:  # a topic corpus: every article in scope
        median = Spread.of(pipeline.ms).median
        return [(f"pipeline <= 5 ms CPU per article on {name}", median <= 5, f"{median:.2f} ms")]
    vs_naive = Spread.of(pipeline.vs_naive).median
    rate = 1000 / Spread.of(pipeline.ms).median
    return [
        (f"pipeline >= 10x the naive pipeline per core on {name}", vs_naive >= 10, f"{vs_naive:.1f}x"),
        (f"pipeline >= 200 articles/s per core on {name}", rate >= 200, f"{rate:.0f}/s"),
    ]


def _print_jobs(jobs: dict[str, Any]) -> list[Target]:
    speedup = Spread(**jobs["speedup"])
    whole = Spread(**jobs["whole_run_speedup"])
    print(f"\n1 job vs 2 jobs, paired: solieu extract on {jobs['articles']} articles of {jobs['input']}")
    print("  each run: wall s start to exit (s over the second half of the records, CPU ms per article less start-up)")
    for n in ("1", "2"):
        runs = zip(jobs["seconds"][n], jobs["steady_seconds"][n], jobs["cpu_ms_per_article"][n], strict=True)
        print(f"  --jobs {n}: " + "  ".join(f"{wall:.2f} s ({steady:.2f} s, {ms:.2f} ms)" for wall, steady, ms in runs))
    same = "byte-identical" if jobs["identical"] else "DIFFERENT"
    used = Spread.of(jobs["cores_used_by_2_jobs"])
    load = Spread.of(jobs["load"])
    print(
        f"  speed-up of 2 jobs after start-up (second half): {speedup.show('.2f')}x (whole run, start-up included: "
        f"{whole.show('.2f')}x); outputs {same}"
    )
    print(f"  2 jobs kept {used.show('.2f')} cores busy; load average before the runs {load.show('.2f')}", flush=True)
    if load.median > 0.5:
        print(
            f"  (the machine was not idle: with a load of {load.median:.1f} on {os.cpu_count()} cores two jobs "
            "cannot have two cores to themselves, so the speed-up shown is a floor)"
        )
    return [
        ("2 jobs >= 1.8x 1 job (after start-up)", speedup.median >= 1.8, f"{speedup.median:.2f}x"),
        ("2 jobs write what 1 job writes", jobs["identical"], same),
    ]


def _print_memory(runs: list[dict[str, float]]) -> list[Target]:
    print("\npeak RSS of solieu extract (all cores; its largest process), real articles cycled")
    for run in runs:
        print(f"  {int(run['articles']):>7} articles: {run['peak_rss_mb']:.0f} MB  ({run['seconds']:.1f} s)")
    small, large = runs[0], runs[-1]
    ratio = large["peak_rss_mb"] / small["peak_rss_mb"] if small["peak_rss_mb"] else 0.0
    print(f"  ratio {int(large['articles'])}/{int(small['articles'])}: {ratio:.2f}", flush=True)
    name = f"peak RSS within +20% from {int(small['articles'])} to {int(large['articles'])} articles"
    return [(name, ratio <= 1.2, f"{ratio:.2f}x")]


def _print_startup(startup: dict[str, float]) -> list[Target]:
    print("\nstart-up, wall s (median of 5 for --help and --version)")
    for key, value in startup.items():
        print(f"  {key.replace('_', ' '):<24} {value:.3f}")
    return [
        ("solieu --help < 0.3 s", startup["help"] < 0.3, f"{startup['help']:.3f} s"),
        ("solieu --version < 0.3 s", startup["version"] < 0.3, f"{startup['version']:.3f} s"),
        ("first record < 1.5 s (1 job)", startup["first_record_1_job"] < 1.5, f"{startup['first_record_1_job']:.2f} s"),
        (
            "first record < 1.5 s (all cores)",
            startup["first_record_all_cores"] < 1.5,
            f"{startup['first_record_all_cores']:.2f} s",
        ),
    ]


# --- bytes out per byte in ----------------------------------------------------------------------

TABLE_SIZES = (10_000, 100_000, 240_000, 1_000_000)  # bytes of generated table-like text


def table_text(size: int) -> str:
    """`size` bytes of text with no sentence punctuation, as a flattened table or a scraped page
    prints it: the sentences the rules carry as examples, stops taken out, cells joined by bars."""
    import regex

    from solieu.rules import load_rules

    cells = [
        regex.sub(r"[.!?]+(?=\s|$)", "", example.text).strip()
        for name in SCAN_FILES
        for rule in load_rules(name)
        for example in rule.examples
    ]
    line = " | ".join(cells)
    data = (line * (size // len(line.encode("utf-8")) + 1)).encode("utf-8")[:size]
    return data.decode("utf-8", errors="ignore")


def output_size(inputs: list[Path], limit: int) -> list[Target]:
    """Bytes out per byte in on the corpora and on one article of generated table-like text of
    each size, with the peak memory of its process: output and memory must stay linear, and
    within the bound a record may take (`solieu.bound`: 3 B per B in, 64 KiB at least)."""
    from solieu.bound import budget

    print("\noutput size (pipeline, 1 job): bytes of JSON out per byte of article text in")
    targets = []
    with tempfile.TemporaryDirectory(prefix="solieu-bench-") as tmp:
        folder = Path(tmp)
        runs = [(source.name, spread(source, limit, folder)[0]) for source in inputs]
        for size in TABLE_SIZES:
            path = folder / f"table-{size}.jsonl"
            row = {"id": f"table-{size}", "text": table_text(size)}
            path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
            runs.append((f"table-like {size // 1000} KB", path))
        for name, path in runs:
            texts = [raw.text or "" for raw in read_articles(path)]
            bytes_in = sum(len(text.encode("utf-8")) for text in texts)
            out = folder / "size.out.jsonl"
            child = run_child(["extract", str(path), "-o", str(out), "-q", "-j", "1"])
            lines = out.read_bytes().splitlines()
            cut = sum(b'"W007"' in line for line in lines)
            ratio = out.stat().st_size / bytes_in if bytes_in else 0.0
            note = f", {cut} cut by the bound" if cut else ""
            print(
                f"  {name:<27} {len(lines):>6} articles {bytes_in:>11} B in {out.stat().st_size:>11} B out  "
                f"{ratio:5.2f} B/B  {child.seconds:7.2f} s  peak RSS {child.peak_rss_mb:.0f} MB{note}",
                flush=True,
            )
            within = out.stat().st_size <= sum(budget(text) + 1 for text in texts)  # + 1: the newline
            targets.append((f"output <= 3 B per B in on {name}", ratio <= 3 and within, f"{ratio:.2f} B/B"))
    return targets
