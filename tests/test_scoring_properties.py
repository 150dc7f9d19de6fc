"""Property tests of clause 5.2 scoring and of number extraction."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from assistant.scoring import extract_claims, linear_points
from assistant.scoring.schemes import RangeBand, SchemeIndicator
from assistant.scoring.scorer import range_points

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
points = st.floats(min_value=0.5, max_value=30)


@given(points, finite, finite, finite, st.booleans())
def test_linear_within_bounds(p, a, x, y, forward):
    assume(abs(x - y) > 1e-6)
    lead, base = (max(x, y), min(x, y)) if forward else (min(x, y), max(x, y))
    v = linear_points(p, a, lead, base, forward)
    assert 0 <= v <= p


@given(points, finite, finite, st.booleans())
def test_full_at_lead_zero_at_or_below_base(p, x, y, forward):
    assume(abs(x - y) > 1e-6)
    lead, base = (max(x, y), min(x, y)) if forward else (min(x, y), max(x, y))
    assert linear_points(p, lead, lead, base, forward) == p
    worse = base - 1 if forward else base + 1
    assert linear_points(p, worse, lead, base, forward) == 0
    assert linear_points(p, base, lead, base, forward) == 0


@given(points, finite, finite, finite, finite, st.booleans())
def test_monotonic_in_right_direction(p, a1, a2, x, y, forward):
    assume(abs(x - y) > 1e-6)
    lead, base = (max(x, y), min(x, y)) if forward else (min(x, y), max(x, y))
    lo, hi = min(a1, a2), max(a1, a2)
    if forward:
        assert linear_points(p, lo, lead, base, True) <= linear_points(p, hi, lead, base, True) + 1e-9
    else:
        assert linear_points(p, lo, lead, base, False) >= linear_points(p, hi, lead, base, False) - 1e-9


@given(st.floats(min_value=0, max_value=200, allow_nan=False), st.booleans())
def test_range_method_bounds_and_monotonic(a, forward):
    bands = [RangeBand(threshold=t, fraction=f) for t, f in ((40, 0.3), (60, 0.6), (80, 0.9))]
    if not forward:
        bands = [RangeBand(threshold=120 - b.threshold, fraction=b.fraction) for b in bands]
    ind = SchemeIndicator(seq="1", id="x", name="x", type="forward_quantitative" if forward else "inverse_quantitative",
                          unit="%", lead=100 if forward else 20, base=20 if forward else 100, points=8,
                          rule="range", ranges=bands)
    v = range_points(ind, a)
    assert 0 <= v <= 8
    step = 1 if forward else -1
    assert range_points(ind, a + step) >= v
    assert range_points(ind, 100 if forward else 20) == 8
    assert range_points(ind, 10 if forward else 110) == 0


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=3))
def test_extraction_round_trip(n, d):
    value = n / 10**d
    for text in (f"{value:,.{d}f} 吨", f"{value:.{d}f}%"):
        claims = extract_claims("产量为" + text + "。")
        assert len(claims) == 1
        assert abs(claims[0].value - round(value, d)) < 1e-6
        assert claims[0].decimals == d


@given(st.integers(min_value=0, max_value=99999))
def test_fullwidth_digits(n):
    fw = "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    claims = extract_claims(f"取水量为{fw}吨")
    assert claims[0].value == n and claims[0].text == f"{fw}吨"
