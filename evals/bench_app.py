"""Benchmark of the Streamlit app (``make bench-app``): cold start to the first answer with the index
built, an offline chat turn in the browser, and a 25-page PDF upload (time to the first progress and
to the parse report; the share of the ingest that is parsing, the rest being embedding).

    python evals/bench_app.py [--home .assistant-bench-app] [--turns 5]

The app runs as ``streamlit run app.py`` on 127.0.0.1 with the real e5 model, driven by Playwright
through Debian's headless Chromium (make chromium). Results: evals/results/bench-app-latest.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from fixtures.apptest import make_pdf  # noqa: E402  (the browser test's PDF generator)
from test_app_browser import CHROMIUM, FLAGS, LAPTOP, app_env, free_port  # noqa: E402

QUESTIONS = ["取水量包括消防用水吗？", "绿色工厂评价的基本要求有哪些？", "工业用水重复利用率怎么计算？",
             "单位产品综合能耗怎么计算？", "一般工业固体废物综合利用率的公式是什么？", "绿色工厂评价的一级指标有哪些？"]


def wait_health(url: str, limit: float = 120) -> None:
    end = time.time() + limit
    while time.time() < end:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("streamlit did not start")


def turn(page: object, question: str) -> float:
    """Seconds from Enter to the new answer rendered (two more chat messages, one with a marker)."""
    messages = page.locator("[data-testid='stChatMessage']")  # type: ignore[attr-defined]
    before = messages.count()
    box = page.get_by_placeholder("输入问题，按回车发送")  # type: ignore[attr-defined]
    box.fill(question)
    t0 = time.perf_counter()
    box.press("Enter")
    end = time.time() + 120
    while time.time() < end:
        if messages.count() >= before + 2 and not page.locator("[data-testid='stStatusWidget']").count():  # type: ignore[attr-defined]
            last = messages.nth(before + 1).inner_text()
            if "[1]" in last or "未能" in last:
                return time.perf_counter() - t0
        time.sleep(0.02)
    raise SystemExit(f"no answer to {question}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", default=".assistant-bench-app")
    ap.add_argument("--turns", type=int, default=5)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    from assistant.ingest import parse_file

    home = (ROOT / args.home / "home").resolve()
    env = app_env(home)
    subprocess.run([sys.executable, "-m", "app_pages.bootstrap"], cwd=ROOT, env=env, check=True)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    out: dict[str, object] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port)],
                                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_health(url)
            page = browser.new_page(viewport=LAPTOP)
            page.goto(url)
            page.get_by_placeholder("输入问题，按回车发送").wait_for(timeout=60_000)
            first = turn(page, QUESTIONS[0])
            out["cold_start_to_first_answer_s"] = round(time.perf_counter() - t0, 2)
            out["first_turn_s"] = round(first, 2)
            times = [turn(page, q) for q in QUESTIONS[1:1 + args.turns]]
            out["chat_turn_s"] = {"median": round(sorted(times)[len(times) // 2], 3), "max": round(max(times), 3),
                                  "n": len(times)}
            with tempfile.TemporaryDirectory() as tmp:
                pdf = make_pdf(Path(tmp) / "基准导则.pdf", pages=25, variant=int(time.time()) % 100_000)
                t = time.perf_counter()
                doc = parse_file(pdf)
                parse_s = time.perf_counter() - t
                up = browser.new_page(viewport=LAPTOP)
                up.goto(url + "/knowledge")
                up.locator("input[type=file]").set_input_files(str(pdf))
                up.locator("[data-testid='stFileChipName']").first.wait_for(timeout=30_000)
                t = time.perf_counter()
                up.get_by_role("button", name="上传并导入").click()
                up.get_by_text("基准导则.pdf：", exact=False).first.wait_for(timeout=30_000)
                progress_s = time.perf_counter() - t
                up.get_by_text("解析报告：基准导则.pdf", exact=False).first.wait_for(timeout=600_000)
                total_s = time.perf_counter() - t
            out["upload_25_pages"] = {"chunks": len(doc.chunks), "first_progress_s": round(progress_s, 2),
                                      "to_parse_report_s": round(total_s, 2), "parse_s": round(parse_s, 2),
                                      "parse_share": round(parse_s / total_s, 3)}
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            browser.close()
    out["machine"] = f"{os.cpu_count()} CPUs (shared)"
    dest = ROOT / "evals" / "results" / "bench-app-latest.json"
    dest.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
