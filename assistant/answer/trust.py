"""Trust in an answer: which quotes come from user-added or unverified documents, which read as
instructions to the assistant, and which contradict the shipped text of the same clause.

The composer orders trustworthy clauses first, labels the others (phrases in prompts/answer/label_*),
never lets them raise a citation's confidence, and shows a contradiction as a conflict with the
shipped quote beside it instead of a silent replacement.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from assistant.index.sparse import tokenize
from assistant.ingest import to_index_form
from assistant.prompts import Prompts
from assistant.types import Chunk, Confidence, Hit, make_key

_RANK = {"H": 0, "M": 1, "L": 2}
_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
_NEGATION = re.compile(r"不|未|非(?!常)|无(?!机|线|锡)|没有|禁止|免于|除外")
_NUMBER = re.compile(r"\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+(?=[次年月日天个项家倍%％])")
_REFERENCE = re.compile(r"[A-Z]\.\d+(?:\.\d+)*|表\s*[A-Z]?\.?\d+|式\s*[（(][^）)]*[）)]|第\s*\d+\s*[条章节款项]")


def suspicious(chunk: Chunk) -> bool:
    """Text that must never lead an answer: an instruction to the assistant or an unverified identity."""
    return chunk.instruction or chunk.identity == "unverified"


def trusted_first(hits: Sequence[Hit]) -> list[Hit]:
    """Hits in retrieval order, suspicious ones after the rest (stable): an injected 回答：… is not
    quoted first because it matched the question's words."""
    return sorted(hits, key=lambda h: suspicious(h.chunk))


def capped_confidence(chunk: Chunk) -> Confidence | None:
    """A citation's confidence: a user's text is at most M, a suspicious or payment text L."""
    level = chunk.confidence or "H"
    cap = "L" if suspicious(chunk) or chunk.payment else ("M" if chunk.origin == "user" else "H")
    worst = max(level, cap, key=_RANK.__getitem__)
    return None if worst == "H" else worst  # type: ignore[return-value]


def labels(chunk: Chunk, prompts: Prompts) -> list[str]:
    """The notes a quote from ``chunk`` carries, in order: provenance, identity, instruction, payment."""
    notes: list[str] = []
    if chunk.origin == "user":
        by = chunk.added_by or prompts.render("answer/unknown_user")
        at = (chunk.added_at or "").replace("T", " ").replace("+00:00", " UTC") or prompts.render("answer/unknown_user")
        notes.append(prompts.render("answer/label_user", file=Path(chunk.source_file).name or chunk.source_id,
                                    by=by, at=at))
    if chunk.identity == "unverified":
        notes.append(prompts.render("answer/label_unverified", claimed=chunk.claimed_id or chunk.doc_id))
    elif chunk.claimed_id:
        notes.append(prompts.render("answer/label_duplicate", claimed=chunk.claimed_id))
    if chunk.instruction:
        notes.append(prompts.render("answer/label_instruction"))
    if chunk.payment:
        notes.append(prompts.render("answer/label_payment"))
    return notes


def shipped_counterpart(hit: Hit, by_key: Callable[[str], list[Chunk]] | None) -> Chunk | None:
    """The shipped chunk of the same clause as a user chunk: in the hit's fallback (same key), or, for
    an unverified document, under the id it claimed."""
    chunk = hit.chunk
    if chunk.origin == "shipped":
        return None
    same = [c for c in hit.fallback if c.origin == "shipped"]
    if not same and by_key is not None:
        keys = [chunk.key] + ([make_key(chunk.claimed_id, chunk.clause)] if chunk.claimed_id else [])
        same = [c for k in keys for c in by_key(k) if c.origin == "shipped"]
    return same[0] if same else None


def _sentences(text: str) -> list[tuple[str, set[str]]]:
    out = []
    for m in _SENTENCE.finditer(text):
        s = m.group(0).strip()
        if len(s) > 3:
            out.append((s, set(tokenize(to_index_form(s)))))
    return out


def _values(sentence: str) -> set[str]:
    """The figures a sentence states, without clause, table and formula numbers (B.10, 表C.1)."""
    return set(_NUMBER.findall(_REFERENCE.sub(" ", sentence)))


def contradiction(user: Chunk, shipped: Chunk, q_tokens: set[str]) -> bool:
    """Does ``user`` say the opposite of ``shipped`` on the question's subject?

    Sentence by sentence: a user sentence about the question (sharing its terms) and the shipped
    sentence most like it (Jaccard >= 0.3) contradict when one is negated and the other not, or when
    each states a figure the other does not. Deliberately simple and conservative: a false conflict shows
    the shipped text beside the user's, which is harmless.
    """
    theirs = _sentences(shipped.text)
    for s, toks in _sentences(user.text):
        if q_tokens and not toks & q_tokens:
            continue
        best, score = None, 0.0
        for t, ttoks in theirs:
            j = len(toks & ttoks) / max(1, len(toks | ttoks))
            if j > score:
                best, score = t, j
        if best is None or score < 0.3:
            continue
        if bool(_NEGATION.search(s)) != bool(_NEGATION.search(best)):
            return True
        ours, other = _values(s), _values(best)
        if ours - other and other - ours:  # each states a figure the other lacks: 三次/五年 vs 两次/十年
            return True
    return False
