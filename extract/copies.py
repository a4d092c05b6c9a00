"""Republished articles: the same story under another id, word for word or nearly so.

An archive holds the same article several times: syndicated to other outlets, crawled twice,
re-edited by a line. The first copy is extracted; a later one only says which it copies.
But a copy must state the same numbers: monthly reports written from one template differ
mostly in their figures ("kết nạp 215" and "251", "1,5 tỷ" and "15 tỷ"), and calling one a
copy of the other would delete its data. Exact copies share their letters (punctuation and
spacing aside) and every number as written. Near copies share most of their five-word
shingles: each article keeps the 32 smallest shingle hashes (a bottom-k sketch); an estimated
Jaccard similarity of 0.8 with one earlier article of about the same length makes it a near
copy, and it is a copy only when it states no number its original does not state as often
(a dropped caption is still a copy; a changed figure is not). A near copy with numbers of its
own is extracted in full and names the article it resembles (`near_copy_of`). The hashes are
built from CRC-32 word hashes (never Python's salted string hash), so the same input always
gives the same output.

A story retold by another outlet in its own words is no near copy, yet it states the same
figures ("thi hành kỷ luật 87 tổ chức đảng và hơn 6.000 đảng viên" in three papers). An article
whose distinctive numbers (three digits or more, no year; "6.000" and "6000" alike) are mostly
those of one earlier article retells it (`retells`): its figures whose numbers that article
states are marked `copy_of`, so a sum over articles counts them once. A retelling may share a
single figure, told in the same words: "Khoa Báo chí đã đào tạo … hơn 13.000 cán bộ báo chí" in two
articles on the faculty's anniversary. A distinctive number stated by an earlier article, with
words around it that share five-word shingles with the earlier statement, is that article's figure.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from array import array
from collections import Counter
from dataclasses import dataclass

from solieu.schemas.records import Article
from solieu.spill import LIMIT, Table

_NOT_LETTERS = re.compile(r"[\W_]+")  # stdlib re: letters and digits are \w, and it is faster here
_WORDS = re.compile(r"[^\W_]+")  # letters and digits
_NUMBERS = re.compile(r"[0-9]+(?:[.,][0-9]+)*")  # a number as written, its separators kept: 1,5 is not 15
SHINGLE = 5  # words per shingle
SKETCH = 32  # smallest hashes kept per article
NEAR = 0.8  # estimated Jaccard similarity of shingles from which a text is a near copy
INDEXED = 2  # of them looked up to find candidates
SIZE_RATIO = 0.8  # a near copy has about as many shingles as its original
MIN_SHINGLES = 40  # a shorter text is too short to call a near copy of anything
MIN_SHARED = 3  # distinctive numbers an article must share with an earlier one to retell it
SHARED_PART = 0.5  # … and that share of its own distinctive numbers
RECENT = 16  # earlier articles remembered per distinctive number: retellings come close together
AROUND = 80  # characters either side of a distinctive number whose words tell what it counts
SAME_WORDS = 2  # five-word shingles two statements of a number share when they tell the same figure
_LETTER_WORDS = re.compile(r"[^\W\d_]+")  # words without digits: the number's own digits are no context
_THOUSANDS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_LOW_32 = (0xFFFFFFFF).__and__  # a shingle hash as an unsigned 32-bit int


def numbers(text: str) -> list[str]:
    """The numbers of a text as written, in order.

    >>> numbers("1,5 tỷ đồng, 15 tỷ đồng và 2.116 tổ chức")
    ['1,5', '15', '2.116']
    """
    return _NUMBERS.findall(text)


def plain(number: str) -> str:
    """A number as written, its thousands dots dropped: "6.000" and "6000" are one figure.

    >>> plain("6.000"), plain("1,5"), plain("2.116")
    ('6000', '1,5', '2116')
    """
    return number.replace(".", "") if _THOUSANDS.fullmatch(number) else number


def distinctive(written: list[str]) -> set[str]:
    """The numbers of a text that name one figure rather than any: three digits or more, no year.

    >>> sorted(distinctive(["87", "6.000", "2018", "1.600", "855", "9"]))
    ['1600', '6000', '855']
    """
    return {n for n in map(plain, written) if _names_one_figure(n)}


def _names_one_figure(n: str) -> bool:
    """`distinctive` of one number, its thousands dots dropped."""
    return len(n) - n.count(",") >= 3 and not (len(n) == 4 and n.isdigit() and 1900 <= int(n) <= 2100)


def text_key(text: str) -> bytes:
    """Identity of an article's wording: letters and digits case folded, and its numbers as written.

    >>> text_key("Đảng viên,  mới.") == text_key("đảng viên mới")
    True
    >>> text_key("chi 1,5 tỷ đồng") == text_key("chi 15 tỷ đồng")
    False
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _text_key(text, _NOT_LETTERS.sub("", text).casefold(), numbers(text))


