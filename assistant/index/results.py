"""What an ingest reports: per file (added, updated, unchanged or failed, with the reason) and per
batch (chunk counts, cache misses, warnings). The CLI prints it, the app shows it, --json dumps it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from assistant.types import ParseReport


class FileResult(BaseModel):
    path: str
    doc_id: str = ""
    status: Literal["added", "updated", "unchanged", "failed"]
    chunks: int = 0
    pages: int | None = None
    error: str = ""
    note: str = Field(default="", description="What else happened: a moved file, metadata-only update.")
    report: ParseReport | None = Field(default=None, description="What structure recovery found.")


class IngestReport(BaseModel):
    files: list[FileResult] = Field(default_factory=list)
    chunks_added: int = 0
    chunks_removed: int = 0
    chunks_unchanged: int = 0
    embedded: int = Field(default=0, description="Texts actually run through the model (cache misses).")
    pages: int = 0
    seconds: float = 0.0
    warnings: list[str] = Field(default_factory=list,
                                description="Manifest entries without a file; indexed documents whose file is gone.")

    @property
    def errors(self) -> list[str]:
        return [f.error for f in self.files if f.status == "failed"]

    @property
    def ok(self) -> bool:
        return not self.errors
