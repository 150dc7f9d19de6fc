"""Arithmetic a sentence carries itself: a worked 5.2 scoring example ('分值8分、基准值80%、引领值90%、
实际值86%，得4.8分') is recomputed, and a claim the checker could not link is checked against it."""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from . import below_base, refdata
from .compare import points_agree, tolerance
from .errors import InputError
from .sentences import spans as _sentences
from .units import convert, fmt, parse_unit

_ROLE = (("points", ("分值", "满分", "赋分", "分数")), ("base", ("基准值", "基础值", "基准")), ("lead", ("引领值", "先进值", "引领")),
         ("actual", ("实际值", "实际")))
_SCORE = re.compile(r"(得分|得|计|算出来?|算得|算下来|结果)[^，,。；、]{0,6}$")
# the factory's own value named after the scheme values ('基准值16，引领值10，我厂13，分值8分')
_OWN = re.compile(r"(?:我厂|本厂|我司|本公司|本企业|该厂|企业|工厂|实际|实测|现状)[^，,。；\d]{0,6}$")


def _example(text: str, claims: list[Claim]) -> tuple[dict[str, Claim], Claim | None]:
    """The four inputs of a 5.2 example (each the claim right after its word) and the score claim.
    Without 实际值, the factory's value is the first untagged number in the unit of the base value
    ('本厂可再生能源利用率12%，方案基准值5%、引领值20%，该项分值8分，得分…')."""
    found: dict[str, Claim] = {}
    untagged: list[Claim] = []
    score = None
    for i, c in enumerate(claims):
        prev_end = claims[i - 1].end if i else 0
        lead_in = text[max(prev_end, c.start - 8):c.start]
        for role, words in _ROLE:
            if role not in found and any(lead_in.rstrip("为是：:约 ").endswith(w) for w in words):
                found[role] = c
                break
        else:
            if "actual" not in found and len(found) >= 3 and "base" in found and untagged:
                # '单位产品综合能耗 0.0373 tce/t，基准值 0.050、引领值 0.030': bare scheme values take the actual's unit
                first = next((u for u in untagged if (u.unit == found["base"].unit or (not found["base"].unit and u.unit
                                                      and u.unit not in ("分", "%"))) and u.comparator == "="), None)
                if first is not None and (not found["base"].unit or first.start < found["base"].start
                                          or _OWN.search(text[max(0, first.start - 10):first.start])):
                    found["actual"] = first
            if _SCORE.search(lead_in) and len(found) == 4 and (c.unit in ("分", "%") or re.search(r"得分\s*[：:]\s*$", lead_in)):
                score = c
            untagged.append(c)
    return found, score


_LABELLED = re.compile(r"(?:分值|基准值|引领值|实际值|得分)\s*[：:]")


def _points(v: dict[str, float]) -> float:
    p, b, lead, a = v["points"], v["base"], v["lead"], v["actual"]
    if lead == b:
        return p if a == lead else 0.0
    frac = (a - b) / (lead - b)
    return p * min(1.0, max(0.0, frac))


def recheck(text: str, claims: list[Claim], results: list[CheckResult]) -> list[CheckResult]:
    """Replace the result of a worked example's score claim by the recomputed score, and of a standard
    coal amount the sentence computes from its own quantity and coefficient."""
    out = below_base.recheck(text, claims, recheck_conversions(text, claims, results))
    results = out
    # '指标：…；实际值：464.5 kgce/t；引领值：300 kgce/t；…；得分：3.42 分': a row of labelled fields is one example
    rows = [sp for sp in _sentences(text, "。！？!?\n") if len(_LABELLED.findall(text[sp[0]:sp[1]])) >= 3]
    for s0, s1 in [*_sentences(text), *rows]:
        idx = [i for i, c in enumerate(claims) if s0 <= c.start < s1]
        sub = [claims[i] for i in idx]
        found, score = _example(text, sub)
        if score is None or results[idx[sub.index(score)]].status != "unverifiable":
            continue
        vals = {k: c.value for k, c in found.items()}
        if found["points"].unit not in ("分", ""):
            continue
        exp = _points(vals)
        how = (f"GB/T 36132-2025 5.2 线性比例法：分值 {fmt(vals['points'])} × ({fmt(vals['actual'])} − {fmt(vals['base'])})"
               f" / ({fmt(vals['lead'])} − {fmt(vals['base'])})，限于 0～分值 = {fmt(exp)} 分")
        i = idx[sub.index(score)]
        if score.unit not in ("分", ""):
            out[i] = CheckResult(claim=score, status="mismatch", expected=exp, expected_unit="分",
                                 reference="GB/T 36132-2025§5.2",
                                 explanation=f"单位不符：得分应以“分”计，为 {fmt(exp)} 分，文中为 {score.text}。{how}")
            continue
        ok = points_agree(score, exp)
        out[i] = CheckResult(claim=score, status="verified" if ok else "mismatch", expected=exp, expected_unit="分",
                             reference="GB/T 36132-2025§5.2",
                             explanation=(f"与算例得分一致：{fmt(exp)} 分。" if ok else f"算例得分应为 {fmt(exp)} 分，文中为 {score.text}。") + how)
    return out


