"""A table's 2018 column speaks of the superseded edition (round sixteen): in

    对照项｜2018版｜2025版
    章节结构｜第4章至第10章（…）｜合并为第4章

'第10章' is a chapter of GB/T 36132-2018, so a verdict against a 2025 constant is no verdict on it. A cell
is in the 2018 column when the header row's cell above it names 2018 and not 2025, or when the cell itself
opens with '2018版：'. Such a cell is read again as a sentence on the 2018 edition ('2018版第4章至第10章…':
the superseded edition's chapters); a number that reading leaves open, and that was judged against the 2025
edition, is left open.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult

from .sentence_math import CheckAlone, moved, within
from .sentences import cell_spans
from .sentences import spans as sentence_spans

_SEP = re.compile(r"[|｜\t]")
_OLD = re.compile(r"2018\s*(?:版|年版|edition)|36132-2018")
_NEW = re.compile(r"2025")
_LABEL = re.compile(r"^(\s*(?:2018\s*版|GB/T\s*36132-2018))\s*[：:]")
_EDITION = re.compile(r"(?:GB/T\s*36132-)?(?:2018|2025)\s*(?:版|年版|edition)?")  # a header cell holds no other number


def recheck(text: str, results: list[CheckResult], alone: CheckAlone) -> list[CheckResult]:
    """`results` with the numbers of a 2018 column read as statements on the 2018 edition."""
    out = list(results)
    old_cols: set[int] = set()
    for a0, b0 in sentence_spans(text, "\n"):
        cells = [(a, b, text[a:b]) for a, b in cell_spans(text, a0, b0)] if _SEP.search(text, a0, b0) else []
        if cells and any(_OLD.search(c[2]) for c in cells) and not any(re.search(r"\d", _EDITION.sub("", c[2])) for c in cells):
            old_cols = {n for n, c in enumerate(cells) if _OLD.search(c[2]) and not _NEW.search(c[2])}  # a header row
        elif not cells:
            old_cols = set()
        for n, (a, b, cell) in enumerate(cells):
            if n not in old_cols and not _LABEL.match(cell):
                continue
            inside = within(out, a, b)
            if inside and all(out[i].status == "verified" for i in inside):
                continue
            prefix = "" if _OLD.search(cell) else "2018版"
            # '2018 版：第4章至第10章' is read as '2018 版 第4章至第10章' (one character for one, offsets kept)
            body = prefix + _LABEL.sub(lambda m: m.group(1) + " ", cell)
            redone = [x for x in alone(body) if x.status != "unverifiable"]
            for x in redone:  # a number only the 2018 reading finds (a chapter range the references pass matched)
                s0 = a + x.claim.start - len(prefix)
                if not inside and text[s0:s0 + len(x.claim.text)] == x.claim.text:
                    out.append(moved(x, x.claim.model_copy(update={"start": s0, "end": s0 + len(x.claim.text)}),
                                     "2018 版一栏，按 GB/T 36132-2018 核对："))
            for i in inside:
                r = out[i]
                at = r.claim.start - a + len(prefix)
                hit = next((x for x in redone if x.claim.start == at), None)
                if hit is not None and r.status != "verified":
                    out[i] = moved(hit, r.claim, "2018 版一栏，按 GB/T 36132-2018 核对：")
                elif r.status == "mismatch" and "2025" in (r.reference + r.explanation):
                    out[i] = CheckResult(claim=r.claim, status="unverifiable",
                                         explanation="2018 版一栏的数值，不与 GB/T 36132-2025 比较")
    return sorted(out, key=lambda r: r.claim.start)
