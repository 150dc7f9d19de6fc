"""Extract numeric claims from Chinese text.

Handles '0.35 tce/t', '35%', '35.0 %', '百分之三十五', '1.2万吨', '3,500 吨', '容积率为1.2',
'得分 85.5 分', '不低于90%', '≥ 90%', ranges ('90%～95%'), full-width digits ('９０％') and Chinese
numerals with a counter ('十二项', '两层'). Dates, standard numbers, clause numbers, document
numbers and list markers are not claims. Spans index the original text.
"""

from __future__ import annotations

import re

from assistant.types import Claim

from .units import CN_NUM_CHARS, UNIT_RE, cn_to_number, decimals_of, normalize_width

_EDITION = ("两版|二版|版本|修订版|新版|旧版|版|修订|修改|标准|发布|颁布|实施|起|以来|以后|以前|之前|之后|"
            "替代|代替|取代")
_MASKS = [re.compile(p, re.M) for p in (
    r"[^\s，。；、：:（）()]*§[^\s，。；、（）()]+",
    r"(?<![A-Za-z])(?:GB|HJ|YB|JB|QB|SJ|DL|NB|ISO|IEC|DB\d{0,2})(?:\s*/\s*[TZ])?\s*\d+(?:\.\d+)*(?:\s*[-—]\s*\d{2,4})?",
    r"〔\d{4}〕\s*\d+\s*号", r"(?<![\d第.])\d{3}\s*号(?![\d])", r"\d{2,4}\s*号(?=通知|文件|文|附件)", r"\[\d{4}\]\s*\d+\s*号", r"\d{4}\s*年\s*第\s*\d+\s*号", r"第\s*\d+\s*号",
    r"(?:19|20)\d{2}\s*[-—–~～至到]\s*(?:19|20)\d{2}\s*年?",
    r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?度?", r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}",
    r"\d{1,2}\s*月\s*\d{1,2}\s*日", r"\d{1,2}\s*月份",
    # Edition and event years ('2025版', '2018、2025两版', '2025年版', '2025修订', '自2026起'): not claims.
    rf"(?<!\d)(?:19|20)\d{{2}}(?:\s*[、和与及至到~～-]\s*(?:19|20)\d{{2}})*\s*年?\s*(?:{_EDITION})",
    r"(?<![A-Za-z])[A-Z]\.\d+(?:\.\d+)*", r"表\s*[A-Z]?\.?\d+(?:\.\d+)*", r"附录\s*[A-Z]",
    # 式 (B.1) numbers a formula; '台式 120 万', '立式 3 台' name a product's shape and count it; '公式 8 × (…)'
    # is an expression's first factor
    r"(?<![台立卧柜挂携体入地动])式(?!\s*\d+(?:\.\d+)?\s*[×*÷/+−=])\s*[（(]?\s*[A-Z]?\.?\d+(?:\.\d+)*\s*[）)]?", r"第\s*\d+(?:\.\d+)*\s*[条款节章项部分层]?",
    r"\d+(?:\.\d+)+\s*[条款节章]", r"\d+(?:\.\d+){2,}", r"\d+(?:\.\d+)?\s*[a-f]\s*[)）]",
    # '（GB/T 36132-2025 4.2 a）', 'GB/T 2589-2020 的 5.1': a clause number right after a dated standard
    r"(?<=[-—]\d{4})\s*(?:的|第)?\s*[1-9]\.\d{1,2}(?:\.\d{1,2})*(?![\d.])(?!\s*(?:%|[a-zA-Z]{2}|万|亿|倍))",
    r"(?:条款|章节|条)\s*\d+(?:\.\d+)*",
    # '12｜绿色设计｜…｜8分', '| 3 | 用地集约化 |': a bare integer opening a table row is the row's 序号
    r"^\s*[|｜]?\s*\d{1,2}(?=\s*[|｜])",
    # '标准4.4把引领值定位为…': a clause number after the document's name, not a value
    r"(?<=标准|通则)\s*\d+\.\d+(?:\.\d+)*(?=\s*(?:[把将要对中的条款说称讲写]|规定|要求|指出|明确|提到))",
    # '按5.2得满分' / '依据4.2要求' / '按5.2仍可得': a clause number after 按/依据, not a value
    r"(?<=[按据照见])\s*[1-9]\.\d{1,2}(?=\s*(?:[得条款中规要的仍也还可该，,不记满就即则应只都]|直接|达到|线性|计分|评分|赋分|执行|处理|判定|计算))",
    # '按 4.4 covers the top 5%': the same before an English verb (not before a unit: '按 4.5 kWh')
    r"(?<=[按据照见])\s*[1-9]\.\d{1,2}(?=\s+[A-Za-z]{2,}\b)(?!\s+(?:kgce|tce|kWh|MWh|GJ|tCO2|kg|t|m|points?|items?)\b)",
    # '（见 4.2）', '（详见5.2。）': a clause number the reader is sent to; '4.2 要求…' at the start of a
    # clause: the clause that says it
    r"(?<=见)\s*[1-9]\.\d{1,2}(?=\s*(?:[）)。；，,、]|$))",
    r"(?:(?<=^)|(?<=[，,。；;：:（(\n]))\s*[1-9]\.\d{1,2}(?=\s*(?:要求|规定|指出|明确|给出|列出|中|里|的算例|说|对(?!应)|把|将|关于|提到|强调|写明))",
    # 'per clause 4.4', 'Clause 5.2 says': English answers name clauses too
    r"(?:(?<=clause)|(?<=Clause)|(?<=section)|(?<=Section))\s*[1-9]\.\d{1,2}(?:\.\d{1,2})?(?![\d.]*\s*(?:%|points?\b))",
    # '（序号 7）', '序号 10 的…': a row number of a table, not a value
    r"(?:序号|行号)\s*[:：为]?\s*\d{1,2}(?!\s*(?:分|%|项|个))",
    r"^\s*\d+\s*[.、)）](?!\d)", r"[（(]\s*\d+\s*[）)]",
    r"(?:代码|编号|证书号|证书编号|电话|统一社会信用代码)\s*[:：为]?\s*[A-Za-z0-9-]+",
)]

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_ARABIC = re.compile(rf"(?<![A-Za-z0-9_.,\d])({_NUM})(?![\d])")
# GB/T 3101 / GB/T 15835 print thousands with a (thin) space: '29 307 kJ', '2 000万kWh', '330 320.6 t'.
# One space character between a 1-3 digit head (not 0) and exact 3-digit groups; whether such a run
# is one number or two columns ('序号 3 100') is decided by _grouped_ok.
_SPACE = " \u00a0\u2009\u202f"
_GROUPED = re.compile(rf"(?<![A-Za-z0-9_.,\d])([1-9]\d{{0,2}}(?:[{_SPACE}]\d{{3}})+(?:\.\d+)?)(?![\d]|[{_SPACE}]\d)")
# Decimals grouped by three the same way (GB/T 8170: '0.464 5 tce/t', '1 234.567 8'): one number when a unit
# or the end of a phrase follows (a space-separated table column would be followed by another number)
_DEC_GROUPED = re.compile(rf"(?<![A-Za-z0-9_.,\d])(\d+(?:[{_SPACE}]\d{{3}})*\.\d{{3}}(?:[{_SPACE}]\d{{1,3}})+)(?![\d]|[{_SPACE}]\d)")
# Before a grouped run: a label that numbers things ('序号 3 100', '第 2 000'), so the head is a label.
_LABEL_BEFORE = re.compile(r"(?:序号|编号|第|表|图|式|条|项|No\.?|#)\s*$")
_UNIT = re.compile(rf"\s*({UNIT_RE})")
_BARE_MULT = re.compile(r"\s*(千万|百万|万|亿)")
_RANGE_SEP = re.compile(r"\s*(?:~|～|-|—|–|至|到)\s*")
_CN_PCT = re.compile(rf"百分之([{CN_NUM_CHARS}]+)")
_CN_PERMILLE = re.compile(rf"千分之([{CN_NUM_CHARS}]+)")
# '四成' = 40 %, '三成半' = 35 %, '两成五' = 25 %, '十成' = 100 % (not 成本, 成员, 成果, 一成不变 ...).
_CN_TENTHS = re.compile(r"(?<![零〇一二两三四五六七八九十百千万亿点\d])([一二两三四五六七八九]|十)成(半|[一二三四五六七八九](?![成分项个]))?"
                        r"(?![本员果品型熟立功效就绩交为份分不])")
