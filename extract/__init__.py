"""solieu: figures on training cadres and civil servants, read from Vietnamese news.

The public surface: `extract_article` for one text, `process` for one raw input (never
raises), `iter_inputs` for reading files lazily, and the record types in `schemas`.
"""

from solieu.ingest import RawArticle, iter_inputs
from solieu.pipeline import extract_article, process

__all__ = ["RawArticle", "extract_article", "iter_inputs", "process"]
