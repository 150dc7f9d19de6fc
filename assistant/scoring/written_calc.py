"""A calculation written out through labels and words (round sixteen), recomputed from its own numbers.

expressions.py reads a calculation whose operands stand next to their operators ('A×B≈C'). Texts people
write name their operands and say the operators ('总建筑面积18万m²，除以用地面积12万m²，等于1.07',
'= 近三年改造投资4.8亿元 / 近三年产值380亿元 = 1.26%', 'A型30万台×1.0＋B型20万台×1.5，合计60万标准台',
'按53万t/(56万t+2万t)计算应为91.4%', '18万m² divided by 12万m² = 1.5'). Here a chain is: operands joined by
gaps that each hold exactly one operator (a sign or a word) and otherwise only the next operand's label,
closed by an equals word before the result. Its value is computed with units carried (quantity_math.py)
and judged against the result.

Only a result the passes before left open is judged, with one exception: a result another pass called a
mismatch because it linked it to a profile subject of one of the chain's own operands (the expected value
is that operand's) is the chain's result, and is judged as such ('6000万 减去 自发自用600万，等于5 400万kWh').
"""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from . import column_total, counters, edition_column, list_parts, own_scheme, role_unit, score_table
from .quantity_math import Q, alike, evaluate, judge, op, quantity
from .sentence_math import CheckAlone, result, within
from .sentences import cell_spans
from .sentences import spans as sentence_spans
from .units import MULTIPLIERS

_CJK = r"[\u4e00-\u9fff]"
# an operand's label after its operator: '除以用地面积', '/ 近三年产值', '＋笔记本', 'divided by 12万m² of land'
_PERIOD = r"(?:(?:近|前|过去)\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*年)?"
_LABEL = (rf"(?:{_PERIOD}[A-Za-z]{{0,4}}{_CJK}{{0,10}}(?:\s*(?:19|20)\d{{2}}\s*年度?\s*{_CJK}{{0,10}})?"
          rf"|[A-Za-z][A-Za-z₂ ]{{0,20}})")  # '× 华北 2022 年因子'; the year is no operand (_label)
# a sign anywhere between labels; a word operator right after the previous operand (a one-character
# word only there: '加工', '减排', '除尘' inside a label are no operators)
_SIGN = r"[×*÷/+＋\-−–]"
_WORD = r"乘以|除以|加上|减去|减掉|再乘以?|再除以?|再加上?|再减去?|multiplied by|divided by|times|plus|minus"
_SHORT = r"乘|除|加|减"
_OPS = {"×": "*", "*": "*", "x": "*", "X": "*", "÷": "/", "/": "/", "+": "+", "＋": "+", "-": "-", "−": "-",
        "–": "-"}
_OPGAP = re.compile(
    rf"^(?P<close>[\s)）]*)(?:[，,]\s*)?(?:(?P<short>{_SHORT})(?![\u4e00-\u9fff]{{0,1}}[率排工尘])"
    rf"|(?:{_LABEL}\s*)?(?P<op>{_SIGN}|{_WORD}))\s*{_LABEL}?\s*(?P<open>[(（\s]*)$")
# the equals word before the result, after an optional label ('，单位产品碳排放约', ' of land = ', '，合计')
_EQGAP = re.compile(
    rf"^(?P<close>[\s)）]*)(?:[，,]\s*)?(?:{_LABEL}\s*)?(?:[=＝≈≒]|等于|合计|共计|总计|合共|总共|计算应为|计算为|计算得|"
    rf"应为|算得|算出来?是?|得到|得出|可得|就是|即|得)\s*(?:约为?|大约)?\s*$")
_COUNTS = {"分", "项", "个", "类", "种", "条", "次", "年", "倍", "层", "台", "件", "家", "人", "名"}
_NOT_RESULT = re.compile(r"其中|另有|另外|此外|分别|目标|计划|要求|不低于|不少于|不超过|以上|以下|原稿|原文|误")


def _mult(word: str) -> str:
    w = word.removeprefix("再")
    return ("*" if w.startswith(("乘", "multiplied", "times")) else "/" if w.startswith(("除", "divided"))
            else "+" if w.startswith(("加", "plus")) else "-")


