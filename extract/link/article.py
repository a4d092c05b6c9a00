"""The link stage over one article: from each sentence's matches to figures with their kind,
context and totals, ratios per population, documents and the lists that counts announce."""

from __future__ import annotations

from dataclasses import dataclass

from solieu.link.agreeing import link_agreeing
from solieu.link.article_context import apply_article_context
from solieu.link.breakdowns import link_breakdowns
from solieu.link.context import add_context, programmes_in
from solieu.link.dated_items import dated_items
from solieu.link.documents import collect_documents
from solieu.link.enumerations import find_enumeration
from solieu.link.events import inherit_events, mark_events
from solieu.link.follow_lists import (
    all_named_before,
    lines_continued,
    list_in_next_sentence,
    list_resumed,
    names_taken_up,
)
from solieu.link.items import Breakdown, DocGroup, EnumerationItem, FigureItem, RatioItem
from solieu.link.kinds import kind_of
from solieu.link.lines import lines_after
from solieu.link.names import names_after, names_resumed, titled_names, titled_people_after
from solieu.link.ordinals import labels_after, ordinals_after, ordinals_within
from solieu.link.phrase_lists import phrases_after, phrases_before
from solieu.link.ratios import merge_ratios
from solieu.link.rests import link_rests
from solieu.link.sequences import sequence_after, sequence_before
from solieu.match import DocumentMatch, RatioMatch, SentenceMatches
from solieu.rules import classes_with
from solieu.segment import Paragraphs, Sentence


@dataclass
class Linked:
    """What the link stage hands to the records, in normalised-text coordinates."""

    figures: list[FigureItem]
    ratios: list[RatioItem]
    breakdowns: dict[str, str]  # total id -> complete, overlapping or incomplete
    enumerations: list[EnumerationItem]
    documents: list[DocGroup]


def link_article(
    found: list[SentenceMatches], paragraphs: Paragraphs, published: str | None, title: str | None = None
) -> Linked:
    """Link the matches of an article's sentences (in order) into its figures and their relations;
    `paragraphs` are the segment stage's, read on when a count announces the sentences after it
    and for the context of a figure whose sentence says too little, with the `title`."""
    figures, ratios, mentions = _items(found, published)
    apply_article_context(figures, title, paragraphs)
    by_sentence: dict[int, list[RatioItem]] = {}
    for ratio in ratios:
        by_sentence.setdefault(ratio.sentence.index, []).append(ratio)
    breakdowns = link_breakdowns(figures, by_sentence)
    breakdowns += link_agreeing(figures, breakdowns)
    breakdowns += link_rests(figures, breakdowns)
    kept = _keep_counted(figures)
    mark_events(kept)
    _mark_repeats(kept)
    inherit_events(kept)
    enumerations = [e for e in (_enumeration_of(f, paragraphs) for f in kept) if e is not None]
    return Linked(kept, ratios, _breakdown_states(breakdowns), enumerations, collect_documents(mentions))


def _items(
    found: list[SentenceMatches], published: str | None
) -> tuple[list[FigureItem], list[RatioItem], list[tuple[Sentence, DocumentMatch]]]:
    """Figures with their kind and context, ratios merged per population, document mentions."""
    figures: list[FigureItem] = []
    ratios: list[RatioItem] = []
    documents: list[tuple[Sentence, DocumentMatch]] = []
    for matches in found:
        sentence = matches.sentence
        programmes = programmes_in(sentence) if matches.figures else []
        for fm in matches.figures:
            item = FigureItem(fm, sentence, *kind_of(fm, sentence))
            add_context(item, matches.periods, programmes, published)
            figures.append(item)
        ratios += merge_ratios(sentence, _not_documents(matches.ratios, matches.documents))
        documents += [(sentence, d) for d in matches.documents]
    for i, fig in enumerate(figures, 1):
        fig.id = f"f{i}"
    return figures, ratios, documents


def _not_documents(ratios: list[RatioMatch], documents: list[DocumentMatch]) -> list[RatioMatch]:
    """The ratios that are not a document's number: "Nghị định 161/2018" is no fraction (the output
    contract), though nothing in its digits tells it from "161/2018 cán bộ"."""
    if not documents:
        return ratios
    return [r for r in ratios if not any(d.start < r.end and r.start < d.end for d in documents)]


def _keep_counted(figures: list[FigureItem]) -> list[FigureItem]:
    """A number with no noun counts only as a part of a breakdown; renumber what remains."""
    kept = [f for f in figures if f.match.noun_class not in classes_with("no_noun") or f.part_of is not None]
    renumber = {f.id: f"f{i}" for i, f in enumerate(kept, 1)}
    for fig in kept:
        fig.id = renumber[fig.id]
        fig.part_of = renumber.get(fig.part_of) if fig.part_of else None
    return kept


REPEAT_FROM = 10  # a count this large said twice of the same thing is one figure; small ones recur


def _mark_repeats(figures: list[FigureItem]) -> None:
    """A figure stated again in a later sentence (the lead restated in the body, a summary) points
    to its first statement: same value, kind, noun and qualifier, not a part of a breakdown, and
    of the same period, or of none where only one earlier statement can be meant. Small counts
    ('2 lớp') recur for different things, so only counts from ten up."""
    earlier: dict[tuple[object, ...], list[FigureItem]] = {}
    for fig in figures:
        if fig.part_of is not None or fig.change or fig.match.value < REPEAT_FROM:
            continue
        key = (
            fig.match.value,
            fig.match.value_max,
            fig.kind,
            fig.match.folded_noun,
            fig.match.qualifier,
        )
        before = [f for f in earlier.get(key, []) if f.sentence is not fig.sentence]
        period = fig.period[2:] if fig.period else None
        same = [f for f in before if (f.period[2:] if f.period else None) == period]
        if same:
            fig.repeat_of = same[0].id
        elif period is None and len(before) == 1:
            fig.repeat_of = before[0].id
        earlier.setdefault(key, []).append(fig)


def _breakdown_states(breakdowns: list[Breakdown]) -> dict[str, str]:
    """Per total id: complete, overlapping, disjoint (some parts, never overlapping) or incomplete.

    A total listed in two breakdowns stays checkable only if both are complete.
    """
    states: dict[str, str] = {}
    for b in breakdowns:
        if b.overlapping:
            state = "overlapping"
        elif not b.incomplete:
            state = "complete"
        else:
            state = "disjoint" if b.disjoint else "incomplete"
        previous = states.get(b.total.id)
        states[b.total.id] = state if previous in (None, state) else "overlapping"
    return states


def _enumeration_of(fig: FigureItem, paragraphs: Paragraphs) -> EnumerationItem | None:
    """The items a count announces: numbered one by one right after it when they agree with it, else
    in its own sentence, else named or numbered in the next ones, else given a line each."""
    return (
        sequence_after(fig, paragraphs)
        or find_enumeration(fig)
        or dated_items(fig)
        or titled_names(fig)
        or titled_people_after(fig)
        or names_after(fig, paragraphs)
        or ordinals_after(fig, paragraphs)
        or ordinals_within(fig, paragraphs)
        or list_in_next_sentence(fig, paragraphs)
        or names_resumed(fig, paragraphs)
        or list_resumed(fig, paragraphs)
        or all_named_before(fig, paragraphs)
        or names_taken_up(fig, paragraphs)
        or lines_after(fig, paragraphs)
        or lines_continued(fig, paragraphs)
        or labels_after(fig, paragraphs)
        or phrases_after(fig)
        or phrases_before(fig)
        or sequence_before(fig, paragraphs)
    )
