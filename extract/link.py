"""Link what the matcher found: kinds from context, parts to totals, fractions to percents,
mentions to documents, counts to the items they enumerate, figures to their period.

Everything here works on one article's matches, in normalised-text coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import regex

from extract.match import DocumentMatch, FigureMatch, RatioMatch
from extract.rules import VOCAB, compile_group, compile_pattern, load_rules, load_toml
from extract.segment import Sentence

KIND_DEFAULTS: dict[str, str] = load_toml("kinds.toml")["defaults"]
CONTEXT_RULES = sorted(load_rules("kinds.toml"), key=lambda r: (-r.priority, r.id))
PERSON_CLASSES = frozenset({"officials", "persons", "bare", "comrades", "disciplined", "people"})
PERSON_KINDS = frozenset({"trainees", "learners", "party_members", "officials"})
OPENER = compile_group("breakdown_open")
CLOSER = compile_group("breakdown_close")
PARTIAL = compile_group("breakdown_partial")
_BRACKET_AFTER = regex.compile(r"\s*(?:\p{L}+\s+){0,3}?\(")
OVERLAP = compile_group("overlap_markers")
PROGRAMMES = compile_group("programmes")
PLANNED = compile_group("planned_words")
ACHIEVED = compile_group("achieved_words")
DOC_CODES: dict[str, str] = VOCAB["doc_codes"]
_DOC_TYPE_BEFORE = compile_pattern(r"(?P<type>{{doc_types}}|{{doc_type_abbrev}})\s+(?:số\s+)?$")
_DATE_AFTER = regex.compile(
    r"^\s*,?\s*(?:được\s+)?(?:ban\s+hành\s+)?(?:ngày|ngày\s+ban\s+hành)\s+"
    r"(?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))",
    regex.IGNORECASE,
)
_DATE_BEFORE = compile_pattern(
    r"(?:^|[.;]\s*)ngày\s+(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})\s*,\s*"
    r"(?P<issuer>[^,;]{3,80}?)\s+(?:đã\s+)?ban\s+hành\s+(?:(?:{{doc_types}})\s+)?(?:số\s+)?$"
)
_ISSUER_AFTER = regex.compile(
    r"^\s*,?\s*(?:(?:được\s+)?(?:ban\s+hành\s+)?ngày\s+[\d/.\s-]+?(?:tháng\s+\d+\s+năm\s+\d{4})?\s*)?của\s+"
    r"(?P<issuer>[^,;.()]+?)(?=\s*(?:\(|,|;|\.|$)|\s+(?:về|v/v|quy\s+định|hướng\s+dẫn|ban\s+hành|tại|đối\s+với|và|thì)\s)",
    regex.IGNORECASE,
)
_ENUM_HEAD = regex.compile(
    r"\s*(?::|,?\s*(?:gồm|bao\s+gồm|là)\s*:?"
    r"|(?:\s+\p{Ll}+){1,3},?\s+(?:gồm|bao\s+gồm)\s*:?"  # "Bốn cán bộ nói trên gồm: …"
    r"|[^.;:\d]{1,90}?\s(?:gồm|bao\s+gồm|là)\s*:"  # "3 cấp ủy chưa tiến hành …, giám sát là: …"
    r"|(?P<loose>[^.;:\d]{1,90}?\s(?:là|gồm)\s+(?=\p{Lu}|(?:ông|bà|đồng\s+chí)\s)))?\s*"  # "3 phó phòng … là A, B"
)
# The next count in the sentence ends a list: "… hai cán bộ gồm: bà A; bà B; Ba người … gồm bà C"
_NEXT_COUNT = regex.compile(
    r"(?<![\p{L}\d])(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+"
    r"(?:người|cán\s+bộ|đảng\s+viên|đồng\s+chí|trường\s+hợp|tổ\s+chức|công\s+chức)(?![\p{L}])",
    regex.IGNORECASE,
)
_ENUM_PREFIX = (
    r"(?:(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh|thôn|bản|ông|bà|đồng\s+chí|anh|chị"
    r"|các\s+xã|các\s+huyện)\s+)?"
)
_ENUM_ITEM = regex.compile(
    _ENUM_PREFIX + r"(?P<name>\p{Lu}[\p{L}\d]*(?:[\s-]+\p{Lu}[\p{L}\d]*){0,4})(?:\s*\([^()]{1,60}\))?",
)
_HONORIFIC_NAME = regex.compile(
    r"(?<![\p{L}])(?:[Ôô]ng|[Bb]à|[Đđ]ồng\s+chí)\s+(?P<name>\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){1,4})"
)
_ROMAN = regex.compile(r"[IVXLCDM]+")
_ENUM_SEP = regex.compile(r"^(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)")
_PERCENT_LINK = regex.compile(
    r"(?:chiếm|đạt|bằng|tương\s+đương|tỷ\s+lệ|tỉ\s+lệ|là|=|\(|,)\s*(?:tỷ\s+lệ\s+|tỉ\s+lệ\s+)?$", regex.IGNORECASE
)
_NOUN_AFTER = regex.compile(
    r"\s+(?:số\s+)?(?:\p{Ll}+\s+)?(?:cán|công|đảng|bí|cấp|học|hộ|người|xã|đơn|cơ|CB|chi|tổ|giáo|viên)",
    regex.IGNORECASE,
)
_PERCENT_OF = regex.compile(r"\s*(?!số\s)\p{Ll}")  # "90% kế hoạch": a percent of something else
_SUBJECT_TRIM = regex.compile(r"(?:\s*(?:,|chiếm|đạt|bằng|là|tỷ\s+lệ|tỉ\s+lệ|có|với))+\s*$", regex.IGNORECASE)


@dataclass
class FigureItem:
    """A figure of the article with its kind, context and links."""

    match: FigureMatch
    sentence: Sentence
    kind: str
    id: str = ""
    part_of: str | None = None
    programme: str | None = None
    period: tuple[int, int, str | None, str | None] | None = None  # start, end, from, to
    status: str | None = None

    @property
    def start(self) -> int:
        return self.sentence.start + self.match.start

    @property
    def end(self) -> int:
        return self.sentence.start + self.match.end


@dataclass
class Breakdown:
    """Parts listed after a total ("trong đó", parentheses), to be added up."""

    total: FigureItem
    parts: list[FigureItem]
    overlapping: bool
    incomplete: bool


@dataclass
class RatioItem:
    form: str
    start: int
    end: int
    numerator: float | None
    denominator: float | None
    percent: float | None
    qualifier: str
    percent_decimals: int | None
    subject: str
    sentence: Sentence
    id: str = ""


@dataclass
class DocGroup:
    number: str
    doc_type: str
    year: int | None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    issued: str | None = None
    issued_span: tuple[int, int] | None = None
    issuer: str | None = None
    key: str = ""
    id: str = ""


@dataclass
class EnumerationItem:
    figure: FigureItem
    items: list[tuple[int, int]]  # absolute normalised spans of the item names
    end: int
    id: str = ""


# --- kinds -------------------------------------------------------------------------------


def kind_of(fig: FigureMatch, sentence: Sentence) -> str:
    """The figure kind: the noun's default, unless a context rule says more."""
    left = sentence.text[max(0, fig.start - 200) : fig.start]
    right = sentence.text[fig.end : fig.end + 200]
    for rule in CONTEXT_RULES:
        if fig.noun_class not in rule.applies_to:
            continue
        if not rule.compiled().search(left):
            continue
        right_pattern = rule.compiled_right()
        if right_pattern is not None and not right_pattern.search(right):
            continue
        return rule.kind or KIND_DEFAULTS[fig.noun_class]
    return KIND_DEFAULTS.get(fig.noun_class, "other")


