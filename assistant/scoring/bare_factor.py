"""A product written with a bare factor: '8 000 MWh × 0.6776 = 5 420.8 tCO2', '20 000 000 kg × 0.1286 =
2 572 tce'. The factor's unit is left out, so the units of the two sides do not agree; the numbers
still do, up to a power of 1000 (kg → t, kWh → MWh) that the writer applied in passing."""

from __future__ import annotations

import math
import re

from assistant.types import Claim

from .compare import tolerance

_MULT = {"万": 1e4, "亿": 1e8}
# "8 000 MWh，× 0.6776": a comma may open the product; the factor may carry a label ('× 华东 2022 年因子 0.5617')
_TIMES = re.compile(r"^\s*[，,]?\s*[×xX*]\s*(?:[\u4e00-\u9fff]{0,4}\s*(?:(?:19|20)\d{2}\s*年度?)?\s*[\u4e00-\u9fff]{0,6})?\s*$")
_EQ = re.compile(r"^\s*(?:[=＝≈≒])\s*(?:约)?\s*$")
_SCALES = (1.0, 1e-3, 1e3, 1e-6, 1e6)


def _written(c: Claim) -> float:
    return c.value * _MULT.get(c.unit[:1], 1.0)


_PLUS = re.compile(r"^\s*[\u4e00-\u9fff]{0,4}\s*[+＋]\s*[\u4e00-\u9fff]{0,4}\s*$")  # '120 万 + 笔记本 80 万'


def bare_product(text: str, sub: list[Claim], k: int) -> tuple[bool, float, str] | None:
    """(agrees, expected, how) for sub[k] after 'a × b [× c] =' with exactly one bare factor, or after a sum
    of such products and plain amounts ('台式 120 万 + 笔记本 80 万×0.8 + 服务器 5 万×6 = 214 万台'), or None."""
    c = sub[k]
    if k < 2 or not c.unit or not _EQ.match(text[sub[k - 1].end:c.start]):
        return None
    j, ops = k - 1, []
    while j > 0 and (_TIMES.match(gap := text[sub[j - 1].end:sub[j].start]) or _PLUS.match(gap)):
        ops.insert(0, "+" if _PLUS.match(gap) else "×")
        j -= 1
    if re.search(r"[+＋\-−–]\s*[\u4e00-\u9fff]{0,4}\s*$", text[max(0, sub[j].start - 10):sub[j].start]):
        return None  # an operator before the first term ('台式 120 万 + …' with 120 unread): only part of the sum
    parts = sub[j:k]
    terms: list[list[Claim]] = [[parts[0]]]
    for op, p in zip(ops, parts[1:], strict=True):
        terms[-1].append(p) if op == "×" else terms.append([p])
    if len(parts) < 2 or any(p.comparator != "=" for p in parts) or any(sum(not p.unit for p in t) > 1 for t in terms):
        return None
    if sum(not p.unit for p in parts) < 1 or (len(terms) == 1 and sum(not p.unit for p in parts) != 1) or any(
            len(t) > 1 and all(not p.unit for p in t) for t in terms) or any(len(t) == 1 and not t[0].unit for t in terms):
        return None
    how = " + ".join(" × ".join(p.text for p in t) for t in terms)
    return _judge(c, sum(math.prod(_written(p) for p in t) for t in terms), f"计算：{how}（系数未写单位，按数值核对）")


# '按 0.2268', '按当量值 0.1229', '取因子 0.58', '乘 23 年全国因子 0.5306' (a spoken year, round fifteen)
_YEAR = r"(?:(?:19|20)?\d{2}\s*年度?)"
_BY = re.compile(rf"(?:按|取|采用|以|乘以?)[^\d，,。；;]{{0,8}}(?:{_YEAR}[^\d，,。；;]{{0,6}})?$")
# '计排放', '折合', '算是', '算下来', '，大概', '，约合': the amount follows from the product
_THEN = re.compile(r"^\s*(?:(?:计算?|折算?|折合|换算|算下来|算出来?|算)[，,]?\s*[\u4e00-\u9fff]{0,6}?(?:为|约为|约|得|是)?"
                   r"|[，,]\s*(?:大概|大约|约合|约|合计|即|得|算下来|算出来?)[\u4e00-\u9fff]{0,4}?(?:为|是)?)\s*$")


def bare_applied(text: str, sub: list[Claim], k: int) -> tuple[bool, float, str] | None:
    """'100 000 MWh，按 0.2268 计排放 2 268 tCO2': a quantity, then a bare factor after 按/取, then the
    amount after 计/折. The factor is a decimal with its unit left out; checked like bare_product, up
    to a power of 1000."""
    c = sub[k]
    if k < 2 or not c.unit or "/" in c.unit or c.unit[:1] in "%％分":
        return None
    f, q = sub[k - 1], sub[k - 2]
    if q.unit == "年" and k >= 3:  # '3200 MWh，乘 23 年全国因子 0.5306': the year read as a number labels the factor
        q = sub[k - 3]
    gap = text[q.end:f.start]
    if (close := re.search(r"[）)]", gap)) and (open_ := max(text.rfind("（", 0, q.start), text.rfind("(", 0, q.start))) >= 0 \
            and not re.search(r"[）)]", text[open_:q.start]):
        # '5400 万kWh（已扣除屋顶光伏 600 万kWh），按 0.5306 计': a factor applies to the amount before the aside
        outside = [p for p in sub[:k - 2] if p.end <= open_]
        if not outside or re.search(r"[，,；;。]", text[outside[-1].end:open_]):
            return None
        q, gap = outside[-1], text[q.end:f.start][close.end():]
    if f.unit or f.comparator != "=" or q.comparator != "=" or not q.unit or f.decimals < 2 or not 0 < f.value < 100:
        return None
    if not _BY.search(gap) or not _THEN.match(text[f.end:c.start]) or re.search(r"\d", re.sub(_YEAR, "", gap)):
        return None
    j = k - 2
    while j >= 2 and sub[j].unit == c.unit and not sub[j - 1].unit and sub[j - 1].decimals >= 2 \
            and _THEN.match(text[sub[j - 1].end:sub[j].start]) and sub[j - 2].unit and sub[j - 2].unit != c.unit:
        j -= 2  # '10 000 MWh，按 0.6776 计是 6 776 t，按 0.3869 计 3 869 t': 6 776 t is a result; both apply to the MWh
    q = sub[j] if j != k - 2 else q
    return _judge(c, _written(q) * f.value, f"计算：{q.text} × {f.text}（系数未写单位，按数值核对）")


def _judge(c: Claim, raw: float, how: str) -> tuple[bool, float, str] | None:
    """raw against c's number up to a power of 1000, in c's own unit ('2.19万tce' is 2.19 of 万)."""
    raw /= _MULT.get(c.unit[:1], 1.0)
    if raw == 0:
        return None
    for scale in _SCALES:
        if abs(raw * scale - c.value) <= max(tolerance(c, raw * scale), 0.0005 * abs(raw * scale)):
            return True, raw * scale, how
    best = min(_SCALES, key=lambda s: abs(math.log10(abs(raw * s)) - math.log10(abs(c.value) or 1e-9)))
    return False, raw * best, how


def bare_scores(sub: list[Claim], k: int) -> list[Claim]:
    """'能源低碳化19.6、资源高效化23.0…，合计79.2分': bare numbers before a total in 分 are scores."""
    if sub[k].unit != "分" or any(p.unit == "分" for p in sub[:k]):
        return []
    bare = [p for p in sub[:k] if not p.unit and p.comparator == "="]
    return [p.model_copy(update={"unit": "分"}) for p in bare] if len(bare) >= 2 else []
