"""Edition labels: name the successor of a superseded document and the current clause, if any."""

from __future__ import annotations

from assistant.prompts import Prompts
from assistant.types import Chunk


def current_clause(doc_id: str, clause: str, editions: list[dict]) -> tuple[str | None, dict | None]:
    """(new doc id, clause-map row) for an old clause: exact row first, then its chapter's row."""
    for link in editions:
        if link.get("old") != doc_id:
            continue
        rows = link.get("clause_map") or []
        best: dict | None = None
        for row in rows:
            old = str(row.get("old") or "")
            if old and (clause == old or clause.startswith(old + ".")):
                if best is None or len(old) > len(str(best.get("old") or "")):
                    best = row
        return link.get("new"), best
    return None, None


def edition_note(chunk: Chunk, editions: list[dict], prompts: Prompts | None = None) -> str:
    """The note on a superseded clause (templates ``prompts/answer/edition_*.txt``)."""
    prompts = prompts or Prompts()
    new_doc, row = current_clause(chunk.doc_id, chunk.clause, editions)
    successor = chunk.superseded_by or new_doc
    note = prompts.render("answer/edition_superseded", doc_id=chunk.doc_id)
    if successor:
        note += prompts.render("answer/edition_successor", successor=successor)
    if row is not None:
        if row.get("new"):
            note += prompts.render("answer/edition_current_clause", successor=successor,
                                   clause=row["new"], change=row.get("change", ""))
        else:
            note += prompts.render("answer/edition_deleted", change=row.get("change", ""))
    return note