def _operator(gap: str) -> tuple[str, str, str] | None:
    """(closing brackets, operator, opening brackets) of a gap between two operands, or None."""
    if re.fullmatch(r"\s+[xX]\s+", gap):
        return "", "*", ""
    gap = _BREAKDOWN.sub("", gap, count=1) if _BREAKDOWN.match(gap) else gap  # '燃料燃烧 5 000 t（天然气 3 000 t、柴油 2 000 t）+ …'
    # '= 29 000 万 kWh；× 华北因子 0.6776 = …': a sign right after a clause break goes on from the result before
    gap = re.sub(rf"^\s*[；;]\s*(?={_SIGN})", "", gap)
    if re.search(r"[。；;\n|｜]", gap):
        return None
    m = _OPGAP.match(gap)
    if not m:
        return None
    sign = m.group("op") or m.group("short")
    o = _OPS.get(sign) or _mult(sign)
    return (re.sub(r"[^)）]", "", m.group("close")).replace("）", ")"), o,
            re.sub(r"[^(（]", "", m.group("open")).replace("（", "("))


_BREAKDOWN = re.compile(r"\s*[（(][^（()）\n]*[）)]")


def _inside_breakdown(c: Claim, claims: list[Claim], text: str) -> bool:
    """A number in the bracketed breakdown right after an operand ('5 000 t（天然气 3 000 t、柴油 2 000 t）')."""
    for p in claims:
        if p.end <= c.start and (m := _BREAKDOWN.match(text, p.end)) and c.end <= m.end() and text[p.end:c.start].strip()[:1] in "（(":
            return True
    return False


def _label(c: Claim, text: str) -> bool:
    """A number that is part of an operand's label: a period ('近三年'), a year ('2023年')."""
    before = text[max(0, c.start - 3):c.start]
    if c.unit == "年" and (re.search(r"(?:近|前|过去)\s*$", before) or 1900 <= c.value <= 2100):
        return True
    return not c.unit and 1900 <= c.value <= 2100 and c.decimals == 0 and text[c.end:c.end + 1] in ("年", "")


def _chain(text: str, sub: list[Claim], k: int) -> tuple[Q, bool, str, list[Claim]] | None:
    """The chain ending right before sub[k]: (value, all operands bare, how, operands)."""
    c = sub[k]
    if k == 0 or re.match(rf"\s*{_SIGN}\s*[\d(（]", text[c.end:]):
        return None
    eq = _EQGAP.match(text[sub[k - 1].end:c.start])
    if not eq or _NOT_RESULT.search(text[sub[k - 1].end:c.start]) or re.search(r"[。；;\n|｜]", text[sub[k - 1].end:c.start]):
        return None
    parts, ops = [sub[k - 1]], [eq.group("close").replace("）", ")")]
    j = k - 1
    while j > 0 and (g := _operator(text[sub[j - 1].end:sub[j].start])) is not None:
        close, o, opening = g
        ops[:0] = [close, o, opening]
        parts.insert(0, sub[j - 1])
        j -= 1
    if len(parts) < 2 or any(p.comparator != "=" for p in parts):
        return None
    before = text[sub[j - 1].end if j else max(0, parts[0].start - 12):parts[0].start]
    if re.search(rf"{_SIGN}|{_WORD}|(?:^|[，,\s]){_SHORT}", before) and not re.search(r"[。；;\n|｜=＝]", before):
        return None  # the tail of a longer calculation this reading could not follow ('＋B型机20万台×1.5')
    lead = re.sub(r"[^(（]", "", re.search(r"[(（\s]*$", text[:parts[0].start]).group(0)).replace("（", "(")  # type: ignore[union-attr]
    qs = [quantity(p) for p in parts]
    if any(q is None for q in qs):
        return None
    body = lead + "".join(f"q{n}" + "".join(ops[3 * n:3 * n + 3]) for n in range(len(parts)))
    got = evaluate(re.sub(r"\s", "", body), [q for q in qs if q is not None])
    if got is not None and (want := quantity(c)) is not None and not alike(got.dims, want.dims) and got.dims \
            and any(not p.unit for p in parts) and set(ops[1::3]) <= {"*", "/"} and c.unit != "分" \
            and not any(p.unit.lstrip("万亿千") in _COUNTS for p in parts if p.unit):
        # '4 000 MWh × 0.5306 = 2 122.4 tCO2', '1 843.5 tce ÷ 7 000 ≈ 26.34%': a factor written bare carries
        # the units between; the written numbers (with their 万/亿) are checked with the writer's scale left
        # open (judge's bare). Not for counts and points: '5项 × 5/8' is no factor without its unit
        bare_qs = [quantity(p.model_copy(update={"unit": "", "value": p.value * MULTIPLIERS.get(p.unit[:1], 1)})) for p in parts]
        got = evaluate(re.sub(r"\s", "", body), [q for q in bare_qs if q is not None])
        return (got, True, "计算：" + (text[parts[0].start:parts[-1].end] + ops[-1]).strip() + "（系数未写单位，按数值核对）",
                parts) if got is not None else None
    if got is None:
        return None
    shown = text[parts[0].start:parts[-1].end] + ops[-1]
    return got, all(not p.unit for p in parts), "计算：" + shown.strip(), parts


