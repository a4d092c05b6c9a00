"""The ratchet: floors the scores may not fall below, raised as the rules improve, never lowered by accident."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from solieu.evaluate.contract import RATCHET_CEILINGS, RATCHET_FLOORS, EvaluationError


def load_ratchet(path: str | Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"{path}: cannot read the ratchet ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("floors"), dict):
        raise EvaluationError(f"{path}: a ratchet holds {{'floors': {{...}}, 'ceilings': {{...}}}}")
    unknown = set(data["floors"]) - set(RATCHET_FLOORS) | set(data.get("ceilings") or {}) - set(RATCHET_CEILINGS)
    if unknown:
        raise EvaluationError(f"{path}: unknown score(s) {', '.join(sorted(unknown))}")
    return data


def check_ratchet(scores: dict[str, float | int], ratchet: dict[str, Any]) -> list[str]:
    """What fell below its floor or rose above its ceiling; empty when the ratchet holds."""
    failures = []
    for name, floor in ratchet.get("floors", {}).items():
        if scores[name] < floor - 1e-9:
            failures.append(f"{name} = {scores[name]:.4f} is below its floor {floor:.4f}")
    for name, ceiling in (ratchet.get("ceilings") or {}).items():
        if scores[name] > ceiling + 1e-9:
            failures.append(f"{name} = {scores[name]:.4f} is above its ceiling {ceiling:.4f}")
    return failures


def _down(x: float) -> float:
    return math.floor(x * 10000 + 1e-6) / 10000


def _up(x: float) -> float:
    return math.ceil(x * 10000 - 1e-6) / 10000


def raise_ratchet(
    scores: dict[str, float | int], ratchet: dict[str, Any], *, allow_lower: bool = False
) -> tuple[dict[str, Any], list[str]]:
    """The ratchet with its floors raised (ceilings lowered) to the scores reached, and what
    changed. A floor goes down, or a ceiling up, only with `allow_lower`."""
    floors = dict(ratchet.get("floors") or {})
    ceilings = dict(ratchet.get("ceilings") or {})
    changes = []
    for name in RATCHET_FLOORS:
        new = _down(float(scores[name]))
        old = floors.get(name)
        if old is None or new > old or (allow_lower and new < old):
            floors[name] = new
            changes.append(f"floor {name}: {old} -> {new}")
    for name in RATCHET_CEILINGS:
        new = _up(float(scores[name]))
        old = ceilings.get(name)
        if old is None or new < old or (allow_lower and new > old):
            ceilings[name] = new
            changes.append(f"ceiling {name}: {old} -> {new}")
    return {**ratchet, "floors": floors, "ceilings": ceilings}, changes


def write_ratchet(path: str | Path, ratchet: dict[str, Any]) -> None:
    Path(path).write_text(json.dumps(ratchet, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
