"""Whether an article reports the whole country's figures or one place's.

A meeting in Hà Nội may report the figures of the whole Party: filed under Hà Nội they would
swell its sums. An article is national when a sentence holding one of its counted figures says
so (`patterns/cues/scope.toml`: "toàn quốc", "cả nước", the central bodies); local when it has
a place and no such sentence; unknown otherwise.
"""

from __future__ import annotations

from solieu.cues import cue
from solieu.schemas import Article

_NATIONAL = cue("scope", "scope.national")
SCORED = frozenset({"classes", "learners", "trainees", "party_members", "party_units", "officials", "funding"})


def scope_of(article: Article) -> str | None:
    """national, local or None, from the sentences of the article's scored figures (money marked
    outside the scope, a price or a fine, says nothing of whose figures the article reports)."""
    held = {f.sentence for f in article.figures if f.kind in SCORED and not f.outside_scope}
    for sentence in article.sentences:
        if sentence.id in held and _NATIONAL.search(sentence.text):
            return "national"
    return "local" if article.location.province else None
