"""Text as it is pasted, rewritten to text as it was written, before any number is read.

Users paste PDF copies and spreadsheet cells, not prose (blind14's doc-ocr and doc-sheet genres):

- page footers between two halves of a sentence (`－ 23 －`, `第 4 页 共 9 页`, `Page 3 of 9`) are dropped;
- a line broken mid-sentence (a long line that ends inside a word, `能碳管理平台功能满足项数的引领值为 8 项、基`
  / `准值为 0 项`) is joined to the next one;
- glyphs spaced one by one (`分 值 为 8 分`, `2 9 3 0 7 kJ`, `（１ ０）`, `2 0 %`) are closed up: `1 0 分`
  was read as two numbers, 1 and 0 分;
- tab-, comma- and space-aligned rows (a spreadsheet copied as TSV or CSV, a PDF table) become a Markdown
  table (columns.py), so that tables.py reads each row with its header as the subject; JSON and YAML
  records become sentences (records.py); English notations the Chinese ones (english_norm.py).

`rewrite(text)` returns the new text and, for every character of it, the span of `text` it comes from; `restore` maps the checker's results back, so every span indexes the text as
pasted. Text none of these applies to is returned unchanged (the checker then runs as before).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import pairwise

from assistant.types import CheckResult

from . import columns, english_norm, group_points, records

Span = tuple[int, int]
Mapped = tuple[str, list[Span]]

_FOOTER = re.compile(
    r"[ \t\u3000]*(?:[－—–-]\s*\d{1,4}\s*[－—–-]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?"
    r"|(?i:page)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)[ \t\u3000]*")
_GLYPH = "\u4e00-\u9fff0-9０-９%％"
_SPACED = re.compile(rf"(?<![{_GLYPH}A-Za-z.．])[{_GLYPH}](?:[ \u3000][{_GLYPH}])+(?![{_GLYPH}A-Za-z.．])")
_DIGITS = re.compile(r"[0-9０-９ \u3000]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a line that starts a new item, not the rest of a sentence: '1）', '（2）', '二、', '- ', 'B.26 ', '8 折算…'
_ITEM = re.compile(r"\s*(?:[（(]?\d{1,2}[)）.、](?!\d)|[一二三四五六七八九十]{1,3}、|[-*•·]\s|[A-Z]?\.?\d+(?:\.\d+)*\s+[\u4e00-\u9fff])")
# a heading line ('2.4 2023 年度全国电网平均排放因子', 'B.26 建筑系数') ends where it ends
_HEADING = re.compile(r"\s*(?:\d+(?:\.\d+)+\s|[A-Z]\.\d+\s|第\S{1,3}[章节条]\s)")
# rows and fields are lines of their own: a table row, aligned columns, CSV, a `key: value` line
_FIELDS = re.compile(r"\t|\||｜|\S(?: {2,}|\u3000+)\S|^[^,，\n]*(?:,[^ ,\n][^,\n]*){2,}$|^\s*(?:-\s+)?[A-Za-z_][\w]*\s*:\s")
# 16 characters: PDF lines of the corpus carry 20-40; a short line is a heading or a label
_LONG_LINE = 16


def _apply(text: str, index: list[Span], edits: list[tuple[int, int, str]]) -> Mapped:
    """Replace text[s:e] by `new` for each (s, e, new) (sorted, disjoint), carrying every character's span."""
    out, idx, pos = [], [], 0
    for s, e, new in edits:
        out.append(text[pos:s])
        idx += index[pos:s]
        out.append(new)
        idx += _align(new, text, index, s, e)
        pos = e
    out.append(text[pos:])
    idx += index[pos:len(text)]
    return "".join(out), [*idx, index[len(text)]]


