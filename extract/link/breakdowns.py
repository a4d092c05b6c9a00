"""Parts listed after a total ("trong đó", brackets, discipline forms) linked to it, and whether
they partition it: only then may their sum contradict it."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from solieu.cues import cue, load_cues
from solieu.link.items import Breakdown, FigureItem, RatioItem
from solieu.link.prechecks import find_every
from solieu.rules import classes_with, compile_group
from solieu.segment import Sentence

PERSON_CLASSES = classes_with("person_part")  # counts of people that a total of people splits into
NO_NOUN = classes_with("no_noun")  # a bare number: "(khai trừ 2, cảnh cáo 5)"
DISCIPLINE_FORMS = classes_with("discipline_form")
PERSON_KINDS = frozenset({"trainees", "learners", "party_members", "officials"})
OTHER = "other"  # things outside the scope: cases, works, projects, sums in other currencies
PART_OF_TOTAL = "breakdown.total"  # the kind_rule of a part that takes the kind of its total
OPENER = compile_group("breakdown_open")
CLOSER = compile_group("breakdown_close")
PARTIAL = compile_group("breakdown_partial")
BRACKET_AFTER = regex.compile(r"\s*(?:\p{L}+\s+){0,3}?\(")
OVERLAP = compile_group("overlap_markers")
UNFINISHED = cue("breakdowns", "breakdown.unfinished")
AND = cue("breakdowns", "breakdown.and")
_CHANGE_OF_PART = cue("breakdowns", "breakdown.change_of_part")  # a part's change in percent: the list goes on


def link_breakdowns(
    figures: list[FigureItem], ratio_spans: dict[int, list[RatioItem]] | None = None
) -> list[Breakdown]:
    """Attach parts to their totals; bare numbers that are no part are dropped by the caller.

    A total listed with two breakdowns (a bracket, then "bằng các hình thức: …") keeps the
    one with more parts; the other parts are left unlinked rather than added twice. A breakdown
    is `complete` (its sum may be called a mismatch) only when every number in it is one of its
    parts and the list is closed: by a bracket, or by "và" before its last part.
    """
    ratio_spans = ratio_spans or {}
    by_sentence: dict[int, list[FigureItem]] = {}
    for fig in figures:
        by_sentence.setdefault(fig.sentence.index, []).append(fig)
    chosen: dict[int, Breakdown] = {}
    for index in sorted(by_sentence):
        figs = by_sentence[index]
        sentence = figs[0].sentence
        for region_start, region_end, totals, opener in _regions(sentence, figs, by_sentence.get(index - 1, [])):
            if _FORMS_OPENER.fullmatch(opener):
                clause = sentence.text.find(";", region_start, region_end)
                region_end = clause if clause != -1 else region_end  # a list of forms ends with its clause
            region_text = sentence.text[region_start:region_end]
            closer = CLOSER.search(region_text)
            while closer is not None and (went_on := _CHANGE_OF_PART.match(region_text[closer.start() :])):
                # "…, giảm 12,1%; khu vực … đạt 10,29 tỷ USD": the list goes on after the part's change
                closer = CLOSER.search(region_text, closer.start() + went_on.end())
            if closer:
                region_end = region_start + closer.start()
                region_text = region_text[: closer.start()]
            parts = [f for f in figs if region_start <= f.match.start < region_end and f.part_of is None]
            groups: dict[int, list[FigureItem]] = {}
            current: FigureItem | None = None
            for part in parts:
                # parts of one list go to one total: "Khiển trách 17, cảnh cáo 4" are both of the 24
                total = total_for(part, [current]) if current is not None else None
                total = total or total_for(part, totals)
                current = total or current
                if total is None:
                    if any(t.match.value < part.match.value for t in totals):
                        break  # a larger number starts a new statement: "…, 1 chi bộ cơ sở, với 5.469 chi bộ"
                    continue
                groups.setdefault(id(total), []).append(part)
            groups = _owner_by_sum(groups, totals)
            in_region = [f for f in figs if region_start <= f.match.start < region_end]
            accounted = {id(p) for group in groups.values() for p in group}
            unaccounted = any(id(f) not in accounted for f in in_region)
            percents = [r for r in ratio_spans.get(index, []) if region_start <= r.start - sentence.start < region_end]
            for total in totals:
                group = groups.get(id(total), [])
                if not group:
                    continue
                marked = any(_overlap_marked(sentence, p, since) for p, since in _label_starts(group, region_start))
                named_set = _category_set_named(sentence, group, region_start)
                categories = named_set if marked else None
                overlapping = marked and categories is None
                approximate = any(f.match.qualifier != "exact" for f in (total, *group))
                shared_out = bool(percents) and _shares_make_the_whole(sentence, group, percents)
                closed = _closed(sentence, group, region_end, in_region) or shared_out
                closed = closed or _forms_to_clause_end(sentence, group, opener)
                incomplete = (
                    approximate
                    or unaccounted
                    or (bool(percents) and not shared_out)
                    or not closed
                    or (categories is not None and not categories.whole)
                    or bool(UNFINISHED.search(region_text) or PARTIAL.search(region_text))
                    or (
                        total.kind == OTHER and not (shared_out or _one_flat_list(sentence, group, region_start, total))
                    )
                )
                disjoint = named_set is not None and not overlapping
                candidate = Breakdown(total, group, overlapping, incomplete, disjoint)
                previous = chosen.get(id(total))
                if previous is None or len(group) > len(previous.parts):
                    chosen[id(total)] = candidate
    for b in _follow_ups(by_sentence, chosen):
        chosen[id(b.total)] = b
    for b in _summaries(by_sentence, chosen):
        chosen[id(b.total)] = b
    for b in _totals_after_parts(by_sentence, chosen):
        chosen[id(b.total)] = b
    for b in _consisting_of(by_sentence, chosen):
        chosen[id(b.total)] = b
    for b in _nested_in_brackets(chosen):
        chosen[id(b.total)] = b
    attach_parts(chosen.values())
    return list(chosen.values())


# a bracket after a part's words: "3 bài đạt giải gửi đi tỉnh (2 bài của HS và 1 bài của GV)"
_PART_BRACKET = regex.compile(r"\s*(?:\p{L}+\s+){0,6}?\(")


def _nested_in_brackets(chosen: dict[int, Breakdown]) -> list[Breakdown]:
    """The parts of a part: the figures of a breakdown in a bracket right after one of its parts that add up
    to that part exactly are that part's own breakdown, not more parts of the total: "… 12 ca ngộ độc rượu,
    trong đó có 3 ca rất nặng (2 ca người nhà xin về tử vong, còn 1 ca …)" (baomoi-magizbox-21472942); "…,
    trong đó: 3 bài đạt giải gửi đi tỉnh (2 bài của HS và 1 bài của GV)" (baomoi-magizbox-21472644). The
    outer breakdown keeps the rest; the inner one, where the bracket was not already read as its breakdown, is
    linked only because it adds up, so it confirms only."""
    out: list[Breakdown] = []
    for b in list(chosen.values()):
        parts = list(b.parts)
        for part in b.parts[:-1]:
            if part not in parts or part.match.noun_class in NO_NOUN:
                continue
            text = part.sentence.text
            after = _PART_BRACKET.match(text, part.match.end)
            close = text.find(")", after.end()) if after is not None else -1
            if after is None or close == -1:
                continue
            inner = [q for q in parts if q.sentence is part.sentence and after.end() <= q.match.start < close]
            exact = all(q.match.qualifier == "exact" for q in (part, *inner))
            if len(inner) < 2 or not exact or not math.isclose(sum(q.match.value for q in inner), part.match.value):
                continue
            own = chosen.get(id(part))
            if own is None or [id(q) for q in own.parts] != [id(q) for q in inner]:
                out.append(Breakdown(part, inner, overlapping=False, incomplete=True))
            parts = [q for q in parts if all(q is not i for i in inner)]
        if len(parts) < len(b.parts):
            out.append(Breakdown(b.total, parts, b.overlapping, b.incomplete))
    return out


def attach_parts(breakdowns: Iterable[Breakdown]) -> None:
    """Each part points to its total; a bare number or a person part takes the total's kind."""
    for b in breakdowns:
        for part in b.parts:
            takes_total = part.match.noun_class in PERSON_CLASSES and b.total.kind in PERSON_KINDS
            takes_total = takes_total or _of_its_people(part, b.total)
            if (takes_total or part.match.noun_class in NO_NOUN) and part.kind != b.total.kind:
                part.kind, part.kind_rule = b.total.kind, PART_OF_TOTAL
            part.part_of = b.total.id


