"""A grid factor's 口径 named anywhere in its sentence (round fifteen): `不包括市场化交易的非化石能源电量时，2022
年度全国电网平均排放因子为 0.5856`. The lexicon links the full name of the average; a variant (扣除市场化
交易非化石能源电量, 化石能源电力, 碳市场报告用) written in another clause of the sentence, or in other words
than the data's terms, is still the 口径 the number is of. A factor linked to a year's average
(`grid:YEAR:REGION`) whose own clause, or whole sentence before it when no other number or quote
precedes it, holds exactly one variant's cue words is judged against that variant (data/grid_factors.yaml
`cues`); a negated cue (不是碳市场…) leaves the verdict as it was."""

from __future__ import annotations

import re

from assistant.types import CheckResult

from . import refdata
from .sentences import around

_CLAUSE = re.compile(r"[，,；;]")
_NOT = re.compile(r"(?:不是|并非|而非|不同于|区别于|别用|不要用|不用)[^，,。；;]{0,6}$")


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    out = list(results)
    for k, r in enumerate(out):
        c = r.claim
        parts = (c.subject or "").split(":")
        if r.status not in ("verified", "mismatch") or len(parts) != 3 or parts[0] != "grid" or not parts[1].isdigit():
            continue
        rows = [x for x in refdata.grid_data()["factors"] if x["year"] == int(parts[1]) and x["region"] == parts[2]]
        if not rows or not rows[0].get("variants"):
            continue
        s0, _ = around(text, c.start, c.end)
        # the number's own clause, or the whole sentence before it when no other number precedes it ('不包括…时，
        # …为 0.5856'); a cue after another number is that number's ('0.5703 是碳市场…用的，与…平均因子 0.5366')
        if any(s0 <= x.claim.end <= c.start and x is not r and x.claim.unit != "年" for x in out) or "“" in text[s0:c.start]:
            cuts = [m.end() for m in _CLAUSE.finditer(text, s0, c.start)]
            s0 = cuts[-1] if cuts else s0
        before = text[s0:c.start]
        hits = [v for v in rows[0]["variants"].values()
                if any((i := before.find(w)) >= 0 and not _NOT.search(before[:i]) for w in v.get("cues", []))]
        if len(hits) != 1:
            continue
        v = hits[0]
        want = float(v["value"])
        ok = abs(c.value - want) < 5e-5
        name = f"{parts[1]}年{parts[2]}电网{v['label']}"
        out[k] = CheckResult(claim=c, status="verified" if ok else "mismatch", expected=want,
                             expected_unit="tCO2/MWh", reference=r.reference, confidence=r.confidence,
                             explanation=(f"与{name}一致：{want:.4f} tCO2/MWh" if ok else
                                          f"{name}应为 {want:.4f} tCO2/MWh，文中为 {c.text}") + f"（{rows[0]['source']}，句中写明该口径）")
    return out
