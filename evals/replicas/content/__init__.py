"""One module per replica: its content as a clause tree (data) plus its layout parameters.

Sets: "tune" (the parser was tuned on them), "check" (looked at while tuning too), "heldout" (written
blind to the parser, to measure it honestly); "all" is those three. "heldout2" (a second blind set,
see HELDOUT2.md) is built only when asked for by name: the tests that hold "all" to the parser's
quality must not see it before it has been measured once.
"""

from __future__ import annotations

from collections.abc import Callable

from evals.replicas.model import DocSpec

SETS = ("tune", "check", "heldout", "heldout2")
ALL = ("tune", "check", "heldout")  # what "all" means


def _registry() -> list[Callable[[], DocSpec]]:
    from evals.replicas.content import (
        gb30251,
        gbt36132,
        guide_docx,
        hj1234,
        notice13,
        notice586,
        pasted,
        policy_articles,
        report_outline,
        report_third_party,
        sjt11744,
        styled_wrong,
        tcisa,
        web_article,
        web_policy,
        web_tw,
    )

    return [gbt36132.spec, tcisa.spec, notice586.spec, web_tw.spec, guide_docx.spec,
            sjt11744.spec, notice13.spec, web_policy.spec, report_outline.spec,
            gb30251.spec, hj1234.spec, pasted.spec, web_article.spec, policy_articles.spec,
            styled_wrong.spec, report_third_party.spec]


def _registry2() -> list[Callable[[], DocSpec]]:
    from evals.replicas.content.heldout2 import registry

    return registry()


def specs(which: str = "all") -> list[DocSpec]:
    if which not in (*SETS, "all"):
        raise ValueError(f"unknown set {which!r}: tune, check, heldout, heldout2 or all")
    makers = _registry2() if which == "heldout2" else _registry()
    return [s for s in (make() for make in makers) if s.set in (ALL if which == "all" else (which,))]
