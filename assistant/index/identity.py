"""Which stored document a parsed file is: store ids, same-named sources, moved files.

A store id hashes the chunk's content id (source, clause key, part, text) together with its knowledge
base and the document fields every chunk carries (title, kind, status, superseded_by, edition year).
So the same document in two knowledge bases has distinct ids, a manifest edit changes the ids (and
is written, with vectors from the embedding cache: nothing is re-embedded), and a fingerprint of
the store's ids covers content and metadata alike.

Two different files never overwrite each other silently. A file whose source id is already indexed
from another path that still exists, with other bytes, is refused unless the caller passes
``replace=True`` (CLI ``--replace``); when the first path is gone the file moved and replaces it.
A file with the bytes of an indexed source whose file is gone is that source renamed: the old
source is dropped in the same step (no duplicate chunks).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from assistant.index.sparse import SourceInfo, source_key
from assistant.types import Chunk, DocumentMeta

_DOC_FIELDS = ("doc_title", "kind", "status", "superseded_by", "edition_year", "confidence")


def stored_id(chunk: Chunk, kb: str) -> str:
    fields = "\x1f".join(str(getattr(chunk, f) or "") for f in _DOC_FIELDS)
    return hashlib.sha256(f"{chunk.id}\x1f{kb}\x1f{fields}".encode()).hexdigest()[:32]


def with_store_ids(chunks: list[Chunk], kb: str) -> list[Chunk]:
    return [c.model_copy(update={"id": stored_id(c, kb), "kb": kb}) for c in chunks]


@dataclass
class Resolution:
    """What to do with a parsed file: ``error`` set means refuse it; ``drop`` are source keys whose
    chunks the file replaces (a moved file's old source id); ``note`` explains a move."""

    error: str = ""
    drop: tuple[str, ...] = ()
    note: str = ""


def _gone(info: SourceInfo) -> bool:
    return bool(info.path) and not Path(info.path).exists()


def resolve(meta: DocumentMeta, path: Path, kb: str, sources: dict[str, SourceInfo], *,
            claimed: set[str], replace: bool) -> Resolution:
    """Decide how ``path`` (parsed into ``meta``) relates to the indexed ``sources`` of ``kb``.

    ``claimed``: source keys written by this batch (a batch never replaces its own files)."""
    here = str(path.resolve())
    key = source_key(kb, meta.source_id)
    same = sources.get(key)
    if same is not None and same.path and same.path != here and not replace:
        if not _gone(same) and same.content_hash != meta.content_hash:
            return Resolution(error=(
                f"{path}: 文档编号 {meta.source_id} 已由另一文件 {same.path} 入库（内容不同），未覆盖；"
                "两者不同请在清单或前言中给出不同的 doc_id，确认替换请加 --replace"))
    if same is not None:
        return Resolution()
    prefix = f"{kb}\x1f"
    for other_key, info in sources.items():
        if not other_key.startswith(prefix) or other_key in claimed or info.content_hash != meta.content_hash:
            continue
        if _gone(info):
            old_id = other_key[len(prefix):]
            return Resolution(drop=(other_key,), note=f"{path}: 由 {info.path} 移动或改名而来（原编号 {old_id}），已替换原条目")
        return Resolution(error=f"{path}: 内容与已入库的 {info.path}（{other_key[len(prefix):]}）相同，已跳过")
    return Resolution()
