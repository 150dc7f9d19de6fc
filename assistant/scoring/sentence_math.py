"""Arithmetic a sentence carries itself, checked from its own numbers (or the names it compares).

- a share from two amounts ('产生6500 t、利用6110 t，综合利用率约94%'); the reuse rate of B.10 from
  V and Vr ('取水20万m³、重复利用水量180万m³，重复利用率90%'); a product ('柴油800 t按3.10 tCO2/t计，排放约
  2480 tCO2'); a difference of counts ('具备10项，…还差2项'); a written sum ('8+8+8+6，合计30分');
- a stated count against the items listed after it ('指标有四个：A、B、C');
- a weight read on the 100-point basis ('权重8%，在百分制里折合为8分');
- comparisons through named values ('A满分6分，比B少2分'; 'A的权重比B高出14个百分点'; 'A是B的两倍').

Used by inline.py; `alone` is the checker on a rewritten sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.types import CheckResult, Claim

from .compare import COUNTERS, agrees
from .units import fmt

CheckAlone = Callable[[str], list[CheckResult]]
Names = Callable[[str], list[str]]

_RATE = re.compile(r"(率|占比|比例|比重)[^，,。；\d]{0,4}$|占[^，,。；\d]{0,12}的$")
_DIFF = re.compile(r"(还差|相差|差距为|差|少了|多了|高出|低了|高了)[^，,。；\d]{0,2}$")
# '…按0.5366 tCO2/MWh计，另有直接排放900 tCO2': another amount, not the product's result
_OTHER = re.compile(r"另有|另外|此外|还有|其余|另计|再加")
_PRODUCT = re.compile(r"(排放|产生|折合|折算|合计|共|计)[^，,。；\d]{0,4}$")
_BASIS = re.compile(r"(百分制|折合|折算|相当于|也就是|即)")


def reread(alone: CheckAlone, body: str, at: int) -> CheckResult | None:
    """The checker's verified or mismatch result for the number at ``at`` of a rewritten sentence."""
    return next((x for x in alone(body) if x.claim.start == at and x.status != "unverifiable"), None)


def moved(hit: CheckResult, claim: Claim, why: str) -> CheckResult:
    """``hit`` (a result on a rewritten sentence) put back on ``claim``, its number in the text."""
    # the subject it was linked to goes with it (hypothetical.py tells the factory's present values by it)
    return hit.model_copy(update={"claim": claim.model_copy(update={"subject": hit.claim.subject}),
                                  "explanation": why + hit.explanation})


def within(results: list[CheckResult], start: int, end: int) -> list[int]:
    """Indices of the results whose number lies inside text[start:end] (a table cell, a line)."""
    return [i for i, r in enumerate(results) if start <= r.claim.start and r.claim.end <= end]


def result(c: Claim, ok: bool, exp: float, unit: str, how: str, ref: str = "") -> CheckResult:
    return CheckResult(claim=c, status="verified" if ok else "mismatch", expected=exp, expected_unit=unit,
                       reference=ref, explanation=(f"与句中计算一致：{fmt(exp)} {unit}。" if ok else
                                                   f"按句中数据应为 {fmt(exp)} {unit}，文中为 {c.text}。") + how)


def list_names(head: str, alternatives: bool = False) -> tuple[str, list[str], str]:
    """The prefix, the names and the role word of 'prefix，A、B和C的分值' (the run after the last comma);
    with `alternatives`, a last 或 joins two items too ('A、B或C' lists three)."""
    run = re.split(r"[，,：:]", head)[-1]
    prefix = head[:len(head) - len(run)]
    run = re.sub(r"(?:这|等)?[一二两三四五六七八九十\d]+(?:类|项|个|种)(?=(?:的)?(?:分值|权重|得分|分数|满分|产值|产量)?$)", "", run)
    role = re.search(r"(?:的)?(分值|权重|得分|分数|满分|产值|产量|排放量|取水量|用电量|综合能耗)$", run)
    if role:
        run = run[:role.start()]
    parts = [p for p in run.split("、") if p.strip()]
    if parts:
        # '与' joins words inside names (先进工艺与装备): it ends a list only when there is no '、'
        # '专家咨询法、层次分析法或熵权法': alternatives may be listed with 或 (not '产能（或产值）', one item)
        joins = "以及|和|及|或者|或" if alternatives else "以及|和|及"
        last = re.match(rf"(.+)(?:{joins})(.+)$" if len(parts) > 1 else r"(.+)(?:以及|和|与|及)(.+)$", parts[-1])
        if last and last.group(1).count("（") + last.group(1).count("(") > last.group(1).count("）") + last.group(1).count(")"):
            last = None
        if last:
            parts[-1:] = [last.group(1), last.group(2)]
    return prefix, [p.strip() for p in parts], role.group(1) if role else ""


