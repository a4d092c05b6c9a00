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
import datetime
import gzip
import itertools
import json
import sys
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, BinaryIO

import regex
from pydantic import BaseModel, ConfigDict, Field

from solieu.errors import describe
from solieu.legacy import Reading, choose, readings
from solieu.rules import load_data

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
WARC_SUFFIXES = (".warc", ".warc.gz")
FOLDER_SUFFIXES = (".txt", *JSONL_SUFFIXES, *HTML_SUFFIXES, *WARC_SUFFIXES)
STREAMED_SUFFIXES = (*JSONL_SUFFIXES, *WARC_SUFFIXES)  # inputs whose article count needs a scan
# the read errors that end a stream before its end: a truncated gzip, a bad block, a lost disk
STREAM_ERRORS = (OSError, EOFError, zlib.error)
MAX_INT_DIGITS = 4300  # Python's own limit for int(str): a longer integer is kept as its digits
# invalid UTF-8 sequences per valid multi-byte character, up to which a text is damaged UTF-8
DAMAGED_UTF8_SHARE = 0.05
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
WINDOWS_1258 = "Windows-1258"
UNSURE = 0.5  # a legacy table reading half the words as syllables: an encoding, but not surely which
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
    details: tuple[tuple[str, str], ...] = ()  # (code, what makes it concrete) for some warnings
    html: bytes | None = None  # a web page, its main text extracted by the worker (`solieu.page`)
    crawled: str | None = None  # when a crawler fetched the page (WARC input)


@dataclass
class InputCount:
    """What one input named on the command line held, and what was written for it."""

    name: str
    files: int = 0
    lines: int = 0
    records: int = 0
    ended_early: str | None = None
    pages: int = 0  # HTML responses of WARC files
    passed: dict[str, int] = field(default_factory=dict)  # WARC records not written, by why

    def saw(self, raw: RawArticle | Passed) -> None:
        """Count what was read: an article to be written, or a WARC record passed over."""
        if isinstance(raw, Passed):
            self.passed[raw.why] = self.passed.get(raw.why, 0) + 1
            return
        if raw.error == "E009":
            self.ended_early = raw.message
        elif raw.path.endswith(WARC_SUFFIXES) and raw.line is not None:
            self.pages += 1
        elif raw.line is not None:
            self.lines += 1
        else:
            self.files += 1

    def add(self, other: InputCount) -> None:
        """Fold in the counts of a part of the same input."""
        self.files += other.files
        self.lines += other.lines
        self.records += other.records
        self.pages += other.pages
        self.ended_early = self.ended_early or other.ended_early
        for why, n in other.passed.items():
            self.passed[why] = self.passed.get(why, 0) + n

    def read(self) -> str:
        """'3 files', '1500 lines', '2 files, 40 lines', '1 files, 4 pages, 3 other records'."""
        parts = [f"{self.files} files"] if self.files or not (self.lines or self.pages) else []
        parts += [f"{self.lines} lines"] if self.lines else []
        parts += [f"{self.pages} pages"] if self.pages else []
        return ", ".join(parts + [f"{n} {why}" for why, n in sorted(self.passed.items())])


@dataclass
class Ledger:
    """Per input, articles read and records written: a loss is counted, never silent.

    `pending` holds, in input order, the input of every article read and not yet written.
    """

    inputs: list[InputCount] = field(default_factory=list)
    pending: deque[InputCount] = field(default_factory=deque)
    repeated_ids: int = 0  # articles whose doc_id an earlier article already had
    repeated_examples: list[str] = field(default_factory=list)

    def written(self) -> None:
        """The oldest article read has its record."""
        self.pending.popleft().records += 1


def iter_inputs(inputs: Iterable[str], ledger: Ledger | None = None) -> Iterator[RawArticle]:
    """Every article of every input, in a stable order (folders sorted, recursively).

    With a `ledger`, each article read is counted against the input that named it.
    """
    for item in inputs:
        if ledger is None:
            yield from (raw for raw in _iter_input(item) if isinstance(raw, RawArticle))
            continue
        count = InputCount(item)
        ledger.inputs.append(count)
        for raw in _iter_input(item):
            count.saw(raw)
            if isinstance(raw, RawArticle):
                ledger.pending.append(count)
                yield raw


@dataclass(frozen=True, slots=True)
class Passed:
    """A WARC record that is no article (a request, an image, an HTTP error), counted not written."""

    why: str


