"""Find the parts of a news page: dateline, title, lead, body, captions, byline, source, chrome.

Provincial pages are copied from the web with their furniture: a poll, a visitor counter, a
lead paragraph printed twice (its first copy cut off with `...`), photo captions between
paragraphs. Each block gets a role; only `lead` and `body` blocks reach the figure stage.
Works on the normalised text; spans are in its coordinates until the pipeline maps them back.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

import regex
from pydantic import BaseModel, ConfigDict, Field

from solieu.normalise import NormText, retone
from solieu.rules import load_data


class Agency(BaseModel):
    """What an agency prefix ("LSO-") says about the article's source."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    province: str | None = None


class LayoutData(BaseModel):
    """`layout.toml`: the regexes and names of page furniture, checked on load so a typo names its entry."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    weekdays: tuple[str, ...] = Field(min_length=7, max_length=7, description="Monday first")
    dateline: str
    caption: str
    source_line: str
    byline_prefix: str
    byline_name: str
    not_names: tuple[str, ...]
    glued_byline: str
    chrome_lines: tuple[str, ...]
    chrome_prefix: str
    poll_open: str
    poll_close: str
    agency_prefix: str
    agencies: dict[str, Agency]
    source_names: dict[str, str] = Field(description="a newspaper's name -> its province")


LAYOUT = load_data("layout.toml", LayoutData)
_FLAGS = regex.IGNORECASE | regex.VERBOSE


def _compile(pattern: str, flags: int = _FLAGS) -> regex.Pattern[str]:
    return regex.compile(pattern, flags)


DATELINE = _compile(LAYOUT.dateline)
CAPTION = _compile(LAYOUT.caption)
SOURCE_LINE = _compile(LAYOUT.source_line)
BYLINE_PREFIX = _compile(LAYOUT.byline_prefix)
BYLINE_NAME = _compile(LAYOUT.byline_name, regex.VERBOSE)
NOT_NAMES = frozenset(LAYOUT.not_names)
GLUED_BYLINE = _compile(LAYOUT.glued_byline, regex.VERBOSE)
# The same pattern, searched from the end: a glued byline ends its paragraph, so a search backwards
# tells at once whether the paragraph holds one, where the search forwards tries every position;
# the forward search then gives the match itself where there is one.
_GLUED_BYLINE_BACKWARDS = _compile(LAYOUT.glued_byline, regex.VERBOSE | regex.REVERSE)
CHROME = [_compile(p) for p in LAYOUT.chrome_lines]
POLL_OPEN = _compile(LAYOUT.poll_open)
CHROME_PREFIX = _compile(LAYOUT.chrome_prefix)
CHROME_LINE_MAX = 160  # a chrome line is short: a longer line that starts like one is prose
POLL_CLOSE = _compile(LAYOUT.poll_close)
AGENCY = _compile(LAYOUT.agency_prefix, regex.VERBOSE)
WEEKDAYS = LAYOUT.weekdays  # the names spelt out, Monday first: the validator prints them
_TERMINAL = tuple(".!?…:;\"”»)'")
EXTRACTED_ROLES = frozenset({"lead", "body"})


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str


@dataclass
class Layout:
    """What the page layout says, in normalised-text coordinates."""

    blocks: list[tuple[str, int, int]] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    dateline: tuple[int, int, str, str | None] | None = None  # start, end, ISO date, weekday
    source_name: str | None = None
    source_province: str | None = None
    url: str | None = None

    def extracted(self) -> list[tuple[int, int]]:
        """Spans of the blocks whose figures count."""
        return [(s, e) for role, s, e in self.blocks if role in EXTRACTED_ROLES]


def read_layout(text: str, *, title: str | None = None) -> Layout:
    """Give every line of the page a role; join hard-wrapped lines into paragraphs."""
    lines = _paragraphs(_lines(text))
    roles: list[str | None] = [None] * len(lines)
    layout = Layout()
    _mark_chrome(lines, roles)
    _mark_dateline(lines, roles, layout)
    _mark_title(lines, roles, layout, title)
    split_off = _mark_tail(lines, roles, layout)
    if layout.author is None:
        _mark_byline_before_gap(text, lines, roles, layout)
    _mark_captions(lines, roles)
    _mark_lead_duplicates(lines, roles)
    first_body = True
    for i, line in enumerate(lines):
        role = roles[i]
        if role is None:
            role = "lead" if first_body else "body"
            first_body = False
            match = AGENCY.match(line.text)
            agency = LAYOUT.agencies.get(match["code"]) if match else None
            if agency is not None and layout.source_name is None:
                layout.source_name = agency.name
                layout.source_province = agency.province or None
        layout.blocks.append((role, line.start, line.end))
    layout.blocks += [("byline", line.start, line.end) for line in split_off]
    return layout


def _lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            prefix = CHROME_PREFIX.match(stripped)
            if prefix and prefix.end() < len(stripped):
                chrome = stripped[: prefix.end()].rstrip()
                rest = stripped[prefix.end() :]
                out.append(Line(start, start + len(chrome), chrome))
                start, stripped = start + prefix.end(), rest
            out.append(Line(start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _paragraphs(lines: list[Line]) -> list[Line]:
    """Join a line to the previous one when a sentence runs over the break (`với\\n1.840`).

    A date line is never joined: under a title, "05:09, 08/09/2021" starts with a digit too.
    """
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        first = line.text[0]
        if (
            prev
            and not prev.text.endswith(_TERMINAL)
            and (first.islower() or first.isdigit())
            and not DATELINE.match(line.text)
        ):
            out[-1] = Line(prev.start, line.end, prev.text + "\n" + line.text)
        else:
            out.append(line)
    return out


def _mark_chrome(lines: list[Line], roles: list[str | None]) -> None:
    i = 0
    while i < len(lines):
        if POLL_OPEN.search(lines[i].text):
            for j in range(i + 1, min(i + 12, len(lines))):
                if POLL_CLOSE.search(lines[j].text):
                    for k in range(i, j + 1):
                        roles[k] = "chrome"
                    i = j
                    break
        text = lines[i].text
        if (len(text) <= CHROME_LINE_MAX and any(p.search(text) for p in CHROME)) or CHROME_PREFIX.fullmatch(text):
            roles[i] = "chrome"
        i += 1


def _mark_dateline(lines: list[Line], roles: list[str | None], layout: Layout) -> None:
    for i, line in enumerate(lines[:6]):
        if roles[i]:
            continue
        match = DATELINE.match(line.text)
        if not match:
            continue
        try:
            day = date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            continue
        weekday = match["weekday"]
        layout.dateline = (line.start, line.end, day.isoformat(), " ".join(weekday.split()) if weekday else None)
        roles[i] = "dateline"
        _mark_header_byline(lines, roles, layout, i)
        return


def _mark_header_byline(lines: list[Line], roles: list[str | None], layout: Layout, dateline: int) -> None:
    """A name alone on the line above the dateline, under the title, is the byline ("Minh Anh", then "14/08/2022")."""
    above = dateline - 1
    if above < 1 or roles[above] or not any(roles[k] is None for k in range(above)):
        return
    author = _byline(lines[above].text)
    if author:
        roles[above] = "byline"
        layout.author = author


def _is_prose(text: str) -> bool:
    return text.endswith(_TERMINAL) or _words_over(text, 44)


def _words_over(text: str, n: int) -> bool:
    """Whether `text` holds more than `n` words: at most n + 1 of them are split off, not a
    long paragraph's every word.

    >>> _words_over("một hai  ba", 2), _words_over("một hai ba", 3)
    (True, False)
    """
    return len(text.split(None, n)) > n


def _mark_title(lines: list[Line], roles: list[str | None], layout: Layout, given: str | None) -> None:
    """The title is the first headline-like line before the first paragraph of prose."""
    if given is not None:
        layout.title = given
        given_key = _key(given)
        for i, line in enumerate(lines[:3]):
            # a long line cannot be the title: compare only a title's length of it
            if roles[i] is None and _key(line.text[: 2 * len(given) + 10]) == given_key:
                roles[i] = "title"
        return
    candidates = []
    for i, line in enumerate(lines):
        if roles[i]:
            continue
        if _is_prose(line.text):
            break
        candidates.append(i)
    else:
        return  # no prose follows: a snippet or a list, not a page with a headline
    if not candidates:
        return
    mixed = [i for i in candidates if not line_is_upper(lines[i].text)]
    chosen = mixed[0] if mixed else candidates[0]
    for i in candidates:
        if i < chosen:
            roles[i] = "chrome"  # a section label above the headline: "ĐẤU THẦU - MUA SẮM CÔNG"
    roles[chosen] = "title"
    layout.title = lines[chosen].text.replace("\n", " ")


def line_is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _mark_tail(lines: list[Line], roles: list[str | None], layout: Layout) -> list[Line]:
    """Source line and byline: the last lines of the article that are not chrome.

    Some pages print photo captions after the byline; some sources glue the byline to the end
    of the last paragraph (`… trưởng thôn... Minh Thà/KD&PL`). Returns the lines to add, where
    a glued byline is split off its paragraph.
    """
    tail = [i for i in range(len(lines)) if roles[i] is None][-5:]
    pending_captions: list[int] = []
    for i in reversed(tail):
        text = lines[i].text
        match = SOURCE_LINE.match(text)
        if match:
            roles[i] = "source"
            name = match["name"].strip()
            url = regex.search(r"https?://\S+", match["rest"])
            layout.url = url.group(0) if url else None
            if not name and not url:
                name = match["rest"].strip()  # "Nguồn: Báo Lạng Sơn"
            if name:
                layout.source_name = layout.source_name or name
                layout.source_province = layout.source_province or LAYOUT.source_names.get(name) or None
            continue
        author = _byline(text)
        if author:
            roles[i] = "byline"
            layout.author = author
            for j in pending_captions:
                roles[j] = "caption"
            return []
        glued = None if pending_captions else _glued_byline(text)
        if glued:
            author = _byline(glued.group("byline"))
            if author:
                layout.author = author
                cut = lines[i].start + glued.start("byline")
                lines[i] = Line(lines[i].start, cut, text[: glued.start("byline")].rstrip())
                lines[i] = Line(lines[i].start, lines[i].start + len(lines[i].text), lines[i].text)
                return [Line(cut, cut + len(glued.group("byline")), glued.group("byline"))]
        if not _words_over(text, 30) and len(pending_captions) < 2:
            pending_captions.append(i)  # perhaps a caption printed after the byline
            continue
        break
    return []


_GAP_NEWLINES = 2  # one blank line at least: where a page's own text ends and what it appends begins
_AFTER_NAME_MAX = 30  # an outlet on a line of its own under the name: "(TTXVN)", "Thể thao & Văn hóa"


def _mark_byline_before_gap(text: str, lines: list[Line], roles: list[str | None], layout: Layout) -> None:
    """A byline where the article's text ends, before the blank lines after which a page appends
    its photo captions or its lead again ("Hoàng Thuỳ - Phạm Duy", two blank lines, three
    captions): the name is the last line before the page's last widest gap, or the line above an
    outlet that stands there. The gap must be wider than any break between the body's paragraphs
    above the name (the title's and the lead's aside: many pages set them apart): on a page whose
    every paragraph stands after a blank line, a short line before the last one is a heading, not
    where the article ends. The lines after the gap keep their roles."""
    breaks = [text.count("\n", lines[i].end, lines[i + 1].start) for i in range(len(lines) - 1)]
    lead = next((i for i, role in enumerate(roles) if role is None), -1)  # a page may set its lead apart
    after_body = [i for i, n in enumerate(breaks) if i != lead and roles[i] is None]
    widest = max((breaks[i] for i in after_body), default=0)
    if widest < _GAP_NEWLINES:
        return
    last = max(i for i in after_body if breaks[i] == widest)
    body = {i for i in after_body if i < last and roles[i + 1] is None}
    for k in (last, last - 1):
        if k < 0 or roles[k] is not None:
            return
        if max((breaks[i] for i in body if i < k), default=0) >= breaks[last]:
            return
        author = _byline(lines[k].text)
        if author:
            roles[k] = "byline"
            layout.author = author
            return
        if len(lines[k].text) > _AFTER_NAME_MAX or _words_over(lines[k].text, 4):
            return


def _glued_byline(text: str) -> regex.Match[str] | None:
    """`GLUED_BYLINE.search(text)`, for less where the paragraph holds none."""
    return GLUED_BYLINE.search(text) if _GLUED_BYLINE_BACKWARDS.search(text) else None


# the outlet after a slash, one word ("/KD&PL") or a few (its desk, "Theo" and a source: layout.toml);
# (?<!\s): a run of spaces tried once, not from each
_OUTLET_AFTER_SLASH = regex.compile(r"(?<!\s)\s*/\s*[^\s/]+(?:(?:\s*[-–]\s*|\s+)[\w.:,]+){0,4}$")


def _byline(text: str) -> str | None:
    """The author's name if the line is a byline, in name case."""
    prefix = BYLINE_PREFIX.match(text)
    rest = text[prefix.end() :] if prefix else text
    if _no_byline(text, rest, prefixed=prefix is not None):
        return None
    return _read_byline(text, rest, prefixed=prefix is not None)


