"""The evaluation as a person reads it."""

from __future__ import annotations

from solieu.evaluate.contract import CONTRACT_SCORES, META_FIELDS, SCORED_KINDS
from solieu.evaluate.scoring import Report, Tally


def format_report(report: Report, *, verbose: bool = False) -> str:
    lines = []

    def row(name: str, t: Tally | dict, indent: str = "") -> None:
        d = t.as_dict() if isinstance(t, Tally) else t
        lines.append(
            f"{indent}{name:{22 - len(indent)}} P={d['precision']:.3f} R={d['recall']:.3f} F1={d['f1']:.3f}"
            f"  (tp={d['tp']} fp={d['fp']} fn={d['fn']})"
        )

    row("figures (kind+value)", report.figures)
    for kind, d in report.figures.by_group(SCORED_KINDS).items():
        row(kind, d, "  ")
    row("figures (value only)", report.values)
    row("ratios", report.ratios)
    for form, d in report.ratios.by_group(("fraction", "percent")).items():
        row(form, d, "  ")
    row("documents", report.documents)
    c = report.checks
    lines.append(f"{'checks':22} recall={c.prf()[1]:.3f} ({c.tp}/{c.tp + c.fn}), false alarms={report.false_alarms}")
    for rule, d in report.checks_by_rule().items():
        lines.append(
            f"  {rule:20} recall={d['recall']:.3f} ({d['found']}/{d['gold']}), false alarms={d['false_alarms']}"
        )
    hits = sum(report.meta_hits.values())
    lines.append(f"{'metadata':22} accuracy={report.meta_accuracy:.3f} ({hits}/{report.meta_total})")
    per_field = report.meta_total // len(META_FIELDS) if report.meta_total else 0
    for name in META_FIELDS:
        lines.append(f"  {name:20} {report.meta_hits[name]}/{per_field}")
    shown = report.findings if verbose else [f for f in report.findings if f.what in ("leak", "span")][:20]
    for f in shown:
        text = f"  {f.what:11} {f.section:9} {f.doc_id} {f.key}"
        if f.surface:
            text += f" «{f.surface}»"
        if f.sentence:
            text += f" — {f.sentence}"
        lines.append(text)
    for doc_id in report.missing:
        lines.append(f"  missing article {doc_id}")
    scores = report.scores()
    lines.append(
        "score: "
        + " ".join(
            f"{k}={scores[k]:.3f}" if isinstance(scores[k], float) else f"{k}={scores[k]}" for k in CONTRACT_SCORES
        )
    )
    return "\n".join(lines)
