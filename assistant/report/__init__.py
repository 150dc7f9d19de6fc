"""Report drafting (``assistant draft``): 自评价报告 and 第三方评价报告 from a factory profile, with every
number re-checked by assistant.scoring and every citation a clause of the index.

Sits below assistant.api and above assistant.agent (it fetches clauses through the agent's tools).

    from assistant.report import DraftRequest, draft_report, to_docx
    d = draft_report(DraftRequest(profile=p, kind="third-party"), index=idx, retriever=ret, settings=s)
    to_docx(d, "report.docx")

The names are loaded on first use, so mounting the CLI (``assistant.report.cli``) imports nothing heavy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.report.docx import to_docx
    from assistant.report.draft import draft_report, recheck_section
    from assistant.report.markdown import to_markdown
    from assistant.report.outlines import outline
    from assistant.report.template import profile_template
    from assistant.report.types import Draft, DraftRequest, DraftSection, NumberCheck

_WHERE = {"to_docx": "docx", "draft_report": "draft", "recheck_section": "draft", "to_markdown": "markdown",
          "outline": "outlines", "profile_template": "template", "Draft": "types", "DraftRequest": "types",
          "DraftSection": "types", "NumberCheck": "types"}
__all__ = ["Draft", "DraftRequest", "DraftSection", "NumberCheck", "draft_report", "outline", "profile_template",
           "recheck_section", "to_docx", "to_markdown"]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(import_module(f"assistant.report.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'assistant.report' has no attribute {name!r}")
