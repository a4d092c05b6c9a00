"""`solieu evaluate`: the command."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from solieu.evaluate.contract import EvaluationError, GoldError
from solieu.evaluate.false_positives import false_positives, format_false_positives
from solieu.evaluate.gold import load_gold
from solieu.evaluate.inputs import evaluate_gold, load_sources, read_jsonl
from solieu.evaluate.ratchet import check_ratchet, load_ratchet, raise_ratchet, write_ratchet
from solieu.evaluate.report import format_report
from solieu.evaluate.scoring import score


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]


def main(args: Any) -> int:
    """`solieu evaluate`: 0 when done (and the ratchet holds), 1 below a floor, 2 on bad input."""
    try:
        return _main(args)
    except (GoldError, EvaluationError) as exc:
        print(f"solieu evaluate: {exc}", file=sys.stderr)
        return 2


def _main(args: Any) -> int:
    as_json = bool(getattr(args, "json", False))
    verbose = bool(getattr(args, "verbose", False))
    jobs = getattr(args, "jobs", None)
    sample = getattr(args, "false_positives", None)
    if sample:
        exclude = {g.doc_id for g in load_gold(_as_list(args.gold))} if _as_list(args.gold) else set()
        examples = getattr(args, "examples", 20)
        fp = false_positives(sample, limit=getattr(args, "limit", 500), exclude=exclude, jobs=jobs)
        print(json.dumps(fp.as_json(examples), ensure_ascii=False) if as_json else format_false_positives(fp, examples))
        return 0
    gold_paths = _as_list(args.gold)
    if not gold_paths:
        raise EvaluationError("--gold is required (a gold JSONL file or a folder of them)")
    gold = load_gold(gold_paths)
    if getattr(args, "pred", None):
        predictions = list(read_jsonl(args.pred))
        sources = load_sources(_as_list(args.source), {g.doc_id for g in gold}) if args.source else {}
        report = score(gold, predictions, sources)
    else:
        dirs = _as_list(getattr(args, "corpus", None)) or None
        report, _ = evaluate_gold(gold, dirs, jobs)
    scores = report.scores()
    print(
        json.dumps(report.as_json(verbose=verbose), ensure_ascii=False)
        if as_json
        else format_report(report, verbose=verbose)
    )

    status = 0
    ratchet_path = getattr(args, "ratchet", None)
    if ratchet_path:
        failures = check_ratchet(scores, load_ratchet(ratchet_path))
        for failure in failures:
            print(f"solieu evaluate: ratchet: {failure}", file=sys.stderr)
        status = 1 if failures else 0
    update = getattr(args, "update_ratchet", None)
    if update:
        old = load_ratchet(update) if Path(update).exists() else {"floors": {}, "ceilings": {}}
        allow_lower = bool(getattr(args, "allow_lower", False))
        if old.get("articles") not in (None, report.articles) and not allow_lower:
            raise EvaluationError(
                f"{update} was set on {old['articles']} gold articles, this run has {report.articles}; "
                "evaluate the same gold, or pass --allow-lower to reset it"
            )
        new, changes = raise_ratchet(scores, old, allow_lower=allow_lower)
        new["articles"] = report.articles
        write_ratchet(update, new)
        for change in changes or ["nothing to raise"]:
            print(f"solieu evaluate: ratchet {update}: {change}", file=sys.stderr)
    return status