def _text_key(text: str, letters: str, written: list[str]) -> bytes:
    return hashlib.blake2b((letters + "\x00" + "\x00".join(written)).encode("utf-8"), digest_size=16).digest()


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
    return _sketch(_WORDS.findall(text.casefold()))


def _sketch(words: list[str]) -> tuple[list[int], int]:
    """`sketch` of a text's case-folded words."""
    hashed = list(map(zlib.crc32, map(str.encode, words)))  # UTF-8
    if len(hashed) - SHINGLE + 1 < MIN_SHINGLES:
        return [], 0
    # a shingle's hash combines its five word hashes, so no shingle string is ever built; the
    # hash of a tuple of ints is not salted per process, unlike the hash of a string
    fives = zip(hashed, hashed[1:], hashed[2:], hashed[3:], hashed[4:], strict=False)
    hashes = set(map(_LOW_32, map(hash, fives)))
    return sorted(hashes)[:SKETCH], len(hashes)  # sorting a few hundred ints beats a heap


def around(text: str) -> dict[str, tuple[int, ...]]:
    """Per distinctive number of a text, the hashes of the five-word shingles of the words around
    its statements (numbers left out), sorted.

    >>> told = around("Khoa đã đào tạo cho đất nước hơn 13.000 cán bộ báo chí truyền thông.")
    >>> list(told), len(told["13000"])
    (['13000'], 10)
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    out: dict[str, set[int]] = {}
    for m in _NUMBERS.finditer(text):
        number = plain(m.group())
        if not _names_one_figure(number):
            continue
        start, end = m.span()
        side = text[max(0, start - AROUND) : start] + " " + text[end : end + AROUND]
        words = list(map(zlib.crc32, map(str.encode, _LETTER_WORDS.findall(side.casefold()))))
        shingles = out.setdefault(number, set())
        fives = zip(words, words[1:], words[2:], words[3:], words[4:], strict=False)
        shingles.update(map(_LOW_32, map(hash, fives)))
    return {n: tuple(sorted(h)) for n, h in sorted(out.items())}


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


@dataclass(frozen=True, slots=True)
class Seen:
    """What an article is to the articles before it."""

    duplicate_of: str | None = None  # a copy: the same wording and numbers, not extracted again
    near_copy_of: str | None = None  # nearly the same wording with numbers of its own: extracted
    retells: str | None = None  # an earlier article whose distinctive numbers this one mostly states
    their_numbers: tuple[str, ...] = ()  # the numbers `retells` states, plain, as often as it does


@dataclass(frozen=True, slots=True)
class Keys:
    """What the copy index needs of one text, computed apart from the decision: where the
    articles are read (a cluster's workers), the decision takes a few dict lookups."""

    exact: bytes  # `text_key`
    marks: tuple[int, ...]  # the sketch, smallest first; empty for a text too short to compare
    size: int  # shingles in the text
    numbers: bytes  # its numbers as written, joined and compressed
    around: tuple[tuple[str, tuple[int, ...]], ...] = ()  # `around`: the words of each distinctive number


def keys(text: str) -> Keys:
    """The copy keys of a text. Its case-folded words serve both the sketch and the exact key,
    where folding first keeps the same letters and digits (`_folds_whole`)."""
    written = numbers(text)  # as the text is given: what the index stores
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
        composed = numbers(text)
    else:
        composed = written
    words = _WORDS.findall(text.casefold())
    marks, size = _sketch(words)
    letters = "".join(words) if all(map(_folds_whole, set(text))) else _NOT_LETTERS.sub("", text).casefold()
    return Keys(
        _text_key(text, letters, composed),
        tuple(marks),
        size,
        zlib.compress("\x00".join(written).encode("ascii")),
        tuple(around(text).items()),
    )


_FOLDS_WHOLE: dict[str, bool] = {}


def _folds_whole(char: str) -> bool:
    """Whether a character's case folding is letters and digits exactly when it is one (the
    underscore apart): then dropping what is not and folding may be done in either order.
    "İ" is not such a character: it folds to "i" and a combining dot.

    >>> _folds_whole("Đ"), _folds_whole(","), _folds_whole("İ")
    (True, True, False)
    """
    known = _FOLDS_WHOLE.get(char)
    if known is None:
        if len(_FOLDS_WHOLE) >= 1 << 16:
            _FOLDS_WHOLE.clear()  # a text of every character: what is remembered stays small
        kept = _NOT_LETTERS.fullmatch(char) is None
        known = _FOLDS_WHOLE[char] = all((_NOT_LETTERS.fullmatch(c) is None) == kept for c in char.casefold())
    return known


class Copies:
    """Remembers every article seen, to name the first one a later article copies.

    Memory per article: its exact key, its sketch and size as 132 bytes, two index entries, and
    for a sketched article its numbers (a few hundred bytes, compressed). Each table is held in
    memory up to `limit` entries, then in a temporary sqlite file (`solieu.spill`): the answers
    are the same, and memory stays flat however large the archive.
    """

    def __init__(self, limit: int = LIMIT) -> None:
        self._exact = Table(limit)  # text key -> doc_id of the article it is
        self._index = Table(limit)  # one of the first INDEXED marks -> first article stored with it
        self._stored = Table(limit)  # doc_id -> sketch, size and numbers of an article extracted
        self._told = Table(limit)  # doc_id -> its order and numbers, for an article with distinctive ones
        self._by_number = Table(limit)  # distinctive number -> the last RECENT articles stating it
        self._around = Table(limit)  # doc_id and distinctive number -> the shingles around its statements
        self._count = 0

    def first(self, doc_id: str, text: str) -> str | None:
        """The doc_id of an earlier article this one copies, else None."""
        return self.seen(doc_id, text).duplicate_of

    def seen(self, doc_id: str, text: str) -> Seen:
        """Whether an earlier article has the same wording and numbers (a copy), or nearly the
        same wording but other numbers (a near copy, to be extracted); then remember this one.

        The same id met twice with the same text (an article in two input files) is a copy too.
        """
        return self.decide(doc_id, keys(text))

    def decide(self, doc_id: str, mine: Keys) -> Seen:
        """`seen` on keys computed elsewhere."""
        earlier = self._exact.get(mine.exact)
        if earlier is not None:
            return Seen(duplicate_of=str(earlier))
        marks, size = list(mine.marks), mine.size
        found = {self._index.get(h) for h in marks[:INDEXED]}
        similar = None
        for candidate in sorted(str(c) for c in found if c is not None):
            theirs, their_size, _ = _unpack(self._packed(candidate))
            similar_size = min(size, their_size) >= SIZE_RATIO * max(size, their_size)
            if similar_size and jaccard(marks, theirs) >= NEAR:
                similar = candidate  # not an excerpt or a longer rewrite: nearly the same text
                break
        if similar is not None and _states_nothing_new(mine.numbers, self._packed(similar)):
            self._exact.put(mine.exact, similar)
            return Seen(duplicate_of=similar)
        self._exact.put(mine.exact, doc_id)
        if marks:
            self._stored.put(doc_id, array("I", [len(marks), *marks, size]).tobytes() + mine.numbers)
            for h in marks[:INDEXED]:
                self._index.put_new(h, doc_id)
        written = zlib.decompress(mine.numbers).decode("ascii")
        own = distinctive(written.split("\x00") if written else [])
        retells = similar or self._retold(own)
        if retells is None:
            retells, figures = self._retold_figures(mine.around)
            if retells is not None:
                self._remember(doc_id, own, mine.numbers, mine.around)
                return Seen(retells=retells, their_numbers=figures)
        self._remember(doc_id, own, mine.numbers, mine.around)
        if retells is None:
            return Seen(near_copy_of=similar)
        told = self._told.get(retells)
        packed = told[4:] if isinstance(told, bytes) else _unpack(self._packed(retells))[2]
        stated = zlib.decompress(packed).decode("ascii") if packed else ""
        return Seen(
            near_copy_of=similar,
            retells=retells,
            their_numbers=tuple(plain(n) for n in stated.split("\x00")) if stated else (),
        )

    def _retold(self, own: set[str]) -> str | None:
        """The earlier article sharing the most of these distinctive numbers, if it shares enough."""
        shared: Counter[str] = Counter()
        for n in own:
            recent = self._by_number.get(n)
            if isinstance(recent, str):
                shared.update(recent.split("\x00"))
        if not shared:
            return None
        best = min(shared, key=lambda d: (-shared[d], self._order(d)))
        count = shared[best]
        return best if count >= MIN_SHARED and count >= SHARED_PART * len(own) else None

    def _retold_figures(self, told: tuple[tuple[str, tuple[int, ...]], ...]) -> tuple[str | None, tuple[str, ...]]:
        """The earlier article that states some of these numbers in the same words, and those numbers."""
        shared: dict[str, list[str]] = {}
        for n, mine in told:
            recent = self._by_number.get(n)
            for d in recent.split("\x00") if isinstance(recent, str) else []:
                theirs = self._around.get(d + "\x00" + n)
                if isinstance(theirs, bytes) and len(set(mine) & set(array("I", theirs))) >= SAME_WORDS:
                    shared.setdefault(d, []).append(n)
        if not shared:
            return None, ()
        best = min(shared, key=lambda d: (-len(shared[d]), self._order(d)))
        return best, tuple(shared[best])

    def _order(self, doc_id: str) -> int:
        told = self._told.get(doc_id)
        return array("I", told[:4])[0] if isinstance(told, bytes) else 0

    def _remember(
        self, doc_id: str, own: set[str], packed: bytes, told: tuple[tuple[str, tuple[int, ...]], ...] = ()
    ) -> None:
        """An article with distinctive numbers, for later ones that may retell it."""
        if not own:
            return
        for n, shingles in told:
            self._around.put_new(doc_id + "\x00" + n, array("I", shingles).tobytes())
        if doc_id not in self._told:
            self._told.put(doc_id, array("I", [self._count]).tobytes() + packed)
            self._count += 1
        for n in sorted(own):
            before = self._by_number.get(n)
            recent = before.split("\x00") if isinstance(before, str) else []
            if doc_id not in recent:
                self._by_number.put(n, "\x00".join([*recent, doc_id][-RECENT:]))

    def _packed(self, doc_id: str) -> bytes:
        stored = self._stored.get(doc_id)
        return stored if isinstance(stored, bytes) else b""

    def close(self) -> None:
        """Drop what is remembered (and the files on disk)."""
        for table in (self._exact, self._index, self._stored, self._told, self._by_number, self._around):
            table.close()


def mark_retold(article: Article, retells: str, their_numbers: tuple[str, ...]) -> Article:
    """The figures of an article that retells `retells` whose numbers it states, as often as it
    does, carry `copy_of`: the earlier article counts them."""
    left = Counter(their_numbers)
    figures = []
    for fig in article.figures:
        written = Counter(plain(n) for n in numbers(fig.text))
        if written and not written - left:
            left -= written
            fig = fig.model_copy(update={"copy_of": retells})
        figures.append(fig)
    return article.model_copy(update={"figures": figures})


def _unpack(stored: bytes) -> tuple[list[int], int, bytes]:
    """The sketch, size and compressed numbers of a stored article."""
    count = array("I", stored[:4])[0]
    *marks, size = array("I", stored[4 : 4 * (count + 2)])
    return marks, size, stored[4 * (count + 2) :]


def _states_nothing_new(mine: bytes, stored: bytes) -> bool:
    """Every number of a near copy is one its original states, at least as often."""
    ours, theirs = (zlib.decompress(packed).decode("ascii") for packed in (mine, _unpack(stored)[2]))
    return not Counter(ours.split("\x00") if ours else []) - Counter(theirs.split("\x00") if theirs else [])