def _iter_input(item: str) -> Iterator[RawArticle | Passed]:
    """The articles of one input named on the command line."""
    if item == "-":
        yield from _read_stdin()
        return
    if is_url(item):
        yield from _read_url(item)
        return
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
        if item == "-" or is_url(item) or str(item).endswith(STREAMED_SUFFIXES):
            return None
        if path.is_dir():
            for child in path.rglob("*"):
                if child.is_file() and child.name.endswith(STREAMED_SUFFIXES):
                    return None
                if child.is_file() and child.name.endswith((".txt", *HTML_SUFFIXES)) and not child.name.startswith("."):
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


def _read_path(path: Path) -> Iterator[RawArticle | Passed]:
    if path.name.endswith(WARC_SUFFIXES):
        from solieu.warc import read_warc

        yield from read_warc(path)
        return
    if path.name.endswith(JSONL_SUFFIXES):
        try:
            fh = gzip.open(path, "rb") if path.name.endswith(".gz") else path.open("rb")
        except OSError as exc:
            yield RawArticle(
                doc_id=f"{path.name}:unreadable", path=str(path), error="E001", message=describe("E001", str(exc))
            )
            return
        with fh:
            yield from _read_jsonl(fh, str(path))
        return
    doc_id = path.name.removesuffix(".txt") if path.suffix == ".txt" else path.stem
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield RawArticle(doc_id=doc_id, path=str(path), error="E001", message=describe("E001", str(exc)))
        return
    if path.name.lower().endswith(HTML_SUFFIXES):
        yield _from_html(data, doc_id=doc_id, path=str(path))
        return
    yield _from_bytes(data, doc_id=doc_id, path=str(path))


def _from_html(data: bytes, *, doc_id: str, path: str, line: int | None = None, **meta: str | None) -> RawArticle:
    """A web page, left whole for the worker to extract: trafilatura is the slow part."""
    if not data.strip():
        return _error(doc_id, path, line, "E002")
    return RawArticle(doc_id, path, line, html=data, **meta)  # type: ignore[arg-type]


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
    if name.endswith(WARC_SUFFIXES):
        detail = f"{shown}: a WARC file is read from a local path; copy it here first"
        yield RawArticle(doc_id=f"{name}:unreadable", path=shown, error="E001", message=describe("E001", detail))
        return
    try:
        if name.endswith(JSONL_SUFFIXES):
            compression = "gzip" if name.endswith(".gz") else None
            fh = fs.open(file, "rb", compression=compression)  # type: ignore[attr-defined]
        else:
            data = fs.cat_file(file)  # type: ignore[attr-defined]
    except OSError as exc:
        yield RawArticle(doc_id=f"{name}:unreadable", path=shown, error="E001", message=describe("E001", str(exc)))
        return
    if name.endswith(JSONL_SUFFIXES):
        with fh:
            yield from _read_jsonl(fh, shown)
        return
    doc_id = name.removesuffix(".txt") if name.endswith(".txt") else Path(name).stem
    if name.lower().endswith(HTML_SUFFIXES):
        yield _from_html(data, doc_id=doc_id, path=shown)
        return
    yield _from_bytes(data, doc_id=doc_id, path=shown)


class _Literal:
    """A JSON number Python cannot hold faithfully (beyond the int-string limit, or not finite),
    kept as the digits the line spelt: it is text where text is asked for, never `inf`."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text


def _int(digits: str) -> int | _Literal:
    return int(digits) if len(digits.lstrip("-")) <= MAX_INT_DIGITS else _Literal(digits)


def _float(digits: str) -> float | _Literal:
    value = float(digits)
    return value if value not in (float("inf"), float("-inf")) else _Literal(digits)


def _loads(text: str) -> object:
    """`json.loads` that keeps every number finite and every integer within Python's limits."""
    return json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_Literal)


