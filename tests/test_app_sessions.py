"""Two sessions at once over one Assistant (what the app's st.cache_resource shares between browser
sessions): one uploads and ingests while the other chats; both finish, every answer keeps its
citation, and the upload is complete. (AppTest's runtime is one per process and cannot run two apps in
threads; the browser test drives two real sessions against one server.)"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from fixtures.apptest import ROOT

from assistant.api import Assistant
from assistant.settings import Settings


def big_doc(n: int) -> bytes:
    parts = ["# 并发测试导则", ""]
    for i in range(1, n + 1):
        parts += [f"## {i} 第{i}项要求", "", f"工厂应按第{i}项要求开展能源计量与节水评估，并保存记录。" * 3, ""]
    return "\n".join(parts).encode()


def test_one_session_uploads_while_another_chats(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "tests" / "fixtures" / "core", docs)
    shared = Assistant(Settings(home=tmp_path / "home", embedder="hash"))
    shared.add_documents([docs])
    uploader, chatter = shared.session(kb="default"), shared.session()
    errors: list[BaseException] = []
    answers = []
    reports = []

    def upload() -> None:
        try:
            for n in range(3):
                path = uploader.save_upload(f"并发{n}.md", big_doc(40 + n).replace(b"# ", f"# 第{n}份".encode(), 1))
                reports.append(uploader.add_documents([path]))
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    def chat() -> None:
        try:
            cid = None
            for _ in range(4):
                for q in ("取水量包括消防用水吗？", "工业用水重复利用率怎么计算？"):
                    a = chatter.chat(q, cid)
                    cid = a.conversation_id
                    answers.append(a)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=upload), threading.Thread(target=chat)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors
    assert len(answers) == 8 and all(a.citations for a in answers)
    assert all(r.ok for r in reports) and len(reports) == 3
    docs_now = {d.doc_id: d for d in shared.documents()}
    assert all(docs_now[f"第{n}份并发测试导则"].clauses >= 40 for n in range(3))
    assert len(shared.conversation(answers[0].conversation_id).history) == 16
