"""The grouped settings: one sub-model per area, set from the environment with ``__`` between the
group and the field (``ASSISTANT_RETRIEVAL__TOP_K=3``, ``ASSISTANT_CHAT__BACKEND=openai``) or as a
whole group in JSON (``ASSISTANT_CHAT='{"backend": "openai"}'``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

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


class RetrievalSettings(BaseModel):
    """Search, rank fusion and refusal (ASSISTANT_RETRIEVAL__*). The weights were tuned on the dev set and
    checked on the replica and held-out sets; each description gives the measurement behind its default."""

    model_config = ConfigDict(extra="forbid")

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
