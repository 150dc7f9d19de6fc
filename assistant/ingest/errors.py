"""The one exception the ingest stage raises for bad input."""

from __future__ import annotations

from pathlib import Path

from assistant import errors as _base

_MAX_REASON = 300


class IngestError(_base.IngestError):
    """A file that cannot be ingested. ``str(e)`` is one line: ``"{path}: {reason}"``."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        one_line = " ".join(str(reason).split())
        if len(one_line) > _MAX_REASON:
            one_line = one_line[: _MAX_REASON - 1] + "…"
        self.reason = one_line
        super().__init__(self.path, self.reason)

    def __str__(self) -> str:
        return f"{display_path(self.path)}: {self.reason}"


def display_path(path: Path | str) -> str:
    """``path`` on one line: control characters in a file name (a newline, a tab) are escaped."""
    text = str(path)
    if any(ch < " " or ch == "\x7f" for ch in text):
        return text.encode("unicode_escape", "backslashreplace").decode("ascii", "replace")
    return text
