"""Apply the rules of `patterns/` to one sentence: candidates, masks, and the choice among them.

Matching and choosing are separate steps. Every rule proposes candidates; masks (years,
dates, labels, document numbers, fractions) remove the numbers that count nothing; then
`resolve_overlaps` keeps the longest candidate, then the one of higher priority, then the
earliest. The order of rules in a file never decides.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import repeat

import regex

from solieu import budget
from solieu.cues import cue
from solieu.lexicon import word_end
from solieu.needs import Needs, holds, needs
from solieu.numbers import (
    DIGITS,
    HALF_OF,
    HUNDRED,
    SCALES,
    TENS,
    UNIT_VARIANTS,
    apply_scale,
    decimals,
    in_digits,
    parse_money,
    parse_number,
    parse_words,
)
from solieu.openings import find_all, first, lowered_for_openings, matches_before, search_for
from solieu.prefixes import DIGIT, DIGIT_RUN, Underivable, starts
from solieu.rules import (
    DEFAULT_CURRENCY,
    GROUPS,
    MATCH_TIMEOUT,
    QUALIFIER_OF,
    TIMEOUT_FROM,
    WITH_CENTS,
    Rule,
    classes_with,
    compile_pattern,
    currency_of,
    expand,
    load_rules,
)
from solieu.segment import Sentence

FIGURE_RULES = load_rules("figures.toml")
MASK_RULES = load_rules("masks.toml")
RATIO_RULES = load_rules("ratios.toml")
DOCUMENT_RULES = load_rules("documents.toml")
PERIOD_RULES = load_rules("periods.toml")

# Words before a number word that make it part of a compound, not a count: "hằng năm", "các năm".
# above this no count, sum of money or population is real: a run of digits, not a figure (and
# sums of such values would overflow to inf, which JSON cannot hold)
ABSURD = 1e18
_WORD_NUMBER_GUARD = cue("match", "number_word.compound")
_YEAR_COMPOUND = cue("match", "number_word.year_compound")
_IN_LIST = cue("match", "number_word.in_list")
_COUNTED_ONE = cue("match", "number_word.counted_one")
_COPULA_ONE = cue("match", "number_word.copula_one")
_INSIDE_NUMBER = cue("match", "number_word.inside")
_POINT_AROUND_BEFORE = compile_pattern(r"(?<![\p{L}])(?:{{decimal_point}})\s+$")
_POINT_AROUND_AFTER = compile_pattern(r"\s+(?:{{decimal_point}})\s+\d")
_SIGN = cue("match", "number.sign")
_PLAIN_DIGITS = regex.compile(r"\d[\d.,]*")
_YEAR_LIKE = regex.compile(r"(?:19|20)\d\d")
_QUALIFIER_AFTER = compile_pattern(r"\s+(?:(?P<up>{{q_after_at_least}})|(?P<down>{{q_after_at_most}}))(?![\p{L}])")


Group = tuple[int, int, str]  # a named group's start, end and text


class Groups:
    """The named groups of a match, each read when asked: (start, end, text), None for a group
    that took no part. Most candidates lose to a longer one before any group of theirs is read,
    so none is sliced out of the sentence in advance."""

    __slots__ = ("_index", "_regs", "_text")

    def __init__(self, index: Mapping[str, int], regs: tuple[tuple[int, int], ...], text: str) -> None:
        self._index = index
        self._regs = regs
        self._text = text

    def get(self, name: str, default: Group | None = None) -> Group | None:
        i = self._index.get(name)
        if i is None:
            return default
        a, b = self._regs[i]
        return (a, b, self._text[a:b]) if a >= 0 else None

    def as_dict(self) -> dict[str, Group | None]:
        return {name: self.get(name) for name in self._index}

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Groups):
            other = other.as_dict()
        return self.as_dict() == other if isinstance(other, dict) else NotImplemented

    __hash__ = None  # type: ignore[assignment]  # as a dict's

    def __repr__(self) -> str:
        return repr(self.as_dict())


@dataclass(frozen=True, slots=True)
class Candidate:
    """A rule's match in a sentence; offsets are relative to the sentence text."""

    rule: Rule
    start: int
    end: int
    text: str
    groups: dict[str, Group | None] | Groups

    @property
    def priority(self) -> int:
        return self.rule.priority

    def group(self, name: str) -> str | None:
        found = self.groups.get(name)
        return found[2] if found else None

    def span(self, name: str) -> tuple[int, int] | None:
        found = self.groups.get(name)
        return (found[0], found[1]) if found else None


