"""Clause, formula, standard and attachment numbers and dates, checked against data/references.yaml
and indicators.yaml when the sentence names what they refer to ('基本要求规定在4.3条' -> 4.2)."""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import Any

from assistant.types import CheckResult, Claim

from . import refdata
from .ref_rules import confident as _confident
from .ref_rules import transposed
from .sentences import spans
from .units import cn_to_number

NEAR = 30
_RX = {
    "clause": re.compile(r"(?<![A-Za-z\d./-])(\d{1,2}(?:\.\d{1,2}){1,2})(?![\d.])\s*(?:条|节)?"),
    # no \b: in '附录B的B.11' the 的 before B is a word character, so \b would not match
    # an English sentence may end right after it ('Answer: B.26.')
    "annex": re.compile(r"(?<![(（A-Za-z0-9_.])(B\.\d{1,2})(?!\d|\.\d)(?!\s*[)）])"),
    "chapter": re.compile(r"第\s*(10|[1-9]|[一二三四五六七八九])\s*章"),
    "equation": re.compile(r"(?:[(（]\s*(B\.\d{1,2})\s*[)）]|(?:公式|式)\s*(B\.\d{1,2}))"),
    "standard": re.compile(r"GB/T\s*(\d{4,5})(?!\d)(?:\s*[-—]\s*\d{4})?"),
    "attachment": re.compile(r"附件\s*(\d)"),
    "date": re.compile(r"((?:19|20)\d{2})\s*(?:年|-)\s*(\d{1,2})\s*(?:月|-)\s*(\d{1,2})\s*日?"),
    # '二〇二五年十二月三十一日': a date written in Chinese numerals (read as the date kind)
    "date_cn": re.compile(r"([〇零○一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"),
}
_CN_YEAR = str.maketrans("〇零○一二三四五六七八九", "000123456789")
# 'GB/T 32150 新版': the standard's latest edition the data holds
_NEW_EDITION = re.compile(r"GB/T\s*(\d{4,5})(?!\d|\s*[-—]\s*\d)\s*(?:的)?(?:新版|最新版|现行版|现行版本|新标准)")
# 'GB/T 32150 2025 年版' names the edition as 'GB/T 32150-2025' does
_DOC = re.compile(r"GB/T\s*(\d{4,5})\s*(?:[-—]\s*|\s+(?=\d{4}\s*年?版))(\d{4})")
# GB/T 36132-2025 named without its number ('新版通则2025年12月31日发布'), in a sentence not on 2018's
_CURRENT = re.compile(r"新版(?:通则|标准|绿色工厂评价通则)|2025\s*版(?:通则|标准)?|绿色工厂评价通则|现行(?:的)?(?:通则|标准)")
# the 2018 edition named only as what the current one replaced ('…发布，取代了2018版')
_REPLACED_2018 = re.compile(r"(?:取代|代替|替代)了?\s*(?:GB/T\s*36132\s*[-—]\s*)?2018")
# other documents named by their title and edition year
_TITLES = ((re.compile(r"综合能耗计算通则"), "GB/T 2589-2020"), (re.compile(r"温室气体排放核算与报告要求"), "GB/T 32150-2025"))
_EVENTS = {"发布": "发布", "实施": "实施", "施行": "实施", "生效": "实施", "代替": "代替", "取代": "代替", "替代": "代替", "废止": "代替"}


def _docs(sent: str) -> list[str]:
    docs = [f"GB/T {m.group(1)}-{m.group(2)}" for m in _DOC.finditer(sent)]
    for m in _NEW_EDITION.finditer(sent):
        dated = sorted({str(f["doc"]) for f in facts() if str(f.get("doc", "")).startswith(f"GB/T {m.group(1)}-")})
        docs += dated[-1:]
    if not docs and ("2018" not in sent or _REPLACED_2018.search(sent)) and _CURRENT.search(sent):
        docs = ["GB/T 36132-2025"]
    for rx, doc in _TITLES:
        if not docs and rx.search(sent):
            docs = [doc]
    return docs


def _event(text: str, a: int, b: int) -> str | None:
    """The event a date is of: the nearest event word after it ('…日起实施'), else right before it
    ('发布日期为…')."""
    after = text[b:b + 10]
    found = sorted((after.find(w), e) for w, e in _EVENTS.items() if w in after)
    if found:
        return found[0][1]
    before = text[max(0, a - 8):a]
    found = sorted((-before.rfind(w), e) for w, e in _EVENTS.items() if w in before)
    return found[0][1] if found else None


