"""One way to open the small SQLite stores a process shares across threads (conversations, quiz
results): a connection with ``check_same_thread=False`` guarded by a re-entrant lock, rows as
``sqlite3.Row``, WAL so that readers in other processes are not blocked by a writer, and a 30 s busy
timeout for a second writer (the Streamlit app serves many sessions from one process)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path


def open_shared(path: Path, schema: str, *pragmas: str) -> tuple[sqlite3.Connection, threading.RLock]:
    """The connection and its lock for the SQLite file ``path`` (folder created), ``schema`` applied."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = threading.RLock()
    conn = sqlite3.connect(path, check_same_thread=False, timeout=30)
    conn.row_factory = sqlite3.Row
    with lock, conn:
        conn.execute("PRAGMA journal_mode=WAL")
        for pragma in pragmas:
            conn.execute(f"PRAGMA {pragma}")
        conn.executescript(schema)
    return conn, lock
