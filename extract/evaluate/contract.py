"""The output contract as the evaluation reads it: scored kinds, fields, and the errors it raises."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

from solieu.schemas.records import CheckRule, FigureKind, Qualifier

SCORED_KINDS = ("classes", "learners", "trainees", "party_members", "party_units", "officials", "funding")
TRAINING_KINDS = ("classes", "learners", "trainees")
OTHER_SCORED_KINDS = ("party_members", "party_units", "officials", "funding")
FIGURE_KINDS = frozenset(get_args(FigureKind))
QUALIFIERS = frozenset(get_args(Qualifier))
CHECK_RULES = frozenset(get_args(CheckRule))
CHECK_STATUSES = frozenset({"ok", "mismatch"})
META_FIELDS = ("published", "title", "author", "province", "district")
GOLD_FIELDS = frozenset({"doc_id", "source", "meta", "figures", "ratios", "documents", "checks", "boilerplate_values"})
GOLD_REQUIRED = ("doc_id", "meta", "figures", "ratios", "documents", "checks")
# the scores of the contract's scorer, in its order: `--json` prints these first
CONTRACT_SCORES = (
    "figures_f1",
    "values_f1",
    "ratios_f1",
    "documents_f1",
    "checks_recall",
    "false_alarms",
    "meta_accuracy",
    "boilerplate_leaks",
    "span_errors",
    "missing_articles",
)
RATCHET_FLOORS = ("figures_f1", "ratios_f1", "documents_f1", "checks_recall", "meta_accuracy")
RATCHET_CEILINGS = ("false_alarms_per_article",)
REPO = Path(__file__).resolve().parents[2]


class GoldError(ValueError):
    """A gold file that cannot be used: unreadable, or contradicting itself."""


class EvaluationError(RuntimeError):
    """An input of the evaluation (predictions, sources, ratchet) that cannot be read."""
