"""What of a streamed model reply a user may watch arrive.

A reply is a tool call (JSON, maybe in a ```json fence or ``<tool_call>`` tags), an
``{"answer": "..."}`` object, or plain prose (see assistant.llm.protocol). Streaming every piece
showed users raw tool-call JSON flashing by before each tool step. :class:`VisibleText` passes
prose through, shows the string inside ``{"answer": "..."}`` as it arrives, and holds back
everything from the first sign of a structured part (``{``, a fence, a tag) to the end of the
reply. Held-back text is not lost: the final answer is shown whole once the guard has checked it.
"""

from __future__ import annotations

import json
import re

# An opening that can only be a structured part. Checked against the stripped start of the reply
# and, later, against the text after the first brace / fence / tag in prose.
_MARKERS = ("{", "```", "<tool_call>")
_ANSWER_OPEN = re.compile(r"""(?:```(?:json)?\s*)?\{\s*["']?(?:answer|final_answer)["']?\s*[:：]\s*["“]""")
_UNDECIDED = 40  # characters of a structured opening after which it is taken for a tool call
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}


class VisibleText:
    """Feed raw pieces with :meth:`feed`; each call returns the text that may be shown now."""

    def __init__(self) -> None:
        self._raw = ""
        self._shown = 0  # characters of the visible text already returned
        self._state = "start"  # start | prose | answer | hidden
        self._frozen = ""  # the visible text once the state is hidden

    def feed(self, piece: str) -> str:
        self._raw += piece
        visible = self._visible()
        out = visible[self._shown:]
        self._shown = max(self._shown, len(visible))
        return out

    def _visible(self) -> str:
        if self._state == "start":
            self._decide()
        if self._state == "prose":
            return self._prose()
        if self._state == "answer":
            return self._answer()
        return self._frozen

    def _decide(self) -> None:
        stripped = self._raw.lstrip()
        if not stripped:
            return
        if _ANSWER_OPEN.match(stripped):
            self._state = "answer"
        elif any(stripped.startswith(m) for m in _MARKERS):
            if len(stripped) > _UNDECIDED or stripped.startswith("<tool_call>"):
                self._state = "hidden"
        elif not any(m.startswith(stripped) for m in _MARKERS):
            self._state = "prose"  # neither a marker nor the start of one

    def _prose(self) -> str:
        """Prose up to the first structured marker; what follows a marker stays hidden."""
        cuts = [i for i in (self._raw.find(m) for m in _MARKERS) if i >= 0]
        if cuts:
            self._state, self._frozen = "hidden", self._raw[: min(cuts)].rstrip()
            return self._frozen
        # Hold back a trailing partial marker ("`", "``", "<tool") until the next piece shows it.
        tail = next((k for k in range(min(len(self._raw), 10), 0, -1)
                     if any(m.startswith(self._raw[-k:]) for m in _MARKERS)), 0)
        return self._raw[: len(self._raw) - tail]

    def _answer(self) -> str:
        """The decoded part of the ``{"answer": "..."}`` string received so far."""
        body = self._raw.lstrip()
        match = _ANSWER_OPEN.match(body)
        assert match is not None
        out: list[str] = []
        i = match.end()
        while i < len(body):
            ch = body[i]
            if ch in '"”':
                break  # the string ended
            if ch != "\\":
                out.append(ch)
                i += 1
                continue
            nxt = body[i + 1: i + 2]
            if not nxt or (nxt == "u" and len(body) < i + 6):
                break  # an escape split across pieces: wait for the next one
            if nxt == "u":
                try:
                    out.append(json.loads(f'"{body[i: i + 6]}"'))
                except ValueError:
                    out.append(body[i + 2: i + 6])
                i += 6
            else:
                out.append(_ESCAPES.get(nxt, nxt))
                i += 2
        return "".join(out)
