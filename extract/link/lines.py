"""Items announced by a count at the end of its paragraph and given a line each, behind a bullet
or a number: "… theo ba hướng:" then "- Đào tạo tại chỗ;", "- Cử đi học;", "- Bồi dưỡng …".

A list of lines visibly ends where a line without its marker follows; only then, only under a
colon, and only when no line of the same marker comes back soon after (an item's explanation in
a paragraph of its own would cut the list short), may its length contradict the count.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

from solieu.cues import cue, words
from solieu.link.items import EnumerationItem, FigureItem
from solieu.rules import classes_with
from solieu.segment import Paragraphs

_CLOSES = cue("enumerations", "lines.announced")
_MARKER = cue("enumerations", "lines.marker")
_ANNOUNCED_AFTER = cue("enumerations", "lines.announced_after")
_LETTERS = {w: i for i, w in enumerate(words("enumerations", "lines.letters"), 1)}
MOST_ITEMS = 20
COME_BACK = 3  # lines after the list's end in which its marker must not return
MOST_LINES = 4 * MOST_ITEMS + COME_BACK  # lines read after the count: items, sub-items and what follows


@dataclass(frozen=True)
class _Mark:
    """A line's marker: its style (the bullet, or how it numbers) and its rank when numbered."""

    style: str
    rank: int | None
    text_start: int


def lines_after(fig: FigureItem, paragraphs: Paragraphs) -> EnumerationItem | None:
    """The lines listed under a count that closes its paragraph; None when they are no list of it,
    or when they disagree with the count and the list does not visibly end."""
    if not 2 <= fig.match.value <= MOST_ITEMS or fig.match.noun_class in classes_with("no_list"):
        return None
    blocks = paragraphs.blocks
    text = paragraphs.text
    k = block_of(paragraphs, fig.end)
    if k is None:
        return None
    if _mark(text, *blocks[k]) is not None:
        return None  # a count inside a line of a list is one of its items, not its head
    closes = _CLOSES.match(text, fig.end, blocks[k][1])
    colon = bool(closes and closes.group("colon"))
    after = None if colon else _ANNOUNCED_AFTER.match(text, fig.end, blocks[k][1])
    if closes is not None and after is None and k + 1 < len(blocks):  # "… 5 nội dung." then "Cụ thể như sau:"
        after = _ANNOUNCED_AFTER.match(text, blocks[k + 1][0], blocks[k + 1][1])
        k += 1 if after and after.group("alone") is not None else 0
    if closes is None and after is None:
        return None
    following = (b for b in blocks[k + 1 :] if text[b[0] : b[1]].strip())
    nonempty = list(itertools.islice(following, MOST_LINES))
    marks = [_mark(text, s, e) for s, e in nonempty]
    first = marks[0] if marks else None
    if first is None or (first.rank is None and not (colon or after)) or first.rank not in (None, 1):
        return None  # bullets need the colon; numbered lines may follow a full stop, from 1 on
    items: list[tuple[int, int]] = []
    nested = False
    end_at = len(nonempty)
    for i, ((_, e), mark) in enumerate(zip(nonempty, marks, strict=True)):
        if mark is None:
            end_at = i
            break
        if mark.style != first.style:
            nested = True  # a sub-item under the last item, or a bullet changed on the way
            continue
        if mark.rank is not None and mark.rank != len(items) + 1:
            end_at = i  # the numbering starts again: another list
            break
        items.append((mark.text_start, _trimmed_end(text, mark.text_start, e)))
    if len(items) < 2:
        return None
    returns = any(m is not None and m.style == first.style for m in marks[end_at + 1 : end_at + 1 + COME_BACK])
    announced = colon  # after a full stop the lines may be the next section; after "Cụ thể như sau:", only confirm
    visibly_ends = announced and not nested and (end_at == len(nonempty) or (marks[end_at] is None and not returns))
    if len(items) != fig.match.value and not visibly_ends:
        return None
    return EnumerationItem(fig, items, items[-1][1])


def block_of(paragraphs: Paragraphs, pos: int) -> int | None:
    """The index of the block (line) that the text ending at `pos` ends in, if any."""
    blocks = paragraphs.blocks
    k = bisect.bisect_right(blocks, (pos, len(paragraphs.text) + 1)) - 1
    return k if k >= 0 and pos <= blocks[k][1] else None


def is_marked(text: str, start: int, end: int) -> bool:
    """Whether the line text[start:end] opens with a bullet, a number or a letter."""
    return _mark(text, start, end) is not None


def _mark(text: str, start: int, end: int) -> _Mark | None:
    """The marker a line opens with, if any."""
    m = _MARKER.match(text, start, end)
    if not m:
        return None
    if m.group("bullet"):
        return _Mark(m.group("bullet"), None, m.end())
    if m.group("number"):
        label = " ".join((m.group("label") or "").casefold().split())
        return _Mark(label + "number" + m.group("after"), int(m.group("number")), m.end())
    rank = _LETTERS.get(m.group("letter").casefold())
    return _Mark("letter" + m.group("after_letter"), rank, m.end()) if rank else None


def _trimmed_end(text: str, start: int, end: int) -> int:
    """The end of an item's line without its closing punctuation and spaces."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;,"):
        end -= 1
    return end
