"""Every rule in patterns/ proves itself on the real sentences it carries.

The examples come from the seed articles and the corpus articles that motivated each rule:
a rule must match its examples (and, for figures, yield the stated value and kind through the
whole pipeline) and must not match its counter-examples.
"""

from __future__ import annotations

import time

import pytest
import regex

from solieu import extract_article
from solieu.match import Candidate, resolve_overlaps, run_rule
from solieu.normalise import normalise
from solieu.rules import (
    GROUPS,
    RULE_FILES,
    Rule,
    all_rules,
    alternation,
    compile_group,
    compile_pattern,
    expand,
    load_rules,
)

RULES = all_rules()


def _cases(kind: str) -> list[tuple[str, Rule, int]]:
    out = []
    for _, rule in RULES:
        items = rule.examples if kind == "examples" else rule.counter_examples
        out += [(f"{rule.id}:{i}", rule, i) for i in range(len(items))]
    return out


def _found(rule: Rule, text: str) -> list[str]:
    return [c.text for c in run_rule(rule, normalise(text).text)]


@pytest.mark.parametrize(("case", "rule", "i"), _cases("examples"), ids=lambda x: x if isinstance(x, str) else "")
def test_rule_matches_its_example(case: str, rule: Rule, i: int) -> None:
    example = rule.examples[i]
    text = normalise(example.text).text
    if rule.yields == "context":
        article = extract_article(example.text, doc_id=case)
        assert any(f.value == example.value and f.kind == example.kind for f in article.figures), (
            f"{case}: no {example.kind} figure of {example.value} in {[(f.kind, f.value) for f in article.figures]}"
        )
        return
    surfaces = _found(rule, example.text)
    assert normalise(example.match).text in surfaces, f"{case}: {example.match!r} not among {surfaces}"
    if rule.yields == "figure" and example.value is not None:
        article = extract_article(example.text, doc_id=case)
        values = [f.value for f in article.figures]
        assert example.value in values, f"{case}: value {example.value} not among {values} in {text!r}"


@pytest.mark.parametrize(
    ("case", "rule", "i"), _cases("counter_examples"), ids=lambda x: x if isinstance(x, str) else ""
)
def test_rule_ignores_its_counter_example(case: str, rule: Rule, i: int) -> None:
    text = rule.counter_examples[i]
    if rule.yields == "context":
        kinds = [f.kind for f in extract_article(text, doc_id=case).figures]
        assert rule.kind not in kinds, f"{case}: {rule.kind} found in {text!r}"
        return
    assert _found(rule, text) == [], f"{case}: matched {_found(rule, text)} in {text!r}"


@pytest.mark.parametrize("name", RULE_FILES)
def test_every_rule_file_loads_and_has_examples(name: str) -> None:
    rules = load_rules(name)
    assert rules, f"{name} holds no rule"
    assert all(r.examples for r in rules)


def test_empty_vocabulary_group_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        alternation([])


def test_unknown_vocabulary_group_is_refused() -> None:
    with pytest.raises(KeyError, match="unknown vocabulary group"):
        compile_pattern(r"\d+\s+{{no_such_group}}")


def test_overlaps_resolved_longest_then_priority_then_earliest() -> None:
    """'4.286 lượt cán bộ' is learners (longest), not officials; equal spans go to priority."""
    by_id = {r.id: r for _, r in RULES}
    text = "thu hút 4.286 lượt cán bộ bồi dưỡng"
    candidates = [c for rid in ("count.learners", "count.any", "count.bare") for c in run_rule(by_id[rid], text)]
    chosen = resolve_overlaps(candidates)
    assert [(c.rule.id, c.text) for c in chosen] == [("count.learners", "4.286 lượt cán bộ")]
    a = Candidate(by_id["count.any"], 0, 5, "33 lớp", {})
    b = Candidate(by_id["count.classes"], 0, 5, "33 lớp", {})
    c = Candidate(by_id["count.classes"], 10, 15, "12 lớp", {})
    assert resolve_overlaps([a, c, b]) == [b, c]


@pytest.mark.parametrize("refused", ["count.learners", "count.any", "count.bare"])
def test_a_refused_candidate_blocks_nothing(refused: str) -> None:
    """The test given to `resolve_overlaps` is asked lazily; the choice is that of filtering first,
    and a candidate that overlaps a chosen one is never tested (its word segmentation is spared)."""
    by_id = {r.id: r for _, r in RULES}
    text = "thu hút 4.286 lượt cán bộ bồi dưỡng"
    candidates = [c for rid in ("count.learners", "count.any", "count.bare") for c in run_rule(by_id[rid], text)]
    asked: list[str] = []

    def keep(c: Candidate) -> bool:
        asked.append(c.rule.id)
        return c.rule.id != refused

    lazy = resolve_overlaps(candidates, keep)
    assert lazy == resolve_overlaps([c for c in candidates if c.rule.id != refused])
    assert lazy and asked[-1] == lazy[-1].rule.id  # nothing asked once the span was taken


