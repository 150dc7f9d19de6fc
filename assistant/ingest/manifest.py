"""Corpus manifest (``manifest.yaml``): per-file metadata and edition links."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from assistant.ingest.errors import IngestError
from assistant.types import Confidence, DocKind, DocStatus

MANIFEST_NAMES = ("manifest.yaml",)
Language = Literal["zh-Hans", "zh-Hant", "en", "mixed"]


def _as_text(v: Any) -> Any:
    """YAML turns unquoted dates and clause numbers into date/float: keep them as text."""
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, bool):
        return v
    if isinstance(v, int | float):
        return str(v)
    return v


class DocFields(BaseModel):
    """Metadata a manifest entry or a Markdown front matter may set (all optional)."""

    model_config = ConfigDict(extra="ignore")

    doc_id: str | None = None
    title: str | None = None
    kind: DocKind | None = None
    edition_year: int | None = None
    status: DocStatus | None = None
    superseded_by: str | None = None
    supersedes: str | None = None
    effective_date: str | None = None
    source: str | None = None
    confidence: Confidence | None = None
    language: Language | None = None

    @field_validator("doc_id", "title", "superseded_by", "supersedes", "effective_date", "source",
                     mode="before")
    @classmethod
    def _text(cls, v: Any) -> Any:
        return _as_text(v)

    @field_validator("confidence", mode="before")
    @classmethod
    def _confidence(cls, v: Any) -> Any:
        if isinstance(v, str):
            return {"高": "H", "中": "M", "低": "L"}.get(v.strip(), v.strip().upper())
        return v


class ManifestEntry(DocFields):
    file: str = Field(description="Path of the document, relative to the manifest's folder.")
    doc_id: str | None = None


class ClauseMapRow(BaseModel):
    old: str | None = None
    new: str | None = None
    change: str = ""

    @field_validator("old", "new", "change", mode="before")
    @classmethod
    def _text(cls, v: Any) -> Any:
        return _as_text(v)


class EditionLink(BaseModel):
    old: str
    new: str
    effective_date: str | None = None
    clause_map: list[ClauseMapRow] = Field(default_factory=list)

    @field_validator("old", "new", "effective_date", mode="before")
    @classmethod
    def _text(cls, v: Any) -> Any:
        return _as_text(v)


class Manifest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    version: int = 1
    documents: list[ManifestEntry] = Field(default_factory=list)
    editions: list[EditionLink] = Field(default_factory=list)
    exclude: list[str] = Field(
        default_factory=list,
        description="Glob patterns (relative to the manifest's folder) of files that are not documents, "
        "e.g. 'examples/**'; skipped silently when a folder is ingested.",
    )
    _root: Path | None = PrivateAttr(default=None)

    def excludes(self, path: Path) -> bool:
        """Is ``path`` (under this manifest's folder) excluded from ingest?"""
        if self._root is None or not self.exclude:
            return False
        try:
            rel = path.resolve().relative_to(self._root.resolve())
        except ValueError:
            return False
        return any(rel.match(p) or rel.as_posix().startswith(p.rstrip("*").rstrip("/") + "/") for p in self.exclude)

    @property
    def root(self) -> Path | None:
        """The folder the entries' ``file`` paths are relative to (None when built in memory)."""
        return self._root

    @classmethod
    def load(cls, path: Path) -> Manifest:
        """Read and validate a manifest file; raises IngestError with one line on failure."""
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8-sig")) or {}
        except (OSError, UnicodeDecodeError) as e:
            raise IngestError(path, f"cannot read manifest: {e}") from None
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            where = f" (line {mark.line + 1})" if mark is not None else ""
            raise IngestError(path, f"invalid manifest YAML{where}: {getattr(e, 'problem', e)}") from None
        if not isinstance(data, dict):
            raise IngestError(path, "invalid manifest: expected a mapping with 'documents'")
        try:
            manifest = cls.model_validate(data)
        except ValidationError as e:
            err = e.errors()[0]
            loc = ".".join(str(x) for x in err["loc"])
            raise IngestError(path, f"invalid manifest: {loc}: {err['msg']}") from None
        manifest._root = path.parent.resolve()
        return manifest

    def entry_for(self, path: Path) -> ManifestEntry | None:
        """The entry whose ``file`` is this path (relative to the manifest's folder)."""
        path = Path(path)
        if self._root is not None:
            target = path.resolve()
            for entry in self.documents:
                if (self._root / entry.file).resolve() == target:
                    return entry
            return None
        parts = path.as_posix().split("/")
        for entry in self.documents:
            want = Path(entry.file).as_posix().split("/")
            if parts[-len(want):] == want:
                return entry
        return None


@lru_cache(maxsize=64)
def _load_cached(path: str, mtime_ns: int, size: int) -> Manifest:
    return Manifest.load(Path(path))


def load_manifest(path: Path) -> Manifest:
    st = path.stat()
    return _load_cached(str(path.resolve()), st.st_mtime_ns, st.st_size)


def find_manifest(path: Path) -> Manifest | None:
    """The nearest ``manifest.yaml`` in the file's folder or a parent folder.

    The search stops at the filesystem root or at a folder holding ``.git`` (after looking in it).
    """
    path = Path(path).resolve()
    folder = path if path.is_dir() else path.parent
    while True:
        for name in MANIFEST_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return load_manifest(candidate)
        if (folder / ".git").exists() or folder.parent == folder:
            return None
        folder = folder.parent


def is_manifest_file(path: Path) -> bool:
    return path.name in MANIFEST_NAMES or path.name == "manifest.yml"


__all__ = ["ClauseMapRow", "DocFields", "EditionLink", "Manifest", "ManifestEntry", "find_manifest",
           "is_manifest_file", "load_manifest"]
