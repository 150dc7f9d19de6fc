"""Offline answers without an LLM: the best clauses, their decisive sentences quoted and cited.

Refuses plainly when retrieval found nothing relevant instead of stitching unrelated text. Every
phrase comes from a template under ``prompts/answer/`` (shared with the LLM path).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from assistant.answer.citations import format_ref, validate_citations
from assistant.answer.direct import Direct, direct_answer
from assistant.answer.editions import edition_note
from assistant.answer.trust import (
    capped_confidence,
    contradiction,
    labels,
    shipped_counterpart,
    suspicious,
    trusted_first,
)
from assistant.index.sparse import tokenize
from assistant.ingest import to_index_form
from assistant.prompts import Prompts
from assistant.retrieve.hybrid import SearchResult
from assistant.settings import Settings
from assistant.types import Answer, Chunk, Citation, Hit

_SENTENCE = re.compile(r"[^。；;！？!?\n]+[。；;！？!?]?")
CONFIDENCE_NOTES = ("M", "L")  # confidences that carry a note: prompts/answer/confidence_{M,L}.txt
QUOTE_BUDGET = 260
LIST_BUDGET = 720  # a question asking for a list gets the whole list when the clause is this short


def _as_typed(term: str, text: str) -> str:
    """A normalised term as the user typed it (case, full-width characters)."""
    typed = unicodedata.normalize("NFKC", text)
    m = re.search(re.escape(term).replace(r"\ ", r"\s*"), typed, re.IGNORECASE)
    return m.group(0) if m else term


def compose(result: SearchResult, settings: Settings, *, idf: Callable[[str], float],
            editions: list[dict], relevance: Callable[[Hit], float],
            by_key: Callable[[str], list[Chunk]] | None = None) -> Answer:
    """Build a grounded answer from ``result`` or refuse.

    ``by_key`` (the index's chunks of a key) finds the shipped text of a clause a user document
    contradicts when it is not among the hits; without it only the hits are compared.
    """
    prompts = Prompts(settings)
    if not result.answerable:
        refusal = prompts.render("answer/refusal")
        if result.missing:
            named = "、".join(f"“{_as_typed(t, result.query.text)}”" for t in result.missing)
            refusal = prompts.render("answer/refusal_missing", named=named) + refusal
        if result.deferred:
            named = "、".join(f"“{_as_typed(t, result.query.text)}”" for t in result.deferred)
            refusal = prompts.render("answer/refusal_deferred", named=named) + refusal
        if result.out_of_domain:
            refusal = prompts.render("answer/refusal_out_of_domain") + refusal
        if result.not_indexed:
            named = "、".join(f"“{_as_typed(t, result.query.text)}”" for t in result.not_indexed)
            refusal = prompts.render("answer/refusal_not_indexed", named=named) + refusal
        return Answer(answer=refusal, grounded=False)
    top = result.relevance
    chosen = [result.hits[0]]
    for hit in result.hits[1:]:
        if len(chosen) >= settings.retrieval.answer_max_clauses:
            break
        r = relevance(hit)
        if r >= 0.8 * top and r > 0:
            chosen.append(hit)
    chosen = trusted_first(chosen)  # relevant clauses only; an injected 回答：… is never quoted first
    q_tokens = set(result.query.tokens)
    budget = LIST_BUDGET if result.query.list_intent else QUOTE_BUDGET
    lines = [prompts.render("answer/intro", question=result.query.text.strip())]
    direct = _direct(result.query.text, chosen)
    if direct is not None:
        lines.insert(0, prompts.render("answer/direct", verdict=direct[0].verdict, quote=direct[0].quote,
                                       ref=format_ref(direct[1])))
    citations: list[Citation] = []
    superseded: list[str] = []
    context = [h.chunk for h in chosen]
    for n, hit in enumerate(chosen, 1):
        c = hit.chunk
        sentences, best = decisive_sentences(c, q_tokens, idf, budget=budget)
        lines.append(prompts.render("answer/clause_head", n=n, doc_id=c.doc_id,
                                    clause=_clause_label(c.clause, prompts), title=c.title or c.doc_title))
        for quote in sentences:
            lines.append("   「" + quote.replace("\n", "\n    ") + f"」{format_ref(c)}")
        notes = []
        if c.status == "superseded":
            superseded.append(c.doc_id)
            notes.append(edition_note(c, editions, prompts))
        if c.confidence in CONFIDENCE_NOTES:
            notes.append(prompts.render(f"answer/confidence_{c.confidence}"))
        shipped = shipped_counterpart(hit, by_key)
        conflict = shipped is not None and contradiction(c, shipped, q_tokens)
        if (hit.fallback and c.kind != "digest" and any(f.kind == "digest" for f in hit.fallback)
                and not conflict and not suspicious(c)):
            notes.append(prompts.render("answer/digest_note"))
        notes.extend(labels(c, prompts))
        lines.extend(f"   （{note}）" for note in notes)
        citations.append(Citation(key=c.key, doc_id=c.doc_id, clause=c.clause, title=c.title,
                                  page=c.pages[0] if c.pages else None, quote=best,
                                  superseded_by=c.superseded_by, confidence=capped_confidence(c)))
        if conflict and shipped is not None:
            above = next((i for i, h in enumerate(chosen, 1) if h.chunk.id == shipped.id), None)
            if above is not None:  # the shipped text is quoted above: point at it
                lines.append("   （" + prompts.render("answer/conflict_above", doc_id=shipped.doc_id, n=above) + "）")
                continue
            theirs, their_best = decisive_sentences(shipped, q_tokens, idf, budget=budget)
            lines.append("   （" + prompts.render("answer/conflict", doc_id=shipped.doc_id) + "）")
            lines.extend("   「" + quote.replace("\n", "\n    ") + f"」{format_ref(shipped)}" for quote in theirs)
            citations.append(Citation(key=shipped.key, doc_id=shipped.doc_id, clause=shipped.clause,
                                      title=shipped.title, page=shipped.pages[0] if shipped.pages else None,
                                      quote=their_best, superseded_by=shipped.superseded_by,
                                      confidence=capped_confidence(shipped)))
            context.append(shipped)
    if superseded:
        lines.append(prompts.render("answer/superseded_footer"))
    answer = Answer(answer="\n".join(lines), citations=citations, grounded=True,
                    superseded=sorted(set(superseded)))
    return validate_citations(answer, context)


def _direct(question: str, chosen: list[Hit]) -> tuple[Direct, Chunk] | None:
    """The first chosen clause's direct answer, unless another chosen clause says the opposite."""
    found = [(d, h.chunk) for h in chosen if (d := direct_answer(question, h.chunk)) is not None]
    if not found or len({d.verdict for d, _ in found}) > 1:
        return None
    return found[0]


def decisive_sentences(chunk: Chunk, q_tokens: set[str], idf: Callable[[str], float], *,
                       budget: int = QUOTE_BUDGET) -> tuple[list[str], str]:
    """Quotes from the clause body that carry the query's terms, in document order, within a budget
    (adjacent sentences merged into one verbatim quote), and the single most decisive sentence (the
    citation's quote)."""
    lines = chunk.text.split("\n")
    body = "\n".join(lines[1:]) if len(lines) > 1 else chunk.text
    spans: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(body):
        text = m.group(0)
        start = m.start() + len(text) - len(text.lstrip())
        end = m.end() - (len(text) - len(text.rstrip()))
        if end - start > 1 and not body.startswith("【置信度", start):
            spans.append((start, end))
    if not spans:
        whole = chunk.text.strip()[:budget]
        return [whole], whole
    sents = [body[a:b] for a, b in spans]

    def score(i: int) -> float:
        # a term counts once: 取水量 matched, its pieces 取水 and 水量 add nothing more
        hit = set(tokenize(to_index_form(sents[i]))) & q_tokens
        return sum(idf(t) for t in hit if not any(t != u and t in u for u in hit))

    ranked = sorted(range(len(sents)), key=lambda i: (-score(i), i))
    picked: list[int] = []
    if sum(len(x) for x in sents) <= budget:
        picked = list(range(len(sents)))
    else:
        used = 0
        for i in ranked:
            if picked and (used + len(sents[i]) > budget or score(i) == 0):
                break
            picked.append(i)
            used += len(sents[i])
        picked.sort()
    quotes: list[str] = []
    run_start = picked[0]
    for prev, cur in zip(picked, [*picked[1:], None], strict=True):
        if cur is None or cur != prev + 1:
            quotes.append(body[spans[run_start][0]:spans[prev][1]])
            if cur is not None:
                run_start = cur
    return quotes, sents[ranked[0]]


def _clause_label(clause: str, prompts: Prompts) -> str:
    if clause[:1].isdigit() or re.match(r"^[A-Z]\.\d", clause):
        return prompts.render("answer/clause_label", clause=clause)
    return clause
