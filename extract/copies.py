"""Republished articles: the same story under another id, word for word or nearly so.

An archive holds the same article several times: syndicated to other outlets, crawled twice,
re-edited by a line. The first copy is extracted; a later one only says which it copies.
Exact copies share their letters (punctuation and spacing aside). Near copies share most of
their five-word shingles: each article keeps the 32 smallest shingle hashes (a bottom-k
sketch); an estimated Jaccard similarity of 0.8 with one earlier article of about the same
length makes it a copy. The hashes are built from CRC-32 word hashes (never Python's salted
string hash), so the same input always gives the same output.
"""

from __future__ import annotations

import hashlib
import heapq
import re
import unicodedata
import zlib
from array import array

_NOT_LETTERS = re.compile(r"[\W_]+")  # stdlib re: letters and digits are \w, and it is faster here
_WORDS = re.compile(r"[^\W_]+")  # letters and digits
SHINGLE = 5  # words per shingle
SKETCH = 32  # smallest hashes kept per article
NEAR = 0.8  # estimated Jaccard similarity of shingles from which a text is a near copy
INDEXED = 2  # of them looked up to find candidates
SIZE_RATIO = 0.8  # a near copy has about as many shingles as its original
MIN_SHINGLES = 40  # a shorter text is too short to call a near copy of anything


def text_key(text: str) -> bytes:
    """Identity of an article's wording: letters and digits only, case folded.

    >>> text_key("Đảng viên,  mới.") == text_key("đảng viên mới")
    True
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    folded = _NOT_LETTERS.sub("", text).casefold()
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=16).digest()


def sketch(text: str) -> tuple[list[int], int]:
    """The smallest shingle hashes of a text and how many shingles it has; no hashes when it
    is too short to compare.

    >>> words = " ".join(f"từ{i}" for i in range(60))
    >>> sketch(words) == sketch(words.upper() + " !")
    True
    >>> sketch("quá ngắn")
    ([], 0)
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    words = [zlib.crc32(w.encode("utf-8")) for w in _WORDS.findall(text.casefold())]
    if len(words) - SHINGLE + 1 < MIN_SHINGLES:
        return [], 0
    # a shingle's hash combines its five word hashes, so no shingle string is ever built; the
    # hash of a tuple of ints is not salted per process, unlike the hash of a string
    hashes = {hash(five) & 0xFFFFFFFF for five in zip(words, words[1:], words[2:], words[3:], words[4:], strict=False)}
    return heapq.nsmallest(SKETCH, hashes), len(hashes)


def jaccard(a: list[int], b: list[int]) -> float:
    """Bottom-k estimate of the Jaccard similarity of two texts from their sketches.

    >>> jaccard([1, 2, 3, 4], [1, 2, 3, 4]), jaccard([1, 3, 5, 7], [2, 4, 6, 8])
    (1.0, 0.0)
    """
    union = sorted(set(a) | set(b))[: max(len(a), len(b))]
    if not union:
        return 0.0
    both = set(a) & set(b)
    return sum(h in both for h in union) / len(union)


class Copies:
    """Remembers every article seen, to name the first one a later article copies.

    Memory per article: its exact key, its sketch and size as 132 bytes, and two index entries.
    """

    def __init__(self) -> None:
        self._exact: dict[bytes, str] = {}
        self._index: dict[int, str] = {}
        self._sketches: dict[str, bytes] = {}

    def first(self, doc_id: str, text: str) -> str | None:
        """The doc_id of an earlier article with the same or nearly the same wording, else None.

        The same id met twice with the same text (an article in two input files) is a copy too.
        """
        key = text_key(text)
        if key in self._exact:
            return self._exact[key]
        marks, size = sketch(text)
        original = None
        for candidate in sorted({self._index[h] for h in marks[:INDEXED] if h in self._index}):
            *theirs, their_size = array("I", self._sketches[candidate])
            similar_size = min(size, their_size) >= SIZE_RATIO * max(size, their_size)
            if similar_size and jaccard(marks, theirs) >= NEAR:
                original = candidate  # not an excerpt or a longer rewrite: nearly the same text
                break
        self._exact[key] = original or doc_id
        if original is None and marks:
            self._sketches[doc_id] = array("I", [*marks, size]).tobytes()
            for h in marks[:INDEXED]:
                self._index.setdefault(h, doc_id)
        return original
