"""`solieu report`: static HTML pages a reviewer opens offline to check the output by eye.

A summary with small inline SVG charts, then the articles, those with mismatches first, each
sentence that holds an item with its figures, ratios and documents highlighted by kind; a click
shows an item's record. Every string from an article goes through `html.escape`, so an article
that holds markup shows it as text. Big outputs are cut into pages of `per_page` articles.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from html import escape
from pathlib import Path

from pydantic import ValidationError

from solieu.schemas.records import Article, Check, Sentence

KIND_COLOURS = {
    "classes": "#7aecec",
    "learners": "#bfeeb7",
    "trainees": "#feca74",
    "party_members": "#ff9561",
    "party_units": "#aa9cfc",
    "officials": "#c887fb",
    "funding": "#ffeb80",
    "other": "#e4e7d2",
    "ratio": "#9cc9cc",
    "document": "#ddd7cf",
}
_STYLE = (
    "body{font:15px/1.5 system-ui,sans-serif;margin:1.5em auto;max-width:70em;color:#222}"
    "mark{padding:.1em .2em;border-radius:.3em;cursor:pointer}"
    "mark::after{content:attr(data-label);font-size:.65em;font-weight:bold;margin-left:.3em;text-transform:uppercase}"
    "mark.evidence{background:#ffb3b3}article{border-top:1px solid #ccc;padding:.5em 0}"
    ".mismatch{color:#b00;font-weight:bold}.ok{color:#070}#record{position:fixed;right:1em;bottom:1em;"
    "max-width:35em;max-height:40vh;overflow:auto;background:#f8f8f8;border:1px solid #999;padding:.5em;"
    "font-size:12px;white-space:pre-wrap}#record:empty{display:none}svg text{font-size:11px}"
    + "".join(f".k-{k}{{background:{c}}}" for k, c in KIND_COLOURS.items())
)
# The page's one script: a click on a highlighted item shows its record, read from the page.
_SCRIPT = (
    "document.addEventListener('click',function(e){var m=e.target.closest('mark[data-record]');"
    "if(m){document.getElementById('record').textContent=JSON.stringify(JSON.parse(m.dataset.record),null,1);}});"
)


@dataclass(frozen=True)
class Mark:
    """A highlighted stretch of a sentence: its offsets, label, CSS class and record."""

    start: int
    end: int
    label: str
    css: str
    record: str


def read_articles(path: str) -> tuple[list[Article], int]:
    """The articles of an output, in order, and how many lines were error records or unreadable."""
    articles, skipped = [], 0
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            try:
                data = json.loads(line)
                if "error" in data:
                    skipped += 1
                    continue
                articles.append(Article.model_validate(data))
            except (ValueError, ValidationError):
                skipped += 1
    return articles, skipped


def _marks(article: Article) -> list[Mark]:
    marks = [Mark(f.start, f.end, f.kind, f"k-{f.kind}", f.model_dump_json()) for f in article.figures]
    marks += [Mark(r.start, r.end, "ratio", "k-ratio", r.model_dump_json()) for r in article.ratios]
    for d in article.documents:
        document = d.model_dump(exclude={"mentions"})
        for m in d.mentions:  # the document's record, with this mention's span
            record = json.dumps({**document, **m.model_dump()}, ensure_ascii=False)
            marks.append(Mark(m.start, m.end, "document", "k-document", record))
    return marks


def highlight(sentence: Sentence, marks: list[Mark]) -> str:
    """The sentence as HTML, its items nested as they lie (a figure inside its ratio); an item that
    crosses another's edge is left unmarked rather than shown cut."""
    inside = sorted(
        (m for m in marks if sentence.start <= m.start < m.end <= sentence.end), key=lambda m: (m.start, -m.end)
    )

    def render(start: int, end: int, spans: list[Mark]) -> str:
        out, pos, i = [], start, 0
        while i < len(spans):
            mark, i = spans[i], i + 1
            nested = []
            while i < len(spans) and spans[i].start < mark.end:
                if spans[i].end <= mark.end:
                    nested.append(spans[i])
                i += 1
            out.append(escape(sentence.text[pos - sentence.start : mark.start - sentence.start]))
            out.append(
                f'<mark class="{mark.css}" data-label="{escape(mark.label)}" data-record="{escape(mark.record)}">'
                f"{render(mark.start, mark.end, nested)}</mark>"
            )
            pos = mark.end
        return "".join(out) + escape(sentence.text[pos - sentence.start : end - sentence.start])

    return render(sentence.start, sentence.end, inside)


def _check(article: Article, check: Check) -> str:
    parts, shown = [], set()
    for ev in check.evidence:  # each sentence once, with every span of this check in it marked
        if ev.sentence in shown and ev.sentence is not None:
            continue
        shown.add(ev.sentence)
        sentence = article.sentence(ev.sentence) or Sentence(id="", text=ev.text, start=ev.start, end=ev.end)
        spans = [e for e in check.evidence if e.sentence == ev.sentence and (ev.sentence or e is ev)]
        marks = [Mark(e.start, e.end, "", "evidence", e.model_dump_json()) for e in spans]
        parts.append(f'<blockquote class="evidence-of">{highlight(sentence, marks)}</blockquote>')
    return (
        f'<li class="check check-{check.status}" data-rule="{check.rule}">'
        f'<span class="{check.status}">{check.status}</span>'
        f" <code>{check.rule}</code> {escape(check.message)}{''.join(parts)}</li>"
    )


