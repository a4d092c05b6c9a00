"""Offsets are sacred: `original[start:end] == text` for every span of every record, and every
record validates against the exported JSON Schema.

Run on the five seeds and on 1,000 articles of `../shared/corpus/news-sample.jsonl.gz` (all its
sources, with the decomposed-Unicode and mojibake articles the corpus README names), through
`solieu extract`'s own driver and writer.
"""

from __future__ import annotations

import gzip
import itertools
import json
from collections import Counter
from pathlib import Path

import jsonschema
import pytest

from solieu.ingest import iter_inputs
from solieu.run import run_extract

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "corpus" / "samples"
SCHEMAS = REPO / "schemas"
NEWS = REPO.parent / "shared" / "corpus" / "news-sample.jsonl.gz"
ARTICLES = 1000
# named in ../shared/corpus/README.md: decomposed tone marks, and UTF-8 read as Latin-1
SPECIAL = (
    "dantri-unc-news_business_171",
    "dantri-unc-news_education_064",
    "newsmds-cluster_020-4",
    "newsmds-cluster_085-4",
    "newsmds-cluster_085-7",
)


def validators() -> dict[str, jsonschema.protocols.Validator]:
    out = {}
    for name in ("article", "error"):
        schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        out[name] = cls(schema)
    return out


def span_problems(record: dict, text: str, seen: Counter) -> list[str]:
    """Every span of a record that does not give back its text, by walking the whole record:
    any object with text/start/end is a span, any object with role/start/end a block."""
    problems = []

    def walk(node: object, path: str) -> None:
        if isinstance(node, dict):
            if {"text", "start", "end"} <= node.keys() and isinstance(node["text"], str):
                start, end = node["start"], node["end"]
                seen[_kind(path)] += 1
                if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
                    problems.append(f"{record['doc_id']} {path}: bad offsets {start}..{end}")
                elif text[start:end] != node["text"]:
                    problems.append(f"{record['doc_id']} {path}: {text[start:end]!r} != {node['text']!r}")
            for key, value in node.items():
                walk(value, f"{path}.{key}" if path else key)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}[{i}]")

    walk({k: v for k, v in record.items() if k != "blocks"}, "")
    previous_end = 0
    for i, block in enumerate(record.get("blocks") or []):
        seen["blocks"] += 1
        start, end = block["start"], block["end"]
        if not (previous_end <= start < end <= len(text)):
            problems.append(f"{record['doc_id']} blocks[{i}] ({block['role']}): {start}..{end} out of order or bounds")
        elif text[start:end] != text[start:end].strip():
            problems.append(f"{record['doc_id']} blocks[{i}] ({block['role']}): starts or ends with white space")
        previous_end = end
    sentences = {s["id"]: s for s in record.get("sentences") or []}
    if len(sentences) != len(record.get("sentences") or []):
        problems.append(f"{record['doc_id']} sentences: an id is used twice")
    named = _items_in_sentences(record)
    for path, item in named:
        sentence = sentences.get(item["sentence"])
        if sentence is None:
            problems.append(f"{record['doc_id']} {path}: names sentence {item['sentence']!r}, not stored")
        elif not sentence["start"] <= item["start"] < sentence["end"]:
            problems.append(f"{record['doc_id']} {path}: does not start inside its sentence")
        elif path.split("[")[0] in ("figures", "ratios", "mentions") and item["end"] > sentence["end"]:
            problems.append(f"{record['doc_id']} {path}: runs past its sentence")
    if {item["sentence"] for _, item in named} != sentences.keys():
        problems.append(f"{record['doc_id']} sentences: stored but named by no item, or named but not stored")
    spans = sorted((s["start"], s["end"]) for s in sentences.values())
    if any(a[1] > b[0] for a, b in itertools.pairwise(spans)):
        problems.append(f"{record['doc_id']} sentences: two stored sentences overlap")
    return problems