def _numbered_lines(
    lines: Iterable[bytes] | BinaryIO, path: str, first: int = 1
) -> Iterator[tuple[int, bytes] | RawArticle]:
    """The lines of a JSONL stream with their numbers, from `first`; a stream that breaks off
    ends in an E009.

    A line ends at LF, CRLF, or a lone CR (old Mac files): JSON never holds a raw CR inside a
    string, so a line that is not JSON as a whole but holds CRs is split at them.
    """
    number = first - 1
    last = b"\n"
    stream = iter(lines)
    while True:
        try:
            raw = next(stream, None)
        except STREAM_ERRORS as exc:
            detail = f"{path}: after line {number}: {exc}"
            name = Path(path).name
            yield RawArticle(f"{name}:ended-early", path, number + 1, error="E009", message=describe("E009", detail))
            return
        if raw is None:
            break
        last = raw
        body = raw.rstrip(b"\r\n")
        if b"\r" in body and not _parses(body):
            for piece in body.split(b"\r"):
                number += 1
                yield number, piece
            continue
        number += 1
        yield number, raw
    if last.strip() and not last.endswith((b"\n", b"\r")) and not _parses(last):
        detail = f"{path}: line {number} breaks off without its end"
        name = Path(path).name
        yield RawArticle(f"{name}:ended-early", path, number + 1, error="E009", message=describe("E009", detail))


def _parses(raw: bytes) -> bool:
    try:
        _loads(raw.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return False
    return True


def jsonl_range(path: Path, start: int, end: int, first: int) -> Iterator[RawArticle]:
    """The articles of the lines of a plain JSONL file that begin in bytes [start, end), their
    numbers counted from `first`: the share of a large file one cluster worker reads."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield RawArticle(f"{path.name}:unreadable", str(path), error="E001", message=describe("E001", str(exc)))
        return
    with fh:
        yield from _read_jsonl(_lines_between(fh, start, end), str(path), first)


def count_range_lines(path: Path, start: int, end: int) -> int:
    """How many line numbers the lines beginning in bytes [start, end) take (lone CRs split)."""
    with path.open("rb") as fh:
        return sum(isinstance(item, tuple) for item in _numbered_lines(_lines_between(fh, start, end), str(path)))


def _lines_between(fh: BinaryIO, start: int, end: int) -> Iterator[bytes]:
    """The lines that begin in [start, end): a line begun before `start` is the previous share's."""
    fh.seek(max(0, start - 1))
    at = max(0, start - 1)
    if start:
        at += len(fh.readline())  # up to and including the newline before the first line of ours
    while at < end:
        line = fh.readline()
        if not line:
            return
        at += len(line)
        yield line


def _read_jsonl(lines: Iterable[bytes] | BinaryIO, path: str, first: int = 1) -> Iterator[RawArticle]:
    stem = Path(path).name.removesuffix(".gz").removesuffix(".jsonl") if path != "-" else "stdin"
    for item in _numbered_lines(lines, path, first):
        if isinstance(item, RawArticle):
            yield item
            continue
        number, raw = item
        if not raw.strip():
            continue
        where = f"line {number}"
        fallback_id = f"{stem}:{number}"
        try:
            row = _loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError as exc:
            yield _error(fallback_id, path, number, "E003", f"{where}: {exc.reason} at byte {exc.start}")
            continue
        except json.JSONDecodeError as exc:
            yield _error(fallback_id, path, number, "E005", f"{where}: {exc.msg}, column {exc.colno}")
            continue
        except RecursionError:
            yield _error(fallback_id, path, number, "E005", f"{where}: nested too deep")
            continue
        if not isinstance(row, dict):
            yield _error(fallback_id, path, number, "E005", f"{where}: a JSON {type(row).__name__}, not an object")
            continue
        try:
            yield _row(row, path, number, fallback_id)
        except RecursionError:
            yield _error(fallback_id, path, number, "E005", f"{where}: a field nested too deep")


# JSON may escape half of a UTF-16 pair alone ("\\ud800"): no UTF-8 can hold it, so neither can a record
_SURROGATE = regex.compile("[\ud800-\udfff]")


def _whole(value: str) -> str:
    """The string with each lone surrogate as U+FFFD: one character for one, so offsets hold."""
    return _SURROGATE.sub("\ufffd", value)


def _row(row: dict[str, object], path: str, number: int, fallback_id: str) -> RawArticle:
    """The raw article of one JSON object."""
    where = f"line {number}"
    doc_id = _whole(str(row.get("id") or row.get("doc_id") or fallback_id))
    text = row.get("text")
    lone = 0
    if isinstance(text, str):
        lone = len(_SURROGATE.findall(text))
        text = _whole(text)
    title, url, published = (
        _whole(str(row[k])) if row.get(k) is not None else None for k in ("title", "url", "published")
    )
    page = row.get("html")
    if not isinstance(text, str) and not isinstance(page, str):
        return _error(doc_id, path, number, "E006", where, title=title, url=url, published=published)
    details: tuple[tuple[str, str], ...] = ()
    if published is not None:
        read = read_published(published)
        if read is None:
            details = (("W006", published[:40]),)
        published = read
    if not isinstance(text, str):
        page_raw = _from_html(str(page).encode("utf-8"), doc_id=doc_id, path=path, line=number, title=title, url=url)
        return dataclasses.replace(
            page_raw, published=published, warnings=tuple(c for c, _ in details), details=details
        )
    if lone:
        details = (*details, ("W002", f"{lone} lone surrogates (\\ud800-\\udfff escapes) replaced"))
    raw = RawArticle(doc_id, path, line=number, text=text, title=title, url=url, published=published)
    return _checked(dataclasses.replace(raw, warnings=tuple(c for c, _ in details), details=details))


# "2021-04-15", "2021-04-15T09:00:00+07:00", "2021-04-15 09:00:00"
_ISO = regex.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?"
)
# "15/04/2021", "15-04-2021", "15.04.2021", each optionally with a time and a zone, either side
_DMY = regex.compile(
    r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*[,-]?\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"
    r"(?:[T ,-]+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:Z|(?:GMT|UTC)?\s*[+-]\d{1,2}:?\d{2}|GMT|UTC)?"
)


