"""What the article around a figure says about it when its own sentence says too little: a sum
in đồng is funding of the scope only where the article counts cadres, Party members or training,
or its sentence names them (elsewhere it stays funding, as money goes, marked outside the scope);
học viên are inmates where the title or the paragraph before them names a drug rehabilitation
centre; đảng viên of an article titled on another country are its party's; a count of people named
again ('36 cán bộ này') is the kind of its first statement (`patterns/cues/article.toml`)."""

from __future__ import annotations

import bisect

from solieu.cues import cue, words
from solieu.link.items import FigureItem
from solieu.rules import classes_with
from solieu.segment import Paragraphs

IN_SCOPE = cue("article", "in_scope")
DRUG_REHABILITATION = cue("article", "drug_rehabilitation")
FOREIGN = cue("article", "foreign_party")
HOME = cue("article", "home")
OFFICIALS_COUNTED = cue("article", "officials_counted")
PEOPLE_OUTSIDE = cue("article", "people_outside")
CADRE_WORK = cue("article", "cadre_work")
ASSOCIATION = cue("article", "association_congress")
DISCIPLINE = cue("article", "discipline_said")
NAMED_AGAIN = cue("article", "named_again")
COMRADES = "comrades"  # the noun class whose default kind is party_members: 'đồng chí'
GENERIC_HEADS = frozenset(words("article", "generic_heads"))
PARTY_KINDS = frozenset({"party_members", "party_units"})
SCOPE_KINDS = frozenset({"classes", "learners", "trainees", "party_members", "party_units", "officials"})
FUNDING = "funding"
INMATES = "article.drug_rehabilitation"
FOREIGN_PARTY = "article.foreign_party"
TITLED_OFFICIALS = "article.officials_in_title"
ASSOCIATION_COMRADES = "article.association_congress"
CONTINUED = "article.generic_head_continues"
AGAIN = "article.named_again"
PEOPLE_KINDS = frozenset({"party_members", "officials"})
OFFICIALS = "officials"
GENERIC_CLASS = "persons"  # the noun class of the generic heads
LEARNERS = "learners"
OUTSIDE = "other"
AMOUNTS = classes_with("amount")
INMATE_NOUNS = frozenset({"learners", "visits", "persons"})  # the noun classes kinds.drug_rehabilitation reads
PEOPLE = classes_with("people")


MENTIONS = 5  # the working gold's articles with money name the scope 6 to 45 times; market news 0 to 4
READ = 100_000  # characters of the article read for those mentions: a news article is shorter
NEAR = 300  # characters either side of a sum read for its own words: a flattened table is one sentence
NAMED_AGAIN_REACH = 10  # sentences back a count named again may look for its first mention
AFTER = 40  # characters after a count read for a demonstrative: 'này' follows its noun or a word or two more


def apply_article_context(figures: list[FigureItem], title: str | None, paragraphs: Paragraphs) -> None:
    """Money outside the scope is marked so; inmates counted as learners, foreign parties' members and the
    comrades of an association's congress become `other`;
    generic heads of an article titled on cadres count them; people named again are what they were."""
    _generic_heads_of_officials(figures, title or "")
    _generic_heads_continued(figures)
    _named_again(figures)
    _money_outside_scope(figures, title or "", paragraphs)
    _inmates(figures, title or "", paragraphs)
    _foreign_party(figures, title or "")
    _comrades_of_an_association(figures, title or "")


def _money_outside_scope(figures: list[FigureItem], title: str, paragraphs: Paragraphs) -> None:
    """In an article that counts none of the scope's people or training, names them in no title and
    hardly in its text, a sum whose sentence names neither is a price, a fine or a company's money:
    the links weigh it as other (its sums only confirm), and its record says funding (the contract's
    funding is any sum in đồng) marked outside the scope, so that the scope's funding is summed without it."""
    if not any(f.kind == FUNDING for f in figures) or any(f.kind in SCOPE_KINDS for f in figures):
        return
    if IN_SCOPE.search(title) or _mentions(paragraphs.text) >= MENTIONS:
        return
    for fig in figures:
        if fig.kind != FUNDING or fig.match.noun_class not in AMOUNTS:
            continue
        text = fig.sentence.text
        if not IN_SCOPE.search(text, max(0, fig.match.start - NEAR), fig.match.end + NEAR):
            fig.kind, fig.outside_scope = OUTSIDE, True  # linked as other is: its sums only confirm


def _generic_heads_of_officials(figures: list[FigureItem], title: str) -> None:
    """In an article whose title counts cadres, a 'người' or 'trường hợp' that no rule of its sentence gave
    a kind counts them where its sentence speaks of cadre work (diplomas, posts, staffing), and not of
    victims, patients or the public."""
    if not OFFICIALS_COUNTED.search(title):
        return
    for fig in figures:
        if fig.kind != OUTSIDE or fig.kind_rule is not None or fig.match.noun_class != GENERIC_CLASS:
            continue
        text = fig.sentence.text
        if fig.match.folded_noun not in GENERIC_HEADS or PEOPLE_OUTSIDE.search(text):
            continue
        if not CADRE_WORK.search(text):
            continue
        fig.kind, fig.kind_rule = OFFICIALS, TITLED_OFFICIALS