def arith(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s0: int) -> None:
    for pos, i in enumerate(idx):
        c = claims[i]
        # only numbers nothing else explained: a named indicator with its own formula (重复利用率 =
        # Vr/(V+Vr)) is linked before this pass and must not be re-read as a plain share
        share_of = re.search(r"占[^，,。；]{0,16}的$", text[s0:c.start]) is not None
        if (out[i].status != "unverifiable" and not share_of) or c.comparator != "=":
            continue
        # '废水排放 30 万t，…1.5 t/t；废水产生 90 万t': operands and result stand in one clause of '；'
        before = [claims[j] for j in idx[:pos] if not re.search(r"[；;]", text[claims[j].start:c.start])]
        lead_in = text[max(s0, (before[-1].end if before else s0)):c.start]
        if c.unit == "%" and _RATE.search(lead_in) and len(before) == 2 and "重复利用" in text[s0:c.start]:
            reuse(text, c, before, out, i)
        elif c.unit == "%" and (_RATE.search(lead_in) or share_of) and len(before) == 2:
            a, b = before
            if a.unit and a.unit == b.unit and a.unit != "%" and min(a.value, b.value) > 0:
                lo, hi = min(a.value, b.value), max(a.value, b.value)
                share, rest = 100 * lo / hi, 100 * (hi - lo) / hi  # 利用率 lo/hi; 去除率 (hi − lo)/hi
                exp = rest if agrees(c, rest, False) and not agrees(c, share, False) else share
                out[i] = result(c, agrees(c, exp, False), exp, "%",
                                f"计算：{fmt(lo)} ÷ {fmt(hi)} × 100%" if exp == share else
                                f"计算：({fmt(hi)} − {fmt(lo)}) ÷ {fmt(hi)} × 100%")
        elif c.unit in COUNTERS and _DIFF.search(lead_in) and len(before) >= 2:
            a, b = before[-2:]
            if a.unit == b.unit == "%" and text[c.end:c.end + 3] == "百分点":  # '96%，距97.5%…还差1.5个百分点'
                exp = abs(a.value - b.value)
                out[i] = result(c, agrees(c, exp, True), exp, "个百分点",
                                f"计算：{fmt(max(a.value, b.value))}% − {fmt(min(a.value, b.value))}%")
            elif a.unit in COUNTERS and b.unit in COUNTERS:
                exp = abs(a.value - b.value)
                out[i] = result(c, agrees(c, exp, True, exact=True), exp, c.unit,
                                 f"计算：{fmt(max(a.value, b.value))} − {fmt(min(a.value, b.value))}")
        elif c.unit and "/" not in c.unit and _PRODUCT.search(lead_in) and len(before) >= 2 and not _OTHER.search(lead_in):
            a, b = before[-2:]
            if "/" not in b.unit:
                continue
            num, _, den = b.unit.partition("/")
            if den and a.unit == den and num == c.unit:
                exp = a.value * b.value
                out[i] = result(c, agrees(c, exp, False), exp, c.unit,
                                 f"计算：{fmt(a.value)} {a.unit} × {fmt(b.value)} {b.unit}")


