"""Score solieu's output against hand-made gold annotations, pin the scores, count false positives.

`solieu evaluate --gold GOLD.jsonl OUT.jsonl` prints precision, recall and F1 per figure kind
and overall, for ratios and documents; recall and false alarms for the checks; accuracy of the
metadata. Its overall numbers are those of the output contract's scorer
(`../shared/tools/score.py`), computed the same way: a test runs both and compares them.

Without OUT.jsonl it runs the pipeline itself on the gold articles, reading their texts from
`corpus/samples` (the seeds) and `../shared/corpus` (a gold line's `source` names the file).
`--ratchet corpus/ratchet.json` fails when a score falls below its floor;
`--update-ratchet corpus/ratchet.json` raises the floors to the scores reached, and lowers
them only with `--allow-lower`. `--false-positives SAMPLE.jsonl.gz` counts the figures of
the scored kinds found in general news, where there should be almost none.
"""

from solieu.evaluate.command import main
from solieu.evaluate.contract import CONTRACT_SCORES, RATCHET_CEILINGS, RATCHET_FLOORS, EvaluationError, GoldError
from solieu.evaluate.false_positives import (
    FalsePositives,
    false_positives,
    format_false_positives,
    sample_ids,
    topic_ids,
)
from solieu.evaluate.gold import GoldArticle, load_gold
from solieu.evaluate.inputs import evaluate_gold, gold_inputs, load_sources, process_many, read_jsonl
from solieu.evaluate.ratchet import check_ratchet, load_ratchet, raise_ratchet, write_ratchet
from solieu.evaluate.report import format_report
from solieu.evaluate.scoring import Report, score, span_errors

__all__ = [
    "CONTRACT_SCORES",
    "RATCHET_CEILINGS",
    "RATCHET_FLOORS",
    "EvaluationError",
    "FalsePositives",
    "GoldArticle",
    "GoldError",
    "Report",
    "check_ratchet",
    "evaluate_gold",
    "false_positives",
    "format_false_positives",
    "format_report",
    "gold_inputs",
    "load_gold",
    "load_ratchet",
    "load_sources",
    "main",
    "process_many",
    "raise_ratchet",
    "read_jsonl",
    "sample_ids",
    "score",
    "span_errors",
    "topic_ids",
    "write_ratchet",
]
