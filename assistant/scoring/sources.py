"""The announcement a grid factor is published in: '2021年度全国电网平均排放因子0.5568，出自生态环境部
公告2024年第33号' names the wrong announcement (the 2021 factor is in 2024 No. 12). A factor the
checker linked to a grid_factors.yaml row is compared with the announcement its sentence names."""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from . import refdata
from .sentences import around

_NOTICE = re.compile(r"公告\s*((?:19|20)\d{2})\s*年\s*(第\s*(\d+)\s*号)")


def _sources() -> dict[str, str]:
    return {f"grid:{r['year']}:{r['region']}": str(r["source"]) for r in refdata.grid_data()["factors"]}


def _by_value() -> dict[float, str]:
    """A published factor's value (its variants' too) -> its row, for the values only one row holds."""
    rows: dict[float, set[str]] = {}
    for r in refdata.grid_data()["factors"]:
        # a variant with a source of its own (0.5703, a 2023 notice) is not in the row's announcement
        for v in (r["value"], *(x["value"] for x in r.get("variants", {}).values() if "source" not in x)):
            rows.setdefault(round(float(v), 4), set()).add(f"grid:{r['year']}:{r['region']}")
    return {v: next(iter(ids)) for v, ids in rows.items() if len(ids) == 1}


def _factor_of(r: CheckResult, src: dict[str, str], values: dict[float, str]) -> str | None:
    """The grid_factors.yaml row of a result: the one it was linked to, or (not linked yet, later passes link
    '0.5568 是2021年度的全国因子') the one whose published value it writes with all four decimals."""
    sid = r.claim.subject or ""
    if r.status != "unverifiable" and sid.count(":") == 2 and sid in src:
        return sid
    if (r.claim.unit or "") in ("", "tCO2/MWh", "kgCO2/kWh", "tCO₂/MWh", "kgCO₂/kWh") and \
            re.search(r"\.\d{4}", r.claim.text) and round(r.claim.value, 4) in values:
        return values[round(r.claim.value, 4)]
    return None


def check_sources(text: str, results: list[CheckResult], original: str | None = None) -> list[CheckResult]:
    """Results for the announcement numbers written in a sentence with a grid factor."""
    out: list[CheckResult] = []
    src, values = _sources(), _by_value()
    owners = {id(r): sid for r in results if (sid := _factor_of(r, src, values)) and _NOTICE.search(src[sid])}
    linked = [r for r in results if id(r) in owners]
    seen: set[int] = set()
    for r in linked:
        for m in _NOTICE.finditer(text, *around(text, r.claim.start, r.claim.end)):
            if m.start() in seen:
                continue
            # '2022年度0.5366，2023年度0.5306（生态环境部公告2025年第47号）': the factor right before the notice
            s0 = around(text, m.start(), m.end())[0]
            before = [x for x in results if s0 <= x.claim.start and x.claim.end <= m.start() and x.claim.unit != "年"
                      and not re.fullmatch(r"(?:19|20)\d{2}", x.claim.text.strip())]
            owner = max(before, key=lambda x: x.claim.end) if before else r
            if owner is not r:
                continue
            seen.add(m.start())
            sid = owners[id(r)]
            want = _NOTICE.search(src[sid])
            assert want is not None
            ok = (m.group(1), m.group(3)) == (want.group(1), want.group(3))
            # '公告2025年第33号' for 2024 No. 33: the year is what is wrong, so the finding stands on the year
            on_year = m.group(3) == want.group(3) and m.group(1) != want.group(1)
            g, unit, exp = (1, "年", float(want.group(1))) if on_year else (2, "号", float(want.group(3)))
            a, b = m.start(g), m.end(g)
            claim = Claim(text=(original or text)[a:b], start=a, end=b, value=float(m.group(g if on_year else 3)),
                          unit=unit)
            how = f"{src[sid]}（{r.claim.text} 所属年份与区域的因子）"
            out.append(CheckResult(claim=claim, status="verified" if ok else "mismatch", expected=exp,
                                   expected_unit=unit, reference=src[sid], confidence="M",
                                   explanation=(f"与因子出处一致：{want.group(0)}。" if ok else
                                                f"因子出处应为{want.group(0)}，文中为公告{m.group(1)}年{m.group(2)}。") + how))
    return out
