"""The JSON Schema files in `schemas/` are generated from the pydantic records and kept in sync."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from pydantic import ValidationError

from solieu.pipeline import extract_article
from solieu.schemas import Article, Figure, Span
from solieu.schemas.export import EXPORTED, schema_text
from solieu.write import dumps

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"
REFRESH = "the records changed: refresh the files with `solieu schema` and commit schemas/*.schema.json"


@pytest.mark.parametrize("name", sorted(EXPORTED))
def test_schema_file_is_in_sync_with_the_model(name):
    path = SCHEMAS / f"{name}.schema.json"
    assert path.exists(), f"{path} is missing: {REFRESH}"
    assert path.read_text(encoding="utf-8") == schema_text(EXPORTED[name]), f"{path} is stale: {REFRESH}"


@pytest.mark.parametrize("name", sorted(EXPORTED))
def test_schema_file_is_a_valid_json_schema(name):
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema).check_schema(schema)


def test_no_stray_schema_files():
    assert {p.name for p in SCHEMAS.glob("*.schema.json")} == {f"{n}.schema.json" for n in EXPORTED}, REFRESH


def test_a_record_round_trips_through_its_json():
    article = extract_article(
        "Huyện mở 2 lớp bồi dưỡng cho 60 học viên, trong đó 40 nữ và 20 nam.", doc_id="round-trip"
    )
    assert article.figures
    assert Article.model_validate_json(dumps(article)) == article


@pytest.mark.parametrize(
    "bad",
    [
        {"text": "60 học viên", "start": 0, "end": 11, "lenght": 3},  # a typo in a field name
        {"text": "60 học viên", "start": -1, "end": 11},
    ],
    ids=["unknown-field", "negative-offset"],
)
def test_records_refuse_what_the_schema_refuses(bad):
    with pytest.raises(ValidationError):
        Span(**bad)


def test_records_are_frozen():
    span = Span(text="60", start=0, end=2)
    with pytest.raises(ValidationError):
        span.start = 1  # type: ignore[misc]
    assert "kind" in Figure.model_fields