def _generic_heads_continued(figures: list[FigureItem]) -> None:
    """A 'người' or 'trường hợp' that no rule of its sentence gave a kind, in a sentence of violations or
    discipline, goes on counting the Party members or cadres that the figure just before it counted, in the
    sentence before or its own: the same cases, now disciplined."""
    previous: FigureItem | None = None
    for fig in figures:
        if (
            previous is not None
            and fig.kind == OUTSIDE
            and fig.kind_rule is None
            and fig.match.noun_class == GENERIC_CLASS
            and previous.kind in PEOPLE_KINDS
            and fig.sentence.index - previous.sentence.index <= 1
            and fig.match.folded_noun in GENERIC_HEADS
            and DISCIPLINE.search(fig.sentence.text)
            and not PEOPLE_OUTSIDE.search(fig.sentence.text)
        ):
            fig.kind, fig.kind_rule = previous.kind, CONTINUED
        previous = fig


def _named_again(figures: list[FigureItem]) -> None:
    """A count of people followed by a demonstrative ('36 cán bộ này') that no rule of its sentence gave a
    kind names again the people of the last count of the same value and noun a few sentences before it: it
    takes that count's scored kind (the 36 cadres sent to study a master's degree are still those learners)."""
    for i, fig in enumerate(figures):
        if fig.kind_rule is not None or fig.match.noun_class not in PEOPLE:
            continue
        if not NAMED_AGAIN.match(fig.sentence.text[fig.match.end : fig.match.end + AFTER]):
            continue
        first = next(
            (
                f
                for f in reversed(figures[:i])
                if f.match.value == fig.match.value
                and f.match.value_max == fig.match.value_max
                and f.match.noun_class in PEOPLE
                and f.kind in SCOPE_KINDS
                and fig.sentence.index - f.sentence.index <= NAMED_AGAIN_REACH
                and _one_noun(f.match.folded_noun, fig.match.folded_noun)
            ),
            None,
        )
        if first is not None and first.kind != fig.kind:
            fig.kind, fig.kind_rule = first.kind, AGAIN


def _one_noun(first: str, again: str) -> bool:
    """Whether two counted nouns may name one group: one begins the other ('cán bộ trẻ', 'cán bộ').

    >>> _one_noun("cb tre", "cb"), _one_noun("dang vien", "cb")
    (True, False)
    """
    return first.startswith(again) or again.startswith(first)


def _foreign_party(figures: list[FigureItem], title: str) -> None:
    """Party members and units of an article whose title is about another country are its party's."""
    if not any(f.kind in PARTY_KINDS for f in figures) or not FOREIGN.search(title) or HOME.search(title):
        return
    for fig in figures:
        if fig.kind in PARTY_KINDS:
            fig.kind, fig.kind_rule = OUTSIDE, FOREIGN_PARTY


def _comrades_of_an_association(figures: list[FigureItem], title: str) -> None:
    """Comrades counted in an article titled on a trade union's or an association's congress, where no
    rule of their sentence gave them a kind, are that body's people."""
    if not ASSOCIATION.search(title):
        return
    for fig in figures:
        if fig.match.noun_class == COMRADES and fig.kind_rule is None and fig.kind in PARTY_KINDS:
            fig.kind, fig.kind_rule = OUTSIDE, ASSOCIATION_COMRADES


def _mentions(text: str) -> int:
    """How often the text names the scope, counted up to MENTIONS."""
    n = 0
    for _ in IN_SCOPE.finditer(text, 0, READ):
        n += 1
        if n >= MENTIONS:
            break
    return n


def _inmates(figures: list[FigureItem], title: str, paragraphs: Paragraphs) -> None:
    """Learners counted where the title or the paragraph up to their sentence names drug rehabilitation."""
    learners = [f for f in figures if f.kind == LEARNERS and f.match.noun_class in INMATE_NOUNS]
    if not learners:
        return
    in_title = DRUG_REHABILITATION.search(title) is not None
    named: list[tuple[int, int]] = []  # where the text names it, found once: a long paragraph is read once
    if not in_title:
        low = max(0, min(f.start for f in learners) - READ)
        high = max(f.sentence.end for f in learners)
        named = [m.span() for m in DRUG_REHABILITATION.finditer(paragraphs.text, low, high)]
    starts = [s for s, _ in named]
    for fig in learners:
        start = paragraphs.blocks[fig.sentence.paragraph][0] if fig.sentence.paragraph < len(paragraphs.blocks) else 0
        start = max(start, fig.start - READ)  # a paragraph of a flattened table is read back so far only
        first = bisect.bisect_left(starts, start)
        if in_title or any(end <= fig.sentence.end for _, end in named[first:]):
            fig.kind, fig.kind_rule = OUTSIDE, INMATES