def author_as_printed(layout: Layout, nt: NormText, original: str) -> str | None:
    """The author's name as the page prints it. The layout reads the normalised text, whose tone
    marks stand where the new spelling puts them ('Hoàng Thùy'); a name is written as its owner
    writes it ('Hoàng Thuỳ'), so it is taken from the byline in the original text, unless that
    differs by more than the tone marks' place (mojibake, say): then the name read stays."""
    name = layout.author
    if name is None:
        return None
    for role, start, end in layout.blocks:
        found = (
            regex.search(regex.escape(name), nt.text, regex.IGNORECASE, pos=start, endpos=end)
            if role == "byline"
            else None
        )
        if found is None:
            continue
        o_start, o_end = nt.to_original(*found.span())
        printed = " ".join(unicodedata.normalize("NFC", original[o_start:o_end]).split())
        if retone(printed) != " ".join(found.group().split()):
            return name
        return " ".join(w.capitalize() if line_is_upper(w) else w for w in printed.split())
    return name


def _no_byline(text: str, rest: str, *, prefixed: bool) -> bool:
    """What `_read_byline` would refuse, told before it cuts off an outlet and reads a name over
    a whole paragraph: a sentence of prose with no byline prefix, or a line longer than a name
    before its last two words (the outlet cut off lies in them)."""
    if not prefixed and text.endswith(_TERMINAL) and not text.endswith(")"):
        return True
    if len(rest) <= 45:
        return False
    words = rest.rsplit(None, 2)
    return len(words) == 3 and len(words[0]) > 45


