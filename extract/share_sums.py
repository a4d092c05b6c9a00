"""Shares of one whole printed as percents, added up: they should make 100%.

The one owner of the `sum` checks whose stated total is 100 (the gold contract's convention), in
two readings of a sentence, the stronger first:

- a breakdown: consecutive shares, each after "chiếm", in brackets or "còn lại", with only a
  category and its count between them ("bán buôn 10 cửa hàng, chiếm 2,1%; bán lẻ 464 cửa hàng,
  quầy hàng chiếm 97,9%"). Within one unit of each share's last digit they confirm; they
  contradict only where the breakdown must make the whole (its last share is the rest, "còn lại")
  or may not pass it (every share names a different category of a closed set: sexes, grades),
  every percent is exact, and no share was checked against a stated total already (that check
  says which share is wrong);
- the percents of a sentence, every one exact and none compared with another ("800 người … còn
  đang đi học, chiếm 72,3% và có 307 thanh niên đã thôi học, chiếm 27,7%"), its changes left out
  ("tăng 21,08%", "xuống dưới 50%") where every other one is said as a share ("chiếm 51%"): nothing
  says that they are all the shares of one whole ("nghề chuyên môn (43,5%), … tự làm chủ (11,8%),
  thứ tư, thứ năm …" names four of many), so this confirms only, within half a unit of each.

A sentence that holds a breakdown's check gets no second one. Like the rest of the validator, this
reads the record alone. The words are `patterns/cues/percents.toml`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import regex

from solieu.checks import fmt, make_check, span
from solieu.cues import cue, load_cues
from solieu.schemas import Article, Check, Ratio, Sentence

_CONCERN = "percents"
_ITEM = cue(_CONCERN, "breakdown.item")
_BETWEEN = cue(_CONCERN, "breakdown.between")
_REST = cue(_CONCERN, "breakdown.rest")
_ITEM_END = cue(_CONCERN, "breakdown.item_end")
_CHANGE_BEFORE = cue(_CONCERN, "sentence.change_before")  # "tăng 21,08%": a change, not a share
_COMPARE = cue(_CONCERN, "sentence.compare")
_PARTITIONS = [
    frozenset(w.casefold() for w in entry.words)
    for key, entry in load_cues(_CONCERN).words.items()
    if key.startswith("partition.")
]
WHOLE = 100.0
CHANGE_REACH = 30  # characters before a percent where a word of change may stand
ITEM_REACH = 80  # characters before a percent where the word that makes it a share may stand


def share_sums(article: Article, explained: Iterable[int] = ()) -> list[Check]:
    """The checks of shares that add up to the whole: breakdowns first, then whole sentences.
    `explained` holds the starts of percents already checked against a stated total."""
    sentences = {s.id: s for s in article.sentences}
    # a range of percents ("30-40%") is no share to add up
    percents = [r for r in article.ratios if r.form == "percent" and r.percent is not None and r.percent_max is None]
    out = _breakdowns(sentences, percents, set(explained))
    checked = {r.sentence for r in percents for c in out if any(e.start == r.start for e in c.evidence)}
    return out + _sentences(sentences, percents, checked)


def _breakdowns(sentences: dict[str, Sentence], percents: list[Ratio], explained: set[int]) -> list[Check]:
    out = []
    for run in _runs(sentences, percents):
        sentence = sentences[run[0].sentence]
        total = sum(float(r.percent or 0) for r in run)
        tolerance = sum(10.0 ** -(r.percent_decimals or 0) for r in run)
        ok = abs(total - WHOLE) <= tolerance + 1e-9
        if not ok and not _may_contradict(run, total, tolerance, sentence, explained):
            continue
        terms = " + ".join(f"{fmt(float(r.percent or 0))}%" for r in run)
        message = f"The shares {terms} add up to {fmt(round(total, 2))}%" + (
            ", the whole." if ok else ", not the whole 100%."
        )
        subject = _between(sentence, run[0].start, run[-1].end)
        out.append(make_check("sum", ok, subject, WHOLE, round(total, 2), message, [span(r) for r in run]))
    return out


def _sentences(sentences: dict[str, Sentence], percents: list[Ratio], checked: set[str]) -> list[Check]:
    """One `ok` per sentence whose shares (two or more percents, none a change) make 100%."""
    in_sentence: dict[str, list[Ratio]] = {}
    for ratio in percents:
        in_sentence.setdefault(ratio.sentence, []).append(ratio)
    out = []
    for sentence_id, ratios in in_sentence.items():
        sentence = sentences.get(sentence_id)
        if sentence is None or sentence_id in checked:
            continue
        shares = [r for r in ratios if not _is_change(r, sentence)]
        if len(shares) < 2 or not all(_is_share(r) for r in shares):
            continue
        if len(shares) < len(ratios) and not all(_ITEM.search(_before(sentence, r)) for r in shares):
            continue  # beside a change, only percents said as shares ("chiếm 51%") are read as shares
        ratios = shares
        if any(_compared(a, b, sentence) for a, b in itertools.pairwise(ratios)):
            continue
        computed = round(sum(r.percent or 0.0 for r in ratios), 6)
        if abs(computed - WHOLE) > _rounding(ratios):
            continue
        terms = " + ".join(f"{fmt(r.percent or 0.0)}%" for r in ratios)
        message = f"The shares {terms} of one whole add up to {fmt(computed)}%, the whole within rounding."
        subject = " + ".join(r.text for r in ratios)
        out.append(make_check("sum", True, subject, WHOLE, computed, message, [span(r) for r in ratios]))
    return out


def _runs(sentences: dict[str, Sentence], percents: list[Ratio]) -> list[list[Ratio]]:
    """Runs of two or more shares in one sentence, each after 'chiếm' or in brackets, with only a
    category and its count between them."""
    runs: list[list[Ratio]] = []
    current: list[Ratio] = []
    for ratio in percents:
        sentence = sentences.get(ratio.sentence)
        if sentence is None or not _ITEM.search(_before(sentence, ratio)):
            _close(runs, current)
            current = []
            continue
        prev = current[-1] if current else None
        if (
            prev is None
            or prev.sentence != ratio.sentence
            or not _BETWEEN.match(_between(sentence, prev.end, ratio.start))
        ):
            _close(runs, current)
            current = []
        current.append(ratio)
    _close(runs, current)
    return runs


def _between(sentence: Sentence, start: int, end: int) -> str:
    return sentence.text[start - sentence.start : end - sentence.start]


def _before(sentence: Sentence, ratio: Ratio) -> str:
    """The words just before a percent, in its sentence."""
    return _between(sentence, max(sentence.start, ratio.start - ITEM_REACH), ratio.start)


def _close(runs: list[list[Ratio]], run: list[Ratio]) -> None:
    if len(run) >= 2:
        runs.append(run)


def _may_contradict(run: list[Ratio], total: float, tolerance: float, sentence: Sentence, explained: set[int]) -> bool:
    """Whether a breakdown whose shares do not make 100% is a contradiction the text presents."""
    if any(r.qualifier != "exact" or r.start in explained for r in run):
        return False
    if not all(_ITEM_END.match(sentence.text[r.end - sentence.start :]) for r in run):
        return False
    segments = [_between(sentence, a.end, b.start) for a, b in itertools.pairwise(run)]
    segments = [_last_clause(_before(sentence, run[0])), *segments]
    if _REST.search(segments[-1]):
        return True
    return total > WHOLE + tolerance and any(_names_one_each(segments, words_) for words_ in _PARTITIONS)


def _last_clause(text: str) -> str:
    return regex.split(r"[;:.]", text)[-1]


def _names_one_each(segments: list[str], categories: frozenset[str]) -> bool:
    """Each segment names exactly one category of the set, each a different one."""
    named = []
    for segment in segments:
        found = {
            w for w in categories if regex.search(rf"(?<!\p{{L}}){regex.escape(w)}(?!\p{{L}})", segment.casefold())
        }
        if len(found) != 1:
            return False
        named.append(next(iter(found)))
    return len(set(named)) == len(named)


def _is_change(ratio: Ratio, sentence: Sentence) -> bool:
    """A percent with a word of change just before it ("tăng 21,08%", "xuống dưới 50%"): no share."""
    before = _between(sentence, max(sentence.start, ratio.start - CHANGE_REACH), ratio.start)
    return _CHANGE_BEFORE.search(before) is not None


def _is_share(ratio: Ratio) -> bool:
    """An exact percent, less than the whole."""
    return ratio.qualifier == "exact" and 0 < (ratio.percent or 0.0) < WHOLE


def _compared(first: Ratio, second: Ratio, sentence: Sentence) -> bool:
    """Whether the words between two percents compare two rates ("30% … so với tỉ lệ 70%")."""
    return _COMPARE.search(sentence.text, first.end - sentence.start, second.start - sentence.start) is not None


def _rounding(ratios: list[Ratio]) -> float:
    """How far printed percents may add up from 100 by rounding alone: half a unit of each one's
    last printed digit.

    >>> _rounding([Ratio(id="r1", text="72,3%", start=0, end=5, form="percent", percent=72.3,
    ...     percent_decimals=1, sentence="s1")] * 2)
    0.1
    """
    return round(sum(0.5 * 10.0 ** -(r.percent_decimals or 0) for r in ratios), 6)
