"""Percents checked where the text gives the numbers but prints no fraction.

Three readings, each of the record alone (as the rest of the validator): a share printed for a
counted part, against the whole stated before it ("Lớp có 31 học viên … 17 học viên đạt loại
giỏi, chiếm 54,83%"); a percent of a plan or of an earlier period whose figure stands in brackets
beside it ("6.143 người, đạt 95% kế hoạch (6.452 vận động viên)"); the percent of a change stated
with both its ends ("tăng từ 110,1 … lên 115,3 …, tương ứng tăng 4,7%"). The shares of one whole
that add up to it are `solieu.share_sums`, which this module calls last.
A mismatch is called only where the text makes the numbers comparable and every number is
exact; a weaker reading (a whole named as a total after the percent, a share in bare brackets,
a part counted with a noun of any people, a price per unit) only confirms. The words are
`patterns/cues/percents.toml`.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from solieu.checks import StatedPercent, fmt, make_check, ratio_agrees, said_percent, span, stated_percent
from solieu.cues import cue, words
from solieu.schemas import Article, Check, Figure, Ratio, Span
from solieu.schemas.records import Sentence
from solieu.share_sums import share_sums
from solieu.stated_bases import stated_base_checks

_CONCERN = "percents"
_AFTER_PART = cue(_CONCERN, "share.after_part")
_AFTER_PART_WEAK = cue(_CONCERN, "share.after_part_weak")
_BRACKETED = cue(_CONCERN, "share.bracketed")
_BASE_UNNAMED = cue(_CONCERN, "share.base_unnamed")
_BASE_TOTAL = cue(_CONCERN, "share.base_total")
_AFTER_PART_TOTAL = cue(_CONCERN, "share.after_part_total")
_WHOLE_OPENS = cue(_CONCERN, "share.whole_opens")
_BASE_END = regex.compile(r"[,;.:()]")  # where the words naming a share's base end
_GENERIC = frozenset(w.casefold() for w in words(_CONCERN, "share.generic_noun"))
_REF_VERB = cue(_CONCERN, "reference.verb")
_REF_NAMED = cue(_CONCERN, "reference.named")
_REF_CLOSED = cue(_CONCERN, "reference.closed")
_REF_NAMED_INLINE = cue(_CONCERN, "reference.named_inline")
_REF_CLOSED_INLINE = cue(_CONCERN, "reference.closed_inline")
_FROM = cue(_CONCERN, "change.from")
_RATE_VERB = cue(_CONCERN, "rate.verb")
_OUT_OF = cue(_CONCERN, "out_of.between")
_OUT_OF_PERCENT = cue(_CONCERN, "out_of.percent")
_LEADING_NUMBER = regex.compile(r"^[\s\d.,]+")
_CHANGE_PERCENT = cue(_CONCERN, "change.percent")
_YEAR_BEFORE = cue(_CONCERN, "change.year_before")
_YEAR_BETWEEN = cue(_CONCERN, "change.year_between")
_BASE_YEAR = cue(_CONCERN, "change.base_year")
_FRACTION_BASE = cue(_CONCERN, "fraction.base_named")
_FRACTION_LINK = cue("ratios", "ratio.percent_link")  # the words that give a fraction its percent
_CLAUSE_END = regex.compile(r"[;.]")
SHARE_REACH = 600  # characters back from a part to the whole it is a share of
GAP_REACH = 160  # characters between a figure and the percent said of it


def percent_checks(article: Article) -> list[Check]:
    """Every check of this module, in a stable order: shares, references, changes, the percents of a
    base stated in another place (`solieu.stated_bases`, for the percents still unchecked), then the
    shares that add up to the whole (`solieu.share_sums`, told which shares a stated total explains)."""
    context = _Context.of(article)
    shares = _shares_of_totals(article, context)
    explained = {e.start for c in shares for e in c.evidence}
    levels = _rates_with_percents(context) + _out_of(context) + _fractions_of_named_bases(context)
    checks = shares + _references(context) + levels + _changes(context)
    checked = {e.start for c in checks for e in c.evidence}
    return checks + stated_base_checks(article, checked) + share_sums(article, explained)


@dataclass(frozen=True)
class _Context:
    """The record's sentences by id and its figures by sentence, built once per article."""

    sentences: dict[str, Sentence]
    figures: dict[str, list[Figure]]
    percents: list[Ratio]
    rates: list[Ratio]
    fractions: list[Ratio]  # the fractions printed with no percent of their own
    by_noun: dict[tuple[str, str, str | None], list[Figure]]  # the figures of each kind, noun and currency

    @classmethod
    def of(cls, article: Article) -> _Context:
        figures: dict[str, list[Figure]] = {}
        by_noun: dict[tuple[str, str, str | None], list[Figure]] = {}
        for f in article.figures:
            figures.setdefault(f.sentence, []).append(f)
            by_noun.setdefault(_noun_of(f), []).append(f)
        percents = [r for r in article.ratios if r.form == "percent" and r.percent is not None]
        rates = [r for r in article.ratios if r.form == "rate" and r.numerator is not None and r.denominator]
        fractions = [
            r
            for r in article.ratios
            if r.form == "fraction" and r.percent is None and r.numerator is not None and r.denominator
        ]
        return cls({s.id: s for s in article.sentences}, figures, percents, rates, fractions, by_noun)

    def between(self, sentence: Sentence, start: int, end: int) -> str:
        return sentence.text[start - sentence.start : end - sentence.start]

    def after(self, sentence: Sentence, pos: int) -> str:
        return sentence.text[pos - sentence.start :]


