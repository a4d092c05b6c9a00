"""Percents of a base the text states in another place: a plan, an earlier period.

"Năm 2011, thu Quỹ BHYT đạt 29.992.533 triệu đồng, tăng 17,25% so với năm 2010. Năm 2012, thu
41.468.733 triệu đồng tăng 38,2% so với năm 2011" (baomoi-magizbox-21512646) prints no fraction and
no bracket, yet the text ties the percent to its base: "so với năm 2011" names the period whose
figure of the same measure is stated before. "VSH sản xuất được 371 triệu KWh, hoàn thành 50% kế
hoạch năm" names the plan, which the article states as "kế hoạch sản xuất 750 triệu KWh"
(baomoi-mds-12232582). The percent is said of the figure just before it by a verb of a level, an
excess or a change; the base is the one value stated of that period (or as that plan) for the same
measure anywhere in the article. Two values that could be the base leave the percent alone.

Such a reading only confirms: a base found sentences away may be another measure of the same noun
("3.076 ha" of catfish and "639.761 ha" of shrimp, baomoi-magizbox-22716793), so where the numbers
disagree nothing is said; and no article of the corpora holds a counted population compared with its
own earlier figure across sentences, so a reading that would contradict one has no text to stand on.
An amount of money is named by its currency alone ("doanh thu", "lợi nhuận" stand before it), so a
base of money is read only for a percent printed with decimals, which cannot agree by chance.
The words are `patterns/cues/percents.toml`; called by `solieu.percents` after its own readings,
for the percents they left unchecked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from solieu.checks import fmt, make_check, ratio_agrees, said_percent, span, stated_percent
from solieu.cues import cue
from solieu.schemas import Article, Check, Figure, Ratio
from solieu.schemas.records import Period, Sentence

_CONCERN = "percents"
_VERB = cue(_CONCERN, "reference.verb")
_PERIOD_NAMED = cue(_CONCERN, "base.period_named")
_PLAN_NAMED = cue(_CONCERN, "base.plan_named")
_PLAN_BEFORE = cue(_CONCERN, "base.plan_before")
VERB_REACH = 160  # characters between a figure and the percent said of it
PLAN_REACH = 80  # characters before a plan's figure where the words naming it stand

_Span = tuple[date, date]


def stated_base_checks(article: Article, checked: set[int]) -> list[Check]:
    """The percents not in `checked` (starts of percents already checked) that are said of a figure
    against a period or a plan whose figure the article states elsewhere, in the article's order."""
    sentences = {s.id: s for s in article.sentences}
    by_sentence: dict[str, list[Figure]] = {}
    for f in article.figures:
        by_sentence.setdefault(f.sentence, []).append(f)
    out = []
    for ratio in article.ratios:
        sentence = sentences.get(ratio.sentence)
        if ratio.form != "percent" or ratio.percent is None or ratio.start in checked or sentence is None:
            continue
        said = _said_of(ratio, sentence, by_sentence.get(ratio.sentence, []))
        if said is None:
            continue
        current, way = said
        after = sentence.text[ratio.end - sentence.start :]
        reading = _of_period(article, current, after) or _of_plan(article, sentences, current, after)
        check = _check(current, ratio, way, reading) if reading else None
        if check is not None:
            out.append(check)
    return out


def _said_of(ratio: Ratio, sentence: Sentence, figures: list[Figure]) -> tuple[Figure, str] | None:
    """The figure a percent is said of, just before it in its sentence, and how: as a level ("đạt"), an
    excess ("vượt") or a change ("tăng", "giảm")."""
    before = [f for f in figures if f.end <= ratio.start]
    if not before:
        return None
    current = before[-1]
    gap = sentence.text[current.end - sentence.start : ratio.start - sentence.start][-VERB_REACH:]
    verb = _VERB.match(gap)
    if verb is None or not _countable(current):
        return None
    return current, verb.lastgroup or "level"


def _of_period(article: Article, current: Figure, after: str) -> list[Figure]:
    """The figures of the period a percent is said against ("so với năm 2016", "so với cùng kỳ năm
    trước"): the current figure's period moved to that year, of the same measure."""
    named = _PERIOD_NAMED.match(after)
    now = _span_of(current.period)
    if named is None or now is None:
        return []
    year = int(named["year"]) if named["year"] else now[0].year - 1
    then = _moved(now, year)
    if then is None or then[0] >= now[0]:
        return []
    return _bases(article, current, lambda f: _printed_before(f) and _span_of(f.period) == then and not _planned(f))