# --- breakdowns ----------------------------------------------------------------------------


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
        for region_start, region_end, totals in _regions(sentence, figs, by_sentence.get(index - 1, [])):
            region_text = sentence.text[region_start:region_end]
            closer = CLOSER.search(region_text)
            if closer:
                region_end = region_start + closer.start()
                region_text = region_text[: closer.start()]
            parts = [f for f in figs if region_start <= f.match.start < region_end and f.part_of is None]
            groups: dict[int, list[FigureItem]] = {}
            current: FigureItem | None = None
            for part in parts:
                # parts of one list go to one total: "Khiển trách 17, cảnh cáo 4" are both of the 24
                total = _total_for(part, [current]) if current is not None else None
                total = total or _total_for(part, totals)
                current = total or current
                if total is None:
                    if any(t.match.value < part.match.value for t in totals):
                        break  # a larger number starts a new statement: "…, 1 chi bộ cơ sở, với 5.469 chi bộ"
                    continue
                groups.setdefault(id(total), []).append(part)
            in_region = [f for f in figs if region_start <= f.match.start < region_end]
            accounted = {id(p) for group in groups.values() for p in group}
            unexplained = any(id(f) not in accounted for f in in_region) or any(
                region_start <= r.start - sentence.start < region_end for r in ratio_spans.get(index, [])
            )
            for total in totals:
                group = groups.get(id(total), [])
                if not group:
                    continue
                overlapping = any(_overlap_marked(sentence, p) for p in group)
                approximate = any(f.match.qualifier != "exact" for f in (total, *group))
                incomplete = (
                    approximate
                    or unexplained
                    or not _closed(sentence, group, region_end, in_region)
                    or bool(regex.search(r"…|\.\.\.|v\.v|còn\s+lại", region_text) or PARTIAL.search(region_text))
                )
                candidate = Breakdown(total, group, overlapping, incomplete)
                previous = chosen.get(id(total))
                if previous is None or len(group) > len(previous.parts):
                    chosen[id(total)] = candidate
    for b in chosen.values():
        for part in b.parts:
            if part.match.noun_class in PERSON_CLASSES and b.total.kind in PERSON_KINDS:
                part.kind = b.total.kind
            elif part.match.noun_class == "bare":
                part.kind = b.total.kind
            part.part_of = b.total.id
    return list(chosen.values())


