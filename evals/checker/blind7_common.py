"""Helpers shared by the blind7_items_* modules: one dict per statement, profile optional."""

from __future__ import annotations

CU = "corpus/examples/copper-smelter.yaml"
PC = "corpus/examples/computer-assembly.yaml"

S25 = "corpus/standards/GB_T_36132-2025.md"
S18 = "corpus/standards/GB_T_36132-2018.md"
S2589 = "corpus/standards/GB_T_2589-2020.md 表A.1"
GRID = "assistant/scoring/data/grid_factors.yaml; facts §4"
SC = "corpus/guides/supply-chain-and-park.md; facts §6"


def ok(text: str, subject: str, source: str, phrasing: str, profile: str | None = None) -> dict:
    """A statement whose every number is true or company data that cannot be checked."""
    return {"profile": profile, "text": text, "expected": "ok", "subject": subject,
            "source": source, "phrasing": phrasing}


def mm(text: str, err: str, cor: str, subject: str, source: str, phrasing: str,
       profile: str | None = None) -> dict:
    """A statement with exactly one wrong number, `err` as written in the text."""
    return {"profile": profile, "text": text, "expected": "mismatch", "error_text": err,
            "correct": cor, "subject": subject, "source": source, "phrasing": phrasing}
