"""Names that share one value: 'A和B的权重均为20%' checks A as well as B; 'A和B分值合计16分' their sum."""

from __future__ import annotations

from typing import Protocol

from assistant.types import Claim

from . import linkrules, vocab
from .picking import pick
from .subjects import Lexicon, Subject

Match = tuple[int, int, str]


class _Ctx(Protocol):
    text: str


def shared(claim: Claim, ctx: _Ctx, lex: Lexicon, matches: list[Match], m: Match, subj: Subject,
            s0: int, sentence: str, year: int | None) -> list[Subject]:
    """Subjects that share the value: 'A和B的权重均为20%' checks A as well as B."""
    between = ctx.text[m[1]:claim.start]
    if not any(w in between for w in vocab.shared_markers()):
        return []
    out = []
    for p in linkrules.group(ctx.text, matches, m, s0):
        s, is_slip = pick(lex.terms[p[2]], claim, [subj.role], sentence, year)
        if s is not None and not is_slip and s is not subj:
            out.append(s)
    return out


def summed(ctx: _Ctx, lex: Lexicon, matches: list[Match], m: Match, subj: Subject, s0: int, between: str,
            sentence: str, year: int | None) -> Subject | None:
    """'绿色设计和产品碳足迹分值合计16分': a total of the listed names is the sum of their values."""
    if not any(w in between for w in linkrules.SUM_WORDS) or linkrules.each(between):
        return None  # '合计多少分？答：各8分': a value of each, not their total
    parts = [subj]
    for p in linkrules.group(ctx.text, matches, m, s0):
        s, is_slip = pick(lex.terms[p[2]], Claim(text="", start=0, end=0, value=0, unit=subj.unit), [subj.role],
                           sentence, year)
        if s is None or is_slip or s.unit != subj.unit:
            return None
        parts.append(s)
    return linkrules.total(parts[::-1]) if len(parts) > 1 else None