def _regions(sentence: Sentence, figs: list[FigureItem], previous: list[FigureItem]):
    """(start, end, totals) of each breakdown in a sentence: after an opener, or in brackets."""
    text = sentence.text
    for fig in figs:
        after = _BRACKET_AFTER.match(text, fig.match.end)
        if fig.match.noun_class != "bare" and after:
            open_at = after.end() - 1
            close_at = text.find(")", open_at)
            if close_at > open_at:
                yield open_at + 1, close_at, [fig]
    openers = [(m.start(), m.end()) for m in OPENER.finditer(text)]
    for k, (o_start, o_end) in enumerate(openers):
        region_end = openers[k + 1][0] if k + 1 < len(openers) else len(text)
        totals = [f for f in figs if f.match.end <= o_start and f.match.noun_class != "bare"]
        if not text[:o_start].strip(" ,;:-(") and previous:
            totals = [f for f in previous if f.match.noun_class != "bare"]
        if totals:
            yield o_end, region_end, list(reversed(totals))


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
    return regex.search(r"(?<![\p{L}])và(?![\p{L}])", last_chunk) is not None


def _total_for(part: FigureItem, totals: list[FigureItem]) -> FigureItem | None:
    """The nearest total (totals come nearest first) that the part can be a part of.

    A part is never larger than its total; a bare number or a discipline form belongs to the
    nearest total of people; other counts need the same noun.
    """
    for total in totals:
        if total is part or part.match.value > total.match.value:
            continue
        if part.match.noun_class == "bare":
            return total
        if total.kind == "other":
            if part.kind == "other" and part.match.noun.casefold() == total.match.noun.casefold():
                return total
            continue
        if total.kind == part.kind and total.match.noun_class == part.match.noun_class:
            return total
        if part.match.noun_class in PERSON_CLASSES and total.kind in PERSON_KINDS:
            return total
        if total.kind == part.kind:
            return total
    return None


def _overlap_marked(sentence: Sentence, part: FigureItem) -> bool:
    window = sentence.text[part.match.num_end : part.match.end + 10]
    return OVERLAP.search(window) is not None