def _energy_at(text: str, start: int, end: int | None = None) -> tuple[str, dict[str, object]] | None:
    """The energy named right before a quantity ('焦炭1.5万吨', '电力1000万kWh'), or right after it
    ('1万kWh电力')."""
    co = refdata.coefficients()["energies"]
    window = text[max(0, start - 8):start]
    after = text[end:end + 4] if end is not None else ""
    best = None
    for eid, row in co.items():
        for a in {row["name"], *row.get("aliases", [])}:
            if len(a) >= 2 and a in window:
                pos = window.rfind(a)
                if best is None or pos > best[0]:
                    best = (pos, eid, row)
            elif len(a) >= 2 and after.startswith(a) and best is None:
                best = (-1, eid, row)
    return (best[1], best[2]) if best else None


_CONV_LABEL = re.compile(r"^(?:按[^，,]*?)?(?:折合|折算|折标|折|合计约|相当于|约合|约|为|计|标准煤|标煤|即|是|\s)*$")
_WHOLE = re.compile(r"综合能耗|总能耗|能源消费总量|能耗总量|合计|总计|共计")


def _conversion(text: str, sub: list[Claim], c: Claim) -> tuple[float, str] | None:
    """Standard coal of 'ENERGY Q UNIT [按 k kgce/UNIT] 折合/折算/折标 … c': (expected in c's unit, how)."""
    if not c.unit or any(d != "ce" for d, _ in parse_unit(c.unit).dims) or not parse_unit(c.unit).dims:
        return None
    prior = [q for q in sub if q.end <= c.start]
    lead_in = text[max([0, *(q.end for q in prior)]):c.start]
    if _WHOLE.search(lead_in):
        return None  # '…，占综合能耗 7 554.05 tce 的 26.9%': the total of all energies, not this one's conversion
    own = _energy_at(text, c.start) if lead_in.strip() else None  # '电力 3 514.94 tce，天然气 1 724.31 tce'
    label = re.split(r"[，,；;：:。]", lead_in)[-1].strip()
    if own is None and label and not _CONV_LABEL.match(label) and len({e[0] for q in prior
                                                                   if (e := _energy_at(text, q.start, q.end))}) >= 2:
        return None  # '…电 1 229 tce': labelled by a word that names no energy, among several energies
    for q in reversed(prior):
        found = _energy_at(text, q.start, q.end)
        if found is None or not q.unit or (own is not None and found[0] != own[0]):
            continue
        row = found[1]
        try:
            amount = convert(q.value, q.unit, str(row["unit"]))
        except InputError:
            continue
        if not any(w in text[q.end:c.start] for w in ("折合", "折算", "折标", "合计约", "相当于", "折")):
            return None
        if re.search(r"合计|共计|总计|总和|加上", text[q.end:c.start]):
            return None  # a total of several energies, not this one's conversion
        if sum(k is not q and bool(k.unit) and parse_unit(k.unit).dims == parse_unit(q.unit).dims for k in prior) >= 2:
            return None  # a list of amounts of this kind ('光伏1200万kWh、绿电3000万kWh及绿证（折2000万kWh），折标准煤…')
        coef = float(row["coefficient"])  # type: ignore[arg-type]
        for k in prior[prior.index(q) + 1:]:
            if not k.unit and k.decimals >= 2:  # the sentence's own bare factor ('按1.2143折算')
                if not coef / 3 <= k.value <= coef * 3:
                    return None  # in another unit ('蒸汽1.5万t，取0.0948折合…'): bare_factor.bare_applied
                coef = k.value
        for k in prior[prior.index(q) + 1:]:
            if k.unit.startswith(("kgce/", "tce/")):
                try:
                    coef = convert(k.value, k.unit, f"kgce/{row['unit']}")
                except InputError:
                    pass
        exp = convert(amount * coef, "kgce", c.unit)
        return exp, f"{q.text} × {fmt(coef)} kgce/{row['unit']} = {fmt(amount * coef)} kgce（GB/T 2589）"
    return None


