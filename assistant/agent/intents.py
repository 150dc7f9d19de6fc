"""Reading a chat message: indicators and input values with units, clause references, profile paths,
texts to check, edition and document-list questions. Pure functions over the text (no index)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.scoring.calc import indicator_ids
from assistant.scoring.refdata import catalog

# Input symbols: (aliases as users write them, unit kind). Longest alias before a number wins.
SYMBOLS: dict[str, tuple[tuple[str, ...], str]] = {
    "E": (("综合能耗", "能源消耗量", "能源消费量", "能耗", "耗能"), "energy"),
    "Q": (("合格产品产量", "产品产量", "产量", "产品"), "product"),
    "G": (("工业总产值", "总产值", "产值"), "money"),
    "C": (("二氧化碳排放量", "二氧化碳排放", "碳排放量", "碳排放", "排放量"), "co2"),
    "M": (("原材料消耗量", "原材料", "原料消耗", "原料"), "mass"),
    "V": (("取水量", "新水量", "新鲜水量", "新鲜水", "用水量", "取水"), "water"),
    "Vr": (("重复利用水量", "重复用水量", "重复利用量", "循环水量", "循环用水量", "回用水量", "回用水"), "water"),
    "W": (("废水产生量", "废水排放量", "废水量", "废水"), "mass"),
    "F": (("废气产生量", "废气排放量", "废气量", "废气"), "water"),
    "P": (("污染物产生量", "污染物排放量", "污染物"), "mass"),
    "Ere": (("可再生能源利用量", "可再生能源", "光伏发电量", "绿电", "光伏"), "energy"),
    "Zr": (("综合利用量", "利用量"), "mass"),
    "Z": (("固体废物产生量", "固废产生量", "产生量"), "mass"),
    "Zw": (("往年贮存量", "贮存量", "往年贮存"), "mass"),
    "A": (("用地面积", "占地面积", "厂区面积", "土地面积"), "area"),
    "a1": (("建筑物",), "area"), "a2": (("构筑物",), "area"), "a3": (("堆场",), "area"),
    "S": (("总建筑面积", "建筑面积"), "area"),
    "S_high": (("层高超过8", "超过8m", "高于8", "8米以上", "8 m以上"), "area"),
    "N": (("产能",), "product"),
    "I": (("改造投资", "投资"), "money"), "G3": (("近三年工业总产值", "三年产值"), "money"),
    "n": (("功能项", "功能", "项数"), "count"),
}
INPUTS: dict[str, tuple[str, ...]] = {
    "water_reuse_rate": ("V", "Vr"), "renewable_energy_rate": ("Ere", "E"),
    "solid_waste_utilisation_rate": ("Zr", "Z", "Zw"), "capacity_per_land": ("N", "A"),
    "output_value_per_land": ("G", "A"), "building_coefficient": ("a1", "a2", "a3", "A"),
    "plot_ratio": ("S", "S_high", "A"), "retrofit_investment_share": ("I", "G3"), "platform_functions": ("n",),
}
_RATIO_NUM = {"energy": "E", "co2": "C", "raw_material": "M", "water": "V", "wastewater": "W",
              "waste_gas": "F", "pollutant": "P"}
UNITS = (("吨标准煤", "tce"), ("吨标煤", "tce"), ("kgce", "kgce"), ("tce", "tce"), ("tco2", "tCO2"),
         ("tCO2", "tCO2"), ("吨二氧化碳", "tCO2"), ("立方米", "m3"), ("m³", "m3"), ("m3", "m3"), ("立方", "m3"),
         ("方", "m3"), ("平方米", "m2"), ("m²", "m2"), ("m2", "m2"), ("亿元", "亿元"), ("万元", "万元"),
         ("元", "元"), ("千瓦时", "kWh"), ("kwh", "kWh"), ("kWh", "kWh"), ("度电", "kWh"), ("吨", "t"),
         ("t", "t"), ("件", "件"), ("台", "台"), ("项", "项"), ("%", "%"))
UNIT_KIND = {"tce": "energy", "kgce": "energy", "kWh": "energy", "tCO2": "co2", "m3": "water", "m2": "area",
             "万元": "money", "亿元": "money", "元": "money", "t": "mass", "件": "product", "台": "product",
             "项": "count"}
_UNIT_RX = "|".join(re.escape(u) for u, _ in UNITS)
NUMBER = re.compile(rf"(?<![A-Za-z0-9_.])(\d[\d,]*(?:\.\d+)?)\s*(万|亿)?\s*({_UNIT_RX})?", re.IGNORECASE)
_EXPLICIT = re.compile(rf"(?<![A-Za-z])(S_high|Vr|Ere|Zr|Zw|G3|a[123]|[EQGCMVWFPZANIn])\s*[=＝:：]\s*"
                       rf"(-?\d[\d,]*(?:\.\d+)?)\s*(万|亿)?\s*({_UNIT_RX})?")
_SEP = re.compile(r"[，,、；;。！？!?：:\n]")
CHANGE_WORDS = re.compile(r"换成|换为|改成|改为|改一下|变成|变为|调整为|如果|假如|假设|再算|重新算|重算|那.*呢")
EDITION_WORDS = re.compile(r"区别|变化|不同|差异|对照|对应|改了什么|改动|修订|新旧|变动|哪里变")
LIST_DOCS = re.compile(r"(有哪些|哪些|列出|收录了?|都有什么|有什么|包括哪些).{0,6}(文件|标准|文档|资料)|收录了(什么|哪些)")
PROFILE_PATH = re.compile(r"(?:[\w./~\-]+/)?[\w.\-]+\.(?:ya?ml|json)\b")
CHECK_PREFIX = re.compile(r"^\s*(?:请|帮我|麻烦)?\s*(?:核对|检查|校核|校验|核查|验证)(?:一下)?(?:这段|这段话|以下|下面|下列)?"
                          r"(?:文字|内容|文本|数据|数字|数值)?\s*[:：]\s*", re.S)
PRONOUN = re.compile(r"^(?:那|那么)?(它的|它|其|这个指标的|这个指标|该指标的|该指标|这一条|这条|该条款|该条|这个|那个)")


@dataclass
class CalcRequest:
    indicator: str
    name: str
    inputs: dict[str, str] = field(default_factory=dict)
    unassigned: list[str] = field(default_factory=list)


def _indicator_terms() -> list[tuple[str, str]]:
    terms = []
    for iid, m in catalog()["indicators"].items():
        for t in {m["name"], *m.get("synonyms", [])}:
            terms.append((t, iid))
    return sorted(terms, key=lambda t: -len(t[0]))


def find_indicator(text: str) -> tuple[str, str] | None:
    """(indicator id, the words that named it): the longest name or synonym in the text."""
    best: tuple[int, str, str] | None = None
    for term, iid in _indicator_terms():
        pos = text.find(term)
        if pos >= 0 and (best is None or len(term) > len(best[2])):
            best = (pos, iid, term)
    if best is None:
        for iid in indicator_ids():
            if re.search(rf"(?<![A-Za-z_]){iid}(?![A-Za-z_])", text):
                return iid, iid
        return None
    return best[1], best[2]


def symbols_of(indicator: str) -> tuple[str, ...]:
    if indicator in INPUTS:
        return INPUTS[indicator]
    for prefix, sym in _RATIO_NUM.items():
        if indicator.startswith(prefix + "_"):
            return (sym, "Q" if indicator.endswith("per_product") else "G")
    return ()


def unit_of(raw: str | None) -> str:
    if not raw:
        return ""
    for u, norm in UNITS:
        if raw.lower() == u.lower():
            return norm
    return raw


def quantity(num: str, mult: str | None, unit: str | None) -> str:
    return f"{num.replace(',', '')}{mult or ''}{unit_of(unit)}"


def values(text: str) -> list[tuple[int, int, str, str]]:
    """Every number with its unit: (start, end, quantity text, normalised unit)."""
    out = []
    for m in NUMBER.finditer(text):
        if re.match(r"[A-Z]\.", text[max(0, m.start() - 2):m.start()]):
            continue  # a clause number such as B.10
        out.append((m.start(), m.end(), quantity(m.group(1), m.group(2), m.group(3)), unit_of(m.group(3))))
    return out


def label_before(text: str, start: int, symbols: tuple[str, ...]) -> str | None:
    """The symbol whose longest alias appears in the words just before a number."""
    seg_start = max((m.end() for m in _SEP.finditer(text, 0, start)), default=0)
    seg = text[seg_start:start]
    found: list[tuple[int, int, str]] = []
    for sym in symbols:
        for alias in SYMBOLS[sym][0]:
            pos = seg.rfind(alias)
            if pos >= 0:
                found.append((pos + len(alias), len(alias), sym))  # nearest the number, then longest
    return max(found)[2] if found else None


def kind_ok(sym: str, unit: str) -> bool:
    if not unit:
        return True
    kind = UNIT_KIND.get(unit)
    want = SYMBOLS[sym][1]
    if kind is None or want == "product":
        return want == "product" or kind is None
    return kind == want or (want == "water" and kind == "mass") or (want == "mass" and kind == "water")


def parse_calc(text: str) -> CalcRequest | None:
    """A calculation request: an indicator named and at least one value given."""
    found = find_indicator(text)
    if found is None:
        return None
    iid, _ = found
    syms = symbols_of(iid)
    req = CalcRequest(indicator=iid, name=catalog()["indicators"][iid]["name"])
    for m in _EXPLICIT.finditer(text):
        if m.group(1) in syms:
            req.inputs[m.group(1)] = quantity(m.group(2), m.group(3), m.group(4))
    explicit_spans = [m.span() for m in _EXPLICIT.finditer(text)]
    pending = []
    for start, _end, qty, unit in values(text):
        if any(a <= start < b for a, b in explicit_spans):
            continue
        sym = label_before(text, start, syms)
        if sym and sym not in req.inputs:
            req.inputs[sym] = qty
        elif unit != "%":
            pending.append((qty, unit))
    for qty, unit in pending:
        free = [s for s in syms if s not in req.inputs and s != "Zw" and kind_ok(s, unit)]
        if free:
            req.inputs[free[0]] = qty
        else:
            req.unassigned.append(qty)
    return req if req.inputs else None


def changed_input(text: str, inputs: dict[str, str], indicator: str) -> tuple[str, str] | None:
    """For 换成 8000 m³ 再算一次: (symbol, new quantity), chosen by symbol, name, then unit and size."""
    syms = tuple(s for s in symbols_of(indicator) if s in inputs) or tuple(inputs)
    for m in _EXPLICIT.finditer(text):
        if m.group(1) in syms:
            return m.group(1), quantity(m.group(2), m.group(3), m.group(4))
    vals = values(text)
    if not vals:
        return None
    start, _, qty, unit = vals[0]
    named = label_before(text, start, tuple(s for s in syms if s in SYMBOLS))
    if named:
        return named, qty
    fits = [s for s in syms if s in SYMBOLS and kind_ok(s, unit)] or list(syms)
    if len(fits) == 1:
        return fits[0], qty
    new = _magnitude(qty)
    return min(fits, key=lambda s: abs(_log(_magnitude(inputs[s])) - _log(new))), qty


def _magnitude(qty: str) -> float:
    m = re.match(r"(\d+(?:\.\d+)?)\s*(万|亿)?", qty.replace(",", ""))
    if not m:
        return 1.0
    return float(m.group(1)) * {"万": 1e4, "亿": 1e8}.get(m.group(2) or "", 1.0)


def _log(x: float) -> float:
    import math

    return math.log10(x) if x > 0 else 0.0


def profile_path(text: str) -> str | None:
    m = PROFILE_PATH.search(text)
    return m.group(0) if m else None


def check_text(text: str) -> str | None:
    """The text after 核对：/检查这段：, or a long pasted paragraph with several numbers."""
    m = CHECK_PREFIX.match(text)
    if m and text[m.end():].strip():
        return text[m.end():].strip()
    numbers = [v for v in values(text) if v[3]]
    if len(text) >= 80 and len(numbers) >= 3 and not re.search(r"[?？]\s*$", text):
        return text.strip()
    return None
