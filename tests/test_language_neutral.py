"""The engine holds no Vietnamese: every word, number word and cue phrase lives in patterns/.

A string literal of the package (docstrings aside) may hold no Vietnamese letter and no
lower-case word of the vocabulary spelt in plain ASCII ("theo", "trong", "hai"); comments and
docstrings may quote the language, since they explain it.
"""

from __future__ import annotations

import ast
import unicodedata
from pathlib import Path

import pytest
import regex

from solieu.cues import cue_files, load_cues
from solieu.rules import GROUPS, VOCABULARY

PACKAGE = Path(__file__).resolve().parents[1] / "extract"
FILES = sorted(PACKAGE.rglob("*.py"))
_WORD = regex.compile(r"(?<![\p{L}\\])[a-z]{2,}(?![\p{L}])")
# ASCII words of the vocabulary that are also English or units, common in messages and help
_ENGLISH = frozenset({"an", "can", "so", "top", "km", "ban", "tin", "con", "ha", "du", "tu", "sa", "ra"})


def _vocabulary_ascii_words() -> frozenset[str]:
    words: set[str] = set()
    phrases = [w for group in GROUPS.values() for w in group]
    phrases += [*VOCABULARY.number_words.digits, *VOCABULARY.number_words.scales, *VOCABULARY.number_words.tens]
    phrases += [w for name in cue_files() for entry in load_cues(name).words.values() for w in entry.words]
    for phrase in phrases:
        if "\\" in phrase or "(?" in phrase:
            continue  # a regex of the vocabulary, not a word
        for word in phrase.split():
            if word.isascii() and word.isalpha() and word.islower() and word not in _ENGLISH:
                words.add(word)
    return frozenset(words)


ASCII_WORDS = _vocabulary_ascii_words()


def _is_vietnamese(ch: str) -> bool:
    if ch.isascii():
        return False
    category = unicodedata.category(ch)
    if category == "Mn":
        return True  # a combining tone mark
    return category.startswith("L") and "LATIN" in unicodedata.name(ch, "")


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def language_in(path: Path) -> list[str]:
    """Each string literal of a file that spells Vietnamese, with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    out = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in skip:
            continue
        text = node.value
        letters = sorted({ch for ch in text if _is_vietnamese(ch)})
        words = sorted({w for w in _WORD.findall(text) if w in ASCII_WORDS})
        if letters or words:
            out.append(f"{path.name}:{node.lineno}: {text[:60]!r} ({''.join(letters)} {words})")
    return out


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_vietnamese_in_the_engine(path: Path) -> None:
    found = language_in(path)
    assert not found, "Vietnamese belongs in patterns/:\n" + "\n".join(found)


def test_the_scan_sees_a_vietnamese_literal(tmp_path: Path) -> None:
    """The scan finds words with and without diacritics, and leaves docstrings alone."""
    sample = tmp_path / "sample.py"
    sample.write_text('"""Trong đó: quoted."""\nA = "trong đó"\nB = r"\\s+theo\\s+"\nC = "x"\n', encoding="utf-8")
    found = language_in(sample)
    assert [f.split(":")[1] for f in found] == ["2", "3"]
