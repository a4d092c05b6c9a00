"""Every cue of patterns/cues/ proves itself on the real sentences it carries, and the data
files refuse a typo at load, naming the file and the entry."""

from __future__ import annotations

import pytest

from solieu.cues import Cue, CueFile, cue_files, load_cues
from solieu.normalise import normalise
from solieu.rules import DataFileError, RuleFile, load_data

CUES = [(name, c) for name in cue_files() for c in load_cues(name).cue]


def _cases(field: str) -> list[tuple[str, Cue, int]]:
    return [(f"{c.id}:{i}", c, i) for _, c in CUES for i in range(len(getattr(c, field)))]


@pytest.mark.parametrize(("case", "c", "i"), _cases("examples"), ids=lambda x: x if isinstance(x, str) else "")
def test_cue_finds_its_example(case: str, c: Cue, i: int) -> None:
    example = c.examples[i]
    found = [m.group(0).strip() for m in c.compiled().finditer(normalise(example.text).text)]
    assert found, f"{case}: nothing found in {example.text!r}"
    if example.match is not None:
        assert normalise(example.match).text.strip() in found, f"{case}: {example.match!r} not among {found}"


@pytest.mark.parametrize(("case", "c", "i"), _cases("counter_examples"), ids=lambda x: x if isinstance(x, str) else "")
def test_cue_ignores_its_counter_example(case: str, c: Cue, i: int) -> None:
    text = normalise(c.counter_examples[i]).text
    assert c.compiled().search(text) is None, f"{case}: found {c.compiled().search(text)} in {text!r}"


@pytest.mark.parametrize(
    ("case", "key", "name"),
    [(f"{name}:{key}", key, name) for name in cue_files() for key in load_cues(name).words],
    ids=lambda x: x if ":" in x else "",
)
def test_word_list_example_holds_one_of_its_words(case: str, key: str, name: str) -> None:
    entry = load_cues(name).words[key]
    sentence = normalise(entry.example).text.casefold()
    assert any(normalise(w).text.casefold() in sentence for w in entry.words), f"{case}: {entry.example!r}"


def test_every_cue_file_holds_something() -> None:
    assert cue_files(), "patterns/cues/ holds no file"
    for name in cue_files():
        data = load_cues(name)
        assert data.cue or data.words, f"patterns/cues/{name}.toml is empty"


def _write(tmp_path, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / name).write_text(text, encoding="utf-8")


@pytest.fixture
def patterns_dir(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A patterns folder of the test's own, read instead of the installed one."""
    from importlib import resources

    real = resources.files
    monkeypatch.setattr(resources, "files", lambda package: tmp_path if package == "solieu.patterns" else real(package))
    return tmp_path


def test_a_rule_with_an_unknown_kind_fails_at_load(patterns_dir) -> None:  # type: ignore[no-untyped-def]
    _write(
        patterns_dir,
        "typo.toml",
        """[[rule]]
id = "kind.typo"
yields = "context"
kind = "learner"
applies_to = ["officials"]
pattern = 'tập huấn cho\\s*$'
note = "a typo in the kind"
examples = [{ text = "tập huấn cho 120 cán bộ", match = "120 cán bộ" }]
""",
    )
    with pytest.raises(DataFileError, match=r"patterns/typo\.toml: rule 'kind\.typo' field kind"):
        load_data("typo.toml", RuleFile)


def test_a_rule_with_an_unknown_noun_class_fails_at_load(patterns_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from solieu import rules

    _write(
        patterns_dir,
        "typo.toml",
        """[[rule]]
id = "kind.typo"
yields = "context"
kind = "learners"
applies_to = ["oficials"]
pattern = 'tập huấn cho\\s*$'
note = "a typo in a noun class"
examples = [{ text = "tập huấn cho 120 cán bộ", match = "120 cán bộ" }]
""",
    )
    monkeypatch.setattr(rules, "noun_classes", lambda: {"officials": None})
    rules.load_rules.cache_clear()
    with pytest.raises(
        DataFileError, match=r"patterns/typo\.toml: rule 'kind\.typo': unknown noun class \['oficials'\]"
    ):
        rules.load_rules("typo.toml")
    rules.load_rules.cache_clear()


def test_a_cue_file_with_an_unknown_key_fails_at_load(patterns_dir) -> None:  # type: ignore[no-untyped-def]
    (patterns_dir / "cues").mkdir()
    _write(
        patterns_dir / "cues",
        "typo.toml",
        """[[cue]]
id = "typo.opener"
pattern = 'trong\\s+đó'
note = "a typo in a field name"
exmples = [{ text = "Trong đó, 12 đảng viên" }]
""",
    )
    load_cues.cache_clear()
    with pytest.raises(DataFileError, match=r"patterns/cues/typo\.toml: cue 'typo\.opener' field (exmples|examples)"):
        load_cues("typo")
    load_cues.cache_clear()


def test_cue_file_model_refuses_an_unknown_section() -> None:
    with pytest.raises(ValueError, match="cues"):
        CueFile.model_validate({"cues": []})
