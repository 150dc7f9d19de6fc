"""Records pasted as JSON or YAML, rewritten in place as the sentence they state.

`{"year": 2022, "region": "华东", "ef_tco2_per_mwh": 0.5671}` and a YAML block (`- year: 2023` /
`factor: 0.5366   # tCO2/MWh`) name their numbers by keys no lexicon holds, and a record's year and region
are in other fields than its value. Each field becomes a clause in the same order (`2022年，华东，排放因子为
0.5671 tCO2/MWh。`), so the characters kept map back one by one (layout.py) and the record reads as one
sentence: year and region reach the value as they do in prose. Only ASCII keys (`year`, `ef_tco2_per_mwh`):
a Chinese `键：值` line is ordinary prose, read as it is.
"""

from __future__ import annotations

import json
import re
from typing import Any

Edit = tuple[int, int, str]

# key words -> the checker's words; a unit written into the key ('_tco2_per_mwh') is the value's unit
_KEYS = (("output_value", "产值"), ("output", "产量"), ("withdrawal", "取水量"), ("reused", "重复利用水量"),
         ("emission_factor", "排放因子"), ("grid_factor", "电网排放因子"), ("factor", "排放因子"), ("ef", "排放因子"),
         ("coefficient", "折标系数"), ("weight", "权重"), ("points", "分值"), ("score", "得分"),
         ("baseline", "基准值"), ("leading", "引领值"), ("lead", "引领值"), ("source", "来源"))
_UNITS = (("tco2_per_mwh", "tCO2/MWh"), ("kgco2_per_kwh", "kgCO2/kWh"), ("kgce_per_kg", "kgce/kg"),
          ("kgce_per_m3", "kgce/m³"), ("kgce_per_kwh", "kgce/kWh"), ("pct", "%"), ("percent", "%"))
_WORDS = ("year", "region", "scope", "type", "basis", "caliber", "kind", "first_level", "level", "group")  # a word value stands alone
_LINE = re.compile(r"^(?P<lead>\s*(?:-\s+)?)(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*:\s*(?P<val>[^#\n]*?)\s*(?:#\s*(?P<note>.*?)\s*)?$")
_REGIONS = {"national": "全国", "north china": "华北", "northeast": "东北", "east china": "华东", "central china": "华中",
            "northwest": "西北", "south china": "南方", "southern": "南方", "southwest": "西南"}


def _name(key: str) -> str:
    """The checker's words for a key ('grid_factors' -> '电网排放因子'), '' for a key it has none for."""
    k = key.lower()
    return next((w for part, w in _KEYS if re.search(rf"(?:^|_){part}s?(?:_|$)", k)), "")


def _clause(key: str, val: str, note: str, entity: bool = False, parent: str = "") -> str:
    """One field as a clause; in a record of a company (`entity`: it has a name or an industry, as the
    profile's `basics` do) the year is the evaluation year; a bare `value` is its list's (`parent`)."""
    k = key.lower()
    if entity and k == "year" and re.fullmatch(r"(?:19|20)\d{2}", val):
        return f"评价年度为{val}"
    unit = next((u for suffix, u in _UNITS if k.endswith(suffix)), "")
    if not unit and note and re.fullmatch(r"[A-Za-z0-9²³/%·]+", note):
        unit = note  # 'factor: 0.5366   # tCO2/MWh'
    if k == "year" and re.fullmatch(r"(?:19|20)\d{2}", val):
        return f"{val}年"
    if k in ("no", "id", "seq", "index", "rank") and re.fullmatch(r"\d{1,3}", val):
        return f"序号{val}"  # a row number, not a count or a score
    if k in ("name", "indicator", "item", "title") and not re.search(r"\d", val):
        return f"{val}的"  # the subject of the fields after it
    if k in _WORDS or k.endswith("_" + _WORDS[0]):
        return _REGIONS.get(val.lower(), val)
    name = (parent or "数值") if k in ("value", "val", "amount") else (_name(k) or k.replace("_", " "))
    sep = " " if unit and re.match(r"[A-Za-z]", unit) else ""
    return f"{name}为{val}{sep}{unit}"


def _entity(keys: list[str]) -> bool:
    return any(k.lower() in ("name", "industry", "company", "enterprise") for k in keys)


def _join(parts: list[str]) -> str:
    """One sentence: clauses joined by '，', a subject ('绿色设计的') straight onto its field."""
    out = ""
    for n, p in enumerate(parts):
        out += p + ("" if p.endswith("的") or n == len(parts) - 1 else "，")
    return out + "。"


def _blocks(text: str) -> list[tuple[int, int, Any]]:
    """Top-level JSON objects of `text` (balanced braces that parse), with their spans."""
    out, i = [], text.find("{")
    while i >= 0:
        depth, j = 0, i
        for j in range(i, len(text)):
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            if depth == 0:
                break
        try:
            out.append((i, j + 1, json.loads(text[i:j + 1])))
            i = text.find("{", j + 1)
        except ValueError:
            i = text.find("{", i + 1)
    return out


