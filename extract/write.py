"""Write records as JSONL: one line per input article, byte-identical across runs, crash-safe.

A new output is written to `OUT.partial` and renamed when complete, so a finished file is
never half-written. An interrupted run leaves at most a truncated last line in the partial
file; `--resume` cuts it off and carries on from the last complete line.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import jsonlines

from schemas import Article, ArticleError

FSYNC_EVERY = 500  # records between fsyncs: bounds what a power loss can take back


def dumps(record: Article | ArticleError) -> str:
    """The JSON line of a record: field order as declared, UTF-8 text, no spaces."""
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))


def partial_path(out: Path) -> Path:
    return out.with_name(out.name + ".partial")


def completed_lines(path: Path) -> list[str]:
    """doc_ids of the complete lines of an output; a truncated last line is cut off the file."""
    if not path.exists():
        return []
    ids: list[str] = []
    good_end = 0
    with path.open("rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            try:
                ids.append(str(json.loads(raw)["doc_id"]))
            except (ValueError, KeyError, TypeError):
                break
            good_end += len(raw)
    if good_end != path.stat().st_size:
        with path.open("r+b") as fh:
            fh.truncate(good_end)
            fh.flush()
            os.fsync(fh.fileno())
    return ids


class RecordWriter:
    """Appends records to an open text stream and fsyncs it now and then."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._writer = jsonlines.Writer(stream, dumps=dumps_any, flush=False)
        self._count = 0

    def write(self, record: Article | ArticleError) -> None:
        self._writer.write(record)
        self._count += 1
        if self._count % FSYNC_EVERY == 0:
            self.sync()

    def sync(self) -> None:
        self._stream.flush()
        try:
            os.fsync(self._stream.fileno())
        except (OSError, ValueError):
            pass  # a pipe or a terminal has nothing to sync


def dumps_any(obj: object) -> str:
    if isinstance(obj, (Article, ArticleError)):
        return dumps(obj)
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


@contextmanager
def open_output(out: str, *, resume: bool) -> Iterator[tuple[RecordWriter, list[str]]]:
    """A writer for `out` (or standard output for `-`) and the doc_ids already written.

    A new file is built as OUT.partial and renamed on success; with `resume`, an existing
    OUT.partial (or a finished OUT) is continued from its last complete line.
    """
    if out == "-":
        writer = RecordWriter(sys.stdout)
        yield writer, []
        writer.sync()
        return
    target = Path(out)
    partial = partial_path(target)
    done: list[str] = []
    if resume and target.exists() and not partial.exists():
        target.replace(partial)
    if resume:
        done = completed_lines(partial)
    elif partial.exists():
        partial.unlink()
    with partial.open("a" if resume else "w", encoding="utf-8", newline="\n") as stream:
        writer = RecordWriter(stream)
        yield writer, done
        writer.sync()
    partial.replace(target)
