"""Precision, recall and F1 per kind, checks recall and false alarms, metadata accuracy; misses and extras."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from solieu.evaluate.contract import META_FIELDS, SCORED_KINDS
from solieu.evaluate.gold import GoldArticle
from solieu.evaluate.keys import (
    check_key,
    doc_keys,
    figure_keys,
    norm_number,
    norm_text,
    num,
    ratio_key,
    ratio_keys,
    with_alternatives,
)


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


def clean_text(text: object) -> str:
    """A surface or note on one line, for the misses and extras listing."""
    return " ".join(str(text or "").split())


def sentence_text(record: dict, item: dict) -> str:
    """The text of the sentence an item of a record stands in, from the record's `sentences`.

    >>> sentence_text({"sentences": [{"id": "s1", "text": "57 lớp.", "start": 0, "end": 7}]}, {"sentence": "s1"})
    '57 lớp.'
    >>> sentence_text({"sentences": []}, {"sentence": {"text": "an older record", "start": 0, "end": 15}})
    'an older record'
    """
    ref = item.get("sentence")
    if isinstance(ref, dict):  # a record written before sentences were stored once
        return clean_text(ref.get("text"))
    found = next((s for s in record.get("sentences") or [] if s.get("id") == ref), None)
    return clean_text(found.get("text")) if found else ""


def _pick(items: list[dict], n: int, surfaces: set[str], surface_of) -> list[dict]:
    """n of the items, preferring those whose surface the other side does not have."""
    if n <= 0:
        return []
    unmatched = [x for x in items if norm_text(surface_of(x)) not in surfaces]
    matched = [x for x in items if norm_text(surface_of(x)) in surfaces]
    return (unmatched + matched)[:n]


def _figure_findings(doc_id: str, gold_figs: list[dict], pred: dict, misses: list, extras: list):
    pred_figs = pred.get("figures") or []
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
                    "miss",
                    "figures",
                    doc_id,
                    f"{kind} {_fmt(value)}",
                    clean_text(g.get("text")),
                    clean_text(g.get("note")),
                )
            )
    for key, n in Counter(extras).items():
        kind, value = key
        cands = [p for p in pred_figs if p.get("kind") == kind and num(p.get("value")) == value]
        for p in _pick(cands, n, gold_surfaces, lambda p: p.get("text")):
            label = f"{kind} {_fmt(value)}"
            out.append(Finding("extra", "figures", doc_id, label, clean_text(p.get("text")), sentence_text(pred, p)))
    return out


def _ratio_findings(doc_id: str, gold: list[dict], pred: dict, misses: list, extras: list) -> list[Finding]:
    preds = pred.get("ratios") or []
    pred_surfaces = {norm_text(r.get("text")) for r in preds}
    gold_surfaces = {norm_text(g.get("text")) for g in gold}
    out = []
    for key, n in Counter(misses).items():
        cands = _pick([g for g in gold if ratio_key(g) == key], n, pred_surfaces, lambda g: g.get("text"))
        for g in cands or [{}] * n:
            out.append(
                Finding(
                    "miss", "ratios", doc_id, _ratio_label(key), clean_text(g.get("text")), clean_text(g.get("note"))
                )
            )
    for key, n in Counter(extras).items():
        for r in _pick([r for r in preds if ratio_key(r) == key], n, gold_surfaces, lambda r: r.get("text")):
            out.append(
                Finding("extra", "ratios", doc_id, _ratio_label(key), clean_text(r.get("text")), sentence_text(pred, r))
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
        found = pred.get(doc_id)
        if found is None:
            report.missing.append(doc_id)
        p = found if found is not None else {}
        pred_figs = p.get("figures") or []
        misses, extras = report.figures.add(*with_alternatives(g.figures, pred_figs))
        report.findings += _figure_findings(doc_id, g.figures, p, misses, extras)
        report.values.add(figure_keys(g.figures, False), figure_keys(pred_figs, False))
        misses, extras = report.ratios.add(ratio_keys(g.ratios), ratio_keys(p.get("ratios")))
        report.findings += _ratio_findings(doc_id, g.ratios, p, misses, extras)
        misses, extras = report.documents.add(doc_keys(g.documents), doc_keys(p.get("documents")))
        by_number = {norm_number(d.get("number")): d for d in g.documents}
        for key in misses:
            d = by_number.get(key, {})
            report.findings.append(
                Finding("miss", "documents", doc_id, key, clean_text(d.get("number")), clean_text(d.get("doc_type")))
            )
        pred_docs = {norm_number(d.get("number")): d for d in p.get("documents") or []}
        for key in extras:
            d = pred_docs.get(key, {})
            mention = (d.get("mentions") or [{}])[0].get("text")
            report.findings.append(
                Finding("extra", "documents", doc_id, key, clean_text(d.get("number")), clean_text(mention))
            )

        gold_checks = Counter(check_key(c, True) for c in g.checks)
        pred_check_list = p.get("checks") or []
        pred_checks = Counter(check_key(c, False) for c in pred_check_list)
        misses, _ = report.checks.add(gold_checks, pred_checks & gold_checks)  # recall only
        notes = {check_key(c, True): c.get("note") for c in g.checks}
        for key in misses:
            report.findings.append(
                Finding("miss", "checks", doc_id, f"{key[0]} {key[1]} {_fmt(key[2])}", "", clean_text(notes.get(key)))
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
                        clean_text(c.get("subject")),
                        clean_text(c.get("message")),
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
                report.findings.append(Finding("leak", "figures", doc_id, "boilerplate", clean_text(f.get("text"))))
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
