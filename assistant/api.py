"""Python API mirroring the CLI: ``Assistant(settings).ingest / search / ask / remove``, plus what the
Streamlit app needs (``session``, ``chat_stream``, conversations, documents, clauses, uploads, scoring
views: ``assistant.api_app``).

One Assistant serves every session of the app (threads). The index layer makes that safe by itself:
writers take the home's write lock (index/lock.py), a search runs against one immutable BM25 snapshot
(retrieve/hybrid.py) and the embedding cache is one locked connection, so searches and chats go on
while another session ingests and see each document either before or after it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from assistant.agent import Agent, AgentAnswer, Event
from assistant.agent.memory import ConversationInfo
from assistant.answer.compose import compose
from assistant.api_app import AppMethods
from assistant.index.embedders import Embedder
from assistant.index.indexer import Index, IngestReport
from assistant.report import Draft, DraftRequest, DraftSection, draft_report, recheck_section
from assistant.retrieve.hybrid import Mode, Retriever, SearchRequest, SearchResult
from assistant.scoring import FactoryProfile
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


class Assistant(AppMethods):
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
        self._results: ResultStore | None = None
        self._quiz_model: object = _UNSET
        self._build = threading.RLock()  # one Index / Retriever / Agent per Assistant, even across threads

    @classmethod
    def from_home(cls, home: Path | str, **overrides: object) -> Assistant:
        return cls(Settings(home=Path(home), **overrides))  # type: ignore[arg-type]

    @property
    def index(self) -> Index:  # type: ignore[override]
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

    def ingest(self, paths: Sequence[Path | str], *, kb: str | None = None, progress: bool = False,
               replace: bool = False, on_chunks: Callable[[int], None] | None = None) -> IngestReport:
        """``replace``: let a file replace an indexed document of the same id from another file.
        ``on_chunks(n)``: called as chunks are embedded (n so far), for a progress display."""
        return self.index.ingest([Path(p) for p in paths], kb=kb or self.settings.kb, progress=progress,
                                 replace=replace, on_chunks=on_chunks)

    def remove(self, doc_id: str, *, kb: str | None = None) -> int:
        """Remove a document from knowledge base ``kb`` (from every base when None)."""
        return self.index.remove(doc_id, kb=kb)

    def search_result(self, query: str, k: int | None = None, *, mode: Mode = "hybrid",
                      include_superseded: bool = False, doc_id: str | None = None, kind: str | None = None,
                      status: str | None = None, kb: str | None = None) -> SearchResult:
        req = SearchRequest(query=query, k=self.settings.retrieval.top_k if k is None else k, mode=mode, kb=kb, doc_id=doc_id,
                            kind=kind, status=status, include_superseded=include_superseded)  # type: ignore[arg-type]
        return self.retriever.run(req)

    def search(self, query: str, k: int | None = None, **filters: object) -> list[Hit]:
        return self.search_result(query, k, **filters).hits  # type: ignore[arg-type]

    def ask(self, question: str, **filters: object) -> Answer:
        result = self.search_result(question, max(self.settings.retrieval.top_k, self.settings.retrieval.answer_max_clauses),
                                    **filters)  # type: ignore[arg-type]
        sparse = self.index.sparse
        return compose(result, self.settings, idf=sparse.idf, editions=self.index.editions(),
                       relevance=lambda h: self.retriever.relevance(result.query, h), by_key=sparse.by_key)

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
        return self.agent().chat(message, conversation_id)

    def chat_stream(self, message: str, conversation_id: str | None = None) -> Iterator[Event]:
        """One chat turn as events: ``token`` (LLM mode), ``step`` per tool call, then ``final``."""
        yield from self.agent().stream(message, conversation_id)

    def conversations(self) -> list[ConversationInfo]:
        """Stored conversations, most recently updated first."""
        return self.agent().store.list()

    # --- sessions of the app --------------------------------------------------------------
    @property
    def _root(self) -> Assistant:
        return self._parent or self

    def session(self, *, kb: str | None = None, chat: ChatSettings | None = None,
                api_key: str | None = None) -> Assistant:
        """An Assistant for one app session's choices (knowledge base, chat backend, a typed API key)
        over this one's index and conversation store; cached per choice. The key stays in memory
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

    # --- report drafting (assistant.report) ------------------------------------------------
    def draft(self, request: DraftRequest) -> Draft:
        """A 自评价报告 / 第三方评价报告 draft citing this index; LLM-written when settings.chat names a model."""
        from assistant.llm import build_chat_model

        model = build_chat_model(self.settings, api_key=self._api_key)
        return draft_report(request, index=self.index, retriever=self.retriever, settings=self.settings,
                            chat_model=model)

    def recheck_section(self, section: DraftSection, new_text: str, profile: FactoryProfile,
                        scheme: str | None = None) -> DraftSection:
        """``section`` with a user's ``new_text``: citations validated against this index, numbers re-checked."""
        return recheck_section(section, new_text, profile, scheme=scheme, index=self.index,
                               retriever=self.retriever, settings=self.settings)

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
        question = quiz.question(question_id or "") if quiz is not None else quiz_or_question
        result = grade(question, answer)  # type: ignore[arg-type]
        if trainee:
            self.quiz_results().record(trainee, quiz, question, result)  # type: ignore[arg-type]
        return result

    def quiz_results(self) -> ResultStore:
        """Trainees' results, SQLite under the home (trainer.sqlite); one store shared by the app's sessions."""
        if self._parent is not None:
            return self._parent.quiz_results()
        with self._build:
            if self._results is None:
                self._results = ResultStore(results_path(self.settings))
        return self._results
