"""Conversations persisted in SQLite under the home: conversations (id, title, created, updated) and
turns (role, text, tool calls JSON, citations JSON, meta JSON). One connection guarded by a lock, so a
process (the Streamlit app, tests with threads) can share one store.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.errors import ToolError
from assistant.storage import open_shared

_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS turns (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  n INTEGER NOT NULL, role TEXT NOT NULL, text TEXT NOT NULL,
  tool_calls TEXT NOT NULL DEFAULT '[]', citations TEXT NOT NULL DEFAULT '[]',
  meta TEXT NOT NULL DEFAULT '{}', created TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS turns_by_conversation ON turns(conversation_id, n);
"""


class Turn(BaseModel):
    n: int
    role: Literal["user", "assistant"]
    text: str
    tool_calls: list[dict[str, Any]] = Field(default_factory=list)
    citations: list[dict[str, Any]] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict)
    created: str = ""


class ConversationInfo(BaseModel):
    id: str
    title: str
    created: str
    updated: str
    turns: int = 0


class Conversation(ConversationInfo):
    history: list[Turn] = Field(default_factory=list)


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


class ConversationStore:
    """The conversation store of one SQLite file."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._conn, self._lock = open_shared(self.path, _SCHEMA, "foreign_keys=ON")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # --- conversations ---------------------------------------------------------------
    def create(self, title: str = "") -> str:
        cid = uuid.uuid4().hex[:12]
        now = _now()
        with self._lock, self._conn:
            self._conn.execute("INSERT INTO conversations VALUES (?, ?, ?, ?)", (cid, title or "新对话", now, now))
        return cid

    def exists(self, cid: str) -> bool:
        with self._lock:
            return self._conn.execute("SELECT 1 FROM conversations WHERE id = ?", (cid,)).fetchone() is not None

    def list(self) -> list[ConversationInfo]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT c.*, (SELECT COUNT(*) FROM turns t WHERE t.conversation_id = c.id) AS turns "
                "FROM conversations c ORDER BY updated DESC, created DESC").fetchall()
        return [ConversationInfo(**dict(r)) for r in rows]

    def get(self, cid: str) -> Conversation:
        with self._lock:
            row = self._conn.execute("SELECT * FROM conversations WHERE id = ?", (cid,)).fetchone()
            if row is None:
                raise ToolError(f"找不到对话 {cid}")
            turns = self._conn.execute("SELECT * FROM turns WHERE conversation_id = ? ORDER BY n, id",
                                       (cid,)).fetchall()
        history = [Turn(n=t["n"], role=t["role"], text=t["text"], tool_calls=json.loads(t["tool_calls"]),
                        citations=json.loads(t["citations"]), meta=json.loads(t["meta"]), created=t["created"])
                   for t in turns]
        return Conversation(**dict(row), turns=len(history), history=history)

    def rename(self, cid: str, title: str) -> None:
        with self._lock, self._conn:
            cur = self._conn.execute("UPDATE conversations SET title = ?, updated = ? WHERE id = ?",
                                     (title, _now(), cid))
        if cur.rowcount == 0:
            raise ToolError(f"找不到对话 {cid}")

    def delete(self, cid: str) -> bool:
        with self._lock, self._conn:
            self._conn.execute("DELETE FROM turns WHERE conversation_id = ?", (cid,))
            cur = self._conn.execute("DELETE FROM conversations WHERE id = ?", (cid,))
        return cur.rowcount > 0

    # --- turns -----------------------------------------------------------------------
    def add_turn(self, cid: str, role: str, text: str, *, tool_calls: list[dict] | None = None,
                 citations: list[dict] | None = None, meta: dict | None = None) -> int:
        """Append a turn; returns its number (1-based, counting user and assistant turns)."""
        now = _now()
        with self._lock, self._conn:
            row = self._conn.execute("SELECT COALESCE(MAX(n), 0) FROM turns WHERE conversation_id = ?",
                                     (cid,)).fetchone()
            n = int(row[0]) + 1
            self._conn.execute(
                "INSERT INTO turns (conversation_id, n, role, text, tool_calls, citations, meta, created) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (cid, n, role, text, json.dumps(tool_calls or [], ensure_ascii=False),
                 json.dumps(citations or [], ensure_ascii=False), json.dumps(meta or {}, ensure_ascii=False), now))
            self._conn.execute("UPDATE conversations SET updated = ? WHERE id = ?", (now, cid))
        return n

    def export_markdown(self, cid: str) -> str:
        conv = self.get(cid)
        lines = [f"# {conv.title}", "", f"对话 {conv.id}，创建于 {conv.created}，更新于 {conv.updated}", ""]
        for t in conv.history:
            who = "你" if t.role == "user" else "助手"
            lines += [f"## {who}（第 {t.n} 轮）", "", t.text, ""]
            if t.tool_calls:
                lines.append("工具调用：")
                lines += [f"- {c.get('name')}：{c.get('summary', '')}" for c in t.tool_calls]
                lines.append("")
            if t.citations:
                lines.append("引用：")
                lines += [f"- [{c.get('doc_id')} §{c.get('clause')}] {c.get('title', '')}：「{c.get('quote', '')}」"
                          for c in t.citations]
                lines.append("")
        return "\n".join(lines).rstrip() + "\n"