@dataclass(frozen=True)
class _Share:
    part: Figure
    ratio: Ratio
    strict: bool  # ", chiếm 54,83%" with nothing after: may contradict; else only confirms
    base: str = ""  # the whole named after the percent as a total ("tổng nợ đóng"), folded


def _shares_of_totals(article: Article, context: _Context) -> list[Check]:
    """A percent printed for a counted part, checked against the whole stated before it:
    "Lớp có 31 học viên … 17 học viên đạt loại giỏi, chiếm 54,83%; 14 học viên đạt loại khá,
    chiếm 45,71%" is 17/31 = 54.84% (in line) and 14/31 = 45.16% (not). The whole is the total
    the part was linked to, else the nearest earlier figure of the same kind and noun that is not
    itself a share in the same sentence (a sibling part, or "439 đại biểu tham gia biểu quyết,
    chiếm tỷ lệ 89,41% tổng số đại biểu", whose next shares are of the whole assembly); a part of
    an earlier sentence may be the whole of a subgroup ("… 307 thanh niên đã thôi học, chiếm
    27,7%. Trong số thanh niên đã thôi học, … 112 thanh niên, chiếm 36,5%"). A mismatch is called
    only when one whole could be meant and every number is exact; a share whose percent names its
    base as a total ("chiếm 71,4% tổng nợ đóng") may contradict the linked total only when a sibling
    share naming the same base agrees with it ("… chiếm 25,7% tổng nợ đóng": 25.68%)."""
    shares = [s for r in context.percents if (s := _share_of(r, context)) is not None]
    sharers = {(id(f), r.sentence) for r in context.percents if (f := _figure_before(r, context)) is not None}
    by_id = {f.id: f for f in article.figures}
    readings = []
    for share in shares:
        part, ratio = share.part, share.ratio
        linked = by_id.get(part.part_of or "")
        wholes = [linked] if linked is not None and linked.value > part.value else _wholes(article, part, sharers)
        # a linked total that is itself a share in the part's sentence ("442 ĐB tham gia biểu quyết
        # (chiếm tỉ lệ 90,02%), trong đó số ĐB tán thành là 410, chiếm 83,5%": of all deputies)
        strict = share.strict and not (wholes == [linked] and (id(linked), part.sentence) in sharers)
        if not wholes and part.currency is None:
            wholes, strict = _wholes(article, part, sharers, loose=True), False
        agreeing = _one_agreeing_whole(context, part, ratio, sharers)
        if agreeing is not None and (not wholes or not _agrees_with(part, wholes[-1], ratio)):
            wholes, strict = [agreeing], False  # found by agreeing: it confirms only
        if not wholes:
            continue
        whole = wholes[-1]
        computed = part.value / whole.value * 100
        ok = ratio_agrees(computed, ratio)
        exact = part.qualifier == whole.qualifier == ratio.qualifier == "exact"
        named = share.base if whole is linked else ""
        readings.append((share, wholes, computed, ok, exact, strict, named))
    # a base named as a total ("chiếm 25,7% tổng nợ đóng") is the linked total when a sibling share
    # naming it agrees with that total: then the share beside it that does not is a contradiction
    confirmed = {(id(w[-1]), named) for _, w, _, ok, exact, _, named in readings if ok and exact and named}
    out = []
    for share, wholes, computed, ok, exact, strict, named in readings:
        part, ratio, whole = share.part, share.ratio, wholes[-1]
        strict = strict or (bool(named) and (id(whole), named) in confirmed)
        if not ok and (len(wholes) > 1 or not exact or not strict):
            continue  # another whole may be meant, a number is approximate, or the reading is weak
        how = f"{fmt(part.value)}/{fmt(whole.value)} is"
        out.append(_percent_check(f"{part.text} of {whole.text}", ratio, computed, ok, how, [whole, part, ratio]))
    return out


