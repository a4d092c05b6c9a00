"""The heavy stages load on first need, in the process that needs them; whoever times that
process's articles hears of it, so the load is never counted against the article that triggered it.

A worker forked before the matcher and the word model were loaded answers a gated-out article
at once; the first article through the gate pays the load (about a second), once per process.
The supervisor of worker processes (`solieu.workers`) pauses that worker's deadline meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

_listeners: list[tuple[Callable[[], None], Callable[[], None]]] = []


def listen(begin: Callable[[], None], end: Callable[[], None]) -> None:
    """Call `begin` when a load starts in this process and `end` when it is over."""
    _listeners.append((begin, end))


@contextmanager
def loading() -> Iterator[None]:
    """A load under way: the listeners are told before and after, even if it fails."""
    for begin, _ in _listeners:
        begin()
    try:
        yield
    finally:
        for _, end in _listeners:
            end()
