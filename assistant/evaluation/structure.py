"""Structure fidelity: how faithfully ingest recovers a document's true clause structure.

A corpus folder with a ``truth.json`` (written by ``python -m evals.replicas OUT``: for every file
its expected id, title, kind, clause labels and one phrase printed only in each clause's body) is
parsed file by file and scored: clause-key recall and precision, body phrases that land in another
clause, and the share of the text under front matter.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from assistant.types import ParsedDocument

FRONT = frozenset({"封面", "来函", "目次", "目录", "前言", "引言"})


class Misplaced(BaseModel):
    clause: str
    marker: str
    found_in: list[str] = Field(description="Clause labels of the chunks that contain the marker.")


class Fidelity(BaseModel):
    file: str
    set: str = ""
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


def squash(text: str) -> str:
    """NFKC without whitespace: phrases are compared across line breaks and spaced glyphs."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def score(doc: ParsedDocument, truth: Any) -> Fidelity:
    """Score ``doc`` against ``truth`` (an object or dict with file, set, doc_id, title, kind,
    clauses and markers)."""
    t = truth if isinstance(truth, dict) else truth.model_dump()
    got = list(dict.fromkeys(c.clause for c in doc.chunks if c.clause not in FRONT))
    want = list(t["clauses"])
    got_set, want_set = set(got), set(want)
    recall = len(got_set & want_set) / len(want_set) if want_set else 1.0
    precision = len(got_set & want_set) / len(got_set) if got_set else 0.0
    texts = [(c.clause, squash(c.text)) for c in doc.chunks]
    misplaced, body_chars, front_chars = [], 0, 0
    for clause, marker in t["markers"].items():
        m = squash(marker)
        found = list(dict.fromkeys(cl for cl, text in texts if m in text))
        if found != [clause]:
            misplaced.append(Misplaced(clause=clause, marker=marker, found_in=found))
        if clause not in FRONT:
            body_chars += len(m)
            if any(cl in FRONT for cl in found):
                front_chars += len(m)
    total = sum(len(c.text) for c in doc.chunks)
    under_front = sum(len(c.text) for c in doc.chunks if c.clause in FRONT)
    return Fidelity(
        file=t["file"], set=t.get("set", ""), recall=round(recall, 4), precision=round(precision, 4),
        missing=[c for c in want if c not in got_set], extra=[c for c in got if c not in want_set],
        misplaced=misplaced, front_share=round(front_chars / body_chars, 4) if body_chars else 0.0,
        front_char_share=round(under_front / total, 4) if total else 0.0,
        doc_id_ok=doc.meta.doc_id == t["doc_id"], title_ok=doc.meta.title == t["title"],
        kind_ok=doc.meta.kind == t["kind"], got_doc_id=doc.meta.doc_id, got_title=doc.meta.title,
        got_kind=doc.meta.kind)


def structure_fidelity(corpus_dir: Path) -> list[dict[str, Any]]:
    """Fidelity of every document listed in ``corpus_dir/truth.json`` (a parse error is a row too)."""
    from assistant.ingest import IngestError, parse_file

    rows: list[dict[str, Any]] = []
    for truth in json.loads((corpus_dir / "truth.json").read_text(encoding="utf-8")):
        try:
            doc = parse_file(corpus_dir / truth["file"])
        except IngestError as exc:
            rows.append({"file": truth["file"], "set": truth.get("set", ""), "error": str(exc)})
            continue
        rows.append(score(doc, truth).model_dump())
    return rows


def render_structure(rows: list[dict[str, Any]]) -> list[str]:
    """The structure-fidelity table (Markdown lines)."""
    if not rows:
        return []
    out = ["### Structure fidelity (replicas of real documents)", "",
           "| document | set | clause recall | precision | misplaced | body under front matter | "
           "front-matter share | id / title / kind |", "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        if "error" in r:
            out.append(f"| {r['file']} | {r['set']} | error: {r['error']} | | | | | |")
            continue
        ok = " / ".join("✓" if r[k] else "✗" for k in ("doc_id_ok", "title_ok", "kind_ok"))
        out.append(f"| {r['file']} | {r['set']} | {r['recall']:.3f} | {r['precision']:.3f} | "
                   f"{len(r['misplaced'])} | {r['front_share']:.1%} | {r['front_char_share']:.1%} | {ok} |")
    misses = [(r["file"], r) for r in rows if "error" not in r and (r["missing"] or r["extra"] or r["misplaced"])]
    for name, r in misses:
        parts = []
        if r["missing"]:
            parts.append("missing " + ", ".join(r["missing"][:12]))
        if r["extra"]:
            parts.append("extra " + ", ".join(r["extra"][:12]))
        if r["misplaced"]:
            parts.append("misplaced " + ", ".join(f"{m['clause']}→{'/'.join(m['found_in']) or '∅'}"
                                                  for m in r["misplaced"][:8]))
        out.append(f"- {name}: " + "; ".join(parts))
    return [*out, ""]