def read_published(published: str) -> str | None:
    """A JSONL line's `published` as it came, or as an ISO date; None when it is no real date.

    ISO (date, or date and time with a zone) is kept as given; day-first forms become ISO.

    >>> read_published("2021-04-15T09:00:00+07:00"), read_published("15/04/2021"), read_published("15/04/2021 08:30")
    ('2021-04-15T09:00:00+07:00', '2021-04-15', '2021-04-15')
    >>> read_published("2024-02-30"), read_published("hôm qua"), read_published("30.03.2021 08:50 +07:00")
    (None, None, '2021-03-30')
    """
    text = published.strip()
    iso = _ISO.fullmatch(text)
    dmy = None if iso else _DMY.fullmatch(text)
    match = iso or dmy
    if match is None:
        return None
    year, month, day = (match[1], match[2], match[3]) if iso else (match[3], match[2], match[1])
    try:
        found = datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return text if iso and len(match[2]) == len(match[3]) == 2 else found.isoformat()


def _from_bytes(data: bytes, *, doc_id: str, path: str) -> RawArticle:
    text, error, notes = decode(data)
    if error:
        return RawArticle(doc_id=doc_id, path=path, error=error[:4], message=error)
    details = tuple((code, detail) for code, detail in notes if detail)
    return _checked(RawArticle(doc_id, path, text=text, warnings=tuple(c for c, _ in notes), details=details))


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
    if "\ufffd" in text and "W002" not in warnings:
        warnings.append("W002")
    if _looks_mojibake(text):
        warnings.append("W001")
    if warnings == list(raw.warnings):
        return raw
    return dataclasses.replace(raw, warnings=tuple(warnings))


