"""False positives on general news: figures of the scored kinds where there should be almost none."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from solieu.evaluate.contract import OTHER_SCORED_KINDS, SCORED_KINDS, TRAINING_KINDS
from solieu.evaluate.inputs import process_many, read_jsonl
from solieu.evaluate.scoring import sentence_text


@dataclass
class FalsePositives:
    """Figures of the scored kinds found in articles that are not about the project's topic."""

    articles: int = 0
    counts: Counter = field(default_factory=Counter)  # kind → figures
    articles_with: Counter = field(default_factory=Counter)  # kind → articles with at least one
    examples: list[dict[str, Any]] = field(default_factory=list)  # every such figure
    outside_scope: int = 0  # money marked outside the scope: funding as money goes, not counted above

    def total(self, kinds: Iterable[str]) -> int:
        return sum(self.counts[k] for k in kinds)

    def as_json(self, examples: int = 20) -> dict[str, Any]:
        rate = {k: self.counts[k] / self.articles if self.articles else 0.0 for k in SCORED_KINDS}
        training = self.total(TRAINING_KINDS)
        other = self.total(OTHER_SCORED_KINDS)
        return {
            "articles": self.articles,
            "counts": {k: self.counts[k] for k in SCORED_KINDS},
            "articles_with": {k: self.articles_with[k] for k in SCORED_KINDS},
            "per_article": rate,
            "training": training,
            "training_per_article": training / self.articles if self.articles else 0.0,
            "party_officials_funding": other,
            "party_officials_funding_per_article": other / self.articles if self.articles else 0.0,
            "money_outside_scope": self.outside_scope,
            "worst": worst_examples(self.examples, examples),
        }


def worst_examples(examples: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
    """The false positives most worth a rule fix: the training kinds first, then the (kind,
    noun, rule) that recur most, one example each."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for e in examples:
        groups[(e["kind"], e["noun"].casefold(), e["rule"])].append(e)
    ranked = sorted(groups.values(), key=lambda g: (g[0]["kind"] not in TRAINING_KINDS, -len(g), g[0]["doc_id"]))
    return [{**g[0], "times": len(g)} for g in ranked[:n]]


def sample_ids(path: str | Path, n: int, exclude: set[str]) -> list[str]:
    """n ids of a JSONL corpus, evenly spaced over the file (so every source is represented)."""
    ids = [str(r.get("id")) for r in read_jsonl(path)]
    eligible = [i for i in ids if i not in exclude]
    if n >= len(eligible):
        return eligible
    step = len(eligible) / n
    return [eligible[int(i * step)] for i in range(n)]


def topic_ids(sample: str | Path) -> set[str]:
    """The ids of the topic files that lie beside a corpus sample (news-topic*.jsonl.gz)."""
    ids: set[str] = set()
    for path in sorted(Path(sample).parent.glob("news-topic*.jsonl*")):
        ids |= {str(r.get("id")) for r in read_jsonl(path)}
    return ids


def false_positives(
    sample: str | Path, *, limit: int = 500, exclude: set[str] | None = None, jobs: int | None = None
) -> FalsePositives:
    """Run the pipeline on `limit` general articles of `sample` (none from the topic files beside
    it, nor from `exclude`) and count the figures of the scored kinds it finds there."""
    from solieu.ingest import iter_inputs

    skip = topic_ids(sample) | set(exclude or ())
    wanted = set(sample_ids(sample, limit, skip))
    raws = [r for r in iter_inputs([str(sample)]) if r.doc_id in wanted]
    result = FalsePositives(articles=len(raws))
    for record in process_many(raws, jobs):
        kinds_here = set()
        for f in record.get("figures") or []:
            if f["kind"] not in SCORED_KINDS:
                continue
            if f.get("outside_scope"):
                result.outside_scope += 1
                continue
            result.counts[f["kind"]] += 1
            kinds_here.add(f["kind"])
            result.examples.append(
                {
                    "doc_id": record["doc_id"],
                    "kind": f["kind"],
                    "value": f["value"],
                    "text": f["text"],
                    "noun": f.get("noun", ""),
                    "rule": f.get("rule", ""),
                    "sentence": sentence_text(record, f),
                }
            )
        result.articles_with.update(kinds_here)
    return result


def format_false_positives(fp: FalsePositives, examples: int = 20) -> str:
    data = fp.as_json(examples)
    lines = [f"false positives on {fp.articles} general articles (figures of a scored kind; there should be ~none)"]
    for kind in SCORED_KINDS:
        lines.append(
            f"  {kind:14} {fp.counts[kind]:5} figures in {fp.articles_with[kind]:4} articles"
            f"  ({data['per_article'][kind]:.3f} per article)"
        )
    lines.append(
        f"  training kinds (classes, learners, trainees): {data['training']} "
        f"({data['training_per_article']:.3f} per article)"
    )
    lines.append(
        f"  party_members, party_units, officials, funding: {data['party_officials_funding']} "
        f"({data['party_officials_funding_per_article']:.3f} per article)"
    )
    lines.append(f"  money marked outside_scope (not counted above): {fp.outside_scope}")
    lines.append("worst (kind, noun, rule; how often; one example):")
    for e in data["worst"]:
        lines.append(
            f"  {e['kind']:13} ×{e['times']:<3} {e['doc_id']} «{e['text']}» noun={e['noun']!r} rule={e['rule']}"
            f"\n      {e['sentence'][:300]}"
        )
    return "\n".join(lines)
