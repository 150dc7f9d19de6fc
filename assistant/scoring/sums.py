"""Totals a text writes out (worked.py's sum rule): the parts of one kind before '合计', the total
score after the class scores, a total sentence over the last sentence's parts.

- '电力 1229 tce，天然气 607.15 tce，柴油 29.14 tce，合计约1865.29 tce' (a later run or all but one part may verify);
- '5.2、6.4、3.8、6.0 分，该类合计 20.4 分': bare members of a list take the unit of its last member;
- '…、用地集约化 4.8 分，总分 73.2 分': three or more scores before 总分/评价结果;
- '…折 4 670.2 tce；…折 1 457.16 tce。两项合计，全厂综合能耗为 6 127.36 tce': the last sentence's parts.
Parts per unit or per item (每层, 各), conditions ('8 分的'), parts nested by 其中 and the factors of a
written product are no summands; a part that is an operand of an unwritten product leaves the total unjudged.
"""

from __future__ import annotations

import re

from assistant.types import Claim

from .bare_factor import bare_scores
from .quantity_math import Q, alike, judge, quantity, total

_SUM = re.compile(r"(?:^|[，,；;、：:])\s*(?:(?:以上|上述|该类|本类|这些|各项|全部|[二两三四五六七八九十]+(?:者|项|类|部分|种))的?"
                  r"|(?:综合能耗|能耗|排放量?|二氧化碳排放|总能耗|总排放|燃料排放|得分|总分|评价结果|评价得分))?"
                  r"\s*(?:合计|共计|总计|总共|一共|累计|加总|共|总和为|之和为)[\u4e00-\u9fff]{0,4}?(?:为|约为|约|是|达|得|得分)?\s*$")


def operand(text: str, c: Claim) -> bool:
    """A factor of a multiplication or division ('6000 m²×5层')."""
    return bool(re.search(r"[×xX*÷/]\s*$", text[max(0, c.start - 2):c.start]) or re.match(r"^\s*[×xX*÷/]", text[c.end:c.end + 2]))


_IN_EXPR_BEFORE = re.compile(r"[×xX*÷/+＋−–]\s*[(（]*\s*$")
_IN_EXPR_AFTER = re.compile(r"^\s*[)）]*\s*[×xX*÷/+＋−–]")


def in_expression(text: str, c: Claim) -> bool:
    """An operand of a written expression, also inside brackets: '(4.8+1.2)/10', '6 400 kg / 266 000 万元'."""
    return bool(_IN_EXPR_BEFORE.search(text[max(0, c.start - 4):c.start]) or _IN_EXPR_AFTER.match(text[c.end:c.end + 4]))


# a sentence that opens with its total ('两项合计，全厂综合能耗为 …', '综合能耗合计 …')
CARRIED_SUM = re.compile(r"^\s*(?:[二两三四五六七八九十]+(?:项|者|种))?(?:综合能耗|能耗|排放|总排放|得分)?"
                         r"(?:合计|共计|总计)[，,]?[^。；;\d，,]{0,10}(?:为|是|约为|约)?\s*$")


def written_sum(text: str, sub: list[Claim], k: int, s0: int, bad: set[int], carried: bool = False
         ) -> tuple[Q, str, bool] | None:
    """(total, how, decisive): the parts of one kind before '合计'. A later run of them that matches
    verifies (the first parts were not parts); the total is not judged wrong when a part is already
    wrong or is itself an operand ('6000 m²×5层': the part is the product, not written)."""
    c = sub[k]
    lead_in = text[max(s0, sub[k - 1].end if k else s0):c.start]
    # '…、用地集约化 4.8 分，总分 73.2 分': the total score after three or more scores of the classes
    grand = bool(_GRAND.search(lead_in)) and c.unit == "分" and not re.search(r"满分|分值|权重", text[s0:c.start])
    if not carried and not _SUM.search(lead_in) and not grand:
        return None
    if k and sub[k - 1].unit in ("层", "栋", "座", "台", "套"):
        return None  # '综合楼4层共12 000 m²': the floors of one building, not the figures before
    me = quantity(c)
    if me is None:
        return None
    parts = [(p, q) for p in bare_scores(sub, k) or list_units(text, sub[:k]) if p.comparator == "="
             and (q := quantity(p)) is not None and alike(q.dims, me.dims)
             and "其中" not in text[max(s0, p.start - 8):p.start]  # '（其中…）' is inside a part
             and not (in_expression(text, p) and re.match(r"[^，,；;。]*[=＝≈]", text[p.end:]))]  # a factor of a written product
    if len(parts) < (3 if grand and not _SUM.search(lead_in) else 2):
        return None
    if any(_PER_PART.search(text[max(s0, p.start - 4):p.start]) or _ATTRIBUTE.match(text, p.end) for p, _ in parts):
        return None  # '每层0.3万m²，共1.2万m²', '各16%，合计32%', '8分的有9项…合计100分': no sum of the parts written
    for n in range(len(parts)):  # one number that is no part ('…、柴油0.12万tce（上年0.1万tce）'): not wrong
        rest = total([q for m, (_, q) in enumerate(parts) if m != n])
        if len(parts) > 2 and rest is not None and (j := judge(c, rest)) is not None and j[0]:
            return rest, "计算：" + " + ".join(p.text for m, (p, _) in enumerate(parts) if m != n), True
    whole = total([q for _, q in parts])
    for n in range(len(parts) - 1):  # a later run that matches: its first parts were not parts
        run = total([q for _, q in parts[n:]])
        if run is not None and (j := judge(c, run)) is not None and j[0]:
            return run, "计算：" + " + ".join(p.text for p, _ in parts[n:]), True
    if whole is None:
        return None
    decisive = not any(id(p) in bad or operand(text, p) for p, _ in parts)
    return whole, "计算：" + " + ".join(p.text for p, _ in parts), decisive


_GRAND = re.compile(r"(?:^|[，,；;。])\s*(?:总分|总得分|综合得分|评价结果|评价得分)(?:为|是|约为)?\s*$")
_JOIN = re.compile(r"^\s*(?:、|和|及|与)\s*$")


def list_units(text: str, sub: list[Claim]) -> list[Claim]:
    """'5.2、6.4、3.8、6.0 分': bare members of a list joined by 、 take the unit of its last member."""
    out = list(sub)
    for n in range(len(out) - 2, -1, -1):
        if not out[n].unit and out[n + 1].unit and _JOIN.match(text[out[n].end:out[n + 1].start]):
            out[n] = out[n].model_copy(update={"unit": out[n + 1].unit})
    return out


_PER_PART = re.compile(r"(?:每|各|均)[\u4e00-\u9fff]{0,2}\s*$")  # a part per unit or per item: the total is a product
_ATTRIBUTE = re.compile(r"\s*的")  # '8 分的有 9 项': a condition, not a summand