@cache
def facts() -> list[dict[str, Any]]:
    out = [dict(f) for f in refdata._load("references.yaml")["references"]]
    for iid, row in refdata.catalog()["indicators"].items():
        names = [row["name"], *row.get("synonyms", [])]
        if str(row.get("formula", "")).startswith("B."):
            out.append({"kind": "annex", "value": row["formula"], "terms": names, "id": iid})
        if str(row.get("equation", "")).startswith("B."):
            out.append({"kind": "equation", "value": row["equation"], "terms": names, "id": iid})
    for f in out:  # a chapter holds its clauses: '基本要求见第4章' (4.2)
        if f["kind"] == "chapter":
            f["terms"] = [*f["terms"], *(t for c in out if c["kind"] == "clause" and c.get("doc") == f["doc"]
                                         and str(c["value"]).split(".")[0] == f["value"] for t in c["terms"])]
    return out


_CN_DIGIT = dict(zip("一二三四五六七八九", "123456789", strict=True))


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(a, b) for a, b in spans(text) if b > a]


def _claim(text: str, start: int, end: int, value: float) -> Claim:
    return Claim(text=text[start:end], start=start, end=end, value=value)


def _num(v: str) -> float:
    digits = re.sub(r"[^\d.]", "", v)
    try:
        return float(digits) if digits.count(".") <= 1 else float(digits.replace(".", "", digits.count(".") - 1))
    except ValueError:
        return 0.0


def check_references(text: str, taken: list[tuple[int, int]], original: str | None = None) -> list[CheckResult]:
    """Results for the references the (width-normalised) text writes next to a fact's terms;
    claim texts are taken from `original` (same length) when given."""
    out: list[CheckResult] = []
    prev_docs: list[str] = []
    prev_sent = ""
    for s0, s1 in _sentences(text):
        sent = text[s0:s1]
        docs = _docs(sent)
        if not docs and _ANSWER.match(sent):
            docs = prev_docs  # '问：新版通则什么时候实施？答：…': the answer is on the question's document
        prev_docs = docs
        # '问：废气强度在附录B 哪几条？答：B.16 至 B.19': an answer's reference is on the question's names
        question = prev_sent if _ANSWER.match(sent) else ""
        prev_sent = sent
        for f in facts():
            if f["kind"] == "pattern":
                for m in re.finditer(f["pattern"], sent):
                    got = _CN_DIGIT.get(m.group(2), m.group(2))  # '第二次修订' and '第2次修订' alike
                    a, b = s0 + m.start(1), s0 + m.end(1)
                    res = _result(text, a, b, got, str(f["value"]), f.get("description", ""), f.get("ref", "GB/T 36132-2025§前言"))
                    out.append(_confident(res, f.get("confidence")))
        for written, rx in _RX.items():
            for m in rx.finditer(sent):
                kind = "date" if written == "date_cn" else written
                if written == "date_cn":
                    g = "-".join((m.group(1).translate(_CN_YEAR), str(int(cn_to_number(m.group(2)))).zfill(2),
                                  str(int(cn_to_number(m.group(3)))).zfill(2)))
                else:
                    g = next(x for x in m.groups() if x) if kind != "date" else "-".join(
                        (m.group(1), m.group(2).zfill(2), m.group(3).zfill(2)))
                a, b = s0 + m.start(), s0 + m.end()
                chapter_docs = docs
                if kind == "chapter":
                    # GB/T 36132-2025's chapters; in a sentence on the 2018 edition (and no other standard), 2018's
                    others = [d for d in re.findall(r"GB/T\s*(\d{4,5})", sent) if d != "36132"]
                    if others or ("2018" in sent and re.search(r"2025\s*版|新版", sent) and not _CHAPTER_2018.search(sent)):
                        continue
                    chapter_docs = ["GB/T 36132-2018"] if "2018" in sent else docs
                    g = _CN_DIGIT.get(g, g)
                if kind == "clause" and (re.search(r"(?:GB|/T)\s*$", sent[:m.start()]) or any(x <= a < y for x, y in taken)):
                    continue
                res = _judge(text, sent, s0, kind, g, a, b, chapter_docs, question)
                if res is not None and res.status == "mismatch" and kind in ("annex", "equation", "standard") \
                        and _in_run(sent, a - s0, b - s0, rx) and not (kind == "standard" and transposed(g, [f"{res.expected or 0:.0f}"], facts())):
                    # 'A、B 见 B.24、B.25', '分别见 B.6/B.7、B.8/B.9…': a list of references pairs with a list of
                    # names in order, not by distance: left unjudged
                    res = None
                if res is not None and res.status == "mismatch" and kind == "standard" and _CITES_CLAUSE.match(sent, m.end()):
                    res = None  # '…= 464.50 kgce/t（GB/T 36132-2025 B.1）': the source of the sentence, cited by its clause
                clause = re.split(r"[，,；;]", sent[:a - s0])[-1]
                if res is not None and res.status == "mismatch" and "=" in clause and not re.search(
                        r"[\u4e00-\u9fff]{3,}", re.sub(r"对应|见|即|是|为|用|按|公式|式|条|附录", "", clause)):
                    res = None  # '…，Cu = C/Q 对应 B.3': the clause's own formula in symbols, not a name before it
                if res is not None:
                    out.append(res)
        out += _system_list(text, sent, s0, [r for r in out if s0 <= r.claim.start < s0 + len(sent)])
    if original is not None and len(original) == len(text):
        for r in out:
            r.claim.text = original[r.claim.start:r.claim.end]
    return out


