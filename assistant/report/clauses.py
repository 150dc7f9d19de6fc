"""The clauses a draft cites: fetched by key through the agent's tools, so a citation is always a key
present in the index with a quote taken from that clause; validated again on the finished text."""

from __future__ import annotations

import re

from assistant.agent.tools import Toolbox
from assistant.answer.citations import format_ref, validate_citations
from assistant.answer.trust import labels
from assistant.errors import AssistantError
from assistant.index.indexer import Index
from assistant.prompts import Prompts
from assistant.retrieve.hybrid import Retriever
from assistant.settings import Settings
from assistant.types import Answer, Chunk, Citation

# Formula ids of assistant.scoring that are documents rather than clause keys.
DOC_CLAUSE = {"GB/T 2589-2020": "GB/T 2589-2020§4"}


class Clauses:
    """Citations by key (None when the key is not indexed); remembers the chunks behind them."""

    def __init__(self, index: Index | None, retriever: Retriever | None, settings: Settings) -> None:
        self.tools = Toolbox(index, retriever, settings) if index is not None and retriever is not None else None
        self._cits: dict[str, Citation | None] = {}
        self._chunks: dict[str, list[Chunk]] = {}
        self.missing: list[str] = []

    def get(self, key: str) -> Citation | None:
        key = DOC_CLAUSE.get(key, key)
        if "§" not in key:
            return None
        if key not in self._cits:
            self._cits[key] = None
            if self.tools is not None:
                try:
                    out = self.tools.get_clause(key)
                except AssistantError:
                    out = None
                if out is not None and out.citations:
                    self._cits[key], self._chunks[key] = out.citations[0], out.chunks
            if self._cits[key] is None:
                self.missing.append(key)
        return self._cits[key]

    def ref(self, key: str) -> str:
        """The marker ``[DOC §CLAUSE]`` of an indexed key, else ''."""
        cit = self.get(key)
        return format_ref(cit) if cit else ""

    def chunks(self, keys: list[str] | None = None) -> list[Chunk]:
        wanted = self._chunks if keys is None else {k: self._chunks[k] for k in keys if k in self._chunks}
        return [c for parts in wanted.values() for c in parts]

    def source_notes(self, citations: list[Citation], prompts: Prompts) -> list[str]:
        """A flag per cited clause that is not shipped, official text: a user-added file, an identity
        its own text does not show, an instruction inside (the same labels an answer carries)."""
        out: list[str] = []
        for cit in citations:
            self.get(cit.key)
            chunk = next(iter(self._chunks.get(cit.key, [])), None)
            if chunk is not None:
                out += [prompts.render("report/flag_source", ref=format_ref(cit), note=n) for n in labels(chunk, prompts)]
        return out

    def cited(self, text: str) -> list[Citation]:
        """The citations whose markers are in ``text``, validated against their clauses (key in the
        index, quote in the clause)."""
        found = [c for c in self._cits.values() if c is not None and format_ref(c) in text]
        return validate_citations(Answer(answer=text, citations=found, grounded=True), self.chunks()).citations

    def enforce(self, text: str, allowed: list[Citation]) -> tuple[str, list[Citation], list[str]]:
        """Remove every marker of ``text`` that is not one of ``allowed`` (or another indexed clause
        fetched here); returns the text, the valid citations in it and what was removed."""
        pool = {c.key: c for c in allowed}
        pool.update({k: c for k, c in self._cits.items() if c is not None})
        markers = re.findall(r"\[([^\[\]§]+?) §([^\[\]]+?)\]", text)
        for doc, clause in markers:
            key = f"{doc}§{clause}"
            if key not in pool and self.get(key) is not None:
                pool[key] = self._cits[key]  # type: ignore[assignment]
        context = self.chunks() + [_as_chunk(c) for c in allowed if c.key not in self._chunks]
        cited = [c for c in pool.values() if c is not None and format_ref(c) in text]
        checked = validate_citations(Answer(answer=text, citations=cited, grounded=True), context)
        removed = sorted({f"[{d} §{c}]" for d, c in markers} - {format_ref(c) for c in checked.citations})
        return checked.answer, checked.citations, removed


def _as_chunk(cit: Citation) -> Chunk:
    """A citation validated earlier stands in for its clause (its quote is the known clause text)."""
    return Chunk(id=cit.key, key=cit.key, doc_id=cit.doc_id, source_id=cit.doc_id, clause=cit.clause,
                 title=cit.title, text=cit.quote, index_text=cit.quote)
