"""`solieu validate`: re-run the checks on records that may have been corrected by hand."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonlines
from pydantic import ValidationError

from solieu.schemas import Article, ArticleError
from solieu.validate import validate
from solieu.write import dumps


def revalidate(records: str, output: str | None, *, strict: bool) -> int:
    """Rewrite every article record with fresh checks; error records pass through unchanged."""
    source = Path(records)
    target = Path(output) if output else source
    tmp = target.with_name(target.name + ".partial")
    mismatches = bad = 0
    with jsonlines.open(source) as reader, tmp.open("w", encoding="utf-8", newline="\n") as out:
        for number, row in enumerate(reader.iter(skip_invalid=False), 1):
            try:
                if not isinstance(row, dict):
                    raise ValueError("not a JSON object")
                model: type[Article | ArticleError] = ArticleError if "error" in row else Article
                record = model.model_validate(row)
            except ValueError as exc:
                why = f"{exc.error_count()} errors" if isinstance(exc, ValidationError) else str(exc)
                print(f"solieu validate: {records}:{number}: not a solieu record ({why})", file=sys.stderr)
                bad += 1
                out.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
                continue
            if isinstance(record, Article) and record.gated_out is None:  # a light record was never validated
                record = record.model_copy(update={"checks": validate(record)})
                mismatches += sum(c.status == "mismatch" for c in record.checks)
            out.write(dumps(record) + "\n")
    tmp.replace(target)
    print(f"solieu validate: {mismatches} mismatches, {bad} unreadable records", file=sys.stderr)
    return 1 if (strict and mismatches) or bad else 0