Notes = tuple[tuple[str, str], ...]  # warning codes, each with what makes it concrete (or "")
_BOMS = (  # UTF-32 first: its little-endian BOM begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes) -> tuple[str, str | None, Notes]:
    """Decode an article file: UTF-8 (BOM or not), UTF-16 or UTF-32 (BOM or not), or Windows-1258.

    Returns (text, error message or None, warnings with their details). A few damaged bytes
    cost those bytes, not the article: they become U+FFFD (W002, counted), NUL bytes are
    removed (W004, counted).

    >>> decode("Đảng viên".encode("utf-8"))[0]
    'Đảng viên'
    >>> decode(codecs.BOM_UTF8 + b"abc")[0]
    'abc'
    >>> decode("Học viên".encode("utf-16"))[0]
    'Học viên'
    >>> decode("Học viên".encode("utf-32"))[0]
    'Học viên'
    >>> decode("Học viên, lớp học".encode("utf-16-le"))[0]
    'Học viên, lớp học'
    >>> text, _, notes = decode(("Đảng viên " * 40).encode("utf-8").replace(b"\\xba", b"\\xff", 1))
    >>> text[:10], notes
    ('Đ\\ufffd\\ufffd\\ufffdng viê', (('W002', '3 invalid UTF-8 sequences replaced while decoding'),))
    >>> decode(b"A line of text.\\n" * 10 + b"\\x00")[2]
    (('W004', '1 NUL bytes'),)
    >>> decode(b"\\x00\\x01\\x02binary\\x00")[1][:4]
    'E004'
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    else:
        for bom, codec in _BOMS:
            if data.startswith(bom):
                try:
                    return data[len(bom) :].decode(codec), None, ()
                except UnicodeDecodeError as exc:
                    return "", describe("E003", f"{codec} with BOM, but {exc.reason} at byte {exc.start}"), ()
        wide = _wide_text(data)
        if wide is not None:
            return wide, None, ()
    nuls = data.count(0)
    controls = sum(0 < b < 9 or 13 < b < 32 for b in data[:4096])
    if nuls * 100 > len(data) or controls > 8:  # a few NULs are damage, many are a binary file
        return "", describe("E004", f"{len(data)} bytes with NUL or control bytes"), ()
    notes: list[tuple[str, str]] = []
    if nuls:
        data = data.replace(b"\x00", b"")
        notes.append(("W004", f"{nuls} NUL bytes"))
    try:
        return data.decode("utf-8"), None, tuple(notes)
    except UnicodeDecodeError as utf8_error:
        first_bad = f"{utf8_error.reason} at byte {utf8_error.start}"
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(not ch.isascii() for ch in text) - text.count("\ufffd")
    damaged = (*notes, ("W002", f"{bad} invalid UTF-8 sequences replaced while decoding"))
    if bad <= DAMAGED_UTF8_SHARE * multibyte:
        return text, None, damaged
    try:
        legacy = data.decode("cp1258")
    except UnicodeDecodeError:
        legacy = ""
    candidates = readings(data, {WINDOWS_1258: legacy} if legacy else {})
    chosen = choose(candidates)
    if chosen is not None and chosen.encoding != WINDOWS_1258:
        return (
            chosen.text,
            None,
            (*notes, ("W008", f"{chosen.encoding}, {chosen.share:.0%} of its words are syllables")),
        )
    if chosen is None and candidates[0].encoding != WINDOWS_1258 and candidates[0].share >= UNSURE:
        runner_up = candidates[1]
        return "", describe("E010", _unsure(candidates[0], runner_up)), ()
    if legacy and _plausible_vietnamese(legacy):
        return legacy, None, (*notes, ("W003", ""))
    if bad * 100 <= len(text):  # mostly ASCII with a stray byte: not Windows-1258 either
        return text, None, damaged
    if not legacy:
        return "", describe("E003", f"not UTF-8 ({first_bad}) nor Windows-1258"), ()
    return "", describe("E003", f"not UTF-8 ({first_bad}); as Windows-1258 it is not Vietnamese text"), ()


def _unsure(best: Reading, runner_up: Reading) -> str:
    return (
        f"{best.encoding} reads {best.share:.0%} of its words as syllables, {runner_up.encoding} {runner_up.share:.0%}"
    )


def _wide_text(data: bytes) -> str | None:
    """UTF-16 or UTF-32 without a BOM, told by where the zero bytes of ASCII letters fall."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    # (codec, bytes per unit, positions zero in nearly every unit, position zero in nearly none)
    for codec, width, zero, letter, share in (
        ("utf-32-le", 4, (2, 3), 0, 0.9),
        ("utf-32-be", 4, (0, 1), 3, 0.9),
        ("utf-16-le", 2, (1,), 0, 0.3),  # ASCII letters and spaces: most of a Vietnamese text
        ("utf-16-be", 2, (0,), 1, 0.3),
    ):
        units = len(sample) // width
        if len(data) % width:
            continue
        zeros = [sample[k : units * width : width].count(0) for k in range(width)]
        if all(zeros[k] >= share * units for k in zero) and zeros[letter] <= 0.02 * units:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _plausible_vietnamese(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    marked = sum((not ch.isascii() and ch.isalpha()) or _TONE_FIRST <= ch <= _TONE_LAST for ch in text)
    return letters > 0.5 * max(1, len(text.replace(" ", ""))) and marked > 0.03 * letters


def _looks_mojibake(text: str) -> bool:
    return sum(text.count(mark) for mark in _MOJIBAKE_MARKS) >= 3