def _owner_by_sum(groups: dict[int, list[FigureItem]], totals: list[FigureItem]) -> dict[int, list[FigureItem]]:
    """Parts given to the nearest total go to another candidate total when they add up to it and
    not to the nearest: "497 đại biểu, đại diện cho 390.000 đảng viên. Trong đó có 67 …; 430 …"."""
    if len(groups) != 1 or len(totals) < 2:
        return groups
    ((owner_id, group),) = groups.items()
    computed = sum(p.match.value for p in group)
    owner = next(t for t in totals if id(t) == owner_id)
    if math.isclose(computed, owner.match.value):
        return groups
    other = next((t for t in totals if t is not owner and math.isclose(computed, t.match.value)), None)
    return {id(other): group} if other is not None else groups


_FOLLOW_UP = cue("breakdowns", "breakdown.follow_up")


def _follow_ups(by_sentence: dict[int, list[FigureItem]], chosen: dict[int, Breakdown]) -> list[Breakdown]:
    """A total whose parts are the statements of the next sentence, each with its own breakdown:
    "Năm 2014, Đà Nẵng đã kỷ luật 51 đảng viên. Theo đó, … có 21 trường hợp …; … có 30 người …".

    The parts are linked only when they add up to the total: a sentence that goes on about
    the total is no evidence that its numbers partition it, so this can confirm and never contradict.
    """
    out = []
    inner = {id(p) for b in chosen.values() for p in b.parts}
    for index in sorted(by_sentence):
        figs = by_sentence[index]
        if index - 1 not in by_sentence or not _FOLLOW_UP.match(figs[0].sentence.text):
            continue
        top = [f for f in figs if id(f) not in inner and f.match.noun_class not in NO_NOUN]
        if len(top) < 2:
            continue
        computed = sum(f.match.value for f in top)
        for total in by_sentence[index - 1]:
            if id(total) in chosen or id(total) in inner or not math.isclose(total.match.value, computed):
                continue
            if all(total_for(f, [total]) is total or _things_of_things(f, total) for f in top):
                out.append(Breakdown(total, top, overlapping=False, incomplete=True))
                break
    return out


