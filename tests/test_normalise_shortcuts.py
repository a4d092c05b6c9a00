"""The normalise stage's searches in C stand in for its full rules: they must change nothing."""

from __future__ import annotations

import pytest

from solieu.normalise import _OLD_TONE, _TONE_PAIRS, normalise, retone

# what may follow an old tone pair: letters of either case, Vietnamese or not, a digit, a number
# that is no digit ("²"), white space, punctuation, the end
AFTER = ["n", "N", "ng", "ề", "Ề", "ß", "ſ", "2", "²", " ", ",", ".", "-", "\n", ""]


@pytest.mark.parametrize("pair", sorted(_TONE_PAIRS))
def test_old_tones_move_where_the_full_rule_moves_them(pair: str) -> None:
    for before in ["", "h", "q", "Q", " "]:
        for after in AFTER:
            text = f"{before}{pair}{after} {pair}"
            assert retone(text) == _OLD_TONE.sub(lambda m: _TONE_PAIRS[m.group(1)], text), text


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Hoà\u00a0Bình – 2 người", "Hòa Bình - 2 người"),  # mapped characters only, same length
        ("Hoà\u200bBình\r\n", "HoàBình\n"),  # a dropped one: the slow path (a letter follows the pair)
        ("Hoà Bình", "Hòa Bình"),  # none
    ],
)
def test_mapped_and_dropped_characters_are_told_apart(original: str, expected: str) -> None:
    assert normalise(original).text == expected
