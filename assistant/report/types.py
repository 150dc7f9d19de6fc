"""Types of report drafting: the request, the draft, its sections and the checked numbers.

They live beside the report layer (not in assistant/types.py) because a request carries a scoring
FactoryProfile, and assistant.types sits below scoring.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from assistant.scoring import FactoryProfile
from assistant.types import Citation

Kind = Literal["self-evaluation", "third-party"]
NumberStatus = Literal["verified", "mismatch", "unchecked"]
KIND_ZH: dict[str, str] = {"self-evaluation": "绿色工厂自评价报告", "third-party": "绿色工厂第三方评价报告"}


class DraftRequest(BaseModel):
    """What to draft: a profile, the kind of report, optionally a scheme and a subset of sections."""

    model_config = ConfigDict(extra="forbid")

    profile: FactoryProfile
    kind: Kind
    scheme: str | None = Field(default=None, description="Scoring scheme id or YAML path; default: the "
                                                          "profile's scheme, else table-c1-example.")
    sections: list[str] | None = Field(default=None, description="Section ids (see outline(kind)); None: all.")


class NumberCheck(BaseModel):
    """One number of the draft as written, where it comes from and what the checker said."""

    text: str = Field(description="The number as written, with its unit: '96 %'.")
    value: float | None = None
    label: str = Field(default="", description="What the number is: '工业用水重复利用率'.")
    source: str = Field(default="", description="计算值 / 画像填报值 / 评分方案 / 评分结果 / 模型撰写 ...")
    reference: str = Field(default="", description="Formula or clause: 'B.10', 'GB/T 36132-2025§5.2', scheme id.")
    status: NumberStatus = "unchecked"
    detail: str = Field(default="", description="The checker's explanation, or what was corrected or flagged.")
    section: str = ""


class DraftSection(BaseModel):
    """One section: Markdown text (headings level 2 and below, paragraphs, pipe tables)."""

    id: str
    title: str
    markdown: str
    citations: list[Citation] = Field(default_factory=list)
    numbers: list[NumberCheck] = Field(default_factory=list)
    placeholders: list[str] = Field(default_factory=list, description="Each 【待补充：…】 in the text, in order.")
    flags: list[str] = Field(default_factory=list, description="What the checks changed or could not verify.")
    mode: Literal["offline", "llm", "edited"] = "offline"


class Draft(BaseModel):
    """A drafted report; ``verification`` and ``placeholders`` are gathered from the sections."""

    kind: Kind
    title: str
    factory: str
    date: str
    scheme: str
    scheme_title: str = ""
    sections: list[DraftSection]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def verification(self) -> list[NumberCheck]:
        """Every number of every section (the verification appendix)."""
        return [n for s in self.sections for n in s.numbers]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def placeholders(self) -> list[str]:
        """Distinct 【待补充：…】 placeholders in order of first appearance."""
        return list(dict.fromkeys(p for s in self.sections for p in s.placeholders))

    def section(self, section_id: str) -> DraftSection:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)
