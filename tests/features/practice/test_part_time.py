"""Part-time and flexible work, as a parent returning to work asks about it: the contact's
own weekly hours are no answer to it."""

from __future__ import annotations

import pytest

from bot.banks.model import Bank
from bot.features.practice.matcher import Matcher
from bot.features.practice.you_ask import start_you_ask, you_ask_turn
from tests.features.practice.support import NOW


def _ask(bank: Bank, persona: str, text: str):
    state = start_you_ask(bank, 30, NOW, persona)
    state.asked, state.times_asked, state.elapsed = ["typical-day"], {"typical-day": 1}, 6.0
    return you_ask_turn(state, bank, Matcher.for_bank(bank), text, NOW)[1]


@pytest.mark.parametrize(("field", "persona", "text"), [
    ("marketing", "sofia", "I can only really work school hours, like 9.30 till 2.30ish, "
     "because of childcare. Is part time or flexible work normal in marketing?"),
    ("marketing", "sofia", "do you know if companies like yours take on people part time, "
     "school hours? sorry"),
    ("healthcare", "maria", "could i do this job around childcare?"),
    ("software_engineering", "priya", "does anyone on your team work three days a week?"),
    ("nonprofit_public", "owen", "is a job share possible in the civil service?"),
])
def test_part_time_work_is_answered_as_such(banks: dict[str, Bank], field: str, persona: str,
                                            text: str) -> None:
    """Sofia had answered "About 40 hours for most of the year, mostly remote…", her own
    hours, and "do companies like yours take on people part time" got "I'm not close enough
    to that"."""
    result = _ask(banks[field], persona, text)
    assert result.question_id == "part-time-work" and result.kind == "answer", result


def test_the_workload_outside_school_hours_is_the_workload(banks: dict[str, Bank]) -> None:
    result = _ask(banks["education"], "ben", "What's the workload really like outside school "
                  "hours?")
    assert result.question_id == "work-life-balance", result


def test_every_contact_can_speak_to_part_time_work(banks: dict[str, Bank]) -> None:
    """Each contact has their own answer, about fewer hours rather than their own week."""
    said = {}
    for bank in banks.values():
        for persona in bank.personas:
            answer = bank.answer("part-time-work", persona.id, 0)
            assert answer != bank.answer("work-life-balance", persona.id, 0)
            assert any(w in answer.lower() for w in ("part-time", "part time", "job share",
                                                      "job-share", "reduced", "four days",
                                                      "three days", "flexib")), persona.id
            said[answer] = persona.id
    assert len(said) == sum(len(b.personas) for b in banks.values())