# where a count can start: a digit, or a number word that opens a number; the two never share a
# start nor overlap (a word's letters stand before no counted digit, a digit before no word), so
# each is scanned on its own, the words only where one can begin (`solieu.openings`)
_DIGIT_AT = compile_pattern(r"(?<![\p{L}\d.,/]),?\d")
_WORD_AT_SOURCE = r"(?<![\p{L}\d.,/])(?:{{number_start}}|{{half_of_scale}})(?![\p{L}])"
_WORD_AT = compile_pattern(_WORD_AT_SOURCE)
_QUALIFIER_BEFORE_SOURCE = r"(?<![\p{L}])(?:{{qualifier}}|{{range_open}})\s+$"
_QUALIFIER_BEFORE = compile_pattern(_QUALIFIER_BEFORE_SOURCE)


def number_starts(text: str, lowered: str | None = None) -> list[int]:
    """Where a count can start: at each number, and at a qualifier right before one. `lowered`
    is the text lowercased for the openings (`Scan.lowered`); None: every position is tried.

    >>> number_starts("gồm 12 cán bộ và hơn hai trăm đảng viên")
    [4, 17, 21, 25]
    """
    starts = {m.start() for m in _DIGIT_AT.finditer(text)}
    words = _openings(_WORD_AT_SOURCE) if lowered is not None else None
    if words is not None:
        assert lowered is not None
        starts.update(m.start() for m in find_all(_WORD_AT, words, text, lowered))
    else:
        starts.update(m.start() for m in _WORD_AT.finditer(text))
    # the qualifiers' words are sought in the stretch before each number where one can begin
    # (`solieu.openings`): a search of the stretch tries the regex at every position of it
    qualifiers = _openings(_QUALIFIER_BEFORE_SOURCE) if lowered is not None else None
    for at in list(starts):
        if not text[at - 1 : at].isspace():
            continue  # a qualifier stands a space before its number (str.isspace holds every \s)
        since = max(0, at - 20)
        if qualifiers is None or lowered is None:
            q = _QUALIFIER_BEFORE.search(text, since, at)
        else:
            q = first(_QUALIFIER_BEFORE, qualifiers, text, lowered, since, at)
        if q:
            starts.add(q.start())
    return sorted(starts)


_HEAD = cue("match", "count.head")
_WORD = cue("match", "count.first_word")
_NOUN_GROUP = regex.compile(r"\{\{(n_\w+|discipline_forms)\}\}")


def _first_words() -> dict[str, set[str]]:
    """First word of every counted noun -> the anchored rules that count it; a comma ends a word as a
    space does ("ông, bà", "CB, CC"), as the text's first word after the number ends there."""
    index: dict[str, set[str]] = {}
    for rule in FIGURE_RULES:
        group = _NOUN_GROUP.search(rule.prefilter or "")
        if not rule.anchored or not group:
            continue
        for phrase in GROUPS[group.group(1)]:
            word = regex.split(r"[\s,(\\]", phrase.casefold().lstrip("\\"), maxsplit=1)[0]
            index.setdefault(word, set()).add(rule.id)
    return index


_DIGIT = regex.compile(r"\d")
_FIRST_WORDS = _first_words()
_INDEXED = frozenset(rule_id for ids in _FIRST_WORDS.values() for rule_id in ids)


def _starts_by_rule(text: str, starts: list[int]) -> dict[str, list[int]]:
    """For each indexed rule, the starts where a number is followed by one of its nouns."""
    out: dict[str, list[int]] = {}
    for start in starts:
        head = _HEAD.match(text, start)
        if not head:
            continue
        word = _WORD.match(text, head.end())
        if not word:
            continue
        for rule_id in _FIRST_WORDS.get(word.group(0).casefold(), ()):
            out.setdefault(rule_id, []).append(start)
    return out


@dataclass(slots=True)
class Scan:
    """What every rule of one sentence reads, worked out once for the sentence rather than once
    per rule: its lower-cased text for the `requires` strings and the openings, and where numbers
    start."""

    text: str
    has_digit: bool = True
    _folded: str | None = None
    _starts: list[int] | None = None
    _lowered: str | bool | None = False  # False: not yet worked out

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = self.text.casefold()
        return self._folded

    @property
    def lowered(self) -> str | None:
        """The text lowercased for the openings (`solieu.openings`), or None where they could
        point astray: then every position is tried."""
        if self._lowered is False:
            self._lowered = lowered_for_openings(self.text)
        return self._lowered  # type: ignore[return-value]

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = number_starts(self.text, self.lowered)
        return self._starts


def run_rule(rule: Rule, text: str, starts: list[int] | None = None, *, has_digit: bool = True) -> list[Candidate]:
    """Every match of one rule in a text, bounded in time on hostile input.

    An anchored rule is tried only where a number (or its qualifier) starts, which is what
    keeps the matcher fast; the result is the same as a full scan.
    """
    return scan_rule(rule, Scan(text, has_digit), starts)


