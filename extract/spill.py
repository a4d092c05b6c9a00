"""A map that stays in memory up to a number of entries, then moves to a temporary sqlite file.

What a run must remember about every article it has read (the copy index, the doc_ids seen)
grows with the archive; a dict of it would take the coordinator's memory at a few million
articles. Below `limit` entries a table is a dict (the fast path of ordinary runs); past it,
every entry moves to a private sqlite database on disk whose page cache is bounded, so memory
stays flat at any size. The database is created deleted-on-close (sqlite's empty file name):
nothing is left behind, even after kill -9. Lookups give the same answers on either path.
"""

from __future__ import annotations

import sqlite3

Key = bytes | int | str
Value = bytes | str

LIMIT = 10_000  # entries held in memory before a table moves to disk (a few MB per table)
CACHE_KIB = 2048  # sqlite's page cache per table on disk
COMMIT_EVERY = 4096  # writes per transaction on disk: one transaction per write is slow


class Table:
    """A map from keys to values: `get`, `put` (replaces) and `put_new` (the first value stays).

    >>> table = Table(limit=2)
    >>> table.put_new(b"a", "x"), table.put_new(b"a", "y"), table.put(7, b"z"), table.put(3, "w")
    (True, False, None, None)
    >>> table.on_disk, table.get(b"a"), table.get(7), table.get(3), 5 in table
    (True, 'x', b'z', 'w', False)
    >>> table.put(7, "v"), table.put_new(b"b", "y"), table.get(7), table.get(b"b")
    (None, True, 'v', 'y')
    """

    def __init__(self, limit: int = LIMIT) -> None:
        self._limit = limit
        self._memory: dict[Key, Value] = {}
        self._db: sqlite3.Connection | None = None
        self._writes = 0

    @property
    def on_disk(self) -> bool:
        """Whether the table has moved to its sqlite file."""
        return self._db is not None

    def __contains__(self, key: Key) -> bool:
        return self.get(key) is not None

    def get(self, key: Key) -> Value | None:
        if self._db is None:
            return self._memory.get(key)
        row = self._db.execute("SELECT v FROM kv WHERE k = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def put(self, key: Key, value: Value) -> None:
        """Set `key` to `value`, replacing what it held."""
        if self._db is None:
            self._memory[key] = value
            self._spill_when_full()
            return
        self._db.execute("INSERT OR REPLACE INTO kv VALUES (?, ?)", (key, value))
        self._wrote(self._db)

    def put_new(self, key: Key, value: Value) -> bool:
        """Set `key` to `value` unless it holds one already; whether it was set."""
        if self._db is None:
            if key in self._memory:
                return False
            self._memory[key] = value
            self._spill_when_full()
            return True
        added = self._db.execute("INSERT OR IGNORE INTO kv VALUES (?, ?)", (key, value)).rowcount == 1
        self._wrote(self._db)
        return added

    def _spill_when_full(self) -> None:
        if len(self._memory) <= self._limit:
            return
        db = sqlite3.connect("", isolation_level=None)  # "": a private file, deleted on close
        db.execute("PRAGMA journal_mode = OFF")  # a scratch file: nothing to roll back to
        db.execute("PRAGMA synchronous = OFF")
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        db.execute("CREATE TABLE kv (k PRIMARY KEY, v) WITHOUT ROWID")
        db.execute("BEGIN")
        db.executemany("INSERT INTO kv VALUES (?, ?)", self._memory.items())
        self._memory = {}
        self._db = db

    def _wrote(self, db: sqlite3.Connection) -> None:
        self._writes += 1
        if self._writes % COMMIT_EVERY == 0:
            db.execute("COMMIT")
            db.execute("BEGIN")

    def close(self) -> None:
        """Drop the table; its file goes with it."""
        if self._db is not None:
            self._db.close()
            self._db = None
        self._memory = {}
