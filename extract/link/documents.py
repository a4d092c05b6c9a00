"""One entry per referenced document: its full number, type, date and issuer, every mention,
and the short mentions ("Nghị quyết 09") linked to it."""

from __future__ import annotations

from datetime import date

import regex

from solieu.cues import cue, words
from solieu.link.doc_keys import bounded_issuer, full_key, short_key
from solieu.link.items import DocGroup
from solieu.match import DocumentMatch
from solieu.rules import VOCAB
from solieu.segment import Sentence

DOC_CODES: dict[str, str] = VOCAB["doc_codes"]
_UNKNOWN_TYPE = words("documents", "unknown_type")[0]
_DOC_TYPE_BEFORE = cue("documents", "doc.type_before")
_DATE_AFTER = cue("documents", "doc.date_after")
_DATE_BEFORE = cue("documents", "doc.date_before")
_ISSUER_AFTER = cue("documents", "doc.issuer_after")
_LEADING = regex.compile(r"(\d+)(\p{Ll}?)(?!\p{L})")


def _doc_type(sentence: Sentence, doc: DocumentMatch) -> str | None:
    found = _DOC_TYPE_BEFORE.search(sentence.text[max(0, doc.start - 40) : doc.start])
    if not found:
        return None
    word = " ".join(found.group("type").split())
    if word.upper() == word:
        return DOC_CODES.get(word)
    return word[0].upper() + word[1:].lower()


def collect_documents(found: list[tuple[Sentence, DocumentMatch]]) -> list[DocGroup]:
    """One group per distinct document, every spelling of its number under one canonical key,
    with every mention; a short mention joins the article's one full document of its type and
    number, or else a group of its own."""
    groups: dict[str, DocGroup] = {}
    shorts: list[tuple[Sentence, DocumentMatch]] = []
    for sentence, doc in found:
        if doc.short is not None:
            shorts.append((sentence, doc))
            continue
        code_type = DOC_CODES.get(doc.code or "", _UNKNOWN_TYPE)
        typed = _doc_type(sentence, doc)
        key = full_key(doc.number, doc.code, typed or code_type)
        group = groups.get(key)
        if group is None:
            group = groups[key] = DocGroup(doc.number, code_type, doc.year, key=key)
        if typed and group.doc_type == code_type:
            group.doc_type = typed
        group.mentions.append((sentence.start + doc.start, sentence.start + doc.end))
        _date_and_issuer(sentence, doc, group)
    full = list(groups.values())
    for sentence, doc in shorts:
        span = (sentence.start + doc.start, sentence.start + doc.end)
        doc_type = " ".join((doc.doc_type or "").split())
        doc_type = DOC_CODES.get(doc_type, doc_type[:1].upper() + doc_type[1:].lower())
        target = _full_for_short(full, doc.short or "", doc_type)
        if target is None:
            key = short_key(doc.short or "", doc_type)
            target = groups.get(key)
            if target is None:
                target = groups[key] = DocGroup(doc.short or "", doc_type, None, key=key)
                _date_and_issuer(sentence, doc, target)
        target.mentions.append(span)
    out = sorted(groups.values(), key=lambda g: min(g.mentions))
    for group in out:
        group.mentions.sort()
    return out


def _full_for_short(full: list[DocGroup], short: str, doc_type: str) -> DocGroup | None:
    """The one full document of this type and number, if the article has exactly one."""
    same = [g for g in full if _leading(g.number) == _leading(short) and g.doc_type.casefold() == doc_type.casefold()]
    return same[0] if len(same) == 1 else None


def _leading(number: str) -> tuple[int, str] | None:
    """The number a document's number begins with, and its letter ("09" and "9" alike; "30a" not "30")."""
    lead = _LEADING.match(number)
    return (int(lead.group(1)), lead.group(2)) if lead else None


def _date_and_issuer(sentence: Sentence, doc: DocumentMatch, group: DocGroup) -> None:
    after = sentence.text[doc.end : doc.end + 160]
    if group.issued is None:
        found = _DATE_AFTER.match(after)
        if found:
            d, m, y = (
                found.group("d") or found.group("d2"),
                found.group("m") or found.group("m2"),
                found.group("y") or found.group("y2"),
            )
            group.issued = _iso(int(y), int(m), int(d))
        else:
            before = _DATE_BEFORE.search(sentence.text[max(0, doc.start - 200) : doc.start])
            if before:
                group.issued = _iso(int(before.group("y")), int(before.group("m")), int(before.group("d")))
                group.issuer = group.issuer or bounded_issuer(before.group("issuer"))
    if group.issuer is None:
        found = _ISSUER_AFTER.match(after)
        if found:
            group.issuer = bounded_issuer(found.group("issuer"))


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None
