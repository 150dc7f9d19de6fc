"""How faithfully a ParsedDocument recovers a replica's true structure."""

from __future__ import annotations

import unicodedata

from pydantic import BaseModel, Field

from assistant.types import ParsedDocument
from evals.replicas.model import FRONT_LABELS, squash
from evals.replicas.truth import DocTruth

FRONT = (*FRONT_LABELS, "目录")


class Misplaced(BaseModel):
    clause: str
    marker: str
    found_in: list[str] = Field(description="Clause labels of the chunks that contain the marker.")


class Fidelity(BaseModel):
    file: str
    recall: float = Field(description="Share of truth clauses found among the chunks' clauses.")
    precision: float = Field(description="Share of chunk clauses (front matter excluded) in the truth.")
    missing: list[str]
    extra: list[str]
    misplaced: list[Misplaced] = Field(description="Markers not (only) in their own clause's chunks.")
    front_share: float = Field(description="Share of body-clause marker text found under front matter.")
    front_char_share: float = Field(description="Share of all chunk characters under front-matter labels.")
    doc_id_ok: bool
    title_ok: bool
    kind_ok: bool
    got_doc_id: str
    got_title: str
    got_kind: str


def _norm(text: str) -> str:
    return squash(unicodedata.normalize("NFKC", text))


def score(doc: ParsedDocument, truth: DocTruth) -> Fidelity:
    got = list(dict.fromkeys(c.clause for c in doc.chunks if c.clause not in FRONT))
    want = list(truth.clauses)
    got_set, want_set = set(got), set(want)
    recall = len(got_set & want_set) / len(want_set) if want_set else 1.0
    precision = len(got_set & want_set) / len(got_set) if got_set else 0.0
    texts = [(c.clause, _norm(c.text)) for c in doc.chunks]
    misplaced, body_chars, front_chars = [], 0, 0
    for clause, marker in truth.markers.items():
        m = _norm(marker)
        found = list(dict.fromkeys(cl for cl, t in texts if m in t))
        if found != [clause]:
            misplaced.append(Misplaced(clause=clause, marker=marker, found_in=found))
        if clause not in FRONT:
            body_chars += len(m)
            if any(cl in FRONT for cl in found):
                front_chars += len(m)
    total = sum(len(c.text) for c in doc.chunks)
    under_front = sum(len(c.text) for c in doc.chunks if c.clause in FRONT)
    return Fidelity(
        file=truth.file, recall=round(recall, 4), precision=round(precision, 4),
        missing=[c for c in want if c not in got_set], extra=[c for c in got if c not in want_set],
        misplaced=misplaced, front_share=round(front_chars / body_chars, 4) if body_chars else 0.0,
        front_char_share=round(under_front / total, 4) if total else 0.0,
        doc_id_ok=doc.meta.doc_id == truth.doc_id, title_ok=doc.meta.title == truth.title,
        kind_ok=doc.meta.kind == truth.kind, got_doc_id=doc.meta.doc_id, got_title=doc.meta.title,
        got_kind=doc.meta.kind)