_SCALE_OF = re.compile(r"(?<![百千万])([五十千])分制")  # 百分制 is the basis itself: nothing to check
# a numeral neither starts nor ends with 点 ('重点项目' holds no number '点项')
_CN_COUNT = re.compile(rf"(?<![第{CN_NUM_CHARS.replace('点', '')}])(?<![{CN_NUM_CHARS}]点)((?!点)[{CN_NUM_CHARS}]+(?<!点))(项|个|米|分|层|年|类|种|台|家|条|份|名|级(?!指标)|倍|次|列(?![入为出表明举示])|(?<=[万亿])元)")

_CMP_BEFORE = [
    (">=", ("不低于", "不少于", "不小于", "至少", "大于等于", "大于或等于", "≥", ">=", "不得低于", "应达到")),
    ("<=", ("不高于", "不超过", "不大于", "不多于", "至多", "小于等于", "小于或等于", "≤", "<=", "不得超过", "不得高于")),
    (">", ("高于", "超过", "大于", "多于", ">")),
    ("<", ("低于", "少于", "小于", "不到", "不足", "未达到", "未满", "<")),
]
_CMP_AFTER = [(">=", ("及以上", "或以上", "（含）以上", "(含)以上", "以上")),
              ("<=", ("及以下", "或以下", "（含）以下", "(含)以下", "以下", "以内"))]
