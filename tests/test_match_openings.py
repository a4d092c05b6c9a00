"""The matcher tries a rule's regex only where its matches can begin (`solieu.openings`), and not in a
sentence that lacks a word all its matches hold (`solieu.needs`); every rule must find exactly what
scanning every position of every sentence finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import solieu.match as match
from solieu.match import DOCUMENT_RULES, FIGURE_RULES, MASK_RULES, PERIOD_RULES, RATIO_RULES, Scan, scan_rule
from solieu.needs import holds, needs
from solieu.openings import search_for
from solieu.prefixes import DIGIT_RUN
from solieu.rules import Rule

RULES = [*FIGURE_RULES, *MASK_RULES, *RATIO_RULES, *DOCUMENT_RULES, *PERIOD_RULES]
SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"


def _texts() -> list[str]:
    """Every rule's sentences, and the lines of the sample articles."""
    texts = [e.text for rule in RULES for e in rule.examples] + [t for rule in RULES for t in rule.counter_examples]
    for path in sorted(SAMPLES.glob("*.txt")):
        texts += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts + [t.upper() for t in texts[:200]] + ["Năm ſ 2020 có 57 lớp", "İ 12 cán bộ năm 2019"]


def _found(rule: Rule, texts: list[str]) -> list[list[tuple[int, int]]]:
    any_sentence = rule in FIGURE_RULES
    return [
        [
            (c.start, c.end)
            for c in scan_rule(rule, Scan(t, match._DIGIT.search(t) is not None), any_sentence=any_sentence)
        ]
        for t in texts
    ]


def test_some_rules_are_tried_at_openings() -> None:
    assert sum(match._openings(r.pattern) is not None for r in RULES) >= 5
    assert sum(match._openings(r.prefilter) is not None for r in RULES) >= 15


@pytest.mark.parametrize(
    "rule", [r for r in RULES if match._openings(r.pattern) or match._openings(r.prefilter)], ids=lambda r: r.id
)
def test_a_rule_tried_at_openings_finds_what_a_full_scan_finds(rule: Rule, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    fast = _found(rule, texts)
    monkeypatch.setattr(match, "_openings", lambda pattern: None)
    assert fast == _found(rule, texts)


# A rule is not scanned in a sentence that lacks a word all its matches hold (`solieu.needs`).
NEEDING = [r for r in RULES if match._needs(r.pattern) and not r.anchored]


def test_some_rules_need_words() -> None:
    assert len(NEEDING) >= 10


@pytest.mark.parametrize("rule", NEEDING, ids=lambda r: r.id)
def test_a_rule_left_out_where_its_words_lack_finds_what_a_scan_finds(
    rule: Rule, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts()
    fast = _found(rule, texts)
    monkeypatch.setattr(match, "_PLANS", {})
    monkeypatch.setattr(match, "_needs", lambda pattern: ())
    assert fast == _found(rule, texts)


@pytest.mark.parametrize("rule", NEEDING, ids=lambda r: r.id)
def test_every_example_holds_the_words_its_rule_needs(rule: Rule) -> None:
    wanted = match._needs(rule.pattern)
    for example in rule.examples:
        assert holds(example.text.lower(), wanted), (rule.id, example.text, wanted)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\d+\s+(?:triệu|tỷ|tỉ)", (("triệu", "tỉ", "tỷ"),)),  # the parser's shared "t" read back into each word
        (r"(?-i:Đ)ảng\s+viên", (("đ",), ("ảng",), ("viên",))),  # a part that heeds the case: found lowercased too
        (r"(?<=vốn\s)\d+", (("vốn",),)),  # a positive lookbehind reads the text too
        (r"(?<!vốn\s)\d+|\d+(?!\s*%)", ()),  # a negative one, and an alternative that needs nothing
        (r"[[a-z]--[b]]\d", ()),  # a set operation of the regex module: nothing read, nothing needed
        (r"\d+(?:\s+người){1,2}", (("người",),)),
    ],
)
def test_needs(pattern: str, expected: tuple[tuple[str, ...], ...]) -> None:
    assert needs(pattern) == expected


@pytest.mark.parametrize(
    "text",
    ["Ngày 21/7/2009, 12 cán bộ", "1.200 và 35", "Khóa XII: 7 lớp, 2019-2020", "không có số nào", "٣٤ và 5"],
)
def test_the_openings_of_a_run_of_digits_are_the_first_digit_of_each_run(text: str) -> None:
    # the digit is tried first and the look behind after it, so the search skips to digits in C
    openings = search_for({DIGIT_RUN})
    assert [m.start() for m in openings.finditer(text.lower())] == [
        m.start() for m in re.finditer(r"(?<!\d)\d", text.lower())
    ]


def test_the_starts_of_numbers_sought_at_openings_are_those_of_a_full_scan() -> None:
    # numbers in words and the qualifiers before numbers are sought where their words can begin
    texts = _texts()
    fast = [match.number_starts(t, match.lowered_for_openings(t)) for t in texts]
    assert fast == [match.number_starts(t) for t in texts]
    qualified = [
        s
        for t, found in zip(texts, fast, strict=True)
        for s in found
        if not match._DIGIT_AT.match(t, s) and not match._WORD_AT.match(t, s)
    ]
    assert len(qualified) > 50  # "hơn 200", "khoảng 1.000": starts at the qualifier, not the number
