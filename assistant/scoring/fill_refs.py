"""Fill-ins answered by a reference, and an equation paired with its clause (round fourteen).

- `【填空题】…第 ____ 章为能源与资源投入。答案：第 8 章`, `…其公式编号为式 ____。答案：(B.25)`: the answer is
  read in the blank's place (words it repeats around the blank, `第`/`章`/`式`, are not doubled) and the
  completed stem is checked with every rule (the reference rules included); what the answer holds takes
  the verdicts of its part of the stem. exam.py does this for an answer the extractor reads as a
  number; a reference (`第 8 章`, `(B.25)`) is no number claim there, so it was left unread.
- `式(B.21)…对应条款是 B.23` (in one sentence or across a question and its answer): Annex B numbers its
  equations after its clauses, one each, except B.24 which holds two (B.24 and B.25), so an equation
  (B.n) stands in clause B.n up to B.24 and in B.(n−1) after it (indicators.yaml `formula`/`equation`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import yaml

from assistant.types import CheckResult, Claim

from .refdata import DATA_DIR

_ITEM = re.compile(r"【\s*填空题?\s*】|(?<![\u4e00-\u9fff])填空题?\s*[：:]")
_BLANK = re.compile(r"_{2,}|＿{2,}|[（(]\s*[）)]")
_ANSWER = re.compile(r"答案?\s*[：:]\s*([^\n。；;，,]+)")
_EQ = re.compile(r"式\s*[（(]\s*B\.(\d+)\s*[）)]")
_CLAUSE = re.compile(r"(?:对应|所在|所属|出自|属于|位于)的?(?:条款|条文|条)(?:号|编号)?\s*(?:是|为|在|：|:)?\s*(B\.(\d+))(?![.\d])")
_LIST = re.compile(r"\s*(?:、|和|及|与|,|，)\s*式?\s*[（(]?\s*B\.\d")
_STD = "GB/T 36132-2025"


@cache
def equation_clause() -> dict[str, str]:
    """Equation number → clause number of Annex B, from indicators.yaml."""
    with open(DATA_DIR / "indicators.yaml", encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    out: dict[str, str] = {}
    for row in data.get("indicators", {}).values():
        if isinstance(row, dict) and row.get("formula") and row.get("equation"):
            for eq in str(row["equation"]).split(","):
                out[eq.strip()] = str(row["formula"])
    return out


def _overlaps(results: list[CheckResult], a: int, b: int) -> list[int]:
    return [k for k, r in enumerate(results) if r.claim.start < b and a < r.claim.end]


def _fill_ins(text: str, out: list[CheckResult], alone: Callable[[str], list[CheckResult]]) -> None:
    heads = list(_ITEM.finditer(text))
    for k, h in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        ans = _ANSWER.search(text, h.end(), end)
        if ans is None:
            continue
        stem = text[h.end():ans.start()]
        blanks = list(_BLANK.finditer(stem))
        a0, a1 = ans.start(1), ans.end(1)
        answer = text[a0:a1].rstrip()
        a1 = a0 + len(answer)
        near = _overlaps(out, a0, a1)
        if len(blanks) != 1 or not answer or any(out[i].status != "unverifiable" for i in near):
            continue
        b = blanks[0]
        before, after = stem[:b.start()].rstrip(), stem[b.end():].lstrip()
        # '第 ____ 章' answered '第 8 章': the answer's own 第/章 stand for the stem's
        if before and answer.startswith(before[-1]) and not before[-1].isdigit():
            before = before[:-1].rstrip()
        if after and answer.rstrip().endswith(after[0]) and not after[0].isdigit():
            after = after[1:]
        body = f"{before} {answer} {after}"
        at = len(before) + 1
        got = [r for r in alone(body) if at <= r.claim.start and r.claim.end <= at + len(answer)
               and r.status != "unverifiable"]
        for r in got:
            s = a0 + r.claim.start - at
            e = s + (r.claim.end - r.claim.start)
            claim = r.claim.model_copy(update={"text": text[s:e], "start": s, "end": e})
            res = r.model_copy(update={"claim": claim, "explanation": "答案代入题干核对：" + r.explanation})
            same = [i for i in near if out[i].claim.start == s]
            if same:
                out[same[0]] = res
            elif not _overlaps(out, s, e):
                out.append(res)


def _pairs(text: str, out: list[CheckResult]) -> None:
    table = equation_clause()
    for m in _EQ.finditer(text):
        nxt = _EQ.search(text, m.end())
        stop = min(nxt.start() if nxt else len(text), m.end() + 120)
        c = _CLAUSE.search(text, m.end(), stop)
        want = table.get(f"B.{m.group(1)}")
        if c is None or want is None or "分别" in text[m.end():c.start()] or _LIST.match(text, c.end()):
            continue  # '式(B.12)和式(B.13)分别对应条款 B.12、B.13': paired lists, not one pair
        s, e = c.start(1), c.end(1)
        near = _overlaps(out, s, e)
        if any(out[i].status != "unverifiable" for i in near):
            continue
        got = c.group(1)
        ok = got == want
        claim = Claim(text=text[s:e], start=s, end=e, value=float(c.group(2)))
        expl = (f"与式（B.{m.group(1)}）所在条款一致：{want}（{_STD} 附录B）" if ok else
                f"式（B.{m.group(1)}）所在条款应为 {want}，文中为 {got}（{_STD} 附录B：B.24 含式（B.24）、（B.25），其后公式编号比条号大 1）")
        res = CheckResult(claim=claim, status="verified" if ok else "mismatch", expected=float(want.split(".")[1]),
                          explanation=expl, reference=f"{_STD}§附录B")
        for i in sorted(near, reverse=True):
            del out[i]
        out.append(res)


# 'B.26 条对应式(B.27)', '条款 B.12 的公式编号为式(B.12)', '问：B.26 条对应哪个公式？答：式(B.27)'
_CLAUSE_FIRST = re.compile(r"(?<![式（(.\d])B\.(\d+)(?![.\d])\s*(?:条款|条)?\s*(?:的|所)?\s*(?:对应|公式|计算公式)")
_EQ_AFTER = re.compile(r"式?\s*([（(]\s*B\.(\d+)\s*[）)])")


def _reverse(text: str, out: list[CheckResult]) -> None:
    table: dict[str, set[str]] = {}
    for eq, clause in equation_clause().items():
        table.setdefault(clause, set()).add(eq)
    for m in _CLAUSE_FIRST.finditer(text):
        want = table.get(f"B.{m.group(1)}")
        e = _EQ_AFTER.search(text, m.end(), m.end() + 60)
        if want is None or e is None or re.search(r"(?<![式（(.\d])B\.\d+|分别", text[m.end():e.start()]) \
                or _LIST.match(text, e.end()):
            continue
        s0, s1 = e.start(1), e.end(1)
        near = _overlaps(out, s0, s1)
        if any(out[i].status != "unverifiable" for i in near):
            continue
        got = f"B.{e.group(2)}"
        ok = got in want
        shown = "、".join(f"（{x}）" for x in sorted(want))
        expl = (f"与 B.{m.group(1)} 的公式编号一致：{shown}（{_STD} 附录B）" if ok else
                f"B.{m.group(1)} 的公式编号应为式{shown}，文中为式（{got}）（{_STD} 附录B：B.24 含式（B.24）、（B.25），其后公式编号比条号大 1）")
        claim = Claim(text=text[s0:s1], start=s0, end=s1, value=float(e.group(2)))
        want_n = float(sorted(want)[0].split(".")[1]) if len(want) == 1 else None
        res = CheckResult(claim=claim, status="verified" if ok else "mismatch", expected=want_n,
                          explanation=expl, reference=f"{_STD}§附录B")
        for i in sorted(near, reverse=True):
            del out[i]
        out.append(res)


def recheck(text: str, results: list[CheckResult], alone: Callable[[str], list[CheckResult]]) -> list[CheckResult]:
    """`results` with reference answers of fill-ins and equation/clause pairs judged."""
    out = list(results)
    if "填空" in text and "答" in text:
        _fill_ins(text, out, alone)
    # Annex B's numbering is the 2025 edition's: a text on the 2018 edition is left alone
    if "式" in text and "B." in text and not re.search(r"2018\s*(?:年)?版|36132-2018|旧版|老版", text):
        _pairs(text, out)
        _reverse(text, out)
    return sorted(out, key=lambda r: r.claim.start)