# A year that is itself the claim ('本次评价年为2022年'), not a date: read despite the date mask.
_YEAR_CLAIM = re.compile(r"(?:评价年度?|统计年度|报告年度|核算年度|评价期|统计期)\s*(?:为|是|：|:)?\s*((?:19|20)\d{2})\s*年?")
_HEDGE = ("约", "大约", "约为", "接近", "近", "逾", "超")


def _masked(text: str) -> list[bool]:
    mask = [False] * len(text)
    for rx in _MASKS:
        for m in rx.finditer(text):
            for i in range(m.start(), m.end()):
                mask[i] = True
    return mask


def _unit_at(text: str, pos: int) -> tuple[str, int]:
    m = _UNIT.match(text, pos)
    if m and m.group(1) == "列" and re.match(r"[入为出表明举示]", text[m.end():m.end() + 1]):
        m = None  # '3 家列入名单': a verb, not the columns of a table
    if m and not (m.group(1)[-1:].isascii() and m.group(1)[-1:].isalpha() and re.match(r"[A-Za-z]", text[m.end():m.end() + 1])):
        unit = re.sub(r"[ \u00a0\u2009\u202f]", "", m.group(1))  # not the 't' of '5 types', the 'h' of '3 hours'
        return ("分" if unit in ("points", "point") else unit), m.end()
    m = _BARE_MULT.match(text, pos)
    if m and text[m.end():m.end() + 1] == "度" and not re.match(r"[\u4e00-\u9fff]", text[m.end() + 1:m.end() + 2] or "。"):
        return m.group(1) + "kWh", m.end() + 1  # '光伏 520 万度，': 万度 is 万 kWh (no temperature is said in 万)
    if m:
        return m.group(1), m.end()
    return "", pos


def _comparator(text: str, start: int, end: int) -> tuple[str, int, int]:
    before = text[max(0, start - 8):start].rstrip(" 为是：:")
    if re.search(r"[-=—]>$", before):
        return "=", start, end  # '35% -> 30%', '=> 30%': an arrow, not 'greater than'
    for op, words in _CMP_BEFORE:
        for w in words:
            if before.endswith(w):
                return op, start - (len(text[max(0, start - 8):start]) - len(before)) - len(w), end
    after = text[end:end + 6]
    for op, words in _CMP_AFTER:
        for w in words:
            if after.lstrip().startswith(w):
                return op, start, end + after.index(w) + len(w)
    return "=", start, end


def _hedged(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 3):start].rstrip(" 为")
    if before.endswith("近") and re.match(r"[^年]{0,6}年", text[start:end + 1]):
        return False  # '近两年', '近3年': the last N years, not about N years
    return any(before.endswith(h) for h in _HEDGE) or text[end:end + 3].lstrip().startswith("左右")


_OPERATOR_BEFORE = re.compile(r"(?:[×*÷/+=≈]|[×*÷/+=≈]\s*[(（])\s*$")
_OPERATOR_AFTER = re.compile(r"\s*(?:[)）]\s*)?[×*÷/=≈]")


