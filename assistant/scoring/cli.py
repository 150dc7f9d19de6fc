"""CLI hooks: `register(subparsers)` adds `calc`, `score` and `check` to the lead's parser."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .calc import calc, input_help
from .checker import check
from .errors import InputError, ScoringError
from .profile import load_profile
from .render import render_checks, render_report, render_result
from .schemes import list_schemes
from .scorer import score
from .summary import check_summary

DEFAULT_SCHEME = "table-c1-example"


def _err(msg: str) -> int:
    print(f"错误：{msg}", file=sys.stderr)
    return 2


def _dump(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2))


def _calc(args: argparse.Namespace) -> int:
    inputs: dict[str, str] = {}
    for item in args.inputs:
        if "=" not in item:
            return _err(f"输入应写成 key=value：{item}")
        k, v = item.split("=", 1)
        inputs[k.strip()] = v.strip()
    try:
        r = calc(args.indicator, inputs)
    except InputError as exc:
        try:
            hint = input_help(args.indicator)
            hint = "" if hint in exc.message else "\n" + hint
        except InputError:
            hint = ""
        return _err(f"{exc.message}（字段 {exc.field}）{hint}")
    if args.json:
        _dump(r.model_dump())
    else:
        print(render_result(r))
    return 0


def _score(args: argparse.Namespace) -> int:
    try:
        profile = load_profile(args.profile)
        rep = score(profile, args.scheme or profile.scheme or DEFAULT_SCHEME)
    except ScoringError as exc:
        return _err(str(exc))
    if args.json:
        _dump(rep.model_dump())
    else:
        print(render_report(rep))
    return 0


def _check(args: argparse.Namespace) -> int:
    try:
        text = Path(args.textfile).read_text(encoding="utf-8")
    except OSError as exc:
        return _err(f"无法读取文本文件 {args.textfile}：{exc.strerror or exc}")
    except UnicodeDecodeError as exc:
        return _err(f"{args.textfile} 不是 UTF-8 文本（第 {exc.start} 字节无法解码）：请另存为 UTF-8")
    if "\x00" in text:
        return _err(f"{args.textfile} 含 NUL 字节：不是文本文件")
    try:
        profile = load_profile(args.profile) if args.profile else None
        results = check(text, profile, tuple(args.cite or ()), scheme=args.scheme)
    except ScoringError as exc:
        return _err(str(exc))
    summary = check_summary(results)
    if args.json:
        _dump({"results": [r.model_dump() for r in results], "summary": summary.model_dump()})
    else:
        print(render_checks(results))
        if summary.note:
            print(summary.note)
    if summary.mismatch:
        return 1
    return 1 if args.strict and summary.mostly_unverifiable else 0


def register(subparsers: Any) -> None:
    """Add the `calc`, `score` and `check` subcommands; each sets func=handler(args) -> exit code."""
    p = subparsers.add_parser("calc", help="计算一个绿色工厂指标（GB/T 36132-2025 附录B）",
                              description="例：calc water_reuse_rate V=1000 Vr=9000；calc 单位产品综合能耗 E=92899tce Q=20万吨")
    p.add_argument("indicator", help="指标 id、公式号（B.10）或中文名（工业用水重复利用率）")
    p.add_argument("inputs", nargs="*", metavar="key=value", help="输入，可带单位：E=350000kgce G=1.2亿元")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=_calc)

    p = subparsers.add_parser("score", help="按评分方案为工厂画像评分（GB/T 36132-2025 5.2、6）",
                              description=f"可用方案：{'、'.join(list_schemes())}")
    p.add_argument("profile", help="工厂画像 YAML/JSON")
    p.add_argument("--scheme", default=None,
                   help=f"方案 id 或 YAML 路径；缺省用画像中的 scheme，再缺省用 {DEFAULT_SCHEME}")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=_score)

    p = subparsers.add_parser("check", help="核对文本中的每个数值（有不一致时退出码为 1）")
    p.add_argument("textfile", help="UTF-8 文本文件")
    p.add_argument("--profile", default=None, help="工厂画像 YAML/JSON")
    p.add_argument("--cite", action="append", metavar="KEY", help="文中所引条款键，如 'GB/T 36132-2025§表C.1'（可多次）")
    p.add_argument("--scheme", default=None, help="核对得分所用方案；缺省用画像中的 scheme")
    p.add_argument("--strict", action="store_true", help="超过一半的数字无法核对时退出码也为 1")
    p.add_argument("--json", action="store_true", help="输出 JSON：{results: [...], summary: {...}}")
    p.set_defaults(func=_check)
