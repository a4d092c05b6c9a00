"""Read inputs lazily into raw articles: text files, folders, JSONL(.gz) and standard input.

Nothing is loaded whole: a 5 GB `.jsonl.gz` (or JSONL on standard input) streams line by
line. Every input article yields exactly one `RawArticle`, which carries either its text or
the error that stopped it, so the batch never loses a line and never stops on bad input.
An input with a scheme (`s3://bucket/news.jsonl.gz`, `memory://…`, `file://…`) is read through
fsspec, when it and the filesystem's package are installed.
"""

from __future__ import annotations

import codecs
import dataclasses
import gzip
import itertools
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, BinaryIO

from pydantic import BaseModel, ConfigDict, Field

from solieu.errors import describe
from solieu.rules import load_data

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
FOLDER_SUFFIXES = (".txt", *JSONL_SUFFIXES)
Char = Annotated[str, Field(min_length=1, max_length=1)]


class Utf8AsCp1252(BaseModel):
    """What UTF-8 read as Windows-1252 prints for Vietnamese letters."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    leads: list[Char] = Field(min_length=1, description="the first byte of a letter")
    marks: list[str] = Field(min_length=1, description="pairs that only mojibake prints")


class CodePoints(BaseModel):
    """A range of code points, both ends included."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    first: Char
    last: Char


class Windows1258(BaseModel):
    """What Vietnamese decoded from Windows-1258 looks like."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    tone_marks: CodePoints


class Encodings(BaseModel):
    """`encodings.toml`: the marks of Vietnamese in a wrong or legacy encoding."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    utf8_as_cp1252: Utf8AsCp1252
    windows_1258: Windows1258


