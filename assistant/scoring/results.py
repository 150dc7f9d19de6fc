"""Result types of indicator calculations."""

from __future__ import annotations

from pydantic import BaseModel, Field

from assistant.types import Confidence

from .units import fmt


class InputValue(BaseModel):
    """One input of a calculation, in the unit the formula uses."""

    symbol: str
    label: str
    value: float
    unit: str = ""
    given: str = Field(default="", description="The input as given, when it was converted.")


class IndicatorResult(BaseModel):
    """A computed indicator: value, unit, formula, inputs and the steps a user can follow."""

    indicator: str = Field(description="Indicator id, e.g. 'water_reuse_rate'.")
    name: str = Field(description="Chinese name, e.g. '工业用水重复利用率'.")
    formula: str = Field(description="Formula id: Annex B clause ('B.10'), or 'GB/T 2589-2020' ...")
    equation: str = Field(default="", description="Equation number as printed, e.g. 'B.28'.")
    citation_key: str = ""
    value: float
    unit: str
    inputs: dict[str, InputValue] = Field(default_factory=dict)
    steps: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    confidence: Confidence = "H"
    product: str | None = Field(default=None, description="Product id, for per-product indicators.")
    subject: str | None = Field(default=None, description="Pollutant or other sub-subject, if any.")

    def display_value(self) -> str:
        return f"{fmt(self.value)} {self.unit}".strip()

    def how(self) -> str:
        """One-line Chinese account of how the value was computed."""
        ref = f"（{self.formula}）" if self.formula else ""
        last = self.steps[-1] if self.steps else self.display_value()
        return f"{self.name}{ref}：{last}"