def _percent_check(subject: str, ratio: StatedPercent, computed: float, ok: bool, how: str, items: list[Span]) -> Check:
    """A ratio_percent check whose message says how the percent was computed."""
    verdict = "in line with" if ok else "not"
    message = f"{how} {fmt(round(computed, 2))}%, {verdict} the stated {said_percent(ratio)}%."
    stated = stated_percent(ratio, computed)
    return make_check("ratio_percent", ok, subject, stated, round(computed, 2), message, [span(i) for i in items])


def _wholes(article: Article, part: Figure, sharers: set[tuple[int, str]], loose: bool = False) -> list[Figure]:
    """The figures before a part that could be its whole, nearest last: of the same kind and noun,
    or (`loose`) of people where one of the two nouns counts any people ("đồng chí", "người")."""
    return [
        f
        for f in article.figures
        if f.end <= part.start
        and part.start - f.end <= SHARE_REACH
        and (id(f), part.sentence) not in sharers
        and (_same_noun(f, part) or (loose and _same_measure(f, part, any_kind=True)))
        and f.currency == part.currency
        and f.value > part.value
        and f.value_max is None
        and f.part_of is None
        and f.change is None
        and f.per is None
    ]


def _agrees_with(part: Figure, whole: Figure, ratio: Ratio) -> bool:
    computed = part.value / whole.value * 100
    return ratio_agrees(computed, ratio)


def _one_agreeing_whole(context: _Context, part: Figure, ratio: Ratio, sharers: set[tuple[int, str]]) -> Figure | None:
    """The whole, stated anywhere before a part with its noun, that the part's printed share agrees with,
    when it is the one value that does: "tổng số xe công hiện có … là 37.286 chiếc" six sentences above
    "… số xe ô tô công đã sử dụng trên 15 năm … là 8.710 chiếc, chiếm 23,36% tổng quỹ xe công"
    (baomoi-magizbox-22237805, 23,36%). A share printed with
    decimals only: a whole picked for agreeing with "12%" could agree by chance. Such a whole only
    confirms: the nearest whole, that disagrees, may be the one meant."""
    if not ratio.percent_decimals or part.value <= 0:
        return None
    found = [
        f
        for f in context.by_noun.get(_noun_of(part), [])
        if f.end <= part.start
        and f.value > part.value
        and f.value_max is None
        and f.part_of is None
        and f.change is None
        and f.per is None
        and (id(f), part.sentence) not in sharers
        and _agrees_with(part, f, ratio)
    ]
    return found[-1] if found and len({f.value for f in found}) == 1 else None


