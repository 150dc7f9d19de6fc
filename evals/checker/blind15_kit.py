"""Shorthand for the blind15 item modules: an item is the tuple ``blindset.row`` takes after the id.

``ok``/``mm`` make one line; ``fam`` makes a fact family from templates with one ``{v}`` slot: the
true value gives an ok line, each wrong value a mismatch line (``error_text`` = the wrong value
plus the unit written right after the slot). The slot is filled with ``str.replace`` rather than
``str.format`` so that JSON / YAML snippets in the templates keep their braces.
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
SCP = "corpus/guides/supply-chain-and-park.md"
SYS = "corpus/guides/green-manufacturing-system.md"
REP = "corpus/guides/self-evaluation-report-guide.md"
FACTS = "/work/shared/domain/green-manufacturing-facts.md"
NONE = "company data (no document fixes it)"

# A unit written right after the slot belongs to the error span ("the number with its unit").
# Longer alternatives first: the regex takes the first one that matches.
UNIT = re.compile(r" ?(kgce/kWh|kgce/m³|kgce/m3|kgce/kg|kgce/MJ|kgce/t|kgce/台|tCO2/MWh|tCO₂/MWh|"
                  r"kgCO2/kWh|tCO2/GJ|tCO2/万元|tCO2/t|tce/万元|tce/t|tce/台|kJ|kgce|tce|tCO2|tCO₂|"
                  r"万元/m²|万元/m2|台/m²|t/m²|m³/t|m³/万元|m³|万kWh|万元|MWh|kWh|"
                  r"千克二氧化碳/千瓦时|千克标准煤/千瓦时|千克标准煤|吨标准煤|"
                  r"points|point|pts|items|years|千克|万|分|项|名|人|个|条|类|章|年|倍|次|%|％)")
_NUMERAL = set("0123456789０１２３４５６７８９零〇一二三四五六七八九十百千两")


def ok(subject: str, source: str, phrasing: str, text: str, profile: str | None = None) -> Item:
    return (profile, text, "ok", None, None, subject, source, phrasing)


def mm(subject: str, source: str, phrasing: str, text: str, err: str, cor: str,
       profile: str | None = None) -> Item:
    return (profile, text, "mismatch", err, cor, subject, source, phrasing)


def _span(template: str, value: str) -> str:
    """``value`` plus the unit that follows the slot in ``template``, if any."""
    after = template.split("{v}", 1)[1]
    unit = UNIT.match(after)
    return value + unit.group(0) if unit and value[-1:] in _NUMERAL else value


def fam(subject: str, source: str, forms: list[tuple[str, str, str, list[str]]],
        profile: str | None = None) -> list[Item]:
    """Each form is (phrasing, template with ``{v}``, true value, wrong values)."""
    out: list[Item] = []
    for phrasing, template, true, wrongs in forms:
        out.append(ok(subject, source, phrasing, template.replace("{v}", true), profile))
        out += [mm(subject, source, phrasing, template.replace("{v}", w), _span(template, w),
                   _span(template, true), profile) for w in wrongs]
    return out


def multi(subject: str, source: str, phrasing: str, template: str, true: dict[str, str],
          wrongs: dict[str, list[str]], profile: str | None = None) -> list[Item]:
    """One text with several named slots (``{a}``, ``{b}`` …): the all-true ok line, then one mismatch
    line per wrong value, each with exactly that one slot wrong and every other slot true."""

    def fill(values: dict[str, str]) -> str:
        text = template
        for key, value in values.items():
            text = text.replace("{" + key + "}", value)
        return text

    out = [ok(subject, source, phrasing, fill(true), profile)]
    for key, values in wrongs.items():
        single = template
        for other, value in true.items():
            if other != key:
                single = single.replace("{" + other + "}", value)
        single = single.replace("{" + key + "}", "{v}")
        out += [mm(subject, source, phrasing, fill({**true, key: w}), _span(single, w),
                   _span(single, true[key]), profile) for w in values]
    return out