def _of_plan(article: Article, sentences: dict[str, Sentence], current: Figure, after: str) -> list[Figure]:
    """The figures of the plan a percent is said of ("đạt 90% kế hoạch"), each named as the plan just
    before it ("Kế hoạch năm 2017 là 50 lớp"), of the same measure and of the current figure's year; else
    the figures counted in the plan's own word ("trong đó có 1.900 chỉ tiêu" for "941 công dân (đạt 50% chỉ
    tiêu)", vietnews-train-097852), of any measure: such a figure counts the plan's places itself."""
    named = _PLAN_NAMED.match(after)
    if named is None or current.status == "planned":
        return []
    now = _span_of(current.period)

    def of_year(f: Figure) -> bool:
        plan = _span_of(f.period)
        return now is None or plan is None or plan[0].year == now[0].year

    def is_plan(f: Figure) -> bool:
        sentence = sentences.get(f.sentence)
        if f.status != "planned" or sentence is None:
            return False
        lead = sentence.text[max(0, f.start - sentence.start - PLAN_REACH) : f.start - sentence.start]
        return _PLAN_BEFORE.search(lead) is not None and of_year(f)

    word = " ".join(named["plan"].casefold().split())
    counted = [
        f
        for f in article.figures
        if f is not current and _noun(f) == word and _countable(f) and f.currency is None and of_year(f)
    ]
    return _bases(article, current, is_plan) or (counted if len({f.value for f in counted}) == 1 else [])


def _bases(article: Article, current: Figure, fits: Callable[[Figure], bool]) -> list[Figure]:
    """The figures that fit, of the current figure's measure, when they all hold one value (else none):
    two values of that period or plan leave the base unknown."""
    found = [f for f in article.figures if f is not current and _countable(f) and _one_measure(f, current) and fits(f)]
    return found if len({f.value for f in found}) == 1 else []


def _check(current: Figure, ratio: Ratio, way: str, bases: list[Figure]) -> Check | None:
    """An `ok` where the percent agrees with the figure against its base; else nothing."""
    base = bases[0]
    level = current.value / base.value * 100
    computed = {"level": level, "excess": level - 100, "rise": level - 100, "fall": 100 - level}[way]
    stated = stated_percent(ratio, computed)
    ok = ratio_agrees(computed, ratio)
    if not ok or (current.currency is not None and not ratio.percent_decimals):
        return None  # an amount named by its currency alone: a round percent may agree by chance
    said = {"level": "is", "excess": "passes it by", "rise": "is a rise of", "fall": "is a fall of"}[way]
    message = f"{fmt(current.value)} against {fmt(base.value)} {said} {fmt(round(computed, 2))}%, "
    message += f"in line with the stated {said_percent(ratio)}%."
    evidence = [span(base), span(current), span(ratio)]
    return make_check("ratio_percent", True, ratio.text, stated, round(computed, 2), message, evidence)


def _printed_before(f: Figure) -> bool:
    """Whether a figure's period is printed before it ("Năm 2016 tỉnh mở 100 lớp"): a period after it may
    be the base of its own change ("7.920 người khác bị thương trong năm 2016, tăng hơn 3% so với năm
    2015" is of 2016, baomoi-magizbox-21473794)."""
    return f.period is not None and f.period.end <= f.start


def _planned(f: Figure) -> bool:
    return f.status == "planned"


def _countable(f: Figure) -> bool:
    return f.value > 0 and f.value_max is None and f.change is None and f.repeat_of is None and f.copy_of is None


def _one_measure(a: Figure, b: Figure) -> bool:
    """Two figures of one measure: one currency and unit, one happening, and the same noun (or one that
    begins the other: "lớp" and "lớp bồi dưỡng"); the kind may differ where a sentence told one of
    them apart ("mở 120 lớp bồi dưỡng" is classes, "mở 100 lớp" other)."""
    if (a.currency, a.per, a.event) != (b.currency, b.per, b.event):
        return False
    first, second = sorted((_noun(a), _noun(b)), key=len)
    return bool(first) and (first == second or second.startswith(first + " "))


def _noun(f: Figure) -> str:
    return " ".join(f.noun.casefold().split())


def _span_of(period: Period | None) -> _Span | None:
    if period is None or period.date_from is None or period.date_to is None:
        return None
    try:
        return date.fromisoformat(period.date_from), date.fromisoformat(period.date_to)
    except ValueError:
        return None


def _moved(span_: _Span, year: int) -> _Span | None:
    """A period moved to another year, when it lies in one year ("6 tháng đầu năm 2017" to 2016).

    >>> _moved((date(2017, 1, 1), date(2017, 6, 30)), 2016)
    (datetime.date(2016, 1, 1), datetime.date(2016, 6, 30))
    >>> _moved((date(2016, 12, 1), date(2017, 1, 31)), 2015) is None
    True
    """
    start, end = span_
    if start.year != end.year:
        return None
    try:
        return start.replace(year=year), end.replace(year=year)
    except ValueError:  # 29 February
        return None