# --- ratios ----------------------------------------------------------------------------------


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
                    qualifier=p.qualifier if p else "exact",
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
                    qualifier=r.qualifier,
                    percent_decimals=r.percent_decimals,
                    subject=after if use_after else before,
                    sentence=sentence,
                )
            )
    return sorted(items, key=lambda x: x.start)


def _form(r: RatioMatch) -> str:
    return "rate" if r.rule == "ratio.rate" else "fraction"


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
    tail = regex.split(r"[,;.:()]|\s+(?:chiếm|đạt\s+tỷ\s+lệ|bằng)\s", text[pos : pos + 120], maxsplit=1)[0]
    return " ".join(tail.split())


def _subject_before(text: str, pos: int) -> str:
    head = regex.split(r"[,;.:()]", text[max(0, pos - 160) : pos])[-1]
    return " ".join(_SUBJECT_TRIM.sub("", head).split())


# --- documents -------------------------------------------------------------------------------


def _number_key(number: str) -> str:
    return regex.sub(r"\s+", "", number).casefold().replace("ð", "đ")


def _doc_type(sentence: Sentence, doc: DocumentMatch) -> str | None:
    found = _DOC_TYPE_BEFORE.search(sentence.text[max(0, doc.start - 40) : doc.start])
    if not found:
        return None
    word = " ".join(found.group("type").split())
    if word.upper() == word:
        return DOC_CODES.get(word)
    return word[0].upper() + word[1:].lower()


def collect_documents(found: list[tuple[Sentence, DocumentMatch]]) -> list[DocGroup]:
    """One group per distinct document, with every mention; short mentions linked to full ones."""
    groups: dict[str, DocGroup] = {}
    shorts: list[tuple[Sentence, DocumentMatch]] = []
    for sentence, doc in found:
        if doc.short is not None:
            shorts.append((sentence, doc))
            continue
        key = _number_key(doc.number)
        group = groups.get(key)
        if group is None:
            code_type = DOC_CODES.get(doc.code or "", "Văn bản")
            group = groups[key] = DocGroup(doc.number, code_type, doc.year, key=key)
        typed = _doc_type(sentence, doc)
        if typed and group.doc_type == DOC_CODES.get(doc.code or "", "Văn bản"):
            group.doc_type = typed
        group.mentions.append((sentence.start + doc.start, sentence.start + doc.end))
        _date_and_issuer(sentence, doc, group)
    for sentence, doc in shorts:
        span = (sentence.start + doc.start, sentence.start + doc.end)
        doc_type = " ".join((doc.doc_type or "").split())
        doc_type = DOC_CODES.get(doc_type, doc_type[:1].upper() + doc_type[1:].lower())
        target = _full_for_short(groups, doc.short or "", doc_type)
        if target is None:
            key = f"{doc_type}:{int(doc.short or 0)}".casefold()
            target = groups.get(key)
            if target is None:
                target = groups[key] = DocGroup(doc.short or "", doc_type, None, key=key)
                _date_and_issuer(sentence, doc, target)
        target.mentions.append(span)
    out = sorted(groups.values(), key=lambda g: min(g.mentions))
    for group in out:
        group.mentions.sort()
    return out


def _full_for_short(groups: dict[str, DocGroup], short: str, doc_type: str) -> DocGroup | None:
    for group in groups.values():
        lead = regex.match(r"\d+", group.number)
        if group.year is None and ":" in group.key:
            continue
        if lead and int(lead.group(0)) == int(short) and group.doc_type.casefold() == doc_type.casefold():
            return group
    return None


def _date_and_issuer(sentence: Sentence, doc: DocumentMatch, group: DocGroup) -> None:
    after = sentence.text[doc.end : doc.end + 160]
    if group.issued is None:
        found = _DATE_AFTER.match(after)
        if found:
            d, m, y = (
                found.group("d") or found.group("d2"),
                found.group("m") or found.group("m2"),
                found.group("y") or found.group("y2"),
            )
            group.issued = _iso(int(y), int(m), int(d))
            group.issued_span = (sentence.start + doc.end + found.start(), sentence.start + doc.end + found.end())
        else:
            before = _DATE_BEFORE.search(sentence.text[max(0, doc.start - 200) : doc.start])
            if before:
                group.issued = _iso(int(before.group("y")), int(before.group("m")), int(before.group("d")))
                offset = sentence.start + max(0, doc.start - 200)
                group.issued_span = (offset + before.start("d"), offset + before.end("y"))
                group.issuer = group.issuer or " ".join(before.group("issuer").split())
    if group.issuer is None:
        found = _ISSUER_AFTER.match(after)
        if found:
            group.issuer = " ".join(found.group("issuer").split())


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