def _noun_of(f: Figure) -> tuple[str, str, str | None]:
    return f.kind, f.noun.casefold(), f.currency


def _same_noun(a: Figure, b: Figure) -> bool:
    return a.kind == b.kind and a.noun.casefold() == b.noun.casefold()


def _last_before(ratio: Ratio, context: _Context) -> Figure | None:
    """The figure just before a percent in its sentence, unless it is a change or a range: "giảm 8
    vụ, chiếm 24,3%" is a share of a change, of last year's figure."""
    before = [f for f in context.figures.get(ratio.sentence, []) if f.end <= ratio.start]
    if not before or before[-1].change is not None or before[-1].value_max is not None:
        return None
    return before[-1]


def _figure_before(ratio: Ratio, context: _Context) -> Figure | None:
    """The counted figure a percent is printed for as a share: in its sentence, just before it,
    joined by the verb of a share, of a rate, or a bracket (whatever base follows)."""
    sentence = context.sentences.get(ratio.sentence)
    last = _last_before(ratio, context)
    if sentence is None or last is None:
        return None
    gap = context.between(sentence, last.end, ratio.start)
    linked = _AFTER_PART.match(gap) or _BRACKETED.match(gap) or _AFTER_PART_WEAK.match(gap)
    return last if linked else None


def _share_of(ratio: Ratio, context: _Context) -> _Share | None:
    """The share a percent states of the figure before it, if no other base follows it; after a verb of
    a level ("bằng 38% tổng số bác sĩ"), only when a total follows as its base."""
    part = _figure_before(ratio, context)
    sentence = context.sentences.get(ratio.sentence)
    if part is None and sentence is not None:
        return _share_of_total(ratio, context, sentence)
    if part is None or sentence is None:
        return None
    after = context.after(sentence, ratio.end)
    gap = context.between(sentence, part.end, ratio.start)
    if _BASE_UNNAMED.match(after):
        return _Share(part, ratio, strict=bool(_AFTER_PART.match(gap)))
    base = _BASE_TOTAL.match(after)
    if base is not None:
        return _Share(part, ratio, strict=False, base=_base_named(after, base.start()))
    if _whole_opened_before(part, context, sentence):
        return _Share(part, ratio, strict=False)
    return None


def _share_of_total(ratio: Ratio, context: _Context, sentence: Sentence) -> _Share | None:
    """A share said of the figure before it by a verb of a level, of a total named after it: "5 bác sĩ …,
    bằng 38% tổng số bác sĩ" (baomoi-magizbox-22409794). It only confirms."""
    part = _last_before(ratio, context)
    if part is None or not _AFTER_PART_TOTAL.match(context.between(sentence, part.end, ratio.start)):
        return None
    after = context.after(sentence, ratio.end)
    base = _BASE_TOTAL.match(after)
    return None if base is None else _Share(part, ratio, strict=False, base=_base_named(after, base.start()))


def _base_named(after: str, start: int) -> str:
    """The words after a percent that name its base as a total, up to where the clause goes on, folded."""
    named = _BASE_END.split(after[start:], maxsplit=1)[0]
    return " ".join(named.casefold().split())


def _whole_opened_before(part: Figure, context: _Context, sentence: Sentence) -> bool:
    """Whether the part's sentence names its whole first, as the set the part is taken from: "trong
    tổng số 28 chỉ tiêu … có 18 chỉ tiêu đạt và vượt kế hoạch, đạt 64,3% kế hoạch". The words after
    the percent may then name another base ("kế hoạch"), so such a share only confirms."""
    for whole in context.figures.get(part.sentence, []):
        if whole.end > part.start:
            break
        lead = context.between(sentence, max(sentence.start, whole.start - GAP_REACH), whole.start)
        if _same_noun(whole, part) and whole.value > part.value and _WHOLE_OPENS.search(lead):
            return True
    return False


