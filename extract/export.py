"""`solieu export`: the flat tables as Parquet or CSV files, with a data dictionary beside them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import duckdb

from solieu.query import QueryError, connect
from solieu.tables import KINDS, QUALIFIERS, RULES, TABLES

# What each SQL type reads as in pandas (`pd.read_parquet(path, dtype_backend="numpy_nullable")`).
PANDAS: dict[str, str] = {
    "VARCHAR": "string",
    "DOUBLE": "Float64",
    "BIGINT": "Int64",
    "INTEGER": "Int32",
    "BOOLEAN": "boolean",
}
PANDAS_DATE = "object"  # of datetime.date values


def pandas_dtype(sql_type: str) -> str:
    return PANDAS.get(sql_type, PANDAS_DATE)


def dictionary() -> dict[str, object]:
    """Every table, column and code in words, from the one list the views are made of."""
    return {
        "tables": {
            t.name: {
                "description": t.doc,
                "columns": [
                    {"name": c.name, "type": c.type, "pandas": pandas_dtype(c.type), "description": c.doc}
                    for c in t.columns
                ],
            }
            for t in TABLES
        },
        "kinds": KINDS,
        "qualifiers": QUALIFIERS,
        "rules": RULES,
    }


def dictionary_markdown(fmt: str) -> str:
    """The dictionary as a README a researcher reads before loading the files."""
    nullable = ', dtype_backend="numpy_nullable"' if fmt == "parquet" else ""
    lines = [
        "# Data dictionary",
        "",
        f"One {fmt} file per table, written by `solieu export`. Items carry `start`/`end` offsets into the",
        "article text as the input gave it (`text` is that stretch, verbatim). In pandas:",
        f'`pd.read_{fmt}("figures.{fmt}"{nullable})`.',
        "",
        "A sum that counts each population once leaves out figures with `part_of`, `change`, `repeat_of`,",
        "`copy_of` or `per` set; a sum of a stock (the membership, the staff) also leaves out those with an `event`",
        "(admitted, disciplined …: a flow of the period); a sum of the scope's funding also leaves out money",
        "`outside_scope` (a price, a fine, a company's money in an article about something else).",
        "",
    ]
    for table in TABLES:
        lines += [
            f"## {table.name}",
            "",
            table.doc + ".",
            "",
            "| column | type | pandas | meaning |",
            "| --- | --- | --- | --- |",
        ]
        lines += [f"| `{c.name}` | {c.type} | {pandas_dtype(c.type)} | {c.doc} |" for c in table.columns]
        lines.append("")
    for title, codes in (("kinds (figures.kind)", KINDS), ("qualifiers", QUALIFIERS), ("rules (checks.rule)", RULES)):
        lines += [f"## {title}", "", "| code | meaning |", "| --- | --- |"]
        lines += [f"| `{code}` | {meaning} |" for code, meaning in codes.items()]
        lines.append("")
    return "\n".join(lines)


def export(inputs: list[str], folder: str, fmt: str = "parquet") -> dict[str, int]:
    """Write each table into `folder` as `<table>.<fmt>` and the dictionary; returns rows per table."""
    con = connect(inputs)
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    options = "FORMAT parquet, COMPRESSION zstd" if fmt == "parquet" else "FORMAT csv, HEADER true"
    for table in TABLES:
        path = str(target / f"{table.name}.{fmt}").replace("'", "''")
        con.execute(f"COPY (SELECT * FROM {table.name}) TO '{path}' ({options})")
        counts[table.name] = int(con.sql(f"SELECT count(*) FROM {table.name}").fetchall()[0][0])
    (target / "README.md").write_text(dictionary_markdown(fmt), encoding="utf-8")
    text = json.dumps(dictionary(), ensure_ascii=False, indent=2) + "\n"
    (target / "dictionary.json").write_text(text, encoding="utf-8")
    return counts


def main(inputs: list[str], folder: str, fmt: str) -> int:
    """Export, then say on standard error what was written; a bad input or folder exits 2 in one line."""
    try:
        counts = export(inputs, folder, fmt)
    except (QueryError, OSError, duckdb.Error) as error:
        message = str(error).splitlines()[0] if str(error) else type(error).__name__
        print(f"solieu export: {message}", file=sys.stderr)
        return 2
    rows = ", ".join(f"{n} {name}" for name, n in counts.items())
    print(f"solieu export: {folder}: {rows} ({fmt}, with README.md and dictionary.json)", file=sys.stderr)
    return 0
