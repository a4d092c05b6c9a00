"""The flat tables researchers query and export, one row per item, with fixed column types.

Each table is a list of columns, each with its SQL type, the expression that reads it from the
records and its meaning; the views of `solieu query`, the files of `solieu export` and the data
dictionary beside them are all made from this one list, so they cannot disagree. The records are
read with an explicit type for every field, so a file with no figures, or one whose checks state
only numbers, gives the same columns of the same types as any other.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from solieu.schemas import records as r

_SPAN = 'text VARCHAR, start BIGINT, "end" BIGINT'
_PERIOD = f"STRUCT({_SPAN}, date_from VARCHAR, date_to VARCHAR)"
# How the JSON of a record is read: every field named with its type, whatever one file holds.
RAW_COLUMNS: dict[str, str] = {
    "doc_id": "VARCHAR",
    "error": "VARCHAR",
    "message": "VARCHAR",
    "input": "STRUCT(path VARCHAR, line BIGINT)",
    "title": "VARCHAR",
    "author": "VARCHAR",
    "published": "VARCHAR",
    "dateline": f"STRUCT({_SPAN}, date VARCHAR, weekday VARCHAR)",
    "url": "VARCHAR",
    "source_name": "VARCHAR",
    "duplicate_of": "VARCHAR",
    "location": "STRUCT(province VARCHAR, district VARCHAR, province_2025 VARCHAR)",
    "scope": "VARCHAR",
    "gated_out": "VARCHAR",
    "sentences": f"STRUCT(id VARCHAR, {_SPAN})[]",
    "figures": (
        f"STRUCT(id VARCHAR, kind VARCHAR, kind_rule VARCHAR, value DOUBLE, value_max DOUBLE, qualifier VARCHAR,"
        f" noun VARCHAR, rule VARCHAR, sentence VARCHAR, programme VARCHAR, period {_PERIOD}, status VARCHAR,"
        f" part_of VARCHAR, breakdown VARCHAR, change VARCHAR, repeat_of VARCHAR, copy_of VARCHAR, event VARCHAR,"
        f" currency VARCHAR, per VARCHAR, outside_scope BOOLEAN, {_SPAN})[]"
    ),
    "ratios": (
        f"STRUCT(id VARCHAR, form VARCHAR, numerator DOUBLE, denominator DOUBLE, percent DOUBLE, percent_max DOUBLE,"
        f" qualifier VARCHAR, sentence VARCHAR, subject VARCHAR, percent_decimals BIGINT, percent_max_decimals BIGINT,"
        f" population_total VARCHAR, {_SPAN})[]"
    ),
    "documents": (
        f"STRUCT(id VARCHAR, key VARCHAR, doc_type VARCHAR, number VARCHAR, issued VARCHAR, issuer VARCHAR,"
        f" year BIGINT, mentions STRUCT(sentence VARCHAR, {_SPAN})[])[]"
    ),
    "checks": (
        "STRUCT(rule VARCHAR, status VARCHAR, subject VARCHAR, stated JSON, computed JSON, difference DOUBLE,"
        f" message VARCHAR, evidence STRUCT(sentence VARCHAR, {_SPAN})[])[]"
    ),
}


@dataclass(frozen=True)
class Column:
    """One column of a flat table: its name, SQL type, how it is read, and what it means."""

    name: str
    type: str
    sql: str
    doc: str


def _field(model: type[BaseModel], name: str, fallback: str = "") -> str:
    """The meaning of a record field, as the schema states it, so the dictionary follows the schema."""
    described = model.model_fields[name].description
    return described or fallback


def _sentence_text(sentence_id: str) -> str:
    return f"list_filter(a.sentences, lambda s: s.id = {sentence_id})[1].text"


_ARTICLE_DATE = "TRY_CAST(coalesce(a.published, a.dateline.date) AS DATE)"
_ARTICLE: list[Column] = [
    Column("doc_id", "VARCHAR", "a.doc_id", "identifier of the article, as its input gave it or from its file name"),
    Column("title", "VARCHAR", "a.title", "title of the article"),
    Column("published", "DATE", _ARTICLE_DATE, "date of the article: its published date, else its printed dateline"),
    Column("year", "INTEGER", f"CAST(year({_ARTICLE_DATE}) AS INTEGER)", "year of `published`"),
    Column("province", "VARCHAR", "a.location.province", _field(r.Location, "province")),
    Column("district", "VARCHAR", "a.location.district", _field(r.Location, "district")),
    Column("province_2025", "VARCHAR", "a.location.province_2025", _field(r.Location, "province_2025")),
    Column("scope", "VARCHAR", "a.scope", _field(r.Article, "scope")),
    Column("gated_out", "VARCHAR", "a.gated_out", _field(r.Article, "gated_out")),
]
_SPAN_COLUMNS = [
    ("text", "VARCHAR", "text", _field(r.Span, "text")),
    ("start", "BIGINT", "start", _field(r.Span, "start")),
    ("end", "BIGINT", '"end"', _field(r.Span, "end")),
]


def _spans(item: str) -> list[Column]:
    return [Column(n, t, f"{item}.{e}", d) for n, t, e, d in _SPAN_COLUMNS]


def _sentence(item: str) -> list[Column]:
    return [
        Column("sentence", "VARCHAR", f"{item}.sentence", "id of the sentence the item stands in"),
        Column("sentence_text", "VARCHAR", _sentence_text(f"{item}.sentence"), "text of that sentence"),
    ]


def _year_of_period(p: str) -> str:
    """A figure's period gives its year when it lies within one year; an undated one takes the article's."""
    start, end = f"TRY_CAST({p}.date_from AS DATE)", f"TRY_CAST({p}.date_to AS DATE)"
    return (
        f"CAST(CASE WHEN {start} IS NULL THEN year({_ARTICLE_DATE})"
        f" WHEN year({start}) = year({end}) THEN year({start}) END AS INTEGER)"
    )


_ARTICLES = [
    *_ARTICLE,
    Column("author", "VARCHAR", "a.author", "author named by the byline"),
    Column("url", "VARCHAR", "a.url", "address of the article, when the input gave one"),
    Column("source_name", "VARCHAR", "a.source_name", _field(r.Article, "source_name")),
    Column("duplicate_of", "VARCHAR", "a.duplicate_of", _field(r.Article, "duplicate_of")),
    Column("path", "VARCHAR", "a.input.path", "the input file the article was read from"),
    Column("line", "BIGINT", "a.input.line", _field(r.InputRef, "line")),
    Column("figures", "BIGINT", "len(coalesce(a.figures, []))", "number of figures found in the article"),
    Column("ratios", "BIGINT", "len(coalesce(a.ratios, []))", "number of ratios found in the article"),
    Column("documents", "BIGINT", "len(coalesce(a.documents, []))", "number of distinct documents it cites"),
    Column("checks", "BIGINT", "len(coalesce(a.checks, []))", "number of cross-checks made on it"),
    Column(
        "mismatches",
        "BIGINT",
        "len(list_filter(coalesce(a.checks, []), lambda c: c.status = 'mismatch'))",
        "number of those checks whose numbers disagree",
    ),
]
_FIGURES = [
    *_ARTICLE[:3],
    Column(
        "year",
        "INTEGER",
        _year_of_period("i.period"),
        "year the figure is about: its period's year when the period lies within one year, the article's year "
        "when it has no dated period, empty when the period spans several years",
    ),
    *_ARTICLE[4:],
    Column("id", "VARCHAR", "i.id", _field(r.Figure, "id")),
    Column("kind", "VARCHAR", "i.kind", "what the figure counts (see the kinds below)"),
    Column("kind_rule", "VARCHAR", "i.kind_rule", _field(r.Figure, "kind_rule")),
    Column("value", "DOUBLE", "i.value", _field(r.Figure, "value")),
    Column("value_max", "DOUBLE", "i.value_max", _field(r.Figure, "value_max")),
    Column("qualifier", "VARCHAR", "i.qualifier", "how the number is qualified (see the qualifiers below)"),
    Column("noun", "VARCHAR", "i.noun", _field(r.Figure, "noun")),
    Column("change", "VARCHAR", "i.change", _field(r.Figure, "change")),
    Column("part_of", "VARCHAR", "i.part_of", _field(r.Figure, "part_of")),
    Column("breakdown", "VARCHAR", "i.breakdown", _field(r.Figure, "breakdown")),
    Column("repeat_of", "VARCHAR", "i.repeat_of", _field(r.Figure, "repeat_of")),
    Column("per", "VARCHAR", "i.per", _field(r.Figure, "per")),
    Column("event", "VARCHAR", "i.event", _field(r.Figure, "event")),
    Column("copy_of", "VARCHAR", "i.copy_of", _field(r.Figure, "copy_of")),
    Column("currency", "VARCHAR", "i.currency", _field(r.Figure, "currency")),
    Column("outside_scope", "BOOLEAN", "coalesce(i.outside_scope, false)", _field(r.Figure, "outside_scope")),
    Column("status", "VARCHAR", "i.status", "planned or achieved, where the sentence says"),
    Column("programme", "VARCHAR", "i.programme", _field(r.Figure, "programme")),
    Column("period", "VARCHAR", "i.period.text", "when the figure happened, as printed"),
    Column("period_from", "DATE", "TRY_CAST(i.period.date_from AS DATE)", _field(r.Period, "date_from")),
    Column("period_to", "DATE", "TRY_CAST(i.period.date_to AS DATE)", _field(r.Period, "date_to")),
    Column("rule", "VARCHAR", "i.rule", _field(r.Figure, "rule")),
    *_spans("i"),
    *_sentence("i"),
]
_RATIOS = [
    *_ARTICLE,
    Column("id", "VARCHAR", "i.id", "stable within the article: r1, r2, …"),
    Column("form", "VARCHAR", "i.form", _field(r.Ratio, "form")),
    Column("numerator", "DOUBLE", "i.numerator", "the part of a fraction (386 in 386/478)"),
    Column("denominator", "DOUBLE", "i.denominator", "the whole of a fraction (478 in 386/478)"),
    Column("percent", "DOUBLE", "i.percent", "the percent printed for it, a range's lower bound"),
    Column("percent_max", "DOUBLE", "i.percent_max", _field(r.Ratio, "percent_max")),
    Column("percent_decimals", "BIGINT", "i.percent_decimals", _field(r.Ratio, "percent_decimals")),
    Column("percent_max_decimals", "BIGINT", "i.percent_max_decimals", _field(r.Ratio, "percent_max_decimals")),
    Column("qualifier", "VARCHAR", "i.qualifier", "how the number is qualified (see the qualifiers below)"),
    Column("subject", "VARCHAR", "i.subject", _field(r.Ratio, "subject")),
    Column("population_total", "VARCHAR", "i.population_total", _field(r.Ratio, "population_total")),
    *_spans("i"),
    *_sentence("i"),
]
_DOCUMENTS = [
    *_ARTICLE,
    Column("id", "VARCHAR", "i.id", "stable within the article: d1, d2, …"),
    Column(
        "key",
        "VARCHAR",
        "coalesce(nullif(i.key, ''), i.number)",
        "the document's canonical key, the same for every spelling",
    ),
    Column("doc_type", "VARCHAR", "i.doc_type", "the type of document, as printed (a resolution, a directive …)"),
    Column("number", "VARCHAR", "i.number", _field(r.DocumentRef, "number")),
    Column("number_year", "BIGINT", "i.year", _field(r.DocumentRef, "year")),
    Column("issued", "DATE", "TRY_CAST(i.issued AS DATE)", _field(r.DocumentRef, "issued")),
    Column("issuer", "VARCHAR", "i.issuer", "the body that issued it, as printed"),
    Column("mentions", "BIGINT", "len(i.mentions)", "how many times the article mentions it"),
    *[Column(n, t, f"i.mentions[1].{e}", f"{d} (its first mention)") for n, t, e, d in _SPAN_COLUMNS],
    *_sentence("i.mentions[1]"),
]
_JSON_NUMBER = "TRY_CAST(json_extract_string({0}, '$') AS DOUBLE)"
_CHECKS = [
    *_ARTICLE,
    Column("check", "BIGINT", "n", "position of the check in the article's list: 1, 2, …"),
    Column("rule", "VARCHAR", "i.rule", "what is checked (see the rules below)"),
    Column("status", "VARCHAR", "i.status", "ok, or mismatch when the numbers disagree"),
    Column("subject", "VARCHAR", "i.subject", _field(r.Check, "subject")),
    Column("stated", "DOUBLE", _JSON_NUMBER.format("i.stated"), "the number the text states (empty if not a number)"),
    Column("computed", "DOUBLE", _JSON_NUMBER.format("i.computed"), "the number computed from the other items"),
    Column("stated_text", "VARCHAR", "json_extract_string(i.stated, '$')", "what the text states, as text"),
    Column("computed_text", "VARCHAR", "json_extract_string(i.computed, '$')", "what was computed, as text"),
    Column("difference", "DOUBLE", "i.difference", _field(r.Check, "difference")),
    Column("message", "VARCHAR", "i.message", "the finding in a sentence"),
    Column("evidence", "BIGINT", "len(i.evidence)", "how many spans of the text the check rests on"),
    *[Column(n, t, f"i.evidence[1].{e}", f"{d} (its first evidence span)") for n, t, e, d in _SPAN_COLUMNS],
    *_sentence("i.evidence[1]"),
]
_ERRORS = [
    Column("doc_id", "VARCHAR", "a.doc_id", "identifier of the input that could not be read"),
    Column("error", "VARCHAR", "a.error", _field(r.ArticleError, "error")),
    Column("message", "VARCHAR", "a.message", "what went wrong, in a sentence"),
    Column("path", "VARCHAR", "a.input.path", "the input file"),
    Column("line", "BIGINT", "a.input.line", _field(r.InputRef, "line")),
]


@dataclass(frozen=True)
class Table:
    """A flat table: its rows come from the records (`a`), unnested over one list of items (`i`)."""

    name: str
    doc: str
    columns: list[Column]
    items: str | None = None

    def select(self, records: str) -> str:
        """The SQL that reads this table from a relation of raw records."""
        cols = ", ".join(f'CAST({c.sql} AS {c.type}) AS "{c.name}"' for c in self.columns)
        if self.name == "errors":
            return f"SELECT {cols} FROM {records} a WHERE a.error IS NOT NULL"
        if self.items is None:
            return f"SELECT {cols} FROM {records} a WHERE a.error IS NULL"
        unnest = f"unnest(a.{self.items}) AS i, generate_subscripts(a.{self.items}, 1) AS n"
        return f"SELECT {cols} FROM (SELECT a.*, {unnest} FROM {records} a WHERE a.error IS NULL) a"


TABLES: list[Table] = [
    Table("articles", "one row per article", _ARTICLES),
    Table("figures", "one row per figure, with its article's columns", _FIGURES, "figures"),
    Table("ratios", "one row per ratio or percent, with its article's columns", _RATIOS, "ratios"),
    Table("documents", "one row per document an article cites, with its article's columns", _DOCUMENTS, "documents"),
    Table("checks", "one row per cross-check, with its article's columns", _CHECKS, "checks"),
    Table("errors", "one row per input that could not be read as an article", _ERRORS),
]

KINDS: dict[str, str] = {
    "classes": "training classes or courses held",
    "learners": "people (or attendances) taught in training classes",
    "trainees": "cadres sent to study: degree or long courses, often away from work",
    "party_members": "members of the Communist Party (admitted, disciplined, counted)",
    "party_units": "Party organisations: cells, grass-roots organisations, committees",
    "officials": "cadres, civil servants and public employees",
    "funding": "money in dong (VND) spent or budgeted",
    "other": "any other count the text states: people outside the scope, places, households, foreign money",
}
QUALIFIERS: dict[str, str] = {
    "exact": "the number as stated",
    "over": "more than the number",
    "under": "fewer than the number",
    "about": "about the number",
    "nearly": "nearly the number",
    "at_least": "the number or more",
    "at_most": "the number or fewer",
    "range": "from value to value_max (a ratio's: from percent to percent_max)",
}
RULES: dict[str, str] = {
    "sum": "parts against the total they are said to make up",
    "ratio_percent": "a fraction against the percent printed for it",
    "list_count": "a count against the items listed after it",
    "doc_date": "the year in a document's number against the date given for it",
    "weekday": "a printed weekday (of the dateline, or with a date in the body) against its date",
    "denominator": "a fraction's whole against the total stated for it",
    "bounds": "a number against the bounds it must lie within",
    "future_date": "a date of something done that lies after the article",
}
