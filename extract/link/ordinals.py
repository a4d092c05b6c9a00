"""Items announced by a count and then given a sentence each, numbered in words: "… với bốn nhóm
chức năng. Một là khu đào tạo … Hai là khu ký túc xá … Ba là … Cuối cùng là hệ thống giao thông …".
"""

from __future__ import annotations

import regex

from solieu.cues import cue, words
from solieu.link.items import EnumerationItem, FigureItem
from solieu.rules import classes_with
from solieu.segment import Paragraphs

_NUMBERED = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_ORDINALS = tuple(tuple(words("ordinals", key)) for key in _NUMBERED)
_LAST = frozenset(words("ordinals", "last"))
_OPENER = cue("ordinals", "ordinal.opener")
_ANNOUNCED = regex.compile(r"[^.;!?\d]{0,60}(?::|[.!?]?\s*$)")  # the count closes its sentence or a colon follows
_MOST_SENTENCES = 16
_MOST_GAP = 3  # sentences of one item before the next ordinal


def ordinals_after(fig: FigureItem, paragraphs: Paragraphs) -> EnumerationItem | None:
    """The items numbered "Một là …, Hai là …" (or "Thứ nhất, Thứ hai") after a count that closes
    its sentence; kept only when there are as many as the count says."""
    if not 2 <= fig.match.value <= len(_ORDINALS) or fig.match.noun_class in classes_with("no_list"):
        return None
    if not _ANNOUNCED.fullmatch(fig.sentence.text, fig.match.end):
        return None
    items: list[tuple[int, int]] = []
    gap = 0
    text = paragraphs.text
    for start, end in paragraphs.following(fig.sentence.end, _MOST_SENTENCES):
        opener = _OPENER.match(text, start, end)
        word = " ".join(opener.group("word").casefold().split()) if opener else ""
        if word in _LAST and items:
            items.append((start, end))
            break
        if len(items) < len(_ORDINALS) and word in _ORDINALS[len(items)]:
            items.append((start, end))
            gap = 0
            continue
        if not items:
            return None  # the next sentence does not begin the list
        gap += 1
        if gap >= _MOST_GAP:
            break
    if len(items) != fig.match.value:
        return None
    return EnumerationItem(fig, items, items[-1][1])
