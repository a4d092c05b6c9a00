"""Export the JSON Schema of every record into `schemas/`, where a test keeps it in sync."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from solieu.schemas.records import Article, ArticleError, RunSummary

EXPORTED: dict[str, type[BaseModel]] = {"article": Article, "error": ArticleError, "run_summary": RunSummary}


def schema_text(model: type[BaseModel]) -> str:
    return json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schemas(folder: str | None = None) -> list[Path]:
    """Write `<name>.schema.json` for each exported record; returns the paths written."""
    target = Path(folder) if folder else Path(__file__).parent
    paths = []
    for name, model in EXPORTED.items():
        path = target / f"{name}.schema.json"
        path.write_text(schema_text(model), encoding="utf-8")
        paths.append(path)
    return paths
