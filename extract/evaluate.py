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

from __future__ import annotations

import gzip
import json
import math
import os
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from schemas.records import CheckRule, FigureKind, Qualifier

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
REPO = Path(__file__).resolve().parent.parent


class GoldError(ValueError):
    """A gold file that cannot be used: unreadable, or contradicting itself."""


class EvaluationError(RuntimeError):
    """An input of the evaluation (predictions, sources, ratchet) that cannot be read."""


# ---------------------------------------------------------------------------------------------
# Gold


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One hand-annotated article, checked for contradictions when loaded."""

    doc_id: str
    where: str  # file:line, for messages
    meta: dict[str, Any]
    figures: list[dict[str, Any]]
    ratios: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    checks: list[dict[str, Any]]
    boilerplate_values: list[float]
    source: str | None = None


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """The gold files named, a folder standing for its `*.jsonl` files in name order."""
    out: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found = sorted(path.glob("*.jsonl"))
            if not found:
                raise GoldError(f"{path}: a folder with no *.jsonl gold file")
            out += found
        elif path.is_file():
            out.append(path)
        else:
            raise GoldError(f"{path}: no such gold file or folder")
    return out


def load_gold(paths: Iterable[str | Path]) -> list[GoldArticle]:
    """Every gold article of the files (or folders) given, in order.

    Raises `GoldError` naming the file and line for anything the scorer could not trust:
    a line that is not JSON, a doc_id seen twice, a figure kind, qualifier, check rule or
    status outside the contract, a check without its key, a figure whose value the same
    article declares page chrome.
    """
    articles: list[GoldArticle] = []
    seen: dict[str, str] = {}
    for path in gold_files(paths):
        with path.open(encoding="utf-8-sig") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldError(f"{where}: not JSON ({exc.msg}, column {exc.colno})") from None
                article = _gold_article(row, where)
                if article.doc_id in seen:
                    raise GoldError(
                        f"{where}: doc_id {article.doc_id!r} is annotated twice (first at {seen[article.doc_id]})"
                    )
                seen[article.doc_id] = where
                articles.append(article)
    return articles


def _is_number(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def _gold_article(row: object, where: str) -> GoldArticle:
    if not isinstance(row, dict):
        raise GoldError(f"{where}: a gold line must be a JSON object, not {type(row).__name__}")
    doc_id = row.get("doc_id")
    if not isinstance(doc_id, str) or not doc_id:
        raise GoldError(f"{where}: no doc_id")
    here = f"{where} ({doc_id})"
    missing = [k for k in GOLD_REQUIRED if k not in row]
    if missing:
        raise GoldError(f"{here}: missing {', '.join(missing)}")
    unknown = sorted(set(row) - GOLD_FIELDS)
    if unknown:
        raise GoldError(
            f"{here}: unknown field(s) {', '.join(unknown)}; a gold line has {', '.join(sorted(GOLD_FIELDS))}"
        )
    meta = row["meta"]
    if not isinstance(meta, dict) or set(meta) != set(META_FIELDS):
        raise GoldError(f"{here}: meta must have exactly the fields {', '.join(META_FIELDS)}")
    published = meta["published"]
    if published is not None and not (isinstance(published, str) and len(published) == 10 and published[4] == "-"):
        raise GoldError(f"{here}: meta.published {published!r} is not YYYY-MM-DD or null")
    for name in ("figures", "ratios", "documents", "checks"):
        if not isinstance(row[name], list) or not all(isinstance(x, dict) for x in row[name]):
            raise GoldError(f"{here}: {name} must be a list of objects")
    boilerplate = row.get("boilerplate_values") or []
    if not isinstance(boilerplate, list) or not all(_is_number(v) for v in boilerplate):
        raise GoldError(f"{here}: boilerplate_values must be a list of numbers")
    chrome = {float(v) for v in boilerplate}
    for i, fig in enumerate(row["figures"], 1):
        what = f"{here}: figure {i} ({fig.get('text') or fig.get('note') or fig.get('value')!r})"
        kind = fig.get("kind")
        if kind not in FIGURE_KINDS:
            raise GoldError(f"{what} has kind {kind!r}, not one of {', '.join(sorted(FIGURE_KINDS))}")
        also = fig.get("also") or []
        if not isinstance(also, list) or any(a not in FIGURE_KINDS for a in also):
            raise GoldError(f"{what}: also {also!r} holds a kind outside {', '.join(sorted(FIGURE_KINDS))}")
        if kind in also:
            raise GoldError(f"{what}: also repeats its own kind {kind!r}")
        if not _is_number(fig.get("value")):
            raise GoldError(f"{what}: value {fig.get('value')!r} is not a number")
        if fig.get("qualifier", "exact") not in QUALIFIERS:
            raise GoldError(f"{what}: qualifier {fig.get('qualifier')!r}, not one of {', '.join(sorted(QUALIFIERS))}")
        if kind in SCORED_KINDS and float(fig["value"]) in chrome:
            raise GoldError(
                f"{what}: value {fig['value']} is also listed in boilerplate_values (must never be a figure)"
            )
    for i, ratio in enumerate(row["ratios"], 1):
        what = f"{here}: ratio {i} ({ratio.get('text') or ratio.get('note') or ''!r})"
        values = [ratio.get(k) for k in ("numerator", "denominator", "percent")]
        if any(v is not None and not _is_number(v) for v in values) or all(v is None for v in values):
            raise GoldError(f"{what}: numerator, denominator and percent must be numbers or null, not all null")
        if ratio.get("qualifier", "exact") not in QUALIFIERS:
            raise GoldError(f"{what}: qualifier {ratio.get('qualifier')!r}, not one of {', '.join(sorted(QUALIFIERS))}")
    numbers: dict[str, int] = {}
    for i, doc in enumerate(row["documents"], 1):
        number = doc.get("number")
        if not isinstance(number, str) or not number.strip():
            raise GoldError(f"{here}: document {i} has no number")
        key = norm_number(number)
        if key in numbers:
            raise GoldError(f"{here}: document {i} ({number}) repeats document {numbers[key]}: list a document once")
        numbers[key] = i
    for i, check in enumerate(row["checks"], 1):
        what = f"{here}: check {i}"
        for name in ("rule", "status", "key"):
            if check.get(name) is None:
                raise GoldError(f"{what} has no {name}: a gold check needs rule, status and key")
        if check["rule"] not in CHECK_RULES:
            raise GoldError(f"{what}: rule {check['rule']!r}, not one of {', '.join(sorted(CHECK_RULES))}")
        if check["status"] not in CHECK_STATUSES:
            raise GoldError(f"{what}: status {check['status']!r}, not ok or mismatch")
    return GoldArticle(
        doc_id=doc_id,
        where=where,
        meta=dict(meta),
        figures=list(row["figures"]),
        ratios=list(row["ratios"]),
        documents=list(row["documents"]),
        checks=list(row["checks"]),
        boilerplate_values=list(boilerplate),
        source=row.get("source"),
    )


# ---------------------------------------------------------------------------------------------
# Keys: how gold and predicted items are compared (the rules of the output contract)


def norm_text(s: object) -> str:
    """Text compared for metadata: NFC, Đ for its look-alike, spaces collapsed, case folded.

    >>> norm_text("  Ðặng  GIANG ") == norm_text("Đặng Giang")
    True
    >>> norm_text(None)
    ''
    """
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", str(s)).replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")
    return " ".join(s.split()).casefold()


def norm_number(s: object) -> str:
    """A document number compared without spaces, case or a leading "số".

    >>> norm_number("Số 36-CT/TU") == norm_number("36-ct/tu")
    True
    """
    return norm_text(s).replace(" ", "").removeprefix("số")


def num(x: object) -> float | None:
    """A value as compared: a number rounded to 2 decimals, else None.

    >>> num("4988"), num(96.444), num(None), num("n/a")
    (4988.0, 96.44, None, None)
    """
    try:
        return round(float(x), 2)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def figure_keys(figs: Iterable[dict] | None, kinds_only: bool = True) -> Counter:
    """(kind, value) of the scored figures; with `kinds_only=False`, ("*", value) of all but `other`."""
    keys: Counter = Counter()
    for f in figs or []:
        kind = f.get("kind")
        if kinds_only and kind not in SCORED_KINDS:
            continue
        if not kinds_only and kind == "other":
            continue
        keys[(kind if kinds_only else "*", num(f.get("value")))] += 1
    return keys


def with_alternatives(gold_figs: list[dict], pred_figs: list[dict] | None) -> tuple[Counter, Counter]:
    """Gold and predicted (kind, value) counters, where a gold figure that lists other
    acceptable kinds under `also` takes the kind the prediction gave it. `other` among them
    makes the figure optional: missing it costs nothing, and a gold `other` figure that lists
    a scored kind accepts a prediction of that kind."""
    gold, pred = figure_keys(gold_figs), figure_keys(pred_figs)
    spare = pred - gold
    for f in gold_figs:
        kind, value = f.get("kind"), num(f.get("value"))
        alts = f.get("also") or []
        if kind in SCORED_KINDS:
            if (gold - pred)[(kind, value)] == 0:
                continue
            for alt in alts:
                if alt in SCORED_KINDS and spare[(alt, value)] > 0:
                    spare[(alt, value)] -= 1
                    gold[(kind, value)] -= 1
                    gold[(alt, value)] += 1
                    break
            else:
                if "other" in alts:
                    gold[(kind, value)] -= 1
        else:
            for alt in alts:
                if alt in SCORED_KINDS and spare[(alt, value)] > 0:
                    spare[(alt, value)] -= 1
                    gold[(alt, value)] += 1
                    break
    return +gold, pred


def ratio_key(r: dict) -> tuple:
    """A fraction is matched on numerator and denominator, a bare percent on its value.

    >>> ratio_key({"numerator": 386, "denominator": 478, "percent": 73})
    ('fraction', 386.0, 478.0)
    >>> ratio_key({"percent": 96.44})
    ('percent', 96.4)
    """
    n, d = num(r.get("numerator")), num(r.get("denominator"))
    if n is not None and d is not None:
        return ("fraction", n, d)
    p = num(r.get("percent"))
    return ("percent", None if p is None else round(p, 1))


def ratio_keys(ratios: Iterable[dict] | None) -> Counter:
    return Counter(ratio_key(r) for r in ratios or [])


def doc_keys(docs: Iterable[dict] | None) -> Counter:
    return Counter({norm_number(d.get("number")): 1 for d in docs or [] if d.get("number")})


def check_key(c: dict, gold: bool) -> tuple:
    """(rule, status, reference): the gold's `key` against the prediction's `stated` or `subject`."""
    rule = c.get("rule")
    ref = c.get("key") if gold else c.get("stated")
    if rule in ("sum", "list_count"):
        ref = num(ref)
    elif rule == "ratio_percent":
        value = num(ref)
        ref = None if value is None else round(value, 1)
    elif rule == "doc_date":
        ref = norm_number(ref if gold else c.get("subject"))
    elif rule == "weekday":
        ref = str(ref if gold else c.get("subject"))[:10]
    return (rule, c.get("status"), ref)


# ---------------------------------------------------------------------------------------------
# Scoring


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Tally:
    """True positives, false positives and misses, overall and per group (a key's first field)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    groups: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))

    def add(self, gold: Counter, pred: Counter) -> tuple[list, list]:
        """Count one article; returns its missed and its extra keys."""
        hit, extra, miss = gold & pred, pred - gold, gold - pred
        self.tp += sum(hit.values())
        self.fp += sum(extra.values())
        self.fn += sum(miss.values())
        for counter, slot in ((hit, 0), (extra, 1), (miss, 2)):
            for key, n in counter.items():
                self.groups[str(key[0])][slot] += n
        return list(miss.elements()), list(extra.elements())

    def prf(self) -> tuple[float, float, float]:
        return _prf(self.tp, self.fp, self.fn)

    def as_dict(self) -> dict[str, float | int]:
        p, r, f = self.prf()
        return {"precision": p, "recall": r, "f1": f, "tp": self.tp, "fp": self.fp, "fn": self.fn}

    def by_group(self, order: Iterable[str] = ()) -> dict[str, dict[str, float | int]]:
        names = [g for g in order if g in self.groups] + sorted(g for g in self.groups if g not in order)
        out = {}
        for name in names:
            tp, fp, fn = self.groups[name]
            p, r, f = _prf(tp, fp, fn)
            out[name] = {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}
        return out


@dataclass(frozen=True, slots=True)
class Finding:
    """One miss, extra, false alarm or metadata error, with the words that show it."""

    what: str  # miss, extra, false_alarm, meta, leak, span
    section: str  # figures, ratios, documents, checks, meta
    doc_id: str
    key: str
    surface: str = ""
    sentence: str = ""

    def as_dict(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in self.__slots__}


@dataclass
class Report:
    """Everything one evaluation found."""

    articles: int = 0
    figures: Tally = field(default_factory=Tally)
    values: Tally = field(default_factory=Tally)
    ratios: Tally = field(default_factory=Tally)
    documents: Tally = field(default_factory=Tally)
    checks: Tally = field(default_factory=Tally)
    false_alarms: int = 0
    false_alarm_rules: Counter = field(default_factory=Counter)
    meta_hits: Counter = field(default_factory=Counter)
    meta_total: int = 0
    findings: list[Finding] = field(default_factory=list)
    leaks: int = 0
    span_errors: int = 0
    missing: list[str] = field(default_factory=list)

    @property
    def meta_accuracy(self) -> float:
        return sum(self.meta_hits.values()) / self.meta_total if self.meta_total else 1.0

    def scores(self) -> dict[str, float | int]:
        """The contract's scores, as `score.py --json` prints them, and the false alarms per article."""
        scores: dict[str, float | int] = {
            "figures_f1": self.figures.prf()[2],
            "values_f1": self.values.prf()[2],
            "ratios_f1": self.ratios.prf()[2],
            "documents_f1": self.documents.prf()[2],
            "checks_recall": self.checks.prf()[1],
            "false_alarms": self.false_alarms,
            "meta_accuracy": self.meta_accuracy,
            "boilerplate_leaks": self.leaks,
            "span_errors": self.span_errors,
            "missing_articles": len(self.missing),
        }
        scores["false_alarms_per_article"] = self.false_alarms / self.articles if self.articles else 0.0
        return scores

    def checks_by_rule(self) -> dict[str, dict[str, float | int]]:
        """Recall and false alarms per check rule, for the rules the gold or the output has."""
        out = {}
        for rule in sorted(set(self.checks.groups) | set(self.false_alarm_rules)):
            found, _, missed = self.checks.groups.get(rule, (0, 0, 0))
            out[rule] = {
                "recall": found / (found + missed) if found + missed else 1.0,
                "found": found,
                "gold": found + missed,
                "false_alarms": self.false_alarm_rules[rule],
            }
        return out

    def as_json(self, *, verbose: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.scores())
        out["articles"] = self.articles
        out["figures"] = {**self.figures.as_dict(), "by_kind": self.figures.by_group(SCORED_KINDS)}
        out["values"] = self.values.as_dict()
        out["ratios"] = {**self.ratios.as_dict(), "by_form": self.ratios.by_group(("fraction", "percent"))}
        out["documents"] = self.documents.as_dict()
        out["checks"] = {
            "recall": self.checks.prf()[1],
            "found": self.checks.tp,
            "gold": self.checks.tp + self.checks.fn,
            "false_alarms": self.false_alarms,
            "by_rule": self.checks_by_rule(),
        }
        per_field = self.meta_total // len(META_FIELDS) if self.meta_total else 0
        out["meta"] = {
            "accuracy": self.meta_accuracy,
            "by_field": {f: (self.meta_hits[f] / per_field if per_field else 1.0) for f in META_FIELDS},
        }
        out["missing"] = list(self.missing)
        if verbose:
            out["findings"] = [f.as_dict() for f in self.findings]
        return out


def _clean(text: object) -> str:
    return " ".join(str(text or "").split())


def _pick(items: list[dict], n: int, surfaces: set[str], surface_of) -> list[dict]:
    """n of the items, preferring those whose surface the other side does not have."""
    if n <= 0:
        return []
    unmatched = [x for x in items if norm_text(surface_of(x)) not in surfaces]
    matched = [x for x in items if norm_text(surface_of(x)) in surfaces]
    return (unmatched + matched)[:n]


def _figure_findings(doc_id: str, gold_figs: list[dict], pred_figs: list[dict], misses: list, extras: list):
    pred_surfaces = {norm_text(f.get("text")) for f in pred_figs}
    gold_surfaces = {norm_text(f.get("text")) for f in gold_figs}
    out = []
    for key, n in Counter(misses).items():
        kind, value = key
        cands = [
            g
            for g in gold_figs
            if num(g.get("value")) == value and (g.get("kind") == kind or kind in (g.get("also") or []))
        ]
        chosen = _pick(cands, n, pred_surfaces, lambda g: g.get("text"))
        for g in chosen or [{}] * n:
            out.append(
                Finding(
                    "miss", "figures", doc_id, f"{kind} {_fmt(value)}", _clean(g.get("text")), _clean(g.get("note"))
                )
            )
    for key, n in Counter(extras).items():
        kind, value = key
        cands = [p for p in pred_figs if p.get("kind") == kind and num(p.get("value")) == value]
        for p in _pick(cands, n, gold_surfaces, lambda p: p.get("text")):
            sentence = (p.get("sentence") or {}).get("text") if isinstance(p.get("sentence"), dict) else None
            out.append(
                Finding("extra", "figures", doc_id, f"{kind} {_fmt(value)}", _clean(p.get("text")), _clean(sentence))
            )
    return out


def _ratio_sentence(r: dict, pred: dict) -> str:
    """The sentence of a predicted figure that holds the ratio, else the ratio itself."""
    start, end = r.get("start"), r.get("end")
    for f in pred.get("figures") or []:
        s = f.get("sentence") or {}
        if isinstance(start, int) and isinstance(end, int) and s.get("start", 1) <= start and end <= s.get("end", 0):
            return _clean(s.get("text"))
    return ""


def _ratio_findings(doc_id: str, gold: list[dict], pred: dict, misses: list, extras: list) -> list[Finding]:
    preds = pred.get("ratios") or []
    pred_surfaces = {norm_text(r.get("text")) for r in preds}
    gold_surfaces = {norm_text(g.get("text")) for g in gold}
    out = []
    for key, n in Counter(misses).items():
        cands = _pick([g for g in gold if ratio_key(g) == key], n, pred_surfaces, lambda g: g.get("text"))
        for g in cands or [{}] * n:
            out.append(
                Finding("miss", "ratios", doc_id, _ratio_label(key), _clean(g.get("text")), _clean(g.get("note")))
            )
    for key, n in Counter(extras).items():
        for r in _pick([r for r in preds if ratio_key(r) == key], n, gold_surfaces, lambda r: r.get("text")):
            out.append(
                Finding("extra", "ratios", doc_id, _ratio_label(key), _clean(r.get("text")), _ratio_sentence(r, pred))
            )
    return out


def _ratio_label(key: tuple) -> str:
    if key[0] == "fraction":
        return f"{_fmt(key[1])}/{_fmt(key[2])}"
    return "None%" if key[1] is None else f"{_fmt(key[1])}%"


def _fmt(x: object) -> str:
    """A number as printed in findings.

    >>> _fmt(4988.0), _fmt(96.4), _fmt(None)
    ('4988', '96.4', 'None')
    """
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def score(gold: list[GoldArticle], predictions: Iterable[dict], sources: dict[str, str] | None = None) -> Report:
    """Compare predicted records (dicts as written by `solieu extract`) with the gold.

    The first record of a doc_id counts; `sources` (doc_id → text) enables the span check.
    """
    pred: dict[str, dict] = {}
    for p in predictions:
        pred.setdefault(str(p.get("doc_id")), p)
    sources = sources or {}
    report = Report(articles=len(gold))
    for g in gold:
        doc_id = g.doc_id
        p = pred.get(doc_id)
        if p is None:
            report.missing.append(doc_id)
            p = {}
        pred_figs = p.get("figures") or []
        misses, extras = report.figures.add(*with_alternatives(g.figures, pred_figs))
        report.findings += _figure_findings(doc_id, g.figures, pred_figs, misses, extras)
        report.values.add(figure_keys(g.figures, False), figure_keys(pred_figs, False))
        misses, extras = report.ratios.add(ratio_keys(g.ratios), ratio_keys(p.get("ratios")))
        report.findings += _ratio_findings(doc_id, g.ratios, p, misses, extras)
        misses, extras = report.documents.add(doc_keys(g.documents), doc_keys(p.get("documents")))
        by_number = {norm_number(d.get("number")): d for d in g.documents}
        for key in misses:
            d = by_number.get(key, {})
            report.findings.append(
                Finding("miss", "documents", doc_id, key, _clean(d.get("number")), _clean(d.get("doc_type")))
            )
        pred_docs = {norm_number(d.get("number")): d for d in p.get("documents") or []}
        for key in extras:
            d = pred_docs.get(key, {})
            mention = (d.get("mentions") or [{}])[0].get("text")
            report.findings.append(Finding("extra", "documents", doc_id, key, _clean(d.get("number")), _clean(mention)))

        gold_checks = Counter(check_key(c, True) for c in g.checks)
        pred_check_list = p.get("checks") or []
        pred_checks = Counter(check_key(c, False) for c in pred_check_list)
        misses, _ = report.checks.add(gold_checks, pred_checks & gold_checks)  # recall only
        notes = {check_key(c, True): c.get("note") for c in g.checks}
        for key in misses:
            report.findings.append(
                Finding("miss", "checks", doc_id, f"{key[0]} {key[1]} {_fmt(key[2])}", "", _clean(notes.get(key)))
            )
        gold_alarms = Counter(k for k in gold_checks.elements() if k[1] == "mismatch")
        alarms = Counter(k for k in pred_checks.elements() if k[1] == "mismatch") - gold_alarms
        report.false_alarms += sum(alarms.values())
        for key, n in alarms.items():
            report.false_alarm_rules[str(key[0])] += n
            messages = [c for c in pred_check_list if check_key(c, False) == key]
            for c in messages[-n:]:
                report.findings.append(
                    Finding(
                        "false_alarm",
                        "checks",
                        doc_id,
                        f"{key[0]} {_fmt(key[2])}",
                        _clean(c.get("subject")),
                        _clean(c.get("message")),
                    )
                )

        location = p.get("location") or {}
        for name in META_FIELDS:
            want = g.meta.get(name)
            got = location.get(name) if name in ("province", "district") else p.get(name)
            report.meta_total += 1
            if (p and norm_text(want) == norm_text(got)) or (
                name == "published" and str(got or "")[:10] == str(want or "")[:10] and want
            ):
                report.meta_hits[name] += 1
            else:
                report.findings.append(Finding("meta", "meta", doc_id, name, f"want {want!r}", f"got {got!r}"))
        bad = set(g.boilerplate_values)
        for f in pred_figs:
            if num(f.get("value")) in bad:
                report.leaks += 1
                report.findings.append(Finding("leak", "figures", doc_id, "boilerplate", _clean(f.get("text"))))
        if doc_id in sources and p:
            for error in span_errors(p, sources[doc_id]):
                report.span_errors += 1
                report.findings.append(Finding("span", "figures", doc_id, "span", error))
    return report


def span_errors(article: dict, text: str) -> list[str]:
    """Figures and ratios whose offsets do not give back their text."""
    errors = []
    for name in ("figures", "ratios"):
        for item in article.get(name) or []:
            start, end, surface = item.get("start"), item.get("end"), item.get("text")
            if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
                errors.append(f"{name}: bad span {start}..{end}")
            elif surface is not None and text[start:end] != surface:
                errors.append(f"{name}: text[{start}:{end}]={text[start:end]!r} != {surface!r}")
    return errors


# ---------------------------------------------------------------------------------------------
# Reading predictions and sources, running the pipeline on the gold articles


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
    from extract.ingest import iter_inputs

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
    from extract.ingest import iter_inputs

    dirs = [Path(d) for d in (dirs if dirs is not None else default_text_dirs())]
    by_file: dict[str, set[str]] = defaultdict(set)
    for g in gold:
        by_file[g.source or ""].add(g.doc_id)
    found: dict[str, Any] = {}
    problems = []
    for source, ids in by_file.items():
        if source:
            path = next((d / source for d in dirs if (d / source).is_file()), None)
            if path is None:
                problems.append(f"{source} (for {len(ids)} gold articles) is in none of {', '.join(map(str, dirs))}")
                continue
            for raw in iter_inputs([str(path)]):
                if raw.doc_id in ids:
                    found.setdefault(raw.doc_id, raw)
        else:
            for doc_id in sorted(ids):
                path = next((d / f"{doc_id}.txt" for d in dirs if (d / f"{doc_id}.txt").is_file()), None)
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
    from extract.pipeline import process

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


# ---------------------------------------------------------------------------------------------
# Printing


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


# ---------------------------------------------------------------------------------------------
# The ratchet: floors that only rise


def load_ratchet(path: str | Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"{path}: cannot read the ratchet ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("floors"), dict):
        raise EvaluationError(f"{path}: a ratchet holds {{'floors': {{...}}, 'ceilings': {{...}}}}")
    unknown = set(data["floors"]) - set(RATCHET_FLOORS) | set(data.get("ceilings") or {}) - set(RATCHET_CEILINGS)
    if unknown:
        raise EvaluationError(f"{path}: unknown score(s) {', '.join(sorted(unknown))}")
    return data


def check_ratchet(scores: dict[str, float | int], ratchet: dict[str, Any]) -> list[str]:
    """What fell below its floor or rose above its ceiling; empty when the ratchet holds."""
    failures = []
    for name, floor in ratchet.get("floors", {}).items():
        if scores[name] < floor - 1e-9:
            failures.append(f"{name} = {scores[name]:.4f} is below its floor {floor:.4f}")
    for name, ceiling in (ratchet.get("ceilings") or {}).items():
        if scores[name] > ceiling + 1e-9:
            failures.append(f"{name} = {scores[name]:.4f} is above its ceiling {ceiling:.4f}")
    return failures


def _down(x: float) -> float:
    return math.floor(x * 10000 + 1e-6) / 10000


def _up(x: float) -> float:
    return math.ceil(x * 10000 - 1e-6) / 10000


def raise_ratchet(
    scores: dict[str, float | int], ratchet: dict[str, Any], *, allow_lower: bool = False
) -> tuple[dict[str, Any], list[str]]:
    """The ratchet with its floors raised (ceilings lowered) to the scores reached, and what
    changed. A floor goes down, or a ceiling up, only with `allow_lower`."""
    floors = dict(ratchet.get("floors") or {})
    ceilings = dict(ratchet.get("ceilings") or {})
    changes = []
    for name in RATCHET_FLOORS:
        new = _down(float(scores[name]))
        old = floors.get(name)
        if old is None or new > old or (allow_lower and new < old):
            floors[name] = new
            changes.append(f"floor {name}: {old} -> {new}")
    for name in RATCHET_CEILINGS:
        new = _up(float(scores[name]))
        old = ceilings.get(name)
        if old is None or new < old or (allow_lower and new > old):
            ceilings[name] = new
            changes.append(f"ceiling {name}: {old} -> {new}")
    return {**ratchet, "floors": floors, "ceilings": ceilings}, changes


def write_ratchet(path: str | Path, ratchet: dict[str, Any]) -> None:
    Path(path).write_text(json.dumps(ratchet, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# False positives on general news


@dataclass
class FalsePositives:
    """Figures of the scored kinds found in articles that are not about the project's topic."""

    articles: int = 0
    counts: Counter = field(default_factory=Counter)  # kind → figures
    articles_with: Counter = field(default_factory=Counter)  # kind → articles with at least one
    examples: list[dict[str, Any]] = field(default_factory=list)  # every such figure

    def total(self, kinds: Iterable[str]) -> int:
        return sum(self.counts[k] for k in kinds)

    def as_json(self, examples: int = 20) -> dict[str, Any]:
        rate = {k: self.counts[k] / self.articles if self.articles else 0.0 for k in SCORED_KINDS}
        training = self.total(TRAINING_KINDS)
        other = self.total(OTHER_SCORED_KINDS)
        return {
            "articles": self.articles,
            "counts": {k: self.counts[k] for k in SCORED_KINDS},
            "articles_with": {k: self.articles_with[k] for k in SCORED_KINDS},
            "per_article": rate,
            "training": training,
            "training_per_article": training / self.articles if self.articles else 0.0,
            "party_officials_funding": other,
            "party_officials_funding_per_article": other / self.articles if self.articles else 0.0,
            "worst": worst_examples(self.examples, examples),
        }


def worst_examples(examples: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
    """The false positives most worth a rule fix: the training kinds first, then the (kind,
    noun, rule) that recur most, one example each."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for e in examples:
        groups[(e["kind"], e["noun"].casefold(), e["rule"])].append(e)
    ranked = sorted(groups.values(), key=lambda g: (g[0]["kind"] not in TRAINING_KINDS, -len(g), g[0]["doc_id"]))
    return [{**g[0], "times": len(g)} for g in ranked[:n]]


def sample_ids(path: str | Path, n: int, exclude: set[str]) -> list[str]:
    """n ids of a JSONL corpus, evenly spaced over the file (so every source is represented)."""
    ids = [str(r.get("id")) for r in read_jsonl(path)]
    eligible = [i for i in ids if i not in exclude]
    if n >= len(eligible):
        return eligible
    step = len(eligible) / n
    return [eligible[int(i * step)] for i in range(n)]


def topic_ids(sample: str | Path) -> set[str]:
    """The ids of the topic files that lie beside a corpus sample (news-topic*.jsonl.gz)."""
    ids: set[str] = set()
    for path in sorted(Path(sample).parent.glob("news-topic*.jsonl*")):
        ids |= {str(r.get("id")) for r in read_jsonl(path)}
    return ids


def false_positives(
    sample: str | Path, *, limit: int = 500, exclude: set[str] | None = None, jobs: int | None = None
) -> FalsePositives:
    """Run the pipeline on `limit` general articles of `sample` (none from the topic files beside
    it, nor from `exclude`) and count the figures of the scored kinds it finds there."""
    from extract.ingest import iter_inputs

    skip = topic_ids(sample) | set(exclude or ())
    wanted = set(sample_ids(sample, limit, skip))
    raws = [r for r in iter_inputs([str(sample)]) if r.doc_id in wanted]
    result = FalsePositives(articles=len(raws))
    for record in process_many(raws, jobs):
        kinds_here = set()
        for f in record.get("figures") or []:
            if f["kind"] not in SCORED_KINDS:
                continue
            result.counts[f["kind"]] += 1
            kinds_here.add(f["kind"])
            result.examples.append(
                {
                    "doc_id": record["doc_id"],
                    "kind": f["kind"],
                    "value": f["value"],
                    "text": f["text"],
                    "noun": f.get("noun", ""),
                    "rule": f.get("rule", ""),
                    "sentence": _clean((f.get("sentence") or {}).get("text")),
                }
            )
        result.articles_with.update(kinds_here)
    return result


def format_false_positives(fp: FalsePositives, examples: int = 20) -> str:
    data = fp.as_json(examples)
    lines = [f"false positives on {fp.articles} general articles (figures of a scored kind; there should be ~none)"]
    for kind in SCORED_KINDS:
        lines.append(
            f"  {kind:14} {fp.counts[kind]:5} figures in {fp.articles_with[kind]:4} articles"
            f"  ({data['per_article'][kind]:.3f} per article)"
        )
    lines.append(
        f"  training kinds (classes, learners, trainees): {data['training']} "
        f"({data['training_per_article']:.3f} per article)"
    )
    lines.append(
        f"  party_members, party_units, officials, funding: {data['party_officials_funding']} "
        f"({data['party_officials_funding_per_article']:.3f} per article)"
    )
    lines.append("worst (kind, noun, rule; how often; one example):")
    for e in data["worst"]:
        lines.append(
            f"  {e['kind']:13} ×{e['times']:<3} {e['doc_id']} «{e['text']}» noun={e['noun']!r} rule={e['rule']}"
            f"\n      {e['sentence'][:300]}"
        )
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# The command


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