def _things_of_things(part: FigureItem, total: FigureItem) -> bool:
    """Whether a count of things outside the scope may be a part of a total of things of its noun class
    counted with another noun, where the next sentence gives the parts and they add up to it: "Phòng đã
    bố trí 4 cơ sở khác tiếp nhận học sinh. Trong đó, hai trường công lập …, hai trường còn lại là dân
    lập" (baomoi-magizbox-21486371). The parts count with a noun of the total's class (places of places,
    people of people, never people of accidents), not a measure of another unit, a number before just any
    word, a sum of money or a rate."""
    return (
        total.kind == part.kind == OTHER
        and part.match.noun_class == total.match.noun_class
        and part.match.value < total.match.value
        and LOOSE_RULE not in (part.match.rule, total.match.rule)
        and UNIT_RULE not in (part.match.rule, total.match.rule)
        and part.match.currency is None is total.match.currency
        and part.match.per is None is total.match.per
        and part.change is None
    )


_SUMMARY = cue("breakdowns", "breakdown.summary")
_SKIP_BEFORE = cue("breakdowns", "breakdown.skip_before_verb")
# what stands between two figures said with one verb: a comma or "và", after an optional bracket
_JOINT = regex.compile(r"^\s*(?:\([^()]*\)\s*)?(?P<joint>\S+)\s*$")
_WORD = regex.compile(r"\p{L}+")
_SUMMARY_LOOKBACK = 6  # sentences before the summary where its parts may stand
_MOST_CANDIDATES = 10


def _summaries(by_sentence: dict[int, list[FigureItem]], chosen: dict[int, Breakdown]) -> list[Breakdown]:
    """A total stated after its parts, in a summing-up sentence: "Cấp uỷ … phải thi hành kỷ luật 315 tổ
    chức … Uỷ ban kiểm tra … phải thi hành kỷ luật 1.801 tổ chức đảng … Như vậy, … phải thi hành kỷ luật
    đối với 2.116 tổ chức đảng".

    The parts are the earlier figures of the same kind said with the same verb ("thi hành kỷ luật"); of
    those, the one set that adds up to the total is linked. Several such sets, or none, link nothing,
    so this confirms a total and never contradicts one.
    """
    out = []
    used = {id(p) for b in chosen.values() for p in b.parts}
    for index in sorted(by_sentence):
        figs = by_sentence[index]
        if not _SUMMARY.match(figs[0].sentence.text):
            continue
        earlier = [f for i in range(index - _SUMMARY_LOOKBACK, index) for f in by_sentence.get(i, [])]
        for total in figs:
            if id(total) in chosen or id(total) in used or total.kind == "other" or total.match.value < 10:
                continue
            verb = _verb_before(total, figs)
            candidates = [
                f
                for f in earlier
                if f.kind == total.kind
                and id(f) not in used
                and f.match.value < total.match.value
                and verb
                and _verb_before(f, by_sentence[f.sentence.index]) == verb
            ][-_MOST_CANDIDATES:]
            found = _one_subset_summing_to(candidates, total.match.value)
            if found:
                out.append(Breakdown(total, found, overlapping=False, incomplete=True))
                used.update(id(p) for p in found)
    return out


