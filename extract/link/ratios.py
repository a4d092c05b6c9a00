"""One ratio per population: a fraction and the percent printed for it merged, with the
population as its subject."""

from __future__ import annotations

import regex

from solieu.cues import cue
from solieu.link.items import RatioItem
from solieu.match import RatioMatch
from solieu.rules import rule_by_id
from solieu.segment import Sentence

_PERCENT_LINK = cue("ratios", "ratio.percent_link")
_NOUN_AFTER = cue("ratios", "ratio.noun_after")
_PERCENT_OF = cue("ratios", "ratio.percent_of")  # "90% kế hoạch": a percent of something else
_SUBJECT_TRIM = cue("ratios", "ratio.subject_trim")
_SUBJECT_END = cue("ratios", "ratio.subject_end")


def merge_ratios(sentence: Sentence, ratios: list[RatioMatch]) -> list[RatioItem]:
    """One ratio per population: a fraction and the percent stated for it become one."""
    items: list[RatioItem] = []
    used: set[int] = set()
    text = sentence.text
    base = sentence.start
    ordered = sorted(ratios, key=lambda r: r.start)
    for i, r in enumerate(ordered):
        if i in used:
            continue
        if r.numerator is not None:
            pct_index = _percent_for(text, ordered, i)
            subject = _subject_after(text, r.end)
            p = ordered[pct_index] if pct_index is not None else None
            if pct_index is not None:
                used.add(pct_index)
            items.append(
                RatioItem(
                    form=_form(r),
                    start=base + min(r.start, p.start if p else r.start),
                    end=base + max(r.end, p.end if p else r.end),
                    numerator=r.numerator,
                    denominator=r.denominator,
                    percent=p.percent if p else None,
                    percent_max=p.percent_max if p else None,
                    percent_max_decimals=p.percent_max_decimals if p else None,
                    qualifier=p.qualifier if p else r.qualifier,
                    percent_decimals=p.percent_decimals if p else None,
                    subject=subject,
                    sentence=sentence,
                )
            )
        else:
            after = _subject_after(text, r.end)
            before = _subject_before(text, r.start)
            use_after = _NOUN_AFTER.match(text, r.end) or len(before.split()) <= 2
            items.append(
                RatioItem(
                    form="percent",
                    start=base + r.start,
                    end=base + r.end,
                    numerator=None,
                    denominator=None,
                    percent=r.percent,
                    percent_max=r.percent_max,
                    percent_max_decimals=r.percent_max_decimals,
                    qualifier=r.qualifier,
                    percent_decimals=r.percent_decimals,
                    subject=after if use_after else before,
                    sentence=sentence,
                )
            )
    return sorted(items, key=lambda x: x.start)


def _form(r: RatioMatch) -> str:
    return "rate" if rule_by_id(r.rule).yields == "rate" else "fraction"


def _percent_for(text: str, ordered: list[RatioMatch], i: int) -> int | None:
    """The percent stated for a fraction: right after it ("…, chiếm 73%"), or just before it in
    brackets. Not a percent of something else ("đạt trên 90% kế hoạch"), and not for a fraction
    that is itself approximate ("hơn 1/3 … (35,5%)")."""
    frac = ordered[i]
    if frac.qualifier != "exact":
        return None
    if i + 1 < len(ordered) and ordered[i + 1].percent is not None:
        p = ordered[i + 1]
        between = text[frac.end : p.start]
        if (
            len(between) <= 120
            and not regex.search(r"[;.]", between)
            and _PERCENT_LINK.search(between)
            and not _PERCENT_OF.match(text, p.end)
        ):
            return i + 1
    if i > 0 and ordered[i - 1].percent is not None:
        p = ordered[i - 1]
        between = text[p.end : frac.start]
        if regex.fullmatch(r"\s*\(\s*", between):
            return i - 1
    return None


def _subject_after(text: str, pos: int) -> str:
    tail = _SUBJECT_END.split(text[pos : pos + 120], maxsplit=1)[0]
    return " ".join(tail.split())


def _subject_before(text: str, pos: int) -> str:
    head = regex.split(r"[,;.:()]", text[max(0, pos - 160) : pos])[-1]
    return " ".join(_SUBJECT_TRIM.sub("", head).split())