# --- enumerations ----------------------------------------------------------------------------


def find_enumeration(fig: FigureItem) -> EnumerationItem | None:
    """Items named right after a count: `3 xã Thái Ninh, Quảng Nạp, Năng Yên`, a list of people
    with their titles, a list after a colon (`4 lĩnh vực: giáo dục, đào tạo, …`), or quotations.

    A list that does not visibly end (a last "và" item, or the end of the clause) is kept only
    when it agrees with its count: an open list is no evidence of a mismatch.
    """
    if fig.match.noun_class in ("bare", "money", "disciplined") or fig.match.rule == "count.any":
        return None
    text = fig.sentence.text
    head = _ENUM_HEAD.match(text, fig.match.end)
    pos = head.end() if head else fig.match.end
    colon = bool(head and regex.search(r":|gồm", head.group(0)))
    base = fig.sentence.start
    following = _NEXT_COUNT.search(text, pos)
    limit = following.start() if following else len(text)
    if _HONORIFIC_NAME.match(text, pos):
        # a list of people with their titles in apposition: count the names, not the commas
        names = [m.span("name") for m in _HONORIFIC_NAME.finditer(text, pos, limit)]
        spans = [(base + a, base + b) for a, b in names]
        loose = bool(head and head.group("loose"))
        if len(names) < 2 or 2 * len(names) < fig.match.value or (loose and len(names) != fig.match.value):
            return None
        return EnumerationItem(fig, spans, base + names[-1][1])
    found = (
        _name_list(text, pos)
        or _quoted_list(text, fig.match.end)
        or (_colon_list(text[:limit], pos) if colon else None)
    )
    if found is None:
        return None
    items, end, strict = found
    strict = strict and not (head and head.group("loose"))  # far from its count: it can only confirm it
    agrees = len(items) == fig.match.value
    if len(items) < 2 or (not agrees and not (strict and 2 * len(items) >= fig.match.value)):
        return None  # "39.381 xe Quattroporte, Ghibli và Levante" names kinds, not each one counted
    return EnumerationItem(fig, [(base + a, base + b) for a, b in items], base + end)


def _name_list(text: str, pos: int) -> tuple[list[tuple[int, int]], int, bool] | None:
    """Capitalised names separated by commas, the last after "và"."""
    items: list[tuple[int, int]] = []
    strict = False
    while True:
        item = _ENUM_ITEM.match(text, pos)
        if not item or _ROMAN.fullmatch(item.group("name")) or item.group("name").isupper():
            break  # roman numerals (khóa XII) and abbreviations (ĐH, CĐ) are not names
        items.append(item.span("name"))
        pos = item.end()
        sep = _ENUM_SEP.match(text[pos:])
        if not sep:
            break  # a list that just stops is open: only an exact count confirms it
        if "và" in sep.group(0):
            last = _ENUM_ITEM.match(text, pos + sep.end())
            if last:
                items.append(last.span("name"))
                pos = last.end()
                strict = True
            break
        pos += sep.end()
    return (items, pos, strict) if len(items) >= 2 else None


_QUOTED = regex.compile(r"\s*(?:,|và|;)?\s*[\"“](?P<item>[^\"”]{1,120})[\"”]")


def _quoted_list(text: str, pos: int) -> tuple[list[tuple[int, int]], int, bool] | None:
    """Quoted names after the noun: hai phong trào "Xây dựng chùa tinh tiến" và "…"."""
    gap = regex.match(r"(?:\s+\p{Ll}+){0,3}", text[pos:])
    pos += gap.end() if gap else 0
    items = []
    for m in _QUOTED.finditer(text, pos):
        if m.start() != pos:
            break
        items.append(m.span("item"))
        pos = m.end()
    return (items, pos, True) if len(items) >= 2 else None