FEWEST_PARTS_BEFORE = 3  # figures of one noun in the sentence before, all of them, that a total may add up


def _totals_after_parts(by_sentence: dict[int, list[FigureItem]], chosen: dict[int, Breakdown]) -> list[Breakdown]:
    """A total stated in the sentence after its parts, with their noun: "… Bắc Bộ (gồm 7 tỉnh, thành phố),
    Trung Bộ (5 tỉnh, thành phố), Nam Bộ (8 tỉnh, thành phố) và … (4 tỉnh, thành phố). Bốn vùng … này với
    24 tỉnh, thành phố".

    Every figure of that noun in the sentence before (three or more) must add up to the total, so this
    confirms and never contradicts: a sentence that merely goes on is no evidence of a partition.
    """
    out = []
    used = {id(p) for b in chosen.values() for p in b.parts} | {id(b.total) for b in chosen.values()}
    for index in sorted(by_sentence):
        before = [f for f in by_sentence.get(index - 1, []) if id(f) not in used]
        for total in by_sentence[index]:
            if id(total) in used or total.match.noun_class in NO_NOUN or total.match.qualifier != "exact":
                continue
            noun = total.match.noun.casefold()
            parts = [f for f in before if f.match.noun.casefold() == noun and f.kind == total.kind]
            if len(parts) < FEWEST_PARTS_BEFORE or any(f.match.qualifier != "exact" or f.change for f in parts):
                continue
            if math.isclose(sum(f.match.value for f in parts), total.match.value):
                out.append(Breakdown(total, parts, overlapping=False, incomplete=True))
                used.update(id(f) for f in (total, *parts))
                break
    return out


def _verb_before(fig: FigureItem, sentence_figs: list[FigureItem]) -> tuple[str, ...]:
    """The two words said before a figure, or before the figure it is joined to by "và" or a comma:
    in "kỷ luật 2.116 tổ chức đảng và 50.499 đảng viên" both are said with "kỷ luật"."""
    text = fig.sentence.text
    depth = _depth(text, fig.match.start)
    previous = [f for f in sentence_figs if f.match.end <= fig.match.start and _depth(text, f.match.start) == depth]
    if previous and _joined(text[previous[-1].match.end : fig.match.start]):
        return _verb_before(previous[-1], sentence_figs)
    before = text[max(0, fig.match.start - 80) : fig.match.start]
    skip = _SKIP_BEFORE.search(before)
    if skip:
        before = before[: skip.start()]
    words = _WORD.findall(before)
    return tuple(w.casefold() for w in words[-2:]) if len(words) >= 2 else ()


def _joined(between: str) -> bool:
    """Whether two figures are joined by a comma or "và" alone, so one verb governs both."""
    found = _JOINT.match(between)
    return found is not None and (found["joint"] == "," or AND.fullmatch(found["joint"]) is not None)


def _depth(text: str, pos: int) -> int:
    """How many brackets are open at `pos`."""
    return text.count("(", 0, pos) - text.count(")", 0, pos)


def _one_subset_summing_to(candidates: list[FigureItem], total: float) -> list[FigureItem] | None:
    """The only set of two or more candidates that adds up to `total`, in text order."""
    found: list[list[FigureItem]] = []
    n = len(candidates)
    for mask in range(1, 1 << n):
        if mask & (mask - 1) == 0:
            continue  # a single figure is no breakdown
        chosen = [c for k, c in enumerate(candidates) if mask >> k & 1]
        if math.isclose(sum(c.match.value for c in chosen), total):
            found.append(chosen)
            if len(found) > 1:
                return None
    return found[0] if found else None