def scan_rule(
    rule: Rule, scan: Scan, starts: list[int] | None = None, *, any_sentence: bool = False, before: int | None = None
) -> list[Candidate]:
    """`run_rule` on a sentence's shared `Scan`.

    An anchored rule tried at a few starts costs less than its prefilter's search of the whole
    sentence, so on ordinary sentences it runs first and the prefilter is asked only when it
    matched: the same result either way. A long sentence keeps the prefilter first, so no rule
    it rules out can spend the time guard's budget. A figure rule is tried on `any_sentence`
    that may hold a number, digits or words. With `before`, only the matches the scan finds first,
    those that begin before it, are sought. What the rule's fields decide (its compiled regexes,
    their openings, its named groups) is looked up once per rule (`_plan`), not on every sentence.
    """
    plan = _PLANS.get(id(rule))
    if plan is None or plan.rule is not rule or plan.openings is not _openings:
        plan = _plan(rule)
    if not (any_sentence or scan.has_digit or plan.without_digit):
        return []
    if plan.requires:
        if not any(map(scan.folded.__contains__, plan.requires)):
            return []
    if plan.needs and (lowered := scan.lowered) is not None and not holds(lowered, plan.needs):
        return []  # a word every match holds is not in the sentence
    text = scan.text
    long = len(text) >= TIMEOUT_FROM
    prefilter = plan.prefilter
    lowered = None if long else scan.lowered
    if plan.filter_at is not None and lowered is not None:  # a search that skips to a few words
        if first(plan.prefilter, plan.filter_at, text, lowered, 0, len(text)) is None:  # type: ignore[arg-type]
            return []
        prefilter = None
    anchored = plan.anchored
    if prefilter is not None and (long or not anchored) and not prefilter.search(text):
        return []
    pattern = plan.pattern
    timeout = MATCH_TIMEOUT if long else None  # the guard costs on every call
    left = budget.remaining()
    if left is not None:
        if left <= 0:
            return []  # the article's time is up: no rule runs again
        if timeout is not None:
            timeout = min(timeout, left)
    try:
        if anchored:
            match_at = pattern.match
            tried = scan.starts if starts is None else starts
            if before is not None:
                tried = [s for s in tried if s < before]
            if timeout is None:  # the regex module reads a keyword argument for a microsecond, a match's cost
                found = [m for m in map(match_at, repeat(text), tried) if m]
            else:
                found = [m for m in (match_at(text, s, timeout=timeout) for s in tried) if m]
            if found and prefilter is not None and not long and not prefilter.search(text):
                return []
        elif plan.scan_at is not None and lowered is not None:
            found = find_all(pattern, plan.scan_at, text, lowered, before)
        else:
            scan_all = pattern.finditer(text) if timeout is None else pattern.finditer(text, timeout=timeout)
            found = matches_before(scan_all, before)
    except TimeoutError:
        budget.spent()
        return []
    out = []
    index = plan.index
    for match in found:
        start, end = match.span()
        if end == start:
            continue
        # regs: (-1, -1) for a group that took no part
        out.append(Candidate(rule, start, end, text[start:end], Groups(index, match.regs, text)))
    return out


@dataclass(frozen=True, slots=True)
class _Plan:
    """What `scan_rule` reads of one rule, worked out from its fields once."""

    rule: Rule
    openings: Callable[[str | None], re.Pattern[str] | None]  # the `_openings` it was worked out with
    without_digit: bool  # tried on a sentence with no digit (number words, or anchored)
    requires: tuple[str, ...]
    needs: Needs  # words its matches and its prefilter's hold (`solieu.needs`)
    prefilter: regex.Pattern[str] | None
    filter_at: re.Pattern[str] | None  # the prefilter's openings
    pattern: regex.Pattern[str]
    scan_at: re.Pattern[str] | None  # the pattern's openings, for a rule not anchored
    anchored: bool
    index: Mapping[str, int]  # the pattern's named groups and their numbers


_PLANS: dict[int, _Plan] = {}  # id of a rule -> its plan (the plan holds the rule: the id stays its own)


def _plan(rule: Rule) -> _Plan:
    prefilter = rule.compiled_prefilter()
    pattern = rule.compiled()
    plan = _Plan(
        rule,
        _openings,
        rule.words_only or rule.anchored,
        tuple(rule.requires),
        () if rule.anchored else _needs(rule.pattern),
        prefilter,
        _openings(rule.prefilter) if prefilter is not None else None,
        pattern,
        None if rule.anchored else _openings(rule.pattern),
        rule.anchored,
        dict(pattern.groupindex),
    )
    _PLANS[id(rule)] = plan
    return plan


