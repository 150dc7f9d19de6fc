"""Deterministic scoring: GB/T 36132-2025 Annex B indicators, clause 5.2 scoring, schemes, and a
checker for every number in a Chinese text.

Depends only on assistant.types and its own data files (assistant/scoring/data/).

    from assistant.scoring import calc, load_profile, compute_profile, score, check, list_schemes
    calc("water_reuse_rate", {"V": 1000, "Vr": 9000}).value            # 90.0
    p = load_profile("corpus/examples/copper-smelter.yaml")
    score(p, "illustrative-copper-smelting").verdict
    check("工业用水重复利用率为96.0%", p)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from assistant.types import CheckResult

from . import calc as _calc
from . import checker as _checker
from . import compute as _compute
from . import schemes as _schemes
from . import scorer as _scorer
from .errors import InputError, ProfileError, SchemeError, ScoringError
from .extract import extract_claims
from .profile import FactoryProfile, load_profile, profile_json_schema
from .results import IndicatorResult, InputValue
from .schemes import Scheme, load_scheme, validate_scheme
from .scorer import ScoreReport, linear_points
from .summary import CheckSummary, check_summary

__all__ = [
    "CheckResult", "CheckSummary", "FactoryProfile", "IndicatorResult", "InputError", "InputValue", "ProfileError",
    "Scheme", "SchemeError", "ScoreReport", "ScoringError", "calc", "check", "check_summary", "compute_profile",
    "extract_claims", "linear_points", "list_schemes", "load_profile", "load_scheme",
    "profile_json_schema", "score", "validate_scheme",
]


def calc(indicator: str, inputs: Mapping[str, float | str]) -> IndicatorResult:
    """Compute one indicator ('water_reuse_rate', 'B.10' or '工业用水重复利用率') from named inputs."""
    return _calc.calc(indicator, inputs)


def compute_profile(profile: FactoryProfile) -> dict[str, IndicatorResult]:
    """Every indicator the profile has data for, keyed by indicator id."""
    return _compute.compute_profile(profile)


def score(profile: FactoryProfile, scheme: str | Path = "table-c1-example") -> ScoreReport:
    """Score a profile with a shipped scheme id or a scheme YAML path."""
    return _scorer.score(profile, scheme)


def check(text: str, profile: FactoryProfile | None = None, cited_keys: Sequence[str] = (),
          scheme: str | Path | None = None) -> list[CheckResult]:
    """Check every number in `text`: verified / mismatch / unverifiable, with spans and explanations.

    `scheme` (optional, keyword) selects the scheme used for score claims; default: profile.scheme.
    """
    return _checker.check(text, profile, tuple(cited_keys), scheme=scheme)


def list_schemes() -> list[str]:
    """Ids of the shipped scoring schemes."""
    return _schemes.list_schemes()