def _subtraction(norm: str, start: int, sep: re.Match[str], end2: int) -> bool:
    """'8×(550－400)/250', '(15-3)': a hyphen between two numbers of an expression is a minus, not a range."""
    if sep.group().strip() not in ("-", "—", "–"):
        return False
    return bool(_OPERATOR_BEFORE.search(norm[max(0, start - 4):start])) or (
        norm[max(0, start - 2):start].rstrip().endswith(("(", "（")) and bool(_OPERATOR_AFTER.match(norm, end2)))


def extract_claims(text: str) -> list[Claim]:
    """All numeric claims in `text`, in order, with spans into the original text."""
    norm = normalize_width(text)
    mask = _masked(norm)
    claims: list[Claim] = []
    taken = [False] * len(norm)
    for m in _CN_PCT.finditer(norm):
        _add_cn(claims, taken, text, norm, m.start(), m.end(), m.group(1), "%")
    for m in _CN_PERMILLE.finditer(norm):
        _add_cn(claims, taken, text, norm, m.start(), m.end(), m.group(1), "‰")
    for m in _CN_TENTHS.finditer(norm):
        if not any(taken[m.start():m.end()]):
            tail = m.group(2) or ""
            _add_cn(claims, taken, text, norm, m.start(), m.end(), m.group(1), "%", scale=10.0,
                    extra=5.0 if tail == "半" else cn_to_number(tail) if tail else 0.0)
    for m in _SCALE_OF.finditer(norm):  # '十分制': the points of a scoring basis (5.1: 百分制)
        _add_cn(claims, taken, text, norm, m.start(1), m.end(1) + 1, m.group(1), "分")
    for m in _CN_COUNT.finditer(norm):
        if m.group(2) == "元" and (m.group(1) in ("万", "亿") or re.search(r"[\d０-９]$", norm[:m.start()])):
            continue  # '３２０万元': the 万 of an Arabic amount is no numeral of its own
        if m.group(1) in ("一", "万", "亿", "千", "百", "十") and m.group(2) in ("个", "种", "类", "项", "家", "台", "条", "分", "份", "名", "级", "倍", "次"):
            if not (m.group(1) == "十" and norm[max(0, m.start() - 1):m.start()] in tuple("共为有计达是占这")):
                continue  # '共十项', '这十个' are counts; '十项全能', '一个' are words
        if m.group(2) == "年" and re.fullmatch(r"[〇零○一二三四五六七八九]{4}", m.group(1)):
            continue  # '二〇二五年十二月三十一日': a date (references.py checks it), not a number of years
        if not any(taken[m.start():m.end()]):
            _add_cn(claims, taken, text, norm, m.start(), m.end(), m.group(1), m.group(2))
    for m in _YEAR_CLAIM.finditer(norm):
        s, e = m.span(1)
        e = e + 1 if norm[e:e + 1] == "年" else e
        claims.append(Claim(text=text[s:e], start=s, end=e, value=float(m.group(1)), unit="年"))
        for i in range(s, e):
            taken[i] = True
    grouped = {m.start(1): m.end(1) for m in _GROUPED.finditer(norm) if _grouped_ok(norm, m.start(1), m.end(1), mask)}
    grouped.update({m.start(1): m.end(1) for m in _DEC_GROUPED.finditer(norm) if not any(mask[m.start(1):m.end(1)])
                    and (_unit_at(norm, m.end(1))[0] or re.match(r"[）)，,。；;、\s×÷/+\-−=＝\u4e00-\u9fff]|$", norm[m.end(1):m.end(1) + 1]))})
    pos = 0
    for m in _ARABIC.finditer(norm):
        s, e = m.span(1)
        e = grouped.get(s, e)
        if s < pos or any(mask[s:e]) or any(taken[s:e]):
            continue
        num = norm[s:e]
        unit, uend = _unit_at(norm, e)
        end = uend
        comparator, value_high = "=", None
        r = _RANGE_SEP.match(norm, end)
        if r and (m2 := _ARABIC.match(norm, r.end())) and not any(mask[m2.start(1):m2.end(1)]) \
                and not _subtraction(norm, s, r, grouped.get(m2.start(1), m2.end(1))):
            e2 = grouped.get(m2.start(1), m2.end(1))
            unit2, uend2 = _unit_at(norm, e2)
            if unit2 and not unit:
                unit = unit2
            if not unit2 or unit2 == unit:
                comparator, value_high, end = "range", _value(norm[m2.start(1):e2]), uend2 if unit2 else e2
        start = s
        if comparator != "range":
            comparator, start, end = _comparator(norm, s, end)
        # '1.2 立方米每吨', '464.5 千克标准煤每吨': a spelled-out rate is the unit with '/'
        unit = re.sub(r"(?<=[\u4e00-\u9fffA-Za-z³²0-9])\s*每\s*(?=\S)", "/", unit) if "每" in unit else unit
        claims.append(Claim(text=text[start:end], start=start, end=end, value=_value(num),
                            unit=unit, comparator=comparator, value_high=value_high,  # type: ignore[arg-type]
                            decimals=decimals_of(num), approx=_hedged(norm, start, end)))
        for i in range(start, end):
            taken[i] = True
        pos = end
    claims.sort(key=lambda c: c.start)
    return _points_lists(norm, claims)


