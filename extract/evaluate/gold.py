"""Gold annotations: loaded, and refused with file, line and doc_id when they contradict themselves."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from solieu.evaluate.contract import (
    CHECK_RULES,
    CHECK_STATUSES,
    FIGURE_KINDS,
    GOLD_FIELDS,
    GOLD_REQUIRED,
    META_FIELDS,
    QUALIFIERS,
    SCORED_KINDS,
    GoldError,
)
from solieu.evaluate.keys import norm_number


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


BLIND_PREFIX = "blind-"


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """The gold files named, a folder standing for its `*.jsonl` files in name order.

    A blind set (`blind-*.jsonl`) is scored only when named itself: it measures the rules on
    articles nobody read while writing them, so it stays out of the folder's score and the
    ratchet, which rules are tuned against.
    """
    out: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.glob("*.jsonl") if not p.name.startswith(BLIND_PREFIX))
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
