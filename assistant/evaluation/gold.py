"""Gold question sets: loading and validating the JSONL files under ``evals/gold/``.

One line is one question::

    {"id": "a001", "question": "...", "keys": ["GB/T 36132-2025§B.8"], "facts": ["消防"],
     "style": "colloquial", "tags": ["edition"], "refuse": false}

A set NAME is the files ``evals/gold/NAME*.jsonl`` (``dev`` = every ``dev_*.jsonl``), or a path
to one ``.jsonl`` file or to a folder of them. A bad line gives one error ``file:line: reason``
and is skipped; the rest of the set still loads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assistant.types import KEY_SEP

Style = Literal["colloquial", "keyword", "typo", "traditional", "english", "multi", "formal"]


class GoldItem(BaseModel):
    """One gold question."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str = Field(min_length=1)
    question: str = Field(min_length=1)
    keys: list[str] = Field(default_factory=list, description="Expected clause keys DOC§CLAUSE.")
    facts: list[str] = Field(default_factory=list, description="Short strings a correct answer contains.")
    style: Style
    tags: list[str] = Field(default_factory=list)
    refuse: bool = False
    source: str = Field(default="", description="'file:line' the item was read from.")

    @field_validator("keys")
    @classmethod
    def _keys_are_clause_keys(cls, keys: list[str]) -> list[str]:
        for key in keys:
            if KEY_SEP not in key or key.startswith(KEY_SEP) or key.endswith(KEY_SEP):
                raise ValueError(f"not a clause key DOC{KEY_SEP}CLAUSE: {key!r}")
        return keys

    @field_validator("facts")
    @classmethod
    def _facts_not_blank(cls, facts: list[str]) -> list[str]:
        if any(not f.strip() for f in facts):
            raise ValueError("empty fact string")
        return facts

    @model_validator(mode="after")
    def _refusal_consistent(self) -> GoldItem:
        if self.refuse and self.keys:
            raise ValueError("refuse=true items must have keys []")
        if not self.refuse and not self.keys:
            raise ValueError("answerable items (refuse=false) need at least one key")
        return self


KNOWN_FIELDS = frozenset(GoldItem.model_fields) - {"source"}


class GoldSet(BaseModel):
    """A loaded set: valid items, and one message per skipped line or suspicious field."""

    name: str
    files: list[str] = Field(default_factory=list)
    items: list[GoldItem] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @property
    def answerable(self) -> list[GoldItem]:
        return [item for item in self.items if not item.refuse]


class GoldSetNotFound(FileNotFoundError):
    """No file matches the set name."""


def gold_files(set_name: str, gold_dir: Path) -> list[Path]:
    """Files of set ``set_name``: ``gold_dir/NAME*.jsonl``, or a given file or folder."""
    as_path = Path(set_name)
    if as_path.suffix == ".jsonl" and as_path.is_file():
        return [as_path]
    if as_path.is_dir():
        files = sorted(as_path.glob("*.jsonl"))
    else:
        files = sorted(gold_dir.glob(f"{set_name}*.jsonl"))
    if not files:
        raise GoldSetNotFound(f"no gold files for set {set_name!r} (looked for {gold_dir / set_name}*.jsonl)")
    return files


def _one_line_error(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err.get("loc", ()))
        msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
        parts.append(f"{loc}: {msg}" if loc else msg)
    return "; ".join(parts)


def parse_lines(lines: Iterable[str], label: str) -> tuple[list[GoldItem], list[str], list[str]]:
    """Parse JSONL lines; returns (items, errors, warnings), each message prefixed ``label:line``."""
    items: list[GoldItem] = []
    errors: list[str] = []
    warnings: list[str] = []
    for lineno, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        where = f"{label}:{lineno}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(data, dict):
            errors.append(f"{where}: expected a JSON object, got {type(data).__name__}")
            continue
        unknown = sorted(set(data) - KNOWN_FIELDS)
        if unknown:
            warnings.append(f"{where}: unknown field(s) ignored: {', '.join(unknown)}")
        data.pop("source", None)
        try:
            items.append(GoldItem(**data, source=where))
        except ValidationError as exc:
            errors.append(f"{where}: {_one_line_error(exc)}")
    return items, errors, warnings


def _label(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def load_gold(set_name: str, gold_dir: Path, *, root: Path | None = None) -> GoldSet:
    """Load and validate set ``set_name``. Duplicate ids keep the first line and report the rest."""
    files = gold_files(set_name, gold_dir)
    gold = GoldSet(name=set_name, files=[_label(p, root) for p in files])
    seen: dict[str, str] = {}
    for path, label in zip(files, gold.files, strict=True):
        items, errors, warnings = parse_lines(path.read_text(encoding="utf-8").splitlines(), label)
        gold.errors.extend(errors)
        gold.warnings.extend(warnings)
        for item in items:
            if item.id in seen:
                gold.errors.append(f"{item.source}: duplicate id {item.id!r} (first at {seen[item.id]})")
                continue
            seen[item.id] = item.source
            gold.items.append(item)
    return gold


def subset(items: list[GoldItem], limit: int | None) -> list[GoldItem]:
    """An evenly spaced subset of ``limit`` items (all items when limit is None or large)."""
    if limit is None or limit >= len(items):
        return list(items)
    if limit <= 0:
        return []
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]
