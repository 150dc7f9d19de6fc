"""jieba's prefix dictionary without loading it: a short job (a search) looks words up in SQLite.

``jieba.initialize()`` unmarshals a 500,000-entry dict (~1-1.5 s on the shared cores) before the
first word is cut: the largest single cost of a CLI search's cold start. A question needs a few
hundred lookups, so a reader uses ``SqliteFreq``, the same dictionary (jieba's own ``gen_pfdict``
of its own dict file, the same total) in a SQLite file built once per machine; a process that
tokenises a lot (a writer) loads the real dict (see tokens.py). Both give identical cuts
(tests/test_index_tokens_lazy.py).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import threading
from pathlib import Path

_MISS = object()
_MEMO = 50_000  # looked-up words kept per process


def dict_path(dict_file: str) -> Path:
    """Where the SQLite copy of ``dict_file`` lives (beside jieba's own cache, keyed by the file)."""
    st = os.stat(dict_file)
    tag = hashlib.sha256(f"{os.path.abspath(dict_file)}\x1f{st.st_size}\x1f{st.st_mtime_ns}".encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"assistant-jieba-{tag}.sqlite"


def build(path: Path, freq: dict[str, int], total: int) -> None:
    """Write ``freq`` (jieba's prefix dict) and ``total`` to ``path`` atomically."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                         "CREATE TABLE freq (word TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;"
                         "CREATE TABLE meta (total INTEGER NOT NULL);")
        db.executemany("INSERT INTO freq VALUES (?, ?)", freq.items())
        db.execute("INSERT INTO meta VALUES (?)", (total,))
        db.commit()
        db.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


class SqliteFreq:
    """The dict-like ``Tokenizer.FREQ`` that jieba reads (``in``, ``[]``, ``get``) and ``add_word``
    writes (kept in memory), backed by the SQLite copy."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._added: dict[str, int] = {}
        self._memo: dict[str, int | None] = {}
        self.total = int(self._db.execute("SELECT total FROM meta").fetchone()[0])

    def get(self, word: str, default: object = None) -> object:
        got = self._added.get(word)
        if got is not None:
            return got
        found = self._memo.get(word, _MISS)
        if found is _MISS:
            with self._lock:
                row = self._db.execute("SELECT n FROM freq WHERE word = ?", (word,)).fetchone()
            found = row[0] if row else None
            if len(self._memo) >= _MEMO:
                self._memo.clear()
            self._memo[word] = found  # type: ignore[assignment]
        return default if found is None else found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __getitem__(self, word: str) -> int:
        got = self.get(word)
        if got is None:
            raise KeyError(word)
        return got  # type: ignore[return-value]

    def __setitem__(self, word: str, n: int) -> None:
        self._added[word] = n
