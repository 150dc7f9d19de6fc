"""Bounded load test through a real Chroma server (`chroma run` on loopback).

    python evals/bench_server.py [--clients 3] [--requests 100] [--chunks 5000] [--work DIR]

One process ingests generated documents through the server; then ``--clients`` search processes,
each with its own home (as on separate machines: its BM25 side is built from the server's
records), are started, warmed up, released together and run ``--requests`` searches each. Reported:
throughput (all requests / wall time from release to the last finish) and per-request p50/p95/max,
pooled over the clients. Run by evals/bench_scale.py (``make bench-scale``); results in
evals/results/scale-latest.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data: Path, log: Path) -> tuple[subprocess.Popen, str]:
    """A `chroma run` on a free loopback port, up (heartbeat answered) or SystemExit."""
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = _free_port()
    proc = subprocess.Popen([exe, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log.open("w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1)
            return proc, url
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.3)
    proc.terminate()
    raise SystemExit(f"chroma server did not start: {log.read_text(encoding='utf-8')[-500:]}")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "TOKENIZERS_PARALLELISM": "false"}


def client(home: Path, url: str, n: int, seed: int) -> None:
    """One searching process: open (BM25 side from the server), warm up, say ready, wait for go,
    run ``n`` searches, print the latencies (ms) as JSON."""
    from bench_scale import QUESTIONS

    from assistant.api import Assistant
    from assistant.settings import Settings

    a = Assistant(Settings(home=home, embedder="hash", store={"chroma_url": url}))
    rng = random.Random(seed)
    queries = [rng.choice(QUESTIONS) + rng.choice(["", "有哪些要求", "的计算方法", "怎么评价"]) for _ in range(n)]
    for q in queries[:3]:
        a.search(q)
    print("ready", flush=True)
    sys.stdin.readline()
    lat = []
    for q in queries:
        t0 = time.perf_counter()
        hits = a.search(q)
        lat.append((time.perf_counter() - t0) * 1000)
        if not hits:
            raise SystemExit(f"no hits for {q!r}")
    print(json.dumps(lat), flush=True)


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def run_load(work: Path, *, clients: int = 3, requests: int = 100, chunks: int = 5000) -> dict[str, object]:
    """Start a server, fill it with ``chunks`` generated chunks, run the load, stop the server."""
    from bench_scale import generate, run_child

    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    proc, url = start_server(work / "server-data", work / "chroma.log")
    procs: list[subprocess.Popen] = []
    try:
        docs = work / "docs"
        generate(docs, chunks, seed=13, prefix="server")
        t_ingest, _, _ = run_child(["ingest", "-q", str(docs)],
                                   {**_env(), "ASSISTANT_HOME": str(work / "writer"), "ASSISTANT_EMBEDDER": "hash",
                                    "ASSISTANT_STORE__CHROMA_URL": url})
        for i in range(clients):
            procs.append(subprocess.Popen(
                [sys.executable, str(Path(__file__)), "--client", str(work / f"client{i}"), url, str(requests), str(i)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=_env()))
        for p in procs:
            line = p.stdout.readline() if p.stdout else ""
            if line.strip() != "ready":
                raise SystemExit(f"load client failed to start: {line!r}")
        t0 = time.perf_counter()
        for p in procs:
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        lat: list[float] = []
        for p in procs:
            out, _ = p.communicate(timeout=600)
            if p.returncode != 0:
                raise SystemExit(f"load client failed: {out[-300:]}")
            lat += json.loads(out.strip().splitlines()[-1])
        wall = time.perf_counter() - t0
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
        proc.terminate()
        proc.wait(timeout=30)
    return {"server_chunks": chunks, "server_ingest_s": round(t_ingest, 1), "server_clients": clients,
            "server_requests": len(lat), "server_wall_s": round(wall, 1),
            "server_throughput_qps": round(len(lat) / wall, 1), "server_p50_ms": round(_pct(lat, 50), 1),
            "server_p95_ms": round(_pct(lat, 95), 1), "server_max_ms": round(max(lat), 1)}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--client"]:
        client(Path(argv[1]), argv[2], int(argv[3]), int(argv[4]))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=3)
    ap.add_argument("--requests", type=int, default=100)
    ap.add_argument("--chunks", type=int, default=5000)
    ap.add_argument("--work", type=Path, default=ROOT / ".assistant-server-load")
    args = ap.parse_args(argv)
    print(json.dumps(run_load(args.work, clients=args.clients, requests=args.requests, chunks=args.chunks), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
