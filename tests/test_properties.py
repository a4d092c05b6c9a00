"""Any text gives a record whose spans give back their text and whose JSON the schema accepts.

Hypothesis draws texts of Vietnamese letters, digits, punctuation, combining marks, NUL and
long whitespace runs; the mutation corpus damages real articles (the seeds, and articles of
../shared/corpus when it is there) the ways badly scraped pages are damaged.
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import solieu
from solieu.hostile import span_errors
from solieu.run import run_extract
from solieu.write import dumps

REPO = Path(__file__).resolve().parents[1]
SAMPLES = sorted((REPO / "corpus" / "samples").glob("*.txt"))
TOPIC = REPO.parent / "shared" / "corpus" / "news-topic.jsonl.gz"
TOPIC_IDS = ("baomoi-magizbox-21478309", "baomoi-magizbox-21480467")
SCHEMA = json.loads((REPO / "schemas" / "article.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.validators.validator_for(SCHEMA)(SCHEMA)

# the letters of the seeds (Vietnamese with its tone marks), and what damaged pages add
LETTERS = sorted({c for p in SAMPLES for c in p.read_text(encoding="utf-8") if c.isalpha()})
PIECES = st.one_of(
    st.sampled_from(LETTERS),
    st.sampled_from("0123456789"),
    st.sampled_from(".,;:/%()[]{}-–—\"'“”…!?+"),
    st.characters(min_codepoint=0x300, max_codepoint=0x36F),  # combining marks
    st.just("\x00"),
    st.sampled_from([" ", "\n", "\t", "\u00a0"]).map(lambda c: c * 3000),
    st.text(max_size=5),
)
TEXTS = st.lists(PIECES, max_size=60).map("".join)


def record_problems(text: str, doc_id: str = "p") -> list[str]:
    """Why the record of `text` is unsound: a span that does not give back its text, or a
    line the schema refuses (empty when sound)."""
    article = solieu.extract_article(text, doc_id=doc_id)
    data: dict[str, Any] = json.loads(dumps(article))
    problems = span_errors(data, text)
    problems += [e.message[:200] for e in VALIDATOR.iter_errors(data)]
    return problems


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_gives_a_sound_record(text: str) -> None:
    assert record_problems(text) == []


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(LETTERS + list("0123456789 .,:;()")), st.integers(1, 200))
def test_figure_like_text_keeps_its_spans(piece: str, times: int) -> None:
    """A seed sentence with a piece repeated inside it: figures and their sentences stay exact."""
    seed = SAMPLES[times % len(SAMPLES)].read_text(encoding="utf-8")[:800]
    cut = times * 7 % len(seed)
    assert record_problems(seed[:cut] + piece * times + seed[cut:]) == []


def test_the_spans_checked_are_real() -> None:
    """The property means something: the seeds give figures, ratios and sentences to check."""
    article = solieu.extract_article(SAMPLES[2].read_text(encoding="utf-8"), doc_id="s")
    assert article.figures and article.ratios and article.sentences and article.checks
    data = json.loads(dumps(article))
    data["figures"][0]["start"] += 1
    assert span_errors(data, SAMPLES[2].read_text(encoding="utf-8"))


def _mutations(text: str, rng: random.Random) -> dict[str, str]:
    """The damage of badly scraped pages, each applied throughout a real article."""
    digits = [i for i, c in enumerate(text) if c.isdigit()]
    spots = sorted(rng.sample(range(len(text)), min(30, len(text))))

    def at(spots: list[int], insert: str) -> str:
        out, last = [], 0
        for i in spots:
            out += [text[last:i], insert]
            last = i
        return "".join(out) + text[last:]

    return {
        "digits spliced in": at(digits[::3], "9999999999"),
        "separators doubled": text.replace(".", "..").replace(",", ",,").replace("/", "//"),
        "brackets unbalanced": at(spots, "(").replace(")", ""),
        "combining marks stacked": at(spots, "\u0301\u0309\u0323\u0303\u0300" * 8),
        "NUL bytes": at(spots, "\x00"),
    }


def _real_articles() -> list[tuple[str, str]]:
    out = [(p.stem, p.read_text(encoding="utf-8")) for p in SAMPLES]
    if TOPIC.exists():
        with gzip.open(TOPIC, "rt", encoding="utf-8") as f:
            rows = (json.loads(line) for line in f)
            out += [(r["id"], r["text"]) for r in rows if r["id"] in TOPIC_IDS]
    return out


@pytest.mark.slow
def test_mutated_real_articles_give_sound_records() -> None:
    articles = _real_articles()
    assert len(articles) >= len(SAMPLES)
    rng = random.Random(16)
    for doc_id, text in articles:
        for how, mutated in _mutations(text, rng).items():
            assert mutated != text, how
            assert record_problems(mutated, doc_id) == [], f"{doc_id}, {how}"


def test_mutated_seed_keeps_its_figures_through_nul_bytes() -> None:
    """NUL bytes inside a real article cost no figure: the same values, on exact spans."""
    text = SAMPLES[2].read_text(encoding="utf-8")
    damaged = _mutations(text, random.Random(1))["NUL bytes"]
    assert record_problems(damaged) == []
    values = sorted(f.value for f in solieu.extract_article(text, doc_id="a").figures)
    assert sorted(f.value for f in solieu.extract_article(damaged, doc_id="a").figures) == values


@pytest.mark.skipif(not TOPIC.exists(), reason="../shared/corpus/news-topic.jsonl.gz is absent")
def test_corpus_articles_are_in_the_mutation_corpus() -> None:
    assert {doc_id for doc_id, _ in _real_articles()} >= set(TOPIC_IDS)


def test_a_jsonl_line_with_lone_surrogates_gives_exactly_one_record(tmp_path: Path) -> None:
    text = SAMPLES[0].read_text(encoding="utf-8")[:600]
    damaged = text.replace(" ", " \ud800", 3).replace(".", "\udfff.", 2)
    line = json.dumps({"id": "lone", "text": damaged})  # ASCII: the surrogates as \ud800 escapes
    assert "\\ud800" in line and "\\udfff" in line
    source = tmp_path / "in.jsonl"
    source.write_text(line + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_extract([str(source)], str(out), jobs=1, quiet=True)
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 1 and records[0]["doc_id"] == "lone"
    assert "error" not in records[0] and records[0]["figures"]
    assert [w["code"] for w in records[0]["warnings"]] == ["W002"]
    assert "5 lone surrogates" in records[0]["warnings"][0]["message"]
    read = damaged.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    assert span_errors(records[0], read) == []