def _references(context: _Context) -> list[Check]:
    """A percent of a plan or of an earlier period whose figure the text gives in brackets, or of a plan
    named with its figure ("đạt khoảng 34 triệu hồ sơ (đạt 67,8% so với chỉ tiêu 50 triệu hồ sơ)"):
    "số vận động viên cao cấp ước đạt 6.143 người, đạt 95% kế hoạch (6.452 vận động viên)" is
    95.21% (in line); "64.442 lượt thuê bao …, giảm gần 54% so với Tết Bính Thân 2016 (120.000
    lượt thuê bao)" is a fall of 46.3% (not: 64.442 is 53.7% of it)."""
    out = []
    for ratio in context.percents:
        sentence = context.sentences.get(ratio.sentence)
        if sentence is None:
            continue
        figures = context.figures.get(ratio.sentence, [])
        before = [f for f in figures if f.end <= ratio.start]
        after = [f for f in figures if f.start >= ratio.end]
        if not before or not after:
            continue
        achieved, reference = before[-1], after[0]
        verb = _REF_VERB.match(context.between(sentence, achieved.end, ratio.start)[-GAP_REACH:])
        named = context.between(sentence, ratio.end, reference.start)
        rest = context.after(sentence, reference.end)
        bracketed = _REF_NAMED.match(named) and _REF_CLOSED.match(rest)
        inline = _REF_NAMED_INLINE.match(named) and _REF_CLOSED_INLINE.match(rest)
        if verb is None or not (bracketed or inline) or not _same_measure(achieved, reference) or reference.value <= 0:
            continue
        level = achieved.value / reference.value * 100
        way = verb.lastgroup or "level"
        computed = {"level": level, "excess": level - 100, "rise": level - 100, "fall": 100 - level}[way]
        ok = ratio_agrees(computed, ratio)
        if not ok and not achieved.qualifier == reference.qualifier == "exact":
            continue
        said = {"level": "is", "excess": "passes it by", "rise": "is a rise of", "fall": "is a fall of"}[way]
        how = f"{fmt(achieved.value)} against {fmt(reference.value)} {said}"
        out.append(_percent_check(ratio.text, ratio, computed, ok, how, [achieved, ratio, reference]))
    return out


def _rates_with_percents(context: _Context) -> list[Check]:
    """Two amounts of one unit printed as a fraction, then the percent it makes: "số tiền trúng đấu
    giá là 4.221 tỷ đồng/3.050 tỷ đồng được giao, đạt 138% kế hoạch" is 138.4% (in line). The
    percent follows the fraction in its sentence, joined by "đạt", "bằng" (a level) or "vượt" (an
    excess); a rate of two units ("116.861 vé/1.937 suất chiếu") is no fraction."""
    out = []
    for rate in context.rates:
        sentence = context.sentences.get(rate.sentence)
        following = [r for r in context.percents if r.sentence == rate.sentence and r.start >= rate.end]
        if sentence is None or not following or not _one_unit(rate.text):
            continue
        ratio = following[0]
        verb = _RATE_VERB.match(context.between(sentence, rate.end, ratio.start))
        if verb is None:
            continue
        level = float(rate.numerator or 0) / float(rate.denominator or 1) * 100
        computed = level - 100 if verb.lastgroup == "excess" else level
        ok = ratio_agrees(computed, ratio)
        said = "passes it by" if verb.lastgroup == "excess" else "is"
        how = f"{fmt(float(rate.numerator or 0))}/{fmt(float(rate.denominator or 0))} {said}"
        out.append(_percent_check(ratio.text, ratio, computed, ok, how, [rate, ratio]))
    return out


