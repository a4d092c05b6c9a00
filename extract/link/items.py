"""What the link stage works on: figures with their kind and links, breakdowns, ratios,
document groups and enumerations, in normalised-text coordinates."""

from __future__ import annotations

from dataclasses import dataclass, field

from solieu.match import FigureMatch
from solieu.segment import Sentence


@dataclass
class FigureItem:
    """A figure of the article with its kind, context and links."""

    match: FigureMatch
    sentence: Sentence
    kind: str
    kind_rule: str | None = None  # the rule that gave the kind where the noun alone did not
    id: str = ""
    part_of: str | None = None
    programme: str | None = None
    period: tuple[int, int, str | None, str | None] | None = None  # start, end, from, to
    status: str | None = None
    change: str | None = None  # increase or decrease: a change of a stock, never the stock
    repeat_of: str | None = None  # the id of the same figure stated earlier in the article
    event: str | None = None  # admitted, disciplined …: a flow, never the stock of its kind
    per: str | None = None  # a count per year or per course ("600 lượt người/năm"): a rate
    outside_scope: bool = False  # a sum in đồng outside the scope: linked as other, recorded as funding

    @property
    def recorded_kind(self) -> str:
        """The kind the record says: money outside the scope is linked as other but recorded as
        funding (the contract's funding is any sum in đồng), its flag telling the two apart."""
        return "funding" if self.outside_scope else self.kind

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
    # the parts name each a different category of one set (school levels, degrees, the sexes): they never
    # overlap, so though they may be only some of the total, together they cannot exceed it
    disjoint: bool = False


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
    percent_max: float | None = None  # a range's upper bound: percent is its lower
    percent_max_decimals: int | None = None


@dataclass
class DocGroup:
    number: str
    doc_type: str
    year: int | None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    issued: str | None = None
    issuer: str | None = None
    key: str = ""
    id: str = ""


@dataclass
class EnumerationItem:
    figure: FigureItem
    items: list[tuple[int, int]]  # absolute normalised spans of the item names
    end: int
    id: str = ""
