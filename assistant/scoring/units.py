"""Units: parsing unit strings, converting between them, and parsing numbers with units.

A unit is a product of base dimensions with a factor to the canonical unit of each dimension:
tce (standard coal), tCO2, t (mass), m3 (volume), 万元 (money), m2 (area), kWh (electricity),
GJ (heat), m (length), h (time). Counting words (台, 件, 项, 分, 层, 年 ...) are dimensions of
their own. "%" is dimensionless with factor 0.01.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from .errors import InputError

# token -> (dimension, factor to canonical)
_ATOMS: dict[str, tuple[str | None, float]] = {}


def _add(dim: str | None, factor: float, *tokens: str) -> None:
    for tok in tokens:
        _ATOMS[tok] = (dim, factor)


_add("ce", 1.0, "tce", "吨标准煤", "吨标煤", "t标准煤", "tec")
_add("ce", 1e-3, "kgce", "千克标准煤", "公斤标准煤", "千克标煤", "kg标准煤", "公斤标煤")
_add("ce", 1e-6, "gce", "克标准煤")
_add("co2", 1.0, "tCO2", "tCO₂", "tCO2e", "tCO2eq", "吨二氧化碳", "吨CO2", "t二氧化碳", "吨二氧化碳当量")
_add("co2", 1e-3, "kgCO2", "kgCO₂", "千克二氧化碳", "kgCO2e")
_add("mass", 1.0, "t", "吨")
_add("mass", 1e-3, "kg", "千克", "公斤")
_add("vol", 1.0, "m3", "m³", "立方米", "Nm3", "Nm³", "立方")
_add("money", 1.0, "万元")
_add("money", 1e-4, "元")
_add("money", 1e4, "亿元")
_add("area", 1.0, "m2", "m²", "平方米")
_add("area", 1e4, "公顷", "hm2", "hm²")
_add("area", 10000 / 15, "亩")
_add("elec", 1.0, "kWh", "kW·h", "千瓦时", "度电")
_add("elec", 1e3, "MWh", "兆瓦时")
_add("elec", 1e6, "GWh")
_add("heat", 1.0, "GJ", "吉焦")
_add("heat", 1e-3, "MJ", "兆焦")
_add("heat", 1e-6, "kJ", "千焦")
_add("heat", 1e-9, "J", "焦耳")
_add("len", 1.0, "m", "米")
_add("len", 1e3, "km", "公里", "千米")
_add("time", 1.0, "h", "小时")
_add("time", 1 / 60, "min", "分钟")
_add(None, 0.01, "%", "％")
_add(None, 0.001, "‰")
for _w in ("台", "件", "套", "辆", "个", "项", "分", "层", "年", "类", "种", "张", "家", "箱", "只", "片", "块",
           "份", "名", "级", "倍", "次", "列"):
    _add(_w, 1.0, _w)
_add("项", 1.0, "条")
_add("分", 1.0, "points", "point")  # English answers ('carries 6 points'); extract.py writes them as 分

MULTIPLIERS: dict[str, float] = {"万": 1e4, "亿": 1e8, "千": 1e3, "百万": 1e6, "千万": 1e7}
# Units whose first character is also a multiplier must be matched whole first.
_ATOM_RE = "|".join(re.escape(t) for t in sorted(_ATOMS, key=len, reverse=True))
# A space may stand between a magnitude and its unit ('12 万 m²', '1 亿 kWh', GB/T 3101 spacing).
UNIT_RE = (
    rf"(?:(?:(?:千万|百万|万|亿|千)[ \u00a0\u2009\u202f]?)?(?:{_ATOM_RE}))"
    # 'kgce/(kW·h)', 'kgce/（kW·h）': a bracketed denominator, as GB/T 2589 prints it
    rf"(?:\s*(?:/|每)\s*(?:(?:千万|百万|万|亿|千)?(?:{_ATOM_RE})|\((?:{_ATOM_RE})\)|（(?:{_ATOM_RE})）))?"
)


@dataclass(frozen=True)
class Unit:
    """A parsed unit: dimensions (name -> power), factor to canonical, and the text as given."""

    dims: tuple[tuple[str, int], ...]
    factor: float
    text: str = field(compare=False, default="")

    def compatible(self, other: Unit) -> bool:
        return self.dims == other.dims


def _parse_part(part: str, allow_unknown: bool) -> tuple[dict[str, int], float]:
    part = part.strip()
    if not part:
        return {}, 1.0
    mult = 1.0
    if part not in _ATOMS:
        for prefix in ("千万", "百万", "万", "亿", "千"):
            if part.startswith(prefix) and part[len(prefix):] in _ATOMS:
                mult, part = MULTIPLIERS[prefix], part[len(prefix):]
                break
            if part == prefix:
                return {}, MULTIPLIERS[prefix]
    if part in _ATOMS:
        dim, factor = _ATOMS[part]
        return ({dim: 1} if dim else {}), factor * mult
    if allow_unknown:
        return {part: 1}, mult
    raise InputError("unit", f"无法识别的单位：{part}")


def parse_unit(text: str, allow_unknown: bool = True) -> Unit:
    """Parse 'tce/t', 'kgce/kWh', '万元/m2', '%', '' ...; unknown words become their own dimension."""
    s = re.sub(r"/[(（]([^()（）/]+)[)）]$", r"/\1", (text or "").strip().replace(" ", "").replace("每", "/"))
    dims: dict[str, int] = {}
    factor = 1.0
    parts = s.split("/") if s else []
    for i, part in enumerate(parts):
        d, f = _parse_part(part, allow_unknown)
        sign = 1 if i == 0 else -1
        for k, v in d.items():
            dims[k] = dims.get(k, 0) + sign * v
        factor = factor * f if i == 0 else factor / f
    clean = tuple(sorted((k, v) for k, v in dims.items() if v))
    return Unit(clean, factor, text or "")


def convert(value: float, from_unit: str, to_unit: str, water: bool = False, co2: bool = False) -> float:
    """Convert value between units; water=True treats 1 t of water as 1 m3, co2=True 1 t as 1 tCO2."""
    a, b = _aliased(parse_unit(from_unit), water, co2), _aliased(parse_unit(to_unit), water, co2)
    if not a.compatible(b):
        raise InputError("unit", f"单位 {from_unit or '（无）'} 无法换算为 {to_unit or '（无）'}")
    return value * a.factor / b.factor


def _aliased(u: Unit, water: bool, co2: bool) -> Unit:
    """Read mass as volume (water) or as CO2 ('排放二氧化碳 3 万吨') in the numerator."""
    if not (water or co2):
        return u
    target = "vol" if water else "co2"
    dims = tuple((target, p) if k == "mass" and (water or p > 0) else (k, p) for k, p in u.dims)
    merged: dict[str, int] = {}
    for k, p in dims:
        merged[k] = merged.get(k, 0) + p
    return Unit(tuple(sorted((k, v) for k, v in merged.items() if v)), u.factor, u.text)


def compatible(a: str, b: str, water: bool = False, co2: bool = False) -> bool:
    return _aliased(parse_unit(a), water, co2).compatible(_aliased(parse_unit(b), water, co2))


_SUBSTANCE = {"ce", "co2", "mass", "vol"}


def slip_like(a: str, b: str) -> bool:
    """Two units a writer may confuse: same shape, numerators both amounts of substance
    (tce / tCO2 / t / m3) or equal; denominators may differ (per product vs per 万元)."""
    da, db = parse_unit(a).dims, parse_unit(b).dims
    na, nb = [k for k, p in da if p > 0], [k for k, p in db if p > 0]
    if len(na) != 1 or len(nb) != 1 or len(da) != len(db):
        return False
    return na == nb or (na[0] in _SUBSTANCE and nb[0] in _SUBSTANCE)


# --- numbers -----------------------------------------------------------------------------------

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUM_CHARS = "零〇一二两三四五六七八九十百千万亿点"


def cn_to_number(s: str) -> float:
    """Convert a Chinese numeral ('三十五', '十二', '三十五点五', '一千二百', '二〇二四') to a number."""
    if "点" in s:
        whole, frac = s.split("点", 1)
        w = cn_to_number(whole) if whole else 0.0
        digits = "".join(str(_CN_DIGITS[c]) for c in frac if c in _CN_DIGITS)
        return w + (float("0." + digits) if digits else 0.0)
    if s and all(c in _CN_DIGITS for c in s) and len(s) > 1:
        return float("".join(str(_CN_DIGITS[c]) for c in s))
    total, section, digit = 0, 0, 0
    for c in s:
        if c in _CN_DIGITS:
            digit = _CN_DIGITS[c]
        elif c in _CN_UNITS:
            section += (digit or 1) * _CN_UNITS[c]
            digit = 0
        elif c in ("万", "亿"):
            total = (total + section + digit) * (10000 if c == "万" else 100000000)
            section, digit = 0, 0
        else:
            raise InputError("number", f"无法识别的中文数字：{s}")
    return float(total + section + digit)


# Full-width digits, Latin letters and a few symbols only; Chinese punctuation (，；：) stays.
_FULLWIDTH = {i: i - 0xFEE0 for r in ((0xFF10, 0xFF1A), (0xFF21, 0xFF3B), (0xFF41, 0xFF5B)) for i in range(*r)}
_FULLWIDTH.update({0xFF05: ord("%"), 0xFF0E: ord("."), 0xFF0F: ord("/"), 0xFF1C: ord("<"), 0xFF1D: ord("="),
                   0xFF1E: ord(">"), 0xFF0D: ord("-"), 0x3000: 0x20})


def normalize_width(text: str) -> str:
    """Map full-width ASCII characters to half-width; keeps the length (character spans stay valid)."""
    return text.translate(_FULLWIDTH)


_QTY_RE = re.compile(
    r"^\s*(?P<num>[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*"
    r"(?P<unit>.*?)\s*$"
)


def parse_quantity(raw: float | int | str, field_name: str = "value") -> tuple[float, str]:
    """Parse 3.5, '3,500 吨', '1.2万吨', '35%', '0.35 tce/t' into (number, unit text).

    A multiplier (万, 亿) before a unit stays in the unit text ('万吨'), so that unit conversion
    handles it; a bare multiplier ('1.2万') is applied to the number.
    """
    if isinstance(raw, bool):
        raise InputError(field_name, f"{field_name} 应为数值，而不是 {raw!r}")
    if isinstance(raw, int | float):
        return _finite(float(raw), raw, field_name), ""
    s = normalize_width(str(raw)).strip()
    m = _QTY_RE.match(s)
    if not m:
        if s.startswith("百分之"):
            return cn_to_number(s[3:]), "%"
        raise InputError(field_name, f"{field_name} 无法解析为数值：{raw!r}")
    value = _finite(float(m.group("num").replace(",", "")), raw, field_name)
    unit = m.group("unit").strip()
    if unit in MULTIPLIERS:
        return _finite(value * MULTIPLIERS[unit], raw, field_name), ""
    return value, unit


# No plant figure comes near this (world electricity use is ~3e13 kWh a year, world water withdrawal
# ~4e12 m3); below it no formula here can overflow a float (V + Vr with V = Vr = 1e308 is inf, and
# Vr / inf printed "0 %").
MAX_MAGNITUDE = 1e15


def _finite(value: float, raw: object, field_name: str) -> float:
    if math.isnan(value) or math.isinf(value):
        raise InputError(field_name, f"{field_name} 不是有效数值：{raw}")
    if abs(value) > MAX_MAGNITUDE:
        raise InputError(field_name, f"{field_name} 数值过大（超过 {MAX_MAGNITUDE:g}，会使计算溢出）：{raw}")
    return value


def decimals_of(num_text: str) -> int:
    """Number of digits after the decimal point in a written number."""
    num_text = re.sub(r"[,\s\u00a0\u2009\u202f]", "", num_text)  # '0.464 5': decimals grouped by three
    return len(num_text.split(".", 1)[1]) if "." in num_text else 0


def fmt(value: float, sig: int = 7) -> str:
    """Human-readable number: up to `sig` significant digits, no scientific notation for usual sizes."""
    if value == 0:
        return "0"
    mag = math.floor(math.log10(abs(value)))
    decimals = max(0, sig - 1 - mag)
    text = f"{value:,.{decimals}f}" if abs(value) >= 1e4 else f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