def _fractions_of_named_bases(context: _Context) -> list[Check]:
    """A fraction, then the percent it makes, said of the population the fraction counts: "Có 218/225 thí
    sinh trúng tuyển tốt nghiệp thạc sĩ và đại học chính quy, chiếm 96,9% thí sinh trúng tuyển" is 96.89%
    (vietnews-train-088841). The fraction's own reading leaves a percent followed by a noun alone, as a
    percent of something else ("đạt 90% kế hoạch"); this one takes it where that noun begins as the
    fraction's does. The named population may be wider than the fraction's whole ("455/462 đại biểu Quốc
    hội tham gia biểu quyết tán thành, chiếm 92,67% trong tổng số đại biểu": of all 491), so it only
    confirms: an `ok` where the numbers agree, else nothing."""
    out = []
    for ratio in context.percents:
        sentence = context.sentences.get(ratio.sentence)
        before = [r for r in context.fractions if r.sentence == ratio.sentence and r.end <= ratio.start]
        if sentence is None or ratio.numerator is not None or not before or before[-1].qualifier != "exact":
            continue
        fraction = before[-1]
        between = context.between(sentence, fraction.end, ratio.start)
        if len(between) > GAP_REACH or _CLAUSE_END.search(between) or not _FRACTION_LINK.search(between):
            continue
        named = _FRACTION_BASE.match(context.after(sentence, ratio.end))
        if named is None or not _begins_alike(fraction.subject, named["noun"]):
            continue
        computed = float(fraction.numerator or 0) / float(fraction.denominator or 1) * 100
        if ratio_agrees(computed, ratio):
            how = f"{fmt(float(fraction.numerator or 0))}/{fmt(float(fraction.denominator or 0))} is"
            out.append(_percent_check(ratio.text, ratio, computed, True, how, [fraction, ratio]))
    return out


def _begins_alike(subject: str, noun: str) -> bool:
    """Whether two nouns begin with the same words, as many as both have up to two: "thí sinh trúng tuyển
    tốt nghiệp" and "thí sinh trúng"; "xã" and "xã".

    >>> _begins_alike("thí sinh trúng tuyển tốt nghiệp", "thí sinh trúng"), _begins_alike("lượt", "công suất")
    (True, False)
    """
    a, b = subject.casefold().split(), noun.casefold().split()
    k = min(2, len(a), len(b))
    return k > 0 and a[:k] == b[:k]


def _out_of(context: _Context) -> list[Check]:
    """A part and its whole said in words, then the percent they make: "2.472.000 người trên tổng số
    11.077.000 người, chiếm tỷ lệ 22,31%" is 22.32% (in line: printed truncated); "12 tử vong trong số 28
    trường hợp mắc (tỷ lệ tử vong là 43%)" is 42.86% (in line). The percent follows the whole with no
    other number between; a mismatch only where the part, the whole and the percent are all exact."""
    out = []
    for ratio in context.percents:
        sentence = context.sentences.get(ratio.sentence)
        if sentence is None or ratio.numerator is not None:
            continue
        before = [f for f in context.figures.get(ratio.sentence, []) if f.end <= ratio.start]
        if len(before) < 2:
            continue
        part, whole = before[-2], before[-1]
        if not _OUT_OF_PERCENT.match(context.between(sentence, whole.end, ratio.start)):
            continue
        if not _OUT_OF.match(context.between(sentence, part.end, whole.start)) or not 0 < part.value <= whole.value:
            continue
        if part.value_max is not None or whole.value_max is not None or part.currency != whole.currency:
            continue
        computed = part.value / whole.value * 100
        ok = ratio_agrees(computed, ratio)
        if not ok and not part.qualifier == whole.qualifier == ratio.qualifier == "exact":
            continue
        how = f"{fmt(part.value)} out of {fmt(whole.value)} is"
        out.append(_percent_check(ratio.text, ratio, computed, ok, how, [part, whole, ratio]))
    return out


def _one_unit(text: str) -> bool:
    """Whether both sides of a printed fraction count in the same unit: "4.221 tỷ đồng/3.050 tỷ đồng"."""
    left, _, right = text.partition("/")
    unit = _LEADING_NUMBER.sub("", left).casefold().split()
    other = _LEADING_NUMBER.sub("", right).casefold().split()
    return bool(unit) and other[: len(unit)] == unit