def _regions(
    sentence: Sentence, figs: list[FigureItem], previous: list[FigureItem]
) -> Iterator[tuple[int, int, list[FigureItem], str]]:
    """(start, end, totals, opener) of each breakdown in a sentence: after an opener, or in brackets."""
    text = sentence.text
    for fig in figs:
        after = BRACKET_AFTER.match(text, fig.match.end)
        if fig.match.noun_class not in NO_NOUN and after:
            open_at = after.end() - 1
            close_at = text.find(")", open_at)
            if close_at > open_at:
                yield open_at + 1, close_at, [fig], "("
    openers = [(m.start(), m.end()) for m in find_every(OPENER, text)]
    for k, (o_start, o_end) in enumerate(openers):
        region_end = openers[k + 1][0] if k + 1 < len(openers) else len(text)
        if _depth(text, o_start) > 0 and text.find(")", o_end, region_end) != -1:
            # an opener in a bracket opens parts up to its close: "557 tàu cá … (trong đó 188 tàu vỏ thép, 22
            # tàu composite, 347 tàu vỏ gỗ) và 105 tàu cá nâng cấp" (baomoi-magizbox-22259106)
            region_end = text.find(")", o_end, region_end)
        totals = [f for f in figs if f.match.end <= o_start and f.match.noun_class not in NO_NOUN]
        if not text[:o_start].strip(" ,;:-(") and previous:
            totals = [f for f in previous if f.match.noun_class not in NO_NOUN]
        if totals:
            yield o_end, region_end, list(reversed(totals)), text[o_start:o_end]


def _closed(sentence: Sentence, group: list[FigureItem], region_end: int, in_region: list[FigureItem]) -> bool:
    """Whether the parts form a closed list: "…, 160 cán bộ và cao đẳng cho 74 trường hợp", or "(… )".

    The "và" must join this list's own last two parts: in "5 tổ chức Đảng và 5 đảng viên, … 1.506 tổ
    chức Đảng và 4.735 đảng viên" each "và" joins two different lists.
    """
    if region_end < len(sentence.text) and sentence.text[region_end] == ")":
        return True
    if len(group) < 2:
        return False
    between = [f for f in in_region if group[-2].match.end <= f.match.start < group[-1].match.start]
    if between:
        return False
    before_last = sentence.text[group[-2].match.end : group[-1].match.start]
    last_chunk = regex.split(r"[,;]", before_last)[-1]
    return AND.search(last_chunk) is not None


_SHARE_OF_PART = cue("breakdowns", "breakdown.share_of_part")
WHOLE = 100.0


def _shares_make_the_whole(sentence: Sentence, group: list[FigureItem], percents: list[RatioItem]) -> bool:
    """Whether each part carries its share of the total right after it, and the shares make 100%:
    then the parts are all of the total though no "và" closes the list ("124.340 tỷ đồng; trong đó
    ngân sách Trung ương 1.832 tỷ đồng (chiếm 1,5%), … đóng góp của dân cư 21.345 tỷ đồng (chiếm
    17,2%)": 100,1%). Every percent exact, one after each part and before the next, within one unit
    of each share's last digit."""
    if len(group) < 2 or len(percents) != len(group):
        return False
    text, offset = sentence.text, sentence.start
    for k, (part, share) in enumerate(zip(group, percents, strict=True)):
        ends = group[k + 1].match.start if k + 1 < len(group) else len(text)
        at = share.start - offset
        if share.form != "percent" or share.percent is None or share.qualifier != "exact":
            return False
        if not part.match.end <= at < ends or not _SHARE_OF_PART.match(text[part.match.end : at]):
            return False
    total = sum(float(r.percent or 0) for r in percents)
    tolerance = sum(10.0 ** -(r.percent_decimals or 0) for r in percents)
    return abs(total - WHOLE) <= tolerance + 1e-9


_FORMS_OPENER = cue("breakdowns", "breakdown.forms_opener")
_CLAUSE_END = regex.compile(r"\s*(?:[;.]|$)")


def _forms_to_clause_end(sentence: Sentence, group: list[FigureItem], opener: str) -> bool:
    """Discipline forms after "với" or "hình thức" that run to the end of the clause name every form:
    "21 trường hợp bị xử lý kỷ luật với 10 người bị khiển trách, cảnh cáo 6, sa thải 4;".

    After "trong đó" a list of forms is often only the severe ones, so it is not closed this way.
    """
    if len(group) < 2 or not _FORMS_OPENER.fullmatch(opener):
        return False
    forms = sum(1 for p in group if p.match.noun_class in DISCIPLINE_FORMS)
    return forms >= len(group) - 1 and _CLAUSE_END.match(sentence.text, group[-1].match.end) is not None


