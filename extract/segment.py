"""Sentences and words from underthesea, mapped back to offsets.

underthesea returns strings, never offsets, and may re-space what it returns; each word is
aligned to the sentence, ignoring white space. Sentences are split by underthesea's rules
(`solieu.sentence_split`, spans directly), cheaply, and only in paragraphs that hold a digit or
a number word. Word segmentation is expensive (about 25 articles/s) and runs only on the
sentences where a rule asks for word boundaries, once per sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

import regex
from pydantic import BaseModel, ConfigDict

from solieu.numbers import NUMBER_WORDS
from solieu.openings import first, lowered_for_openings, search_for
from solieu.prefixes import DIGIT, DIGIT_RUN, Underivable, starts
from solieu.rules import alternation, compile_pattern, load_data
from solieu.sentence_split import split_spans

_NON_SPACE = regex.compile(r"[^\s\x1c-\x1f]")  # what str.strip keeps
_NUMBER_WORD_PATTERN = r"(?<![\p{L}])" + alternation(list(NUMBER_WORDS)) + r"(?![\p{L}])"
_NUMBER_WORD = regex.compile(_NUMBER_WORD_PATTERN, regex.IGNORECASE)
_ANY_DIGIT = regex.compile(r"\d")
_STDLIB_DIGIT = re.compile(r"\d")  # each of its digits is one of the regex module's \d (not the reverse)
# a currency sign printed before an amount that ends in a dot ("Rs. 20", [currencies] of the
# vocabulary): the sentence splitter takes its dot for a full stop
_SIGN_BEFORE_AMOUNT = compile_pattern(r"(?<![\p{L}\d])(?:{{currency_before}})(?<=\.)$")


@dataclass
class Sentence:
    """One sentence: its span in the normalised text and its text for matching."""

    start: int
    end: int
    text: str
    index: int
    paragraph: int
    _words: list[tuple[int, int]] | None = field(default=None, repr=False)
    _windows: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict, repr=False, compare=False)

    def words(self) -> list[tuple[int, int]]:
        """Word spans (relative to the sentence), from underthesea, computed on first use."""
        if self._words is None:
            self._words = align(self.text, _word_tokenize(self.text))
        return self._words

    def word_at(self, pos: int) -> tuple[int, int] | None:
        """The segmenter's word that holds `pos`, by bisection (words are in order; a flattened
        table is one sentence of thousands of words). Unless the whole sentence is segmented
        already, only the stretch around `pos` is (`WORD_WINDOW`): the segmenter's cost grows with
        the text, and a word that far inside the stretch is the one the whole sentence gives."""
        words = self._words if self._words is not None else self._words_around(pos)
        i = bisect.bisect_right(words, (pos, len(self.text) + 1)) - 1
        if i >= 0 and words[i][0] <= pos < words[i][1]:
            return words[i]
        return None

    def _words_around(self, pos: int) -> list[tuple[int, int]]:
        """Word spans (relative to the sentence) of the stretch from `WORD_WINDOW` characters
        before `pos` to as many after it, widened to white space so no word is cut."""
        text = self.text
        start = _space_before(text, pos - WORD_WINDOW)
        end = _space_after(text, pos + WORD_WINDOW)
        if start == 0 and end == len(text):
            return self.words()
        found = self._windows.get((start, end))
        if found is None:
            found = [(a + start, b + start) for a, b in align(text[start:end], _word_tokenize(text[start:end]))]
            self._windows[(start, end)] = found
        return found


# underthesea's word tagger reads a few syllables either side of each: a word this many characters
# from both ends of a stretch is segmented as in the whole sentence (tests/test_segment_window.py
# holds it to that on the corpora; on 4,000 long sentences of the news sample, 5,765 number words,
# not one differs even at 20). The segmenter's cost is most of the matcher's where it runs, and
# grows with the stretch: 30 costs a third less than 50, and keeps a margin above 20.
WORD_WINDOW = 30


def _space_before(text: str, pos: int) -> int:
    """Where the word that holds `pos` begins, at or after the start of `text`."""
    if pos <= 0:
        return 0
    while pos > 0 and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _space_after(text: str, pos: int) -> int:
    """Where the word that holds `pos` ends, at or before the end of `text`."""
    n = len(text)
    if pos >= n:
        return n
    while pos < n and not text[pos].isspace():
        pos += 1
    return pos


def has_candidate(text: str) -> bool:
    """Whether a paragraph could hold a figure at all: a digit or a number word.

    A digit, the common case, is found by the stdlib's scan in C; the number words are then
    tried only where one can begin (`solieu.openings`), and last any digit the stdlib does not
    know: what one search of a digit or a number word finds, for less."""
    if _STDLIB_DIGIT.search(text) is not None:
        return True
    lowered = lowered_for_openings(text)
    openings = _number_word_openings() if lowered is not None else None
    if openings is not None:
        assert lowered is not None
        word = first(_NUMBER_WORD, openings, text, lowered, 0, len(text))
    else:
        word = _NUMBER_WORD.search(text)
    return word is not None or _ANY_DIGIT.search(text) is not None


@cache
def _number_word_openings() -> re.Pattern[str] | None:
    """Where a number word can begin, as a stdlib search in lowercased text (None: anywhere)."""
    try:
        begins = starts(_NUMBER_WORD_PATTERN)
    except Underivable:
        return None
    return None if DIGIT in begins or DIGIT_RUN in begins else search_for(begins)


class Paragraphs:
    """An article's extracted paragraphs, each split into sentences once: the segment stage splits
    those that could hold a figure, and the link stage reads on into the next ones from the same
    split when a count announces what follows."""

    def __init__(self, text: str, blocks: list[tuple[int, int]]) -> None:
        self.text = text
        self.blocks = blocks
        self._split: dict[int, list[Sentence]] = {}

    def sentences(self, k: int, *, first_index: int = 0) -> list[Sentence]:
        """The sentences of paragraph `k`, numbered from `first_index` on the first call."""
        if k not in self._split:
            start, end = self.blocks[k]
            self._split[k] = split_sentences(self.text, start, end, paragraph=k, first_index=first_index)
        return self._split[k]

    def following(self, pos: int, most: int) -> list[tuple[int, int]]:
        """Up to `most` sentence spans after `pos`: the rest of its paragraph, then the next ones."""
        out: list[tuple[int, int]] = []
        for k, (start, end) in enumerate(self.blocks):
            if end < pos:
                continue
            if _NON_SPACE.search(self.text, max(start, pos), end):
                sentences = self.sentences(k)
                first = bisect.bisect_left(sentences, pos, key=lambda s: s.start)  # a long paragraph: no scan
                out += [(s.start, s.end) for s in sentences[first : first + most - len(out)]]
            if len(out) >= most:
                break
        return out[:most]

    def next_start(self, pos: int) -> int:
        """Where the text that follows `pos` starts: further in its paragraph, else at the next one."""
        for start, end in self.blocks:
            if end < pos:
                continue
            found = _NON_SPACE.search(self.text, max(start, pos), end)
            if found:
                return found.start()
        return len(self.text)


def split_sentences(text: str, start: int, end: int, *, paragraph: int, first_index: int) -> list[Sentence]:
    """Sentences of the paragraph `text[start:end]`, with hard line breaks read as spaces."""
    chunk = text[start:end].replace("\n", " ")
    out = []
    for i, (s, e) in enumerate(_sentence_spans(chunk)):
        out.append(Sentence(start + s, start + e, chunk[s:e], first_index + i, paragraph))
    return out


def align(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Spans of `pieces` in `text`, in order, ignoring differences in white space.

    >>> align("386/478 CBCC, chiếm 73%", ["386 / 478", "CBCC", ",", "chiếm", "73", "%"])
    [(0, 7), (8, 12), (12, 13), (14, 19), (20, 22), (22, 23)]
    """
    spans = []
    pos = 0
    n = len(text)
    for piece in pieces:
        bare = piece.strip()
        if not bare:
            continue
        while pos < n and text[pos].isspace():
            pos += 1
        if text.startswith(bare, pos):  # the common case, settled in C
            spans.append((pos, pos + len(bare)))
            pos += len(bare)
            continue
        chars = [c for c in piece if not c.isspace()]
        start = pos
        k = 0
        scan = pos
        while scan < n and k < len(chars):
            if text[scan].isspace():
                scan += 1
                continue
            if text[scan] != chars[k]:
                break
            scan += 1
            k += 1
        if k < len(chars):
            # underthesea changed a character (its own normalisation): resynchronise on the next piece
            found = text.find(chars[0], pos)
            if found < 0:
                continue
            start, scan = found, min(n, found + len(piece))
        spans.append((start, scan))
        pos = scan
    return spans


