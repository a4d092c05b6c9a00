"""Counts followed by the items they count: names, people with their titles, lists after a
colon, quotations."""

from __future__ import annotations

import regex

from extract.link.items import EnumerationItem, FigureItem

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
