"""Calculations a report paragraph or a chat answer writes out, checked from its own numbers.

Each family below is a way writers show their arithmetic (issue 10 §4, the misses of blind4):

- a written expression: '10000 kWh×0.1229 kgce/kWh≈12.29 tce', '8×(550−425)/(550−300)=4分',
  '产值98亿元÷用地25万m²=3.92万元/m²' (units are carried through, quantity_math.py);
- a total of the parts before it: 'A 1229 tce，B 607.15 tce，C 29.14 tce，合计约1865.29 tce';
- an intensity from an amount and a denominator: '综合能耗1.2万tce，产值6亿元，单位产值综合能耗0.2 tce/万元';
- a share from two amounts of one kind: '改造投资2400万元，同期产值30亿元，占比0.8%' (B.11 with the
  prior-year stock: Zr / (Z + Zw));
- an amount from a quantity and a factor: '外购电力3000万kWh，按0.5366 tCO2/MWh计，排放约1.61万吨';
- a restatement in another unit: '70 kgce/t，即0.07 tce/t'.

Only numbers the linking left unexplained are rechecked. A calculation that matches verifies the
number; a mismatch is reported only when the sentence leaves one reading (an operator or a cue
word, and one candidate pair of operands), since a true number flagged is worse than one left
unverifiable.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from . import attribute_counts, factor_blame, named_formula
from .arith import _energy_at
from .bare_factor import bare_applied, bare_product
from .compare import COUNTERS
from .expressions import expression, points_cap
from .plot_ratio import LAND as _LAND
from .plot_ratio import plot_ratio as _plot_ratio
from .quantity_math import Q, alike, judge, op, quantity, stated_before, total
from .restate import restatements
from .sentences import spans
from .sums import CARRIED_SUM, in_expression, operand, written_sum
from .units import fmt

_END = "。！？!?\n"
# the last two: hypothetical.py reruns it; guards12 only says a per-unit amount is no coefficient, which
# leaves it to the calculation here ('综合能耗 1865.29 tce，产品 5 万 t，单位产品约 37.3 kgce/t')
_OPEN = ("未提供工厂画像", "未能关联到", "算式中的数", "文中所列各项之和", "假设情形（", "单位产品（产值）的量")
_RATE = re.compile(r"(率|占比|比例|比重|系数)(?:为|约为|约|是|达到|达)?\s*$|占[^，,。；\d]{0,12}的$|(?:^|[，,])\s*占(?:约)?\s*$")
_SHARE_OF = re.compile(r"占[^，,。；]{0,24}的\s*$")
_AMOUNT = re.compile(r"(排放|产生|折合|折算|折标|折|计|合|约|为)[^，,。；\d]{0,6}$")
_OTHER = re.compile(r"另有|另外|此外|还有|其余|另计|再加")  # another amount, not the product's result
# '1 亿元产值记作 1 万万元', '1 tce = 1 000 kgce': a unit equivalence restates its left side too
_RESTATE = re.compile(r"^\s*[，,（(]?\s*(?:即|也就是|也即|相当于|折合|合)\s*(?:约)?\s*$"
                      r"|^\s*[\u4e00-\u9fff]{0,3}(?:记作|记为|写作|等于|[=＝])\s*$")

_PER_ITEM = re.compile(r"每(?:一)?(?:张|个|台|块|套|件|份)\s*$")
_APPROX = re.compile(r"^\s*(?:[，,]\s*(?:约合|约为|约|大约|大概)|[≈≒]|约)\s*$")

_TOTAL_NAMED = re.compile(r"(?:总量|合计|总计|总排放|综合能耗|全厂)[^，,；;。\d]{0,6}$")


def _open(r: CheckResult) -> bool:
    return r.status == "unverifiable" and r.explanation.startswith(_OPEN)  # not a deliberate skip


def _res(c: Claim, ok: bool, exp: float, how: str, ref: str = "") -> CheckResult:
    unit = c.unit
    return CheckResult(claim=c, status="verified" if ok else "mismatch", expected=exp, expected_unit=unit,
                       reference=ref, explanation=(f"与文中计算一致：{fmt(exp)} {unit}。" if ok else
                                                   f"按文中数据计算应为 {fmt(exp)} {unit}，文中为 {c.text}。") + how)



_DEN_WORDS = (r"合格品[^，,。；\d]{0,4}$", r"(?:产量|产品|产值)[^，,。；\d]{0,4}$")  # B.1: 合格品产量 first
_APPLIED = re.compile(r"(按|取(?!水)|采用|乘以|以)[^，,。；\d]{0,16}$")  # not the 取 of 取水量
_INTENSITY = re.compile(r"单位|强度|产出率|每|吨|万元|平均|人均|[=＝≈]|即|约为")


_COPULA = re.compile(r"^\s*[，,]?\s*(?:则|即|故|所以|结果)?\s*(?:为|是|约为|约|得|得到|算得)\s*$")


def _headed(text: str, s0: int, sub: list[Claim], lead_in: str) -> bool:
    """'单位产品取水量：取水 54 万m³，合格品 9 万t，为 6 m³/t': the intensity is named at the sentence's head
    and the result follows a bare copula."""
    return bool(_COPULA.match(lead_in)) and sub[0].start >= s0 and bool(_INTENSITY.search(text[s0:sub[0].start]))


def _quotient(text: str, sub: list[Claim], k: int, s0: int, bad: set[int]) -> tuple[Q, str, bool] | None:
    """An intensity 'X/Y' from the amounts of X and of Y stated before it (not a factor applied:
    '按0.5617 tCO2/MWh计')."""
    c = sub[k]
    me = quantity(c)
    lead_in = text[max(s0, sub[k - 1].end):c.start]
    if me is None or "/" not in c.unit:
        return None
    if _APPLIED.search(lead_in) or re.match(r"^\s*(计|计算|折算)", text[c.end:c.end + 3]) or not (
            _INTENSITY.search(lead_in) or _headed(text, s0, sub, lead_in)):
        return None
    num = tuple((d, p) for d, p in me.dims if p > 0)
    den = tuple((d, -p) for d, p in me.dims if p < 0)
    if not me.dims:  # 'kg/t': a mass per mass, the dimensions cancel; read them from the unit's two sides
        sides = [quantity(c.model_copy(update={"unit": u, "value": 1.0})) for u in c.unit.split("/", 1)]
        if any(q is None or not q.dims for q in sides):
            return None
        num, den = sides[0].dims, sides[1].dims  # type: ignore[union-attr]
    if len(den) != 1:
        return None
    nums, dens = stated_before(sub, k, num), stated_before(sub, k, den)
    # a fuel's own mass ('柴油 20 000 kg') is an energy input, never the product of an intensity
    dens = [(p, q) for p, q in dens if _energy_at(text, p.start, p.end) is None]
    # exact dimensions first: '5200 tCO2 … 4万吨 … 0.13 tCO2/t' has one amount of CO2 and one mass
    nums = [p for p in nums if p[1].dims == num] or nums
    dens = [p for p in dens if p[1].dims == den] or dens
    if num == den or len(dens) > 1:
        # '排放量 45 t，合格品 15 万t，… 3.0 kg/t', '投产量 50 000 t，其中合格品 45 000 t': the denominator is the
        # amount a product word names (B.1: the qualified output first)
        for words in _DEN_WORDS:
            named = [p for p in dens if re.search(words, text[max(s0, p[0].start - 8):p[0].start])]
            if named:
                dens = named[-1:]
                nums = [p for p in nums if p[0] is not dens[0][0]]
                break
    if not nums or not dens:
        return None
    tries = [(a, b) for a in reversed(nums) for b in reversed(dens) if a[0] is not b[0]]
    if not tries:  # the only amount and the only denominator are one number ('0t 单位产品… 0 tCO2/t')
        return None
    for (a, qa), (b, qb) in tries:
        got = op(qa, qb, "/")
        if got is not None and (j := judge(c, got)) is not None and j[0]:
            return got, f"计算：{a.text} ÷ {b.text}", True
    (a, qa), (b, qb) = tries[0]
    got = op(qa, qb, "/")
    # '…得 2 653 t；加直接排放 1 200 t，排放总量 3 853 t；合格产品 20 000 t，单位产品碳排放约…': the last amount, named
    # as the total, is the numerator among the parts before it
    total_named = len(dens) == 1 and a is nums[-1][0] and bool(_TOTAL_NAMED.search(text[max(s0, a.start - 12):a.start]))
    return (got, f"计算：{a.text} ÷ {b.text}", (len(nums) == 1 or total_named) and len(dens) == 1) if got else None


def _share(text: str, sub: list[Claim], k: int, s0: int, bad: set[int]) -> tuple[Q, str, bool] | None:
    """A percentage from two amounts of one kind (the last kind stated before it)."""
    c = sub[k]
    lead_in = text[max(s0, sub[k - 1].end):c.start]
    explicit = bool(_SHARE_OF.search(text[s0:c.start])) or "除以" in text[s0:c.start] or "÷" in text[s0:c.start]
    if c.unit not in ("%", "％") or not (_RATE.search(lead_in) or explicit):
        return None
    last = quantity(sub[k - 1])
    if last is None or not last.dims or sub[k - 1].unit in ("%", "％", "年", "月", "天", "日"):
        return None  # '占近三年产值的0.22%': a period is no amount
    group = stated_before(sub, k, last.dims)
    if len(group) == 3:  # B.11: utilised / (generated + prior-year stock used)
        stock = [g for g in group if re.search(r"往年|上年|以前年度|贮存", text[max(s0, g[0].start - 8):g[0].start])]
        used = [g for g in group if "利用" in text[max(s0, g[0].start - 8):g[0].start] and g not in stock]
        if len(stock) == 1 and len(used) == 1:
            z = next(g for g in group if g not in stock and g not in used)
            got = op(used[0][1], op(z[1], stock[0][1], "+"), "/")  # type: ignore[arg-type]
            if got:
                return got, f"GB/T 36132-2025 B.11：{used[0][0].text} ÷ ({z[0].text} + {stock[0][0].text})", True
    land = [g for g in group if _LAND.search(text[max(s0, g[0].start - 10):g[0].start])]
    if len(group) >= 3 and len(land) == 1 and (whole := total([g[1] for g in group if g is not land[0]])):
        got = op(whole, land[0][1], "/")  # B.26: buildings + structures + yards over the land
        if got is not None and (j := judge(c, got)) is not None and (j[0] or "建筑系数" in lead_in):
            return got, f"GB/T 36132-2025 B.26：({' + '.join(g[0].text for g in group if g is not land[0])}) ÷ {land[0][0].text}", True
    if len(group) < 2:
        return None
    (a, qa), (b, qb) = group[-2], group[-1]
    if qa.mid > qb.mid and not explicit:
        (a, qa), (b, qb) = (b, qb), (a, qa)
    got = op(qa, qb, "/")
    if got is None:
        return None
    rest = op(op(qb, qa, "-"), qb, "/")  # type: ignore[arg-type]
    if rest is not None and (j := judge(c, rest)) is not None and j[0] and not explicit:
        return rest, f"计算：({b.text} − {a.text}) ÷ {b.text}", True
    return got, f"计算：{a.text} ÷ {b.text}", explicit or len(group) == 2


def _product(text: str, sub: list[Claim], k: int, s0: int, bad: set[int]) -> tuple[Q, str, bool] | None:
    """An amount from a quantity and the factor stated with it ('…3000万kWh，按0.5366 tCO2/MWh计，排放约…',
    '热力按0.03412 kgce/MJ折算，1000 GJ折34.12 tce'): the nearest factor before the number with no amount
    of the number's kind in between, times the nearest quantity whose unit it turns into that kind."""
    c = sub[k]
    me = quantity(c)
    lead_in = text[max(s0, sub[k - 1].end):c.start]
    if me is None or "/" in c.unit or not me.dims or not _AMOUNT.search(lead_in) or _OTHER.search(lead_in):
        return None
    if operand(text, c):
        return None  # '6 400 kg / 266 000 万元 = …': the left side of another expression, not this product's result
    for j in range(k - 1, -1, -1):
        qf = quantity(sub[j])
        if qf is None or alike(qf.dims, me.dims):
            return None  # an amount of this kind in between: the factor is not for this number
        if "/" not in sub[j].unit:
            continue
        found = []
        for i in sorted((i for i in range(k) if i != j), key=lambda i: abs(k - i)):
            if re.search(r"[；;]", text[sub[i].start:c.start]):
                continue  # '废水排放 30 万t，…1.5 t/t；废水产生 90 万t': a '；' clause states its own amount
            qa = quantity(sub[i])
            if _PER_ITEM.search(text[max(s0, sub[i].start - 6):sub[i].start]):
                continue  # '按每张 1 000 kWh 计为 500 万 kWh': an amount per item is no amount converted
            if qa is not None and "/" not in sub[i].unit and (got := op(qa, qf, "*")) is not None and alike(got.dims, me.dims):
                found.append((got, f"计算：{sub[i].text} × {sub[j].text}"))
        for got, how in found:  # '43 800万kWh（已扣除光伏1 200万kWh）按0.5617计…': any amount that explains it
            if (jd := judge(c, got)) is not None and jd[0]:
                return got, how, True
        # several amounts it could apply to: a mismatch only when one reading is left
        return (found[0][0], found[0][1], len(found) == 1) if found else None
    return None


