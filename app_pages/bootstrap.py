"""``python -m app_pages.bootstrap`` (``make app``): build the index from corpus/ when the data
directory has none, with progress on the terminal, so the app opens on a ready knowledge base."""

from __future__ import annotations

import sys

from app_pages.common import ROOT
from assistant.api import Assistant
from assistant.errors import AssistantError


def main() -> int:
    a = Assistant()
    try:
        docs = a.documents()
        if docs:
            print(f"知识库已就绪：{len(docs)} 份文件（{a.settings.home}）")
            return 0
        print(f"首次启动：从 {ROOT / 'corpus'} 建立索引（{a.settings.home}）……", flush=True)
        report = a.add_documents([ROOT / "corpus"], progress=True)
    except AssistantError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    for error in report.errors:
        print(f"错误：{error}", file=sys.stderr)
    print(f"已导入 {sum(f.status != 'failed' for f in report.files)} 个文件，{report.chunks_added} 个条款块，"
          f"用时 {report.seconds:.1f} 秒")
    return 0


if __name__ == "__main__":
    sys.exit(main())
