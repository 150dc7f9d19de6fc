"""``assistant chat``: a REPL over the agent (works with piped stdin), and the printing of answers
shared with ``assistant ask --agent``."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from assistant.agent.types import AgentAnswer, ToolCallRecord
from assistant.errors import AssistantError, one_line

EXIT_WORDS = {"exit", "quit", "退出", "再见", ":q"}


def print_answer(answer: AgentAnswer, *, as_json: bool = False, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    if as_json:
        print(json.dumps(answer.model_dump(), ensure_ascii=False), file=out, flush=True)
        return
    print(f"助手：{answer.text}", file=out)
    if answer.citations:
        print("引用：", file=out)
        for c in answer.citations:
            page = f"，第{c.page}页" if c.page else ""
            print(f"  [{c.doc_id} §{c.clause}] {c.title}{page}", file=out)
    if answer.tool_calls:
        print("工具：" + "；".join(f"{t.name}（{t.summary}）" for t in answer.tool_calls), file=out)
    if answer.flags:
        print("核对提示：" + "；".join(answer.flags[:6]) + ("……" if len(answer.flags) > 6 else ""), file=out)
    print(f"（对话 {answer.conversation_id}，第 {answer.turn} 轮）", file=out, flush=True)


def progress_stream(assistant: Any, interactive: bool) -> TextIO | None:
    """Where a turn's tool steps are shown as they happen: stderr, when a person watches and an LLM
    drives the turn (a local model takes a minute or more; offline turns take milliseconds)."""
    return sys.stderr if interactive and assistant.settings.chat.backend != "offline" else None


def run_turn(agent: Any, question: str, conversation: str | None, progress: TextIO | None = None) -> AgentAnswer:
    """One turn; with ``progress``, each tool step is printed there as it finishes."""
    if progress is None:
        return agent.chat(question, conversation)
    print("  （正在思考……）", file=progress, flush=True)

    def shown(step: ToolCallRecord) -> None:
        print(f"  · {step.name}：{step.summary}{'' if step.ok else '（失败）'}", file=progress, flush=True)

    return agent.chat(question, conversation, on_step=shown)


def repl(assistant: Any, *, conversation: str | None = None, list_only: bool = False,
         as_json: bool = False, stdin: TextIO | None = None) -> int:
    """Read questions line by line until EOF or ``exit``; print each answer. Exit code 0."""
    stdin = stdin or sys.stdin
    if list_only:
        rows = assistant.conversations()
        if as_json:
            print(json.dumps([r.model_dump() for r in rows], ensure_ascii=False, indent=2))
        elif not rows:
            print("还没有保存的对话。")
        for r in [] if as_json else rows:
            print(f"{r.id}  {r.title}  （{r.turns} 条消息，更新于 {r.updated}）")
        return 0
    agent = assistant.agent()
    if conversation and not agent.store.exists(conversation):
        raise AssistantError(f"找不到对话 {conversation}（assistant chat --list 查看已有对话）")
    interactive = stdin.isatty()
    progress = progress_stream(assistant, interactive and not as_json)
    if interactive and not as_json:
        print("绿色制造标准咨询助手：输入问题后回车，输入 exit 或按 Ctrl-D 结束。")
    cid = conversation
    while True:
        if not as_json:
            print("你：", end="" if interactive else "\n", flush=True)
        line = stdin.readline()
        if not line:
            break
        question = line.strip()
        if not question:
            continue
        if question.lower() in EXIT_WORDS:
            break
        try:
            answer = run_turn(agent, question, cid, progress)
        except AssistantError as exc:  # one bad question does not end the session
            print(f"错误：{one_line(exc)}", file=sys.stderr, flush=True)
            continue
        cid = answer.conversation_id
        print_answer(answer, as_json=as_json)
    if cid and not as_json:
        print(f"对话已保存：{cid}（assistant chat --conversation {cid} 可继续）")
    return 0
