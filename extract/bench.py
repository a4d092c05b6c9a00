"""`solieu bench`: throughput and peak memory of the pipeline against its baselines, in one run.

Each configuration runs in a fresh child process, so its peak memory is its own: the exact
peak of its largest process comes from `wait4`, and the peak of all its processes together
(proportional set size, shared pages counted once) from sampling /proc. Throughput is timed
inside the child, after imports and model loading, over the same articles (taken evenly
through each file) for every configuration; the pipeline runs twice and the faster run
counts, and CPU time per article is given too, since other work on the machine slows the
wall clock but not the CPU time:

- the pipeline with one job and with all cores (`run_extract`, as `solieu extract` runs it);
- the naive baseline: underthesea `word_tokenize` on every sentence (`sent_tokenize`);
- the bare regex scan, the ceiling: every pattern `match_sentence` runs (figures, masks,
  ratios, documents, periods), once over each whole text, with nothing else; and, as the
  floor of reading and decoding, one pattern for a number and the word after it.

It also times `solieu --help`, the first article out of `solieu extract`, and the peak memory
of the pipeline at N and 10×N articles. The targets are printed with the numbers.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from io import BufferedReader
from pathlib import Path

SCAN_FILES = ("figures.toml", "masks.toml", "ratios.toml", "documents.toml", "periods.toml")
DEFAULT_INPUTS = ("news-sample.jsonl.gz", "news-topic.jsonl.gz")
REPEAT = 2  # runs of each pipeline configuration; the fastest counts


@dataclass
class Measure:
    """One configuration on one input."""

    label: str
    articles: int
    seconds: float
    cpu_seconds: float
    peak_rss_mb: float  # the largest single process, exact (wait4)
    peak_all_mb: float  # all processes of the run together (PSS, sampled)
    extra: dict[str, float] = field(default_factory=dict)  # what else the child reported

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


# --- children: what runs inside each measured process -----------------------------------


def child(kind: str, path: str, jobs: int) -> dict[str, float]:
    """Run one configuration on one JSONL file; return articles and seconds, imports excluded."""
    if kind == "pipeline":
        return _child_pipeline(path, jobs)
    if kind == "naive":
        return _child_naive(path)
    if kind == "regex":
        return _child_regex(path)
    if kind == "regex1":
        return _child_regex(path, one=True)
    if kind == "size":
        return _child_size(path)
    raise ValueError(kind)


def _child_size(path: str) -> dict[str, float]:
    """The pipeline with one job: the bytes of the articles' texts in and of the JSON lines out."""
    from solieu.ingest import iter_inputs
    from solieu.run import run_extract, warm

    warm()
    bytes_in = sum(len((raw.text or "").encode("utf-8")) for raw in iter_inputs([path]))
    with tempfile.TemporaryDirectory(prefix="solieu-bench-") as tmp:
        out = Path(tmp) / "out.jsonl"
        started = time.perf_counter()
        summary = run_extract([path], str(out), jobs=1, quiet=True)
        seconds = time.perf_counter() - started
        cut = sum(b'"W007"' in line for line in out.open("rb"))
        return {
            "articles": summary.articles,
            "seconds": seconds,
            "bytes_in": bytes_in,
            "bytes_out": out.stat().st_size,
            "cut": cut,
        }


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


def _child_pipeline(path: str, jobs: int) -> dict[str, float]:
    from solieu.run import run_extract, warm

    warm()
    with tempfile.TemporaryDirectory(prefix="solieu-bench-") as tmp:
        started = time.perf_counter()
        summary = run_extract([path], str(Path(tmp) / "out.jsonl"), jobs=jobs, quiet=True)
        seconds = time.perf_counter() - started
    return {"articles": summary.articles, "seconds": seconds}


def _child_naive(path: str) -> dict[str, float]:
    from underthesea import sent_tokenize, word_tokenize

    from solieu.ingest import iter_inputs
    from solieu.segment import warm_up_text

    word_tokenize(sent_tokenize(warm_up_text())[0])
    started = time.perf_counter()
    articles = 0
    for raw in iter_inputs([path]):
        for sentence in sent_tokenize(raw.text or ""):
            word_tokenize(sentence)
        articles += 1
    return {"articles": articles, "seconds": time.perf_counter() - started}


