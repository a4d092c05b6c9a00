"""Word boundaries read from a stretch of a sentence are those of the whole sentence: the
number-word check segments only `WORD_WINDOW` characters either side of a number word."""

from __future__ import annotations

import gzip
import json

import pytest
import regex

from solieu.normalise import normalise
from solieu.numbers import NUMBER_WORDS
from solieu.rules import alternation
from solieu.segment import WORD_WINDOW, Sentence, split_sentences
from tests.corpus_texts import CORPUS

_NUMBER_WORD = regex.compile(r"(?<![\p{L}])" + alternation(list(NUMBER_WORDS)) + r"(?![\p{L}])", regex.IGNORECASE)
LONG = 2 * WORD_WINDOW + 40  # sentences long enough that a stretch is not the whole
MOST = 400  # sentences tried: a few seconds of segmentation


def long_sentences() -> list[Sentence]:
    path = CORPUS / "news-topic-restored.jsonl.gz"
    if not path.exists():
        pytest.skip(f"{path} is absent: the corpus tests need ../shared beside the checkout")
    found: list[Sentence] = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            text = normalise(json.loads(line)["text"]).text
            found += [
                s
                for s in split_sentences(text, 0, len(text), paragraph=0, first_index=0)
                if len(s.text) > LONG and _NUMBER_WORD.search(s.text)
            ]
            if len(found) >= MOST:
                break
    return found[:MOST]


def test_a_stretch_gives_the_words_of_the_whole_sentence() -> None:
    tried = windowed = 0
    for sentence in long_sentences():
        whole = Sentence(sentence.start, sentence.end, sentence.text, sentence.index, sentence.paragraph)
        whole.words()
        for m in _NUMBER_WORD.finditer(sentence.text):
            assert sentence.word_at(m.start()) == whole.word_at(m.start()), (sentence.text, m.group())
            tried += 1
        windowed += bool(sentence._windows)
    assert tried > 500 and windowed > 100, (tried, windowed)


def test_a_short_sentence_is_segmented_whole() -> None:
    # corpus/samples/004_69a1bdd2d02df8a3.txt, up to the list's second name: a stretch of
    # `WORD_WINDOW` either side of the count is the whole sentence
    text = "công nhận năm xã: Thái Ðào, Dương Ðức"
    assert len(text) <= text.index("năm") + WORD_WINDOW
    sentence = Sentence(0, len(text), text, 0, 0)
    assert sentence.word_at(text.index("năm")) == (10, 13)
    assert sentence._words is not None and not sentence._windows


def test_a_longer_sentence_is_segmented_around_the_word() -> None:
    # corpus/samples/004_69a1bdd2d02df8a3.txt
    text = "công nhận năm xã: Thái Ðào, Dương Ðức, Hương Sơn (huyện Lạng Giang), xã Ngọc Vân (huyện Tân Yên)"
    sentence = Sentence(0, len(text), text, 0, 0)
    assert sentence.word_at(text.index("năm")) == (10, 13)
    assert sentence._words is None and sentence._windows
