"""Points stated with a count in a question and answer (round thirteen a).

- `each_product`: 'every item N points, k items T points' ('每项 2.5 分，两项 5 分') states T = k × N, and
  'T points, k items each N' ('信息披露 10 分，四项内容各 2.5 分') states N = T / k. The number the
  checker could not otherwise check (the later one, unless it was verified) is judged.
- `full_points`: '超过引领值 8 项，按满分计 6 分': a count at or above a lead value written in a counting
  unit names the one indicator of 表C.1 (table-c1-example) with that unit and lead value; the score 按满分
  is its points. Another unit or lead, or two such indicators, leaves it open.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.types import CheckResult, Claim

from .compare import COUNTERS, agrees, tolerance
from .errors import ScoringError
from .schemes import load_scheme
from .sentence_math import result
from .sentences import spans

_EACH = re.compile(r"(?:每|各)(?:项|个|类|条)\s*(?:为|是|计|得|占)?\s*$")
_THEN = re.compile(r"^\s*[，,；;]\s*(?:那么?|则|所以)?\s*$")
_K_TOTAL = re.compile(r"^\s*(?:就是|就得|共|共计|合计|一共|得|计|是|为)?\s*$")
_EACH_AFTER = re.compile(r"^[^，,。；;\d]{0,6}?各\s*(?:为|是|计|得|占)?\s*$")
_FULL = re.compile(r"(?:按|计|得|即得?|拿|给)\s*满分\s*(?:计|为|是|得)?\s*$|满分\s*$")
_LEAD = re.compile(r"(?:超过|达到|高于|不低于|满足)?\s*引领值\s*(?:为|是)?\s*$")


def _close(claim: Claim, v: float) -> bool:
    """Rounding-aware, the half-unit bound exclusive: '各 2 分' is no rounding of 2.5."""
    return abs(v - claim.value) < tolerance(claim, v) - 2e-9 * max(1.0, abs(v)) or abs(v - claim.value) <= 1e-9 * max(1.0, abs(v))


def each_product(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """`results` with a per-item value and its total read against the count between them."""
    out = sorted(results, key=lambda r: r.claim.start)
    cl = [r.claim for r in out]
    for i in range(len(cl) - 2):
        a, k, b = cl[i], cl[i + 1], cl[i + 2]
        if k.unit not in COUNTERS or not a.unit or a.unit != b.unit or a.unit in COUNTERS or k.comparator != "=":
            continue
        if re.search(r"其余|其他|另外?|剩下|剩余", text[a.end:k.start]):
            continue  # '…各 4 分，其余四项各 3 分': the rest, not the whole
        if _EACH.search(text[max(0, a.start - 6):a.start]) and _THEN.match(text[a.end:k.start]) \
                and _K_TOTAL.match(text[k.end:b.start]):
            if out[i + 2].status == "unverifiable":
                exp = k.value * a.value
                out[i + 2] = result(b, _close(b, exp), exp, b.unit, f"每项 {a.text}，{k.text}：{k.value:g} × {a.value:g}")
        elif not re.search(r"(?:各|每|均)\s*$", text[max(0, a.start - 3):a.start]) and _THEN.match(text[a.end:k.start].split("，")[0] + "，") and re.match(r"^\s*[，,]", text[a.end:k.start]) \
                and _EACH_AFTER.match(text[k.end:b.start]) and k.value:
            # 'T 分，k 项…各 N 分': the part the checker left open is judged, against the part it verified
            if out[i + 2].status == "unverifiable" and out[i].status != "mismatch":
                exp = a.value / k.value
                out[i + 2] = result(b, _close(b, exp), exp, b.unit, f"共 {a.text}，{k.text}各：{a.value:g} ÷ {k.value:g}")
    return out


@lru_cache(maxsize=1)
def _count_rows() -> tuple[tuple[str, float, float, str], ...]:
    try:
        s = load_scheme("table-c1-example")
    except ScoringError:
        return ()
    return tuple((i.unit, i.lead, i.points, i.name) for c in s.classes for i in c.indicators
                 if i.unit in COUNTERS and i.lead is not None and i.rule == "linear")


def full_points(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """`results` with a score 按满分 after a count at a lead value checked as that indicator's points."""
    out = sorted(results, key=lambda r: r.claim.start)
    for s0, s1 in spans(text):
        idx = [i for i, r in enumerate(out) if s0 <= r.claim.start < s1]
        for j, i in enumerate(idx):
            lead = out[i].claim
            if lead.unit not in COUNTERS or not _LEAD.search(text[max(s0, lead.start - 10):lead.start]):
                continue
            rows = [r for r in _count_rows() if r[0] == lead.unit and r[1] == lead.value]
            nxt = next((x for x in idx[j + 1:] if out[x].claim.unit == "分"), None)
            if len(rows) != 1 or nxt is None or out[nxt].status != "unverifiable":
                continue
            c = out[nxt].claim
            if not _FULL.search(text[max(lead.end, c.start - 8):c.start]):
                continue
            unit, lv, pts, name = rows[0]
            out[nxt] = result(c, agrees(c, pts, False), pts, "分",
                              f"引领值 {lv:g} {unit} 为表C.1“{name}”之值，达到引领值得该项满分 {pts:g} 分",
                              "GB/T 36132-2025§表C.1")
    return out
