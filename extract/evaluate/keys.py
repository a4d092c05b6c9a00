"""How gold and predicted items are compared: the keys of the output contract's scorer."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable

from solieu.cues import words
from solieu.evaluate.contract import SCORED_KINDS
from solieu.normalise import SPELLING

# the letters typed for a Vietnamese one they look like (Ð for Đ), from the one spelling the
# patterns run on; spaces and dashes are left alone, as the contract's scorer leaves them
_LOOKALIKES = {k: v for k, v in SPELLING.characters.items() if k.isalpha() and v.isalpha()}


def norm_text(s: object) -> str:
    """Text compared for metadata: NFC, Đ for its look-alike, spaces collapsed, case folded.

    >>> norm_text("  Ðặng  GIANG ") == norm_text("Đặng Giang")
    True
    >>> norm_text(None)
    ''
    """
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", str(s))
    for lookalike, letter in _LOOKALIKES.items():
        s = s.replace(lookalike, letter)
    return " ".join(s.split()).casefold()


_NUMBER_WORDS = tuple(norm_text(w).replace(" ", "") for w in words("evaluate", "document.number_word"))


def norm_number(s: object) -> str:
    """A document number compared without spaces, case or a leading "số".

    >>> norm_number("Số 36-CT/TU") == norm_number("36-ct/tu")
    True
    """
    key = norm_text(s).replace(" ", "")
    word = next((w for w in _NUMBER_WORDS if key.startswith(w)), "")
    return key.removeprefix(word)


def num(x: object) -> float | None:
    """A value as compared: a number rounded to 2 decimals, else None.

    >>> num("4988"), num(96.444), num(None), num("n/a")
    (4988.0, 96.44, None, None)
    """
    try:
        return round(float(x), 2)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def figure_keys(figs: Iterable[dict] | None, kinds_only: bool = True) -> Counter:
    """(kind, value) of the scored figures; with `kinds_only=False`, ("*", value) of all but `other`."""
    keys: Counter = Counter()
    for f in figs or []:
        kind = f.get("kind")
        if kinds_only and kind not in SCORED_KINDS:
            continue
        if not kinds_only and kind == "other":
            continue
        keys[(kind if kinds_only else "*", num(f.get("value")))] += 1
    return keys


def with_alternatives(gold_figs: list[dict], pred_figs: list[dict] | None) -> tuple[Counter, Counter]:
    """Gold and predicted (kind, value) counters, where a gold figure that lists other
    acceptable kinds under `also` takes the kind the prediction gave it. `other` among them
    makes the figure optional: missing it costs nothing, and a gold `other` figure that lists
    a scored kind accepts a prediction of that kind."""
    gold, pred = figure_keys(gold_figs), figure_keys(pred_figs)
    spare = pred - gold
    for f in gold_figs:
        kind, value = f.get("kind"), num(f.get("value"))
        alts = f.get("also") or []
        if kind in SCORED_KINDS:
            if (gold - pred)[(kind, value)] == 0:
                continue
            for alt in alts:
                if alt in SCORED_KINDS and spare[(alt, value)] > 0:
                    spare[(alt, value)] -= 1
                    gold[(kind, value)] -= 1
                    gold[(alt, value)] += 1
                    break
            else:
                if "other" in alts:
                    gold[(kind, value)] -= 1
        else:
            for alt in alts:
                if alt in SCORED_KINDS and spare[(alt, value)] > 0:
                    spare[(alt, value)] -= 1
                    gold[(alt, value)] += 1
                    break
    return +gold, pred


def ratio_key(r: dict) -> tuple:
    """A fraction is matched on numerator and denominator, a bare percent on its value.

    >>> ratio_key({"numerator": 386, "denominator": 478, "percent": 73})
    ('fraction', 386.0, 478.0)
    >>> ratio_key({"percent": 96.44})
    ('percent', 96.4)
    """
    n, d = num(r.get("numerator")), num(r.get("denominator"))
    if n is not None and d is not None:
        return ("fraction", n, d)
    p = num(r.get("percent"))
    return ("percent", None if p is None else round(p, 1))


def ratio_keys(ratios: Iterable[dict] | None) -> Counter:
    return Counter(ratio_key(r) for r in ratios or [])


def doc_keys(docs: Iterable[dict] | None) -> Counter:
    return Counter({norm_number(d.get("number")): 1 for d in docs or [] if d.get("number")})


def check_key(c: dict, gold: bool) -> tuple:
    """(rule, status, reference): the gold's `key` against the prediction's `stated` or `subject`."""
    rule = c.get("rule")
    ref = c.get("key") if gold else c.get("stated")
    if rule in ("sum", "list_count"):
        ref = num(ref)
    elif rule == "ratio_percent":
        value = num(ref)
        ref = None if value is None else round(value, 1)
    elif rule == "doc_date":
        ref = norm_number(ref if gold else c.get("subject"))
    elif rule == "weekday":
        ref = str(ref if gold else c.get("subject"))[:10]
    return (rule, c.get("status"), ref)