def _of_its_people(part: FigureItem, total: FigureItem) -> bool:
    """A count of people named by the first words of a total's noun, a total no kind of the scope
    counts: its parts are its people ('39 cán bộ chiến sĩ' of the traffic police, 'trong đó …
    9 cán bộ, … 18 cán bộ, … 12 cán bộ', 24h-2fa8a3d79454407c), of the total's kind."""
    whole, named = total.match.folded_noun, part.match.folded_noun
    return (
        total.kind == OTHER
        and part.match.noun_class in PERSON_CLASSES
        and total.match.noun_class in PERSON_CLASSES
        and whole.startswith(named + " ")
    )


def total_for(part: FigureItem, totals: list[FigureItem]) -> FigureItem | None:
    """The nearest total (totals come nearest first) that the part can be a part of.

    A part is never larger than its total; a bare number or a discipline form belongs to the
    nearest total of people; other counts need the same noun.
    """
    for total in totals:
        if total is part or part.match.value > total.match.value:
            continue
        if part.match.noun_class in NO_NOUN:
            return total
        if total.kind == "other":
            if part.kind == "other" and part.match.noun.casefold() == total.match.noun.casefold():
                return total
            if _of_its_people(part, total):
                return total
            if total.match.currency is not None and part.match.currency == total.match.currency:
                return total  # "gần 240 triệu" of "hơn 4 tỉ đồng": a sum of the same money, however printed
            continue
        if total.kind == part.kind and total.match.noun_class == part.match.noun_class:
            return total
        if part.match.noun_class in PERSON_CLASSES and total.kind in PERSON_KINDS:
            return total
        if total.kind == part.kind:
            return total
    return None


@dataclass(frozen=True)
class _CategorySet:
    """Categories no person or thing falls in twice (degrees, religions), of which a part names one."""

    names: frozenset[str]
    whole: bool  # the categories make the whole (the sexes): a closed list of them may contradict its total


def _category_sets() -> list[_CategorySet]:
    """The word lists of breakdowns.toml whose key begins with 'breakdown.partition.' (whole) or
    'breakdown.disjoint.' (disjoint only)."""
    out = []
    for key, entry in load_cues("breakdowns").words.items():
        for prefix, whole in ((_PARTITION, True), (_DISJOINT, False)):
            if key.startswith(prefix):
                out.append(_CategorySet(frozenset(entry.words), whole))
    return out


_PARTITION, _DISJOINT = "breakdown.partition.", "breakdown.disjoint."
_CATEGORY_SETS = _category_sets()
# every category of every set at once, longest first, whole words with the case kept: "trung cấp lý luận" is
# theory, not the degree "trung cấp"; "Việt Nam" names no sex
_CATEGORY = regex.compile(
    r"(?<![\p{L}\p{N}.])(?:"
    + "|".join(regex.escape(w) for w in sorted({w for c in _CATEGORY_SETS for w in c.names}, key=len, reverse=True))
    + r")(?![\p{L}\p{N}])"
)
_AFTER_REACH = (
    40  # characters after a part where its clause may say what it is ("265 nữ", "145 đảng viên là người Kinh")
)
_CLAUSE_CUT = regex.compile(rf"[,;.:()\d]|{AND.pattern}")  # where a part's words end: the next part's begin
_JOINS_TWO = regex.compile(rf"\s*(?:[-–/]|{AND.pattern})\s*")  # "cử nhân - kỹ sư", "cao đẳng và trung cấp"
_LABEL_CUT = regex.compile(rf"[,;:()]|{AND.pattern}")  # where the words that label a part begin: a separator, "và"


def _category_set_named(sentence: Sentence, group: list[FigureItem], region_start: int) -> _CategorySet | None:
    """The set of categories of which each part names a different one, so that a word marking a subgroup
    ("nữ", "thạc sĩ") splits the total instead: "2.168 người, trong đó nam có 1.903 người, nữ có 265 người"
    (the sexes); "116 giảng viên cơ hữu, trong đó có 1 GS.TS, 6 PGS.TS, 9 TS, 1 nghiên cứu sinh, 90 thạc sĩ,
    4 học viên cao học và 5 cử nhân" (degrees, baomoi-mds-12297468). A part that names no category or two
    ("15 PGS", a title; "25 nữ dân tộc thiểu số") leaves the parts overlapping."""
    if len(group) < 2:
        return None
    text = sentence.text  # case kept: "Việt Nam", "Nam Định" name no sex
    afters = [_clause_after(text, p) for p in group]
    # a part's words begin after the category the part before named after its count: "25 học viên nữ
    # (chiếm 41,7%) và 35 học viên nam"
    starts = [region_start, *(p.match.end + len(a) for p, a in zip(group[:-1], afters, strict=False))]
    named: list[str] = []
    for start, part, after in zip(starts, group, afters, strict=True):
        found = list(_CATEGORY.finditer(text, start, part.match.end + len(after)))
        if not found or (len(found) > 1 and not _one_label_of_two(text, found)):
            return None
        named.extend(m.group() for m in found)
    if len(set(named)) < len(named):
        return None
    return next((c for c in _CATEGORY_SETS if c.names.issuperset(named)), None)


