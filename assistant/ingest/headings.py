"""Headings from layout, for documents without numbering or heading styles (web pages, notes).

A heading is a short line without end punctuation followed by body text; the first such line
at the top, before any body text, is the document's title. Navigation bars (``首页 | 新闻``),
meta lines (``发布时间：…``) and footers (``版权所有 ©``) are never headings.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.ingest.layout import Line
from assistant.ingest.normalize import CJK
from assistant.ingest.patterns import LIST_ITEM, NOTE, starts_block, title_like
from assistant.ingest.webchrome import BOILERPLATE as _BOILERPLATE

_MAX_HEADING = 30  # characters; measured on web pages and notices: headings run 4-20
_BODY_MIN = 20
_JUNK = re.compile(r"[|｜©®]|版[权權]所有|copyright|^[（(]?[\d\s./年月日:-]+[)）]?$|^(?:首[页頁]|上一[页頁篇]|下一[页頁篇]|返回)",
                   re.I)
_NAV = re.compile(r"^(?:\S{1,8}\s+){3,}\S{1,8}$|[>»›]|English|无障碍|無障礙")  # "首页 新闻 政策 联系我们"
_META = re.compile(r"[：:]")
_SENTENCE_END = "。！？!?；;…"


def _candidate(text: str) -> bool:
    t = text.strip()
    if not (2 <= len(t) <= _MAX_HEADING) or not re.search(f"[{CJK}]", t):
        return False
    if _JUNK.search(t) or _NAV.match(t) or _META.search(t) or t[-1] in _SENTENCE_END:
        return False
    if LIST_ITEM.match(t) or NOTE.match(t) or starts_block(t):
        return False
    return title_like(t, _MAX_HEADING)


def _body(text: str, heading: str) -> bool:
    t = text.strip()
    if _JUNK.search(t) or _NAV.match(t):
        return False
    return len(t) >= max(_BODY_MIN, 2 * len(heading)) or (len(t) > len(heading) and t[-1] in _SENTENCE_END)


def layout_headings(lines: list[Line]) -> list[Line]:
    """``lines`` with layout headings marked (level 2) and the title marked, when any are found."""
    out = list(lines)
    marked = 0
    seen_body = False
    title_done = False
    for i, ln in enumerate(lines):
        if ln.heading or ln.table or ln.verbatim:
            seen_body = seen_body or bool(ln.table)
            continue
        text = ln.text.strip()
        if _candidate(text):
            nxt = next((x for x in lines[i + 1: i + 3] if x.text.strip()), None)
            if not seen_body and not title_done and i < 8:
                out[i] = replace(ln, heading=1, title=True)
                title_done = True
                continue
            if nxt is not None and not nxt.heading and _body(nxt.text, text):
                out[i] = replace(ln, heading=2)
                marked += 1
                continue
        if _body(text, ""):
            seen_body = True
    if not marked:
        return lines
    return [ln for ln in out if not _BOILERPLATE.search(ln.text)]