def _needs(pattern: str | None) -> Needs:
    return needs(expand(pattern), verbose=True) if pattern else ()


@cache
def _openings(pattern: str | None) -> re.Pattern[str] | None:
    """Where a match of a rule's regex can begin, as a search (`solieu.openings`), when the pattern
    says and the search finds words (and perhaps digits where a run of them begins). None for a
    pattern that may begin anywhere or at any digit, and for one that begins only with a run of
    digits: trying each number costs more than the regex module's own scan of a sentence."""
    if pattern is None:
        return None
    try:
        begins = starts(expand(pattern), verbose=True, runs=True)
    except Underivable:
        return None
    return None if DIGIT in begins or begins <= {DIGIT_RUN} else search_for(begins)


def warm_rules() -> None:
    """Work out every rule's plan now (its compiled regexes, their openings, the words it needs):
    the first article's time budget must not pay for them, or the same input gives W009 on a
    loaded machine and not on an idle one."""
    for rule in (*FIGURE_RULES, *MASK_RULES, *RATIO_RULES, *DOCUMENT_RULES, *PERIOD_RULES):
        _plan(rule)
    _openings(_WORD_AT_SOURCE)
    _openings(_QUALIFIER_BEFORE_SOURCE)


def resolve_overlaps(candidates: list[Candidate], keep: Callable[[Candidate], bool] | None = None) -> list[Candidate]:
    """Keep non-overlapping candidates: longest first, then higher priority, then earliest.

    The result is in text order. Chosen spans stay sorted, so each test is a bisection. A
    candidate that `keep` refuses blocks nothing; `keep` is asked only of a candidate that fits
    among those chosen, so a costly test (word segmentation) runs only where it can decide,
    and the result is that of filtering every candidate first.
    """
    starts: list[int] = []
    chosen: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), -c.priority, c.start, c.rule.id)):
        i = bisect.bisect_right(starts, cand.start)
        if i > 0 and chosen[i - 1].end > cand.start:
            continue
        if i < len(chosen) and chosen[i].start < cand.end:
            continue
        if keep is not None and not keep(cand):
            continue
        starts.insert(i, cand.start)
        chosen.insert(i, cand)
    return chosen


class Masks:
    """Spans of numbers that count nothing, sorted for quick overlap tests."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self._spans = merged
        self._starts = [s for s, _ in merged]

    def overlaps(self, span: tuple[int, int]) -> bool:
        i = bisect.bisect_left(self._starts, span[1])  # masks starting before the span ends
        return i > 0 and self._spans[i - 1][1] > span[0]


@dataclass(frozen=True, slots=True)
class FigureMatch:
    """A counted quantity found in a sentence, before linking gives it its final kind."""

    start: int
    end: int
    value: float
    value_max: float | None
    qualifier: str
    noun: str
    noun_class: str
    rule: str
    num_start: int
    num_end: int
    currency: str | None = None
    per: str | None = None

    @property
    def folded_noun(self) -> str:
        """The noun, case and runs of spaces aside: "Dự  án" and "dự án" are one noun."""
        return " ".join(self.noun.casefold().split())

    @property
    def head_noun(self) -> str:
        """The folded noun's first word, what it counts by: "năm qua" counts years as "năm" does."""
        return self.folded_noun.partition(" ")[0]


@dataclass(frozen=True, slots=True)
class RatioMatch:
    start: int
    end: int
    rule: str
    numerator: float | None
    denominator: float | None
    percent: float | None
    qualifier: str
    percent_decimals: int | None
    subject: str = ""
    percent_max: float | None = None  # a range's upper bound ("70-80%"): percent is its lower
    percent_max_decimals: int | None = None  # each bound keeps its printed precision ("2-2,3%")


@dataclass(frozen=True, slots=True)
class DocumentMatch:
    start: int
    end: int
    rule: str
    number: str
    code: str | None
    year: int | None
    short: str | None = None
    doc_type: str | None = None


@dataclass(frozen=True, slots=True)
class SentenceMatches:
    sentence: Sentence
    figures: list[FigureMatch]
    ratios: list[RatioMatch]
    documents: list[DocumentMatch]
    periods: list[Candidate]
    absurd: int = 0  # numbers left out because no count is that large