def _changes(context: _Context) -> list[Check]:
    """A change stated with both its ends and its percent: "tăng từ 110,1 triệu đồng/tháng năm 2015
    lên 115,3 triệu đồng/tháng, tương ứng tăng 4,7%" is a rise of 4.72% (in line). Two figures of
    one measure, the first opened by 'từ', the second by 'lên', 'xuống' or 'còn', then the percent
    of the change with no other base named after it; or each figure after the year it is of, and
    the percent said against the first one's year ("năm 2015 đạt 3.453 tỷ đồng và năm 2016 đạt
    4.140 tỷ đồng, tăng 20% so với năm 2015": 19.9%)."""
    out = []
    for ratio in context.percents:
        sentence = context.sentences.get(ratio.sentence)
        before = [f for f in context.figures.get(ratio.sentence, []) if f.end <= ratio.start]
        if sentence is None or len(before) < 2:
            continue
        first, second = before[-2], before[-1]
        verb = _CHANGE_PERCENT.match(context.between(sentence, second.end, ratio.start))
        if verb is None or not _same_measure(first, second) or first.value <= 0:
            continue
        after = context.after(sentence, ratio.end)
        from_to = _FROM.match(context.between(sentence, first.start, second.start)[-GAP_REACH:])
        if not (from_to and _BASE_UNNAMED.match(after)) and not _of_years(context, sentence, first, second, after):
            continue
        way = verb.lastgroup or "rise"
        computed = (second.value / first.value - 1) * 100 * (1 if way == "rise" else -1)
        ok = ratio_agrees(computed, ratio)
        per_unit = any(f.per or context.after(sentence, f.end).startswith("/") for f in (first, second))
        if not ok and (per_unit or not first.qualifier == second.qualifier == "exact"):
            continue  # a price per unit moves against a reference price; an approximate end
        how = f"{fmt(first.value)} to {fmt(second.value)} is a {way} of"
        out.append(_percent_check(ratio.text, ratio, computed, ok, how, [first, second, ratio]))
    return out


def _of_years(context: _Context, sentence: Sentence, first: Figure, second: Figure, after: str) -> bool:
    """Whether each figure is said of a year ("năm 2015 đạt 3.453 tỷ đồng và năm 2016 đạt …") and the
    percent after the second is said against the first one's year ("so với năm 2015")."""
    lead = context.between(sentence, max(sentence.start, first.start - GAP_REACH), first.start)
    first_year = _YEAR_BEFORE.search(lead)
    second_year = _YEAR_BETWEEN.match(context.between(sentence, first.end, second.start))
    base = _BASE_YEAR.match(after)
    if first_year is None or second_year is None or base is None:
        return False
    if (first.event, first.change, first.status) != (second.event, second.change, second.status):
        return False  # "năm 2016 kết nạp 20 đảng viên" is no level of the membership of 2015
    return bool(first_year["year"] == base["year"] != second_year["year"])


def _same_measure(a: Figure, b: Figure, any_kind: bool = False) -> bool:
    """Two figures of one measure: the same kind (unless `any_kind`: "1.296 đảng viên" and "456
    đồng chí" may be read as two kinds) and currency, and the same noun (or one that begins the other:
    "đảng viên mới" and "đảng viên") or one of any people."""
    if (a.kind != b.kind and not any_kind) or a.currency != b.currency or a.per != b.per:
        return False
    if a.value_max is not None or b.value_max is not None:
        return False  # a range is no number to compute with
    first, second = sorted((" ".join(a.noun.casefold().split()), " ".join(b.noun.casefold().split())), key=len)
    # "đảng viên mới" counts "đảng viên": the shorter noun begins the longer
    return first == second or second.startswith(first + " ") or bool({first, second} & _GENERIC)
