"""The records solieu writes: one JSON line per input article.

Field names and meanings follow the output contract (`corpus/README.md`). Every extracted
item carries `start`/`end` offsets into the article text exactly as the input gave it, so
`original[start:end] == text`. The sentences items stand in are stored once per article, in
`sentences`, and items name theirs by id: a record grows with its article, not with figures
times sentence length.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

FigureKind = Literal["classes", "learners", "trainees", "party_members", "party_units", "officials", "funding", "other"]
Qualifier = Literal["exact", "over", "under", "about", "nearly", "at_least", "at_most", "range"]
BlockRole = Literal["dateline", "title", "lead", "lead_duplicate", "body", "caption", "byline", "source", "chrome"]
FigureEvent = Literal[
    "admitted", "inspected", "violated", "disciplined", "removed", "awarded", "appointed", "recruited", "voted"
]
CheckRule = Literal["sum", "ratio_percent", "list_count", "doc_date", "weekday", "denominator", "bounds", "future_date"]


class Record(BaseModel):
    """Base for every record: immutable, and a typo in a field name fails loudly."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Record):
    """A stretch of the original article text."""

    text: str = Field(description="original[start:end], verbatim")
    start: int = Field(ge=0, description="offset of the first character in the original text")
    end: int = Field(ge=0, description="offset one past the last character")


class Sentence(Span):
    """A sentence that holds an extracted item, stored once however many items it holds."""

    id: str = Field(description="stable within the article: s1, s2, … in text order")


class Mention(Span):
    """A span of a document's number, in its sentence."""

    sentence: str = Field(description="id of the sentence it stands in (sentences[])")


class Evidence(Span):
    """A span a check rests on, with the sentence that holds it for a reader to verify."""

    sentence: str | None = Field(
        default=None, description="id of the sentence of sentences[] it starts in (none for the dateline)"
    )


class Block(Record):
    """A stretch of the article layout with the role it plays on the page."""

    role: BlockRole
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Period(Span):
    """When a figure happened, as printed and resolved to dates where possible."""

    date_from: str | None = Field(default=None, description="ISO date the period starts, if known")
    date_to: str | None = Field(default=None, description="ISO date the period ends, if known")


class Figure(Span):
    """One counted quantity: a number, the thing it counts and how it is qualified."""

    id: str = Field(description="stable within the article: f1, f2, …")
    kind: FigureKind
    kind_rule: str | None = Field(
        default=None,
        description="the rule that gave the kind where the noun alone did not ('kind.drug_rehabilitation':"
        " học viên of a rehabilitation centre are other; 'kind.trained_for': cán bộ trained are learners)",
    )
    value: float = Field(description="the number, thousands dots and decimal comma resolved")
    value_max: float | None = Field(default=None, description="upper bound of a range (30-40)")
    qualifier: Qualifier = "exact"
    noun: str = Field(description="the counted noun as printed (may be empty for elliptic forms)")
    rule: str = Field(description="id of the pattern that found it")
    sentence: str = Field(description="id of the sentence it stands in (sentences[])")
    programme: str | None = Field(default=None, description="training programme named near it")
    period: Period | None = None
    status: Literal["planned", "achieved"] | None = None
    part_of: str | None = Field(default=None, description="id of the total this figure is a part of")
    breakdown: Literal["complete", "disjoint", "overlapping", "incomplete"] | None = Field(
        default=None,
        description=(
            "for a total with parts: whether they partition it (and so must add up), or are disjoint, perhaps not"
            " all of it (and so may not exceed it)"
        ),
    )
    change: Literal["increase", "decrease"] | None = Field(
        default=None, description="the figure states a change of a stock ('tăng 120 đảng viên'): never add it to one"
    )
    repeat_of: str | None = Field(
        default=None, description="id of the same figure stated earlier in the article: count it once"
    )
    copy_of: str | None = Field(
        default=None,
        description="doc_id of an earlier article this one retells or republishes, which states the same"
        " number: count the figure there, not here",
    )
    event: FigureEvent | None = Field(
        default=None,
        description="what the figure counts happening ('kỷ luật 12 đảng viên': disciplined): a flow of the period,"
        " never added to the stock of its kind",
    )
    currency: str | None = Field(default=None, description="ISO 4217 code of a sum of money (VND, USD …)")
    per: str | None = Field(
        default=None,
        description="the unit a sum is given per ('ngày' in '50.000đ/ngày'): a rate, never added to a total",
    )
    outside_scope: bool = Field(
        default=False,
        exclude_if=lambda value: not value,
        description="a sum of money in an article that counts no training, cadres or Party figure and names them"
        " neither in its title nor near the sum: a price, a fine, a company's money; funding as money goes, never"
        " added to the scope's funding; absent when false",
    )


class Ratio(Span):
    """A fraction and/or a percent describing one population."""

    id: str
    form: Literal["fraction", "percent", "rate"] = Field(
        description="a part of a whole (386/478), a bare percent, or a count per count (36 đảng viên/1.000 dân)"
    )
    numerator: float | None = None
    denominator: float | None = None
    percent: float | None = Field(default=None, description="the percent, or the lower bound of a range (70-80%)")
    percent_max: float | None = Field(default=None, description="upper bound of a range of percents (70-80%)")
    qualifier: Qualifier = "exact"
    sentence: str = Field(description="id of the sentence it stands in (sentences[])")
    subject: str = Field(default="", description="the population the ratio describes, as printed")
    percent_decimals: int | None = Field(default=None, description="printed precision of the percent")
    percent_max_decimals: int | None = Field(default=None, description="printed precision of a range's upper bound")
    population_total: str | None = Field(
        default=None, description="id of a figure stating the whole population, to check the denominator"
    )