@pytest.mark.slow
@pytest.mark.parametrize("size", [5_000, 50_000])
def test_patterns_survive_hostile_text(size: int) -> None:
    """Long runs of digits, dots and slashes must not make any rule backtrack for long."""
    hostile = [
        "1." * size,
        "1/" * size + "x",
        ("12 " * size) + "lớp",
        "Nghị quyết số " + "1-" * size,
        ("a" * size) + " 5 " + ("b" * size),
        "(" * size + "2 đảng viên",
    ]
    started = time.perf_counter()
    for text in hostile:
        article = extract_article(text, doc_id="hostile")
        assert article.doc_id == "hostile"
    assert time.perf_counter() - started < 60


def test_number_word_inside_a_compound_is_not_a_count() -> None:
    """'Hằng năm cán bộ …' is 'every year', not five cadres; 'năm xã' is five communes."""
    yearly = extract_article("Hằng năm cán bộ được cử đi học các lớp bồi dưỡng.", doc_id="a")
    assert all(f.value != 5 for f in yearly.figures)
    five = extract_article("Tỉnh đã công nhận năm xã: Thái Đào, Dương Đức, Hương Sơn, Ngọc Vân và Bố Hạ.", doc_id="b")
    assert [(f.value, f.noun) for f in five.figures] == [(5, "xã")]


def test_vocabulary_alternation_prefers_longest() -> None:
    pattern = regex.compile(alternation(["cán bộ", "cán bộ chủ chốt"]))
    assert pattern.match("cán bộ chủ chốt cấp xã").group(0) == "cán bộ chủ chốt"


def _multi_folds() -> set[str]:
    """Every character whose full case folding is several characters, and what it folds to."""
    out = set()
    for code in range(0x110000):
        char = chr(code)
        folded = char.casefold()
        if len(folded) > 1:
            out |= {char, folded}
    return out


def test_groups_need_no_full_case_folding() -> None:
    """`compile_group` and `compile_pattern` fold case simply: the same matches as full folding
    only while no word of the vocabulary holds a character that folds to several ("ß") or a
    sequence one folds to ("ss", "fi"); lower-casing a group for its trie keeps its length."""
    multi = _multi_folds()
    syntax = regex.compile(r"\{\{\w+\}\}|\\p\{\w+\}|\\.")  # a group named, a property, an escape
    offending = sorted(
        (name, word)
        for name, words in GROUPS.items()
        for word in words
        if any(seq in syntax.sub(" ", word).casefold() for seq in multi) or len(word.lower()) != len(word)
    )
    assert offending == []


@pytest.mark.parametrize("name", ["programmes", "breakdown_open", "label_words", "n_officials"])
def test_a_group_compiled_as_a_trie_finds_what_its_alternation_finds(name: str) -> None:
    """The trie of `compile_group` matches the spans the plain alternation matched, on real
    sentences of the rules' examples, whatever the case of the text."""
    plain = regex.compile(
        r"(?<![\p{L}\d])" + expand(alternation(GROUPS[name])) + r"(?![\p{L}\d])", regex.IGNORECASE | regex.V1
    )
    texts = [e.text for _, rule in RULES for e in rule.examples]
    texts += [t.upper() for t in texts] + [" ".join(GROUPS[name])]
    spans = [[m.span() for m in plain.finditer(t)] for t in texts]
    assert [[m.span() for m in compile_group(name).finditer(t)] for t in texts] == spans
    assert any(spans)


@pytest.mark.parametrize("name", RULE_FILES)
def test_rules_compiled_with_tries_match_as_with_alternations(name: str) -> None:
    """`compile_pattern` writes groups of words as tries: every rule finds the same matches, groups
    and all, as with the plain alternations, on the real sentences of every rule, as printed and
    in capitals."""
    texts = [normalise(e.text).text for _, rule in RULES for e in rule.examples]
    texts += [t.upper() for t in texts]
    for rule in load_rules(name):
        plain = regex.compile("(?-f)" + expand(rule.pattern), regex.IGNORECASE | regex.VERBOSE | regex.V1)
        for text in texts:
            expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in rule.compiled().finditer(text)] == expected, (rule.id, text)


def test_the_nouns_a_context_rule_reads_are_nouns_of_its_classes() -> None:
    """A context rule limited to some nouns ('trường hợp' of persons) names words the figure rules count with
    its classes, as the engine compares them (lower case, single spaces): a misspelt noun would never apply."""
    from solieu.rules import GROUPS

    for rule in load_rules("kinds.toml"):
        known = {" ".join(w.casefold().split()) for c in rule.applies_to for w in GROUPS.get(f"n_{c}", [])}
        assert set(rule.nouns) <= known, f"{rule.id}: {sorted(set(rule.nouns) - known)} not nouns of {rule.applies_to}"
