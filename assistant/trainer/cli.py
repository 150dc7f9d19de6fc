"""CLI hook: `register(subparsers)` adds `quiz` (an interactive quiz on stdin/stdout, a handout
with --json, results with --results)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from assistant.errors import ConfigError, one_line
from assistant.settings import Settings

from .build import LETTERS
from .grading import grade
from .quiz import KIND_NAMES, make_quiz
from .results import ResultStore, results_path
from .source import chapter_label
from .types import KINDS, Question, Quiz, QuizRequest

DIFFICULTY = {"easy": "简单", "medium": "中等", "hard": "困难"}


def show(q: Question, n: int, total: int, out: TextIO) -> None:
    print(f"\n第 {n}/{total} 题【{KIND_NAMES[q.kind]}】{q.doc_id} {chapter_label(q.chapter)}", file=out)
    print(q.stem, file=out)
    for i, option in enumerate(q.options):
        print(f"  {LETTERS[i]}. {option}", file=out)
    if q.numeric:
        print(f"  （填数值，单位 {q.unit or '无'}）", file=out)


def run(quiz: Quiz, store: ResultStore | None, trainee: str | None, inp: TextIO, out: TextIO) -> int:
    """Ask every question, grade each answer at once; an empty line or end of input stops."""
    right = asked = 0
    for n, q in enumerate(quiz.questions, 1):
        show(q, n, len(quiz.questions), out)
        while True:
            print("答案：", end="", file=out, flush=True)
            line = inp.readline()
            if not line.strip():
                print(f"\n测验结束：答对 {right}/{asked} 题。", file=out)
                return 0
            try:
                g = grade(q, line)
                break
            except ConfigError as exc:  # wrong shape of answer: ask again
                print(f"错误：{one_line(exc)}", file=out)
        asked += 1
        right += g.correct
        print(g.explanation, file=out)
        if store is not None and trainee:
            store.record(trainee, quiz, q, g)
    print(f"\n测验完成：答对 {right}/{asked} 题。", file=out)
    if store is not None and trainee:
        print(f"成绩已记录（学员：{trainee}）。", file=out)
    return 0


def _results(args: argparse.Namespace, settings: Settings) -> int:
    store = ResultStore(results_path(settings))
    if args.csv:
        Path(args.csv).write_text(store.to_csv(args.trainee, detail=args.detail), encoding="utf-8")
        print(f"已导出到 {args.csv}")
        return 0
    rows = store.summary(args.trainee)
    if args.json:
        print(json.dumps([r.model_dump() | {"rate": round(r.rate, 3)} for r in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("还没有测验成绩。")
    for r in rows:
        print(f"{r.trainee}\t{r.doc_id}\t{chapter_label(r.chapter)}\t答对 {r.correct}/{r.answered}\t{r.rate:.0%}")
    return 0


def _quiz(args: argparse.Namespace) -> int:
    from assistant.index.indexer import Index
    from assistant.llm import build_chat_model

    settings = Settings()
    if args.results:
        return _results(args, settings)
    if args.csv or args.detail:
        raise ConfigError("--csv 和 --detail 只能与 --results 一起使用")
    request = QuizRequest(doc_ids=args.doc or None, chapters=args.chapter or None, n=args.n,
                          difficulty=args.difficulty, kinds=args.kind or None, seed=args.seed)
    index = Index(settings)
    quiz = make_quiz(request, index.chunks(), editions=index.editions(),
                     chat_model=build_chat_model(settings))
    if args.json:
        print(json.dumps(quiz.handout(), ensure_ascii=False, indent=2))
        return 0
    print(f"测验 {quiz.id}（种子 {args.seed}，{DIFFICULTY[args.difficulty]}，{len(quiz.questions)} 题）", file=sys.stdout)
    for note in quiz.notes:
        print(f"注意：{note}")
    store = ResultStore(results_path(settings)) if args.trainee else None
    return run(quiz, store, args.trainee, sys.stdin, sys.stdout)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"应为正整数（收到 {text}）") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"应为正整数（收到 {text}）")
    return value


def register(subparsers: Any) -> None:
    """Add the `quiz` subcommand; it sets func=handler(args) -> exit code."""
    p = subparsers.add_parser("quiz", help="培训测验：按已收录文件出题、即时评分并引用条款",
                              description="例：quiz --doc 'GB/T 36132-2025' --chapter 4 -n 5 --trainee 张三；"
                              "quiz --json（打印不含答案的试卷）；quiz --results --csv 成绩.csv")
    p.add_argument("--doc", action="append", metavar="ID", help="只从该文件出题（可多次）")
    p.add_argument("--chapter", action="append", metavar="N", help="只从该章出题：4、B（附录B）、前言（可多次）")
    p.add_argument("-n", type=_positive, default=10, help="题数（默认 10）")
    p.add_argument("--difficulty", choices=list(DIFFICULTY), default="medium", help="难度（默认 medium）")
    p.add_argument("--kind", action="append", choices=list(KINDS), help="只出这类题（可多次）")
    p.add_argument("--seed", type=int, default=0, help="随机种子：同样的文件和种子出同一份试卷")
    p.add_argument("--trainee", metavar="NAME", help="学员姓名：记录成绩")
    p.add_argument("--json", action="store_true", help="打印不含答案的试卷（JSON），或 --results 的 JSON")
    p.add_argument("--results", action="store_true", help="显示各学员按章节的成绩（可与 --trainee 一起用）")
    p.add_argument("--csv", metavar="FILE", help="与 --results 一起：把成绩导出为 CSV")
    p.add_argument("--detail", action="store_true", help="与 --csv 一起：导出每道题的作答，而不是按章节汇总")
    p.set_defaults(func=_quiz)
