"""The published header of a sparse index and the identity of an indexed source.

``snapshot.json`` names the generation readers open, the fingerprint of its chunk ids and the
sources it holds; it is replaced by one atomic rename (write, fsync, rename), so a reader sees the
old header or the new one, never half of one. Old generation folders are retired a minute after
they stop being named: a reader that opened one keeps its open files (SQLite fd, memory maps).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, Field

SNAPSHOT = "snapshot.json"
_GRACE_SECONDS = 60  # an unnamed generation younger than this may still be opening in a reader


def fingerprint(ids: Iterable[str]) -> str:
    # one update over the joined ids: the same digest as one update per id, 3x faster at 100k
    return hashlib.sha256("".join(sorted(ids)).encode()).hexdigest()[:32]


class SourceInfo(BaseModel):
    """Where an indexed source came from: the file (resolved path) and the sha256 of its bytes."""

    path: str = ""
    content_hash: str = ""
    parse_key: str = Field(default="", description="Hash of everything parsing depended on (see writer.parse_key).")
    chunks: int = 0
    doc_id: str = ""
    pages: int | None = None


def source_key(kb: str, source_id: str) -> str:
    return f"{kb}\x1f{source_id}"


def split_key(key: str) -> tuple[str, str]:
    kb, _, sid = key.partition("\x1f")
    return kb, sid


def write_header(directory: Path, head: dict) -> None:
    """Publish ``head`` as ``directory/snapshot.json`` atomically."""
    directory.mkdir(parents=True, exist_ok=True)
    tmp = directory / f"{SNAPSHOT}.{os.getpid()}.{threading.get_ident()}.tmp"
    with tmp.open("w", encoding="utf-8") as f:
        f.write(json.dumps(head, ensure_ascii=False))
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(directory / SNAPSHOT)


def retire_generations(directory: Path, keep: str) -> None:
    """Remove generation folders other than ``keep`` that have been unnamed for a while."""
    for old in [*directory.glob("gen-*"), *directory.glob("bm25-*")]:
        try:
            if old.name != keep and old.stat().st_mtime < time.time() - _GRACE_SECONDS:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass
