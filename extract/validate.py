"""Cross-check an article's figures against each other; every check goes into the record.

The validator reads only the record (not the text), so `solieu validate` can re-run it on
output a person corrected by hand. It reports what the text states and what the numbers
compute, and says "mismatch" only where the text itself presents the numbers as comparable:
parts that partition a total, a percent stated for a fraction, a count with its list.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from datetime import date

from solieu.checks import fmt as _fmt
from solieu.checks import make_check as _check
from solieu.checks import ratio_agrees, said_percent, stated_percent
from solieu.checks import span as _span
from solieu.cues import words
from solieu.layout import WEEKDAYS
from solieu.link.agreeing import parts_agree, parts_exceed
from solieu.percents import percent_checks
from solieu.schemas import Article, Check, DatedWeekday, Dateline, Evidence, Figure, Ratio
from solieu.weekdays import weekday_index

_SHARE_VERBS = tuple(words("validate", "share.verb"))


def validate(article: Article) -> list[Check]:
    """All checks of one article, in a stable order."""
    checks: list[Check] = []
    checks += _sums(article)
    by_id = {f.id: f for f in article.figures}  # one index: a page of figures is not scanned per ratio
    checks += [c for r in article.ratios for c in _ratio(r, article, by_id)]
    checks += percent_checks(article)
    checks += _lists(article)
    checks += _documents(article)
    checks += _weekday(article)
    return _in_sentences(_once(checks), article)


def _once(checks: list[Check]) -> list[Check]:
    """Each check once: two readings of the same numbers (the shares of one whole found both as a
    breakdown in percents and as a sentence's percents) make one check, the first."""
    seen: set[tuple[str, object, tuple[tuple[int, int], ...]]] = set()
    out = []
    for c in checks:
        key = (c.rule, c.stated, tuple((e.start, e.end) for e in c.evidence))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _in_sentences(checks: list[Check], article: Article) -> list[Check]:
    """Each span of evidence with the id of the stored sentence it starts in, for the reader."""
    starts = [s.start for s in article.sentences]

    def holding(span: Evidence) -> str | None:
        i = bisect_right(starts, span.start) - 1
        if i >= 0 and span.start < article.sentences[i].end:
            return article.sentences[i].id
        return None

    return [
        c.model_copy(update={"evidence": [e.model_copy(update={"sentence": holding(e)}) for e in c.evidence]})
        for c in checks
    ]


def _sums(article: Article) -> list[Check]:
    out = []
    parts_of: dict[str, list[Figure]] = {}
    for f in article.figures:
        if f.part_of is not None:
            parts_of.setdefault(f.part_of, []).append(f)
    for total in article.figures:
        if total.breakdown not in ("complete", "disjoint", "incomplete"):
            continue
        parts = parts_of.get(total.id, [])
        if len(parts) < 2:
            continue
        computed = sum(p.value for p in parts)
        diff = computed - total.value
        terms = " + ".join(_fmt(p.value) for p in parts)
        if math.isclose(diff, 0, abs_tol=1e-9):
            status, message = "ok", f"The parts {terms} add up to the stated total {_fmt(total.value)}."
        elif parts_agree([(p.value, p.qualifier) for p in parts], total.value, total.qualifier):
            status = "ok"
            message = f"The parts {terms} add up to {_fmt(computed)}, in line with the stated total «{total.text}»."
        elif total.breakdown == "disjoint" and parts_exceed(
            [(p.value, p.qualifier) for p in parts], total.value, total.qualifier
        ):
            status = "mismatch"
            message = (
                f"The parts {terms} name each a different category, so they never overlap, yet add up to "
                f"{_fmt(computed)}, {_fmt(diff)} more than the stated total «{total.text}»."
            )
        elif total.breakdown in ("disjoint", "incomplete"):
            continue  # parts we could not all read, or a list left open: no grounds for a mismatch
        else:
            way = "less" if diff < 0 else "more"
            status = "mismatch"
            message = (
                f"The parts {terms} add up to {_fmt(computed)}, {_fmt(abs(diff))} {way} "
                f"than the stated total {_fmt(total.value)}."
            )
        out.append(
            Check(
                rule="sum",
                status=status,
                subject=total.text,
                stated=total.value,
                computed=computed,
                difference=diff,
                message=message,
                evidence=[_span(total), *map(_span, parts)],
            )
        )
    return out


def _ratio(ratio: Ratio, article: Article, by_id: dict[str, Figure]) -> list[Check]:
    out = []
    n, d, p = ratio.numerator, ratio.denominator, ratio.percent
    if ratio.form == "fraction" and n is not None and d:
        if n > d:
            out.append(
                Check(
                    rule="bounds",
                    status="mismatch",
                    subject=ratio.text,
                    stated=n,
                    computed=d,
                    difference=n - d,
                    message=f"The part {_fmt(n)} is larger than its whole {_fmt(d)}.",
                    evidence=[_span(ratio)],
                )
            )
        if p is not None:
            computed = n / d * 100
            ok = ratio_agrees(computed, ratio)
            stated = stated_percent(ratio, computed)
            message = (
                f"{_fmt(n)}/{_fmt(d)} is {_fmt(round(computed, 2))}%, "
                + ("in line with" if ok else "not")
                + f" the stated {said_percent(ratio)}%."
            )
            out.append(
                Check(
                    rule="ratio_percent",
                    status="ok" if ok else "mismatch",
                    subject=ratio.text,
                    stated=stated,
                    computed=round(computed, 2),
                    difference=round(computed - stated, 2),
                    message=message,
                    evidence=[_span(ratio)],
                )
            )
        total = by_id.get(ratio.population_total or "")
        if total is not None:
            ok = math.isclose(total.value, d)
            out.append(
                Check(
                    rule="denominator",
                    status="ok" if ok else "mismatch",
                    subject=ratio.text,
                    stated=total.value,
                    computed=d,
                    difference=d - total.value,
                    message=(
                        f"The fraction's whole {_fmt(d)} "
                        + ("matches" if ok else "differs from")
                        + f" the stated total {_fmt(total.value)}."
                    ),
                    evidence=[_span(total), _span(ratio)],
                )
            )
    elif p is not None and p > 100 and ratio.subject and any(w in ratio.text for w in _SHARE_VERBS):
        out.append(
            Check(
                rule="bounds",
                status="mismatch",
                subject=ratio.text,
                stated=p,
                computed=100,
                difference=p - 100,
                message=f"A share of {_fmt(p)}% is more than the whole.",
                evidence=[_span(ratio)],
            )
        )
    return out


def _lists(article: Article) -> list[Check]:
    out = []
    for enum in article.enumerations:
        found = len(enum.items)
        if found > enum.count:
            continue  # more names than the count: appositions or a nested list, not evidence
        ok = found == enum.count
        names = ", ".join(i.text for i in enum.items)
        message = (
            f"The count {_fmt(enum.count)} "
            + ("matches" if ok else "does not match")
            + f" the {found} items listed ({names})."
        )
        evidence = [_span(enum), *map(_span, enum.items)]
        out.append(_check("list_count", ok, enum.text, enum.count, found, message, evidence))
    return out


def _documents(article: Article) -> list[Check]:
    out = []
    for doc in article.documents:
        evidence = [_span(m) for m in doc.mentions[:1]]
        if doc.year and doc.issued:
            issued_year = int(doc.issued[:4])
            ok = issued_year == doc.year
            message = f"{doc.number} is numbered {doc.year} and dated {doc.issued}" + (
                "." if ok else f": the year in the number differs from the date's year {issued_year}."
            )
            out.append(_check("doc_date", ok, doc.number, doc.year, issued_year, message, evidence))
        if doc.issued and article.published and doc.issued > article.published[:10]:
            out.append(
                Check(
                    rule="future_date",
                    status="mismatch",
                    subject=doc.number,
                    stated=doc.issued,
                    computed=article.published[:10],
                    difference=None,
                    message=f"{doc.number} is dated {doc.issued}, after the article's publication "
                    f"on {article.published[:10]}.",
                    evidence=evidence,
                )
            )
    return out


def _weekday(article: Article) -> list[Check]:
    """The dateline's weekday, and each weekday printed with a date in the body, against the calendar.
    A date whose year the text leaves out is only confirmed: its year is the article date's guess."""
    out = []
    line = article.dateline
    if line is not None and line.weekday:
        out += _weekday_check(line.weekday, line.date, line, settled=True)
    for said in article.weekdays:
        out += _weekday_check(said.weekday, said.date, said, settled=said.year_printed)
    return out


def _weekday_check(weekday: str, iso: str, item: Dateline | DatedWeekday, *, settled: bool) -> list[Check]:
    printed = " ".join(weekday.split())
    index = weekday_index(printed)
    if index is None:
        return []
    actual = date.fromisoformat(iso).weekday()
    ok = index == actual
    if not ok and not settled:
        return []
    message = f"{iso} is a {WEEKDAYS[actual]}" + ("." if ok else f", not a {printed}.")
    return [
        Check(
            rule="weekday",
            status="ok" if ok else "mismatch",
            subject=iso,
            stated=printed,
            computed=WEEKDAYS[actual],
            difference=None,
            message=message,
            evidence=[_span(item)],
        )
    ]
