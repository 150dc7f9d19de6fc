"""Every shipped corpus file that exists parses into well-formed, unique clause keys."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.ingest import find_manifest, parse_file
from assistant.types import split_key

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
MANIFEST = CORPUS / "manifest.yaml"
_manifest = find_manifest(MANIFEST) if MANIFEST.exists() else None
_ENTRIES = [e for e in (_manifest.documents if _manifest else []) if (CORPUS / e.file).exists()]


@pytest.mark.parametrize("entry", _ENTRIES, ids=[e.file for e in _ENTRIES])
def test_corpus_file_parses(entry) -> None:  # type: ignore[no-untyped-def]
    path = CORPUS / entry.file
    doc = parse_file(path, manifest=_manifest)
    meta = doc.meta
    assert meta.doc_id == entry.doc_id
    assert meta.source_id == (entry.doc_id + "#digest" if entry.kind == "digest" else entry.doc_id)
    assert doc.chunks, "no chunks"
    seen: set[tuple[str, int]] = set()
    for c in doc.chunks:
        doc_id, clause = split_key(c.key)
        assert doc_id == entry.doc_id and clause == c.clause and clause.strip() == clause and clause
        assert (c.key, c.part) not in seen, f"duplicate key {c.key} part {c.part}"
        seen.add((c.key, c.part))
        assert c.text.strip() and c.index_text
        assert not re.search(r"^#{1,6} ", c.text, re.M), "a Markdown heading was not recognised"
        lines = c.text.split("\n")
        if len(c.text) > 600:  # only an unsplittable table row may exceed the limit
            assert any(len(ln) > 400 and ln.startswith("|") for ln in lines), c.key
        if c.part:
            assert lines[0] == doc.chunks[c.order - c.part].text.split("\n")[0]
    assert [c.order for c in doc.chunks] == list(range(len(doc.chunks)))
