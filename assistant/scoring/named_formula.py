"""An Annex B indicator recomputed from the inputs its sentence writes (data/formula_inputs.yaml).

'固废综合利用率按 B.11：Zr = 8 550 t，Z = 9 000 t，Zw = 500 t，Kr = 8 550 / 9 000 = 95%': the written
division is consistent, but B.11 divides by (Z + Zw), so 95 % is wrong (90 %). '建筑系数：建筑物占地 4.2
万 m²、构筑物 0.6 万 m²、堆场 1.2 万 m²，用地 10 万 m²，r = 54%': B.26 from the four areas is 60 %.

The sentence must name the indicator (name, synonym, formula id) and write the result after a result
symbol ('Kr =') or the indicator's name. Each input is the number right after its symbol ('Zw = 500 t'),
else after its word (the longest word ending nearest before it); numbers inside a written expression
are operands, not inputs. A result that agrees verifies; one that does not is a mismatch only when
every input of the formula was written (none taken from `defaults`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from assistant.types import CheckResult, Claim

from . import refdata
from .quantity_math import Q, evaluate, judge, quantity
from .sentences import spans
from .units import fmt

_OPEN = ("未提供工厂画像", "未能关联到", "算式中的数", "与文中计算一致")
_OPERATOR = re.compile(r"[×xX*÷/+＋\-−–]\s*$")


@cache
def _formulas() -> dict[str, dict[str, Any]]:
    rows = refdata._load("formula_inputs.yaml")["formulas"]
    inds = refdata.catalog()["indicators"]
    for iid, row in rows.items():
        meta = inds.get(iid, {})
        row["names"] = [*row.get("names", []), *([meta["name"], *meta.get("synonyms", [])] if meta else [])]
    return rows


def formulas() -> dict[str, dict[str, Any]]:
    """The Annex B formulas by indicator id (inputs, results, id), for tables under their symbols."""
    return _formulas()


def _named(sent: str, row: dict[str, Any]) -> bool:
    if any(n in sent for n in row["names"]):
        return True
    return bool(re.search(rf"(?<![\d.]){re.escape(row['id'])}(?![\d.])", sent))


def _symbol_before(text: str, c: Claim, symbols: list[str]) -> str | None:
    m = re.search(r"(?<![A-Za-z])([A-Za-zη][A-Za-z0-9]{0,2})\s*[=＝]\s*$", text[max(0, c.start - 8):c.start])
    return m.group(1) if m and m.group(1) in symbols else None


def _word_before(text: str, c: Claim, s0: int, words: dict[str, list[str]]) -> str | None:
    """The input whose word ends nearest before c (the longest at equal distance), in c's clause."""
    lead = text[s0:c.start]
    cut = max(lead.rfind(x) for x in "，,；;、：:")
    lead = lead[cut + 1:] if cut >= 0 else lead
    best: tuple[int, int, str] | None = None
    for sym, ws in words.items():
        for w in ws:
            pos = lead.rfind(w)
            if pos < 0 or re.search(r"\d", lead[pos + len(w):]):
                continue
            key = (pos + len(w), len(w), sym)
            best = key if best is None or key[:2] > best[:2] else best
    return best[2] if best else None


def _inputs(text: str, s0: int, sub: list[Claim], k: int, row: dict[str, Any]) -> dict[str, tuple[Claim, Q]]:
    found: dict[str, tuple[Claim, Q]] = {}
    syms = list(row["inputs"])
    for n, p in enumerate(sub):
        if n == k or p.comparator != "=" or (q := quantity(p)) is None:
            continue
        sym = _symbol_before(text, p, syms)
        if n > k and sym is None:
            continue  # after the result only an input written by its symbol ('…= 90%，其中 Zr = 1 800 t')
        if sym is None:
            if _OPERATOR.search(text[max(s0, p.start - 3):p.start]) or re.search(r"[=＝]\s*$", text[max(s0, p.start - 3):p.start]):
                continue  # an operand of a written expression
            sym = _word_before(text, p, s0, row["inputs"])
        if sym is not None and sym not in found:
            found[sym] = (p, q)
    return found


def _result_at(text: str, s0: int, c: Claim, row: dict[str, Any]) -> bool:
    lead = text[max(s0, c.start - 40):c.start]
    if _symbol_before(text, c, row["results"]):
        return True
    if m := re.search(r"(?<![A-Za-z])([A-Za-zη][A-Za-z0-9]{0,2})\s*[=＝]\s*[^=＝，,；;。]*[=＝≈]\s*(?:约)?\s*$", lead):
        return m.group(1) in row["results"]  # 'Kr = 8 550 / 9 000 = 95%'
    return any(re.search(rf"{re.escape(n)}[^，,；;。\d]{{0,6}}$", lead) for n in row["names"])


def recheck(text: str, claims: list[Claim], results: list[CheckResult]) -> list[CheckResult]:
    out = list(results)
    for s0, s1 in spans(text):
        idx = [i for i, c in enumerate(claims) if s0 <= c.start < s1]
        sub = [claims[i] for i in idx]
        sent = text[s0:s1]
        for row in _formulas().values():
            if not _named(sent, row):
                continue
            for k, i in enumerate(idx):
                c = claims[i]
                r = out[i]
                if len(sub) < 3 or c.comparator != "=" or not (r.status == "unverifiable" or r.explanation.startswith("与文中计算一致")):
                    continue
                if r.status == "unverifiable" and not r.explanation.startswith(_OPEN):
                    continue
                if not _result_at(text, s0, c, row) or re.match(r"\s*[×xX*÷/+＋\-−–]", text[c.end:]):
                    continue
                got = _inputs(text, s0, sub, k, row)
                missing = [s for s in row["inputs"] if s not in got]
                if any(s not in row.get("defaults", {}) for s in missing) or len(got) < 2:
                    continue
                qs = [got[s][1] if s in got else Q(float(row["defaults"][s]), float(row["defaults"][s]), ())
                      for s in row["inputs"]]
                body = row["expr"]
                for n, s in sorted(enumerate(row["inputs"]), key=lambda x: -len(x[1])):
                    body = re.sub(rf"(?<![A-Za-z0-9]){re.escape(s)}(?![A-Za-z0-9])", f"q{n}", body)
                val = evaluate(body.replace(" ", ""), qs)
                if val is None or (j := judge(c, val)) is None:
                    continue
                if not j[0] and missing:
                    continue
                how = f"{row['source']}：{row['expr']}，" + "，".join(f"{s} = {got[s][0].text}" for s in row["inputs"] if s in got)
                shown = f"{fmt(j[1])} {c.unit}".strip()
                out[i] = CheckResult(claim=c, status="verified" if j[0] else "mismatch", expected=j[1],
                                     expected_unit=c.unit, reference=row["source"], confidence=row.get("confidence", "H"),
                                     explanation=(f"与 {row['source']} 一致：{shown}。" if j[0] else
                                                  f"按 {row['source']} 应为 {shown}，文中为 {c.text}。") + how)
    return out
