"""Pydantic records of solieu and the JSON Schema files exported from them."""

from solieu.schemas.records import (
    Article,
    ArticleError,
    Block,
    Check,
    Dateline,
    DocumentRef,
    Enumeration,
    Figure,
    InputRef,
    Location,
    Notice,
    Period,
    Ratio,
    RunSummary,
    Span,
)

__all__ = [
    "Article",
    "ArticleError",
    "Block",
    "Check",
    "Dateline",
    "DocumentRef",
    "Enumeration",
    "Figure",
    "InputRef",
    "Location",
    "Notice",
    "Period",
    "Ratio",
    "RunSummary",
    "Span",
]
