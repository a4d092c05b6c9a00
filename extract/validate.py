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

from solieu.cues import cue, words
from solieu.layout import WEEKDAYS
from solieu.link.agreeing import sum_agrees
from solieu.schemas import Article, Check, Evidence, Figure, Ratio, Span
from solieu.schemas.records import CheckRule, Sentence
from solieu.share_sums import share_sums

_WEEKDAY_NUMBERED = {w.casefold(): i for i, w in enumerate(words("validate", "weekday.numbered"))}
_SHARE_VERBS = tuple(words("validate", "share.verb"))
_SHARE_AFTER_PART = cue("validate", "share.after_part")
_SHARE_BASE_UNNAMED = cue("validate", "share.base_unnamed")
SHARE_REACH = 600  # characters back from a part to the whole it is a share of


def validate(article: Article) -> list[Check]:
    """All checks of one article, in a stable order."""
    checks: list[Check] = []
    checks += _sums(article)
    checks += share_sums(article)
    by_id = {f.id: f for f in article.figures}  # one index: a page of figures is not scanned per ratio
    checks += [c for r in article.ratios for c in _ratio(r, article, by_id)]
    checks += _shares_of_totals(article)
    checks += _lists(article)
    checks += _documents(article)
    checks += _weekday(article)
    return _in_sentences(checks, article)


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


def _fmt(x: float) -> str:
    """A number as a person would print it.

    >>> _fmt(246.0), _fmt(80.7531), _fmt(96.4)
    ('246', '80.75', '96.4')
    """
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _check(
    rule: CheckRule,
    ok: bool,
    subject: str,
    stated: float | str,
    computed: float | str,
    message: str,
    evidence: list[Evidence],
) -> Check:
    """One check; the difference is computed - stated where both are numbers."""
    numeric = isinstance(stated, float | int) and isinstance(computed, float | int)
    return Check(
        rule=rule,
        status="ok" if ok else "mismatch",
        subject=subject,
        stated=stated,
        computed=computed,
        difference=round(float(computed) - float(stated), 2) if numeric else None,
        message=message,
        evidence=evidence,
    )


def _span(item: Span) -> Evidence:
    return Evidence(text=item.text, start=item.start, end=item.end)


def _sums(article: Article) -> list[Check]:
    out = []
    parts_of: dict[str, list[Figure]] = {}
    for f in article.figures:
        if f.part_of is not None:
            parts_of.setdefault(f.part_of, []).append(f)
    for total in article.figures:
        if total.breakdown not in ("complete", "incomplete"):
            continue
        state = total.breakdown if total.kind != "other" else "incomplete"  # other things: confirm only
        parts = parts_of.get(total.id, [])
        if len(parts) < 2:
            continue
        computed = sum(p.value for p in parts)
        diff = computed - total.value
        terms = " + ".join(_fmt(p.value) for p in parts)
        if math.isclose(diff, 0, abs_tol=1e-9):
            status, message = "ok", f"The parts {terms} add up to the stated total {_fmt(total.value)}."
        elif sum_agrees(computed, total.value, total.qualifier) and all(p.qualifier == "exact" for p in parts):
            status = "ok"
            message = f"The parts {terms} add up to {_fmt(computed)}, in line with the stated total «{total.text}»."
        elif state == "incomplete":
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


