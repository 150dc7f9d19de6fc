"""How fused hits become one hit per clause: which chunk of a key is quoted (official text over a
digest, shipped over a user's, never an instruction first), and a parent clause yielding its place
to its best-ranked descendant. Used by retrieve/hybrid.py."""

from __future__ import annotations

from collections.abc import Callable

from assistant.types import Chunk, Hit


def chroma_where(filters: dict[str, object]) -> dict | None:
    conds = [{k: v} for k, v in filters.items() if v is not None]
    if not conds:
        return None
    return conds[0] if len(conds) == 1 else {"$and": conds}


def merge_by_key(scored: list[tuple[Chunk | None, float, int | None, int | None]], k: int,
                  keep: frozenset[str] = frozenset(), cover: Callable[[Chunk], float] | None = None) -> list[Hit]:
    """One hit per key: official text over a digest, then the best-scoring part."""
    groups: dict[str, list[tuple[Chunk, float, int | None, int | None]]] = {}
    for chunk, score, dr, sr in scored:
        if chunk is not None:
            groups.setdefault(chunk.key, []).append((chunk, score, dr, sr))
    hits: list[Hit] = []
    for items in groups.values():
        items.sort(key=lambda it: (trust_rank(it[0]), -it[1]))
        best = items[0]
        hits.append(Hit(chunk=best[0], score=max(it[1] for it in items), dense_rank=best[2],
                        sparse_rank=best[3], fallback=[it[0] for it in items[1:] if it[0].id != best[0].id]))
    hits.sort(key=lambda h: -h.score)
    return deepest_first(hits, keep=keep, cover=cover)[:k]


def trust_rank(c: Chunk) -> tuple[bool, bool, bool, bool]:
    """Which chunk of a key is quoted: official text over a digest (a user's official text, its
    identity shown by its own cover, included), a shipped chunk over a user's of the same kind, and
    never an instruction or an unverified identity first. Sorts ascending."""
    return (c.instruction, c.identity == "unverified", c.kind == "digest", c.origin != "shipped")


def is_ancestor(parent: Chunk, child: Chunk) -> bool:
    if parent.source_id != child.source_id or not parent.clause_path:
        return False
    return child.clause_path.startswith(parent.clause_path + " > ")


def deepest_first(hits: list[Hit], window: int = 10, keep: frozenset[str] = frozenset(),
                  cover: Callable[[Chunk], float] | None = None) -> list[Hit]:
    """An answer lives in the deepest clause that states it: a parent clause (often just its
    children's headings) yields its place to its best-ranked descendant in the top ``window``.
    A parent the question cites by number (``keep``) keeps its place."""
    out = list(hits)
    i = 0
    while i < len(out):
        parent = out[i]
        end = min(len(out), window)
        child_at = None
        if parent.chunk.key not in keep:
            child_at = next((j for j in range(i + 1, end) if is_ancestor(parent.chunk, out[j].chunk)), None)
        if child_at is None:
            i += 1
            continue
        if cover is not None and cover(parent.chunk) > cover(out[child_at].chunk):
            out.insert(i + 1, out.pop(child_at))  # the parent states more of the question: child below it
            i += 2
            continue
        out.insert(i, out.pop(child_at))  # the best descendant moves up to just above its parent
    return out


def order_notes(hits: list[Hit]) -> dict[int, str]:
    """Why a hit sits above a better-scored one: the position (0-based) of each hit placed out of
    score order by ``deepest_first``, with the key of its ancestor in the list (the clause it was
    kept next to). A list in plain score order gets no notes."""
    notes: dict[int, str] = {}
    for i, hit in enumerate(hits):
        if not any(h.score > hit.score for h in hits[i + 1:]):
            continue
        parent = next((h.chunk.key for h in hits if h is not hit and is_ancestor(h.chunk, hit.chunk)), None)
        if parent is not None:
            notes[i] = parent
    return notes
