"""Interval arithmetic on stated quantities, for the checks of calculations a text writes out.

A stated number is an interval: '29.14 tce' is 29.135–29.145 tce, '约92899 tce' ±1 tce, an integer
without 约 is exact (counts, points and round inputs are written exactly). A result agrees with its
calculation when its own rounding interval meets the calculation's interval, so a sum of rounded
parts is not flagged for the rounding of its parts, while a slip of one unit in the last digit is.
Units are canonical dimensions (units.parse_unit); an amount of tCO2 compares with one in t
(`alike`), since a text writes an emission in 万吨 as often as in tCO2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.types import Claim

from .compare import tolerance
from .errors import InputError
from .units import parse_unit

Dims = tuple[tuple[str, int], ...]
_COUNTS = {"分", "项", "个", "类", "种", "条", "次", "年", "倍", "层"}


@dataclass(frozen=True)
class Q:
    lo: float
    hi: float
    dims: Dims

    @property
    def mid(self) -> float:
        return (self.lo + self.hi) / 2


def _dims(unit: str) -> tuple[Dims, float] | None:
    try:
        u = parse_unit(unit)
    except InputError:
        return None
    return u.dims, u.factor


def alike(a: Dims, b: Dims) -> bool:
    """Same dimensions, an amount of CO2 read as a mass ('排放2.9万吨' is 2.9万 tCO2)."""
    return a == b or _plain(a) == _plain(b)


def _plain(d: Dims) -> Dims:
    merged: dict[str, int] = {}
    for k, p in d:
        k = "mass" if k == "co2" else k
        merged[k] = merged.get(k, 0) + p
    return tuple(sorted((k, v) for k, v in merged.items() if v))


def quantity(c: Claim) -> Q | None:
    """The claim as an interval in canonical units (None for a unit the parser does not know)."""
    got = _dims(c.unit)
    if got is None:
        return None
    dims, factor = got
    # inputs are taken as written (a writer computes from the figures he shows); only a hedged one
    # ('约8010 tce') carries half a unit of its last digit, or of its last non-zero digit
    err = 0.0
    if c.approx:
        err = 0.5 * 10 ** -c.decimals if c.decimals else tolerance(c, c.value) / 2
    lo, hi = (c.value - err) * factor, (c.value + err) * factor
    return Q(min(lo, hi), max(lo, hi), dims)


def stated_before(sub: list[Claim], k: int, want: Dims | None = None) -> list[tuple[Claim, Q]]:
    """The amounts stated as such (comparator '=') among the claims before ``sub[k]``, with their
    quantities; only those of dimensions like ``want`` when given."""
    return [(p, q) for p in sub[:k] if p.comparator == "=" and (q := quantity(p)) is not None
            and (want is None or alike(q.dims, want))]


def _join(a: Dims, b: Dims, sign: int) -> Dims:
    m = dict(a)
    for k, p in b:
        m[k] = m.get(k, 0) + sign * p
    return tuple(sorted((k, v) for k, v in m.items() if v))


def op(a: Q, b: Q, o: str) -> Q | None:
    if o in "+-":
        if a.dims and b.dims and not alike(a.dims, b.dims):
            return None
        dims = a.dims or b.dims
        return Q(a.lo + b.lo, a.hi + b.hi, dims) if o == "+" else Q(a.lo - b.hi, a.hi - b.lo, dims)
    if o == "*":
        ends = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]
        return Q(min(ends), max(ends), _join(a.dims, b.dims, 1))
    if b.lo <= 0 <= b.hi:
        return None
    ends = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi]
    return Q(min(ends), max(ends), _join(a.dims, b.dims, -1))


def total(parts: list[Q]) -> Q | None:
    out: Q | None = parts[0] if parts else None
    for p in parts[1:]:
        out = op(out, p, "+") if out else None
    return out


def judge(c: Claim, got: Q, bare: bool = False) -> tuple[bool, float] | None:
    """(agrees, expected in the claim's unit), or None when the dimensions differ. `bare`: every
    operand was a bare number, so the result is in the claim's own unit ('6×6/8，约4.2分')."""
    mine = _dims(c.unit)
    if mine is None:
        return None
    dims, factor = mine
    if bare and not got.dims:
        factor = 0.01 if c.unit in ("%", "％") and got.hi < 1.5 and c.value >= got.hi * 10 else 1.0
    elif not got.dims and len(dims) == 1 and dims[0][1] == 1 and dims[0][0] in _COUNTS:
        factor = 1.0  # '8×(86%−80%)/(90%−80%)=4.8分': a ratio of rates times points is points
    elif not alike(got.dims, dims):
        return None
    # '200 / 200 000 = 1.0 kg/t': bare operands of a physical result leave its scale to the writer (t/t → kg/t)
    scales = (1.0, 1e-3, 1e3, 1e-6, 1e6) if bare and not got.dims and c.unit not in ("%", "％", "分", *_COUNTS) and (dims or "/" in c.unit) else (1.0,)
    for scale in scales:
        ok, mid = _within(c, got.lo / factor / scale, got.hi / factor / scale)
        if ok:
            return ok, mid
    return _within(c, got.lo / factor, got.hi / factor)


def _within(c: Claim, lo: float, hi: float) -> tuple[bool, float]:
    tol = tolerance(c, (lo + hi) / 2)
    ok = c.value + tol >= lo and c.value - tol <= hi
    # a truncated last digit (41.66… written 41.6) is a rounding, not a slip
    scale = 10 ** c.decimals
    ok = ok or any(abs(int(v * scale + 1e-9) / scale - c.value) < 1e-9 for v in (lo, hi, (lo + hi) / 2))
    return ok, (lo + hi) / 2


_TOKEN = re.compile(r"\s*(?:(?P<q>q\d+)|(?P<o>[-+*/])|(?P<l>\()|(?P<r>\)))")


def evaluate(expr: str, qs: list[Q]) -> Q | None:
    """Evaluate 'q0*(q1-q2)/(q3-q4)' over the quantities (shunting-yard, left-associative)."""
    out: list[Q] = []
    ops: list[str] = []
    prec = {"+": 1, "-": 1, "*": 2, "/": 2}

    def reduce() -> bool:
        o = ops.pop()
        if len(out) < 2:
            return False
        b, a = out.pop(), out.pop()
        r = op(a, b, o)
        if r is None:
            return False
        out.append(r)
        return True

    pos = 0
    while pos < len(expr):
        m = _TOKEN.match(expr, pos)
        if not m:
            return None
        pos = m.end()
        if m.group("q"):
            out.append(qs[int(m.group("q")[1:])])
        elif m.group("o"):
            while ops and ops[-1] != "(" and prec[ops[-1]] >= prec[m.group("o")]:
                if not reduce():
                    return None
            ops.append(m.group("o"))
        elif m.group("l"):
            ops.append("(")
        else:
            while ops and ops[-1] != "(":
                if not reduce():
                    return None
            if not ops:
                return None
            ops.pop()
    while ops:
        if ops[-1] == "(" or not reduce():
            return None
    return out[0] if len(out) == 1 else None
