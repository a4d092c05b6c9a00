"""How one check is written: the numbers as a person prints them, the evidence spans, the
agreement of a computed percent with a printed one. Shared by the validator's rule modules."""

from __future__ import annotations

import math
from typing import Protocol

from solieu.schemas import Check, Evidence, Span
from solieu.schemas.records import CheckRule


def fmt(x: float) -> str:
    """A number as a person would print it.

    >>> fmt(246.0), fmt(80.7531), fmt(96.4)
    ('246', '80.75', '96.4')
    """
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.2f}".rstrip("0").rstrip(".")


def make_check(
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


def span(item: Span) -> Evidence:
    """An item of the record as evidence of a check."""
    return Evidence(text=item.text, start=item.start, end=item.end)


class StatedPercent(Protocol):
    """A ratio's stated percent, as the link stage and the records both hold it."""

    @property
    def percent(self) -> float | None: ...
    @property
    def percent_max(self) -> float | None: ...
    @property
    def percent_decimals(self) -> int | None: ...
    @property
    def percent_max_decimals(self) -> int | None: ...
    @property
    def qualifier(self) -> str: ...


def said_percent(ratio: StatedPercent) -> str:
    """The percent as the ratio states it, a range whole ("70–80")."""
    low = fmt(float(ratio.percent or 0))
    return low if ratio.percent_max is None else f"{low}–{fmt(ratio.percent_max)}"


def stated_percent(ratio: StatedPercent, computed: float) -> float:
    """The percent a check states against `computed`: a range's nearer bound, so that the
    check's difference is how far the computed percent falls outside it.

    >>> class R: percent, percent_max, percent_decimals, percent_max_decimals, qualifier = 70.0, 75.0, 0, 0, "range"
    >>> stated_percent(R(), 80.75), stated_percent(R(), 66.0)
    (75.0, 70.0)
    """
    low = float(ratio.percent or 0)
    if ratio.percent_max is None:
        return low
    return low if abs(computed - low) <= abs(computed - ratio.percent_max) else float(ratio.percent_max)


def ratio_agrees(computed: float, ratio: StatedPercent) -> bool:
    """`percent_agrees` with the percent the ratio states."""
    stated = float(ratio.percent or 0)
    upper = None if ratio.percent_max is None else (ratio.percent_max, ratio.percent_max_decimals or 0)
    return percent_agrees(computed, stated, ratio.percent_decimals or 0, ratio.qualifier, upper)


def percent_agrees(
    computed: float, stated: float, decimals: int, qualifier: str, upper: tuple[float, int] | None = None
) -> bool:
    """Whether a computed percent agrees with the printed one, at its precision and qualifier.

    Rounded or truncated printing both agree: the difference is under one unit of the last
    printed digit. A range (`stated` to `upper`, the upper bound with its own printed decimals)
    agrees with what lies in it, each bound at its own precision ("2-2,3%": 1.6 agrees, 2.4 does not).

    >>> percent_agrees(96.44, 96.4, 1, "exact"), percent_agrees(5.1796, 5.17, 2, "exact")
    (True, True)
    >>> percent_agrees(80.75, 73, 0, "exact"), percent_agrees(80.5, 80, 0, "over")
    (False, True)
    >>> percent_agrees(79.0, 80, 0, "over"), percent_agrees(19.2, 20, 0, "nearly")
    (False, True)
    >>> percent_agrees(74.6, 70, 0, "range", (80, 0)), percent_agrees(80.9, 70, 0, "range", (80, 0))
    (True, True)
    >>> percent_agrees(66.7, 70, 0, "range", (80, 0)), percent_agrees(75.0, 70, 0, "range")
    (False, False)
    >>> percent_agrees(1.6, 2, 0, "range", (2.3, 1)), percent_agrees(2.4, 2, 0, "range", (2.3, 1))
    (True, False)
    >>> percent_agrees(3.8, 4.7, 1, "range", (7, 0)), percent_agrees(7.9, 4.7, 1, "range", (7, 0))
    (False, True)
    """
    unit = 10.0**-decimals
    if qualifier == "range":
        if upper is None:
            return False
        high, high_decimals = upper
        return stated - unit < computed < high + 10.0**-high_decimals
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
