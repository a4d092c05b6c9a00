"""A time budget per article: hostile text ends in a record, never in a hang.

Every regex of the match stage already runs with the `regex` module's timeout on a long
sentence, but many bounded calls can still add up (a run of 50,000 no-break spaces took 19 s).
The article's budget is a deadline shared by all of them: once it has passed, no rule is
tried again, the record keeps what was found so far and carries the notice W009. One article
runs at a time in a process, so the deadline is a context variable set around it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

ARTICLE_TIMEOUT = 5.0  # seconds: news takes a few hundredths; a hostile page stops here


class Budget:
    """The deadline of one article and whether a rule ran into it. A plain class: the command
    line reads ARTICLE_TIMEOUT from here, and `dataclasses` costs `solieu --help` a tenth."""

    __slots__ = ("deadline", "overrun")

    def __init__(self, deadline: float, overrun: bool = False) -> None:
        self.deadline = deadline
        self.overrun = overrun


_CURRENT: ContextVar[Budget | None] = ContextVar("article_budget", default=None)


@contextmanager
def article_budget(seconds: float | None) -> Iterator[Budget | None]:
    """Run the block with a deadline `seconds` from now (None or 0: no deadline)."""
    budget = Budget(time.monotonic() + seconds) if seconds else None
    token = _CURRENT.set(budget)
    try:
        yield budget
    finally:
        _CURRENT.reset(token)


def remaining() -> float | None:
    """Seconds left of the article's budget (None: no budget); at 0 the budget is marked spent."""
    budget = _CURRENT.get()
    if budget is None:
        return None
    left = budget.deadline - time.monotonic()
    if left <= 0:
        budget.overrun = True
        return 0.0
    return left


def spent() -> None:
    """A rule stopped for lack of time: the record must say its items may be incomplete."""
    budget = _CURRENT.get()
    if budget is not None:
        budget.overrun = True
