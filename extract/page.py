"""A saved web page to the article it carries: main text and metadata through trafilatura.

Menus, breadcrumbs, related-article boxes, comments and visitor counters are pruned before
the main text is chosen (trafilatura's own cleaning, plus the class and id names Vietnamese
CMSs use, from `patterns/pages.toml`), so their numbers never reach the figures. The text
kept is what the record's offsets refer to; it is the same for the same bytes (trafilatura
runs without deduplication or any state carried between pages).
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from solieu.rules import load_data


class PagesData(BaseModel):
    """`pages.toml`: the boxes of a page that are not its article, and what counts as a page."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    drop_fragments: tuple[str, ...] = Field(min_length=1, description="lower-case parts of a class or id")
    html_types: tuple[str, ...] = Field(min_length=1, description="content types of an HTML page")


PAGES = load_data("pages.toml", PagesData)
_LOWER = "translate({attr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_PRUNE = "//*[not(self::html) and not(self::body) and ({})]".format(
    " or ".join(
        f"contains({_LOWER.format(attr=attr)}, '{fragment}')"
        for fragment in PAGES.drop_fragments
        for attr in ("@class", "@id")
    )
)


@dataclass(frozen=True, slots=True)
class Page:
    """What a page holds: its main text (empty when it has none) and its metadata."""

    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date
    source_name: str | None = None
    url: str | None = None


def is_html_type(content_type: str | None) -> bool:
    """Whether an HTTP Content-Type names an HTML page.

    >>> is_html_type("text/html; charset=UTF-8"), is_html_type("image/jpeg"), is_html_type(None)
    (True, False, False)
    """
    kind = (content_type or "").partition(";")[0].strip().lower()
    return kind in PAGES.html_types


def read_page(html: bytes | str, url: str | None = None) -> Page:
    """The article of one page; `text` is "" when trafilatura finds no main text."""
    import trafilatura
    from htmldate import find_date

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=True,
        deduplicate=False,
        prune_xpath=_PRUNE,
    )
    if doc is None:
        return Page(text="")
    meta = doc if isinstance(doc, dict) else doc.as_dict()
    text = str(meta.get("text") or "").strip()
    published = _text(meta.get("date"))
    if published is None and text:
        published = find_date(html, extensive_search=True, original_date=True, url=url)
    return Page(
        text=text,
        title=_text(meta.get("title")),
        author=_text(meta.get("author")),
        published=published,
        source_name=_text(meta.get("sitename")),
        url=_text(meta.get("url")) or url,
    )


def _text(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None