_SYSTEMS = re.compile(r"四体系|四个体系|4\.2\s*c\s*[)）]|管理体系")
_SYSTEM_TERMS = ("质量管理体系", "能源管理体系", "环境管理体系", "职业健康安全管理体系")


def _system_list(text: str, sent: str, s0: int, done: list[CheckResult]) -> list[CheckResult]:
    """'依据 GB/T 19001、GB/T 24001、GB/T 23331 和 GB/T 28001 建立四体系': a list of four standards for 4.2 c)'s
    four management systems; when three are of the four, the fourth must be the one left."""
    found = [m for m in _RX["standard"].finditer(sent) if m.group(1) != "36132"]
    if len(found) != 4 or not _SYSTEMS.search(sent):
        return []
    want = {str(f["value"]) for f in facts() if f["kind"] == "standard" and any(t in _SYSTEM_TERMS for t in f.get("terms", []))}
    got = [m.group(1) for m in found]
    if len(want) != 4 or not all(_JOINED.fullmatch(sent[a.end():b.start()]) for a, b in itertools.pairwise(found)):
        return []
    wrong = [k for k, g in enumerate(got) if g not in want]
    if len(wrong) != 1 or any(r.claim.start == s0 + found[wrong[0]].start() for r in done):
        return []
    m = found[wrong[0]]
    left = sorted(want - set(got))
    return [_result(text, s0 + m.start(), s0 + m.end(), m.group(1), left[0] if len(left) == 1 else "、".join(left),
                    "4.2 c) 四个管理体系的标准（GB/T 19001、23331、24001、45001）之一", "GB/T 36132-2025")]


_JOINED = re.compile(r"\s*(?:、|和|及|与|，|,)\s*")


def _in_run(sent: str, a: int, b: int, rx: re.Pattern[str]) -> bool:
    """The reference at sent[a:b] is one of a run joined by 、 / 和 / '/' ('B.6/B.7、B.8/B.9、B.10 和 B.11')."""
    join = r"\s*(?:、|/|和|及|与|或|至|到|～|~|—|-)\s*"  # '计算见 B.24 至 B.27': a range names a span, no single name
    before = any(re.search(join + r"$", sent[:a]) and m.end() <= a and re.fullmatch(join, sent[m.end():a])
                 for m in rx.finditer(sent))
    after = any(m.start() >= b and re.fullmatch(join, sent[b:m.start()]) for m in rx.finditer(sent))
    return before or after


# '2018 版第 9 章“绩效”…在 2025 版中归入…': the chapter is 2018's when 2018 stands right before it
_CHAPTER_2018 = re.compile(r"2018\s*(?:版|年版)?\s*(?:的)?\s*(?:第|[^，,。；]{0,12}[（(]\s*第)")
_TIGHT = 4  # a name this close to a reference, with no list separator between, is that reference's


