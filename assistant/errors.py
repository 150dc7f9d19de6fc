"""The assistant's error hierarchy: every error shown to a user derives from AssistantError.

The CLI catches AssistantError in one place (assistant/cli.py ``main``), prints ``错误：<message>`` on
one line to stderr and exits 2. Messages are user-facing, so they are Simplified Chinese (file paths,
setting names and third-party details stay as they are).
"""

from __future__ import annotations


def one_line(text: object) -> str:
    """``text`` as a single line: runs of whitespace, newlines included, become one space."""
    return " ".join(str(text).split())


class AssistantError(Exception):
    """Base of the assistant's errors. ``str(e)`` is one line.

    Raised with a single message, the message is folded to one line here. Subclasses with their own
    constructor keep their own ``str()``: IngestError formats ``"{path}: {reason}"`` itself, and
    ScoringError keeps ValueError's (a ProfileError may quote a YAML parser's multi-line detail),
    so the CLI boundary folds the text again with :func:`one_line`.
    """

    def __init__(self, *args: object) -> None:
        if len(args) == 1 and isinstance(args[0], str):
            args = (one_line(args[0]),)
        super().__init__(*args)


class ConfigError(AssistantError, ValueError):
    """A bad setting (environment variable, keyword argument or option); the message names it.

    Also a ValueError, which is what the embedder and store factories raised before.
    """


class IngestError(AssistantError):
    """Base of ingest errors (assistant.ingest.errors.IngestError: a file that cannot be ingested)."""


class ScoringError(AssistantError):
    """Base of scoring errors (assistant.scoring.errors.ScoringError, which is also a ValueError)."""


class ModelError(AssistantError):
    """An embedding or language model that cannot be built, loaded or run."""


class ToolError(AssistantError):
    """A tool the assistant calls (calculator, checker, external service) that failed."""


class QueryError(AssistantError):
    """A search or question that cannot be run as given: empty, too long, a bad hit count, an
    unknown document id. The message says what to change."""