def match_sentence(sentence: Sentence) -> SentenceMatches:
    """All figures, ratios, documents and periods of one sentence.

    Figure candidates come first; masks and periods only matter for them, so a sentence with
    no candidate skips both, and one with no figure skips its periods. What every rule reads
    (the lower-cased text, where numbers start) is worked out once, in its `Scan`.
    """
    text = sentence.text
    has_digit = _DIGIT.search(text) is not None
    scan = Scan(text, has_digit)
    documents = _documents(scan) if has_digit else []
    ratios, ratio_spans = _ratios(scan)
    sane_ratios = [r for r in ratios if _sane(r.numerator, r.denominator, r.percent)]
    absurd = len(ratios) - len(sane_ratios)
    ratios = sane_ratios
    proposed = []
    starts_by_rule = _starts_by_rule(text, scan.starts)
    for rule in FIGURE_RULES:
        starts = starts_by_rule.get(rule.id, []) if rule.id in _INDEXED else None
        if starts == []:
            continue
        proposed += [c for c in scan_rule(rule, scan, starts, any_sentence=True) if c.span("num") is not None]
    if not proposed:
        return SentenceMatches(sentence, [], ratios, documents, [], absurd)
    claimed = Masks([(c.start, c.end) for c in proposed if c.rule.claims])
    reach = max(c.span("num")[1] for c in proposed)  # type: ignore[index]
    masks: list[Masks] = []  # worked out for the first candidate that needs them

    def counts(c: Candidate) -> bool:
        num: tuple[int, int] = c.span("num")  # type: ignore[assignment]
        if not (c.rule.claims or not claimed.overlaps(num)) or _number(c.group("num") or "") is None:
            return False  # read whole, or it may not hide a shorter count
        if not masks:  # no mask beginning after every candidate's number can cover one: not sought
            spans = [(m.start, m.end) for rule in MASK_RULES for m in scan_rule(rule, scan, before=reach)]
            masks.append(Masks(spans + [(d.start, d.end) for d in documents] + ratio_spans))
        return not masks[0].overlaps(num) and _is_count(c, sentence)

    figures = [f for f in (_figure(c, text) for c in resolve_overlaps(proposed, counts)) if f is not None]
    sane = [f for f in figures if _sane(f.value, f.value_max)]
    if not sane:
        return SentenceMatches(sentence, [], ratios, documents, [], absurd + len(figures))  # periods date figures
    periods = resolve_overlaps([c for rule in PERIOD_RULES for c in scan_rule(rule, scan)])
    return SentenceMatches(sentence, sane, ratios, documents, periods, absurd + len(figures) - len(sane))


def _sane(*values: float | None) -> bool:
    """Every value a finite number a count can be.

    >>> _sane(4286.0, None), _sane(float("inf")), _sane(1e300)
    (True, False, False)
    """
    return all(v is None or (math.isfinite(v) and abs(v) < ABSURD) for v in values)


_NOT_NOUNS = frozenset(GROUPS["not_counted"])  # closed-class words: no syllable of a noun
# "một" before these is "a" (một cán bộ cho biết…, một lớp nấu ăn, một tổ chức), not the count one
_INDEFINITE_CLASSES = classes_with("indefinite_one")
_COUNTED_ONE_CLASSES = classes_with("counted_one")
_AMOUNT_CLASSES = classes_with("amount")


# what a number's syllable never makes one word with: the number's own words ("trăm năm" is a
# century, but "một trăm năm mươi" a number), currencies ("triệu đô"), closed-class words, the
# units a count is given in, the first words of counted nouns, and what a scale counts
_NUMBER_GOES_TO = frozenset(
    {
        *GROUPS["number_token"],
        *GROUPS["currency_word"],
        *_NOT_NOUNS,
        *GROUPS["per_unit"],
        *_FIRST_WORDS,
        *GROUPS["counted_after_scale"],
    }
)
_SYLLABLE = regex.compile(r"\p{L}+")
_NEXT_SYLLABLE = regex.compile(r" (\p{Ll}+)(?![\p{L}\d-])")


def _leaves_number(cand: Candidate, text: str) -> bool:
    """Whether a scale or a later word of the number begins a dictionary word with the syllable
    after it (`solieu.lexicon.word_end`, which keeps a word in doubt apart): "3 triệu chứng" is
    three symptoms, never three million, "hai tỷ phú" two billionaires. The number is then not
    read whole, and no figure is made of a part of it. The first word of a number is asked so
    only by a rule that takes any word as its noun, where nothing else says the word after it is
    what it counts: "xách ba lô" is a backpack, "chín chắn" mature; a rule's own noun ("ba bị
    cáo") and a word in doubt ("hai mặt hàng") keep the count."""
    for name in ("num", "scale", "num2", "scale2"):
        span = cand.span(name)
        if span is None:
            continue
        for i, m in enumerate(_SYLLABLE.finditer(text, *span)):
            if i == 0 and name.startswith("num") and not cand.rule.any_noun:
                continue
            after = _NEXT_SYLLABLE.match(text, m.end())
            if after and after.group(1) not in _NUMBER_GOES_TO and word_end(text, *m.span(), _NOT_NOUNS) > m.end():
                return True
    return False