def _align(new: str, text: str, index: list[Span], s: int, e: int) -> list[Span]:
    """Each character of `new` kept from text[s:e] (difflib's matching blocks) keeps its span; an added one
    ('年', a unit from a key, a table bar) is empty at the end of the character before it, so a claim ends
    with its last kept character. A replacement that keeps nothing ('three' -> '3') spans all it replaces."""
    blocks = [blk for blk in SequenceMatcher(None, text[s:e], new, autojunk=False).get_matching_blocks() if blk.size]
    if not blocks and e > s:
        return [(index[s][0], index[e - 1][1])] * len(new)
    out: list[Span | None] = [None] * len(new)
    for a, b, size in blocks:
        for k in range(size):
            if not new[b + k].isspace() and new[b + k] not in "|-":
                out[b + k] = index[s + a + k]
    prev = index[s][0]
    for n, span in enumerate(out):
        if span is None:
            out[n] = (prev, prev)
        else:
            prev = span[1]
    return out  # type: ignore[return-value]


def _footers(text: str) -> list[tuple[int, int, str]]:
    edits, pos = [], 0
    for line in text.split("\n"):
        if line.strip() and _FOOTER.fullmatch(line) and pos > 0:
            edits.append((pos - 1, pos + len(line), ""))  # the line and the break before it
        pos += len(line) + 1
    return edits


def _joins(text: str) -> list[tuple[int, int, str]]:
    edits, lines, pos = [], text.split("\n"), 0
    for a, b in pairwise(lines):
        pos += len(a) + 1
        end, head = a.rstrip()[-1:], b.lstrip()[:1]
        if (len(a.strip()) < _LONG_LINE or not b.strip() or any(_FIELDS.search(x) for x in (a, b))
                or _ITEM.match(b) or _HEADING.match(a)):
            continue
        if (_CJK.match(end) or end in "、，") and (_CJK.match(head) or head.isdigit()):
            edits.append((pos - 1, pos, ""))
        elif end.isdigit() and _CJK.match(head) and not re.search(r"[。；！？]", b[:2]):
            edits.append((pos - 1, pos, ""))  # '引领值为 8' / '项、基准值…': a number and its counter
        elif re.match(r"[A-Za-z0-9,]", end) and re.match(r"[a-z0-9]", head) and re.search(r"[A-Za-z]{3}", a):
            edits.append((pos - 1, pos, " "))  # an English sentence broken before a word or a number
    return edits


def _spaced(text: str) -> list[tuple[int, int, str]]:
    edits = []
    for m in _SPACED.finditer(text):
        run = m.group(0)
        # three glyphs at least ('分 值 为'), or two digits in brackets ('（１ ０）'); never '5 8' in a list
        digits_in_brackets = (_DIGITS.fullmatch(run) and text[m.start() - 1:m.start()] in "（(["
                              and text[m.end():m.end() + 1] in "）)]")
        # digits alone close up only before what they measure ('2 9 3 0 7 kJ', '1 0 分'): '8 8 6' is a list
        unit_after = re.match(r"[ \u3000]?[A-Za-z%％\u4e00-\u9fff]", text[m.end():m.end() + 2]) is not None
        gaps = run.count(" ") + run.count("\u3000")
        if (gaps >= 2 and (not _DIGITS.fullmatch(run) or unit_after)) or (m.start() > 0 and digits_in_brackets):
            edits.append((m.start(), m.end(), re.sub(r"[ \u3000]", "", run)))
    return edits


def rewrite(text: str) -> Mapped:
    """The text with footers dropped, broken lines joined, spaced glyphs closed up, English notations,
    records and TSV/CSV rows rewritten; and each character's span in `text`."""
    index = [(i, i + 1) for i in range(len(text))] + [(len(text), len(text))]
    for step in (_footers, _joins, _spaced, group_points.edits, english_norm.words, english_norm.edits, records.edits,
                 columns.edits):
        edits = step(text)
        if edits:
            text, index = _apply(text, index, edits)
    return text, index


def restore(original: str, index: list[Span], results: list[CheckResult]) -> list[CheckResult]:
    """Results on the rewritten text with spans (and claim texts) of the text as pasted."""
    out = []
    for r in results:
        spans = [sp for sp in index[r.claim.start:max(r.claim.end, r.claim.start + 1)] if sp[1] > sp[0]]
        s, e = (min(sp[0] for sp in spans), max(sp[1] for sp in spans)) if spans else index[r.claim.start]
        out.append(r.model_copy(update={"claim": r.claim.model_copy(update={"start": s, "end": e, "text": original[s:e]})}))
    return out
