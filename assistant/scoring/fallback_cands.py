"""The facts a number could state, for the fallback linker (fallback_link.py): every subject of the
checker's lexicons (profile inputs, indicators and scores, scheme values, cited and in-scope constants,
standard-coal coefficients, grid factors), each with the token bags that name it and the IDF of each
token over all candidates. Built from the lexicons the checker already has, once per lexicon pair."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from .lexicon import Lexicon, Subject

# CJK runs give character bigrams; Latin gives words, clause numbers (B.27, 4.2, C.1) and long numbers
# (years, standard numbers: 2018, 2589, 36132); a short number is a value, never a name.
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_LATIN = re.compile(r"[A-Za-z]\.\d+(?:\.\d+)*|[A-Za-z]{2,}|\d+\.\d+(?:\.\d+)*|\d{3,}")


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) of every name token of `text`."""
    out = []
    for m in _CJK_RUN.finditer(text):
        run, s = m.group(), m.start()
        out += [(run[i:i + 2], s + i, s + i + 2) for i in range(len(run) - 1)]
    out += [(m.group().lower(), m.start(), m.end()) for m in _LATIN.finditer(text)]
    return out


def bag(text: str) -> frozenset[str]:
    return frozenset(t for t, _, _ in tokens(text))


@dataclass
class Candidate:
    subject: Subject  # the least restricted variant: the one the verdict is read against
    terms: list[tuple[frozenset[str], Subject]] = field(default_factory=list)  # a term's bag, gated by its variant
    name: frozenset[str] = frozenset()  # the subject's name or description and its reference
    context_none: tuple[str, ...] = ()


@dataclass
class Candidates:
    items: list[Candidate]
    idf: dict[str, float]

    def weight(self, tok: str) -> float:
        return self.idf.get(tok, 0.0)


def _key(s: Subject) -> tuple[object, ...]:
    return (s.id, s.role, s.value, s.unit, s.year)


def _restriction(s: Subject) -> int:
    return len(s.context_any) + len(s.context_all) + len(s.context_none) + (1 if s.no_slip else 0)


def build(lexes: list[Lexicon]) -> Candidates:
    """One candidate per fact (subject id, role, value, unit), with every term that names it."""
    by_key: dict[tuple[object, ...], Candidate] = {}
    for lex in lexes:
        for term, subs in lex.terms.items():
            tb = bag(term)
            for s in subs:
                c = by_key.get(_key(s))
                if c is None:
                    c = by_key[_key(s)] = Candidate(subject=s)
                elif _restriction(s) < _restriction(c.subject):
                    c.subject = s
                if tb and not any(tb == b and g is s for b, g in c.terms):
                    c.terms.append((tb, s))
                c.context_none = tuple(dict.fromkeys((*c.context_none, *s.context_none)))
    items = list(by_key.values())
    for c in items:
        s = c.subject
        c.name = bag(f"{s.name} {s.reference}")
    df: dict[str, int] = {}
    for c in items:
        for tok in set().union(c.name, *(b for b, _ in c.terms)):
            df[tok] = df.get(tok, 0) + 1
    n = max(1, len(items))
    return Candidates(items, {t: math.log(1 + n / k) for t, k in df.items()})


_CACHE: dict[tuple[int, ...], tuple[list[Lexicon], Candidates]] = {}


def candidates(lexes: list[Lexicon]) -> Candidates:
    """build() cached on the lexicons' identity (lexcache keeps them alive and read-only)."""
    key = tuple(id(lx) for lx in lexes)
    hit = _CACHE.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], lexes, strict=True)):
        return hit[1]
    if len(_CACHE) >= 64:
        _CACHE.clear()
    built = build(lexes)
    _CACHE[key] = (list(lexes), built)
    return built
