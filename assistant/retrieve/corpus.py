"""What query analysis reads about the indexed corpus: a few columns of every chunk, never the
chunk objects. The index's snapshot answers these in SQLite (index/docstore.py); ``ChunkCorpus``
answers them from a list of chunks (tests, small callers)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

from assistant.types import Chunk


@runtime_checkable
class Corpus(Protocol):
    @property
    def count(self) -> int: ...

    def project(self, fields: Sequence[str], *, contains: tuple[str, str | tuple[str, ...]] | None = None,
                prefix: tuple[str, str] | None = None, every: int = 1, distinct: bool = False) -> list[tuple]: ...

    def count_containing(self, column: str, text: str) -> int: ...

    def documents(self) -> list[tuple]: ...


_ALIAS = {"ord": "order"}


class ChunkCorpus:
    """A Corpus over chunks in memory."""

    def __init__(self, chunks: Iterable[Chunk]) -> None:
        self.chunks = list(chunks)

    @property
    def count(self) -> int:
        return len(self.chunks)

    def project(self, fields: Sequence[str], *, contains: tuple[str, str | tuple[str, ...]] | None = None,
                prefix: tuple[str, str] | None = None, every: int = 1, distinct: bool = False) -> list[tuple]:
        out: list[tuple] = []
        texts = () if contains is None else (contains[1],) if isinstance(contains[1], str) else contains[1]
        for c in self.chunks[::max(1, every)]:
            if contains is not None and not any(t in getattr(c, contains[0]) for t in texts):
                continue
            if prefix is not None and not getattr(c, prefix[0]).startswith(prefix[1]):
                continue
            out.append(tuple(getattr(c, _ALIAS.get(f, f)) for f in fields))
        return list(dict.fromkeys(out)) if distinct else out

    def documents(self) -> list[tuple]:
        """(doc_id, doc_title, status, edition_year, [clause labels]) per document, first chunk's fields."""
        docs: dict[str, tuple] = {}
        for c in self.chunks:
            doc = docs.setdefault(c.doc_id, (c.doc_id, c.doc_title, c.status, c.edition_year, {}))
            doc[4].setdefault(c.clause, None)
        return [(*d[:4], list(d[4])) for d in docs.values()]

    def count_containing(self, column: str, text: str) -> int:
        return sum(text in getattr(c, column) for c in self.chunks)


def as_corpus(chunks: Iterable[Chunk] | Corpus) -> Corpus:
    return chunks if isinstance(chunks, Corpus) else ChunkCorpus(chunks)  # type: ignore[arg-type]
