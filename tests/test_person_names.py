"""People named after a count: the tagger is asked only where a surname stands before a capital.

`person_names` keeps a proper noun of the tagger only when it begins with a surname and every
syllable is capitalised, outside the names after ông/bà; `_may_name_a_person` says beforehand
whether the sentence holds such a pair outside them at all, so most sentences never reach the
tagger. The slow test holds the gated result to
the ungated one on every sentence the pipeline asks about in the topic corpora.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from solieu import pipeline
from solieu.ingest import iter_inputs
from solieu.link import names
from solieu.link.enumerations import HONORIFIC_NAME

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _honorific(sentence: str) -> list[tuple[int, int]]:
    return [m.span("name") for m in HONORIFIC_NAME.finditer(sentence)]


def _ungated(sentence: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    with monkeypatch.context() as patch:
        patch.setattr(names, "_may_name_a_person", lambda *_: True)
        return names.person_names(sentence)


@pytest.mark.parametrize(
    ("sentence", "gate", "people"),
    [
        ("Phó trưởng Ban Tổ chức Võ Thị Thanh Hằng bị cảnh cáo.", True, ["Võ Thị Thanh Hằng"]),
        ("Trong đó, ông Lê Văn Tám và bà Trần Thị Hoa bị khiển trách.", False, ["Lê Văn Tám", "Trần Thị Hoa"]),
        ("Trong đó, ông Lê Văn Tám và Trần Thị Hoa bị khiển trách.", True, ["Lê Văn Tám", "Trần Thị Hoa"]),
        ("Trong đó, 2 đảng viên bị khai trừ, 3 đảng viên bị cảnh cáo.", False, []),
    ],
)
def test_people_named_with_and_without_the_tagger(
    sentence: str, gate: bool, people: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert names._may_name_a_person(sentence, _honorific(sentence)) is gate
    found = names.person_names(sentence)
    assert [sentence[a:b] for a, b in found] == people
    assert found == _ungated(sentence, monkeypatch)


@pytest.mark.slow
def test_gate_changes_no_name_in_the_topic_corpora(monkeypatch: pytest.MonkeyPatch) -> None:
    files = [CORPUS / "news-topic.jsonl.gz", CORPUS / "news-topic-restored.jsonl.gz"]
    if not all(f.exists() for f in files):
        pytest.skip(f"{CORPUS} is absent: put ../shared beside the checkout to run the corpus tests")
    asked: list[str] = []
    person_names = names.person_names

    def spy(sentence: str) -> list[tuple[int, int]]:
        asked.append(sentence)
        return person_names(sentence)

    with monkeypatch.context() as patch:
        patch.setattr(names, "person_names", spy)
        for raw in iter_inputs([str(f) for f in files]):
            pipeline.process(raw)
    assert len(asked) > 20
    assert any(not names._may_name_a_person(s, _honorific(s)) for s in asked)
    for sentence in asked:
        assert names.person_names(sentence) == _ungated(sentence, monkeypatch), sentence[:80]