_MARK_THEN_SPACE = regex.compile(r"[.!?…]\s")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """A short paragraph, or one with no mark followed by a space, is one sentence."""
    if len(text) < 40 or not _MARK_THEN_SPACE.search(text):
        bare = text.strip()
        lead = len(text) - len(text.lstrip())
        return [(lead, lead + len(bare))] if bare else []
    return _join_signs(text, split_spans(text))


def _join_signs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences joined again where one ends with a currency sign whose dot is no full stop and
    the next begins with its amount.

    >>> t = "Dự án được hỗ trợ Rs. 20 cho công tác đào tạo cán bộ."
    >>> _join_signs(t, [(0, 21), (22, len(t))])
    [(0, 53)]
    >>> t = "Giá vé là 5 USD. 20 người đã mua."   # a code and a full stop
    >>> _join_signs(t, [(0, 16), (17, len(t))])
    [(0, 16), (17, 33)]
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and text[start : start + 1].isdigit() and _SIGN_BEFORE_AMOUNT.search(text, out[-1][0], out[-1][1]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


class WarmUp(BaseModel):
    """`warm_up.toml`: a real passage, and the article it is quoted from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str
    text: str


def warm_up_text() -> str:
    """A passage that makes underthesea load its sentence and word models (and the gazetteer,
    in the pipeline), read before any article is timed or processed."""
    return load_data("warm_up.toml", WarmUp).text


def _word_tokenize(text: str) -> list[str]:
    from underthesea import word_tokenize

    return list(word_tokenize(text))


@cache
def load_word_model() -> None:
    """Load underthesea's word model once per process, where no article's time is counted."""
    _word_tokenize(warm_up_text())
