"""`solieu bench --hostile N`: generated hostile articles through the whole pipeline, in process.

Badly scraped pages (digit runs, flattened tables, whitespace runs, list heads followed by
spaces, money rules repeated over long text, mixed scripts) once hung a batch. This bench
makes N of them, seeded so two runs read the same inputs, and counts what must never happen:
a crash, a span that does not give back its text, a line the JSON Schema refuses, an article
slower than its target. The material is the bundled seed articles' own sentences and items,
so no word of the language is written here.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from solieu.ingest import RawArticle
from solieu.pipeline import extract_article, process
from solieu.write import dumps

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "corpus" / "samples"
SCHEMA = REPO / "schemas" / "article.schema.json"
SEED = 16
SLOWEST_TARGET = 2.0  # seconds for one hostile article
BIG_TARGET = 10.0  # seconds for the 5 MB single-line article
BIG_SIZE = 5_000_000
LARGE = 100_000
LARGE_PREFIX = "hostile-large-"


@dataclass
class Material:
    """Real pieces to build hostile text from: sentences, money, list heads, figures."""

    sentences: list[str]
    money: list[str]
    heads: list[str]
    figures: list[str]


@dataclass
class Tally:
    count: int = 0
    crashes: list[str] = field(default_factory=list)
    span_errors: list[str] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)
    slowest: tuple[float, str] = (0.0, "")
    slowest_large: tuple[float, str] = (0.0, "")  # the 100 KB extras, apart from the N generated


def material(folder: Path = SAMPLES) -> Material:
    """The seeds' sentences and items, found by the pipeline itself."""
    sentences: list[str] = []
    money: list[str] = []
    heads: list[str] = []
    figures: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        article = extract_article(text, doc_id=path.stem)
        sentences += [s.text for s in article.sentences]
        money += [f.text for f in article.figures if f.kind == "funding"]
        figures += [f.text for f in article.figures]
        for e in article.enumerations:
            colon = e.text.find(":")
            heads.append(e.text[: colon + 1] if colon > 0 else e.text[: max(1, len(e.text) // 3)])
    return Material(sentences or ["0"], money or figures or ["0"], heads or sentences or ["0"], figures or ["0"])


def _pieces(rng: random.Random, m: Material, size: int, pick: Callable[[], str]) -> str:
    out: list[str] = []
    total = 0
    while total < size:
        piece = pick()
        out.append(piece)
        total += len(piece)
    return "".join(out)[:size]


def _scripts(rng: random.Random, n: int) -> str:
    """Letters of other scripts, combining marks and controls (by code point)."""
    ranges = [(0x0400, 0x04FF), (0x0370, 0x03FF), (0x4E00, 0x4FFF), (0x0600, 0x06FF), (0x0300, 0x036F), (0, 31)]
    out = []
    for _ in range(n):
        lo, hi = rng.choice(ranges)
        out.append(chr(rng.randint(lo, hi)))
    return "".join(out)


def _digit_run(rng: random.Random, m: Material, size: int) -> str:
    s = rng.choice(m.sentences)
    cut = rng.randint(0, len(s))
    digits = "".join(rng.choice("0123456789.,") for _ in range(size))
    return s[:cut] + digits + s[cut:]


def _table(rng: random.Random, m: Material, size: int) -> str:
    sep = rng.choice(["\t", " | ", "\n", "  ", ";"])
    row = sep.join(rng.choice(m.figures) for _ in range(rng.randint(2, 8))) + "\n"
    return _pieces(rng, m, size, lambda: row)


def _whitespace(rng: random.Random, m: Material, size: int) -> str:
    s = rng.choice(m.figures) + rng.choice(m.sentences)
    gap = rng.choice([" ", "\u00a0", "\t", "\u2003", "\u200b", "\r\n", " \n"]) * size
    cut = rng.randint(0, len(s))
    return s[:cut] + gap + s[cut:]


def _brackets(rng: random.Random, m: Material, size: int) -> str:
    depth = max(1, size // 4)
    opening, closing = rng.choice([("(", ")"), ("[", "]"), ("\u201c", "\u201d"), ("{", "}")])
    inner = rng.choice(m.figures)
    return opening * depth + inner + closing * rng.randint(0, depth) + rng.choice(m.sentences)


def _list_head(rng: random.Random, m: Material, size: int) -> str:
    head = rng.choice(m.heads)
    gap = rng.choice([" ", "\u00a0", "\n", " - ", "; "]) * max(1, size // 3)
    return head + gap + rng.choice(m.sentences)


def _money(rng: random.Random, m: Material, size: int) -> str:
    glue = rng.choice([", ", " ", "; ", "\n"])
    return _pieces(rng, m, size, lambda: rng.choice(m.money) + glue)


def _mixed(rng: random.Random, m: Material, size: int) -> str:
    return _pieces(rng, m, size, lambda: rng.choice(m.sentences) + _scripts(rng, rng.randint(1, 40)))


KINDS: dict[str, Callable[[random.Random, Material, int], str]] = {
    "digit_run": _digit_run,
    "table": _table,
    "whitespace": _whitespace,
    "brackets": _brackets,
    "list_head": _list_head,
    "money": _money,
    "mixed": _mixed,
}


def hostile_inputs(n: int, m: Material, seed: int = SEED) -> Iterator[tuple[str, str]]:
    """N (doc_id, text) pairs, sizes spread from a hundred to 30,000 characters, then one of
    each kind at 100,000 (the sizes that once took over a minute), so N + 7 in all."""
    rng = random.Random(seed)
    names = sorted(KINDS)
    for i in range(n):
        kind = names[i % len(names)]
        size = int(10 ** rng.uniform(2, 4.5))
        yield f"hostile-{i:05d}-{kind}-{size}", KINDS[kind](rng, m, size)
    for kind in names:
        yield f"{LARGE_PREFIX}{kind}-{LARGE}", KINDS[kind](rng, m, LARGE)


def span_errors(node: Any, text: str, path: str = "") -> list[str]:
    """Every object of a record with text/start/end whose offsets do not give back its text."""
    out: list[str] = []
    if isinstance(node, dict):
        if {"text", "start", "end"} <= node.keys() and isinstance(node["text"], str):
            start, end = node["start"], node["end"]
            if not (0 <= start <= end <= len(text)) or text[start:end] != node["text"]:
                out.append(f"{path}: {start}..{end}")
        for key, value in node.items():
            if not (path == "" and key == "text"):
                out += span_errors(value, text, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += span_errors(value, text, f"{path}[{i}]")
    return out


def run_one(doc_id: str, text: str, tally: Tally, validate: Callable[[Any], list[str]]) -> float:
    """One article through the pipeline as `solieu extract` runs it; seconds it took."""
    started = time.perf_counter()
    try:
        record = process(RawArticle(doc_id=doc_id, path="hostile", text=text))
        line = dumps(record)
    except Exception as exc:  # the point of the bench: count what escapes, never stop
        tally.crashes.append(f"{doc_id}: {type(exc).__name__}: {exc}")
        return time.perf_counter() - started
    seconds = time.perf_counter() - started
    tally.count += 1
    data = json.loads(line)
    if "error" in data:
        tally.crashes.append(f"{doc_id}: {data['message']}")
        return seconds
    problems = span_errors(data, text)
    if problems:
        tally.span_errors.append(f"{doc_id}: {problems[0]} and {len(problems) - 1} more")
    refused = validate(data)
    if refused:
        tally.invalid.append(f"{doc_id}: {refused[0]}")
    if doc_id.startswith(LARGE_PREFIX):
        tally.slowest_large = max(tally.slowest_large, (seconds, doc_id))
    elif seconds > tally.slowest[0]:
        tally.slowest = (seconds, doc_id)
    return seconds


def _validator() -> Callable[[Any], list[str]] | None:
    try:
        import jsonschema  # type: ignore[import-untyped]
    except ImportError:
        return None
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    checker = jsonschema.validators.validator_for(schema)(schema)
    return lambda data: [e.message[:200] for e in checker.iter_errors(data)]


def main(n: int, *, big: bool = True) -> int:
    """Run N hostile articles and the 5 MB line; print the counts and the targets."""
    validate = _validator()
    if validate is None:
        print("solieu bench --hostile: needs jsonschema (pip install -e '.[dev]')", file=sys.stderr)
        return 2
    if not SAMPLES.is_dir():
        print(f"solieu bench --hostile: the seed articles are missing ({SAMPLES})", file=sys.stderr)
        return 2
    m = material()
    tally = Tally()
    started = time.perf_counter()
    for i, (doc_id, text) in enumerate(hostile_inputs(n, m), 1):
        run_one(doc_id, text, tally, validate)
        if i % 1000 == 0:
            print(f"  {i} articles, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    print(f"hostile articles: {n} + {len(KINDS)} large in {time.perf_counter() - started:.1f} s")
    print(f"  records: {tally.count}")
    print(f"  crashes: {len(tally.crashes)}")
    print(f"  span errors: {len(tally.span_errors)}")
    print(f"  invalid lines: {len(tally.invalid)}")
    print(f"  slowest of the {n}: {tally.slowest[1]} {tally.slowest[0]:.3f} s")
    print(f"  slowest of the large ones: {tally.slowest_large[1]} {tally.slowest_large[0]:.3f} s")
    for what in tally.crashes[:5] + tally.span_errors[:5] + tally.invalid[:5]:
        print(f"    {what}")
    targets = [
        ("0 crashes", not tally.crashes, str(len(tally.crashes))),
        ("0 span errors", not tally.span_errors, str(len(tally.span_errors))),
        ("0 invalid lines", not tally.invalid, str(len(tally.invalid))),
        (f"slowest of the {n} < {SLOWEST_TARGET:g} s", tally.slowest[0] < SLOWEST_TARGET, f"{tally.slowest[0]:.3f} s"),
    ]
    if big:
        rng = random.Random(SEED)
        text = _pieces(rng, m, BIG_SIZE, lambda: rng.choice(m.sentences) + " ").replace("\n", " ")
        crashes = len(tally.crashes)
        seconds = run_one("hostile-5mb-line", text, tally, validate)
        gave = len(tally.crashes) == crashes
        print(f"5 MB single-line article: {seconds:.2f} s, {'a record' if gave else 'no record'}")
        targets.append(
            (f"5 MB line < {BIG_TARGET:g} s with a record", gave and seconds < BIG_TARGET, f"{seconds:.2f} s")
        )
    print("\ntargets:")
    for name, ok, value in targets:
        print(f"  {'PASS' if ok else 'FAIL'}  {name}: {value}")
    return 0
