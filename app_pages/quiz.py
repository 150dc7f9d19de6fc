"""培训测验: the trainer picks documents, chapters, length, difficulty and a seed (the same seed gives
the group the same quiz) and sees each trainee's results by chapter (CSV); the trainee answers and is
graded at once, with the deciding clause shown and cited."""

from __future__ import annotations

import streamlit as st

from app_pages.citations import show_clause
from app_pages.common import assistant, attempt
from assistant.api import Assistant
from assistant.trainer import KIND_NAMES, QuizRequest, chapter_label, outline

LEVELS = {"easy": "简单", "medium": "中等", "hard": "困难"}

a = assistant()
st.title("培训测验")
trainer_tab, trainee_tab = st.tabs(["培训师", "学员答题"])


def settings_form(a: Assistant) -> None:
    chapters_of = outline(a.chunks())
    docs = st.multiselect("文件（不选为全部）", list(chapters_of), key="quiz_docs")
    pool = sorted({c for d in (docs or chapters_of) for c in chapters_of[d]})
    chapters = st.multiselect("章节（不选为全部）", pool, format_func=chapter_label, key="quiz_chapters")
    cols = st.columns(3)
    n = cols[0].number_input("题量", 1, 50, 5, key="quiz_n")
    level = cols[1].selectbox("难度", list(LEVELS), index=1, format_func=LEVELS.get, key="quiz_level")
    seed = cols[2].number_input("随机种子（同一种子生成同一份测验）", 0, 10**6, 1, key="quiz_seed")
    kinds = st.multiselect("题型（不选为全部）", list(KIND_NAMES), format_func=KIND_NAMES.get, key="quiz_kinds")
    if st.button("生成测验", type="primary", key="quiz_go"):
        request = QuizRequest(doc_ids=docs or None, chapters=chapters or None, n=int(n), difficulty=level,
                              kinds=kinds or None, seed=int(seed))
        quiz = attempt(lambda: a.quiz(request), "生成测验")
        if quiz is not None:
            st.session_state["quiz"] = quiz
            st.session_state["grades"] = {}


def results(a: Assistant) -> None:
    store = a.quiz_results()
    rows = store.summary()
    st.subheader("学员成绩（按章节）")
    if not rows:
        st.info("还没有答题记录。", icon=":material/inbox:")
        return
    st.dataframe([{"学员": r.trainee, "文件": r.doc_id, "章节": chapter_label(r.chapter), "已答": r.answered,
                   "答对": r.correct, "正确率": f"{r.rate:.0%}"} for r in rows], hide_index=True, width="stretch")
    st.download_button("导出 CSV", ("\ufeff" + store.to_csv(detail=True)).encode("utf-8"),
                       file_name="测验成绩.csv", mime="text/csv", key="quiz_csv")


def answer_view(a: Assistant) -> None:
    quiz = st.session_state.get("quiz")
    if quiz is None:
        st.info("请先在“培训师”页签生成测验（或输入培训师给出的同一组参数）。", icon=":material/info:")
        return
    trainee = st.text_input("学员姓名", key="trainee").strip()
    st.caption(f"测验 {quiz.id} · {len(quiz.questions)} 题" + ("；" + "；".join(quiz.notes) if quiz.notes else ""))
    grades: dict = st.session_state.setdefault("grades", {})
    for n, q in enumerate(quiz.questions, 1):
        with st.container(border=True, key=f"question-{n}"):
            st.markdown(f"**第 {n} 题**（{KIND_NAMES.get(q.kind, q.kind)} · {LEVELS.get(q.difficulty, '')}）")
            st.markdown(q.stem)
            if q.inputs:
                st.caption("已知：" + "；".join(f"{k} = {v}" for k, v in q.inputs.items()))
            if q.options:
                labels = [f"{chr(65 + i)}. {o}" for i, o in enumerate(q.options)]
                picked = st.radio("选择", labels, index=None, key=f"ans-{q.id}", label_visibility="collapsed")
                given = picked.split(".", 1)[0] if picked else ""
            else:
                given = st.text_input(f"答案{'（单位 ' + q.unit + '）' if q.unit else ''}", key=f"ans-{q.id}")
            if st.button("提交", key=f"submit-{q.id}", disabled=q.id in grades or not given):
                g = attempt(lambda q=q, given=given: a.grade_answer(quiz, given, question_id=q.id,
                                                                    trainee=trainee or None), "评分")
                if g is not None:
                    grades[q.id] = g
            g = grades.get(q.id)
            if g is not None:
                (st.success if g.correct else st.error)(
                    ("回答正确" if g.correct else f"回答错误，正确答案：{g.expected}"),
                    icon=":material/check_circle:" if g.correct else ":material/cancel:")
                st.caption(g.explanation)
                with st.expander(f"依据：{g.citation.doc_id} §{g.citation.clause} {g.citation.title}"):
                    show_clause(a, g.citation.key, g.citation.quote)


with trainer_tab:
    settings_form(a)
    quiz = st.session_state.get("quiz")
    if quiz is not None:
        st.success(f"已生成测验 {quiz.id}：{len(quiz.questions)} 题（种子 {quiz.request.seed}），请学员在“学员答题”页签作答。")
    results(a)
with trainee_tab:
    answer_view(a)