def _scalar(v: Any) -> bool:
    return isinstance(v, (str, int, float)) and not isinstance(v, bool)


def _record(obj: dict[str, Any], context: list[str], parent: str) -> list[str]:
    """Sentences of one object: its scalar fields (after the context of the object it is in), then one per
    object of each list it holds, under the list's name ('factors' -> 排放因子)."""
    entity = _entity(list(obj))
    fields = [_clause(k, str(v), "", entity, parent) for k, v in obj.items() if _scalar(v)]
    here = [*context, *[_clause(k, str(v), "") for k, v in obj.items()
                        if _scalar(v) and (k.lower() in _WORDS or k.lower() == "year")]]
    out = [_join([*context, *fields])] if fields else []
    for k, v in obj.items():
        if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            for x in v:
                out += _record(x, here, _name(k))
    return out


def _json_edits(text: str) -> list[Edit]:
    edits = []
    for s, e, obj in _blocks(text):
        if not isinstance(obj, dict) or not all(isinstance(k, str) and k.isascii() for k in obj):
            continue
        if sum(_scalar(v) for v in obj.values()) < 2 and not any(isinstance(v, list) for v in obj.values()):
            continue
        if (body := "".join(_record(obj, [], ""))):
            edits.append((s, e, body))
    return edits


def _yaml_edits(text: str) -> list[Edit]:
    """Runs of 2+ `key: value` lines with ASCII keys and a value each; a parent key (`basics:`, `grid_factors:`)
    before a run names its bare `value`s; each list item (`- year: …`) is one sentence."""
    edits: list[Edit] = []
    lines, pos, run, parent = text.split("\n"), 0, [], ""
    for n, line in enumerate([*lines, ""]):
        m = _LINE.match(line) if n < len(lines) else None
        if m and m.group("val"):
            run.append((pos, m))
        elif m and not run:
            parent = _name(m.group("key"))
        else:
            if len(run) >= 2:
                start, end = run[0][0], run[-1][0] + len(run[-1][1].group(0))
                items: list[list[re.Match[str]]] = []
                for _, x in run:
                    if not items or "-" in x.group("lead"):
                        items.append([])
                    items[-1].append(x)
                body = ""
                for item in items:
                    entity = _entity([x.group("key") for x in item])
                    body += _join([_clause(x.group("key"), x.group("val").strip("\"'"), x.group("note") or "", entity, parent)
                                   for x in item])
                edits.append((start, end, body))
            run, parent = [], ""
        pos += len(line) + 1
    return edits


_FORM = re.compile(r"(?m)^[ \t]*(?P<key>[\u4e00-\u9fff]{1,8})[ \t]*[:：][ \t]*(?P<val>[^\n]*?)[ \t]*$")
_COEF_KEY = re.compile(r"^(?:折标|折算|排放|换算)?(?:系数|因子)$")
_RESULT_KEY = re.compile(r"^(?:折标|折标煤|折标准煤|折合标煤|折合|排放量|排放|二氧化碳排放量|结果)$")
_AMOUNT = re.compile(r"^\d[\d,. ]*\s*[A-Za-z\u4e00-\u9fff³²]+$")


def _form_edits(text: str) -> list[Edit]:
    """A calculation sheet's lines ('电力: 450000000 kWh' / '系数: 0.1229' / '折标: 55350 tce') as the product
    they state ('电力: 450000000 kWh × 0.1229 = 55350 tce'): only the line breaks and keys between change."""
    rows = list(_FORM.finditer(text))
    out: list[Edit] = []
    for a, b, c in zip(rows, rows[1:], rows[2:], strict=False):
        if not (text[a.end():b.start()] == "\n" and text[b.end():c.start()] == "\n"):
            continue
        if (_COEF_KEY.match(b.group("key")) and re.fullmatch(r"\d+\.\d+", b.group("val"))
                and _RESULT_KEY.match(c.group("key")) and _AMOUNT.match(a.group("val")) and _AMOUNT.match(c.group("val"))):
            out += [(a.end("val"), b.start("val"), " × "), (b.end("val"), c.start("val"), " = ")]
    return out


def edits(text: str) -> list[Edit]:
    """The rewrites of every JSON object and YAML block of `text` (sorted, disjoint)."""
    if ":" not in text:
        return []
    found = _json_edits(text)
    found += [e for e in _yaml_edits(text) if not any(e[0] < f[1] and f[0] < e[1] for f in found)]
    found += [e for e in _form_edits(text) if not any(e[0] < f[1] and f[0] < e[1] for f in found)]
    return sorted(found)