def article_html(article: Article) -> str:
    """One article: its heading, its sentences with items highlighted, and its checks."""
    marks = _marks(article)
    place = ", ".join(p for p in (article.location.district, article.location.province) if p)
    meta = " · ".join(escape(x) for x in (article.doc_id, article.published or "", place) if x)
    sentences = "".join(f'<p class="sentence">{highlight(s, marks)}</p>' for s in article.sentences)
    checks = "".join(_check(article, c) for c in sorted(article.checks, key=lambda c: c.status != "mismatch"))
    return (
        f'<article id="{escape(article.doc_id)}" data-doc="{escape(article.doc_id)}">'
        f"<h3>{escape(article.title or article.doc_id)}</h3><p><small>{meta}</small></p>"
        f'{sentences}<ul class="checks">{checks}</ul></article>'
    )


def bar_chart(title: str, counts: Counter[str]) -> str:
    """A small horizontal bar chart in inline SVG: no script, no font from the network."""
    rows = counts.most_common(12)
    top = max((n for _, n in rows), default=1)
    height = 18 * len(rows) + 4
    bars = "".join(
        f'<text x="0" y="{18 * i + 13}">{escape(label)}</text>'
        f'<rect x="130" y="{18 * i + 3}" width="{max(1, round(200 * n / top))}" height="13" fill="#69c"/>'
        f'<text x="{136 + round(200 * n / top)}" y="{18 * i + 13}">{n}</text>'
        for i, (label, n) in enumerate(rows)
    )
    return (
        f'<figure style="display:inline-block;margin:0 1.5em 1em 0"><figcaption>{escape(title)}</figcaption>'
        f'<svg width="380" height="{height}" role="img">{bars}</svg></figure>'
    )


def summary_html(articles: list[Article], skipped: int) -> str:
    """The totals and charts of the whole output, on every page."""
    kinds: Counter[str] = Counter(f.kind for a in articles for f in a.figures)
    provinces = Counter(a.location.province or "(none)" for a in articles)
    years = Counter((a.published or (a.dateline.date if a.dateline else ""))[:4] or "(none)" for a in articles)
    mismatches = [(a, c) for a in articles for c in a.checks if c.status == "mismatch"]
    items = "".join(
        f'<li class="mismatch-item" data-doc="{escape(a.doc_id)}" data-rule="{c.rule}">'
        f'<a href="#{escape(a.doc_id)}">{escape(a.doc_id)}</a> <code>{c.rule}</code> {escape(c.message)}</li>'
        for a, c in mismatches
    )
    return (
        f'<section id="summary"><p><b>{len(articles)}</b> articles, <b>{kinds.total()}</b> figures, '
        f'<b id="mismatch-count">{len(mismatches)}</b> mismatches, {skipped} error records.</p>'
        f"{bar_chart('figures per kind', kinds)}{bar_chart('articles per province', provinces)}"
        f"{bar_chart('articles per year', years)}"
        f'<h2>Mismatches</h2><ol id="mismatches">{items}</ol></section>'
    )


def _page_name(base: Path, page: int) -> str:
    return base.name if page == 1 else f"{base.stem}-{page}{base.suffix}"


def write_report(source: str, output: str, per_page: int = 200) -> list[Path]:
    """Write the report's pages (`report.html`, `report-2.html`, …); returns their paths."""
    articles, skipped = read_articles(source)
    ordered = sorted(articles, key=lambda a: not any(c.status == "mismatch" for c in a.checks))
    base = Path(output)
    pages = [ordered[i : i + per_page] for i in range(0, len(ordered), per_page)] or [[]]
    summary = summary_html(articles, skipped)
    paths = []
    for number, chunk in enumerate(pages, start=1):
        links = " ".join(
            f"<b>{n}</b>" if n == number else f'<a href="{escape(_page_name(base, n))}">{n}</a>'
            for n in range(1, len(pages) + 1)
        )
        body = "".join(article_html(a) for a in chunk)
        page = (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>solieu report: {escape(Path(source).name)}</title><style>{_STYLE}</style></head><body>"
            f"<h1>solieu report: {escape(Path(source).name)}</h1>{summary}"
            f'<h2>Articles</h2><nav>page {links}</nav><div id="articles">{body}</div><nav>page {links}</nav>'
            f'<pre id="record"></pre><script>{_SCRIPT}</script></body></html>\n'
        )
        path = base.with_name(_page_name(base, number))
        path.write_text(page, encoding="utf-8")
        paths.append(path)
    return paths


def main(source: str, output: str, per_page: int) -> int:
    """Write the report; a missing or unwritable file exits 2 with one line."""
    try:
        paths = write_report(source, output, per_page)
    except OSError as error:
        print(f"solieu report: {error.strerror or error}: {error.filename or source}", file=sys.stderr)
        return 2
    print(f"solieu report: {paths[0]} ({len(paths)} page{'s' if len(paths) > 1 else ''})", file=sys.stderr)
    return 0
