"""Grid factors read from their context (round thirteen b): a four-decimal factor left unlinked is looked
up in data/grid_factors.yaml by the year, region and 口径 its context names ('2022 年电网因子请用 0.5568',
'华中电网，2022 年因子多少？答：0.5935', '2021 年 0.5568｜2022 年 0.5703', '西南最低（0.3869）').

The lexicon links a factor only through a full name ('2022年全国电网平均排放因子'); this pass takes
the year from the number's own segment (since the previous number), else its clause, line or the
question it answers; the region likewise, and the national average when the context names no region.
A variant 口径 (扣除市场化…, 化石能源电力, 碳市场报告用) is the expected value only when its cue words stand
in the number's clause. Guards: a province or city named (a provincial factor is no MEE row), a
hypothetical (假设), a year with no row, a number that is not 0.xxxx. Values keep the row's source and
confidence; an L row gives a note, never a mismatch.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult

from . import refdata

_UNITS = {"", "tCO2/MWh", "kgCO2/kWh", "tCO₂/MWh", "kgCO₂/kWh", "t/MWh", "kg/kWh", "tCO2e/MWh", "kgCO2e/kWh"}
_OPEN = ("未提供工厂画像", "未能关联", "算式中的数")
_GRID = re.compile(r"电网|电力(?:平均)?排放因子|区域因子|全国(?:平均)?因子|(?i:grid)|排放因子|全国平均")
_GUARD = re.compile(r"省|自治区|(?<!城)市(?!场)|假设|假定|热力|供热")
# a year: '2022 年度', a spoken '22 年' (round fifteen), '评价年 2023', or a bare table cell ('华北\t2022\t0.6767')
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2}|1[5-9]|2\d)\s*年(?:度)?(?!\s*\d{1,2}\s*月)"
                   r"|(?:评价年度?|年度|年份|(?i:year))\s*[为是：:=]?\s*((?:19|20)\d{2})(?!\d)"
                   r"|(?:^|(?<=[\t|｜,，]))\s*((?:19|20)\d{2})\s*(?=$|[\t|｜,，])", re.MULTILINE)
_SPLIT = re.compile(r"[，,；;|｜]")
_FOUR = re.compile(r"0\.[1-9]\d{3}")  # published factors lie in 0.1-1.0; 0.0262 is a difference
_QUESTION = re.compile(r"[？?]")
# '您说2022年用0.5703不太对', '只差0.0001': a statement reported as wrong, or a difference, is no claim of the factor
_NEGATED = re.compile(r"不对|不太对|有误|错误|不是|并非|不能|不应|误用|说法|差|下降|上升|增加|减少|高出|低于|高于")


def _regions() -> list[str]:
    return sorted({str(r["region"]) for r in refdata.grid_data()["factors"]}, key=len, reverse=True)


def _group(m: re.Match[str]) -> str:
    y = next(g for g in m.groups() if g)
    return f"20{y}" if len(y) == 2 else y


def _found(rx_or_words: re.Pattern[str] | list[str], span: str) -> list[str]:
    if isinstance(rx_or_words, re.Pattern):
        return [_group(m) for m in rx_or_words.finditer(span)]
    return [w for w in rx_or_words if w in span]


def _pick(rx_or_words: re.Pattern[str] | list[str], before: str, scopes: list[str], first: bool = False) -> str | None:
    """The nearest value in `before` (the number's own segment), else the single one of the first scope naming any."""
    if isinstance(rx_or_words, re.Pattern):
        hits = [(m.start(), _group(m)) for m in rx_or_words.finditer(before)]
    else:
        hits = [(before.rfind(w), w) for w in rx_or_words if w in before]
    if hits:
        return max(hits)[1]
    if first:  # a year: the first scope naming any decides ('21 年的因子是0.5703，别跟 22 年的弄混')
        scopes = next(([span] for span in scopes if _found(rx_or_words, span)), [])
    got = {x for span in scopes for x in _found(rx_or_words, span)}
    return got.pop() if len(got) == 1 else None  # several years or regions, none in the number's segment: no guess


def _variant(row: dict, clause: str) -> dict | None:
    for v in row.get("variants", {}).values():
        if any(w in clause for w in (*v.get("terms", []), *v.get("cues", []))):
            return v
    return None


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    out = list(results)
    for k, r in enumerate(out):
        c = r.claim
        if r.status != "unverifiable" or not r.explanation.startswith(_OPEN) or c.unit not in _UNITS:
            continue
        if not _FOUR.fullmatch(re.sub(r"\s", "", c.text.replace(c.unit, "")) if c.unit else c.text.strip()):
            continue
        l0 = text.rfind("\n", 0, c.start) + 1
        l1 = text.find("\n", c.end) if "\n" in text[c.end:] else len(text)
        line = text[l0:l1]
        p0 = text.rfind("\n", 0, max(0, l0 - 1)) + 1
        question = text[p0:l0] if l0 > 0 and _QUESTION.search(text[p0:l0]) else ""
        scope = question + line
        # a short line or table row of a region and its factor ('| 西北 | 0.5587 |', '华北\t2022\t0.6767') is a grid row
        row_line = len(line.strip()) <= 40 and any(w in line for w in _regions() if w != "全国")
        if not (_GRID.search(scope) or row_line) or _GUARD.search(scope) or ("判断" in line and re.search(r"[（(]\s*[×✗✘Xx]", line)):
            continue
        prev = max((x.claim.end for x in out if l0 <= x.claim.end <= c.start and x is not r), default=l0)
        before = text[prev:c.start]
        cut = [m.end() for m in _SPLIT.finditer(text, l0, c.start)]
        nxt = _SPLIT.search(text, c.end, l1)
        clause = text[(cut[-1] if cut else l0):(nxt.start() if nxt else l1)]
        if _NEGATED.search(clause) or text.count("“", l0, c.start) > text.count("”", l0, c.start):
            continue  # inside a quotation ('“0.5703 为 2022 年度全国平均因子”的说法有误')
        # a year in a later clause of the line is another statement ('× 0.5366 = …，但评价年 2023 应用 0.5306')
        year = _pick(_YEAR, before, [clause, text[l0:c.start], question], first=True)
        region = _pick(_regions(), before, [clause, line, question])
        if region is None and any(w in scope for w in _regions()):
            continue
        region = region or "全国"
        if year is None and region != "全国" and not _YEAR.search(scope):
            # a region's factor with no year anywhere: the one year the data has that region's row for
            years = {x["year"] for x in refdata.grid_data()["factors"] if x["region"] == region}
            year = str(years.pop()) if len(years) == 1 else None
        if year is None:
            continue
        rows = [x for x in refdata.grid_data()["factors"] if x["year"] == int(year) and x["region"] == region]
        if not rows:
            continue
        row = rows[0]
        var = _variant(row, clause)
        if var is None and any(_variant(x, clause) for x in refdata.grid_data()["factors"]):
            continue  # '碳市场2023年度排放报告用的因子': a 口径 the data has for another year only
        want = float(var["value"]) if var else float(row["value"])
        label = var["label"] if var else "平均排放因子"
        ok = abs(c.value - want) < 5e-5 or (var is None and any(
            abs(c.value - float(v["value"])) < 5e-5 for v in row.get("variants", {}).values() if v.get("alternative", True)))
        conf = row.get("confidence", "M")
        note = refdata.confidence_note(conf)
        name = f"{year}年{region}电网{label}"
        if ok:
            out[k] = CheckResult(claim=c, status="verified", expected=want, expected_unit="tCO2/MWh", reference=row["source"],
                                 confidence=None if conf == "H" else conf,
                                 explanation=f"与{name}一致：{want:.4f} tCO2/MWh（{row['source']}）" + (f"（{note}）" if note else ""))
        elif conf != "L":
            out[k] = CheckResult(claim=c, status="mismatch", expected=want, expected_unit="tCO2/MWh", reference=row["source"],
                                 confidence=None if conf == "H" else conf,
                                 explanation=f"{name}应为 {want:.4f} tCO2/MWh，文中为 {c.text}（{row['source']}）" + (f"（{note}）" if note else ""))
        else:
            out[k] = r.model_copy(update={"explanation": f"{name}据单一来源为 {want:.4f} tCO2/MWh，文中为 {c.text}，未判定（{note}）"})
    return out
