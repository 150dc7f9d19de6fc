"""Evaluation metrics: pure functions over rankings of clause keys, answers and latencies.

A ranking is a list of clause keys, best first; repeated keys count once (the first time seen),
so hit@k means "an expected key is among the first k DISTINCT keys".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from pydantic import BaseModel, Field

from assistant.types import Citation

_WS = re.compile(r"\s+")
_ELLIPSIS = re.compile(r"…+|\.{3,}")


def distinct_keys(keys: Iterable[str | None]) -> list[str]:
    """Keys in first-seen order without repeats; ``None`` (unmapped) entries are dropped."""
    seen: set[str] = set()
    out: list[str] = []
    for key in keys:
        if key is not None and key not in seen:
            seen.add(key)
            out.append(key)
    return out


def first_rank(ranking: Sequence[str], expected: Iterable[str], k: int = 10) -> int | None:
    """1-based rank of the first expected key among the top ``k`` distinct keys, else None."""
    wanted = set(expected)
    for rank, key in enumerate(distinct_keys(ranking)[:k], start=1):
        if key in wanted:
            return rank
    return None


def hit_at_k(ranking: Sequence[str], expected: Iterable[str], k: int) -> bool:
    return first_rank(ranking, expected, k) is not None


def reciprocal_rank(ranking: Sequence[str], expected: Iterable[str], k: int = 10) -> float:
    rank = first_rank(ranking, expected, k)
    return 0.0 if rank is None else 1.0 / rank


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


class RankingScores(BaseModel):
    n: int = 0
    hit1: float | None = None
    hit5: float | None = None
    mrr10: float | None = None


def ranking_scores(ranks: Sequence[int | None]) -> RankingScores:
    """hit@1, hit@5 and MRR@10 from per-question first ranks (None = not in the top 10)."""
    if not ranks:
        return RankingScores()
    return RankingScores(
        n=len(ranks),
        hit1=_mean([1.0 if r is not None and r <= 1 else 0.0 for r in ranks]),
        hit5=_mean([1.0 if r is not None and r <= 5 else 0.0 for r in ranks]),
        mrr10=_mean([1.0 / r if r is not None and r <= 10 else 0.0 for r in ranks]),
    )


def breakdown(groups: Mapping[str, Iterable[str]], ranks: Mapping[str, int | None], k: int = 5) -> dict[str, dict]:
    """hit@k per group: ``groups`` maps item id -> its group labels (a style, or its tags)."""
    members: dict[str, list[str]] = {}
    for item_id, labels in groups.items():
        for label in labels:
            members.setdefault(label, []).append(item_id)
    out: dict[str, dict] = {}
    for label in sorted(members):
        ids = [i for i in members[label] if i in ranks]
        hits = [1.0 if ranks[i] is not None and ranks[i] <= k else 0.0 for i in ids]  # type: ignore[operator]
        out[label] = {"n": len(ids), f"hit{k}": _mean(hits)}
    return out


def refusal_correct(should_refuse: bool, grounded: bool) -> bool:
    """An answer refuses when it is not grounded; correct when that matches the gold item."""
    return should_refuse == (not grounded)


def refusal_accuracy(pairs: Iterable[tuple[bool, bool]]) -> float | None:
    """Share of (should_refuse, grounded) pairs where the system refused exactly when it should."""
    return _mean([1.0 if refusal_correct(r, g) else 0.0 for r, g in pairs])


def squash(text: str) -> str:
    """Remove all whitespace (the comparison form for facts and quotes)."""
    return _WS.sub("", text)


def facts_found(facts: Sequence[str], answer_text: str) -> list[bool]:
    """For each fact: is it a substring of the answer, after removing whitespace from both."""
    text = squash(answer_text)
    return [squash(fact) in text for fact in facts]


def fact_recall(per_item: Iterable[Sequence[bool]]) -> float | None:
    """Share of all facts (pooled over items) that were found; None when there are no facts."""
    flags = [f for item in per_item for f in item]
    return _mean([1.0 if f else 0.0 for f in flags])


def quote_in_text(quote: str, text: str) -> bool:
    """Whitespace-insensitive containment; an ellipsis (… or ...) in the quote may skip text."""
    haystack = squash(text)
    pos = 0
    for piece in _ELLIPSIS.split(squash(quote)):
        if not piece:
            continue
        found = haystack.find(piece, pos)
        if found < 0:
            return False
        pos = found + len(piece)
    return True


class CitationCheck(BaseModel):
    key: str
    valid: bool
    reason: str = ""


def check_citation(citation: Citation, texts_by_key: Mapping[str, Sequence[str]]) -> CitationCheck:
    """Valid when the key exists in the index and its quote is in one of that key's chunk texts
    (or in the key's parts joined in order)."""
    texts = texts_by_key.get(citation.key)
    if not texts:
        return CitationCheck(key=citation.key, valid=False, reason="key not in index")
    if any(quote_in_text(citation.quote, t) for t in texts) or quote_in_text(citation.quote, "".join(texts)):
        return CitationCheck(key=citation.key, valid=True)
    return CitationCheck(key=citation.key, valid=False, reason=f"quote not in chunk: {citation.quote[:60]!r}")


def citation_validity(checks: Iterable[CitationCheck]) -> float | None:
    """Share of valid citations; None when nothing was cited."""
    return _mean([1.0 if c.valid else 0.0 for c in checks])


class Latency(BaseModel):
    n: int = 0
    p50: float | None = Field(default=None, description="Median, ms.")
    p95: float | None = Field(default=None, description="95th percentile, ms.")


def percentile(values: Sequence[float], p: float) -> float | None:
    """Percentile with linear interpolation between order statistics (numpy's default)."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * p / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def latency(ms: Sequence[float]) -> Latency:
    return Latency(n=len(ms), p50=percentile(ms, 50), p95=percentile(ms, 95))