def percent_agrees(computed: float, stated: float, decimals: int, qualifier: str) -> bool:
    """Whether a computed percent agrees with the printed one, at its precision and qualifier.

    Rounded or truncated printing both agree: the difference is under one unit of the last
    printed digit.

    >>> percent_agrees(96.44, 96.4, 1, "exact"), percent_agrees(5.1796, 5.17, 2, "exact")
    (True, True)
    >>> percent_agrees(80.75, 73, 0, "exact"), percent_agrees(80.5, 80, 0, "over")
    (False, True)
    >>> percent_agrees(79.0, 80, 0, "over"), percent_agrees(19.2, 20, 0, "nearly")
    (False, True)
    """
    unit = 10.0**-decimals
    if qualifier == "over":
        return computed > stated - 1e-9
    if qualifier == "at_least":
        return computed >= stated - 1e-9
    if qualifier == "under":
        return computed < stated + 1e-9
    if qualifier == "at_most":
        return computed <= stated + 1e-9
    if qualifier == "nearly":
        return stated - 5 * unit - 1e-9 <= computed <= stated + unit
    if qualifier == "about":
        return abs(computed - stated) <= max(5 * unit, 0.05 * stated)
    return abs(computed - stated) < unit - 1e-9 or math.isclose(abs(computed - stated), 0, abs_tol=1e-9)


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
            ok = percent_agrees(computed, p, ratio.percent_decimals or 0, ratio.qualifier)
            message = (
                f"{_fmt(n)}/{_fmt(d)} is {_fmt(round(computed, 2))}%, "
                + ("in line with" if ok else "not")
                + f" the stated {_fmt(p)}%."
            )
            out.append(
                Check(
                    rule="ratio_percent",
                    status="ok" if ok else "mismatch",
                    subject=ratio.text,
                    stated=p,
                    computed=round(computed, 2),
                    difference=round(computed - p, 2),
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


def _shares_of_totals(article: Article) -> list[Check]:
    """A percent printed for a counted part, checked against the whole stated before it:
    "Lớp có 31 học viên … 17 học viên đạt loại giỏi, chiếm 54,83%; 14 học viên đạt loại khá,
    chiếm 45,71%" is 17/31 = 54.84% (in line) and 14/31 = 45.16% (not). The whole is the nearest
    earlier figure of the same kind and noun, not a sibling part with its own share in the same
    sentence; a part of an earlier sentence may be the whole of a subgroup ("… 307 thanh niên đã
    thôi học, chiếm 27,7%. Trong số thanh niên đã thôi học, … 112 thanh niên, chiếm 36,5%"). A
    mismatch is called only when one whole could be meant and every number is exact."""
    text_of = {s.id: s for s in article.sentences}
    in_sentence: dict[str, list[Figure]] = {}
    for f in article.figures:
        in_sentence.setdefault(f.sentence or "", []).append(f)
    shares: list[tuple[Figure, Ratio]] = []
    for ratio in article.ratios:
        if ratio.form != "percent" or ratio.percent is None:
            continue
        part = _part_before(ratio, in_sentence, text_of)
        if part is not None:
            shares.append((part, ratio))
    siblings = {(id(part), part.sentence) for part, _ in shares}
    out = []
    for part, ratio in shares:
        wholes = [
            f
            for f in article.figures
            if f.end <= part.start
            and part.start - f.end <= SHARE_REACH
            and (id(f), part.sentence) not in siblings
            and f.kind == part.kind
            and f.noun.casefold() == part.noun.casefold()
            and f.value > part.value
            and f.part_of is None
            and f.change is None
        ]
        if not wholes:
            continue
        whole = wholes[-1]
        computed = part.value / whole.value * 100
        stated = float(ratio.percent or 0)
        ok = percent_agrees(computed, stated, ratio.percent_decimals or 0, ratio.qualifier)
        exact = part.qualifier == whole.qualifier == ratio.qualifier == "exact"
        if not ok and (len(wholes) > 1 or not exact):
            continue  # another whole may be meant, or a number is approximate: no mismatch to call
        out.append(
            _check(
                "ratio_percent",
                ok,
                f"{part.text} of {whole.text}",
                stated,
                round(computed, 2),
                f"{_fmt(part.value)}/{_fmt(whole.value)} is {_fmt(round(computed, 2))}%, "
                + ("in line with" if ok else "not")
                + f" the stated {_fmt(stated)}%.",
                [_span(whole), _span(part), _span(ratio)],
            )
        )
    return out


def _part_before(ratio: Ratio, in_sentence: dict[str, list[Figure]], text_of: dict[str, Sentence]) -> Figure | None:
    """The counted figure a percent is printed for: in its sentence, just before it."""
    sentence = text_of.get(ratio.sentence or "")
    if sentence is None:
        return None
    before = [f for f in in_sentence.get(ratio.sentence or "", []) if f.end <= ratio.start]
    if not before:
        return None
    part = before[-1]
    if part.change is not None:
        return None  # "giảm 8 vụ, chiếm 24,3%": a share of a change, of last year's figure
    gap = sentence.text[part.end - sentence.start : ratio.start - sentence.start]
    after = sentence.text[ratio.end - sentence.start :]
    return part if _SHARE_AFTER_PART.match(gap) and _SHARE_BASE_UNNAMED.match(after) else None


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
    line = article.dateline
    if line is None or not line.weekday:
        return []
    printed = " ".join(line.weekday.split())
    key = printed.casefold()
    index = next((i for i, w in enumerate(WEEKDAYS) if w.casefold() == key), _WEEKDAY_NUMBERED.get(key))
    if index is None:
        return []
    actual = date.fromisoformat(line.date).weekday()
    ok = index == actual
    message = f"{line.date} is a {WEEKDAYS[actual]}" + ("." if ok else f", not a {printed}.")
    return [
        Check(
            rule="weekday",
            status="ok" if ok else "mismatch",
            subject=line.date,
            stated=printed,
            computed=WEEKDAYS[actual],
            difference=None,
            message=message,
            evidence=[_span(line)],
        )
    ]
