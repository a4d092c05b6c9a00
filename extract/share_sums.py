"""Shares of one whole printed as percents, added up: they should make 100%.

"800 người … còn đang đi học, chiếm 72,3% và có 307 thanh niên đã thôi học, chiếm 27,7%" splits
one population in two; a reader adds 72,3 and 27,7 and finds the whole. The check is a `sum` whose
stated total is 100 (the gold contract's convention). Nothing says that the percents of a sentence
are all the shares of one whole ("nghề chuyên môn (43,5%), … tự làm chủ (11,8%), thứ tư, thứ năm …"
names four of many), so this confirms only: percents that add up to 100 within their printed
precision are `ok`; any others are left alone. Like the validator, it reads the record alone.
"""

from __future__ import annotations

from itertools import pairwise

from solieu.cues import cue
from solieu.schemas import Article, Check, Evidence, Ratio, Sentence

CHANGE_BEFORE = cue("sums", "sum.share_change")  # "tăng 21,08%": a change, not a share
COMPARE = cue("sums", "sum.share_compare")
WHOLE = 100.0
CHANGE_REACH = 30  # characters before a percent where a word of change may stand


def share_sums(article: Article) -> list[Check]:
    """One `ok` per sentence whose shares (two or more percents, none a change) make 100%."""
    sentences = {s.id: s for s in article.sentences}
    in_sentence: dict[str, list[Ratio]] = {}
    for ratio in article.ratios:
        if ratio.form == "percent" and ratio.percent is not None:
            in_sentence.setdefault(ratio.sentence, []).append(ratio)
    out = []
    for sentence_id, ratios in in_sentence.items():
        sentence = sentences.get(sentence_id)
        if sentence is None or len(ratios) < 2 or not all(_is_share(r, sentence) for r in ratios):
            continue
        if any(_compared(a, b, sentence) for a, b in pairwise(ratios)):
            continue
        computed = round(sum(r.percent or 0.0 for r in ratios), 6)
        if abs(computed - WHOLE) > _rounding(ratios):
            continue
        terms = " + ".join(f"{_fmt(r.percent or 0.0)}%" for r in ratios)
        out.append(
            Check(
                rule="sum",
                status="ok",
                subject=" + ".join(r.text for r in ratios),
                stated=WHOLE,
                computed=computed,
                difference=round(computed - WHOLE, 6),
                message=f"The shares {terms} of one whole add up to {_fmt(computed)}%, the whole within rounding.",
                evidence=[Evidence(text=r.text, start=r.start, end=r.end) for r in ratios],
            )
        )
    return out


def _is_share(ratio: Ratio, sentence: Sentence) -> bool:
    """An exact percent, less than the whole, with no word of change just before it."""
    if ratio.qualifier != "exact" or not 0 < (ratio.percent or 0.0) < WHOLE:
        return False
    before = sentence.text[max(0, ratio.start - sentence.start - CHANGE_REACH) : ratio.start - sentence.start]
    return CHANGE_BEFORE.search(before) is None


def _compared(first: Ratio, second: Ratio, sentence: Sentence) -> bool:
    """Whether the words between two percents compare two rates ("30% … so với tỉ lệ 70%")."""
    return COMPARE.search(sentence.text, first.end - sentence.start, second.start - sentence.start) is not None


def _rounding(ratios: list[Ratio]) -> float:
    """How far printed percents may add up from 100 by rounding alone: half a unit of each one's
    last printed digit.

    >>> _rounding([Ratio(id="r1", text="72,3%", start=0, end=5, form="percent", percent=72.3,
    ...     percent_decimals=1, sentence="s1")] * 2)
    0.1
    """
    return round(sum(0.5 * 10.0 ** -(r.percent_decimals or 0) for r in ratios), 6)


def _fmt(x: float) -> str:
    """A percent as printed in a message: 72.3, 4, 100.1."""
    return f"{x:.2f}".rstrip("0").rstrip(".")
