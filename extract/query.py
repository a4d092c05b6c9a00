"""`solieu query`: SQL over one or more outputs, through flat views that need no UNNEST."""

from __future__ import annotations

import csv
import datetime
import decimal
import glob
import json
import os
import sys
from pathlib import Path
from typing import IO, Any

import duckdb

from solieu.tables import RAW_COLUMNS, TABLES


class QueryError(Exception):
    """A query that cannot run: a missing input or bad SQL, told in one line."""


def expand_inputs(patterns: list[str]) -> list[str]:
    """Files named or matched by a glob, in a stable order; a pattern that names nothing is an error."""
    files: list[str] = []
    for pattern in patterns:
        matched = sorted(glob.glob(pattern)) if glob.has_magic(pattern) else [pattern]
        matched = [m for m in matched if Path(m).is_file()]
        if not matched:
            raise QueryError(f"no such file: {pattern}")
        files += [m for m in matched if m not in files]
    return files


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(inputs: list[str]) -> duckdb.DuckDBPyConnection:
    """An in-memory database with a view per flat table over the records of the inputs."""
    files = expand_inputs(inputs)
    con = duckdb.connect()
    columns = "{" + ", ".join(f"{_sql_string(k)}: {_sql_string(v)}" for k, v in RAW_COLUMNS.items()) + "}"
    listed = "[" + ", ".join(_sql_string(str(Path(f).resolve())) for f in files) + "]"
    con.execute(
        f"CREATE VIEW records AS SELECT * FROM read_json({listed}, format='newline_delimited', "
        f"columns={columns}, maximum_object_size=1073741824)"
    )
    for table in TABLES:
        con.execute(f"CREATE VIEW {table.name} AS {table.select('records')}")
    return con


def run_query(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The column names and rows of a query; an SQL error becomes a QueryError of one line."""
    try:
        relation = con.sql(sql)
        if relation is None:
            return [], []
        return list(relation.columns), relation.fetchall()
    except duckdb.Error as error:
        raise QueryError(str(error).splitlines()[0]) from None


def _plain(value: Any) -> Any:
    """A cell as JSON can hold it: dates in ISO form, decimals as floats."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _cell(value: Any, width: int) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(_plain(value)) if not isinstance(value, str) else value
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def write_table(names: list[str], rows: list[tuple[Any, ...]], out: IO[str], width: int = 60) -> None:
    """Aligned columns for a terminal; long cells are cut at `width` characters."""
    cells = [[_cell(v, width) for v in row] for row in rows]
    widths = [max([len(n)] + [len(row[i]) for row in cells]) for i, n in enumerate(names)]
    out.write("  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def write_rows(names: list[str], rows: list[tuple[Any, ...]], fmt: str, out: IO[str]) -> None:
    """The result as an aligned table, CSV with a header, or JSON Lines (one object per row)."""
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        writer.writerows([_plain(v) for v in row] for row in rows)
    elif fmt == "json":
        for row in rows:
            out.write(json.dumps(dict(zip(names, map(_plain, row), strict=True)), ensure_ascii=False) + "\n")
    else:
        write_table(names, rows, out)


def main(inputs: list[str], sql: str, fmt: str) -> int:
    """Run one query over the outputs and print its result; a bad input or query exits 2 in one line."""
    try:
        names, rows = run_query(connect(inputs), sql)
    except QueryError as error:
        print(f"solieu query: {error}", file=sys.stderr)
        return 2
    try:
        write_rows(names, rows, fmt, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:  # `solieu query … | head`: the reader has what it wanted
        sys.stdout = open(os.devnull, "w")  # the final flush at exit finds no pipe
        return 6
    return 0
