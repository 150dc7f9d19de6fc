"""Python API mirroring the CLI: ``Assistant(settings).ingest / search / ask / remove``, plus what the
Streamlit app needs (``session``, ``chat_stream``, ``documents``, ``clause``, uploads, scoring views).

One Assistant serves every session of the app (threads): writes to the index (ingest, remove) take
the write side of a readers-writer lock and searches the read side, because the index layer's
in-memory BM25 sidecar is swapped field by field on a rebuild (see ``_RWLock``).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from assistant.agent import Agent, AgentAnswer, Event
from assistant.agent.memory import Conversation, ConversationInfo
from assistant.answer.compose import compose
from assistant.api_views import (
    ClauseView,
    DocumentRow,
    IndicatorInfo,
    SourceList,
    clause_view,
    document_rows,
    indicator_infos,
    profile_from_yaml,
    save_upload,
)
from assistant.errors import IngestError, ToolError
from assistant.index.embedders import Embedder
from assistant.index.indexer import Index, IngestReport
from assistant.report import Draft, DraftRequest, DraftSection, draft_report, recheck_section
from assistant.retrieve.hybrid import Mode, Retriever, SearchRequest, SearchResult
from assistant.scoring import FactoryProfile, IndicatorResult, ScoreReport
from assistant.settings import ChatSettings, Settings
from assistant.trainer import (
    Grade,
    Question,
    Quiz,
    QuizRequest,
    ResultStore,
    grade,
    make_quiz,
    results_path,
)
from assistant.types import Answer, Chunk, Hit

_UNSET = object()


class _RWLock:
    """Many readers or one writer. Why: Index.ingest/remove rebuild the BM25 sidecar in place, and a
    search running meanwhile could read its new chunk list with the old id map (until the index layer
    is made thread-safe itself, the API keeps searches out of a rebuild)."""

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writer = False

    @contextlib.contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writer)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextlib.contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writer and self._readers == 0)
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


class Assistant:
    """Everything is built lazily: constructing an Assistant opens nothing until first use."""

    def __init__(self, settings: Settings | None = None, *, embedder: Embedder | None = None) -> None:
        self.settings = settings or Settings()
        self._embedder = embedder
        self._index: Index | None = None
        self._retriever: Retriever | None = None
        self._agent: Agent | None = None
        self._api_key: str | None = None
        self._parent: Assistant | None = None
        self._sessions: dict[tuple[str, str, int], Assistant] = {}
        self._lock = _RWLock()
        self._build = threading.RLock()
        self._results: ResultStore | None = None
        self._quiz_model: object = _UNSET

    @classmethod
    def from_home(cls, home: Path | str, **overrides: object) -> Assistant:
        return cls(Settings(home=Path(home), **overrides))  # type: ignore[arg-type]

    @property
    def index(self) -> Index:
        if self._parent is not None:
            return self._parent.index
        with self._build:  # two sessions' first requests must not open two stores
            if self._index is None:
                self._index = Index(self.settings, embedder=self._embedder)
        return self._index

    @property
    def retriever(self) -> Retriever:
        with self._build:
            if self._retriever is None:
                self._retriever = Retriever(self.index, self.settings)
        return self._retriever

    def ingest(self, paths: Sequence[Path | str], *, kb: str | None = None, progress: bool = False) -> IngestReport:
        index = self.index
        with self._root._lock.write():
            # Why: the index's embedding cache is one sqlite3 connection, usable only in the thread that
            # opened it, and every app session runs in threads of its own: each ingest opens it anew.
            index._cache = None
            try:
                return index.ingest([Path(p) for p in paths], kb=kb or self.settings.kb, progress=progress)
            finally:
                index._cache = None

    def remove(self, doc_id: str) -> int:
        index = self.index
        with self._root._lock.write():
            return index.remove(doc_id)

    def search_result(self, query: str, k: int | None = None, *, mode: Mode = "hybrid",
                      include_superseded: bool = False, doc_id: str | None = None, kind: str | None = None,
                      status: str | None = None, kb: str | None = None) -> SearchResult:
        req = SearchRequest(query=query, k=k or self.settings.top_k, mode=mode, kb=kb, doc_id=doc_id,
                            kind=kind, status=status, include_superseded=include_superseded)  # type: ignore[arg-type]
        retriever = self.retriever
        with self._root._lock.read():
            return retriever.run(req)

    def search(self, query: str, k: int | None = None, **filters: object) -> list[Hit]:
        return self.search_result(query, k, **filters).hits  # type: ignore[arg-type]

    def ask(self, question: str, **filters: object) -> Answer:
        result = self.search_result(question, max(self.settings.top_k, self.settings.answer_max_clauses),
                                    **filters)  # type: ignore[arg-type]
        with self._root._lock.read():
            return compose(result, self.settings, idf=self.index.sparse.idf, editions=self.index.editions(),
                           relevance=lambda h: self.retriever.relevance(result.query, h))

    def chunks(self) -> list[Chunk]:
        return self.index.chunks()

    # --- the conversation agent ---------------------------------------------------------
    def agent(self) -> Agent:
        """The conversation agent over this index (cached): offline unless settings.chat names a model."""
        with self._build:
            if self._agent is None:
                from assistant.llm import build_chat_model

                store = self._parent.agent().store if self._parent is not None else None
                model = build_chat_model(self.settings, api_key=self._api_key)
                self._agent = Agent(self.index, self.retriever, self.settings, chat_model=model, store=store)
        return self._agent

    def chat(self, message: str, conversation_id: str | None = None) -> AgentAnswer:
        """One chat turn; a new conversation when ``conversation_id`` is None."""
        agent = self.agent()
        with self._root._lock.read():
            return agent.chat(message, conversation_id)

    def chat_stream(self, message: str, conversation_id: str | None = None) -> Iterator[Event]:
        """One chat turn as events: ``token`` (LLM mode), ``step`` per tool call, then ``final``."""
        agent = self.agent()
        with self._root._lock.read():
            yield from agent.stream(message, conversation_id)

    def conversations(self) -> list[ConversationInfo]:
        """Stored conversations, most recently updated first."""
        return self.agent().store.list()

    def conversation(self, conversation_id: str) -> Conversation:
        """One stored conversation with its turns (ToolError when there is none)."""
        return self.agent().store.get(conversation_id)

    def rename_conversation(self, conversation_id: str, title: str) -> None:
        self.agent().store.rename(conversation_id, title.strip() or "新对话")

    def delete_conversation(self, conversation_id: str) -> bool:
        return self.agent().store.delete(conversation_id)

    def export_conversation(self, conversation_id: str) -> str:
        """The conversation as Markdown."""
        return self.agent().store.export_markdown(conversation_id)

    # --- sessions of the app --------------------------------------------------------------
    @property
    def _root(self) -> Assistant:
        return self._parent or self

    def session(self, *, kb: str | None = None, chat: ChatSettings | None = None,
                api_key: str | None = None) -> Assistant:
        """An Assistant for one app session's choices (knowledge base, chat backend, a typed API key)
        over this one's index, lock and conversation store; cached per choice. The key stays in memory
        (the chat client holds it); it is never written to settings, the environment or a log."""
        root = self._root
        kb = kb or root.settings.kb
        chat = chat or root.settings.chat
        if kb == root.settings.kb and chat == root.settings.chat and not api_key:
            return root
        cache_key = (kb, chat.model_dump_json(), hash(api_key) if api_key else 0)
        with root._build:
            sibling = root._sessions.get(cache_key)
            if sibling is None:
                sibling = Assistant(root.settings.model_copy(update={"kb": kb, "chat": chat}))
                sibling._parent, sibling._api_key = root, api_key
                root._sessions[cache_key] = sibling
        return sibling

    # --- the knowledge base ---------------------------------------------------------------
    def documents(self, kb: str | None = None) -> list[DocumentRow]:
        """Indexed documents (of one knowledge base, or all), current ones first."""
        index = self.index
        with self._root._lock.read():
            chunks = [c for c in index.chunks() if kb is None or c.kb == kb]
        return document_rows(chunks, self._sources().load())

    def knowledge_bases(self) -> list[str]:
        kbs = {c.kb for c in self.index.chunks()} | {self.settings.kb}
        return sorted(kbs)

    def clause(self, key: str) -> ClauseView:
        """A clause by citation key, all its parts (official text over a digest); ToolError if unknown."""
        index = self.index
        with self._root._lock.read():
            chunks = index.sparse.by_key(key)
            editions = index.editions()
        official = [c for c in chunks if c.kind != "digest"] or chunks
        if not official:
            raise ToolError(f"未找到条款 {key.replace('§', ' ')}")
        return clause_view(sorted(official, key=lambda c: (c.source_id, c.part, c.order)), editions)

    def save_upload(self, name: str, data: bytes) -> Path:
        """Store one uploaded file under the uploads folder of home (name sanitised, never outside it,
        never replacing another file); IngestError for a bad type or a file over the size limit."""
        return save_upload(self.settings, name, data)

    def add_documents(self, paths: Sequence[Path | str], *, kb: str | None = None,
                      progress: bool = False) -> IngestReport:
        """Ingest ``paths`` and remember each document's source file (for re-indexing)."""
        report = self.ingest(paths, kb=kb, progress=progress)
        self._sources().add((f.doc_id, f.path) for f in report.files if f.status != "failed" and f.doc_id)
        return report

    def reindex(self, doc_id: str) -> IngestReport:
        """Parse a document's source files again (incremental: new chunks go in before old ones go)."""
        paths = [p for p in self._sources().load().get(doc_id, []) if Path(p).exists()]
        if not paths:
            raise IngestError(f"{doc_id}：找不到来源文件，无法重新索引（请重新上传）")
        return self.add_documents(paths, kb=next((d.kb for d in self.documents() if d.doc_id == doc_id), None))

    def forget(self, doc_id: str) -> int:
        """Remove a document from the index and from the source list (its stored file stays)."""
        n = self.remove(doc_id)
        self._sources().drop(doc_id)
        return n

    def _sources(self) -> SourceList:
        return SourceList(self.settings.home / "sources.json")

    # --- calculator and scoring -----------------------------------------------------------
    def indicators(self) -> list[IndicatorInfo]:
        return indicator_infos()

    def calc(self, indicator: str, inputs: dict[str, float | str]) -> IndicatorResult:
        from assistant import scoring

        return scoring.calc(indicator, inputs)

    def schemes(self) -> list[str]:
        from assistant import scoring

        return scoring.list_schemes()

    def load_profile(self, path: Path | str) -> FactoryProfile:
        from assistant import scoring

        return scoring.load_profile(path)

    def profile_from_text(self, text: str, origin: str = "上传的画像") -> FactoryProfile:
        return profile_from_yaml(text, origin)

    def score(self, profile: FactoryProfile, scheme: str) -> ScoreReport:
        from assistant import scoring

        return scoring.score(profile, scheme)

    # --- report drafting (assistant.report) ------------------------------------------------
    def draft(self, request: DraftRequest) -> Draft:
        """A 自评价报告 / 第三方评价报告 draft citing this index; LLM-written when settings.chat names a model."""
        from assistant.llm import build_chat_model

        index, retriever = self.index, self.retriever
        model = build_chat_model(self.settings, api_key=self._api_key)
        with self._root._lock.read():
            return draft_report(request, index=index, retriever=retriever, settings=self.settings, chat_model=model)

    def recheck_section(self, section: DraftSection, new_text: str, profile: FactoryProfile,
                        scheme: str | None = None) -> DraftSection:
        """``section`` with a user's ``new_text``: citations validated against this index, numbers re-checked."""
        index, retriever = self.index, self.retriever
        with self._root._lock.read():
            return recheck_section(section, new_text, profile, scheme=scheme, index=index,
                                   retriever=retriever, settings=self.settings)

    # --- trainer mode (quizzes) ---------------------------------------------------------
    def quiz(self, request: QuizRequest) -> Quiz:
        """A quiz over the indexed clauses; stems reworded by settings.chat's model when one is set."""
        if self._quiz_model is _UNSET:  # built once (a local model is slow to load)
            from assistant.llm import build_chat_model

            self._quiz_model = self._agent.model if self._agent else build_chat_model(
                self.settings, api_key=self._api_key)
        return make_quiz(request, self.chunks(), editions=self.index.editions(), chat_model=self._quiz_model)

    def grade_answer(self, quiz_or_question: Quiz | Question, answer: str, *, question_id: str | None = None,
                     trainee: str | None = None) -> Grade:
        """Grade one answer (a Quiz needs ``question_id``); recorded in quiz_results() for a trainee."""
        quiz = quiz_or_question if isinstance(quiz_or_question, Quiz) else None
        if quiz is not None:
            question = quiz.question(question_id or "")
        else:
            question = quiz_or_question  # type: ignore[assignment]
        result = grade(question, answer)
        if trainee:
            self.quiz_results().record(trainee, quiz, question, result)
        return result

    def quiz_results(self) -> ResultStore:
        """Trainees' results, SQLite under the home (trainer.sqlite); one store shared by the app's sessions."""
        if self._parent is not None:
            return self._parent.quiz_results()
        with self._build:
            if self._results is None:
                self._results = ResultStore(results_path(self.settings))
        return self._results