ENCODINGS = load_data("encodings.toml", Encodings)
_TONE_FIRST, _TONE_LAST = ENCODINGS.windows_1258.tone_marks.first, ENCODINGS.windows_1258.tone_marks.last
_MOJIBAKE_MARKS = tuple(ENCODINGS.utf8_as_cp1252.marks)


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One input article before processing: its text, or why there is none."""

    doc_id: str
    path: str
    line: int | None = None
    text: str | None = None
    error: str | None = None
    message: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    warnings: tuple[str, ...] = ()


def iter_inputs(inputs: Iterable[str]) -> Iterator[RawArticle]:
    """Every article of every input, in a stable order (folders sorted, recursively)."""
    for item in inputs:
        if item == "-":
            yield from _read_stdin()
            continue
        if is_url(item):
            yield from _read_url(item)
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.startswith(".") or not child.name.endswith(FOLDER_SUFFIXES):
                    continue
                yield from _read_path(child)
        else:
            yield from _read_path(path)


def count_inputs(inputs: Iterable[str]) -> int | None:
    """How many articles there will be, when that is cheap to know (no JSONL to scan)."""
    total = 0
    for item in inputs:
        path = Path(item)
        if item == "-" or is_url(item) or str(item).endswith(JSONL_SUFFIXES):
            return None
        if path.is_dir():
            for child in path.rglob("*"):
                if child.is_file() and child.name.endswith(JSONL_SUFFIXES):
                    return None
                if child.is_file() and child.name.endswith(".txt") and not child.name.startswith("."):
                    total += 1
        else:
            total += 1
    return total


def _error(
    doc_id: str,
    path: str,
    line: int | None,
    code: str,
    detail: str = "",
    *,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
) -> RawArticle:
    """The raw article of an input that cannot be read, with its code and a message."""
    message = describe(code, detail)
    return RawArticle(doc_id, path, line, error=code, message=message, title=title, url=url, published=published)


def _read_path(path: Path) -> Iterator[RawArticle]:
    if path.name.endswith(JSONL_SUFFIXES):
        try:
            opener = gzip.open if path.name.endswith(".gz") else open
            with opener(path, "rb") as fh:
                yield from _read_jsonl(fh, str(path))
        except OSError as exc:
            # a truncated gzip or an unreadable file: what was read stands, the rest is one error
            yield RawArticle(
                doc_id=f"{path.name}:unreadable", path=str(path), error="E001", message=describe("E001", str(exc))
            )
        return
    doc_id = path.name.removesuffix(".txt") if path.suffix == ".txt" else path.stem
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield RawArticle(doc_id=doc_id, path=str(path), error="E001", message=describe("E001", str(exc)))
        return
    yield _from_bytes(data, doc_id=doc_id, path=str(path))


def _read_stdin() -> Iterator[RawArticle]:
    """JSONL streams line by line; anything else is one article, read whole."""
    stream = sys.stdin.buffer
    head: list[bytes] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    first = head[-1].removeprefix(codecs.BOM_UTF8).lstrip() if head else b""
    if first[:1] == b"{":
        yield from _read_jsonl(itertools.chain(head, stream), "-")
    else:
        yield _from_bytes(b"".join(head) + stream.read(), doc_id="stdin", path="-")


def is_url(item: str) -> bool:
    """An input named with a scheme, for fsspec: `s3://…`, `memory://…`, `file://…`.

    >>> is_url("s3://bucket/news.jsonl.gz"), is_url("corpus/samples"), is_url("C:/news.jsonl")
    (True, False, False)
    """
    scheme, sep, _ = item.partition("://")
    return bool(sep) and len(scheme) > 1 and scheme.replace("+", "").replace("-", "").isalnum()


def _read_url(url: str) -> Iterator[RawArticle]:
    """A file or folder behind a URL, read through fsspec like a local one."""
    try:
        import fsspec

        fs, root = fsspec.core.url_to_fs(url)
        if fs.isdir(root):
            files = sorted(
                p for p in fs.find(root) if p.endswith(FOLDER_SUFFIXES) and not p.rpartition("/")[2][:1] == "."
            )
        else:
            files = [root]
    except (ImportError, ValueError, OSError) as exc:
        name = url.rstrip("/").rpartition("/")[2] or url
        yield RawArticle(doc_id=f"{name}:unreadable", path=url, error="E001", message=describe("E001", f"{url}: {exc}"))
        return
    for file in files:
        yield from _read_fs_file(fs, file, url if file == root else fs.unstrip_protocol(file))


def _read_fs_file(fs: object, file: str, shown: str) -> Iterator[RawArticle]:
    """One fsspec file: JSONL streamed (gunzipped on the fly), a text file read whole."""
    name = file.rpartition("/")[2]
    try:
        if name.endswith(JSONL_SUFFIXES):
            compression = "gzip" if name.endswith(".gz") else None
            with fs.open(file, "rb", compression=compression) as fh:  # type: ignore[attr-defined]
                yield from _read_jsonl(fh, shown)
            return
        data = fs.cat_file(file)  # type: ignore[attr-defined]
    except OSError as exc:
        yield RawArticle(doc_id=f"{name}:unreadable", path=shown, error="E001", message=describe("E001", str(exc)))
        return
    doc_id = name.removesuffix(".txt") if name.endswith(".txt") else Path(name).stem
    yield _from_bytes(data, doc_id=doc_id, path=shown)


def _read_jsonl(lines: Iterable[bytes] | BinaryIO, path: str) -> Iterator[RawArticle]:
    stem = Path(path).name.removesuffix(".gz").removesuffix(".jsonl") if path != "-" else "stdin"
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = f"line {number}"
        fallback_id = f"{stem}:{number}"
        try:
            row = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError as exc:
            yield _error(fallback_id, path, number, "E003", f"{where}: {exc.reason} at byte {exc.start}")
            continue
        except json.JSONDecodeError as exc:
            yield _error(fallback_id, path, number, "E005", f"{where}: {exc.msg}, column {exc.colno}")
            continue
        if not isinstance(row, dict):
            yield _error(fallback_id, path, number, "E005", f"{where}: a JSON {type(row).__name__}, not an object")
            continue
        doc_id = str(row.get("id") or row.get("doc_id") or fallback_id)
        text = row.get("text")
        title, url, published = (str(row[k]) if row.get(k) is not None else None for k in ("title", "url", "published"))
        if not isinstance(text, str):
            yield _error(doc_id, path, number, "E006", where, title=title, url=url, published=published)
            continue
        yield _checked(RawArticle(doc_id, path, line=number, text=text, title=title, url=url, published=published))


def _from_bytes(data: bytes, *, doc_id: str, path: str) -> RawArticle:
    text, error, warnings = decode(data)
    if error:
        return RawArticle(doc_id=doc_id, path=path, error=error[:4], message=error)
    return _checked(RawArticle(doc_id=doc_id, path=path, text=text, warnings=warnings))


def _checked(raw: RawArticle) -> RawArticle:
    """Turn an empty text into an error; note damage that decoding could not see."""
    text = raw.text or ""
    if not text.strip():
        return RawArticle(
            doc_id=raw.doc_id,
            path=raw.path,
            line=raw.line,
            error="E002",
            message=describe("E002"),
            title=raw.title,
            url=raw.url,
            published=raw.published,
        )
    warnings = list(raw.warnings)
    if "\ufffd" in text:
        warnings.append("W002")
    if _looks_mojibake(text):
        warnings.append("W001")
    if warnings == list(raw.warnings):
        return raw
    return dataclasses.replace(raw, warnings=tuple(warnings))


def decode(data: bytes) -> tuple[str, str | None, tuple[str, ...]]:
    """Decode an article file: UTF-8 (BOM or not), UTF-16 with BOM, or Windows-1258.

    Returns (text, error message or None, warning codes).

    >>> decode("Đảng viên".encode("utf-8"))[0]
    'Đảng viên'
    >>> decode(codecs.BOM_UTF8 + b"abc")[0]
    'abc'
    >>> decode("Học viên".encode("utf-16"))[0]
    'Học viên'
    >>> decode(b"\\x00\\x01\\x02binary\\x00")[1][:4]
    'E004'
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None, ()
        except UnicodeDecodeError as exc:
            return "", describe("E003", f"UTF-16 with BOM, but {exc.reason} at byte {exc.start}"), ()
    if b"\x00" in data or sum(b < 9 or 13 < b < 32 for b in data[:4096]) > 8:
        return "", describe("E004", f"{len(data)} bytes with NUL or control bytes"), ()
    try:
        return data.decode("utf-8"), None, ()
    except UnicodeDecodeError as utf8_error:
        first_bad = f"{utf8_error.reason} at byte {utf8_error.start}"
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return "", describe("E003", f"not UTF-8 ({first_bad}) nor Windows-1258"), ()
    if not _plausible_vietnamese(text):
        return "", describe("E003", f"not UTF-8 ({first_bad}); as Windows-1258 it is not Vietnamese text"), ()
    return text, None, ("W003",)


def _plausible_vietnamese(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    marked = sum((not ch.isascii() and ch.isalpha()) or _TONE_FIRST <= ch <= _TONE_LAST for ch in text)
    return letters > 0.5 * max(1, len(text.replace(" ", ""))) and marked > 0.03 * letters


def _looks_mojibake(text: str) -> bool:
    return sum(text.count(mark) for mark in _MOJIBAKE_MARKS) >= 3
