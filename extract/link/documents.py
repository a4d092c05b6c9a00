"""One entry per referenced document: its full number, type, date and issuer, every mention,
and the short mentions ("Nghị quyết 09") linked to it."""

from __future__ import annotations

from datetime import date

import regex

from solieu.cues import cue, words
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


def _number_key(number: str) -> str:
    """The number as the pipeline compares it to a mention: no spaces, case-folded (the text is
    normalised, so no look-alike letter is left to fold)."""
    return regex.sub(r"\s+", "", number).casefold()


def _doc_type(sentence: Sentence, doc: DocumentMatch) -> str | None:
    found = _DOC_TYPE_BEFORE.search(sentence.text[max(0, doc.start - 40) : doc.start])
    if not found:
        return None
    word = " ".join(found.group("type").split())
    if word.upper() == word:
        return DOC_CODES.get(word)
    return word[0].upper() + word[1:].lower()


def collect_documents(found: list[tuple[Sentence, DocumentMatch]]) -> list[DocGroup]:
    """One group per distinct document, with every mention; short mentions linked to full ones."""
    groups: dict[str, DocGroup] = {}
    shorts: list[tuple[Sentence, DocumentMatch]] = []
    for sentence, doc in found:
        if doc.short is not None:
            shorts.append((sentence, doc))
            continue
        key = _number_key(doc.number)
        group = groups.get(key)
        if group is None:
            code_type = DOC_CODES.get(doc.code or "", _UNKNOWN_TYPE)
            group = groups[key] = DocGroup(doc.number, code_type, doc.year, key=key)
        typed = _doc_type(sentence, doc)
        if typed and group.doc_type == DOC_CODES.get(doc.code or "", _UNKNOWN_TYPE):
            group.doc_type = typed
        group.mentions.append((sentence.start + doc.start, sentence.start + doc.end))
        _date_and_issuer(sentence, doc, group)
    for sentence, doc in shorts:
        span = (sentence.start + doc.start, sentence.start + doc.end)
        doc_type = " ".join((doc.doc_type or "").split())
        doc_type = DOC_CODES.get(doc_type, doc_type[:1].upper() + doc_type[1:].lower())
        target = _full_for_short(groups, doc.short or "", doc_type)
        if target is None:
            key = f"{doc_type}:{int(doc.short or 0)}".casefold()
            target = groups.get(key)
            if target is None:
                target = groups[key] = DocGroup(doc.short or "", doc_type, None, key=key)
                _date_and_issuer(sentence, doc, target)
        target.mentions.append(span)
    out = sorted(groups.values(), key=lambda g: min(g.mentions))
    for group in out:
        group.mentions.sort()
    return out


def _full_for_short(groups: dict[str, DocGroup], short: str, doc_type: str) -> DocGroup | None:
    for group in groups.values():
        lead = regex.match(r"\d+", group.number)
        if group.year is None and ":" in group.key:
            continue
        if lead and int(lead.group(0)) == int(short) and group.doc_type.casefold() == doc_type.casefold():
            return group
    return None


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
                group.issuer = group.issuer or " ".join(before.group("issuer").split())
    if group.issuer is None:
        found = _ISSUER_AFTER.match(after)
        if found:
            group.issuer = " ".join(found.group("issuer").split())


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None
