"""Write the replica files and return their truth."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from evals.replicas.content import specs
from evals.replicas.model import DocSpec
from evals.replicas.truth import DocTruth, truth_of


def render(spec: DocSpec) -> tuple[bytes, int | None]:
    """File bytes and page count (None for DOCX and text)."""
    if spec.fmt == "pdf":
        from evals.replicas.pdfgen import render_pdf

        return render_pdf(spec)
    if spec.fmt == "docx":
        from evals.replicas.docxgen import render_docx

        return stable_zip(render_docx(spec)), None
    from evals.replicas.textgen import render_txt

    return render_txt(spec).encode("utf-8"), None


def stable_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so the bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 31, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def build(out_dir: Path, which: str = "all") -> list[DocTruth]:
    """Write the replicas of ``which`` ("tune", "check", "heldout", "all") into ``out_dir``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    truths = []
    for spec in specs(which):
        data, pages = render(spec)
        (out_dir / spec.file).write_bytes(data)
        truths.append(truth_of(spec, pages))
    return truths
