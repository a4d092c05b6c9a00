"""Write records as JSONL: one line per input article, byte-identical across runs, crash-safe.

A new output is written to `OUT.partial` and renamed when complete, so a finished file is
never half-written. An interrupted run (Ctrl-C, kill -9, power loss after the last fsync)
leaves at most a truncated last line in the partial file; `--resume` cuts it off and
carries on from the last complete line.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from solieu.schemas import Article, ArticleError

_NO_NEAR_COPY = {"near_copy_of"}
FSYNC_EVERY = 500  # records between fsyncs: bounds what a power loss can take back


class OutputError(Exception):
    """The output could not be opened or written; the OSError says why."""

    def __init__(self, error: OSError, out: str) -> None:
        super().__init__(f"{out}: {error.strerror or error}")
        self.error = error
        self.out = out


def dumps(record: Article | ArticleError) -> str:
    """The JSON line of a record: field order as declared, UTF-8 text, no spaces; `near_copy_of`
    only when there is one, so the lines of other articles are what they always were."""
    if isinstance(record, Article) and record.near_copy_of is None:
        return record.model_dump_json(exclude=_NO_NEAR_COPY)
    return record.model_dump_json()  # the same bytes as json.dumps(model_dump(), compact), faster


def partial_path(out: Path) -> Path:
    return out.with_name(out.name + ".partial")


def repair(path: Path) -> int:
    """How many complete lines an output holds; anything after the last one is cut off the file.

    A line is complete when it ends with a newline and parses as a record with a doc_id.
    """
    if not path.exists():
        return 0
    count = 0
    good_end = 0
    with path.open("rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n") or _doc_id(raw) is None:
                break
            count += 1
            good_end += len(raw)
    if good_end != path.stat().st_size:
        with path.open("r+b") as fh:
            fh.truncate(good_end)
            fh.flush()
            os.fsync(fh.fileno())
    return count


def _doc_id(raw: bytes) -> str | None:
    try:
        return str(json.loads(raw)["doc_id"])
    except (ValueError, KeyError, TypeError):
        return None


@dataclass(frozen=True)
class Written:
    """The complete lines already in an output: how many, and their doc_ids, read on demand.

    The ids are read lazily, so resuming a run of millions of articles holds none in memory.
    """

    path: Path | None = None
    count: int = 0

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[str]:
        if self.path is None or not self.count:
            return
        with self.path.open("rb") as fh:
            for raw in itertools.islice(fh, self.count):
                yield str(_doc_id(raw))


class RecordWriter:
    """Appends JSON lines to an open text stream and fsyncs it now and then."""

    def __init__(self, stream: IO[str], *, flush_each: bool = False, name: str = "-") -> None:
        self._stream = stream
        self._name = name
        self._flush_each = flush_each
        self._count = 0

    @property
    def count(self) -> int:
        """Lines written through this writer."""
        return self._count

    def write(self, record: Article | ArticleError) -> None:
        self.write_line(dumps(record))

    def write_line(self, line: str) -> None:
        """One record, already serialised; written in a single call with its newline."""
        try:
            self._stream.write(line + "\n")
            if self._flush_each:
                self._stream.flush()
        except OSError as exc:
            raise OutputError(exc, self._name) from None
        self._count += 1
        if self._count % FSYNC_EVERY == 0:
            self.sync()

    def sync(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise OutputError(exc, self._name) from None
        try:
            os.fsync(self._stream.fileno())
        except (OSError, ValueError, AttributeError):
            pass  # a pipe or a terminal has nothing to sync


@contextmanager
def open_output(out: str, *, resume: bool) -> Iterator[tuple[RecordWriter, Written]]:
    """A writer for `out` (or standard output for `-`) and the lines already written.

    A new file is built as OUT.partial and renamed on success; with `resume`, an existing
    OUT.partial (or a finished OUT) is continued from its last complete line. A device or a
    pipe (`-o /dev/null`) is written straight: renaming a file over it would replace it.
    """
    if out == "-":
        if (sys.stdout.encoding or "").lower().replace("-", "") != "utf8" and hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(encoding="utf-8")  # records are UTF-8 whatever the locale
        writer = RecordWriter(sys.stdout, flush_each=True)  # a reader downstream sees each line at once
        yield writer, Written()
        writer.sync()
        return
    target = Path(out)
    if target.is_dir():
        raise OutputError(IsADirectoryError(21, "it is a folder, not a file"), out)
    if target.exists() and not target.is_file():
        # a device, a pipe or a socket (/dev/null, a named pipe): written straight, never replaced
        with _opened(target, "w", out) as stream:
            writer = RecordWriter(stream, flush_each=True, name=out)
            yield writer, Written()
            writer.sync()
        return
    partial = partial_path(target)
    done = Written()
    try:
        moved = resume and target.exists() and not partial.exists()
        if moved:
            target.replace(partial)  # a finished output is continued like a partial one
        if resume:
            done = Written(partial, repair(partial))
        elif partial.exists():
            partial.unlink()
    except OSError as exc:
        raise OutputError(exc, out) from None
    with _opened(partial, "a" if resume else "w", out) as stream:
        writer = RecordWriter(stream, name=out)
        try:
            yield writer, done
        except BaseException:
            if moved and writer.count == 0:
                _close_quietly(stream)
                partial.replace(target)  # nothing was added: the finished output stays finished
            raise
        writer.sync()
    try:
        partial.replace(target)
    except OSError as exc:
        raise OutputError(exc, out) from None
    _sync_folder(target.parent)


@contextmanager
def _opened(path: Path, mode: str, out: str) -> Iterator[IO[str]]:
    """A text stream on `path`; a failure to open or to close it is an OutputError.

    When the body fails, the stream is closed quietly: the first error is the one to tell.
    """
    try:
        stream = path.open(mode, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise OutputError(exc, out) from None
    try:
        yield stream
    except BaseException:
        _close_quietly(stream)
        raise
    try:
        stream.close()
    except OSError as exc:
        raise OutputError(exc, out) from None


def _close_quietly(stream: IO[str]) -> None:
    try:
        stream.close()
    except OSError:
        pass  # the buffer could not be flushed: the partial file ends with a cut line, --resume cuts it


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