def _clause_after(text: str, part: FigureItem) -> str:
    """The words after a part's match, up to where the next part's begin."""
    return _CLAUSE_CUT.split(text[part.match.end : part.match.end + _AFTER_REACH], maxsplit=1)[0]


def _one_label_of_two(text: str, found: list[regex.Match[str]]) -> bool:
    """Whether the categories a part names are one label of two joined by "và" or a dash ("cao đẳng và trung
    cấp 1.000 người"; "65 chương trình cử nhân - kỹ sư", edu2025-343e5b5fa812): the part is their union. Two
    said otherwise make a subgroup of a subgroup ("25 nữ dân tộc thiểu số")."""
    if len(found) != 2:
        return False
    return _JOINS_TWO.fullmatch(text, found[0].end(), found[1].start()) is not None


def _label_starts(group: list[FigureItem], region_start: int) -> Iterator[tuple[FigureItem, int]]:
    """Each part with where the words before it may begin: the end of the part before, or the opener."""
    since = region_start
    for part in group:
        yield part, since
        since = part.match.end


_LABEL_REACH = 60  # characters from the part before (or the opener) within which a part's words label it
_NO_LABEL = regex.compile(r"[.!?\d\"“”]")  # a sentence's end, a number or a quote between: no label of a list
_PART_IS = cue("breakdowns", "breakdown.part_is")


def _overlap_marked(sentence: Sentence, part: FigureItem, since: int | None = None) -> bool:
    """Whether a part is named as a subgroup: a marker right after its count ("30 nữ", "12 thạc sĩ"), in the
    rest of its clause where that says what the part is (parts said to be "người dân tộc thiểu số" and
    "đoàn viên thanh niên" are groups that may overlap) or, from `since`, in the words of its clause before
    it ("đảng viên nữ 100 đồng chí", "trình độ thạc sĩ 12")."""
    text = sentence.text
    window = text[part.match.num_end : part.match.end + 10]
    clause = _clause_after(text, part)
    if OVERLAP.search(window) is not None or (_PART_IS.match(clause) and OVERLAP.search(clause) is not None):
        return True
    if since is None or since >= part.match.start or part.match.start - since > _LABEL_REACH:
        return False
    between = text[since : part.match.start]
    if _NO_LABEL.search(between):
        # another statement lies between: "… 5 cháu đạt giải C. … đạt chuẩn mức độ 2" (baomoi-magizbox-21472644)
        return False
    return OVERLAP.search(_LABEL_CUT.split(between)[-1]) is not None


_NESTED = regex.compile(r"[();]")
_LABELLED = cue("breakdowns", "breakdown.labelled_part")


def _one_flat_list(sentence: Sentence, group: list[FigureItem], start: int, total: FigureItem) -> bool:
    """Whether the parts of a total of other things (works, cases, projects) name each its category and then
    its count of the total's very noun, in one flat list, so that their sum may contradict it (as where
    their shares make the whole): "208 tác phẩm …, trong đó văn xuôi có 67 tác phẩm, thơ có 122, lý luận
    phê bình là 25 tác phẩm và văn học dịch là 14 tác phẩm" (vietnews-train-087642).

    After "trong đó" a count of things is most often some of them ("20 lần, trong đó 4 lần đi sai phép và 4
    lần …", "2.311 chuyến …; trong đó có 328 chuyến chậm và 4 chuyến hủy"): a category named before each
    count is what makes the list a partition. Not a sum of money, not a part with a noun of its own, at
    most one bare number and never first or last ("3 đoạn (đoạn 1, đoạn 2, đoạn 3)", "21 nhà chờ (12 nhà chờ
    4m và 9 nhà chờ 5m)"), no bracket or semicolon among the parts ("3 bài đạt giải (2 bài của HS và 1 bài
    của GV)" nests a breakdown in a part)."""
    if total.match.currency is not None or len(group) < 2:
        return False
    noun = total.match.noun.casefold().split()
    bare = [k for k, p in enumerate(group) if p.match.noun_class in NO_NOUN]
    if len(bare) > 1 or any(k in (0, len(group) - 1) for k in bare):
        return False
    if any(p.match.noun_class not in NO_NOUN and p.match.noun.casefold().split() != noun for p in group):
        return False
    if _NESTED.search(sentence.text, start, group[-1].match.end) is not None:
        return False
    starts = [start, *(p.match.end for p in group[:-1])]
    return all(_LABELLED.search(sentence.text[a : p.match.start]) for a, p in zip(starts, group, strict=True))