def count_list(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s1: int) -> None:
    for i in idx:
        c = claims[i]
        if c.unit not in COUNTERS or c.comparator != "=" or c.approx:
            continue
        rest = text[c.end:s1]
        m = re.match(r"[^，,。；：:]{0,8}(?:[：:]|[，,]\s*(?:依次为|依次是))([^。；]+)$", rest)
        # '…这四个方面', '…这 4 项': the items listed right before 这
        b = re.search(r"([^，,。；：:为是把]{2,80})这\s*$", text[max(0, c.start - 80):c.start])
        # 'A、B、C、D，共四个': the items listed right before '，共'
        t = re.search(r"([^，,。；：:为是把]{2,200})[，,]\s*(?:共|一共|总共|合计|共计)有?\s*$", text[max(0, c.start - 200):c.start])
        # '列了 a)、b)、c) 共四条': enumerator labels need no comma before 共
        e = re.search(r"((?:[a-z][)）]\s*、\s*)+[a-z][)）])\s*(?:共|一共|总共|合计|共计)有?\s*$", text[max(0, c.start - 80):c.start])
        if e:
            n = len(re.findall(r"[a-z][)）]", e.group(1)))
            out[i] = result(c, n == c.value, float(n), c.unit, f"文中列出 {n} 项：{e.group(1)}")
            continue
        # '包括A、B、C和D四个二级指标', '是A、B和C三个方面': the items listed right before the count
        g = re.search(r"(?:是|为|包括|包含|含|即|有)\s*([^，,。；：:为是把“”]{2,120}、[^，,。；：:为是把“”]{1,80}[和与及][^，,。；：:“”]{1,30}?)\s*$",
                      text[max(0, c.start - 200):c.start])
        if g and re.search(r"中|之一|以上|里|共|分别|依次", g.group(1)):
            g = None
        listed = (m.group(1) if m else b.group(1) if b else t.group(1) if t and "、" in t.group(1)
                  else g.group(1) if g else "")
        if m and "、" in (head := re.split(r"[，,]", listed)[0]):
            listed = head  # '五个“化”：A、B、C、D、E，覆盖规划、建设、运行三个阶段': the list ends at its clause
        # digits inside formulas (CO2, SF6) are no numbers
        listed = re.sub(r"^\s*\d+(?:\.\d+)+", "", listed)  # '4.3.5 用地集约化…这 4 项': the clause number heads the list
        # '能源查询、能耗计算……碳资产管理': a list with an ellipsis leaves items out
        if not listed or "等" in listed or "…" in listed or "..." in listed or re.search(r"(?<![A-Za-z])\d", listed):
            continue
        _, items, role = list_names(listed)
        if len(items) != c.value and len(alt := list_names(listed, True)[1]) == c.value:
            items = alt  # 'A、B或C' is three items, '主要污染物产生强度或排放强度' one: either reading may be meant
        if role and re.search(rf"[、和及]\s*(?:的)?{role}\s*$", listed):
            items.append(role)  # '…、分值、得分': the last item is a role word, not the list's role
        if len(items) >= 2 and not (m and out[i].status == "mismatch" and out[i].reference and len(items) == c.value):
            # a constant named before the count stands against the list after it that agrees with the number: the
            # list may be short ('绿色园区评价指标分为五类：…' lists five of the six)
            out[i] = result(c, len(items) == c.value, float(len(items)), c.unit,
                             f"文中列出 {len(items)} 项：{'、'.join(x.strip() for x in items)}")


def weight_points(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int]) -> None:
    for pos, i in enumerate(idx):
        c = claims[i]
        if c.unit != "分" or pos == 0:
            continue
        w = claims[idx[pos - 1]]
        between = text[w.end:c.start]
        if w.unit == "%" and "权重" in text[max(0, w.start - 8):w.start] and _BASIS.search(between):
            out[i] = result(c, agrees(c, w.value, True), w.value, "分",
                             "GB/T 36132-2025 5.1 百分制：权重 1% 折合 1 分", "GB/T 36132-2025§5.1")


_COMPARE = re.compile(r"比([^，,。；\d]{1,24}?)(少|多|低|高)了?$")


def comparative(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s0: int,
                 alone: CheckAlone, names: Names) -> None:
    """'A满分6分，比B少2分' states B's value as 6 + 2: the 2 is a difference, checked through B."""
    for pos, i in enumerate(idx):
        c = claims[i]
        m = _COMPARE.search(text[s0:c.start])
        if not m or pos == 0:
            continue
        prev = claims[idx[pos - 1]]
        other = names(m.group(1))
        if prev.unit != c.unit or not other:
            continue
        value = prev.value + c.value if m.group(2) in ("少", "低") else prev.value - c.value
        sub = alone(f"{other[-1]}为{fmt(value)}{c.unit}。")
        if len(sub) != 1 or sub[0].status == "unverifiable" or sub[0].expected is None:
            out[i] = CheckResult(claim=c, status="unverifiable", explanation="两项之差，未能核对被比较的一项")
            continue
        exp = abs(sub[0].expected - prev.value)
        out[i] = result(c, sub[0].status == "verified", exp, c.unit,
                         f"{other[-1]}为 {fmt(sub[0].expected)} {c.unit}，与前项 {prev.text} 相差 {fmt(exp)} {c.unit}",
                         sub[0].reference)




