"""The eval report's data model: per retrieval variant, per answer mode, the failures, the whole run.
Written as JSON under evals/results/ and rendered by evaluation/report.py."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from assistant.evaluation.metrics import Latency, RankingScores


class VariantResult(BaseModel):
    """Retrieval scores of one system variant (a row of the table)."""

    name: str = Field(description="'a'..'d' or 'EMBEDDER/mode'.")
    label: str
    mode: str = Field(description="'langchain', 'sparse', 'dense' or 'hybrid'.")
    embedder: str | None = None
    scores: RankingScores = Field(default_factory=RankingScores)
    search: Latency = Field(default_factory=Latency)
    ranks: dict[str, int | None] = Field(default_factory=dict, description="id -> first rank of an expected key (top 10).")
    top5: dict[str, list[str]] = Field(default_factory=dict)
    by_style: dict[str, dict] = Field(default_factory=dict)
    by_tag: dict[str, dict] = Field(default_factory=dict)
    error: str | None = None


class AnswerResult(BaseModel):
    """Answer metrics of the full system over all questions."""

    n: int = 0
    refusal_accuracy: float | None = None
    refusal_recall: float | None = Field(default=None, description="Share of the questions to refuse that were refused.")
    n_refuse: int = 0
    fact_recall: float | None = None
    n_facts: int = 0
    citation_validity: float | None = None
    n_citations: int = 0
    ask: Latency = Field(default_factory=Latency)
    refusal_failures: list[dict] = Field(default_factory=list)
    fact_misses: list[dict] = Field(default_factory=list)
    invalid_citations: list[dict] = Field(default_factory=list)
    error: str | None = None


class Failure(BaseModel):
    id: str
    question: str
    expected: list[str]
    got: list[str]
    style: str = ""
    tags: list[str] = Field(default_factory=list)


class EvalReport(BaseModel):
    created: str = Field(default_factory=lambda: datetime.now().isoformat(timespec="seconds"))
    set_name: str
    gold_files: list[str] = Field(default_factory=list)
    n_items: int = 0
    n_answerable: int = 0
    n_refuse: int = 0
    embedder: str = ""
    settings: dict[str, Any] = Field(default_factory=dict)
    corpus: dict[str, Any] = Field(default_factory=dict)
    gold_errors: list[str] = Field(default_factory=list)
    gold_warnings: list[str] = Field(default_factory=list)
    unknown_gold_keys: list[str] = Field(default_factory=list)
    variants: list[VariantResult] = Field(default_factory=list)
    answers: AnswerResult | None = None
    failures: list[Failure] = Field(default_factory=list)
    structure: list[dict[str, Any]] = Field(default_factory=list, description="Structure fidelity per document.")
    checker: dict[str, Any] | None = None
    checker_error: str | None = None
    notes: list[str] = Field(default_factory=list)

    def variant(self, name: str) -> VariantResult | None:
        return next((v for v in self.variants if v.name == name), None)


# --- formatting -------------------------------------------------------------------------------