class DocumentRef(Record):
    """One distinct referenced document, with every span that mentions it."""

    id: str
    doc_type: str
    number: str = Field(description="the full number as printed, e.g. 09/2008/NQ-HĐND")
    key: str = Field(
        default="",
        description="one key per document, the same for every spelling of its number: "
        "TYPECODE-NUMBER[/YEAR]/ISSUER (CT-05/TW, NQ-09/2008/HĐND); a short mention not matched "
        "to one full number of its type in the article, TYPECODE-NUMBER",
    )
    issued: str | None = Field(default=None, description="ISO date the text gives for it")
    issuer: str | None = None
    year: int | None = Field(default=None, description="the year written inside the number")
    mentions: list[Mention]


class Enumeration(Span):
    """A count followed by the items it counts."""

    id: str
    count: float
    noun: str
    sentence: str = Field(description="id of the sentence of the count (items may run on into the next ones)")
    items: list[Span]


class Check(Record):
    """One cross-check between extracted items."""

    rule: CheckRule
    status: Literal["ok", "mismatch"]
    subject: str = Field(description="what is checked, as printed (a total, a ratio, a number, a date)")
    stated: float | str | None
    computed: float | str | None
    difference: float | None = Field(default=None, description="computed - stated, where numeric")
    message: str
    evidence: list[Evidence]


class Location(Record):
    """Where the article is about, resolved against the administrative gazetteer."""

    province: str | None = Field(default=None, description="pre-2025 province, short name")
    district: str | None = Field(default=None, description="pre-2025 district, short name")
    province_2025: str | None = Field(default=None, description="the post-2025 province it belongs to")


class Dateline(Span):
    """The printed date line (and weekday) at the top of a page."""

    date: str = Field(description="ISO date")
    weekday: str | None = None


class DatedWeekday(Span):
    """A weekday printed with a date in the lead or body ("hôm thứ Hai (6/2)"), the date made whole."""

    date: str = Field(description="ISO date; a year not printed is the one nearest the article's own date")
    weekday: str = Field(description="the weekday as printed")
    year_printed: bool = Field(description="whether the text prints the year (else it is inferred)")


class InputRef(Record):
    """Where an article came from, to find it again."""

    path: str
    line: int | None = Field(default=None, description="1-based line of a JSONL input")


class Notice(Record):
    """Something about the input a reader of the record should know (mojibake, lost bytes)."""

    code: str = Field(description="code from the registry in extract/errors.py")
    message: str


class Article(Record):
    """Everything solieu knows of one article."""

    doc_id: str
    input: InputRef
    title: str | None = None
    author: str | None = None
    published: str | None = Field(default=None, description="ISO date YYYY-MM-DD")
    dateline: Dateline | None = None
    url: str | None = None
    source_name: str | None = Field(default=None, description="newspaper named by a source line or prefix")
    location: Location = Location()
    scope: Literal["national", "local"] | None = Field(
        default=None,
        description=(
            "national when the article's figures are the whole country's or the central bodies' "
            "(the place it names is only where they were told); local when it has a place"
        ),
    )
    gated_out: Literal["no_topic_word", "no_number_near_topic_word"] | None = Field(
        default=None,
        exclude_if=lambda value: value is None,
        description=(
            "why the article got a light record (metadata, place, dateline, warnings; no items): its lead "
            "and body hold no word of the scope (training, cadres, the Party), or none near a number; "
            "absent when the whole pipeline ran (`solieu extract --all-topics` runs it on every article)"
        ),
    )
    blocks: list[Block] = []
    sentences: list[Sentence] = Field(default=[], description="the sentences items stand in, each once")
    figures: list[Figure] = []
    ratios: list[Ratio] = []
    documents: list[DocumentRef] = []
    enumerations: list[Enumeration] = []
    weekdays: list[DatedWeekday] = Field(
        default=[],
        exclude_if=lambda value: not value,
        description="weekdays printed with a date in the lead or body; absent when none",
    )
    checks: list[Check] = []
    duplicate_of: str | None = Field(
        default=None, description="doc_id of an earlier article with the same wording and numbers"
    )
    near_copy_of: str | None = Field(
        default=None,
        description="doc_id of an earlier article of nearly the same wording but other numbers; absent when none",
    )
    warnings: list[Notice] = Field(
        default=[], description="what the input's text suffered before solieu, and bounds the record reached"
    )
    crawled: str | None = Field(
        default=None,
        exclude_if=lambda value: value is None,
        description="when a crawler fetched the page (WARC-Date); only for WARC input",
    )
    text: str | None = Field(
        default=None,
        exclude_if=lambda value: value is None,
        description="the main text extracted from an HTML page, which every offset of the record refers to; "
        "only for HTML and WARC input (a text input is itself what offsets refer to)",
    )

    def sentence(self, sentence_id: str | None) -> Sentence | None:
        """The stored sentence an item names by id (`figure.sentence`), or None."""
        return next((s for s in self.sentences if s.id == sentence_id), None)


class ArticleError(Record):
    """An input that could not be read as an article; it still gets its line."""

    doc_id: str
    input: InputRef
    error: str = Field(description="error code from the registry in extract/errors.py")
    message: str


class RunSummary(Record):
    """The totals of one run, printed on standard error."""

    articles: int
    errors: int
    seconds: float
    skipped: int = 0
    ended_early: int = Field(default=0, description="inputs that broke off before their end")
