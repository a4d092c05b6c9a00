"""Archive scale on real articles: parallel and Dask runs give the bytes of one job, inputs
stream, republished articles are extracted once, word segmentation runs only where a rule
needs it, and progress shows on a terminal only.

The corpus tests read `../shared/corpus` beside the checkout and skip without it; the
others run on the bundled seed articles (corpus/samples).
"""

from __future__ import annotations

import fcntl
import gzip
import itertools
import json
import multiprocessing
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from solieu import run, segment
from solieu.ingest import RawArticle, iter_inputs
from solieu.run import Task, run_extract

pytestmark = pytest.mark.slow  # multi-process runs: in the full suite, not the fast loop

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "corpus" / "samples"
CORPUS = REPO.parent / "shared" / "corpus"
SOLIEU = Path(sys.executable).with_name("solieu")
# a number word in lower case before a word: where a rule must ask underthesea for word
# boundaries ("hai lớp", "ba người"), unlike digits
NUMBER_WORD = regex.compile(r"(?<![\p{L}])(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+\p{Ll}")
SEGMENT_ARTICLES = 2000


def corpus_file(name: str) -> Path:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{path} is absent: put ../shared beside the checkout to run the corpus tests")
    return path


def read_lines(name: str) -> list[bytes]:
    with gzip.open(corpus_file(name), "rb") as fh:
        return [line for line in fh if line.strip()]


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def wording(text: str) -> str:
    """An article's words, independent of spacing, punctuation and case (the test's own key)."""
    return "".join(ch for ch in unicodedata.normalize("NFC", text).casefold() if ch.isalnum())


