"""One canonical key per referenced document, the same for every spelling of its number
(TYPECODE-NUMBER[/YEAR]/ISSUER: "05 - CT/TW", "05-CT/T.Ư" → "CT-05/TW"), so that tables group a
document's mentions across articles; and an issuer bounded to the name of a body."""

from __future__ import annotations

import regex

from solieu.cues import cue
from solieu.rules import VOCAB

DOC_CODES: dict[str, str] = VOCAB["doc_codes"]
ISSUER_CODES: dict[str, str] = VOCAB["issuer_codes"]
# the code of a type of document; the first code listed wins where two name one type
TYPE_CODES: dict[str, str] = {}
for _code, _type in DOC_CODES.items():
    TYPE_CODES.setdefault(_type.casefold(), _code)

_ISSUER_END = cue("documents", "doc.issuer_end")
_ISSUER_WORDS = 10  # longer than the longest body's name in the corpus: a sentence, not a name
_PARTY = regex.compile(r"(?P<n>\d+\p{Ll}?)\s*-\s*(?P<code>\p{Lu}\p{L}*)\s*/\s*(?P<rest>.+)")
_STATE = regex.compile(
    r"(?P<n>\d+\p{Ll}?)\s*(?:/\s*(?:(?P<year>(?:19|20)\d\d)\s*/\s*)?|-\s*(?P<year>(?:19|20)\d\d)\s*/\s*)(?P<rest>.+)"
)


def type_code(doc_type: str) -> str:
    """The code of a type of document ("Chỉ thị" → CT); a type with no code keeps its name."""
    return TYPE_CODES.get(doc_type.casefold(), doc_type)


def _issuer_part(text: str) -> str:
    """The issuer inside a number, spaces and dots dropped, its spellings made one (T.Ư → TW)."""
    parts = [regex.sub(r"[\s.]+", "", p) for p in regex.split(r"\s*[/-]\s*", text.strip())]
    return "-".join(ISSUER_CODES.get(p, p) for p in parts if p)


def full_key(number: str, code: str | None, doc_type: str) -> str:
    """The key of a full number: the code of its type (of the type written before it, as a short
    mention's is, so "Quy định 102-QĐ/TW" and "Quy định 102" agree; else the number's code), the
    number's digits as printed, its year, and its issuer."""
    party = _PARTY.fullmatch(number.strip())
    if party:
        body = "/".join(_issuer_part(p) for p in party.group("rest").split("/"))
        return f"{_head(party.group('code'), doc_type)}-{party.group('n')}/{body}"
    state = _STATE.fullmatch(number.strip())
    if not state:
        return regex.sub(r"\s+", "", number)
    parts = [p for p in regex.split(r"\s*-\s*", state.group("rest").strip()) if p]
    if code and parts[0] in DOC_CODES:
        head, issuer = _head(parts[0], doc_type), parts[1:]
    elif code and parts[0].startswith(code) and code in DOC_CODES:  # 22/2008/QH12: the code names the body
        head, issuer = _head(code, doc_type), parts
    else:
        head, issuer = type_code(doc_type), parts
    year = f"/{state.group('year')}" if state.group("year") else ""
    return f"{head}-{state.group('n')}{year}/{_issuer_part('-'.join(issuer))}"


def _head(code: str, doc_type: str) -> str:
    if doc_type.casefold() in TYPE_CODES or code not in DOC_CODES:
        return type_code(doc_type)
    return code


def short_key(short: str, doc_type: str) -> str:
    """The key of a document known only by a short mention: its type's code and number."""
    return f"{type_code(doc_type)}-{short}"


def bounded_issuer(found: str | None) -> str | None:
    """The issuer as the name of a body: cut at the first clause break, date or verb; None when
    what is left is empty or too long to be a name."""
    if found is None:
        return None
    end = _ISSUER_END.search(found)
    name = " ".join((found[: end.start()] if end else found).split())
    if not name or len(name.split()) > _ISSUER_WORDS:
        return None
    return name