def _is_count(cand: Candidate, sentence: Sentence) -> bool:
    """A number word counts only when it stands alone as a word: not `hằng năm`, `Ba Đình`,
    nor the indefinite `một` before a person (`một lãnh đạo` is "a leader"); a number counts only
    when no word of it begins a word of the dictionary (`_leaves_number`)."""
    if _leaves_number(cand, sentence.text):
        return False
    num = cand.group("num") or ""
    num_start, num_end = cand.span("num") or (0, 0)
    if _POINT_AROUND_BEFORE.search(sentence.text, max(0, num_start - 12), num_start) or _POINT_AROUND_AFTER.match(
        sentence.text, num_end
    ):
        return False  # a part of a decimal said in words ("2 chấm 23"), read by no rule whole
    if cand.rule.noun_class in _AMOUNT_CLASSES and not _currency_is_a_word(cand, sentence):
        return False
    if in_digits(num):
        return True
    start_at = (cand.span("num") or (0, 0))[0]
    in_list = _IN_LIST.search(sentence.text, max(0, start_at - 60), start_at)
    counted = in_list or (
        cand.rule.noun_class in _COUNTED_ONE_CLASSES
        and _COUNTED_ONE.search(sentence.text, max(0, start_at - 24), start_at)
    )
    if DIGITS.get(num.casefold()) == 1 and not counted:
        if cand.rule.noun_class in _INDEFINITE_CLASSES or _COPULA_ONE.search(sentence.text, 0, start_at):
            return False  # "là một đảng bộ lớn": what the subject is, not a count
    start = cand.span("num")[0]  # type: ignore[index]
    if _WORD_NUMBER_GUARD.search(sentence.text[max(0, start - 12) : start]):
        return False
    if _YEAR_COMPOUND.search(sentence.text[max(0, start - 12) : cand.span("num")[1]]):  # type: ignore[index]
        return False  # "giữa năm": the middle of the year; "giữa hai đội" counts
    if num[:1].isupper() and start > 0 and not _after_a_stop(sentence.text, start):
        return False  # a capitalised number word mid-sentence is a name: Hai Bà Trưng, Ba Đình
    end = cand.span("num")[1]  # type: ignore[index]
    noun_end = cand.span("noun")[1] if cand.group("noun") else -1  # type: ignore[index]
    if _INSIDE_NUMBER.search(sentence.text[max(0, start - 12) : start]):
        return False  # a word inside a longer number ("ba" of "ba mươi ba"): read whole or not at all
    if _compound(num):
        return True  # "bẩy ngàn năm trăm": a scale or a ten inside decides, whatever the segmenter joins
    word = sentence.word_at(start)
    if word is None:
        return False
    w_start, w_end = word
    # a number word is a word of its own or of the number ("hai mươi" may be two words);
    # the segmenter may join the count to its noun ("Hai bộ"): still a count
    return w_start == start and (w_end <= end or w_end == noun_end)


def _compound(num: str) -> bool:
    """Whether a number in words holds a scale or a ten after its first word ("bẩy ngàn năm trăm",
    "ba mươi ba"): such a phrase is a number by its grammar. underthesea, which joins an unknown
    spelling to the word before it ("kết nạp bẩy"), is no judge of it."""
    words = num.casefold().split()
    return len(words) > 1 and any(w in SCALES or w in TENS for w in words[1:])


def _after_a_stop(text: str, pos: int) -> bool:
    """Whether `pos` follows a full stop, colon, semicolon or mark, white space between; read
    backwards from `pos`, so a long sentence is not searched again for each candidate."""
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i > 0 and text[i - 1] in ".:;!?"


def _currency_is_a_word(cand: Candidate, sentence: Sentence) -> bool:
    """The currency after a number is a word of its own: not the first syllable of a compound
    ("một đồng nghiệp" is a colleague, "2017 đồng thời" a year and "at the same time") nor of a
    name ("Ngã ba Đồng Lộc"). The segmenter is asked only where a number word or a year-like
    number stands before the word, where the doubt lies."""
    noun = cand.span("noun")
    num = cand.group("num") or ""
    if noun is None or noun[0] < (cand.span("num") or (0, 0))[0]:
        return True  # a sign before the amount ("$10")
    after = sentence.text[noun[1] : noun[1] + 2]
    if after[:1] == " " and after[1:].isupper() and sentence.text[noun[0]].isupper():
        return False  # "Đồng Lộc": a name
    if in_digits(num) and not _YEAR_LIKE.fullmatch(num):
        return True
    word = sentence.word_at(noun[0])
    return word is None or word[1] <= noun[1]


def _number(token: str) -> float | None:
    """Digits or a number written out, read whole (None when it is not)."""
    return parse_number(token) if in_digits(token) else parse_words(token)


