"""Where the output goes: a device or a pipe is written straight, never replaced by a file."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

from solieu.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"


def test_a_named_pipe_stays_a_pipe_and_gets_every_line(tmp_path: Path) -> None:
    """`-o /dev/null` or `-o fifo` must not be renamed over: the partial-file rename is for files."""
    fifo = tmp_path / "out.pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert main(["extract", str(SAMPLES), "-o", str(fifo), "-q", "-j", "1"]) == 0
    reader.join(timeout=60)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert not (tmp_path / "out.pipe.partial").exists()
    assert received and received[0].count(b"\n") == len(list(SAMPLES.glob("*.txt")))
