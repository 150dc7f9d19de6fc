"""Errors of the scoring package. Messages are Chinese: they are shown to users as they are."""

from __future__ import annotations

from assistant import errors as _base


class ScoringError(ValueError, _base.ScoringError):  # ValueError first: its __init__ and str()
    """Base class of every error raised by assistant.scoring."""


class InputError(ScoringError):
    """A bad, missing or inconsistent input; `field` names it (e.g. 'Q', 'water.withdrawal')."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class SchemeError(ScoringError):
    """A scheme file that does not validate; `problems` lists every problem found."""

    def __init__(self, scheme: str, problems: list[str]) -> None:
        self.scheme = scheme
        self.problems = problems
        super().__init__(f"评分方案 {scheme} 校验未通过：" + "；".join(problems))


class ProfileError(ScoringError):
    """A factory profile that cannot be loaded or does not validate."""
