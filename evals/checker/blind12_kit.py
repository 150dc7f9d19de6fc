"""Item shorthand for blind set 12: each item is the tuple blindset.row takes after (prefix, n).

``ok(text, subject, source, phrasing, profile)`` and ``mm(text, wrong, right, subject, source,
phrasing, profile)``; ``CU`` / ``PC`` name the two sample profiles, ``S25`` … the usual sources.
"""

from __future__ import annotations

CU = "corpus/examples/copper-smelter.yaml"
PC = "corpus/examples/computer-assembly.yaml"
S25 = "corpus/standards/GB_T_36132-2025.md"
S18 = "corpus/standards/GB_T_36132-2018.md"
S2589 = "corpus/standards/GB_T_2589-2020.md"
SCP = "corpus/guides/supply-chain-and-park.md"
SYS = "corpus/guides/green-manufacturing-system.md"
FACTS = "/work/shared/domain/green-manufacturing-facts.md"
GRID = f"{FACTS} §4; assistant/scoring/data/grid_factors.yaml"

Item = tuple


def ok(text: str, subject: str, source: str, phrasing: str, profile: str | None = None) -> Item:
    """An ok line: every number in ``text`` is true (or company data no document fixes)."""
    return (profile, text, "ok", None, None, subject, source, phrasing)


def mm(text: str, wrong: str, right: str, subject: str, source: str, phrasing: str,
       profile: str | None = None) -> Item:
    """A mismatch line: ``wrong`` (occurring once) is the one false number, ``right`` the truth."""
    return (profile, text, "mismatch", wrong, right, subject, source, phrasing)
