"""Citation keys: which constants a cited key covers, and the keys a text writes itself (moved out of
subjects.py to keep it under 300 lines)."""

from __future__ import annotations

import re


def _norm_clause(c: str) -> str:
    return re.sub(r"\s|表|附录|式|[()（）]", "", c)


def key_matches(const_key: str, cited: list[str]) -> bool:
    doc, _, clause = const_key.partition("§")
    for k in cited:
        cdoc, sep, cclause = k.partition("§")
        if cdoc.strip() != doc.strip():
            continue
        if not sep or not clause:
            return True
        a, b = _norm_clause(clause), _norm_clause(cclause)
        if a == b or a.startswith(b + ".") or (len(b) == 1 and a.startswith(b)):
            return True
    return False


_KEY_RX = re.compile(r"((?:GB|HJ|YB|JB|QB|ISO)(?:\s*/\s*[TZ])?\s*\d+-\d{4}|工信厅节函〔\d{4}〕\d+号)"
                     r"\s*(?:§\s*([^\s，。；、（）()]+)|(?:的)?\s*(表\s*[A-Z]\.\d+|附录\s*[A-Z]|[A-Z]\.\d+|\d+(?:\.\d+)*))?")


def keys_in_text(text: str) -> list[str]:
    """Citation keys (or document ids) written in the text itself."""
    out = []
    for m in _KEY_RX.finditer(text):
        doc = re.sub(r"\s*/\s*", "/", m.group(1))
        doc = re.sub(r"^(GB/T|GB|HJ|YB|JB|QB|ISO)\s*", r"\1 ", doc)
        clause = m.group(2) or m.group(3)
        out.append(f"{doc}§{clause.replace(' ', '')}" if clause else doc)
    return out
