"""Baseline (a): a plain LangChain + Chroma pipeline, as people usually build it.

RecursiveCharacterTextSplitter(chunk_size=500, chunk_overlap=50) over the raw text of the corpus
files listed in ``corpus/manifest.yaml``, dense retrieval only, ``langchain_chroma.Chroma`` in
memory, with the same embedding model as the system under test.

To score it on clause keys, every baseline chunk gets the key of the clause that holds most of
its characters: each clause chunk of the real index (same document) is located in the raw file
text, every file character is owned by the clause located over it, and a baseline chunk takes the
majority owner of its characters. A chunk over no located clause (a title block) maps to no key
and cannot be a hit. Rankings are then the distinct keys in rank order.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from assistant.evaluation.metrics import distinct_keys
from assistant.types import Chunk

CHUNK_SIZE = 500
CHUNK_OVERLAP = 50
# Characters ignored when locating clause text in a file: whitespace and Markdown syntax.
_NOISE = re.compile(r"[\s#*_`|>\-:]")
_ANCHOR = 24


class ManifestDoc(BaseModel):
    path: Path
    doc_id: str


def read_manifest(corpus_dir: Path) -> list[ManifestDoc]:
    """The documents of ``corpus_dir/manifest.yaml`` (files that do not exist are skipped); a
    folder without a manifest (users' own files, the generated replicas): every supported file,
    with the document id ingest gives it."""
    if not (corpus_dir / "manifest.yaml").is_file():
        from assistant.ingest import IngestError, discover, parse_file

        files, _ = discover([corpus_dir])
        docs = []
        for path in files:
            try:
                docs.append(ManifestDoc(path=path, doc_id=parse_file(path).meta.doc_id))
            except IngestError:
                continue
        return docs
    data = yaml.safe_load((corpus_dir / "manifest.yaml").read_text(encoding="utf-8")) or {}
    docs = []
    for entry in data.get("documents", []):
        path = corpus_dir / entry["file"]
        if path.is_file():
            docs.append(ManifestDoc(path=path, doc_id=str(entry["doc_id"])))
    return docs


def _normalise(text: str) -> tuple[str, list[int]]:
    """Text without noise characters, and for each kept character its index in ``text``."""
    kept: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if not _NOISE.match(ch):
            kept.append(ch)
            index.append(i)
    return "".join(kept), index


class ClauseSpan(BaseModel):
    key: str
    start: int
    end: int


def _find(norm: str, needle: str, cursor: int) -> int:
    pos = norm.find(needle, cursor)
    return pos if pos >= 0 else norm.find(needle)


def locate_clauses(file_text: str, chunks: Sequence[Chunk]) -> tuple[list[ClauseSpan], list[str]]:
    """Spans (in ``file_text`` offsets) of the given clause chunks, in document order.

    Exact match after normalisation first (searching forward from the previous clause, so
    repeated text resolves in order); else the chunk's first and/or last characters as anchors.
    Returns (spans, keys of chunks that could not be located)."""
    norm, index = _normalise(file_text)
    spans: list[ClauseSpan] = []
    missing: list[str] = []
    cursor = 0
    for chunk in sorted(chunks, key=lambda c: (c.order, c.part)):
        needle, _ = _normalise(chunk.text)
        if not needle:
            continue
        start = _find(norm, needle, cursor)
        end = start + len(needle) if start >= 0 else -1
        if start < 0:
            head, tail = needle[:_ANCHOR], needle[-_ANCHOR:]
            start = _find(norm, head, cursor)
            tail_at = norm.find(tail, max(start, 0))
            if start >= 0:
                end = tail_at + len(tail) if tail_at > start else min(start + len(needle), len(norm))
            elif tail_at >= 0:
                end = tail_at + len(tail)
                start = max(end - len(needle), 0)
        if start < 0 or end <= start:
            missing.append(chunk.key)
            continue
        spans.append(ClauseSpan(key=chunk.key, start=index[start], end=index[end - 1] + 1))
        cursor = start + 1
    return spans, missing


def owners(length: int, spans: Sequence[ClauseSpan]) -> list[str | None]:
    """The clause key owning each character (later spans win where spans overlap)."""
    owner: list[str | None] = [None] * length
    for span in spans:
        for i in range(max(span.start, 0), min(span.end, length)):
            owner[i] = span.key
    return owner


def majority_key(owner: Sequence[str | None], start: int, end: int) -> str | None:
    """Key owning most characters of ``[start, end)``; ties go to the earliest in the span."""
    counts = Counter(k for k in owner[start:end] if k is not None)
    if not counts:
        return None
    best = max(counts.values())
    return next(k for k in owner[start:end] if k is not None and counts[k] == best)


def raw_text(path: Path) -> str:
    """A file's text as a plain LangChain pipeline reads it: pypdf page texts (as PyPDFLoader),
    DOCX paragraphs (as Docx2txtLoader), text files as they are."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pypdf

        return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)
    if suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        for table in document.tables:
            parts.extend(" ".join(cell.text for cell in row.cells) for row in table.rows)
        return "\n".join(parts)
    from assistant.ingest.loaders import decode_text

    return decode_text(path, path.read_bytes())