def _items_in_sentences(record: dict) -> list[tuple[str, dict]]:
    """Every item that names its sentence by id; evidence of the dateline names none."""
    out = []
    for name in ("figures", "ratios", "enumerations"):
        out += [(f"{name}[{i}]", item) for i, item in enumerate(record.get(name) or [])]
    for i, doc in enumerate(record.get("documents") or []):
        out += [(f"mentions[{i}.{j}]", m) for j, m in enumerate(doc["mentions"])]
    for i, check in enumerate(record.get("checks") or []):
        out += [(f"evidence[{i}.{j}]", e) for j, e in enumerate(check["evidence"]) if e["sentence"] is not None]
    return out


def _kind(path: str) -> str:
    """figures[3].period → figures.period"""
    parts = [p.split("[")[0] for p in path.split(".")]
    return ".".join(parts)


def extract(inputs: list[str], out: Path) -> list[dict]:
    run_extract(inputs, str(out), jobs=2, quiet=True)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").split("\n") if line]


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds") / "out.jsonl"
    texts = {r.doc_id: r.text for r in iter_inputs([str(SAMPLES)])}
    return [(r, texts[r["doc_id"]]) for r in extract([str(SAMPLES)], out)]


def pick_news() -> list[dict]:
    """ARTICLES lines of the sample, evenly spaced over it, the special ones among them."""
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    special = [r for r in rows if r["id"] in SPECIAL]
    rest = [r for r in rows if r["id"] not in SPECIAL]
    step = len(rest) / (ARTICLES - len(special))
    return special + [rest[int(i * step)] for i in range(ARTICLES - len(special))]


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    if not NEWS.exists():
        pytest.skip(f"{NEWS} is absent: put ../shared beside the checkout to run the corpus tests")
    folder = tmp_path_factory.mktemp("news")
    rows = pick_news()
    source = folder / "in.jsonl"  # a temporary copy, never in the repository
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    texts = {r["id"]: r["text"] for r in rows}
    return [(r, texts[r["doc_id"]]) for r in extract([str(source)], folder / "out.jsonl")]


def test_seed_spans(seeds):
    assert len(seeds) == 5
    seen: Counter = Counter()
    problems = [p for record, text in seeds for p in span_problems(record, text, seen)]
    assert not problems, "\n".join(problems[:20])
    for kind in ("figures", "sentences", "ratios", "documents.mentions", "checks.evidence", "dateline"):
        assert seen[kind] > 0, f"no {kind} span in the seeds: the test checked nothing there"


@pytest.mark.slow
def test_news_sample_spans(news):
    assert len(news) == ARTICLES
    assert {r["doc_id"] for r, _ in news} >= set(SPECIAL)
    seen: Counter = Counter()
    problems = [p for record, text in news for p in span_problems(record, text, seen)]
    assert not problems, f"{len(problems)} bad spans:\n" + "\n".join(problems[:20])
    checked = (
        "figures",
        "sentences",
        "figures.period",
        "ratios",
        "documents.mentions",
        "enumerations",
        "enumerations.items",
        "checks.evidence",
        "blocks",
    )  # the news has no printed dateline: the seeds cover it
    for kind in checked:
        assert seen[kind] > 0, f"no {kind} span in {ARTICLES} articles: the test checked nothing there"


@pytest.mark.parametrize("which", ["seeds", "news"])
def test_records_validate_against_the_schema(which, request):
    records = request.getfixturevalue(which)
    check = validators()
    for record, _ in records:
        errors = list(check["error" if "error" in record else "article"].iter_errors(record))
        assert not errors, f"{record['doc_id']}: " + "; ".join(
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:5]
        )


@pytest.mark.slow
def test_decomposed_and_mojibake_articles_are_read(news):
    """The corpus's NFD and mojibake articles go through as articles, not errors."""
    records = {r["doc_id"]: r for r, _ in news}
    for doc_id in SPECIAL:
        assert "error" not in records[doc_id], records[doc_id]
        assert records[doc_id]["blocks"], doc_id
