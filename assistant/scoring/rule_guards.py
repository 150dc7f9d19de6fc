"""Two readings of 5's rules that a number's own words contradict (round fifteen):

- a number right after a role word is that role's value: `…≈ 30.69%，达到引领值 30%，得满分 8 分` states the
  lead value, not 5.2's "full points at the lead value" share (分值的 100 %) that 达到引领值 names;
- an item's full points are not the total's 100-point basis (5.1): `该项得满分 8 分`, `本项满分 6 分`; 满分
  after 得 or in a clause naming one item is that item's.

Each turns a mismatch against that rule's constant into an unverifiable result (they were false alarms
on answers to "what if" questions); a number linked to anything else keeps its verdict."""

from __future__ import annotations

import re

from assistant.types import CheckResult

_RULE_SHARES = ("const:lead_full_points", "const:below_base_zero")
_ROLE_BEFORE = re.compile(r"(?:引领值|基准值|先进值|基础值|门槛值)\s*(?:为|是|取|约)?\s*$")
_ITEM_FULL = re.compile(r"得\s*满分\s*$|(?:该项|此项|这一项|这项|本项|单项|该指标|此指标)[^，,。；;]{0,8}满分[^，,。；;\d]{0,3}$")


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    out = list(results)
    for k, r in enumerate(out):
        c = r.claim
        if r.status != "mismatch":
            continue
        lead = text[max(0, c.start - 16):c.start]
        if c.subject in _RULE_SHARES and _ROLE_BEFORE.search(lead):
            why = "引领值/基准值本身的数值，不是 5.2 的计分规则"
        elif c.subject == "const:hundred_point_basis" and _ITEM_FULL.search(lead):
            why = "单项指标的满分（分值），不是 5.1 的百分制总分"
        else:
            continue
        out[k] = CheckResult(claim=c, status="unverifiable", explanation=why)
    return out
