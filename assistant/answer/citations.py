"""Citations: a citation is a key from the context the answer was built from, and its quote is in it.

Any other key is rejected — dropped from the citations and its marker removed from the answer text —
never displayed as if it were valid.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.types import Answer, Chunk, Citation

_REF = re.compile(r"\[([^\[\]§]+?) §([^\[\]]+?)\]")


def format_ref(chunk: Chunk | Citation) -> str:
    return f"[{chunk.doc_id} §{chunk.clause}]"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def check_citation(cit: Citation, context: Sequence[Chunk]) -> str | None:
    """None if valid, else the reason."""
    same = [c for c in context if c.key == cit.key]
    if not same:
        return f"unknown key {cit.key!r}: not in the answer's context"
    if cit.quote and not any(_squash(cit.quote) in _squash(c.text) for c in same):
        return f"quote not found in {cit.key}"
    return None


def validate_citations(answer: Answer, context: Sequence[Chunk]) -> Answer:
    """Drop citations whose key is not in ``context`` or whose quote is not in the chunk; strip
    their markers from the text. An answer left with no valid citation is not grounded."""
    valid = [c for c in answer.citations if check_citation(c, context) is None]
    known = {f"{c.doc_id} §{c.clause}" for c in context}

    def keep(m: re.Match[str]) -> str:
        return m.group(0) if f"{m.group(1)} §{m.group(2)}" in known else ""

    text = _REF.sub(keep, answer.answer)
    return answer.model_copy(update={"answer": text, "citations": valid,
                                     "grounded": answer.grounded and bool(valid)})