def _judge(text: str, sent: str, s0: int, kind: str, got: str, a: int, b: int, docs: list[str],
           question: str = "") -> CheckResult | None:
    cands = []
    if kind in ("annex", "equation", "clause") and question and not any(
            t in sent for f in facts() if f["kind"] == kind for t in f.get("terms", [])):
        # no name in the answer: the question's names, as if right before the reference
        cands = [(NEAR, f) for f in facts() if f["kind"] == kind and any(t in question for t in f.get("terms", []))]
    for f in facts():
        if f["kind"] != kind:
            continue
        if kind == "date":
            if f["doc"] not in docs:
                continue
            if _event(text, a, b) != f["event"]:
                continue
            cands.append((0, f))
            continue
        if kind in ("clause", "chapter"):
            doc = f.get("doc", "GB/T 36132-2025")
            if (docs and doc not in docs) or (not docs and doc != "GB/T 36132-2025"):
                continue
        for t in f.get("terms", []):
            for m in re.finditer(re.escape(t), sent):
                ta, tb = s0 + m.start(), s0 + m.end()
                # a formula in symbols between the name and the reference is the name's own ('建筑系数 r = (a1 + a2 + a3)
                # / A × 100%，见公式（B.26）'): it does not put the name farther away
                dist = len(_SYMBOLS.sub("", text[tb:a])) if tb <= a else ta - b
                if tb > a and re.search(r"[，,]", text[b:ta]):
                    continue  # a name after the reference names it only within its clause
                if tb <= a and _OWN_CLAUSE.search(text[tb:a]) and (_CONNECTIVE.match(text, text.rfind(_last_sep(text[tb:a]), tb, a) + 1)
                                                                   or _PREDICATE.match(text, b)):
                    continue  # '…不是（B.25），而是（B.26），因为 B.24 含两个公式': the reference is its own clause's subject
                if 0 <= dist <= NEAR:
                    listed = tb > a and text[max(0, a - 2):a].strip().endswith(("、", "和", "及", "与"))
                    cands.append((dist, f) if dist > _TIGHT or listed or re.search(r"[、，,和及与；;]", text[min(tb, b):max(ta, a)])
                                 else (-1, f))  # '质量管理体系依据 GB/T 19011': the name right at it (not 'A、B（name）')
    if not cands:
        return None
    if kind == "standard" and len(set(_RX["standard"].findall(sent))) >= 2 and not any(str(f["value"]) == got for _, f in cands) \
            and min(d for d, _ in cands) >= 0 and not transposed(got, [str(f["value"]) for _, f in cands], facts()):
        return None  # 'GB/T 19001、GB/T 23331、…建立质量、能源…管理体系': a list pairs in order, not by distance
    if any(str(f["value"]) == got for _, f in cands):
        f = next(f for _, f in cands if str(f["value"]) == got)
    else:
        f = min(cands, key=lambda x: x[0])[1]
    what = f"{f['doc']} {f['event']}日期" if kind == "date" else f.get("description") or "、".join(f.get("terms", [])[:1])
    # B.27 is plot ratio's formula clause and (B.28) its equation: a bare '（B.27）' after the rule refers
    # to it rightly; not when the sentence asks for the equation's number ('公式编号是（B.27）', '式（B.27）')
    # nor when it says it is a clause ('第 B.28 条': the clause of plot ratio is B.27)
    loose = "编号" not in sent and "对应" not in sent and not re.search(r"式\s*[(（]?\s*$", text[max(0, a - 3):a + 1]) \
        and not (kind == "annex" and re.match(r"\s*条", text[b:]))
    twin = next((str(g["value"]) for g in facts() if loose and f.get("id") and g.get("id") == f["id"]
                 and g["kind"] in ("annex", "equation") and g["kind"] != kind), "")
    res = _result(text, a, b, got, twin if got == twin else str(f["value"]), what,
                  f.get("doc", "GB/T 36132-2025"))
    return _confident(res, f.get("confidence"))


_CITES_CLAUSE = re.compile(r"\s*(?:的|第)?\s*(?:[A-Z]\.\d+|[1-9]\.\d+|表\s*[A-Z]\.?\d|附录\s*[A-Z]|第\s*\d+\s*[章条])")
_OWN_CLAUSE = re.compile(r"[，,；;]")
_CONNECTIVE = re.compile(r"\s*(?:因为|由于|所以|因此|故|而且|并且|另外|此外)")
_PREDICATE = re.compile(r"\s*[）)]?\s*(?:含|包含|包括|共有|共含|有\s*[一二两三四五六七八九十\d]|规定|给出|列出|定义)")


def _last_sep(span: str) -> str:
    """The last clause separator of `span` (there is one)."""
    return max(_OWN_CLAUSE.findall(span), key=span.rfind)


_ANSWER = re.compile(r"\s*(?:答|Answer|A)\s*[：:]")  # '问：…？答：…', 'Question: …? Answer: …'
_SYMBOLS = re.compile(r"[A-Za-z][A-Za-z0-9_]*\s*=\s*[A-Za-z0-9_\s+\-−×÷/*().%·（）]+")
_ZH = {"chapter": "章号", "clause": "条号", "annex": "附录B条号", "equation": "公式编号", "standard": "标准号", "attachment": "附件号", "date": "日期"}


def _result(text: str, a: int, b: int, got: str, want: str, what: str, ref: str) -> CheckResult:
    ok = got == want
    claim = _claim(text, a, b, _num(got))
    expl = (f"与{what}一致：{want}（{ref}）" if ok else f"{what}应为 {want}，文中为 {got}（{ref}）")
    return CheckResult(claim=claim, status="verified" if ok else "mismatch", expected=_num(want),
                       explanation=expl, reference=ref)
