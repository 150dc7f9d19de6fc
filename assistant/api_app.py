"""What the Streamlit app needs beyond the CLI's verbs, mixed into ``assistant.api.Assistant``:
conversation management, the knowledge-base views (documents, one clause, uploads, re-index) and
the calculator and scoring views. Everything returns the typed views of ``assistant.api_views``, so
pages never see chunks, the index or the retriever.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.agent.memory import Conversation
from assistant.api_views import (
    ClauseView,
    DocumentRow,
    IndicatorInfo,
    SourceList,
    clause_view,
    indicator_infos,
    profile_from_yaml,
    save_upload,
)
from assistant.errors import IngestError, ToolError
from assistant.scoring import FactoryProfile, IndicatorResult, ScoreReport

if TYPE_CHECKING:
    from assistant.agent import Agent
    from assistant.index.indexer import Index, IngestReport
    from assistant.settings import Settings


class AppMethods:
    """Mixed into Assistant (which provides settings, index, agent(), ingest() and remove())."""

    settings: Settings
    index: Index

    def agent(self) -> Agent: ...  # provided by Assistant

    def ingest(self, paths: Sequence[Path | str], *, kb: str | None = None, progress: bool = False,
               replace: bool = False) -> IngestReport: ...  # provided by Assistant

    def remove(self, doc_id: str, *, kb: str | None = None) -> int: ...  # provided by Assistant

    # --- conversations ----------------------------------------------------------------------
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

    # --- the knowledge base ---------------------------------------------------------------
    def documents(self, kb: str | None = None) -> list[DocumentRow]:
        """Indexed documents (of one knowledge base, or all), current ones first."""
        sources = self._sources().load()  # counted in SQL: a 100k home reads no chunk object
        rows = [DocumentRow(**d, sources=sources.get(d["doc_id"], [])) for d in self.index.sparse.document_rows(kb)]
        return sorted(rows, key=lambda r: (r.status != "current", r.doc_id))

    def knowledge_bases(self) -> list[str]:
        return sorted(set(self.index.sparse.values("kb")) | {self.settings.kb})

    def clause(self, key: str) -> ClauseView:
        """A clause by citation key, all its parts (official text over a digest); ToolError if unknown."""
        chunks = self.index.sparse.by_key(key)  # one snapshot: never half of an ingest
        official = [c for c in chunks if c.kind != "digest"] or chunks
        if not official:
            raise ToolError(f"未找到条款 {key.replace('§', ' ')}")
        return clause_view(sorted(official, key=lambda c: (c.source_id, c.part, c.order)), self.index.editions())

    def save_upload(self, name: str, data: bytes) -> Path:
        """Store one uploaded file under the uploads folder of home (name sanitised, never outside it,
        never replacing another file); IngestError for a bad type or a file over the size limit."""
        return save_upload(self.settings, name, data)

    def add_documents(self, paths: Sequence[Path | str], *, kb: str | None = None, progress: bool = False,
                      on_chunks: Callable[[int], None] | None = None) -> IngestReport:
        """Ingest ``paths`` and remember each document's source file (for re-indexing)."""
        report = self.ingest(paths, kb=kb, progress=progress, on_chunks=on_chunks)
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
