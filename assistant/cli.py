"""Command line: a thin layer over the stages (ingest, remove, search, ask, chat, calc, score, check, eval).

Heavy modules (torch, chromadb) are imported inside the handlers, so `assistant --help` is instant.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from assistant.cli_search import _filters, cmd_search
from assistant.errors import AssistantError, ConfigError, one_line

HOME_HELP = "data directory (default: $ASSISTANT_HOME or ./.assistant)"


def _assistant(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from assistant.api import Assistant
    from assistant.settings import Settings

    overrides: dict[str, object] = {}  # --home reaches Settings through ASSISTANT_HOME, set in main()
    if getattr(args, "kb", None):
        overrides["kb"] = args.kb
    if getattr(args, "by", None):
        overrides["ingest"] = {"user": args.by}
    return Assistant(Settings(**overrides))


def cmd_ingest(args: argparse.Namespace) -> int:
    if hasattr(os, "nice"):
        os.nice(10)  # searches in other processes keep priority on the shared cores while this ingests
    report = _assistant(args).ingest(args.paths, kb=args.kb, progress=not args.quiet, replace=args.replace)
    for err in report.errors:
        print(f"错误: {err}", file=sys.stderr)
    for warning in report.warnings:
        print(f"警告: {warning}", file=sys.stderr)
    for f in report.files:
        if f.note:
            print(f"注意: {f.note}", file=sys.stderr)
    if args.json:
        print(json.dumps(report.model_dump(), ensure_ascii=False, indent=2))
    else:
        if args.report:
            from assistant.ingest import format_report

            for f in report.files:
                if f.report is not None:
                    print(format_report(f.report))
        counts: dict[str, int] = {}
        for f in report.files:
            counts[f.status] = counts.get(f.status, 0) + 1
        print(f"文件: 新增 {counts.get('added', 0)}，更新 {counts.get('updated', 0)}，"
              f"未变 {counts.get('unchanged', 0)}，失败 {counts.get('failed', 0)}；"
              f"页数 {report.pages}；条块: 新增 {report.chunks_added}，删除 {report.chunks_removed}，"
              f"未变 {report.chunks_unchanged}；实际嵌入 {report.embedded}；用时 {report.seconds:.1f} 秒")
    return 0 if report.ok else 1


def cmd_remove(args: argparse.Namespace) -> int:
    n = _assistant(args).remove(args.doc_id, kb=args.kb)
    if n == 0:
        where = f"知识库 {args.kb} 的" if args.kb else ""
        print(f"错误: {where}索引中没有文件 {args.doc_id}", file=sys.stderr)
        return 1
    print(f"已删除 {args.doc_id} 的 {n} 个条块")
    return 0


def _empty_hint(helper) -> None:  # type: ignore[no-untyped-def]
    """An empty data directory answers every question with a refusal: say why, once, on stderr."""
    if helper.index.sparse.count == 0:
        print(f"提示：{helper.settings.home} 中还没有收录任何文件，只能拒答；请先运行 assistant ingest corpus（或你的文件路径）。",
              file=sys.stderr)


def cmd_ask(args: argparse.Namespace) -> int:
    if getattr(args, "agent", False):
        from assistant.agent.cli import print_answer, progress_stream, run_turn

        helper = _assistant(args)
        _empty_hint(helper)
        progress = progress_stream(helper, sys.stderr.isatty() and not args.json)
        reply = run_turn(helper.agent(), args.question, args.conversation, progress)
        print_answer(reply, as_json=args.json)
        return 0
    helper = _assistant(args)
    _empty_hint(helper)
    answer = helper.ask(args.question, **_filters(args))
    if args.json:
        print(json.dumps(answer.model_dump(), ensure_ascii=False, indent=2))
    else:
        print(answer.answer)
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from assistant.agent.cli import repl

    helper = _assistant(args)
    if not args.list:
        _empty_hint(helper)
    return repl(helper, conversation=args.conversation, list_only=args.list, as_json=args.json)


_CORE = frozenset({"ingest", "remove", "search", "ask", "chat"})


def _command(argv: list[str]) -> str | None:
    """The subcommand named in ``argv`` (global options before it skipped), if any."""
    rest = iter(argv)
    for arg in rest:
        if arg == "--home":
            next(rest, None)
        elif not arg.startswith("-"):
            return arg
    return None


def build_parser(packages: bool = True) -> argparse.ArgumentParser:
    """The CLI. ``packages=False`` leaves out the subcommands of the scoring, trainer, report and
    evaluation packages: a core command (a search) need not import them (~0.35 s of a cold start)."""
    p = argparse.ArgumentParser(prog="assistant", description="绿色制造标准咨询助手 (green-manufacturing standards assistant)")
    p.add_argument("--home", help=HOME_HELP)
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("ingest", help="ingest files or folders (PDF, Markdown, text, DOCX)")
    s.add_argument("paths", nargs="+", type=Path)
    s.add_argument("--kb", help="knowledge base name")
    s.add_argument("--by", metavar="NAME",
                   help="who adds these documents, recorded with each and shown in answers (default: setting user)")
    s.add_argument("--json", action="store_true")
    s.add_argument("-q", "--quiet", action="store_true", help="no progress bars")
    s.add_argument("--replace", action="store_true",
                   help="let a file replace an indexed document of the same id that came from another file")
    s.add_argument("--report", action="store_true",
                   help="print each document's parse report (clauses, depth, tables, front matter, warnings); "
                   "--json always includes it")
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("remove", help="remove a document (all its sources) from the index")
    s.add_argument("doc_id")
    s.add_argument("--kb", help="remove only from this knowledge base (default: from every base)")
    s.set_defaults(func=cmd_remove)

    for name, func, arg, helptext in (("search", cmd_search, "query", "ranked clause hits"),
                                      ("ask", cmd_ask, "question", "a cited answer")):
        s = sub.add_parser(name, help=helptext)
        s.add_argument(arg)
        if name == "search":
            s.add_argument("-k", type=int, default=None,
                           help="number of hits (default: the setting ASSISTANT_RETRIEVAL__TOP_K)")
            s.add_argument("--mode", choices=["hybrid", "dense", "sparse"], default="hybrid")
        else:
            s.add_argument("--agent", action="store_true",
                           help="answer with the conversation agent (tools, memory, number guard)")
            s.add_argument("--conversation", metavar="ID", help="with --agent: continue this conversation")
        s.add_argument("--doc", help="only this document id")
        s.add_argument("--kind", choices=["standard", "policy", "guide", "digest", "other"])
        s.add_argument("--status", choices=["current", "superseded"])
        s.add_argument("--include-superseded", action="store_true", help="also search superseded editions")
        s.add_argument("--kb")
        s.add_argument("--json", action="store_true")
        s.set_defaults(func=func)

    s = sub.add_parser("chat", help="chat with the agent (a REPL with memory; reads stdin until EOF or exit)")
    s.add_argument("--conversation", metavar="ID", help="resume this conversation")
    s.add_argument("--list", action="store_true", help="list stored conversations and exit")
    s.add_argument("--json", action="store_true", help="one JSON answer per line")
    s.add_argument("--kb")
    s.set_defaults(func=cmd_chat)

    if packages:
        from assistant.evaluation.cli import register as register_eval
        from assistant.report.cli import register as register_report
        from assistant.scoring.cli import register as register_scoring
        from assistant.trainer.cli import register as register_trainer

        register_scoring(sub)
        register_trainer(sub)
        register_report(sub)
        register_eval(sub)
    _add_global_options(sub)
    return p


def _add_global_options(sub: argparse._SubParsersAction) -> None:
    """Global options are also accepted after the subcommand (`assistant search Q --home H`).

    Added to every subparser, the ones registered by scoring and evaluation included. SUPPRESS: a
    subcommand that is not given the option leaves the value parsed before the subcommand in place.
    """
    seen: set[int] = set()
    for parser in sub.choices.values():
        if id(parser) not in seen:  # an alias maps to the same parser
            seen.add(id(parser))
            parser.add_argument("--home", default=argparse.SUPPRESS, help=HOME_HELP)


# Arguments that name files may hold any bytes the filesystem allows; every other text argument
# (a query, a document id, a calc input) must be valid text.
_PATH_ARGS = frozenset({"home", "paths", "textfile", "profile", "scheme", "func"})


def _check_args(args: argparse.Namespace) -> None:
    """Reject text arguments with undecodable bytes and a --home that is not a folder.

    A terminal in GBK passes bytes that Python turns into lone surrogates (surrogateescape); they
    used to reach the embedder and end in ``UnicodeEncodeError: surrogates not allowed``.
    """
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        if any("\x00" in str(v) for v in values if isinstance(v, str | Path)):
            # no file name or text holds a NUL byte; the OS calls would fail with a ValueError
            raise ConfigError(f"参数 {name.replace('_', '-')} 含空字符（\\x00），不是有效的文件名或文本")
        if name not in _PATH_ARGS and any(isinstance(v, str) and _has_surrogates(v) for v in values):
            option = name.replace("_", "-")
            raise ConfigError(f"参数 {option} 含无法解码的字节（终端不是 UTF-8 编码？请把终端设为 UTF-8 后重试）")
    home, where = (args.home, "--home") if args.home else (os.environ.get("ASSISTANT_HOME"), "ASSISTANT_HOME")
    if home and Path(home).exists() and not Path(home).is_dir():
        raise ConfigError(f"{where} {home} 不是文件夹：请给出数据文件夹的路径")


def _printable_streams() -> None:
    """Undecodable bytes from argv or a file name (lone surrogates) are printed escaped: on a strict
    UTF-8 terminal, echoing one (argparse's usage error, an ingest error naming the file) crashed."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", "") == "strict":
            reconfigure(errors="backslashreplace")


def _has_surrogates(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    _printable_streams()
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(packages=_command(argv) not in _CORE).parse_args(argv)
    try:
        _check_args(args)
        if args.home:
            os.environ["ASSISTANT_HOME"] = args.home
        return int(args.func(args) or 0)
    except AssistantError as exc:  # the one boundary: bad settings, input, models, tools
        print(f"错误：{one_line(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `assistant ask … | head`: the reader left; say nothing more
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the interpreter's final flush must not fail again
        return 141


if __name__ == "__main__":
    sys.exit(main())