def _colon_list(text: str, pos: int) -> tuple[list[tuple[int, int]], int, bool] | None:
    """Short items after a colon, split on semicolons if there are any, else on commas."""
    stop = regex.search(r"[.!?](?:\s|$)|$", text[pos:])
    end = pos + (stop.start() if stop else len(text) - pos)
    chunk = text[pos:end]
    separator = ";" if ";" in chunk else ","
    pieces: list[tuple[int, int]] = []
    offset = pos
    for piece in chunk.split(separator):
        pieces.append((offset, offset + len(piece)))
        offset += len(piece) + 1
    last_start, last_end = pieces[-1]
    tail = regex.search(r"\s+và\s+", text[last_start:last_end])
    if tail:
        pieces[-1:] = [(last_start, last_start + tail.start()), (last_start + tail.end(), last_end)]
    items = []
    for a, b in pieces:
        piece = text[a:b]
        stripped = piece.strip()
        if not stripped or len(stripped.split()) > 8 or regex.search(r"\d", stripped):
            return None  # prose or a breakdown of numbers, not a list of names
        a += len(piece) - len(piece.lstrip())
        items.append((a, a + len(stripped)))
    return (items, end, False) if len(items) >= 2 else None


# --- context ---------------------------------------------------------------------------------


def programmes_in(sentence: Sentence) -> list[tuple[int, str]]:
    """Programmes named in a sentence, with their positions."""
    return [(m.start(), " ".join(m.group(0).split())) for m in PROGRAMMES.finditer(sentence.text)]


def add_context(fig: FigureItem, periods: list, programmes: list[tuple[int, str]], published: str | None) -> None:
    """Programme, period and planned/achieved status of a figure, from its sentence."""
    text = fig.sentence.text
    at = fig.match.start
    if programmes:
        fig.programme = min(programmes, key=lambda p: (abs(p[0] - at), p[0]))[1]
    before = [p for p in periods if p.end <= at] or periods
    if before:
        cand = before[-1]
        start, end = _resolve_period(cand, published)
        fig.period = (fig.sentence.start + cand.start, fig.sentence.start + cand.end, start, end)
    window = text[max(0, at - 120) : at]
    clause = window[max(window.rfind(";"), window.rfind(":")) + 1 :]
    if PLANNED.search(clause):
        fig.status = "planned"
    elif ACHIEVED.search(clause):
        fig.status = "achieved"


def _resolve_period(cand, published: str | None) -> tuple[str | None, str | None]:
    pub_year = int(published[:4]) if published else None
    rule = cand.rule.id
    if rule == "period.months_of_year":
        year = int(cand.group("y")) if cand.group("y") else pub_year
        months = {"sáu": 6, "chín": 9, "ba": 3}.get((cand.group("months") or "").casefold())
        months = months or int(cand.group("months"))
        if year is None or not 1 <= months <= 12:
            return None, None
        if (cand.group("half") or "").casefold() == "cuối":
            return date(year, 13 - months, 1).isoformat(), f"{year}-12-31"
        end_month = date(year, months % 12 + 1, 1) if months < 12 else date(year + 1, 1, 1)
        return f"{year}-01-01", date.fromordinal(end_month.toordinal() - 1).isoformat()
    if rule in ("period.since", "period.span"):
        y1 = int(cand.group("y1"))
        y2 = cand.group("y2")
        if y2 and len(y2) == 2:
            y2 = str(y1 // 100) + y2
        return f"{y1}-01-01", f"{y2}-12-31" if y2 else published
    if rule == "period.year":
        y = cand.group("y")
        return f"{y}-01-01", f"{y}-12-31"
    if rule == "period.relative_year" and pub_year:
        rel = (cand.group("rel") or "").casefold()
        year = pub_year if rel in ("nay",) else pub_year - 1 if rel in ("trước", "ngoái") else pub_year
        return f"{year}-01-01", f"{year}-12-31"
    return None, None
