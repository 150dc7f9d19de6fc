"""The parts of a written sum checked one by one (round thirteen b). The checker leaves the operands of
'A = B + C' unjudged ('算式中的数，不单独核对'); a part can still be a fact of its own:

- a named part ('生产洁净化 16 分 = 先进工艺与装备 6 分 + 绿色低碳改造投资占比 5 分 + …',
  '供应商管理 20 = 采购标准制度 4 + … + 低风险供应商占比 5') is checked as the phrase 'name value', in 分
  when the sum is a sum of points (its total or a part written in 分, or its head a heading of
  constants.yaml `children`);
- bare parts after a heading ('能源低碳化四个二级指标分值之和为 30，其构成是 8+8+8+4') are the heading's
  items in the table's order (constants.yaml `children`): read only when their count is the heading's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.types import CheckResult

from . import refdata
from .sentences import around

OPERAND = "算式中的数，不单独核对"
_OPEN = ("未提供工厂画像", "未能关联")
_SCORES = re.compile(r"得分|小计|实得|得了|计得|≈|约")
_POINTS = re.compile(r"分值|满分|构成|组成|分配|拆成|拆分")
_SEP = re.compile(r"[+＋=＝]")
_STOP = "，,；;。：:？?！!\n（）()|"  # what ends the clause a sum is written in
_BARE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:分)?\s*(?=[+＋]|$|[，,；;。\s）)])")


def _headings(clause: str) -> list[tuple[list[str], list[float]]]:
    consts = {c["id"]: c for c in refdata.constants()}
    out = []
    for ch in refdata.children():
        if any(t in clause for t in ch["terms"]) and all(i in consts for i in ch["ids"]):
            out.append((list(ch["terms"]), [float(consts[i]["value"]) for i in ch["ids"]]))
    return out


def recheck(text: str, results: list[CheckResult], alone: Callable[[str], list[CheckResult]]) -> list[CheckResult]:
    out = list(results)
    for k, r in enumerate(out):
        c = r.claim
        last = r.explanation.startswith(_OPEN) and re.search(r"[+＋][^+＋=＝，,；;。]*$", text[max(0, c.start - 30):c.start])
        if r.status != "unverifiable" or not (r.explanation == OPERAND or last):
            continue  # an operand, or the last part of a sum ('… + 低风险供应商占比 5')
        s, e = around(text, c.start, c.end, _STOP)
        expr = text[s:e]
        if not re.search(r"[+＋]", expr) or re.search(r"[×xX*÷/]", expr):
            continue  # a sum only: a product's factors are no parts
        cut = [m.end() for m in _SEP.finditer(text, s, c.start)]
        p0 = cut[-1] if cut else s
        p1 = m.start() if (m := _SEP.search(text, c.end, e)) else e
        part = text[p0:p1]
        head = text[s:m.start()] if (m := re.search(r"[=＝]", expr)) and s + m.start() < c.start else ""
        name = text[p0:c.start]
        if _SCORES.search(expr) or _SCORES.search(text[max(0, s - 12):s]):
            continue  # '四项得分 2.74＋3.48…', '资源高效化小计 4.57 + …': a factory's scores, not the table's points
        if cut and re.search(r"[\u4e00-\u9fff]{2,}", name):
            points = "分" in expr or bool(_headings(head))
            if not points:
                continue
            phrase = part if c.unit else text[p0:c.end] + " 分"
            hit = [x for x in alone(phrase) if x.status != "unverifiable" and x.claim.start == c.start - p0]
            if hit:
                out[k] = hit[0].model_copy(update={"claim": c, "explanation": f"算式中的一项：{hit[0].explanation}"})
                continue
        # bare parts: the heading named before the sum, its items in order
        left = text[max(0, text.rfind("。", 0, s) + 1):s] + text[s:c.start]
        eq = max(expr.rfind("="), expr.rfind("＝"))
        rhs0 = s + eq + 1 if eq >= 0 else s
        run = _BARE.findall(re.sub(r"^[^\d]*", "", text[rhs0:e]))
        heads = _headings(left)
        if len(heads) != 1 or "+" not in expr.replace("＋", "+"):
            continue
        want = heads[0][1]
        nums = [float(x) for x in run]
        pos = [m.start() for m in re.finditer(r"(?<![\d.])\d+(?:\.\d+)?", text[rhs0:e])]
        idx = [j for j, p in enumerate(pos) if rhs0 + p == c.start]
        if any(x % 1 for x in nums) or not (_POINTS.search(left) or f"{sum(want):g}" in re.findall(r"\d+(?:\.\d+)?", text[s:rhs0])):
            continue  # the table's points are whole numbers, named as points or summed to the heading's total
        if len(nums) != len(want) or not idx or idx[0] >= len(want) or len(pos) != len(want):
            continue
        j = idx[0]
        ok = abs(nums[j] - want[j]) < 1e-9
        out[k] = CheckResult(claim=c, status="verified" if ok else "mismatch", expected=want[j], expected_unit="分",
                             reference="GB/T 36132-2025§表C.1" if "化" in heads[0][0][0] else "工信厅节函〔2016〕586号",
                             explanation=(f"{heads[0][0][0]}各项依表中顺序为 {'+'.join(f'{v:g}' for v in want)}，"
                                          f"第 {j + 1} 项{'一致' if ok else f'应为 {want[j]:g}，文中为 {c.text}'}"))
    return out
