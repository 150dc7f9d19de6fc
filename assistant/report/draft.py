"""Drafting: ``draft_report`` writes every section of a report from the profile, the scores and the
indexed clauses; ``recheck_section`` re-runs the checks on a section a user edited.

    from assistant.report import DraftRequest, draft_report
    d = draft_report(DraftRequest(profile=p, kind="self-evaluation"), index=idx, retriever=ret, settings=s)

Context: ``index`` and ``retriever`` (the API passes its own; both None drafts without citations, each
missing clause listed in the section flags), ``settings`` (templates folder) and ``chat_model``
(None: offline, deterministic; a langchain chat model: each section's prose is written by the model
from the same facts and clauses, then checked).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from assistant.index.indexer import Index
from assistant.prompts import Prompts
from assistant.report import llm as llm_mode
from assistant.report import self_eval, third_party
from assistant.report.clauses import Clauses
from assistant.report.numbers import Ledger, uncovered, verify
from assistant.report.outlines import OUTLINES, SectionSpec, select
from assistant.report.types import KIND_ZH, Draft, DraftRequest, DraftSection
from assistant.report.writer import Facts, Writer
from assistant.retrieve.hybrid import Retriever
from assistant.scoring import FactoryProfile, compute_profile, score
from assistant.settings import Settings

DEFAULT_SCHEME = "table-c1-example"
_PLACEHOLDER = re.compile(r"【待补充：[^】]*】")


def build_facts(profile: FactoryProfile, scheme: str | None, *, index: Index | None, retriever: Retriever | None,
                settings: Settings) -> Facts:
    """Compute and score the profile once (ScoringError, one line, on a bad scheme)."""
    sch = scheme or profile.scheme or DEFAULT_SCHEME
    report = score(profile, sch)
    # the checker reads score claims against the profile's scheme: make it the drafted one
    checked = profile.model_copy(update={"scheme": str(sch)})
    return Facts(profile=checked, scheme=sch, report=report, results=compute_profile(profile),
                 clauses=Clauses(index, retriever, settings), prompts=Prompts(settings))


def draft_report(request: DraftRequest, *, index: Index | None = None, retriever: Retriever | None = None,
                 settings: Settings | None = None, chat_model: Any = None) -> Draft:
    """A draft of ``request.kind`` for ``request.profile``: all sections, or ``request.sections``."""
    settings = settings or Settings()
    specs = select(request.kind, request.sections)
    facts = build_facts(request.profile, request.scheme, index=index, retriever=retriever, settings=settings)
    builders = self_eval.BUILDERS if request.kind == "self-evaluation" else third_party.BUILDERS
    sections: list[DraftSection] = []
    for spec in specs:
        if spec.id == "references":
            continue
        sections.append(write_section(facts, spec, builders[spec.id], chat_model, request.kind))
    if any(s.id == "references" for s in specs):
        cited = list({c.key: (c.key, c.quote) for s in sections for c in s.citations}.values())
        spec = next(s for s in specs if s.id == "references")
        sections.append(write_section(facts, spec, lambda w, sp: third_party.references(w, sp, cited), None,
                                      request.kind))
    rep = facts.report
    return Draft(kind=request.kind, title=KIND_ZH[request.kind], factory=request.profile.basics.name,
                 date=date.today().isoformat(), scheme=rep.scheme, scheme_title=rep.title, sections=sections)


def write_section(facts: Facts, spec: SectionSpec, build: Any, chat_model: Any, kind: str) -> DraftSection:
    w = Writer(facts, spec.id)
    text = build(w, spec)
    if chat_model is not None:
        return llm_mode.write(chat_model, facts, spec, w, text, kind)
    return finish(facts, spec, w, text)


def finish(facts: Facts, spec: SectionSpec, w: Writer, text: str) -> DraftSection:
    """Validate the citations and re-check every registered number (offline sections)."""
    text, citations, removed = facts.clauses.enforce(text, [])
    numbers = verify(w.ledger, facts.profile, facts.scheme) + uncovered(text, w.ledger)
    flags = [f"已删除无效引用：{'、'.join(removed)}"] if removed else []
    flags += [f"知识库中未找到条款 {k}，未引用" for k in dict.fromkeys(facts.clauses.missing) if k in spec.clauses]
    flags += [f"数值 {n.text} {n.detail}" for n in numbers if n.status != "verified"]
    flags += facts.clauses.source_notes(citations, facts.prompts)
    return DraftSection(id=spec.id, title=spec.title, markdown=text, citations=citations, numbers=numbers,
                        placeholders=_PLACEHOLDER.findall(text), flags=flags)


def recheck_section(section: DraftSection, new_text: str, profile: FactoryProfile, *, scheme: str | None = None,
                    index: Index | None = None, retriever: Retriever | None = None,
                    settings: Settings | None = None) -> DraftSection:
    """The section with ``new_text`` (a user's edit): citation markers not valid are removed (a key must
    be one the section cited or a clause in the index, with its quote there), every number is checked
    against the profile and the scheme (corrected or flagged as in LLM mode) and placeholders are
    recounted."""
    facts = build_facts(profile, scheme, index=index, retriever=retriever, settings=settings or Settings())
    text, citations, removed = facts.clauses.enforce(new_text, list(section.citations))
    known = Ledger(section.id)
    known.items = [n for n in section.numbers if n.status == "verified"]
    known.verbatim = _verbatim(facts, section)
    text, numbers, flags = llm_mode.check_text(text, facts, citations, known, original=section.markdown,
                                               previous=section.numbers)
    if removed:
        flags.insert(0, f"已删除无效引用：{'、'.join(removed)}")
    flags += facts.clauses.source_notes(citations, facts.prompts)
    return DraftSection(id=section.id, title=section.title, markdown=text, citations=citations, numbers=numbers,
                        placeholders=_PLACEHOLDER.findall(text), flags=flags, mode="edited")


def _verbatim(facts: Facts, section: DraftSection) -> list[str]:
    """The profile and scheme texts the section's offline draft copies (their digits are not claims)."""
    for kind, specs in OUTLINES.items():
        spec = next((x for x in specs if x.id == section.id and x.title == section.title), None)
        if spec is None or spec.id == "references":
            continue
        builders = self_eval.BUILDERS if kind == "self-evaluation" else third_party.BUILDERS
        w = Writer(facts, spec.id)
        builders[spec.id](w, spec)
        return w.ledger.verbatim
    return []