def _denominator(token: str) -> float | None:
    """A fraction's whole: a number, or a unit's variant ("một phần tư" is a quarter)."""
    return _number(token) or UNIT_VARIANTS.get(token.casefold())


def _figure(cand: Candidate, text: str) -> FigureMatch | None:
    num = cand.group("num") or ""
    value = _number(num)
    if value is None:
        return None
    scale = cand.group("scale")
    noun = cand.group("noun") or ""
    amount = cand.rule.noun_class in _AMOUNT_CLASSES
    num_span = cand.span("num") or (cand.start, cand.end)
    if amount and not cand.group("num2") and _PLAIN_DIGITS.fullmatch(num):
        # a compound sum reads to the end: "2 tỷ 500 triệu đồng"; a range keeps its bounds
        money = parse_money(cand.text[num_span[0] - cand.start : _end_of_amount(cand) - cand.start])
        value = money if money is not None else apply_scale(value, scale)
    else:
        value = apply_scale(value, scale)
    value_max = None
    num2 = cand.group("num2")
    if num2:
        second = _number(num2)
        if second is None:
            return None  # a range whose upper bound is not read whole
        value_max = apply_scale(second, cand.group("scale2") or scale)
    currency = per = None
    if amount and cand.group("trailing") and not cand.group("minor_unit"):
        return None  # "hai đô 23": cents or another count follows; the sum is not read whole
    sign = _SIGN.search(text, max(0, num_span[0] - 8), num_span[0])
    negative = sign is not None
    if amount:
        minor, minor_unit = cand.group("minor"), cand.group("minor_unit")
        if minor_unit:
            cents = _number(minor) if minor else value
            if cents is None:
                return None
            value = value + cents / 100 if minor else cents / 100
        sign_first = cand.span("noun") is not None and cand.span("noun")[0] < num_span[0]  # type: ignore[index]
        currency = (
            currency_of(noun, before=sign_first)
            if noun
            else currency_of(minor_unit, minor=True)
            if minor_unit
            else None
        ) or DEFAULT_CURRENCY
        minor_digits = cand.group("minor_digits")
        if minor_digits:  # "hai đô 23" is $2.23; after đồng, a scale or cents said, no sum
            if minor_unit or value_max is not None or scale or currency not in WITH_CENTS:
                return None
            if _noun_after(text, cand.end):
                return None
            value += int(minor_digits) / 100
        per = cand.group("per")
    after = _QUALIFIER_AFTER.match(text, cand.end)
    qualifier = _qualifier(
        cand.group("qual"),
        bool(cand.group("up")) or bool(after and after.group("up")),
        value_max is not None,
        or_less=bool(after and after.group("down")),
    )
    if negative:
        value, value_max = -value, -value_max if value_max is not None else None
    if qualifier == "exact" and num.casefold().startswith((HUNDRED, HALF_OF)):
        # "cả trăm triệu đồng", "nửa tỷ đồng": a hundred or a half of a scale with no count before it is a round figure
        qualifier = "about"
    end = cand.end
    noun_span = cand.span("noun")
    if cand.rule.any_noun and noun_span is not None and noun_span[1] == end:
        end = word_end(text, *noun_span, _NOT_NOUNS)  # the whole word: "6 thành viên", not "6 thành"
        noun = text[noun_span[0] : end]
    return FigureMatch(
        start=min(cand.start, sign.start()) if sign and negative else cand.start,
        end=end,
        value=value,
        value_max=value_max,
        qualifier=qualifier,
        noun=noun,
        noun_class=cand.rule.noun_class or "other",
        rule=cand.rule.id,
        num_start=num_span[0],
        num_end=num_span[1],
        currency=currency,
        per=" ".join(per.split()) if per else None,
    )


def _noun_after(text: str, pos: int) -> bool:
    """Whether a counted noun follows `pos`: two digits after a sum then count it, they are not
    its cents ("5 USD 20 người")."""
    word = _WORD.match(text[pos : pos + 40].lstrip())
    return word is not None and word.group(0).casefold() in _FIRST_WORDS


def _end_of_amount(cand: Candidate) -> int:
    """Where the amount of a sum ends: its currency word, before any cents or rate after it."""
    noun = cand.span("noun")
    return noun[1] if noun else cand.end


def _qualifier(word: str | None, or_more: bool, is_range: bool, *, or_less: bool = False) -> str:
    """The qualifier class of the word before a number.

    >>> _qualifier("khoảng gần", False, False)
    'nearly'
    >>> _qualifier("từ", True, False)
    'at_least'
    >>> _qualifier("từ", False, True)
    'range'
    """
    if or_more:  # "từ 200 đảng viên trở lên"
        return "at_least"
    if or_less:  # "từ 7.000 đồng trở xuống"
        return "at_most"
    if is_range:
        return "range"
    if not word:
        return "exact"
    return QUALIFIER_OF.get(" ".join(word.casefold().split()), "exact")


