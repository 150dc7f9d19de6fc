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


def check_sources(text: str, results: list[CheckResult], original: str | None = None) -> list[CheckResult]:
    """Results for the announcement numbers written in a sentence with a linked grid factor."""
    out: list[CheckResult] = []
    src = _sources()
    linked = [r for r in results if r.status != "unverifiable" and (r.claim.subject or "").count(":") == 2
              and (r.claim.subject or "") in src and _NOTICE.search(src[r.claim.subject or ""])]
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
            sid = r.claim.subject or ""
            want = _NOTICE.search(src[sid])
            assert want is not None
            ok = (m.group(1), m.group(3)) == (want.group(1), want.group(3))
            a, b = m.start(2), m.end(2)
            claim = Claim(text=(original or text)[a:b], start=a, end=b, value=float(m.group(3)), unit="号")
            how = f"{src[sid]}（{r.claim.text} 所属年份与区域的因子）"
            out.append(CheckResult(claim=claim, status="verified" if ok else "mismatch", expected=float(want.group(3)),
                                   expected_unit="号", reference=src[sid], confidence="M",
                                   explanation=(f"与因子出处一致：{want.group(0)}。" if ok else
                                                f"因子出处应为{want.group(0)}，文中为公告{m.group(1)}年{m.group(2)}。") + how))
    return out