# '满分 100 分：管理战略 20、供应商管理 20、…': the bare numbers of a list headed by points are points
_POINTS_HEAD = re.compile(r"(?:满分|总分|分值|合计|总计)\s*(?:为|是)?\s*\d+(?:\.\d+)?\s*分\s*[：:]")


def _points_lists(norm: str, claims: list[Claim]) -> list[Claim]:
    for h in _POINTS_HEAD.finditer(norm):
        end = min((norm.find(x, h.end()) for x in "。；;\n" if norm.find(x, h.end()) >= 0), default=len(norm))
        claims = [c.model_copy(update={"unit": "分"}) if h.end() <= c.start < end and not c.unit and c.comparator == "="
                  and re.search(r"[\u4e00-\u9fff]\s?$", norm[max(0, c.start - 2):c.start]) else c for c in claims]
    return claims


def _value(num: str) -> float:
    return float(re.sub(rf"[,{_SPACE}]", "", num))


_OPERATOR = "=≈×xX*/÷+-－＋（(|"


def _grouped_ok(norm: str, s: int, e: int, mask: list[bool]) -> bool:
    """Whether the digit groups at norm[s:e] ('2 000', '330 320.6') are one number.

    Not when any part is masked (a clause or table number), after a label ('序号 3 100'), after another
    bare number ('1 3 100'), or when the run stands between blanks with nothing that makes it a
    quantity: no unit or 万/亿 after it, no decimals, no operator on either side (space-separated
    table columns).
    """
    if any(mask[s:e]) or _LABEL_BEFORE.search(norm[max(0, s - 6):s]):
        return False
    if s >= 2 and norm[s - 1] in _SPACE and norm[s - 2].isdigit():
        return False
    unit = _unit_at(norm, e)[0]
    if unit in ("%", "‰", "分"):
        return False  # a share or score is never in the thousands: '8 100分' is 8 and 100分
    if "." in norm[s:e] or unit:
        return True
    before, after = norm[:s].rstrip(_SPACE), norm[e:].lstrip(_SPACE)
    if (before[-1:] in _OPERATOR and before) or (after[:1] in _OPERATOR and after):
        return True
    if re.match(r"[人户](?!民)", after):
        return True  # '全厂 1 800 人': a head count (no unit of the checker's), not two columns
    blank_before = s == 0 or norm[s - 1] in _SPACE + "\t\n"
    blank_after = e == len(norm) or norm[e] in _SPACE + "\t\n"
    return not (blank_before and blank_after)


def _add_cn(claims: list[Claim], taken: list[bool], text: str, norm: str, start: int, end: int,
            numeral: str, unit: str, scale: float = 1.0, extra: float = 0.0) -> None:
    try:
        value = cn_to_number(numeral) * scale + extra
    except ValueError:
        return
    comparator, s, e = _comparator(norm, start, end)
    dec = len(numeral.split("点", 1)[1]) if "点" in numeral else 0
    claims.append(Claim(text=text[s:e], start=s, end=e, value=value, unit=unit,
                        comparator=comparator, decimals=dec, approx=_hedged(norm, s, e)))  # type: ignore[arg-type]
    for i in range(s, e):
        taken[i] = True