_CONSISTS_OF = cue("breakdowns", "breakdown.consists_of")
_CLAUSE_ENDS = regex.compile(r"[;.]")
_NUMBER_WORD = compile_group("number_word")
LOOSE_RULE = "count.any"  # a number before any lower-case word: a label, a classifier
UNIT_RULE = "count.other"  # things counted with a known unit, a measure among them ("208 m", "ha")


def _consisting_of(by_sentence: dict[int, list[FigureItem]], chosen: dict[int, Breakdown]) -> list[Breakdown]:
    """The things a count of things consists of, named after "gồm" up to the end of its clause and closed by
    "và": "170 đơn vị hành chính cấp xã, gồm 40 phường, 09 thị trấn và 121 xã" (dantri-unc-news_society_172).
    Counts of people are the main loop's; here a total of things whose parts have nouns of their own. The
    breakdown is complete, so its sum may contradict the total, only where every number of the clause after
    "gồm" is an exact part (no bare number, rate or change), no number written out was left unread ("44
    mục tiêu, gồm 26 tên lửa …, ba quả đạn Kalibr và 15 UAV", newsmds-cluster_097-6), no word leaves the
    list open or marks a subgroup, and no bracket nests a breakdown in a part; the total is counted with a
    noun of the vocabulary, not a number before just any word, and a measure only by parts of its own unit
    (a height is no sum of floors: "tòa tháp cao 208 m gồm 54 tầng cao và 6 tầng hầm", baomoi-magizbox-22474042)."""
    out = []
    used = {id(p) for b in chosen.values() for p in b.parts} | {id(b.total) for b in chosen.values()}
    for figs in by_sentence.values():
        text = figs[0].sentence.text
        for total in figs:
            if id(total) in used or total.kind != OTHER or total.match.qualifier != "exact":
                continue
            if total.match.noun_class in NO_NOUN or total.match.currency is not None or total.match.per is not None:
                continue
            if total.match.rule == LOOSE_RULE:
                continue
            opener = _CONSISTS_OF.match(text[total.match.end : total.match.end + 200])
            if opener is None:
                continue
            start = total.match.end + opener.end()
            end_at = _CLAUSE_ENDS.search(text, start)
            end = end_at.start() if end_at is not None else len(text)
            region = text[start:end]
            parts = [f for f in figs if start <= f.match.start < end]
            if (
                len(parts) < 2
                or any(id(p) in used for p in parts)
                or any(p.match.noun_class in NO_NOUN or p.match.qualifier != "exact" for p in parts)
                or any(
                    p.match.per is not None or p.change is not None or p.match.value >= total.match.value for p in parts
                )
                or _NESTED.search(region) is not None
                or CLOSER.search(region)
                or PARTIAL.search(region)
                or UNFINISHED.search(region)
                or any(_overlap_marked(total.sentence, p) for p in parts)
                or _unread_number(region, start, parts)
                or (
                    total.match.rule == UNIT_RULE and any(p.match.folded_noun != total.match.folded_noun for p in parts)
                )
                or not _closed(total.sentence, parts, end, parts)
            ):
                continue
            out.append(Breakdown(total, parts, overlapping=False, incomplete=False))
            used.update(id(f) for f in (total, *parts))
    return out


def _unread_number(region: str, start: int, parts: list[FigureItem]) -> bool:
    """Whether the region holds a number written out that is no part: "một ca ghép gan" read as no
    figure would leave the list one short (baomoi-magizbox-22432711)."""
    spans = [(p.match.start - start, p.match.end - start) for p in parts]
    return any(not any(a <= m.start() < b for a, b in spans) for m in _NUMBER_WORD.finditer(region))