class BaselineChunk(BaseModel):
    text: str
    doc_id: str
    start: int
    key: str | None


def split_corpus(docs: Sequence[ManifestDoc], clause_chunks: Sequence[Chunk]) -> tuple[list[BaselineChunk], list[str]]:
    """Split every file 500/50 and map each piece to a clause key; returns (pieces, unlocated keys)."""
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP, add_start_index=True)
    by_doc: dict[str, list[Chunk]] = {}
    for chunk in clause_chunks:
        by_doc.setdefault(chunk.doc_id, []).append(chunk)
    pieces: list[BaselineChunk] = []
    missing: list[str] = []
    for doc in docs:
        text = raw_text(doc.path)
        spans, lost = locate_clauses(text, by_doc.get(doc.doc_id, []))
        missing.extend(lost)
        owner = owners(len(text), spans)
        for piece in splitter.create_documents([text]):
            start = int(piece.metadata["start_index"])
            if start < 0:  # the splitter could not place the piece; find it ourselves
                start = max(text.find(piece.page_content), 0)
            key = majority_key(owner, start, start + len(piece.page_content))
            pieces.append(BaselineChunk(text=piece.page_content, doc_id=doc.doc_id, start=start, key=key))
    return pieces, missing


class LangchainBaseline:
    """Dense-only LangChain + Chroma retrieval over 500/50 character chunks."""

    def __init__(self, pieces: Sequence[BaselineChunk], embeddings: Any, *, unlocated: Sequence[str] = ()) -> None:
        import chromadb
        from langchain_chroma import Chroma

        self.pieces = list(pieces)
        self.unlocated = list(unlocated)
        self._client = chromadb.EphemeralClient()
        self._name = f"baseline_{uuid.uuid4().hex[:12]}"
        self.store = Chroma(collection_name=self._name, embedding_function=embeddings, client=self._client)
        if self.pieces:
            self.store.add_texts(
                [p.text for p in self.pieces],
                metadatas=[{"key": p.key or "", "doc_id": p.doc_id, "start": p.start} for p in self.pieces],
                ids=[str(i) for i in range(len(self.pieces))],
            )

    @classmethod
    def from_corpus(cls, corpus_dir: Path, clause_chunks: Sequence[Chunk], embeddings: Any) -> LangchainBaseline:
        pieces, missing = split_corpus(read_manifest(corpus_dir), clause_chunks)
        return cls(pieces, embeddings, unlocated=missing)

    @property
    def unmapped(self) -> int:
        """Baseline chunks that map to no clause key."""
        return sum(1 for p in self.pieces if p.key is None)

    def search(self, query: str, k: int = 10) -> list[str]:
        """Top ``k`` distinct clause keys for ``query`` (from the top 4k raw chunks)."""
        if not self.pieces:
            return []
        docs = self.store.similarity_search(query, k=min(4 * k, len(self.pieces)))
        return distinct_keys(d.metadata.get("key") or None for d in docs)[:k]

    def close(self) -> None:
        try:
            self._client.delete_collection(self._name)
        except Exception:  # best effort: the store is in memory anyway
            pass
