"""Report drafting (``assistant draft``): 自评价报告 and 第三方评价报告 from a factory profile, with every
number re-checked by assistant.scoring and every citation a clause of the index.

Sits below assistant.api and above assistant.agent (it fetches clauses through the agent's tools and
checks free text with the agent's guard).

    from assistant.report import DraftRequest, draft_report, to_docx
    d = draft_report(DraftRequest(profile=p, kind="third-party"), index=idx, retriever=ret, settings=s)
    to_docx(d, "report.docx")
"""

from __future__ import annotations

from assistant.report.docx import to_docx
from assistant.report.draft import draft_report, recheck_section
from assistant.report.markdown import to_markdown
from assistant.report.outline import outline
from assistant.report.template import profile_template
from assistant.report.types import Draft, DraftRequest, DraftSection, NumberCheck

__all__ = ["Draft", "DraftRequest", "DraftSection", "NumberCheck", "draft_report", "outline", "profile_template",
           "recheck_section", "to_docx", "to_markdown"]
