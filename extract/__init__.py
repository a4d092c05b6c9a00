"""solieu: figures on training cadres and civil servants, read from Vietnamese news.

The public surface: `extract_article` for one text, `extract_many` for many inputs in order,
`process` for one raw input (never raises), `iter_inputs` to read files lazily, and the record
types. Names are loaded on first use, so `solieu --help` and `--version` do not compile the
rules, and `__version__` is read from the installed metadata only when asked for.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__: str  # read from the installed metadata on first use (`__getattr__`)

_WHERE = {
    "extract_article": "solieu.pipeline",
    "process": "solieu.pipeline",
    "extract_many": "solieu.batch",
    "RawArticle": "solieu.ingest",
    "iter_inputs": "solieu.ingest",
    "Article": "solieu.schemas",
    "ArticleError": "solieu.schemas",
    "Figure": "solieu.schemas",
    "Ratio": "solieu.schemas",
    "DocumentRef": "solieu.schemas",
    "Check": "solieu.schemas",
    "Enumeration": "solieu.schemas",
    "Sentence": "solieu.schemas",
}

__all__ = [
    "Article",
    "ArticleError",
    "Check",
    "DocumentRef",
    "Enumeration",
    "Figure",
    "Ratio",
    "RawArticle",
    "Sentence",
    "extract_article",
    "extract_many",
    "iter_inputs",
    "process",
]

if TYPE_CHECKING:
    from solieu.batch import extract_many
    from solieu.ingest import RawArticle, iter_inputs
    from solieu.pipeline import extract_article, process
    from solieu.schemas import Article, ArticleError, Check, DocumentRef, Enumeration, Figure, Ratio, Sentence


def __getattr__(name: str) -> Any:
    if name == "__version__":
        globals()[name] = value = distribution_version()
        return value
    if name not in _WHERE:
        raise AttributeError(f"module 'solieu' has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, "__version__"})


def distribution_version() -> str:
    """The installed version; read on demand, as importlib.metadata alone takes longer to import
    than the rest of `solieu --help`."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("solieu")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0+unknown"
