"""Find JSON objects in a small model's prose and read them tolerantly, without executing anything.

Every ``{`` (or full-width ``｛``) starts a candidate. A lexer copies it to strict JSON, repairing
what small models get wrong: single, curly or full-width quotes as string delimiters, full-width
``｛｝［］：，`` between tokens, trailing commas, unquoted keys, Python ``True/False/None``, raw
newlines and stray backslashes inside strings, and closing brackets missing at the very end of the
reply. The result is parsed with :func:`json.loads`; a candidate that still fails is skipped.
"""

from __future__ import annotations

import json
from typing import Any

_OPEN = {"{": "}", "[": "]", "｛": "}", "［": "]"}
_CLOSE = {"}": "}", "]": "]", "｝": "}", "］": "]"}
_PUNCT = {"：": ":", "，": ","}
_QUOTES = {'"': '"', "'": "'", "“": "”", "‘": "’", "＂": "＂"}
_LITERALS = {"true": "true", "false": "false", "null": "null", "True": "true", "False": "false",
             "None": "null"}
_ESCAPES = set('"\\/bfnrtu')


def _string(text: str, i: int, close: str, out: list[str]) -> int:
    """Copy the string whose content starts at ``text[i]`` as a JSON string; index after its end."""
    out.append('"')
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n:
            nxt = text[i + 1]
            if nxt in _ESCAPES:
                out.append(ch + nxt)
            elif nxt == close or nxt == "'":
                out.append(nxt)
            else:
                out.append("\\\\" + nxt)
            i += 2
            continue
        if ch == close:
            out.append('"')
            return i + 1
        if ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        else:
            out.append(ch)
        i += 1
    raise ValueError("unterminated string")


def _drop_trailing_comma(out: list[str]) -> None:
    j = len(out) - 1
    while j >= 0 and out[j].isspace():
        j -= 1
    if j >= 0 and out[j] == ",":
        del out[j]


def repair(text: str, start: int) -> tuple[str, int]:
    """The object starting at ``text[start]`` as strict JSON text, and the index after it."""
    out: list[str] = []
    stack: list[str] = []
    i, n = start, len(text)
    while i < n:
        ch = text[i]
        if ch in _OPEN:
            stack.append(_OPEN[ch])
            out.append("{" if _OPEN[ch] == "}" else "[")
        elif ch in _CLOSE:
            if not stack or stack[-1] != _CLOSE[ch]:
                raise ValueError("unbalanced brackets")
            _drop_trailing_comma(out)
            out.append(stack.pop())
            if not stack:
                return "".join(out), i + 1
        elif ch in _QUOTES:
            i = _string(text, i + 1, _QUOTES[ch], out)
            continue
        elif ch in _PUNCT:
            out.append(_PUNCT[ch])
        elif ch.isascii() and (ch.isalpha() or ch == "_") and not (out and out[-1][-1:].isdigit()):
            j = i
            while j < n and text[j].isascii() and (text[j].isalnum() or text[j] == "_"):
                j += 1
            word = text[i:j]
            k = j
            while k < n and text[k].isspace():
                k += 1
            if word in _LITERALS and not (k < n and text[k] in ":："):
                out.append(_LITERALS[word])
            elif k < n and text[k] in ":：":
                out.append(json.dumps(word))
            else:
                raise ValueError(f"bare word {word!r}")
            i = j
            continue
        else:
            out.append(ch)
        i += 1
    # the reply ended inside the object: close what is open (a truncated small-model reply)
    _drop_trailing_comma(out)
    return "".join(out) + "".join(reversed(stack)), n


def json_objects(text: str) -> list[dict[str, Any]]:
    """Every top-level JSON object found in ``text``, in order, read tolerantly."""
    found: list[dict[str, Any]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] not in "{｛":
            i += 1
            continue
        try:
            candidate, end = repair(text, i)
            value = json.loads(candidate)
        except ValueError:
            i += 1
            continue
        if isinstance(value, dict):
            found.append(value)
            i = end
        else:
            i += 1
    return found
