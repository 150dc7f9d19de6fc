"""The percent factor of an Annex B formula as written: 'Rw = Vr / (V + Vr) × 100%'.

A formula copied from the standard (blind14's doc-ocr genre) writes a rate as a ratio times 100 %; an OCR or
typing slip (`× 10%`) makes every rate computed with it wrong by ten. The percent after the last `×` of a
line whose left side is a result symbol of one formula (data/formula_inputs.yaml) and whose right side uses
two of its input symbols is checked against 100 %. The number is otherwise an operand, never checked.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult

from .named_formula import formulas

_LINE = re.compile(r"([A-Za-zη][A-Za-z0-9]{0,3})\s*[=＝]\s*([^=＝\n]+?)[×xX*]\s*$")


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """Percent factors of written formulas checked against 100 %."""
    out = []
    for r in results:
        c = r.claim
        if c.unit == "%" and r.status == "unverifiable" and (m := _LINE.search(text[text.rfind("\n", 0, c.start) + 1:c.start])):
            words = set(re.findall(r"[A-Za-zη][A-Za-z0-9]{0,3}", m.group(2)))
            for row in formulas().values():
                if m.group(1) in row.get("results", []) and len(words & set(row.get("inputs", {}))) >= 2:
                    ok = abs(c.value - 100) < 1e-9
                    r = CheckResult(claim=c, status="verified" if ok else "mismatch", expected=100.0, expected_unit="%",
                                    reference=f"GB/T 36132-2025 {row['id']}",
                                    explanation=(f"与 {row['id']} 的公式一致：比值 × 100%。" if ok else
                                                 f"{row['id']} 的公式为比值 × 100%，文中为 × {c.text}。"))
                    break
        out.append(r)
    return out
