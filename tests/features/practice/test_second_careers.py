"""Questions people starting a second career asked in the console (a paralegal of 50 moving
into nursing, an accountant moving into data, a soldier moving into program work), and the
answers a contact in that work would give."""

from __future__ import annotations

import pytest

from bot.banks.model import Bank
from tests.features.practice.support import first_turn


@pytest.mark.parametrize("persona", ["maria", "samir", "dana", "tanya"])
@pytest.mark.parametrize("text", [
    "How physically demanding is the work day to day? I have a bit of a bad knee",
    "Lifting patients, being on your feet for 12 hours, is that hard on the body?",
    "Is it hard on the body for someone older?",
])
def test_how_physical_the_work_is_gets_an_answer(banks: dict[str, Bank], persona: str,
                                                 text: str) -> None:
    """"How physically demanding is the work day to day? I have a bit of a bad knee" got the
    nurse manager's hardest part of managing; asked again, "beyond what I deal with"."""
    result = first_turn(banks["healthcare"], persona, text)
    assert result.question_id == "physical-demands", result.reply
    assert "lift" in result.reply.lower() or "feet" in result.reply.lower()
