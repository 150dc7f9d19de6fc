"""Migration of a home in the old BM25 format (``snapshot.jsonl``: a header line, then every chunk
as one JSON line, loaded wholesale by each process) to the SQLite docstore.

The header (fingerprint, sources with their parse keys, pending deletes) is carried over, the
chunks are streamed into a new generation in batches (tokens from the old side file when it is
still there), and only after the new snapshot is published is the old file renamed to
``snapshot.jsonl.migrated`` (kept: nothing is deleted). A file that cannot be read is left alone:
the index is then rebuilt from the vector store, which holds every chunk.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from assistant.index.docstore import trusted_chunk
from assistant.index.sparse import LEGACY, WRITE_BATCH, SourceInfo, SparseIndex, fingerprint

log = logging.getLogger(__name__)


def _lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield line


def migrate(directory: Path) -> bool:
    """Convert ``directory``'s old snapshot; True when a new snapshot was published."""
    old = directory / LEGACY
    try:
        with old.open(encoding="utf-8") as f:
            head = json.loads(f.readline())
        fp = head["fingerprint"]
        sources = {k: SourceInfo.model_validate(v) for k, v in head.get("sources", {}).items()}
        tokens_file = directory / head["bm25"] / "tokens.jsonl" if head.get("bm25") else None
        rows = _lines(old)
        next(rows)  # the header
        tokens = _lines(tokens_file) if tokens_file is not None and tokens_file.exists() else None
        empty = SparseIndex(directory)
        writer = empty.begin()
        batch, toks, ids = [], [], []
        for line in rows:
            chunk = trusted_chunk(json.loads(line))
            batch.append(chunk)
            ids.append(chunk.id)
            toks.append(json.loads(next(tokens)) if tokens is not None else None)
            if len(batch) >= WRITE_BATCH:
                writer.add(batch, toks)
                batch, toks = [], []
        if batch:
            writer.add(batch, toks)
        if fingerprint(ids) != fp:
            log.warning("%s: old BM25 snapshot is incomplete; rebuilt from the vector store", old)
            return False
        snap = empty.complete(writer, sources, keep=False)
        snap.save(pending_delete=head.get("pending_delete", []))
    except (OSError, ValueError, KeyError, TypeError, StopIteration) as exc:
        log.warning("%s: old BM25 snapshot unreadable (%s); rebuilt from the vector store", old, exc)
        return False
    try:
        os.replace(old, directory / f"{LEGACY}.migrated")
    except FileNotFoundError:
        pass  # another process migrated the same home at the same time (to the same content)
    return True
