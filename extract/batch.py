"""Many articles through the pipeline, as records: the library's form of `solieu extract`.

The same plan as the command (inputs read lazily, a republished copy recorded once with
`duplicate_of`), the same workers, the records in input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from solieu.ingest import RawArticle, iter_inputs
from solieu.run import _local, plan
from solieu.schemas import Article, ArticleError


def extract_many(
    inputs: Iterable[str | RawArticle], *, jobs: int = 1, all_topics: bool = False
) -> Iterator[Article | ArticleError]:
    """One record per article of `inputs`, in order: paths as `solieu extract` takes them (.txt
    files, folders, .jsonl/.jsonl.gz, URLs), or `RawArticle`s built by the caller.

    A bad input gives its error record and the run goes on; `jobs` > 1 uses worker processes.
    `all_topics` runs every stage on the articles the topic gate would give a light record.
    """
    lines = _local(plan(_articles(inputs), (), all_topics=all_topics), max(1, jobs))
    for line, is_error in lines:
        yield ArticleError.model_validate_json(line) if is_error else Article.model_validate_json(line)


def _articles(inputs: Iterable[str | RawArticle]) -> Iterator[RawArticle]:
    for item in inputs:
        if isinstance(item, RawArticle):
            yield item
        else:
            yield from iter_inputs([item])