def _shown(v: float, c: Claim) -> float:
    """The expected value to show: two digits past the claim's own ('应为 91.38 %', not 91.37931)."""
    return round(v, c.decimals + 2) if abs(v) >= 1 else float(f"{v:.4g}")


def _verdict(c: Claim, got: Q, bare: bool, text: str, parts: list[Claim]) -> tuple[bool, float] | None:
    v = judge(c, got, bare)
    if v is None and c.unit in ("", "万", "亿", "千") and re.match(_CJK, text[c.end:c.end + 1]):
        # '合计 60万标准台' after 万台 × factors: the unit word the extractor left out is the operands' own
        v = judge(c, Q(got.lo, got.hi, ()), False)
    scale = parts[0].unit
    if v is None and not got.dims and scale in ("万", "亿") and all(p.unit == scale for p in parts) and c.unit.startswith(scale):
        # '6000万度减去…600万，等于5 400万kWh': operands said in 万 of the result's own unit
        mine = quantity(c)
        v = judge(c, Q(got.lo, got.hi, mine.dims)) if mine is not None else None
    return v


def recheck(text: str, results: list[CheckResult], alone: CheckAlone) -> list[CheckResult]:
    """`results` with the result of each written-out chain judged from its own numbers."""
    order = sorted(range(len(results)), key=lambda i: results[i].claim.start)
    every = [results[i].claim for i in order]
    sub = [c for c in every if not _label(c, text) and not _inside_breakdown(c, every, text)]
    pos = {id(results[i].claim): i for i in order}
    out = list(results)
    for k, c in enumerate(sub):
        i = pos[id(c)]
        r = out[i]
        if r.status == "verified" or (r.status == "unverifiable" and r.explanation.startswith("算式中的数")):
            continue
        found = _chain(text, sub, k)
        if found is None:
            continue
        got, bare, how, parts = found
        if r.status == "mismatch" and ("画像" not in r.explanation or not any(
                r.expected is not None and abs(r.expected - p.value) < 1e-9 for p in parts)):
            continue  # only a profile link is overridden; a pass that computed it (a capped 5.2 score) knows more
        v = _verdict(c, got, bare, text, parts)
        if v is not None:
            out[i] = result(c, v[0], _shown(v[1], c), c.unit, how)
    out = score_table.recheck(text, role_unit.recheck(text, column_total.recheck(text, rows(text, out))))
    out = counters.recheck(text, edition_column.recheck(text, list_parts.recheck(text, out), alone))
    return own_scheme.recheck(text, out)


def rows(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """A table row whose cell is the product of the two numeric cells before it, by their units
    ('外购电力｜5.4万MWh｜0.5306 tCO2/MWh｜28 652.4 tCO2'): MWh × tCO2/MWh is tCO2, so the row computes it."""
    out = list(results)
    for a, b in sentence_spans(text, "\n"):
        cells = cell_spans(text, a, b, "|｜") if any(ch in text[a:b] for ch in "|｜") else []
        numeric = [inside[0] if len(inside := within(out, x, y)) == 1 else None for x, y in cells]
        for n in range(2, len(numeric)):
            i, x, y = numeric[n], numeric[n - 2], numeric[n - 1]
            if i is None or x is None or y is None or out[i].status != "unverifiable":
                continue
            r = out[i]
            qa, qb, qr = quantity(out[x].claim), quantity(out[y].claim), quantity(r.claim)
            if qa is None or qb is None or qr is None or not qa.dims or not qb.dims or "/" not in out[x].claim.unit + out[y].claim.unit:
                continue
            got = op(qa, qb, "*")
            v = judge(r.claim, got) if got is not None and got.dims else None
            if v is not None:
                out[i] = result(r.claim, v[0], _shown(v[1], r.claim), r.claim.unit,
                                f"计算：{out[x].claim.text.strip()} × {out[y].claim.text.strip()}（同一行）")
    return out
