"""Parts of a total that end with the rest of it, named as such after its count: "… sức khỏe 3 nạn nhân đã
ổn định, 1 người đã có kết quả giám định thương tật 1%, 2 người còn lại vào ngày mai (14/5) sẽ có kết quả"
(baomoi-magizbox-22263154); "Chúng mở khóa được 2 két sắt, để lại 2 két còn lại" of "4 két sắt"
(baomoi-magizbox-21494800).

"còn lại" after a count says that the count is what remains of a whole once the parts told before it are
taken away, so the parts and the rest add up to the whole where it is stated just before them. The words
are `patterns/cues/sums.toml` (`sum.rest_after`). Linked only where they add up, as an incomplete
breakdown: this confirms a total and never contradicts one.
"""

from __future__ import annotations

import regex

from solieu.cues import cue, words
from solieu.link.agreeing import parts_agree
from solieu.link.breakdowns import NO_NOUN, attach_parts
from solieu.link.items import Breakdown, FigureItem

REST_AFTER = cue("sums", "sum.rest_after")
_JOINED = cue("sums", "sum.list_goes_on")  # a comma or "và" between two items of one list
NO_NOUN_WORDS = frozenset(w.casefold() for w in words("sums", "sum.no_noun"))
_WORD = regex.compile(r"\p{L}+")
NOUN_WORDS = 2  # the words after a count that name what it counts
REST_REACH = 40  # characters after a count where "còn lại" may stand
MOST_BEFORE = 8  # figures before the rest where its parts and total may stand
SENTENCES_BEFORE = 1  # sentences holding figures before the first part's where the total may stand
MOST_PARTS = 6
# characters from the total to its first part: "5 người" a long sentence before "ba tội danh … hai tội danh còn lại"
# adds up by chance (baomoi-magizbox-22348869)
TOTAL_REACH = 400


def link_rests(figures: list[FigureItem], taken: list[Breakdown]) -> list[Breakdown]:
    """The breakdowns that end with a rest named after its count, their parts attached. No figure of
    `taken` (a total or a part) is used again."""
    used = {id(f) for b in taken for f in (b.total, *b.parts)}
    out = []
    for k, rest in enumerate(figures):
        if id(rest) in used or not _named_rest(rest):
            continue
        found = _total_and_parts(rest, figures[max(0, k - MOST_BEFORE) : k], used)
        if found is None:
            continue
        total, parts = found
        out.append(Breakdown(total, parts, overlapping=False, incomplete=True))
        used.update(id(f) for f in (total, *parts))
    attach_parts(out)
    return out


def _plain_count(fig: FigureItem) -> bool:
    """A count of things with a noun: no bare number, rate or change, which no rest is of or part of."""
    return fig.match.noun_class not in NO_NOUN and fig.match.per is None and fig.change is None


def _named_rest(fig: FigureItem) -> bool:
    """Whether "còn lại" follows the count, after at most a few words of its noun and before any number."""
    count = fig.match
    text = fig.sentence.text
    return _plain_count(fig) and REST_AFTER.match(text[count.end : count.end + REST_REACH]) is not None


def _total_and_parts(
    rest: FigureItem, before: list[FigureItem], used: set[int]
) -> tuple[FigureItem, list[FigureItem]] | None:
    """The nearest figure before the rest that the parts add up to, with those parts: the figures just
    before the rest that count what it counts (a word of their nouns in common), or the one joined to it in
    its clause ("10 bệnh nhân đã xuất viện, 7 người còn lại"). The total stands in the first part's sentence
    or the one before, at most `TOTAL_REACH` characters before it, is no label, rate or change, and is larger
    than every part."""
    parts = [rest]
    own = _noun_words(rest)
    for fig in reversed(before):
        if id(fig) in used or _sentences_back(fig, parts[0], before) > SENTENCES_BEFORE:
            return None
        if (
            len(parts) > 1
            and _may_total(fig, parts)
            and parts[0].start - fig.end <= TOTAL_REACH
            and _agrees(fig, parts)
        ):
            return fig, parts
        if len(parts) < MOST_PARTS and _may_be_part(fig, rest) and (own & _noun_words(fig) or _joined(fig, parts[0])):
            parts.insert(0, fig)
    return None


def _sentences_back(fig: FigureItem, part: FigureItem, figures: list[FigureItem]) -> int:
    """How many sentences that hold a figure stand between a figure and a part after it, the figure's own
    included where it is another: sentences of no figure (a caption, a quote) do not count."""
    return len({f.sentence.index for f in figures if fig.sentence.index <= f.sentence.index < part.sentence.index})


def _may_be_part(fig: FigureItem, rest: FigureItem) -> bool:
    """A count of the rest's currency (or of none), no label, rate or change, and in the rest's bracket: a
    figure in a bracket the rest is not in is said of something else ("Real Madrid đã ghi bàn trong 63 trận
    liên tiếp, vừa vượt qua kỷ lục của Bayern (61 trận). Real chỉ còn lại 2 trận đấu còn lại",
    baomoi-magizbox-22307671)."""
    return (
        _plain_count(fig)
        and fig.match.currency == rest.match.currency
        and _bracket(fig) == (_bracket(rest) if fig.sentence is rest.sentence else -1)
    )


def _bracket(fig: FigureItem) -> int:
    """Where the innermost bracket open at the figure opens in its sentence, -1 if none is."""
    text = fig.sentence.text
    depth = 0
    for at in range(fig.match.start - 1, -1, -1):
        if text[at] == ")":
            depth += 1
        elif text[at] == "(":
            if depth == 0:
                return at
            depth -= 1
    return -1


def _may_total(fig: FigureItem, parts: list[FigureItem]) -> bool:
    count = fig.match
    if not _plain_count(fig) or count.noun.casefold() in NO_NOUN_WORDS or count.currency != parts[-1].match.currency:
        return False
    return all(p.match.value < count.value for p in parts)


def _agrees(total: FigureItem, parts: list[FigureItem]) -> bool:
    return parts_agree([(p.match.value, p.match.qualifier) for p in parts], total.match.value, total.match.qualifier)


def _joined(fig: FigureItem, part: FigureItem) -> bool:
    """Whether a figure is the item just before a part in one list of its sentence: a comma or "và" between."""
    if fig.sentence is not part.sentence:
        return False
    return _JOINED.match(fig.sentence.text[fig.match.end : part.match.start]) is not None


def _noun_words(fig: FigureItem) -> set[str]:
    """The words after a count that name what it counts, its own noun's and the next, "còn lại" and words
    that name nothing aside."""
    text = fig.sentence.text
    named = REST_AFTER.match(text[fig.match.end : fig.match.end + REST_REACH])
    stop = fig.match.end + named.start("rest") if named is not None else len(text)
    found = _WORD.findall(text, fig.match.num_end, stop)[:NOUN_WORDS]
    return {w.casefold() for w in found} - NO_NOUN_WORDS
