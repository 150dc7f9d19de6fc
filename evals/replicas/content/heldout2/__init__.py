"""The second blind set (heldout2): one module per replica, written without reading the parser.

See evals/replicas/HELDOUT2.md for what each document replicates and what makes it hard.
"""

from __future__ import annotations

from collections.abc import Callable

from evals.replicas.model import DocSpec


def registry() -> list[Callable[[], DocSpec]]:
    from evals.replicas.content.heldout2 import (
        autonum_docx,
        bilingual,
        db33,
        group_na,
        journal_2col,
        notice_red,
        review_docx,
        selfeval_docx,
        slides,
        web_qa,
    )

    return [autonum_docx.spec, db33.spec, journal_2col.spec, group_na.spec, notice_red.spec,
            web_qa.spec, slides.spec, bilingual.spec, selfeval_docx.spec,
            review_docx.spec]