def reuse(text: str, c: Claim, amounts: list[Claim], out: list[CheckResult], i: int) -> None:
    """B.10 from the two amounts before the rate: R = Vr / (V + Vr) × 100 %, Vr the one named 重复利用."""
    a, b = amounts
    if not a.unit or a.unit != b.unit or a.unit == "%":
        return
    vr = b if "重复" in text[a.end:b.start] else a if "重复" in text[max(0, a.start - 10):a.start] else None
    if vr is None:
        return
    v = a if vr is b else b
    exp = 100 * vr.value / (v.value + vr.value)
    out[i] = result(c, agrees(c, exp, False), exp, "%",
                    f"GB/T 36132-2025 B.10：Vr / (V + Vr) × 100% = {fmt(vr.value)} ÷ ({fmt(v.value)} + {fmt(vr.value)}) × 100%",
                    "GB/T 36132-2025§B.10")


# numbers may print their thousands with a space ('7 374 + 607.15'): a group is one number, never its tail
_N = r"(?:\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+|\d+)(?:\.\d+)?"
_SUM_EXPR = re.compile(rf"(?<![\d./(（×*÷])(?<!\d[ \u00a0\u2009\u202f])({_N}(?:\s*[+＋]\s*{_N})+)\s*(?:分|%|项)?[^，,。；\d]{{0,2}}[，,]?\s*(?:合计|共计|总计|总和为|之和为|相加为|共|为|=|＝)\s*$")


def sums(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s0: int) -> None:
    """'8+8+8+6，合计30分': the total of a written sum is the sum."""
    for i in idx:
        c = claims[i]
        m = _SUM_EXPR.search(text[s0:c.start])
        if not m or re.search(r"[)）]", text[s0 + m.end(1):c.start]):
            continue
        parts = [float(re.sub(r"[ \u00a0\u2009\u202f]", "", x)) for x in re.split(r"\s*[+＋]\s*", m.group(1))]
        exp = sum(parts)
        out[i] = result(c, agrees(c, exp, True, exact=not c.approx), exp, c.unit,
                        f"计算：{' + '.join(fmt(x) for x in parts)} = {fmt(exp)}")


_NAMED_DIFF = re.compile(r"^(.{1,24}?)(?:的)?(权重|分值)比(.{1,16}?)(?:的\2)?(高出|高|多出|多|低|少)$")
_NAMED_RATIO = re.compile(r"^(.{1,24}?)(?:的)?(权重|分值)(?:恰好|正好)?(?:是|为)(.{1,16}?)的$")


def value_of(name: str, role: str, unit: str, alone: CheckAlone) -> tuple[float, str] | None:
    """A constant's value by name: the checker's expected value for a probe statement."""
    probe = alone(f"{name}的{role}为999999{unit}。")
    if len(probe) == 1 and probe[0].status == "mismatch" and probe[0].expected is not None:
        return probe[0].expected, probe[0].reference
    return None


def named_comparison(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s0: int,
                     alone: CheckAlone) -> None:
    """'资源高效化的权重比产品绿色化高出14个百分点' / '产品绿色化的权重是用地集约化的两倍'."""
    for i in idx:
        c = claims[i]
        if out[i].status == "verified" or any(claims[j].end <= c.start for j in idx if j != i):
            continue
        lead = re.split(r"[，,：:]", text[s0:c.start])[-1]
        unit = "%" if "百分点" in text[c.end:c.end + 4] or c.unit == "%" else c.unit
        if (m := _NAMED_DIFF.match(lead)) and c.unit in ("个", "%", "分", ""):
            a, b = value_of(m.group(1), m.group(2), unit, alone), value_of(m.group(3), m.group(2), unit, alone)
            if a and b:
                exp = a[0] - b[0] if m.group(4) in ("高出", "高", "多出", "多") else b[0] - a[0]
                out[i] = result(c, agrees(c, exp, True), exp, "个百分点" if unit == "%" else unit,
                                f"{m.group(1)} {fmt(a[0])} − {m.group(3)} {fmt(b[0])}", a[1])
        elif (m := _NAMED_RATIO.match(lead)) and c.unit == "倍":
            a, b = value_of(m.group(1), m.group(2), "%", alone), value_of(m.group(3), m.group(2), "%", alone)
            if a and b and b[0]:
                exp = a[0] / b[0]
                out[i] = result(c, agrees(c, exp, True), exp, "倍", f"{fmt(a[0])} ÷ {fmt(b[0])}", a[1])
