"""A lead or base value known by its unit alone (round sixteen): of all the constants the checker holds,
only one lead value and one base value are counted in 项 (表C.1 序号4, the platform's 8 and 0) and only one
of each in 级 (the energy-efficiency grades 1 and 2). So '引领值是 10 项' and '基准值为 4 项' say which
constant they are about even when the sentence does not name the platform ('该指标的基准值为 4 项',
'表C.1 第 4 项的基准值是多少项？答：2 项'). Only a number the passes before left open is judged; a value
said to be the factory's own or another scheme's is not a constant's.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.types import CheckResult, Claim

from . import refdata

_ROLES = {"lead": ("引领值", "先进值"), "base": ("基准值", "基础值")}
_OPEN = ("未提供工厂画像", "未能关联到")
# the role word, then at most a verb or a question and its answer before the number
_BEFORE = re.compile(r"(引领值|先进值|基准值|基础值)\s*(?:(?:是|为|：|:|取|定为|设为|只有|仅为|应为|等于)?\s*"
                     r"|是多少[项级个]?[？?]\s*(?:答|A)[：:]\s*)$")
_OWN = re.compile(r"我厂|本厂|我司|企业|工厂实际|实际|实测|自定|方案|行业|地方|省|目标|假设|如果|若")


@cache
def _unique() -> dict[tuple[str, str], dict[str, object]]:
    found: dict[tuple[str, str], list[dict[str, object]]] = {}
    for c in refdata.constants():
        if c.get("role") in _ROLES and c.get("unit") in ("项", "级"):
            found.setdefault((str(c["role"]), str(c["unit"])), []).append(c)
    return {k: v[0] for k, v in found.items() if len(v) == 1}


def _role(text: str, c: Claim) -> str | None:
    line0 = max(text.rfind("\n", 0, c.start), text.rfind("。", 0, c.start)) + 1
    before = text[max(line0, c.start - 24):c.start]
    m = _BEFORE.search(before)
    if m is None or _OWN.search(text[max(line0, c.start - 24):c.start]):
        return None
    return next(role for role, words in _ROLES.items() if m.group(1) in words)


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """`results` with each open lead or base value in 项 or 级 judged against the one constant of its kind."""
    out = list(results)
    for i, r in enumerate(out):
        c = r.claim
        unit = c.unit.strip()
        if r.status != "unverifiable" or not r.explanation.startswith(_OPEN) or unit not in ("项", "级") or c.comparator != "=":
            continue
        role = _role(text, c)
        const = _unique().get((role, unit)) if role else None
        if const is None:
            continue
        value = float(const["value"])  # type: ignore[arg-type]
        ok = abs(c.value - value) < 1e-9
        key = str(const["keys"][0])  # type: ignore[index]
        desc = str(const["description"])
        out[i] = CheckResult(claim=c.model_copy(update={"subject": str(const["id"])}), status="verified" if ok else "mismatch",
                             expected=value, expected_unit=unit, reference=key,
                             explanation=(f"与{desc}一致：{value:g} {unit}。" if ok else f"{desc}应为 {value:g} {unit}，文中为 {c.text}。")
                             + f"{key}（全部常量中按{unit}计的{'引领值' if role == 'lead' else '基准值'}只此一项）")
    return out