# --- republished articles, and the same bytes whatever runs them -----------------------------


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The topic file, then the sample articles that repeat it (same ids), then News-mds
    articles of which several were republished under a second id."""
    topic = read_lines("news-topic.jsonl.gz")
    sample = read_lines("news-sample.jsonl.gz")
    topic_ids = {json.loads(line)["id"] for line in topic}
    again = [line for line in sample if json.loads(line)["id"] in topic_ids]
    path = tmp_path_factory.mktemp("scale") / "mixed.jsonl"
    path.write_bytes(b"".join(topic + again + sample[19635:19700]))
    return path


@pytest.fixture(scope="module")
def one_job(mixed: Path) -> bytes:
    out = mixed.with_name("one-job.jsonl")
    run_extract([str(mixed)], str(out), jobs=1, quiet=True)
    return out.read_bytes()


def shingle_jaccard(a: str, b: str) -> float:
    """Jaccard similarity of the five-word shingles of two texts, computed in full."""

    def shingles(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold())
        return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}

    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / max(1, len(sa | sb))


def _doc_id_at(path: Path, where: tuple[str, int | None]) -> str:
    return next(raw.doc_id for raw in iter_inputs([str(path)]) if (raw.path, raw.line) == where)


def test_republished_articles_are_extracted_once(mixed: Path, one_job: bytes) -> None:
    first: dict[str, str] = {}
    expected = {}
    for raw in iter_inputs([str(mixed)]):
        key = wording(raw.text or "")
        expected[(raw.path, raw.line)] = first.get(key)
        first.setdefault(key, raw.doc_id)
    texts = {(raw.path, raw.line): raw.text or "" for raw in iter_inputs([str(mixed)])}
    by_id = {}
    for where, text in texts.items():
        by_id.setdefault(_doc_id_at(mixed, where), text)
    got = [json.loads(line) for line in one_job.splitlines()]
    assert len(got) == len(expected)
    root: dict[str, str] = {}  # a copy of a near copy points to the article that was extracted
    for rec in got:
        if rec["duplicate_of"] not in (None, rec["doc_id"]):
            root.setdefault(rec["doc_id"], rec["duplicate_of"])
    copies = 0
    for rec in got:
        where = (rec["input"]["path"], rec["input"]["line"])
        want = expected[where]
        want = root.get(want, want) if want is not None else None
        if want is None and rec["duplicate_of"] is not None:
            # a near copy: most of its five-word shingles are the original's
            assert shingle_jaccard(texts[where], by_id[rec["duplicate_of"]]) >= 0.6, rec["doc_id"]
        else:
            assert rec["duplicate_of"] == want, rec["doc_id"]
        if rec["duplicate_of"] is not None:
            copies += 1
            assert rec["figures"] == rec["blocks"] == [], "a copy is not extracted again"
    topic_ids = {rec["doc_id"] for rec in got[:33]}
    same_id = [rec for rec in got if rec["duplicate_of"] == rec["doc_id"]]
    other_id = [rec for rec in got if rec["duplicate_of"] not in (None, rec["doc_id"])]
    assert {rec["doc_id"] for rec in same_id} <= topic_ids and len(same_id) >= 20  # README: 26, 3 held back
    assert any(
        rec["doc_id"] == "newsmds-cluster_006-2" and rec["duplicate_of"] == "newsmds-cluster_006-1" for rec in other_id
    )
    assert len(other_id) >= 4 and copies == len(same_id) + len(other_id)


def test_jobs_give_the_bytes_of_one_job(mixed: Path, one_job: bytes) -> None:
    out = mixed.with_name("two-jobs.jsonl")
    run_extract([str(mixed)], str(out), jobs=2, quiet=True)
    assert out.read_bytes() == one_job


# --- lazy segmentation ---------------------------------------------------------------------------


def segmentation_articles(n: int) -> list[bytes]:
    """The `n` sample articles densest in number words before a word: each asks underthesea
    for word boundaries, and being short they keep the full segmentation run affordable."""
    scored = []
    for index, line in enumerate(read_lines("news-sample.jsonl.gz")):
        text = json.loads(line)["text"]
        hits = len(NUMBER_WORD.findall(text))
        if hits:
            scored.append((-hits / len(text), index, line))
    chosen = sorted(scored)[:n]
    return [line for _, _, line in sorted(chosen, key=lambda item: item[1])]


def test_lazy_segmentation_gives_the_records_of_segmenting_everything(tmp_path: Path) -> None:
    """On 2,000 real articles, with two jobs: the same bytes, and far fewer sentences segmented."""
    news = tmp_path / "news.jsonl"
    news.write_bytes(b"".join(segmentation_articles(SEGMENT_ARTICLES)))
    run.warm()  # loaded before the counter starts; forked workers inherit both
    calls = multiprocessing.get_context("fork").Value("l", 0)
    real = segment._word_tokenize

    def counted(text: str) -> list[str]:
        with calls.get_lock():
            calls.value += 1
        return real(text)

    segmented = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(segment, "_word_tokenize", counted)
        for mode in (False, True):
            calls.value = 0
            summary = run_extract(
                [str(news)], str(tmp_path / f"all-{mode}.jsonl"), jobs=2, segment_all=mode, quiet=True
            )
            assert (summary.articles, summary.errors) == (SEGMENT_ARTICLES, 0)
            segmented[mode] = calls.value
    assert (tmp_path / "all-False.jsonl").read_bytes() == (tmp_path / "all-True.jsonl").read_bytes()
    assert 100 < segmented[False] < segmented[True] / 2, segmented


# --- streaming -------------------------------------------------------------------------------------


def real_tasks() -> Iterator[Task]:
    """The seed articles over and over: an input as long as one cares to read."""
    raws = list(iter_inputs([str(SAMPLES)]))
    for i, raw in enumerate(itertools.cycle(raws)):
        yield Task(RawArticle(doc_id=f"{raw.doc_id}-{i}", path=raw.path, text=raw.text))


def test_workers_read_the_input_only_as_fast_as_results_are_written() -> None:
    pulled = 0

    def counting() -> Iterator[Task]:
        nonlocal pulled
        for task in itertools.islice(real_tasks(), 5000):
            pulled += 1
            yield task

    results = run._local(counting(), jobs=2)
    got = list(itertools.islice(results, 40))
    results.close()
    assert len(got) == 40
    assert pulled <= 40 + 2 * run.AHEAD * run.BATCH + run.BATCH


def test_standard_input_streams(tmp_path: Path) -> None:
    """The first record comes out while standard input is still open."""
    lines = read_lines("news-sample.jsonl.gz")[:3]
    with subprocess.Popen(
        [str(SOLIEU), "extract", "-", "-o", "-", "-j", "1", "-q"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    ) as proc:
        assert proc.stdin and proc.stdout
        proc.stdin.write(lines[0])
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())
        proc.stdin.write(b"".join(lines[1:]))
        proc.stdin.close()
        rest = proc.stdout.read().splitlines()
    assert first["doc_id"] == json.loads(lines[0])["id"] and first["input"] == {"path": "-", "line": 1}
    assert proc.returncode == 0 and len(rest) == 2


def test_fsspec_urls_read_like_files(tmp_path: Path) -> None:
    fsspec = pytest.importorskip("fsspec")
    lines = read_lines("news-sample.jsonl.gz")[5000:5010]
    local = tmp_path / "news.jsonl"
    local.write_bytes(b"".join(lines))
    memory = fsspec.filesystem("memory")
    with memory.open("/solieu-test/news.jsonl.gz", "wb") as fh:
        fh.write(gzip.compress(b"".join(lines)))
    try:
        outs = {}
        for name, url in (("local", str(local)), ("memory", "memory://solieu-test"), ("file", local.as_uri())):
            run_extract([url], str(tmp_path / f"{name}.jsonl"), jobs=1, quiet=True)
            outs[name] = records(tmp_path / f"{name}.jsonl")
    finally:
        memory.rm("/solieu-test", recursive=True)
    assert outs["memory"][0]["input"]["path"] == "memory:///solieu-test/news.jsonl.gz"
    for recs in outs.values():
        for rec in recs:
            rec.pop("input")
    assert outs["memory"] == outs["local"] == outs["file"]


# --- progress ---------------------------------------------------------------------------------------


def run_on_terminal(*args: str) -> str:
    """`solieu extract` on the seeds with standard error on a pseudo-terminal; what it shows."""
    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))  # 40 rows, 120 columns
    proc = subprocess.Popen(
        [str(SOLIEU), "extract", str(SAMPLES), "-o", os.devnull, "-j", "1", *args],
        stdout=subprocess.DEVNULL,
        stderr=child,
    )
    os.close(child)
    shown = b""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    os.close(main)
    assert proc.wait(60) == 0
    return shown.decode("utf-8", "replace")


def test_progress_bar_on_a_terminal() -> None:
    shown = run_on_terminal()
    assert "5/5" in shown and "articles/s" in shown and "errors=0" in shown
    assert shown.rstrip().splitlines()[-1].startswith("solieu: 5 articles, 0 errors")


def test_quiet_and_pipes_get_the_summary_line_only(tmp_path: Path) -> None:
    assert run_on_terminal("--quiet").strip().startswith("solieu: 5 articles, 0 errors")
    piped = subprocess.run(
        [str(SOLIEU), "extract", str(SAMPLES), "-o", str(tmp_path / "out.jsonl"), "-j", "1"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert piped.stderr.strip().startswith("solieu: 5 articles, 0 errors") and "\n" not in piped.stderr.strip()


# --- Dask (last: its threads stay behind, and the tests above fork) ----------------------------


def test_dask_cluster_gives_the_bytes_of_the_local_engine(mixed: Path, one_job: bytes) -> None:
    """A distributed LocalCluster of two worker processes, reached by its address."""
    distributed = pytest.importorskip("distributed")
    out = mixed.with_name("dask.jsonl")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        run_extract([str(mixed)], str(out), engine="dask", scheduler=cluster.scheduler_address, quiet=True)
    assert out.read_bytes() == one_job


def test_dask_without_an_address_starts_its_own_cluster(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run_extract([str(SAMPLES)], str(local), jobs=1, quiet=True)
    run_extract([str(SAMPLES)], str(dask), jobs=2, engine="dask", quiet=True)
    assert dask.read_bytes() == local.read_bytes()


def test_workers_read_and_write_parts_holding_the_lines_of_one_output(tmp_path: Path) -> None:
    """`--engine dask --parts`: on a distributed LocalCluster of two worker processes, the parts
    read in order are the bytes of a single-file run, copies across partitions marked alike;
    the coordinator only schedules, at a small cost per article.

    The input: the mixed file (copies and near copies among real articles), then the same
    articles under new ids twelve times over (exact copies: cheap to write, costly to find),
    as byte ranges of a plain JSONL, a .jsonl.gz read whole, and the seed files grouped.
    """
    distributed = pytest.importorskip("distributed")
    lines = read_lines("news-topic.jsonl.gz") + read_lines("news-sample.jsonl.gz")[19635:19700]
    again = []
    for k in range(1, 13):
        for line in lines:
            row = json.loads(line)
            row["id"] = f"{row['id']}~{k}"
            again.append(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
    plain, packed = tmp_path / "news.jsonl", tmp_path / "again.jsonl.gz"
    plain.write_bytes(b"".join(lines + again[: len(again) // 2]))
    packed.write_bytes(gzip.compress(b"".join(again[len(again) // 2 :])))
    inputs = [str(plain), str(SAMPLES), str(packed)]
    single = tmp_path / "single.jsonl"
    run_extract(inputs, str(single), jobs=2, quiet=True)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        where = ["--scheduler", cluster.scheduler_address, "--parts", str(tmp_path / "out"), "--part-size", "200K"]
        command = [str(SOLIEU), "extract", *inputs, "--engine", "dask", *where, "-q"]
        done = subprocess.run(command, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr[-2000:]
        parts = sorted((tmp_path / "out").glob("part-*.jsonl"))
        kept, lost = parts[1].stat().st_mtime_ns, parts[2].read_bytes()
        parts[2].unlink()  # a run cut short: --resume writes what is missing, keeps the rest
        again_done = subprocess.run([*command, "--resume"], capture_output=True, text=True)
        assert again_done.returncode == 0, again_done.stderr[-2000:]
        assert parts[2].read_bytes() == lost and parts[1].stat().st_mtime_ns == kept
    assert [p.name for p in parts] == [f"part-{k:05d}.jsonl" for k in range(len(parts))] and len(parts) >= 5
    assert sorted(os.listdir(tmp_path / "out")) == [p.name for p in parts]  # no keys nor partial files left
    whole = single.read_bytes()
    assert b"".join(p.read_bytes() for p in parts) == whole
    got = [json.loads(line) for line in whole.splitlines()]
    assert len(got) == len(lines) + len(again) + 5
    assert sum(rec["duplicate_of"] is not None for rec in got) >= len(again)
    assert any("near_copy_of" in rec for rec in got)
    cost = re.search(r"spent ([0-9.]+) ms CPU per article .* feed ([0-9,]+) articles/s", done.stderr)
    assert cost is not None, done.stderr
    print(f"\ncoordinator, {len(got)} articles, {len(parts)} parts: {cost[1]} ms CPU per article, {cost[2]} articles/s")
    assert float(cost[1]) < 0.5  # the single-writer coordinator: about 1.1 ms
