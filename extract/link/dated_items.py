"""Items told apart by their dates right after a count: "… đã có hai kết luận thanh tra vào tháng
10-2017 và tháng 2-2019", "hai đợt kích cầu lớn vào tháng 5 và tháng 10". Each item is the same unit
of time with another number; nothing says the dates are all of them, so they only confirm the count."""

from __future__ import annotations

from solieu.cues import cue
from solieu.link.enumerations import heads_no_list
from solieu.link.items import EnumerationItem, FigureItem

_DATED = cue("enumerations", "dated.list")
_DATE = cue("enumerations", "dated.item")


def dated_items(fig: FigureItem) -> EnumerationItem | None:
    """The dates after the count's noun phrase, each the same unit, the last after "và", kept only when
    they are as many as the count says."""
    if heads_no_list(fig):
        return None  # "hai năm 2016 và 2017" are the years themselves, no list of other things
    text = fig.sentence.text
    found = _DATED.match(text, fig.match.end)
    if not found:
        return None
    start, end = found.span("dates")
    items = [m.span() for m in _DATE.finditer(text, start, end) if m.group("unit") == found.group("unit")]
    if len(items) < 2 or len(items) != fig.match.value:
        return None
    base = fig.sentence.start
    return EnumerationItem(fig, [(base + a, base + b) for a, b in items], base + end)
