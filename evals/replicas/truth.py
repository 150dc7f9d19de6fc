"""The true structure of each replica, derived from the content data that renders it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from evals.replicas.model import DocSpec, clause_labels, derive_markers, front_labels


class DocTruth(BaseModel):
    """What a faithful parse of one replica must produce."""

    model_config = ConfigDict(strict=True, extra="forbid")

    file: str
    set: Literal["tune", "check", "heldout", "heldout2"]
    doc_id: str = Field(description="Expected canonical id, e.g. 'GB/T 36132-2025'.")
    title: str
    kind: Literal["standard", "policy", "guide", "other"]
    clauses: list[str] = Field(description="Expected clause labels in order, front matter excluded.")
    markers: dict[str, str] = Field(description="clause label -> phrase printed only in its body.")
    front_matter: list[str]
    pages: int | None = None


def truth_of(spec: DocSpec, pages: int | None) -> DocTruth:
    return DocTruth(file=spec.file, set=spec.set, doc_id=spec.doc_id, title=spec.title,
                    kind=spec.kind, clauses=clause_labels(spec), markers=derive_markers(spec),
                    front_matter=front_labels(spec), pages=pages)


def load_truth(which: str = "all") -> list[DocTruth]:
    """Truth of every replica of ``which`` set ("tune", "check", "heldout", "all"); renders PDFs in memory
    to count their pages, writes nothing."""
    from evals.replicas.build import render
    from evals.replicas.content import specs

    return [truth_of(s, render(s)[1]) for s in specs(which)]
