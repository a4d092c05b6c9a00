"""Researchers query the JSONL output with DuckDB: the records must read as nested tables.

The seeds hold four inconsistencies the user knows of (73% for 80.75%; 2+10+160+74 for 262;
23+13 for 55; a 2008 resolution dated 2009); a query over the output finds exactly them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from solieu.cli import main

duckdb = pytest.importorskip("duckdb", reason="DuckDB is a dev dependency: pip install -e '.[dev]'")
SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("query") / "out.jsonl"
    assert main(["extract", str(SAMPLES), "-o", str(out), "--quiet", "--jobs", "1"]) == 0
    return out


def test_mismatches_of_the_seeds_by_sql(output: Path) -> None:
    rows = duckdb.sql(
        f"""SELECT a.doc_id, c.rule, c.stated, c.computed
            FROM read_json_auto('{output}', format='newline_delimited') a, UNNEST(a.checks) AS t(c)
            WHERE c.status = 'mismatch' ORDER BY ALL"""
    ).fetchall()
    assert [(doc[:3], rule) for doc, rule, *_ in rows] == [
        ("000", "sum"),
        ("001", "doc_date"),
        ("001", "sum"),
        ("002", "ratio_percent"),
    ]
    by_rule = {(doc[:3], rule): (float(stated), float(computed)) for doc, rule, stated, computed in rows}
    assert by_rule[("000", "sum")] == (55, 36)
    assert by_rule[("001", "sum")] == (262, 246)
    assert by_rule[("002", "ratio_percent")] == (73, 80.75)
    assert by_rule[("001", "doc_date")] == (2008, 2009)


def test_learners_per_province_without_double_counting_parts(output: Path) -> None:
    """The README's query: the 327 learners of seed 003 are not added to their parts, and no change,
    repeat or rate is added to a stock."""
    rows = dict(
        duckdb.sql(
            f"""SELECT a.location.province, sum(f.value)
                FROM read_json_auto('{output}', format='newline_delimited') a, UNNEST(a.figures) AS t(f)
                WHERE f.kind = 'learners' AND f.part_of IS NULL AND f.change IS NULL AND f.repeat_of IS NULL
                  AND f.per IS NULL GROUP BY ALL"""
        ).fetchall()
    )
    assert rows == {"Lạng Sơn": 80 + 61 + 1840 + 4286, "Phú Thọ": 12500, "Quảng Bình": 327}


def test_each_figure_with_its_sentence_by_sql(output: Path) -> None:
    """The sentence is stored once per article; a join on its id gives it back as a column."""
    rows = duckdb.sql(
        f"""SELECT a.doc_id, f.kind, f.value, s.text AS sentence
            FROM read_json_auto('{output}', format='newline_delimited') a,
                 UNNEST(a.figures) AS t(f), UNNEST(a.sentences) AS u(s)
            WHERE s.id = f.sentence AND f.value = 4988"""
    ).fetchall()
    assert len(rows) == 1
    doc, kind, value, sentence = rows[0]
    assert doc.startswith("000") and kind == "party_members" and value == 4988
    assert "4.988 đảng viên" in sentence
    total = duckdb.sql(
        f"""SELECT count(*) FROM read_json_auto('{output}', format='newline_delimited') a,
                   UNNEST(a.figures) AS t(f), UNNEST(a.sentences) AS u(s) WHERE s.id = f.sentence"""
    ).fetchall()[0]
    figures = duckdb.sql(
        f"SELECT sum(len(figures)) FROM read_json_auto('{output}', format='newline_delimited')"
    ).fetchall()[0]
    assert total == figures  # every figure finds exactly one sentence