def _ratios(scan: Scan) -> tuple[list[RatioMatch], list[tuple[int, int]]]:
    text = scan.text
    found: list[Candidate] = []
    for rule in RATIO_RULES:
        found += scan_rule(rule, scan)
    out, spans = [], []
    for cand in resolve_overlaps(found):
        if cand.rule.yields == "percent":
            pct = cand.group("pct") or "0"
            percent = _number(pct)
            bound = cand.group("low")
            low = _number(bound) if bound else None
            if percent is None or (low is not None and low >= percent):
                continue  # "2016-20%" is no range: not read rather than read in part
            out.append(
                RatioMatch(
                    cand.start,
                    cand.end,
                    cand.rule.id,
                    None,
                    None,
                    percent if low is None else low,
                    _qualifier(cand.group("qual"), False, low is not None),
                    decimals(bound or pct) if (bound or pct)[:1].isdigit() else 0,
                    percent_max=None if low is None else percent,
                    percent_max_decimals=None if low is None else decimals(pct),
                )
            )
        else:
            num = _number(cand.group("num") or "0")
            den = 2.0 if cand.group("half") else _denominator(cand.group("den") or "0")
            if num is None or den is None:
                continue
            written = (cand.group("num") or "")[:1].isdigit()
            if cand.rule.yields == "fraction" and written and _date_like(text, cand, num, den):
                continue
            if den == 0:
                continue
            qualifier = _qualifier(cand.group("qual"), False, False)
            out.append(RatioMatch(cand.start, cand.end, cand.rule.id, num, den, None, qualifier, None))
        spans.append((cand.start, cand.end))
    return out, spans


# a word follows, "số" as any: "1/4 dân số", "31/33 số CBCC"
_COUNTED_AFTER = regex.compile(r"^\s*\p{L}", regex.IGNORECASE)
_DATE_BEFORE = cue("match", "fraction.date_before")
_NUMBERED = cue("match", "document.numbered")
_NAMED_LOWER = cue("match", "document.named_lower")
_NAMED_AFTER = cue("match", "document.named_after")
_NAMED_SHORT_ENDS = cue("match", "document.named_short_ends")
_BEFORE_TYPE = 12  # characters before a document's type read for the word that makes it a noun


def _date_like(text: str, cand: Candidate, num: float, den: float) -> bool:
    """30/4 and 21/7 are dates; 31/33 số CBCC and 1/4 dân số are fractions."""
    if num > den:
        return True
    before = text[max(0, cand.start - 16) : cand.start]
    if num <= 31 and den <= 12 and _DATE_BEFORE.search(before):
        return True  # "từ 21/7", "ngày 30/4"; but "có tới 858/1.338 cán bộ" is a fraction
    if den.is_integer() and 1900 <= den <= 2100 and num <= 31 and "." not in cand.text:
        return True  # "9/2015", "Nghị định 24/2010": a month or a number with its year
    if den <= 12 and num <= 31:
        return not _COUNTED_AFTER.match(text[cand.end : cand.end + 12])
    return False


def _documents(scan: Scan) -> list[DocumentMatch]:
    found: list[Candidate] = []
    for rule in DOCUMENT_RULES:
        found += scan_rule(rule, scan)
    out = []
    for cand in resolve_overlaps(found):
        if cand.rule.yields == "short_document":
            short = cand.group("short") or ""
            if _YEAR_LIKE.fullmatch(short):
                continue  # "Kế hoạch 2022" names a year's plan, not a numbered document
            if (
                (cand.group("type") or "x")[0].islower()
                and not _NUMBERED.search(cand.text)
                and not _NAMED_LOWER.match(scan.text[cand.start : cand.end + 24])
                and not (
                    _NAMED_AFTER.search(scan.text, max(0, cand.start - _BEFORE_TYPE), cand.start)
                    and _NAMED_SHORT_ENDS.match(scan.text, cand.end)
                )
            ):
                continue  # "đã kết luận 73 tổ chức đảng": a verb, not "Kết luận 73"
            out.append(
                DocumentMatch(
                    cand.start, cand.end, cand.rule.id, short, None, None, short=short, doc_type=cand.group("type")
                )
            )
            continue
        number = cand.group("number") or ""
        year = cand.group("year") or cand.group("year2")
        code = cand.group("code") or cand.group("code2")
        span = cand.span("number") or (cand.start, cand.end)
        out.append(DocumentMatch(span[0], span[1], cand.rule.id, number, code, int(year) if year else None))
    return out
