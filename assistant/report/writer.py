"""What every section builder shares: the facts (profile, computed indicators, score report), the
templates, the clauses, the ledger of numbers and the placeholders."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assistant.prompts import Prompts
from assistant.report.clauses import Clauses
from assistant.report.numbers import Ledger, show, with_unit
from assistant.scoring import FactoryProfile, IndicatorResult, ScoreReport

PLACEHOLDER = "【待补充：{}】"


@dataclass
class Facts:
    """Everything a draft is written from; nothing else is stated."""

    profile: FactoryProfile
    scheme: str | Path
    report: ScoreReport
    results: dict[str, IndicatorResult]
    clauses: Clauses
    prompts: Prompts


@dataclass
class Writer:
    """Builds one section's Markdown; numbers go through ``num``, missing facts through ``need``."""

    facts: Facts
    section: str
    ledger: Ledger = field(init=False)
    placeholders: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.ledger = Ledger(self.section)

    def t(self, template: str, /, **values: object) -> str:
        return self.facts.prompts.render(f"report/{template}", **values)

    def need(self, what: str) -> str:
        text = PLACEHOLDER.format(what)
        self.placeholders.append(text)
        return text

    def given(self, value: object, what: str) -> str:
        """A profile text field, or the placeholder naming it."""
        return self.ledger.keep(str(value)) if value not in (None, "", []) else self.need(what)

    def num(self, value: float, unit: str, label: str, source: str, reference: str = "",
            statement: str | None = None, text: str | None = None) -> str:
        shown = text or with_unit(value, unit)
        return self.ledger.num(value, shown, label, source, reference,
                               statement.format(shown) if statement else None)

    def points(self, value: float, label: str, source: str = "评分结果", reference: str = "") -> str:
        """A score in points, two decimals."""
        return self.ledger.num(value, f"{value:.2f} 分", label, source, reference or "GB/T 36132-2025 5.2")

    def ref(self, key: str) -> str:
        marker = self.facts.clauses.ref(key)
        if marker:
            self.keys.append(key)
        return marker

    def quote(self, key: str) -> str:
        cit = self.facts.clauses.get(key)
        return f"「{self.ledger.keep(cit.quote)}」" if cit and cit.quote else ""

    def result(self, r: IndicatorResult, source: str = "计算值") -> str:
        """``name为 value（式 B.x）[ref]。计算式：…。`` for one computed indicator."""
        statement = "能碳管理平台具备 {}业务功能" if r.unit == "项" else None
        value = self.num(r.value, r.unit, r.name, source, r.formula, statement=statement)
        eq = f"附录B 式 {r.equation}" if r.equation else r.formula
        marker = self.ref(r.citation_key) if r.citation_key else ""
        steps = f"计算式：{r.steps[-1]}" if r.steps else ""
        note = "（因子或系数置信度为中/低，请以正式文本核对）" if r.confidence != "H" else ""
        return self.t("indicator_item", name=r.name, value=value, formula=eq, ref=marker, steps=steps, note=note)


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A Markdown pipe table (the DOCX writer turns it into a table with a repeated header row)."""
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "／").replace("\n", " ") or "—" for c in cells) + " |"

    return "\n".join([line(headers), "|" + "---|" * len(headers), *(line(r) for r in rows)])


__all__ = ["Facts", "Writer", "show", "table"]
