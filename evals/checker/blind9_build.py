"""Build and validate evals/checker/paraphrase_blind9.jsonl from the blind9_items_* modules.

Run from the repository root: `python -m evals.checker.blind9_build`. Every fact gives one ok line
per true value and one mismatch line per wrong value, each in the next wrapper style (assessor
finding, review comment, WeChat …, blind9_wrap); every seventh fact with a wrong value also gives a
review comment that quotes the wrong value and corrects it (ok). Exit 1 when a line is invalid.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from evals.checker import blind9_items_a, blind9_items_b, blind9_items_c, blindset
from evals.checker.blind9_wrap import STYLES, refute, wrap

OUT = Path(__file__).with_name("paraphrase_blind9.jsonl")
Item = tuple[str | None, str, str, str, str | None, str | None, str, str, str]


def _fact_items(facts: list[tuple[Any, ...]], extra: dict[str, list[tuple[str, str]]], start: int) -> list[Item]:
    """(profile, text, expected, err, cor, subject, source, phrasing, kind) for every value of every fact."""
    out: list[Item] = []
    k = start
    unknown = set(extra) - {f[-5] for f in facts}
    if unknown:
        raise SystemExit(f"EXTRA_WRONG names unknown subjects: {sorted(unknown)}")
    for n, fact in enumerate(facts):
        profile, (subject, source, tpl, oks, wrongs) = (fact[0], fact[1:]) if len(fact) == 6 else (None, fact)
        wrongs = list(wrongs) + extra.get(subject, [])
        for v in oks:
            text, tag = wrap(k, tpl.format(v=v))
            out.append((profile, text, "ok", None, None, subject, source, tag, "fact"))
            k += 1
        for w, c in wrongs:
            text, tag = wrap(k, tpl.format(v=w))
            out.append((profile, text, "mismatch", w, c, subject, source, tag, "fact"))
            k += 1
        if wrongs and n % 7 == 2:
            out.append((profile, refute(tpl.format(v=wrongs[0][0]), oks[0]), "ok", None, None, subject,
                        source, "review-refute", "refute"))
    return out


def items() -> list[Item]:
    out = _fact_items(blind9_items_a.FACTS, blind9_items_a.EXTRA_WRONG, 0)
    out += _fact_items(blind9_items_b.FACTS, blind9_items_b.EXTRA_WRONG, 5)
    out += _fact_items(blind9_items_c.FACTS, blind9_items_c.EXTRA_WRONG, 7)
    for k, (subject, source, core) in enumerate(blind9_items_a.OK_PLAIN):
        text, tag = wrap(k + 3, core)
        out.append((None, text, "ok", None, None, subject, source, tag, "company"))
    for k, (profile, subject, source, core) in enumerate(blind9_items_c.OK_PLAIN):
        text, tag = wrap(k + 9, core)
        out.append((profile, text, "ok", None, None, subject, source, tag, "company"))
    return out


def rows() -> list[dict[str, Any]]:
    out = []
    for n, (profile, text, exp, err, cor, subject, source, phrasing, _kind) in enumerate(items(), 1):
        r = blindset.row("pb9", n, profile, text, exp, err, cor, subject, source, phrasing)
        out.append(r)
    return out


def kind(r: dict[str, Any]) -> str:
    """The document the line imitates, from its wrapper style: people, paper or company data."""
    people = {"wechat", "email", "mixed-en", "minutes"}
    paper = {"assessor-finding", "nonconformity", "review-comment", "review-refute", "checklist", "score-sheet"}
    if r["phrasing"] in people:
        return "message"
    if r["phrasing"] in paper:
        return "assessment"
    return "summary"


def main() -> int:
    assert len(STYLES) == 12
    return blindset.write(rows(), OUT, prefix="pb9", min_lines=300, kind=kind)


if __name__ == "__main__":
    sys.exit(main())
