"""CLI hooks: ``register(subparsers)`` adds ``draft`` and ``profile init``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from assistant.errors import ConfigError
from assistant.report.outlines import OUTLINES


def _draft(args: argparse.Namespace) -> int:
    from assistant.index.indexer import Index
    from assistant.llm import build_chat_model
    from assistant.report import DraftRequest, draft_report, to_docx, to_markdown
    from assistant.retrieve.hybrid import Retriever
    from assistant.scoring import load_profile
    from assistant.settings import Settings

    out = Path(args.out)
    if out.suffix.lower() not in (".docx", ".md"):
        raise ConfigError(f"--out 应为 .docx 或 .md 文件：{out}")
    profile = load_profile(args.profile)
    settings = Settings()
    index = Index(settings)
    if not index.chunks():
        print(f"提示：知识库 {settings.home} 为空，草稿不含条款引用（先运行 assistant ingest corpus）", file=sys.stderr)
    request = DraftRequest(profile=profile, kind=args.kind, scheme=args.scheme, sections=args.section or None)
    draft = draft_report(request, index=index, retriever=Retriever(index, settings), settings=settings,
                         chat_model=build_chat_model(settings))
    if out.suffix.lower() == ".docx":
        to_docx(draft, out)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(to_markdown(draft), encoding="utf-8")
    numbers = draft.verification
    ok = sum(n.status == "verified" for n in numbers)
    print(f"已写入 {out}：{len(draft.sections)} 节，数值 {len(numbers)} 个（一致 {ok} 个），"
          f"待补充 {len(draft.placeholders)} 处")
    return 0 if ok == len(numbers) else 1


def _profile_init(args: argparse.Namespace) -> int:
    from assistant.report import profile_template

    text = profile_template()
    if not args.out:
        sys.stdout.write(text)
        return 0
    out = Path(args.out)
    if out.exists() and not args.force:
        raise ConfigError(f"文件已存在，未覆盖：{out}（用 --force 覆盖）")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"已写入画像模板 {out}")
    return 0


def _kind(value: str) -> str:
    if value not in OUTLINES:
        raise argparse.ArgumentTypeError(f"未知报告类型 {value}（可用：{'、'.join(OUTLINES)}）")
    return value


def register(subparsers: Any) -> None:
    """Add ``draft`` and ``profile`` (``profile init``); each sets func=handler(args) -> exit code."""
    p = subparsers.add_parser("draft", help="起草绿色工厂自评价报告或第三方评价报告（DOCX 或 Markdown）",
                              description="例：draft corpus/examples/copper-smelter.yaml --kind self-evaluation "
                                          "--out report.docx。缺少的信息写成【待补充：…】；每个数值经核对器核对。"
                                          "有数值未通过核对时退出码为 1。")
    p.add_argument("profile", help="工厂画像 YAML/JSON（assistant profile init 生成模板）")
    p.add_argument("--kind", required=True, type=_kind, metavar="KIND",
                   help="self-evaluation（自评价报告）或 third-party（第三方评价报告）")
    p.add_argument("--section", action="append", metavar="ID",
                   help="只起草这一节（可多次）；章节 id 见 assistant.report.outlines")
    p.add_argument("--scheme", default=None, help="评分方案 id 或 YAML；缺省用画像中的 scheme")
    p.add_argument("--out", required=True, help="输出文件 FILE.docx 或 FILE.md")
    p.set_defaults(func=_draft)

    p = subparsers.add_parser("profile", help="工厂画像工具")
    sub = p.add_subparsers(dest="profile_command", required=True)
    s = sub.add_parser("init", help="写出带中文注释的工厂画像模板（YAML）")
    s.add_argument("--out", default=None, help="写入该文件；缺省输出到标准输出")
    s.add_argument("--force", action="store_true", help="覆盖已有文件")
    s.set_defaults(func=_profile_init)