def _child_regex(path: str, *, one: bool = False) -> dict[str, float]:
    import regex

    from solieu.ingest import iter_inputs
    from solieu.numbers import NUMBER_WORDS
    from solieu.rules import alternation, load_rules

    if one:
        # the floor of any extraction: one pass for a number (digits or a number word) and the word after it
        number = r"(?:\d[\d.,]*|" + alternation(list(NUMBER_WORDS)) + ")"
        patterns = [regex.compile(r"(?<![\p{L}\d])" + number + r"\s+\p{L}+", regex.IGNORECASE)]
    else:
        patterns = [rule.compiled() for name in SCAN_FILES for rule in load_rules(name)]
    started = time.perf_counter()
    articles = found = 0
    for raw in iter_inputs([path]):
        text = raw.text or ""
        for pattern in patterns:
            for _ in pattern.finditer(text):
                found += 1
        articles += 1
    return {"articles": articles, "seconds": time.perf_counter() - started, "matches": found}


# --- the parent: run children and measure them --------------------------------------------


def measure(label: str, kind: str, path: Path, jobs: int = 1, repeat: int = 1) -> Measure:
    """Run a child for one configuration and take its time and memory; the fastest of `repeat`
    runs, since other work on the machine only ever slows a run down."""
    runs = [_measure_once(label, kind, path, jobs) for _ in range(repeat)]
    best = min(runs, key=lambda m: m.seconds)
    best.peak_rss_mb = max(m.peak_rss_mb for m in runs)
    best.peak_all_mb = max(m.peak_all_mb for m in runs)
    return best


