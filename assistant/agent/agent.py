"""The conversation agent: one entry point for the offline planner and the LLM loop, with memory
and the guard applied to every answer.

    agent = Agent(index, retriever, settings)          # the API builds it: Assistant.agent()
    a = agent.chat("取水量 1000 m³、重复利用水量 9000 m³，重复利用率是多少？")
    agent.chat("换成 8000 m³ 再算一次", a.conversation_id)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from assistant.agent import llm_loop
from assistant.agent.followup import Context
from assistant.agent.guard import guard
from assistant.agent.memory import ConversationStore
from assistant.agent.planner import Planner
from assistant.agent.tools import Toolbox
from assistant.agent.types import AgentAnswer, Event, ToolCallRecord, ToolOutput
from assistant.errors import AssistantError, ToolError
from assistant.index.indexer import Index
from assistant.prompts import Prompts
from assistant.retrieve.hybrid import Retriever
from assistant.settings import Settings


class Agent:
    """Answers chat turns with tools; ``chat_model`` None is the offline (deterministic) agent."""

    def __init__(self, index: Index, retriever: Retriever, settings: Settings, *,
                 chat_model: Any = None, store: ConversationStore | None = None) -> None:
        self.settings = settings
        self.tools = Toolbox(index, retriever, settings)
        self.planner = Planner(self.tools)
        self.model = chat_model
        self.store = store or ConversationStore(settings.conversations_path)
        self.prompts = Prompts(settings)

    @property
    def mode(self) -> str:
        return "offline" if self.model is None else "llm"

    def chat(self, message: str, conversation_id: str | None = None, *,
             on_step: Callable[[ToolCallRecord], None] | None = None) -> AgentAnswer:
        """One turn's answer; ``on_step`` sees each tool step as it finishes (a terminal's progress)."""
        final = None
        for event in self.stream(message, conversation_id):
            if event.type == "step" and event.step is not None and on_step is not None:
                on_step(event.step)
            elif event.type == "final":
                final = event.answer
        assert final is not None
        return final

    def stream(self, message: str, conversation_id: str | None = None) -> Iterator[Event]:
        """Token events (LLM mode), one step event per tool call, then the final event."""
        question = self._validate(message)
        cid = conversation_id or self.store.create(title=question[:30])
        if conversation_id and not self.store.exists(conversation_id):
            raise ToolError(f"找不到对话 {conversation_id}（assistant chat --list 查看已有对话）")
        history = self.store.get(cid).history
        ctx = Context.from_history(history)
        outputs: list[ToolOutput] = []
        records: list[ToolCallRecord] = []
        flags: list[str] = []
        meta: dict[str, Any] = {}
        text = ""
        used_llm, note = False, ""
        if self.model is not None:
            loop = llm_loop.LoopResult()
            pairs = [(t.role, t.text) for t in history[-self.settings.agent.history_turns:]] \
                if self.settings.agent.history_turns else []
            yield from llm_loop.run(self.model, self.tools, question, pairs,
                                    max_steps=self.settings.agent.max_steps, prompts=self.prompts, result=loop)
            flags += loop.flags
            for name, args, out in loop.calls:
                records.append(out.record(args) if out else ToolCallRecord(name=name, args=args, ok=False,
                                                                           summary="调用失败"))
            if not loop.fallback:
                used_llm = True
                outputs = loop.outputs
                text = loop.text or "\n\n".join(o.text for o in outputs)
                meta = {"route": "llm", "query": question,
                        "keys": [k for o in outputs for k in o.citation_keys]}
        if not used_llm:
            steps: list[Event] = []
            plan = self.planner.run(question, ctx, on_step=lambda out, args: steps.append(
                Event(type="step", step=out.record(args))))
            yield from steps
            outputs, text, meta, note = plan.outputs, plan.text, plan.meta, plan.note
            records += [out.record(args) for _, args, out in plan.calls]
        profile = self._profile(ctx, outputs)
        calcs = [o.data for o in outputs if o.name == "calc_indicator"]
        if ctx.calc and "value" in ctx.calc:
            calcs.append(ctx.calc)
        g = guard(text, outputs, profile=profile, calcs=calcs, llm=used_llm,
                  refusal=self.prompts.render("answer/refusal"), prompts=self.prompts, note=note)
        if calcs and outputs and outputs[0].name == "calc_indicator" and "calc" in meta:
            meta["calc"].update({k: calcs[0][k] for k in ("value", "unit", "formula")})
        n_user = sum(1 for t in history if t.role == "user") + 1
        answer = AgentAnswer(text=g.text, citations=g.citations, grounded=g.grounded, tool_calls=records,
                             checks=g.checks, flags=flags + g.flags, conversation_id=cid, turn=n_user,
                             mode="llm" if used_llm else "offline")
        self.store.add_turn(cid, "user", question)
        # the checker's verdicts and the guard's flags are kept with the turn: a resumed conversation
        # shows the same marks as the live one
        meta = {**meta, "checks": [c.model_dump() for c in answer.checks], "flags": answer.flags,
                "grounded": answer.grounded}
        self.store.add_turn(cid, "assistant", answer.text, tool_calls=[r.model_dump() for r in records],
                            citations=[c.model_dump() for c in answer.citations], meta=meta)
        yield Event(type="final", text=answer.text, answer=answer)

    def _validate(self, message: str) -> str:
        question = (message or "").strip()
        if not question:
            raise ToolError("问题为空，请输入要咨询的内容")
        limit = self.settings.agent.max_question_chars
        if len(question) > limit:
            raise ToolError(f"问题过长（{len(question)} 字），上限为 {limit} 字；请拆分后再问")
        return question

    def _profile(self, ctx: Context, outputs: list[ToolOutput]) -> Any:
        path = next((o.data.get("profile") for o in outputs if o.name == "score_profile"), None) or ctx.profile
        if not path or path.startswith("（"):
            return None
        try:
            return self.tools.load_profile(path)[0]
        except AssistantError:
            return None

    # --- conversations -----------------------------------------------------------------
    def conversations(self) -> list:
        return self.store.list()
