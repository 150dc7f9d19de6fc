"""Where a checked sentence starts and ends: one set of boundaries for the checker and its passes."""

from __future__ import annotations

BOUNDARY = "。；;！？!?\n"


def spans(text: str, ends: str = BOUNDARY) -> list[tuple[int, int]]:
    """(start, end) of every sentence, empty ones included, the end at its boundary character."""
    out, s0 = [], 0
    for i, ch in enumerate(text):
        if ch in ends:
            out.append((s0, i))
            s0 = i + 1
    out.append((s0, len(text)))
    return out


def around(text: str, start: int, end: int, ends: str = BOUNDARY) -> tuple[int, int]:
    """The sentence that holds text[start:end]."""
    s0 = max((text.rfind(b, 0, start) for b in ends), default=-1) + 1
    after = [i for b in ends if (i := text.find(b, end)) >= 0]
    return s0, min(after) if after else len(text)


def cell_spans(text: str, start: int, end: int, seps: str = "|｜\t") -> list[tuple[int, int]]:
    """(start, end) of every cell of the row text[start:end], split at each separator in `seps`; a bar at
    an edge leaves an empty cell there, so a header and its rows count their cells alike."""
    out, s0 = [], start
    for i in range(start, end):
        if text[i] in seps:
            out.append((s0, i))
            s0 = i + 1
    out.append((s0, end))
    return out
