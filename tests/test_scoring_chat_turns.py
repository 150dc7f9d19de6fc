"""A chat transcript's speakers (用户 / 助手, 客户 / 顾问, 学员 / 老师) are the turns of a dialogue, as 问 / 答
are: a follow-up that changes an input ('换成 2023 年的电网因子再算一次') makes its answer a hypothetical
state, not a statement of the factory's present values."""

from __future__ import annotations

import pytest

from assistant.scoring import check
from assistant.scoring.hypothetical import states


@pytest.mark.parametrize(("asker", "answerer"), [("用户", "助手"), ("客户", "顾问"), ("学员", "老师"), ("问", "答")])
def test_a_recalculation_asked_in_a_chat_is_a_hypothetical_state(smelter, asker, answerer):
    text = (f"{asker}：换成 2023 年的电网因子再算一次。\n"
            f"{answerer}：按 0.5306 tCO2/MWh，外购电排放约 23.2 万 tCO2。")
    assert states(text)
    got = {r.claim.text: r.status for r in check(text, smelter)}
    assert got["23.2 万 tCO2"] != "mismatch"  # 43 800 万 kWh x 0.5306 is right; 0.5617 is the profile's 2022 factor


def test_the_present_state_in_a_chat_is_still_checked(smelter):
    text = "用户：外购电力间接排放是多少？\n助手：30.0 万 tCO2。"
    assert not states(text)
    assert {r.claim.text: r.status for r in check(text, smelter)}["30.0 万 tCO2"] == "mismatch"