_FACTOR_AFTER = re.compile(r"\s*[×*÷/xX](?![A-Za-z])")
_COAL_BEFORE = re.compile(r"(?:标准煤|标煤)[^，,。；\d]{0,3}$")
_PER = re.compile(r"每\s*(千瓦时|kWh|度电|度|MJ|GJ|吨|t|千克|kg|立方米|m³|m3)\s*([^\d，,。；]{0,6})$")
_PER_UNIT_OF = {"千瓦时": "kWh", "度电": "kWh", "度": "kWh", "吨": "t", "千克": "kg", "立方米": "m3", "m³": "m3"}


def _as_coal(text: str, c: Claim) -> Claim:
    """'折合标准煤约1229吨': a mass right after 标准煤 is standard coal (tce / kgce)."""
    if c.unit in ("吨", "t", "万吨", "千克", "kg", "公斤") and _COAL_BEFORE.search(text[max(0, c.start - 6):c.start]):
        return c.model_copy(update={"unit": {"吨": "tce", "t": "tce", "万吨": "万tce"}.get(c.unit, "kgce")})
    return c


def _coefficient(text: str, c: Claim) -> tuple[float, str] | None:
    """'每千瓦时电折0.1229千克标准煤' / '热力按每MJ 0.03412 kgce折算': a coefficient of GB/T 2589."""
    if not c.unit or not parse_unit(c.unit).dims or any(d != "ce" for d, _ in parse_unit(c.unit).dims):
        return None
    m = _PER.search(text[max(0, c.start - 14):c.start])
    if not m:
        return None
    per = _PER_UNIT_OF.get(m.group(1), m.group(1))
    named = _energy_at(text, c.start - len(m.group(0)) + 1, None) or _energy_at(text, m.end(1) + c.start - len(m.group(0)))
    co = refdata.coefficients()["energies"]
    row = named[1] if named else next((r for r in co.values() if r["unit"] == per and per in ("kWh", "MJ")), None)
    if row is None:
        return None
    try:
        exp = convert(float(row["coefficient"]), f"kgce/{row['unit']}", f"{c.unit}/{per}")  # type: ignore[arg-type]
    except InputError:
        return None
    return exp, f"{row['name']}折标系数 {fmt(float(row['coefficient']))} kgce/{row['unit']}（GB/T 2589）"  # type: ignore[arg-type]


def recheck_conversions(text: str, claims: list[Claim], results: list[CheckResult]) -> list[CheckResult]:
    out = list(results)
    prev: list[Claim] = []
    for s0, s1 in _sentences(text):
        sub = [c for c in claims if s0 <= c.start < s1]
        # '外购电力6 500万kWh。按当量值…折算为标准煤7 988.5 tce': a sentence that goes on from the last
        carry = prev if text[s0:s1].lstrip().startswith(("按", "折", "以", "其折")) else []
        prev = sub
        for c in sub:
            i = claims.index(c)
            if results[i].status != "unverifiable" or _FACTOR_AFTER.match(text, c.end):
                continue  # '折标准煤 20 000 000 kg × 0.1286 = …': a factor of a product, not its result
            got = _conversion(text, sub, _as_coal(text, c))
            if got is None and carry:
                got = _conversion(text, carry + sub, _as_coal(text, c))
            if got is None:
                got = _coefficient(text, c)
            if got is None:
                continue
            exp, how = got
            # 0.1 %: published coefficients are rounded (3600 kJ / 29307 kJ = 0.12284, written 0.1229)
            ok = abs(exp - c.value) <= max(tolerance(c, exp), 0.005 * abs(exp) if c.approx else 0.001 * abs(exp))
            out[i] = CheckResult(claim=c, status="verified" if ok else "mismatch", expected=exp, expected_unit=c.unit,
                                 reference="GB/T 2589-2020", confidence="M",
                                 explanation=(f"与折算结果一致：{fmt(exp)} {c.unit}。" if ok else
                                              f"折算结果应为 {fmt(exp)} {c.unit}，文中为 {c.text}。") + how)
    return out
