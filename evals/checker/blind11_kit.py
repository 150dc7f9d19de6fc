"""Helpers of the blind11 item modules: one template gives an ok line (true value) and a mismatch
line per wrong value; ``ok`` and ``mm`` give single lines. A raw item is
(profile, text, expected, error_text, correct, subject, source, phrasing)."""

from __future__ import annotations

CU = "corpus/examples/copper-smelter.yaml"
PC = "corpus/examples/computer-assembly.yaml"
S25 = "corpus/standards/GB_T_36132-2025.md"
S18 = "corpus/standards/GB_T_36132-2018.md"
S2589 = "corpus/standards/GB_T_2589-2020.md"
FACTS = "/work/shared/domain/green-manufacturing-facts.md"
SCP = "corpus/guides/supply-chain-and-park.md"
GRID = "assistant/scoring/data/grid_factors.yaml"

Raw = tuple


def pair(tpl: str, true: str, wrong: str | list[str], subject: str, source: str, phrasing: str,
         profile: str | None = None, err: str | None = None) -> list[Raw]:
    """``tpl`` with ``{}`` replaced by the true value (ok) and by each wrong value (mismatch).
    ``err``: the error_text pattern when the bare value is not unique in the text ({} = value)."""
    wrongs = [wrong] if isinstance(wrong, str) else wrong
    out: list[Raw] = [(profile, tpl.replace("{}", true), "ok", None, None, subject, source, phrasing)]
    for w in wrongs:
        e = err.replace("{}", w) if err else w
        out.append((profile, tpl.replace("{}", w), "mismatch", e, true, subject, source, phrasing))
    return out


def ok(text: str, subject: str, source: str, phrasing: str, profile: str | None = None) -> list[Raw]:
    return [(profile, text, "ok", None, None, subject, source, phrasing)]


def mm(text: str, err: str, cor: str, subject: str, source: str, phrasing: str,
       profile: str | None = None) -> list[Raw]:
    return [(profile, text, "mismatch", err, cor, subject, source, phrasing)]
