"""The checker's vocabulary from data/synonyms.yaml: role words, table aliases, shared-value
markers, part barriers and spelling variants of subject names."""

from __future__ import annotations

from functools import cache
from typing import Any

from . import refdata


@cache
def _data() -> dict[str, Any]:
    return refdata._load("synonyms.yaml")


def role_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((role, tuple(words)) for role, words in _data()["roles"].items())


def table_aliases() -> dict[str, list[str]]:
    return dict(_data()["table_aliases"])


def shared_markers() -> tuple[str, ...]:
    return tuple(_data()["shared_markers"])


def conjunctions() -> tuple[str, ...]:
    return tuple(_data()["conjunctions"])


def part_barriers() -> tuple[str, ...]:
    return tuple(_data()["part_barriers"])


@cache
def variants(term: str) -> tuple[str, ...]:
    """The term and its spelling variants ('一般工业固体废物综合利用率' -> '一般工业固废综合利用率', ...)."""
    out = [term]
    for canon, alts in _data()["term_variants"].items():
        if canon in term:
            out += [term.replace(canon, a) for a in alts]
    for name in _data().get("english_names", {}).get(term, []):
        out += [name, name[:1].upper() + name[1:]]
    conj = _data().get("conjunction_variants", [])
    for t in list(out):
        for a in conj:
            if a in t:
                out += [t.replace(a, b) for b in conj if b != a]
    return tuple(dict.fromkeys(out))


def region_names(region: str) -> list[str]:
    """A grid region and its English names ('华北', 'North China')."""
    return [region, *_data().get("english_regions", {}).get(region, [])]


def aliased_keys(text: str) -> list[str]:
    """Citation keys a text names by description ('示例指标表' -> 'GB/T 36132-2025§表C.1')."""
    return [key for key, words in table_aliases().items() if any(w in text for w in words)]
