"""Two outputs of `solieu extract` hold the same items whatever their sentence representation.

    python tests/same_items.py OLD.jsonl NEW.jsonl

Each record is projected to its items (figures, ratios, documents, enumerations, checks and
every other field) without the sentence representation: a figure's sentence becomes its span
and text, read from the figure itself (records before `sentences`) or from the record's
`sentences` by id; the ids that other items give their sentences are left out. Prints how
many records and items agree and the first differences; exits 1 when any differ.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

ITEMS = ("figures", "ratios", "documents", "enumerations", "checks")


def project(record: dict[str, Any]) -> dict[str, Any]:
    """A record without its sentence representation; a figure keeps its sentence's span and text."""
    stored = {s["id"]: s for s in record.get("sentences") or []}

    def sentence_of(figure: dict[str, Any]) -> tuple[int, int, str]:
        ref = figure["sentence"]
        s = ref if isinstance(ref, dict) else stored[ref]
        return (s["start"], s["end"], s["text"])

    def bare(item: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in item.items() if k != "sentence"}

    out = {k: v for k, v in record.items() if k not in ("sentences", *ITEMS)}
    out["figures"] = [dict(bare(f), sentence_span=sentence_of(f)) for f in record.get("figures") or []]
    out["ratios"] = [bare(r) for r in record.get("ratios") or []]
    out["enumerations"] = [bare(e) for e in record.get("enumerations") or []]
    out["documents"] = [dict(d, mentions=[bare(m) for m in d["mentions"]]) for d in record.get("documents") or []]
    out["checks"] = [dict(c, evidence=[bare(e) for e in c["evidence"]]) for c in record.get("checks") or []]
    return out


def _records(path: str) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def compare(old: str, new: str) -> tuple[Counter[str], list[str]]:
    """Counts of what agrees and the differences found."""
    counts: Counter[str] = Counter()
    problems: list[str] = []
    olds, news = list(_records(old)), list(_records(new))
    if [r["doc_id"] for r in olds] != [r["doc_id"] for r in news]:
        problems.append("the records are not the same articles in the same order")
    for a, b in zip(olds, news, strict=False):
        counts["records"] += 1
        pa, pb = project(a), project(b)
        for name in ITEMS:
            counts[name] += len(pa.get(name) or [])
            if pa.get(name) != pb.get(name):
                problems.append(f"{a['doc_id']}: {name} differ")
        rest = {k for k in pa.keys() | pb.keys() if k not in ITEMS}
        if any(pa.get(k) != pb.get(k) for k in rest):
            problems.append(f"{a['doc_id']}: fields differ: {sorted(k for k in rest if pa.get(k) != pb.get(k))}")
    return counts, problems


def main(argv: list[str]) -> int:
    old, new = argv
    counts, problems = compare(old, new)
    what = ", ".join(f"{n} {k}" for k, n in counts.items())
    print(f"{new}: {'same items' if not problems else f'{len(problems)} differences'} ({what})")
    for p in problems[:20]:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
