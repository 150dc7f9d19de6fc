"""The parse stages of the scale benchmark (evals/bench_scale.py): one large generated text, PDF or
DOCX file parsed whole and streamed in windows, each in a fresh process so its peak RSS is the
parse's own."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path

from bench import corpus_sentences  # evals/bench.py: run as a script, its folder is on sys.path

ROOT = Path(__file__).resolve().parent.parent


def generate_text(path: Path, mb: float, seed: int = 5) -> Path:
    """One large plain-text standard (chapters of 20 clauses from corpus sentences) of ``mb`` MB.
    Chapters past 99 are not recognised as clauses (two-digit chapter numbers), so the tail is one
    long clause: the case where a window-bounded parse must cut an open clause into parts."""
    rng = random.Random(seed)
    sents = corpus_sentences()
    out, size, ch = ["T/SCALE 9001-2025", "大文件生成标准", ""], 0, 0
    while size * 3 < mb * 13e6 / 10.5:  # characters -> bytes: 10.5 gives a 10.6 MB file (10,013 chunks)
        ch += 1
        out += [f"{ch} 第{ch}章要求", ""]
        for i in range(1, 21):
            out.append(f"{ch}.{i} 条款{ch}-{i}")
            out += ["".join(rng.sample(sents, 3)) for _ in range(3)]
            out.append("")
        size = sum(len(x) for x in out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out), encoding="utf-8")
    return path


_PARSE = """
import sys, time
from pathlib import Path
from assistant.ingest import parse_file, parse_stream
t0 = time.perf_counter()
if sys.argv[2] == "whole":
    n = len(parse_file(Path(sys.argv[1])).chunks)
else:
    n = sum(len(b) for b in parse_stream(Path(sys.argv[1]), min_bytes=0).batches)
hwm = [ln for ln in Path("/proc/self/status").read_text().splitlines() if ln.startswith("VmHWM:")]
print(n, time.perf_counter() - t0, int(hwm[0].split()[1]) / 1024)  # ru_maxrss would count the forking parent
"""


def parse_peak(path: Path, how: str) -> tuple[int, float, float]:
    """(chunks, seconds, peak RSS MB) of parsing ``path`` whole or streamed in a fresh process."""
    out = subprocess.run([sys.executable, "-c", _PARSE, str(path), how], env={**os.environ, "PYTHONPATH": str(ROOT)},
                         capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]), float(out[1]), float(out[2])


def big_pdf(work: Path, pages: int) -> dict[str, object]:
    """One large generated PDF (evals/bigpdf.py: 3,000 pages is 4.1 MB): parsed whole vs page by page
    in windows (ingest/pdfstream.py), peak RSS of the parse alone."""
    from bigpdf import generate_pdf  # evals/bigpdf.py (run as a script: its folder is on sys.path)

    path = work / "big" / f"big-{pages}.pdf"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        generate_pdf(path, pages)
    n, whole_s, whole_mb = parse_peak(path, "whole")
    _, stream_s, stream_mb = parse_peak(path, "stream")
    return {"big_pdf_mb": round(path.stat().st_size / 1e6, 1), "big_pdf_pages": pages, "big_pdf_chunks": n,
            "big_pdf_whole_s": round(whole_s, 1), "big_pdf_whole_peak_mb": round(whole_mb),
            "big_pdf_stream_s": round(stream_s, 1), "big_pdf_stream_peak_mb": round(stream_mb)}


DOCX_FIGURE_EVERY, DOCX_FIGURE_KB = 24, 40  # a 40 KB photo every 24 chapters: what makes a real DOCX big


def big_docx(work: Path, paras: int) -> dict[str, object]:
    """One large generated DOCX (evals/bigdocx.py: ``paras`` body paragraphs, tables, figures): parsed
    whole (python-docx) vs paragraph by paragraph in windows (ingest/docxstream.py), peak RSS of the
    parse alone."""
    from bigdocx import generate_docx  # evals/bigdocx.py (a script: its folder is on sys.path)

    path = work / "big" / f"big-{paras}.docx"
    if not path.exists():
        generate_docx(path, paras, figure_every=DOCX_FIGURE_EVERY, figure_kb=DOCX_FIGURE_KB)
    with zipfile.ZipFile(path) as z:
        xml = z.getinfo("word/document.xml").file_size
    n, whole_s, whole_mb = parse_peak(path, "whole")
    _, stream_s, stream_mb = parse_peak(path, "stream")
    return {"big_docx_mb": round(path.stat().st_size / 1e6, 1), "big_docx_xml_mb": round(xml / 1e6, 1),
            "big_docx_paras": paras, "big_docx_chunks": n,
            "big_docx_whole_s": round(whole_s, 1), "big_docx_whole_peak_mb": round(whole_mb),
            "big_docx_stream_s": round(stream_s, 1), "big_docx_stream_peak_mb": round(stream_mb)}