def _measure_once(label: str, kind: str, path: Path, jobs: int) -> Measure:
    cmd = [sys.executable, "-m", "solieu.bench", "--child", kind, str(path), str(jobs)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    sampler = _PssSampler(proc.pid)
    sampler.start()
    out = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    sampler.stop()
    if proc.returncode != 0:
        raise RuntimeError(f"bench child {kind} on {path} failed with exit code {proc.returncode}")
    result = json.loads(out.decode().strip().splitlines()[-1])
    return Measure(
        label=label,
        articles=int(result["articles"]),
        seconds=float(result["seconds"]),
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        peak_rss_mb=usage.ru_maxrss / 1024,  # kilobytes on Linux
        peak_all_mb=sampler.peak / 2**20,
        extra=result,
    )


class _PssSampler(threading.Thread):
    """Samples the summed PSS of a process and its descendants, keeping the peak."""

    def __init__(self, pid: int, every: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.every = every
        self.peak = 0
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            self.peak = max(self.peak, tree_memory(self.pid))
            self._halt.wait(self.every)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def tree_memory(pid: int) -> int:
    """Bytes of PSS (RSS where PSS is unavailable) of `pid` and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parents[int(entry.name)] = int(stat.rpartition(")")[2].split()[1])
    tree = {pid}
    grew = True
    while grew:
        more = {p for p, parent in parents.items() if parent in tree} - tree
        grew = bool(more)
        tree |= more
    return sum(_memory_of(p) for p in tree)


def _memory_of(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


def solieu_command() -> list[str]:
    """The installed `solieu` script next to this interpreter, or the module."""
    script = Path(sys.executable).with_name("solieu")
    if script.exists():
        return [str(script)]
    found = shutil.which("solieu")
    return [found] if found else [sys.executable, "-m", "solieu.cli"]


def time_help(repeat: int = 5) -> float:
    """Median wall time of `solieu --help`."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run([*solieu_command(), "--help"], stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


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


def spread(source: Path, n: int, folder: Path) -> tuple[Path, int]:
    """`n` articles taken evenly through a JSONL(.gz), as a plain JSONL in `folder`.

    The sample file is sorted by id, so its first articles all come from one source; every
    k-th line keeps the mix of sources, and the N/10 sample is a subset of the N sample.
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
    """../shared/corpus beside the checkout (or beside the working folder)."""
    for base in (Path(__file__).resolve().parents[1].parent, Path.cwd().parent, Path.cwd()):
        corpus = base / "shared" / "corpus"
        if corpus.is_dir():
            return [corpus / name for name in DEFAULT_INPUTS if (corpus / name).exists()]
    return []


# --- the report -------------------------------------------------------------------------------


def main(args: argparse.Namespace) -> int:
    """Measure every configuration on every input and print the table, the ratios and the targets."""
    inputs = [Path(p) for p in args.inputs] or default_inputs()
    if not inputs:
        print("solieu bench: no inputs given and ../shared/corpus not found", file=sys.stderr)
        return 2
    if getattr(args, "only_size", False):
        sizes = output_size(inputs, args.limit)
        print("\ntargets:")
        for name, ok, value in sizes:
            print(f"  {'PASS' if ok else 'FAIL'}  {name}: {value}")
        return 0
    from solieu.run import default_jobs

    cores = default_jobs()
    load = os.getloadavg()[0]
    print(f"solieu bench: {cores} cores, load average {load:.2f} at start", flush=True)
    if load > 0.5:
        print("  (other work is running: wall-clock rates are understated, cpu ms/article is not)", flush=True)
    targets: list[tuple[str, bool, str]] = []
    with tempfile.TemporaryDirectory(prefix="solieu-bench-") as tmp:
        folder = Path(tmp)
        _table_header()
        first_input: Path | None = None
        for source in inputs:
            path, n = spread(source, args.limit, folder)
            naive_path, _ = spread(source, args.naive_limit, folder)
            first_input = first_input or path
            one = _row(source, measure("pipeline, 1 job", "pipeline", path, 1, REPEAT))
            many = _row(source, measure(f"pipeline, {cores} jobs", "pipeline", path, cores, REPEAT))
            naive = _row(source, measure("naive: word_tokenize all", "naive", naive_path))
            scan = _row(source, measure("regex scan, all rules", "regex", path))
            _row(source, measure("regex scan, one pattern", "regex1", path))
            targets += _ratios(source, one, many, naive, scan, main_input=source == inputs[0])
            if source == inputs[0] and n >= 10:
                targets += _memory_growth(source, folder, n, one, many, cores)
        print()
        help_seconds = time_help()
        print(f"solieu --help: {help_seconds:.2f} s")
        targets.append(("solieu --help < 1 s", help_seconds < 1, f"{help_seconds:.2f} s"))
        if first_input is not None:
            for jobs in (1, None):
                seconds = time_first_article(first_input, jobs)
                how = "1 job" if jobs else "all cores"
                print(f"first article out, {how}: {seconds:.2f} s")
                targets.append((f"first article < 2 s ({how})", seconds < 2, f"{seconds:.2f} s"))
    targets += output_size(inputs, args.limit)
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    print("\ntargets:")
    for name, ok, value in targets:
        print(f"  {'PASS' if ok else 'FAIL'}  {name}: {value}")
    return 0


TABLE_SIZES = (10_000, 100_000, 240_000, 1_000_000)  # bytes of generated table-like text
MOST_BYTES_PER_BYTE = 3.0


def output_size(inputs: list[Path], limit: int) -> list[tuple[str, bool, str]]:
    """Bytes out per byte in on the corpora and on one article of generated table-like text of
    each size, with the peak memory of its process: output and memory must stay linear."""
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
            m = measure(name, "size", path)
            ratio = m.extra["bytes_out"] / m.extra["bytes_in"] if m.extra["bytes_in"] else 0.0
            cut = f", {int(m.extra['cut'])} cut by the bound" if m.extra["cut"] else ""
            print(
                f"  {name:<24} {m.articles:>6} articles {int(m.extra['bytes_in']):>11} B in "
                f"{int(m.extra['bytes_out']):>11} B out  {ratio:5.2f} B/B  {m.seconds:7.2f} s  "
                f"peak RSS {m.peak_rss_mb:.0f} MB{cut}",
                flush=True,
            )
            targets.append((f"output <= {MOST_BYTES_PER_BYTE:g} B per B in on {name}", ratio <= 3, f"{ratio:.2f}"))
    return targets


def _table_header() -> None:
    print(
        f"{'input':<22} {'configuration':<26} {'articles':>8} {'seconds':>8} {'articles/s':>10} "
        f"{'cpu ms/art':>10} {'peak RSS MB':>11} {'all procs MB':>12}",
        flush=True,
    )


def _row(source: Path, m: Measure) -> Measure:
    cpu_ms = 1000 * m.cpu_seconds / m.articles if m.articles else 0.0
    print(
        f"{source.name:<22} {m.label:<26} {m.articles:>8} {m.seconds:>8.2f} {m.rate:>10.1f} "
        f"{cpu_ms:>10.1f} {m.peak_rss_mb:>11.0f} {m.peak_all_mb:>12.0f}",
        flush=True,
    )
    return m


def _ratios(
    source: Path, one: Measure, many: Measure, naive: Measure, scan: Measure, *, main_input: bool
) -> list[tuple[str, bool, str]]:
    """Print the ratios between configurations; the targets apply to the first input."""
    vs_naive = one.rate / naive.rate if naive.rate else float("inf")
    scaling = many.rate / one.rate if one.rate else 0.0
    vs_scan = scan.rate / one.rate if one.rate else float("inf")
    print(
        f"{'':<22} ratios: 1 job / naive = {vs_naive:.1f}x, all cores / 1 job = {scaling:.2f}x, "
        f"regex scan / 1 job = {vs_scan:.1f}x",
        flush=True,
    )
    if not main_input:
        return []
    name = source.name
    return [
        (f"1 job >= 10x naive on {name}", vs_naive >= 10, f"{vs_naive:.1f}x"),
        (f"1 job >= 200 articles/s on {name}", one.rate >= 200, f"{one.rate:.1f}/s"),
        (f"all cores >= 1.8x 1 job on {name}", scaling >= 1.8, f"{scaling:.2f}x"),
        (f"pipeline within 10x of the bare regex scan on {name}", vs_scan <= 10, f"{vs_scan:.1f}x"),
    ]


def _memory_growth(
    source: Path, folder: Path, n: int, one: Measure, many: Measure, cores: int
) -> list[tuple[str, bool, str]]:
    """Peak memory at N/10 and N articles, with one job (exact) and with all cores (sampled)."""
    small_path, small_n = spread(source, max(1, n // 10), folder)
    small = _row(source, measure("pipeline, 1 job", "pipeline", small_path, 1, REPEAT))
    small_many = _row(source, measure(f"pipeline, {cores} jobs", "pipeline", small_path, cores, REPEAT))
    out = []
    pairs = (("1 job", small.peak_rss_mb, one.peak_rss_mb), ("all cores", small_many.peak_all_mb, many.peak_all_mb))
    for label, a, b in pairs:
        growth = (b - a) / a if a else 0.0
        print(f"{'':<22} memory, {label}: {a:.0f} MB at {small_n} articles, {b:.0f} MB at {n} ({growth:+.0%})")
        name = f"peak memory within ±20% from {small_n} to {n} articles ({label})"
        out.append((name, abs(growth) <= 0.2, f"{growth:+.0%}"))
    return out


def _child_main(argv: list[str]) -> None:
    kind, path, jobs = argv
    print(json.dumps(child(kind, path, int(jobs))), flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child_main(sys.argv[2:])
    else:
        parser = argparse.ArgumentParser(prog="python -m solieu.bench")
        parser.add_argument("inputs", nargs="*")
        parser.add_argument("--limit", type=int, default=2000)
        parser.add_argument("--naive-limit", type=int, default=200)
        parser.add_argument("--only-size", action="store_true")
        sys.exit(main(parser.parse_args()))