def _read_byline(text: str, rest: str, *, prefixed: bool) -> str | None:
    rest = _OUTLET_AFTER_SLASH.sub("", rest)  # "Minh Thà/KD&PL": the outlet after a slash
    name = BYLINE_NAME.match(rest)
    if name and name["name"].split()[0] in NOT_NAMES:
        return None  # "Theo TTXVN" credits an agency, not an author
    if not name or len(rest) > 45 or (not prefixed and _is_prose(text) and not text.endswith(")")):
        return None
    words = name["name"].split()
    return " ".join(w.capitalize() if line_is_upper(w) else w for w in words)


def _mark_captions(lines: list[Line], roles: list[str | None]) -> None:
    """Photo captions: an `Ảnh:` credit, a line printed twice, or a short unpunctuated line
    standing between two paragraphs of prose."""
    for i, line in enumerate(lines):
        if roles[i]:
            continue
        text = line.text
        if len(text) < 400 and CAPTION.search(text):  # a long paragraph is no caption: not searched
            roles[i] = "caption"
            continue
        if i + 1 < len(lines) and roles[i + 1] is None and lines[i + 1].text == text and len(text) < 400:
            roles[i] = roles[i + 1] = "caption"
            continue
        before = next((roles[j] for j in range(i - 1, -1, -1) if roles[j] != "chrome"), None)
        if (
            not _is_prose(text)
            and len(text.split()) <= 40
            and before in (None, "caption")
            and i > 0
            and any(r is None for r in roles[i + 1 :])
            and _is_prose(lines[i - 1].text)
            and not lines[i - 1].text.rstrip().endswith(":")  # a line a colon announces is an item, no caption
        ):
            roles[i] = "caption"


# what is not a letter or a digit: the stdlib's \w is exactly str.isalnum() and "_", so this drops
# what a character-by-character isalnum() test drops, in C
_NOT_ALNUM = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    """Letters and digits alone, case folded: a title compared with the line that repeats it.

    >>> _key("Thanh Ba: 478 CBCC_đạt chuẩn!")
    'thanhba478cbccđạtchuẩn'
    """
    return _NOT_ALNUM.sub("", text.casefold())


def _mark_lead_duplicates(lines: list[Line], roles: list[str | None]) -> None:
    """A first copy of the lead, cut off with `...`, that the page prints again in full."""
    for i, line in enumerate(lines):
        text = line.text
        if roles[i] or not text.endswith(("...", "…")):
            continue
        head = _key(text[:200])[:80]
        if len(head) < 40:
            continue
        for j in range(i + 1, min(i + 4, len(lines))):
            if roles[j] is None and _key(lines[j].text[:200]).startswith(head):
                roles[i] = "lead_duplicate"
                break
