"""One module per replica: its content as a clause tree (data) plus its layout parameters."""

from __future__ import annotations

from collections.abc import Callable

from evals.replicas.model import DocSpec


def _registry() -> list[Callable[[], DocSpec]]:
    from evals.replicas.content import (
        gbt36132,
        guide_docx,
        notice13,
        notice586,
        report_outline,
        sjt11744,
        tcisa,
        web_policy,
        web_tw,
    )

    return [gbt36132.spec, tcisa.spec, notice586.spec, web_tw.spec, guide_docx.spec,
            sjt11744.spec, notice13.spec, web_policy.spec, report_outline.spec]


def specs(which: str = "all") -> list[DocSpec]:
    if which not in ("tune", "check", "all"):
        raise ValueError(f"unknown set {which!r}: tune, check or all")
    return [s for s in (make() for make in _registry()) if which in ("all", s.set)]
