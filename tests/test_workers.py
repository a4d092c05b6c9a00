"""A worker's load of the heavy stages is no part of an article's deadline (`solieu.workers`)."""

from __future__ import annotations

import multiprocessing
import time
from dataclasses import dataclass

import pytest

from solieu.loading import loading
from solieu.workers import Line, Supervisor

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="the tasks are local functions"
)


@dataclass(frozen=True)
class _Raw:
    doc_id: str
    path: str = "-"
    line: int | None = None


@dataclass(frozen=True)
class _Task:
    raw: _Raw
    load: float = 0.0  # seconds of loading before the work
    work: float = 0.0  # seconds of work


def _run(task: _Task) -> Line:
    if task.load:
        with loading():
            time.sleep(task.load)
    time.sleep(task.work)
    return task.raw.doc_id, False


def _lines(tasks: list[_Task], timeout: float) -> list[Line]:
    supervisor = Supervisor(multiprocessing.get_context("fork"), 1, _run, timeout=timeout)
    return list(supervisor.run(iter(tasks)))


def test_a_load_longer_than_the_deadline_costs_no_article() -> None:
    lines = _lines([_Task(_Raw("a"), load=1.5), _Task(_Raw("b"))], timeout=0.6)
    assert lines == [("a", False), ("b", False)]


def test_work_past_the_deadline_still_loses_its_article() -> None:
    lines = _lines([_Task(_Raw("a"), load=0.2), _Task(_Raw("slow"), work=3.0), _Task(_Raw("b"))], timeout=0.8)
    assert lines[0] == ("a", False) and lines[2] == ("b", False)
    assert lines[1][1] and '"E008"' in lines[1][0]