def recheck(text: str, claims: list[Claim], results: list[CheckResult]) -> list[CheckResult]:
    """Replace the result of each unexplained number that a calculation in its sentence explains."""
    out = list(results)
    prev: list[Claim] = []
    for s0, s1 in spans(text, _END):
        idx = [i for i, c in enumerate(claims) if s0 <= c.start < s1]
        sub = [claims[i] for i in idx]
        # '外购电 3 000 MWh。按当年区域因子 0.5857 计算，…': a sentence that goes on from the last one's amount
        carry = prev[-1:] if text[s0:s1].lstrip().startswith(("按", "以", "折")) else []
        last = prev
        prev = sub
        dup = restatements(text, sub)
        # '…合格品 45 000 t。按 B.1 计算，单位产品综合能耗为 0.36 tce/t': a sentence opening with 按 computes
        # from the last sentence's amounts when its own give nothing
        go_on = text[s0:s1].lstrip().startswith(("按", "以", "经计算", "计算得")) and bool(last)
        for k, i in enumerate(idx):
            c = claims[i]
            bad = {id(claims[j]) for j in idx[:k] if out[j].status == "mismatch"}
            if carry and k == 1 and _open(out[i]) and (ba := bare_applied(text, carry + sub, 2)) is not None:
                out[i] = _res(c, *ba)
                continue
            if all(p.unit in COUNTERS for p in sub[:k]) and _open(out[i]) and c.comparator == "=" and last \
                    and CARRIED_SUM.match(text[s0:c.start]):
                # '…折 4 670.2 tce；…折 1 457.16 tce。两项合计，全厂综合能耗为 6 127.36 tce': the parts are the last sentence's
                if (found := written_sum(text, [*last, c], len(last), s0, set(), carried=True)) is not None \
                        and (j := judge(c, found[0])) is not None and (j[0] or found[2]):
                    out[i] = _res(c, j[0], j[1], found[1])
                continue
            if k == 0 and go_on and _open(out[i]) and c.comparator == "=":
                for rule in (_quotient, _share):
                    if (found := rule(text, [*last, c], len(last), last[0].start, set())) is not None \
                            and (j := judge(c, found[0])) is not None:
                        if j[0] or found[2]:
                            out[i] = _res(c, j[0], j[1], found[1])
                        break
                continue
            # '按工时定额折算，… = 120 + 80×0.8 + 5×6 = 224 万台': a written expression is arithmetic whatever the
            # words around it (定额 is a change word for linking)
            written = k > 0 and out[i].explanation.startswith("数字表示变化量") and c.comparator == "=" \
                and re.search(r"[=＝≈]\s*$", text[sub[k - 1].end:c.start])
            if not (_open(out[i]) or written) or c.comparator != "=" or k == 0:
                continue
            if (e := expression(text, sub, k)) is not None:
                got, bare, how = e
                if (j := judge(c, got, bare)) is not None:
                    if not j[0] and re.search(r"[≈≒约]", text[sub[k - 1].end:c.start]) and \
                            abs(c.value - j[1]) <= 10 ** -c.decimals + 1e-12:
                        j = (True, j[1])  # '3 600÷29 307≈0.1229': an approximate result, off by one in its last digit
                    if j[0] and (cap := points_cap(text, s0, sub, k)) is not None and c.value > cap + 1e-9:
                        out[i] = _res(c, False, cap, f"{how}；GB/T 36132-2025 5.2：得分不超过分值 {fmt(cap)} 分")
                        continue
                    out[i] = _res(c, j[0], j[1], how)
                    continue
            if written:
                continue
            if (bp := bare_product(text, sub, k) or bare_applied(text, sub, k)) is not None:
                out[i] = _res(c, *bp)
                continue
            if e is not None:
                continue
            bracketed = bool(re.match(r"^\s*[（(]\s*$", text[sub[k - 1].end:c.start]) and re.match(r"\s*[）)]", text[c.end:])
                             and sub[k - 1].unit != c.unit)  # '12 亿元（120 000 万元）': the same amount in another unit
            # '30:8，也就是15:4': a member of a ratio restates no single number (the ratio is the pair)
            ratio = re.match(r"\s*[∶:]\s*\d", text[c.end:c.end + 3]) or re.search(r"\d\s*[∶:]\s*$", text[max(0, c.start - 3):c.start])
            # '= 983 200 kgce，约 98.32 tce', '= 21 857 400 kgce ≈ 21 857.4 tce': a hedge to another unit restates it
            approx = bool(_APPROX.match(text[sub[k - 1].end:c.start])) and sub[k - 1].unit != c.unit
            # '先进工艺 6 分 + 改造投资 2.04 分 + SO2 3.30 分 = 11.34 分': the last term of a sum is not restated
            summed = k >= 2 and bool(re.search(r"[+＋×xX*÷/\-−]", text[sub[k - 2].end:sub[k - 1].start]))
            if (_RESTATE.match(text[sub[k - 1].end:c.start]) or bracketed or approx) and not ratio and not summed \
                    and (qp := quantity(sub[k - 1])) is not None:
                if (j := judge(c, qp)) is not None and out[idx[k - 1]].status != "mismatch":
                    out[i] = _res(c, j[0], j[1], f"与前文 {sub[k - 1].text} 换算")
                    if j[0] or out[idx[k - 1]].status == "verified":
                        continue
            if in_expression(text, c):
                continue  # '(4.8+1.2)/10 = 0.60': an operand is no result of another rule
            rs = [p for p in sub[:k] if id(p) not in dup] + [c]  # '15亿元（150 000万元）' is one quantity
            for rule in (written_sum, _quotient, _share, _plot_ratio, _product):
                found = rule(text, rs, len(rs) - 1, s0, bad)
                if found is None and go_on and rule in (_quotient, _share):
                    wide = [*last, *rs]
                    found = rule(text, wide, len(wide) - 1, last[0].start, bad)
                if found is None:
                    continue
                got, how, decisive = found
                j = judge(c, got)
                if j is None:
                    continue
                if j[0] or decisive:
                    out[i] = _res(c, j[0], j[1], how)
                break
    out = factor_blame.recheck(text, claims, named_formula.recheck(text, claims, out))
    return attribute_counts.recheck(text, claims, out)
