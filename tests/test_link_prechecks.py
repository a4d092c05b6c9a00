"""The link stage's cheap prechecks say yes wherever the costly search they spare could find something.

A precheck cut from a cue (`solieu.link.prechecks.tail_after`) is tried on every window that ends
anywhere in the cue's own examples and counter-examples: wherever the cue finds a match, so does
its tail. A scan tried only at a cue's openings finds what the scan of every position finds.
"""

from __future__ import annotations

import pytest
import regex

from solieu.cues import cue, load_cues
from solieu.link.enumerations import _clause_end
from solieu.link.ordinals import _labels
from solieu.link.prechecks import NoTail, overlapping, sentences_after, tail_after
from solieu.segment import Paragraphs

# (cue file, cue id, group): the cues searched behind a precheck cut after the group
TAILED = [("enumerations", "list.before_count", "list")]
# (cue file, cue id): the cues scanned at every position of a long stretch, overlapped
OVERLAPPED = [("follow_lists", "follow.resumed")]


def _texts(name: str, cue_id: str) -> list[str]:
    entry = next(c for c in load_cues(name).cue if c.id == cue_id)
    return [e.text for e in entry.examples] + list(entry.counter_examples)


@pytest.mark.parametrize(("name", "cue_id", "group"), TAILED, ids=[c for _, c, _ in TAILED])
def test_tail_says_yes_wherever_the_cue_matches(name: str, cue_id: str, group: str) -> None:
    whole = cue(name, cue_id)
    tail = tail_after(whole, group)
    forward = regex.compile(tail.pattern, tail.flags & ~regex.REVERSE)
    matched = 0
    for text in _texts(name, cue_id):
        for end in range(len(text) + 1):
            for start in (0, max(0, end - 40)):
                found = bool(tail.search(text, start, end))
                assert found == bool(forward.search(text, start, end))  # backwards finds what forwards does
                if whole.search(text, start, end):
                    matched += 1
                    assert found, (text[start:end], tail.pattern)
    assert matched  # the examples hold matches, so the test compares something


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?P<a>x)y|z",  # an alternation at the top level: the tail is one branch's
        r"(?P<a>x)(?P=a)",  # a tail that refers back to the group
        r"(?P<a>x)\1",
        r"(?P<a>x)y++",  # possessive: tried alone, it may not give back what the whole would
        r"(?P<a>x)(?>y)",
        r"(?P<a>x)+y",  # the group repeats
        r"(?:(?P<a>x))y",  # the group is not at the top level
        r"(?P<b>x)y",  # no such group
    ],
)
def test_tail_is_refused_where_it_would_not_be_necessary(pattern: str) -> None:
    with pytest.raises(NoTail):
        tail_after(regex.compile(pattern), "a")


@pytest.mark.parametrize(("name", "cue_id"), OVERLAPPED, ids=[c for _, c in OVERLAPPED])
def test_overlapping_finds_what_the_scan_of_every_position_finds(name: str, cue_id: str) -> None:
    pattern = cue(name, cue_id)
    texts = _texts(name, cue_id)
    texts += [" ".join(texts), "İ " + " ".join(texts)]  # a letter that lowers to two: every position is tried
    for text in texts:
        for start in range(0, len(text), 3):
            for end in (len(text), min(len(text), start + 50)):
                expected = [m.span() for m in pattern.finditer(text, start, end, overlapped=True)]
                assert [m.span() for m in overlapping(pattern, text, start, end)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Có 5 cấp độ phản hồi. Ở cấp độ một, cấp độ 2 và cấp độ 3.",
        "İstanbul: Cấp độ 1, cấp độ 2.",  # a letter that folds to two: the window is folded alone
        "Straße cấp độ 1, CẤP ĐỘ 2.",
    ],
)
def test_labels_read_from_the_folded_article_are_the_window_read_alone(text: str) -> None:
    for start in range(len(text)):
        window = text[start:]
        alone = [(a, b, token) for (a, b), token in _labels(window, 0, len(window), "cấp độ")]
        assert [(a - start, b - start, t) for (a, b), t in _labels(text, start, len(text), "cấp độ")] == alone


ARTICLE = (
    "Ban Thường vụ kỷ luật 3 đảng viên. Cụ thể, ông A bị khiển trách. Bà B bị cảnh cáo.\n"
    "Các đảng viên này gồm: ông A, bà B và ông C. Có 2 nhiệm vụ ưu tiên.\n"
    "Thứ nhất, đào tạo. Thứ hai, bồi dưỡng."
)


@pytest.mark.parametrize("most", [1, 3, 8, 40], ids=lambda m: f"most={m}")
def test_sentences_after_are_the_paragraphs_following(most: int) -> None:
    """Found once for all the counts of a sentence, the sentences after it are those the paragraphs give."""
    blocks = [(m.start(), m.end()) for m in regex.finditer(r"[^\n]+", ARTICLE)]
    shared, fresh = Paragraphs(ARTICLE, blocks), Paragraphs(ARTICLE, blocks)
    for pos in range(len(ARTICLE) + 1):
        assert sentences_after(shared, pos, most) == tuple(fresh.following(pos, most))
        assert sentences_after(shared, pos, most) == tuple(shared.following(pos, most))


@pytest.mark.parametrize("stops", ["", ";", ":"])
def test_clause_end_up_to_a_limit_is_the_clause_end_of_the_cut_text(stops: str) -> None:
    """Sought up to the next count, the end of a clause is where the text cut there would have it end."""
    text = "hai điều là thiết kế; và thực thi. Ba người: A, B. Cuối"
    for limit in range(len(text) + 1):
        for pos in range(len(text) + 1):
            assert _clause_end(text, pos, stops, limit) == _clause_end(text[:limit], pos, stops)
