"""Shorthand for the blind13 item modules: an item is the tuple ``blindset.row`` takes after the id.

``ok``/``mm`` make one line; ``fam`` makes a fact family from templates with one ``{v}`` slot: the
true value gives an ok line, each wrong value a mismatch line (``error_text`` = the wrong value).
"""

from __future__ import annotations

import re

Item = tuple[str | None, str, str, str | None, str | None, str, str, str]

CU = "corpus/examples/copper-smelter.yaml"
PC = "corpus/examples/computer-assembly.yaml"
S25 = "corpus/standards/GB_T_36132-2025.md"
S18 = "corpus/standards/GB_T_36132-2018.md"
S2589 = "corpus/standards/GB_T_2589-2020.md"
GHG = "corpus/guides/ghg-accounting.md"
GRID = "assistant/scoring/data/grid_factors.yaml"
COEF = "assistant/scoring/data/coefficients.yaml"
SCP = "corpus/guides/supply-chain-and-park.md"
SYS = "corpus/guides/green-manufacturing-system.md"
REP = "corpus/guides/self-evaluation-report-guide.md"
FACTS = "/work/shared/domain/green-manufacturing-facts.md"


def ok(subject: str, source: str, phrasing: str, text: str, profile: str | None = None) -> Item:
    return (profile, text, "ok", None, None, subject, source, phrasing)


def mm(subject: str, source: str, phrasing: str, text: str, err: str, cor: str,
       profile: str | None = None) -> Item:
    return (profile, text, "mismatch", err, cor, subject, source, phrasing)


# A unit written right after the slot belongs to the error span ("the number with its unit").
UNIT = re.compile(r" ?(kgce/kWh|kgce/m³|kgce/kg|kgce/MJ|kgce/t|tCO2/MWh|kgCO2/kWh|tCO2/万元|tCO2/t|"
                  r"tce/万元|tce/t|kJ|kgce|tce|tCO2|万元/m²|m³/t|m³/万元|m³|千克二氧化碳/千瓦时|"
                  r"千克标准煤/千瓦时|千克|分|项|名|个|章|台|%)")


def _span(template: str, value: str) -> str:
    """``value`` plus the unit that follows the slot in ``template``, if any."""
    after = template.split("{v}", 1)[1]
    unit = UNIT.match(after)
    return value + unit.group(0) if unit and value[-1:].isdigit() else value


def fam(subject: str, source: str, forms: list[tuple[str, str, str, list[str]]],
        profile: str | None = None) -> list[Item]:
    """Each form is (phrasing, template with ``{v}``, true value, wrong values)."""
    out: list[Item] = []
    for phrasing, template, true, wrongs in forms:
        out.append(ok(subject, source, phrasing, template.format(v=true), profile))
        out += [mm(subject, source, phrasing, template.format(v=w), _span(template, w),
                   _span(template, true), profile) for w in wrongs]
    return out
