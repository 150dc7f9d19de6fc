"""Counts of Table C.1 rows by an attribute, derived from the constants (not written twice):
'表C.1 里分值为 8 分的二级指标有几个？答：共 9 个' — the rows whose points are 8 (c1_points_*).
The condition is in the sentence before the count or in the question an answer replies to, and the
sentence or question names Table C.1 (a scheme's own table may differ)."""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from . import refdata
from .compare import COUNTERS
from .sentences import spans

_POINTS = re.compile(r"(?:分值|赋分|满分)\s*(?:为|是|均为|都是)?\s*(\d+(?:\.\d+)?)\s*分的(?:二级)?(?:指标|(?=有|共))"
                     r"|指标(?:是|为|均为|都是|各)\s*(\d+(?:\.\d+)?)\s*分")
_MORE = re.compile(r"[、，,]\s*(\d+(?:\.\d+)?)\s*分的")
_TABLE = re.compile(r"表\s*C\.1|附录\s*C|示例(?:指标)?表")
_OPEN = ("未提供工厂画像", "未能关联到", "带条件的计数")  # the last: inline.py left it for this rule


def recheck(text: str, claims: list[Claim], results: list[CheckResult]) -> list[CheckResult]:
    out = list(results)
    rows = [c for c in refdata.constants() if str(c["id"]).startswith("c1_points_")]
    prev = ""
    for s0, s1 in spans(text):
        sent = text[s0:s1]
        if not sent.strip():
            continue
        scope = prev + sent if re.match(r"\s*答\s*[：:]", sent) else sent
        prev = sent
        if not _TABLE.search(scope):
            continue
        for i, c in enumerate(claims):
            if not (s0 <= c.start < s1) or c.unit not in COUNTERS or c.comparator != "=" or c.approx:
                continue
            if out[i].status != "unverifiable" or not out[i].explanation.startswith(_OPEN):
                continue
            head = scope[:len(scope) - (s1 - c.start)]
            found = list(_POINTS.finditer(head))
            if not found:
                continue
            m = found[-1]  # the condition nearest before the count
            pts = float(m.group(1) or m.group(2))
            # '分值 8 分的有 9 项、6 分的有 4 项、4 分的 1 项': the later conditions of the same list
            more = [x for x in _MORE.finditer(head, m.end()) if not re.search(r"[。；;]", head[m.end():x.start()])]
            if more:
                pts = float(more[-1].group(1))
            n = sum(1 for r in rows if float(r["value"]) == pts)
            ok = n == c.value
            out[i] = CheckResult(claim=c, status="verified" if ok else "mismatch", expected=float(n), expected_unit=c.unit,
                                 reference="GB/T 36132-2025§表C.1", explanation=(
                                     f"与表C.1 一致：分值为 {pts:g} 分的二级指标共 {n} 个。" if ok else
                                     f"表C.1 中分值为 {pts:g} 分的二级指标共 {n} 个，文中为 {c.text}。"))
    return out
