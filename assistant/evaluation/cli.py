"""``assistant eval``: the CLI hook. The main parser (assistant/cli.py) calls :func:`register`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``eval`` sub-command to ``subparsers``."""
    parser = subparsers.add_parser(
        "eval",
        help="Evaluate retrieval and answers on a gold set, against baselines.",
        description="Run the gold set through a plain LangChain+Chroma baseline (a), BM25 only (b), "
        "dense only (c) and the full hybrid (d); print one Markdown table and write "
        "evals/results/latest.{json,md}.",
    )
    parser.add_argument("--set", dest="set_name", default="dev", metavar="NAME",
                        help="Gold set: evals/gold/NAME*.jsonl, or a .jsonl path (default: dev).")
    parser.add_argument("--json", action="store_true", help="Print the report as JSON instead of Markdown.")
    parser.add_argument("--embedders", default="", metavar="LIST",
                        help="Comma-separated embedders to compare, e.g. e5-small,use-v3 "
                        "(one home each under HOME/eval/NAME).")
    parser.add_argument("--no-checker", action="store_true", help="Skip the scoring checker eval.")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="Evaluate an evenly spaced subset of N questions.")
    parser.add_argument("--no-write", action="store_true", help="Do not write evals/results/.")
    parser.add_argument("--corpus", type=Path, default=None, metavar="DIR",
                        help="Evaluate over the files of DIR instead of corpus/ (e.g. the replicas "
                        "written by `python -m evals.replicas DIR`; its truth.json adds structure fidelity).")
    parser.set_defaults(func=handler)
    register_agent(subparsers)
    return parser


def register_agent(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add ``eval-agent``: the multi-turn agent eval (assistant/evaluation/agent_eval.py)."""
    parser = subparsers.add_parser(
        "eval-agent", help="Evaluate the conversation agent on evals/agent/conversations.jsonl.",
        description="Run the multi-turn conversations through the offline agent over the index of corpus/ "
        "(HOME/eval/EMBEDDER); report tool-routing accuracy, fact recall, citation validity and latency; "
        "write evals/results/agent-latest.{md,json}.")
    parser.add_argument("--set", dest="set_path", type=Path, default=None, metavar="PATH",
                        help="Conversation set (default: evals/agent/conversations.jsonl).")
    parser.add_argument("--embedder", default=None, help="Embedder of the eval index (default: the setting).")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="Only the first N conversations (with --llm: N evenly spaced single-turn cases, "
                        "default 20).")
    parser.add_argument("--llm", action="store_true",
                        help="LLM mode: the local GGUF served by llama_cpp.server on 127.0.0.1 (started and "
                        "stopped here); writes evals/results/agent-llm-latest.{md,json}.")
    parser.add_argument("--max-tokens", type=int, default=384, metavar="N", help="With --llm: most tokens a reply.")
    parser.add_argument("--no-write", action="store_true", help="Do not write evals/results/.")
    parser.add_argument("--json", action="store_true", help="Print the report as JSON.")
    parser.set_defaults(func=agent_handler)
    return parser


def agent_handler(args: argparse.Namespace) -> int:
    from assistant.evaluation.agent_eval import render_agent_markdown, run_agent_eval
    from assistant.settings import Settings

    if args.llm:
        from assistant.evaluation.agent_llm_eval import render_llm_markdown, run_agent_llm_eval

        rep = run_agent_llm_eval(Settings(), set_path=args.set_path, limit=args.limit or 20,
                                 write=not args.no_write, embedder=args.embedder, max_tokens=args.max_tokens)
        print(rep.model_dump_json(indent=2) if args.json else render_llm_markdown(rep), end="")
        return 0
    report = run_agent_eval(Settings(), set_path=args.set_path, limit=args.limit, write=not args.no_write,
                            embedder=args.embedder)
    print(report.model_dump_json(indent=2) if args.json else render_agent_markdown(report), end="")
    return 0


def handler(args: argparse.Namespace) -> int:
    """Run the eval with ``Settings()`` from the environment; 0 on a finished run, 2 on bad input."""
    from assistant.evaluation.gold import GoldSetNotFound
    from assistant.evaluation.report import render_markdown
    from assistant.evaluation.runner import run_eval
    from assistant.settings import Settings

    embedders = [e.strip() for e in (args.embedders or "").split(",") if e.strip()]
    try:
        report = run_eval(
            Settings(),
            set_name=args.set_name,
            embedders=embedders or None,
            include_checker=not args.no_checker,
            limit=args.limit,
            write=not getattr(args, "no_write", False),
            corpus_dir=args.corpus,
            progress=sys.stderr.isatty(),
        )
    except GoldSetNotFound as exc:
        print(f"eval: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(report.model_dump_json(indent=2))
    else:
        print(render_markdown(report), end="")
    for err in report.gold_errors:
        print(f"gold: {err}", file=sys.stderr)
    return 0
