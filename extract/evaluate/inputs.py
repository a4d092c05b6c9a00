"""Reading predictions and sources, and running the pipeline on the gold articles."""

from __future__ import annotations

import gzip
import json
import os
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from solieu.evaluate.contract import REPO, EvaluationError
from solieu.evaluate.gold import GoldArticle
from solieu.evaluate.scoring import Report, score


def read_jsonl(path: str | Path) -> Iterator[dict]:
    """The objects of a JSONL(.gz) file; a line that is not a JSON object stops with its number."""
    path = Path(path)
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise EvaluationError(f"{path}:{number}: not JSON ({exc.msg})") from None
                if not isinstance(row, dict):
                    raise EvaluationError(f"{path}:{number}: not a JSON object")
                yield row
    except OSError as exc:
        raise EvaluationError(f"{path}: {exc}") from None


def load_sources(paths: Iterable[str | Path], wanted: set[str] | None = None) -> dict[str, str]:
    """doc_id → text of the inputs (folders of .txt, .txt files, JSONL files), decoded as
    `solieu extract` decodes them; only the `wanted` ids when given."""
    from solieu.ingest import iter_inputs

    texts: dict[str, str] = {}
    for raw in iter_inputs([str(p) for p in paths]):
        if raw.text is not None and (wanted is None or raw.doc_id in wanted):
            texts.setdefault(raw.doc_id, raw.text)
    return texts


def default_text_dirs() -> list[Path]:
    """Where the gold articles' texts are looked for: the seeds in `corpus/samples`, the
    corpus in `../shared/corpus` (beside the checkout, or beside the current folder)."""
    found: list[Path] = []
    for base in (Path.cwd(), REPO):
        for rel in ("corpus/samples", "../shared/corpus"):
            path = (base / rel).resolve()
            if path.is_dir() and path not in found:
                found.append(path)
    return found


def gold_inputs(gold: list[GoldArticle], dirs: Iterable[str | Path] | None = None) -> list:
    """The raw input of every gold article, in gold order: `<doc_id>.txt` for a line without
    `source`, the line of that id in the `source` file otherwise. Raises `EvaluationError`
    naming what could not be found."""
    from solieu.ingest import iter_inputs

    folders = [Path(d) for d in (dirs if dirs is not None else default_text_dirs())]
    by_file: dict[str, set[str]] = defaultdict(set)
    for g in gold:
        by_file[g.source or ""].add(g.doc_id)
    found: dict[str, Any] = {}
    problems = []
    for source, ids in by_file.items():
        if source:
            path = next((d / source for d in folders if (d / source).is_file()), None)
            if path is None:
                problems.append(f"{source} (for {len(ids)} gold articles) is in none of {', '.join(map(str, folders))}")
                continue
            for raw in iter_inputs([str(path)]):
                if raw.doc_id in ids:
                    found.setdefault(raw.doc_id, raw)
        else:
            for doc_id in sorted(ids):
                path = next((d / f"{doc_id}.txt" for d in folders if (d / f"{doc_id}.txt").is_file()), None)
                if path is not None:
                    found[doc_id] = next(iter_inputs([str(path)]))
    absent = [g.doc_id for g in gold if g.doc_id not in found]
    if absent:
        problems.append(f"no text for {len(absent)} gold articles ({', '.join(absent[:5])}…)")
    if problems:
        raise EvaluationError("; ".join(problems))
    return [found[g.doc_id] for g in gold]


def process_many(raws: Iterable, jobs: int | None = 1) -> list[dict]:
    """The records of the raw inputs, as the JSON `solieu extract` writes, in input order."""
    from solieu.pipeline import process

    raws = list(raws)
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(raws) < 20:
        records = [process(r) for r in raws]
    else:
        import multiprocessing

        context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        with context.Pool(jobs) as pool:
            records = pool.map(process, raws, chunksize=8)
    return [r.model_dump(mode="json") for r in records]


def evaluate_gold(
    gold: list[GoldArticle], dirs: Iterable[str | Path] | None = None, jobs: int | None = 1
) -> tuple[Report, list[dict]]:
    """Run the pipeline on the gold articles and score it; returns the report and the records."""
    raws = gold_inputs(gold, dirs)
    records = process_many(raws, jobs)
    sources = {r.doc_id: r.text for r in raws if r.text is not None}
    return score(gold, records, sources), records
