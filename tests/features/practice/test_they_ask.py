"""'They ask': the persona's questions, feedback on each answer (length, specifics, fillers,
turning back, time) and the session's scorecard."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.banks.loader import load_banks
from bot.banks.model import Bank
from bot.features.practice.answers import count_fillers, find_specifics, turns_back
from bot.features.practice.persona import opening_line
from bot.features.practice.render import render_scorecard
from bot.features.practice.scorecard import scorecard
from bot.features.practice.state import Feedback, TheyAskState
from bot.features.practice.they_ask import current_ask_back, start_they_ask, they_ask_turn
from tests.features.practice.support import NOW, only_b_and_i, roundtrip
from tests.harness import ROOT  # noqa: E402


@pytest.fixture(scope="module")
def banks() -> dict[str, Bank]:
    return load_banks(ROOT / "bot" / "question_banks")


# --------------------------------------------------------------------------- they ask


def test_start_they_ask_picks_deterministically(banks: dict[str, Bank]) -> None:
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, count=5, seed=7)
    assert len(state.queue) == 5 and len(set(state.queue)) == 5
    assert state.queue[0] == "tell-me-about-yourself"
    assert start_they_ask(bank, NOW, count=5, seed=7).queue == state.queue
    assert {tuple(start_they_ask(bank, NOW, seed=s).queue) for s in range(10)} != {
        tuple(state.queue)
    }
    assert len(start_they_ask(bank, NOW, count=2, seed=1).queue) == 4
    assert len(start_they_ask(bank, NOW, count=9, seed=1).queue) == 6
    line = opening_line(state, bank)
    assert line.endswith("So, tell me a bit about yourself.")
    assert current_ask_back(state, bank) == "So, tell me a bit about yourself."


ANSWER_RAMBLY = "Um, I'm basically a teacher, like, and I want to move into finance."
ANSWER_STRONG = (
    "I've taught maths for six years at Hollins Park School, and last year I built the"
    " department's budget spreadsheet in Excel, which cut our spending by 12%. For example,"
    " when I reorganised the textbook orders we saved \u00a33,000. I'm drawn to FP&A because"
    " I like turning numbers into decisions. I'd love to hear how you made the move from"
    " audit?"
)


def test_they_ask_session_feedback_numbers(banks: dict[str, Bank]) -> None:
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    first = bank.ask_back(state.queue[0])

    state, fb = they_ask_turn(state, bank, ANSWER_RAMBLY, NOW + timedelta(seconds=95))
    assert isinstance(fb, Feedback)
    assert fb.ask_back_id == "tell-me-about-yourself" and fb.question == first.text
    assert fb.words == 13 and fb.target == (60, 120) and fb.length == "too_short"
    assert fb.fillers == {"um": 1, "like": 1, "basically": 1} and fb.filler_count == 3
    assert fb.specifics == []
    assert not fb.turns_back
    assert fb.seconds == 95
    assert fb.notes[0] == "Too short: 13 words; aim for 60\u2013120."
    assert any("A strong answer covers" in n for n in fb.notes)
    assert fb.next_id == state.queue[1] and fb.next_question and not fb.ended

    state = roundtrip(state)  # mid-session, as the shell stores it
    assert isinstance(state, TheyAskState)
    second = NOW + timedelta(seconds=95)
    state, fb = they_ask_turn(state, bank, ANSWER_STRONG, second + timedelta(seconds=140))
    assert fb.seconds == 140  # timed from when this question was asked
    assert fb.words == 60
    assert fb.filler_count == 0 and fb.fillers == {}
    for detail in (
        "six years",
        "Hollins Park School",
        "Excel",
        "12%",
        "\u00a33,000",
        "For example",
    ):
        assert detail in fb.specifics
    assert fb.turns_back

    t = second + timedelta(seconds=140)
    for _ in range(2):
        t += timedelta(seconds=30)
        state, fb = they_ask_turn(state, bank, "Not sure yet.", t)
    assert fb.ended and fb.next_question is None and state.ended
    assert current_ask_back(state, bank) is None

    card = scorecard(state)
    assert card.mode == "they_ask" and len(card.answers) == 4
    assert card.averages == {
        "words": round((13 + 60 + 3 + 3) / 4, 1),
        "specifics": round(len(find_specifics(ANSWER_STRONG)) / 4, 1),
        "fillers": 0.8,
        "seconds": round((95 + 140 + 30 + 30) / 4, 1),
    }
    assert 2 <= len(card.improvements) <= 3
    assert any("Say more" in tip for tip in card.improvements)
    text = render_scorecard(card)
    assert len(text) < 3500 and only_b_and_i(text)
    assert "13 words" in text and "60 words" in text


def test_filler_rules() -> None:
    assert count_fillers("I would like to work in a role like yours") == {}
    assert count_fillers("What kind of role suits me?") == {}
    assert count_fillers("Do you know anyone there?") == {}
    assert count_fillers("It was like, really hard") == {"like": 1}
    assert count_fillers(
        "I mean, you know, it is kind of similar, sort of. Literally the same, actually. Uh."
    ) == {
        "uh": 1,
        "you know": 1,
        "actually": 1,
        "kind of": 1,
        "sort of": 1,
        "I mean": 1,
        "literally": 1,
    }


def test_specifics_and_turning_back() -> None:
    assert find_specifics("I worked at Deloitte for 3 years using SQL and Power BI.") == [
        "3 years",
        "Deloitte",
        "SQL",
        "Power BI",
    ]
    assert find_specifics("I am a teacher. It is fun.") == []
    assert turns_back("I'd love to hear how you did it.")
    assert turns_back("Why did the move appeal?")
    assert not turns_back("That is all, you know.")
