"""A "did you mean …?" taken up: the answer meets the words first typed, whichever way the
user picks (a button, "yes the first", "the latter"), across a restart too."""
from __future__ import annotations

import pytest

from bot.banks.model import Bank
from bot.features.practice.cues import CONFIRM_TEXT
from bot.features.practice.matcher import Matcher
from bot.features.practice.state import TurnResult
from bot.features.practice.you_ask import start_you_ask, you_ask_turn
from tests.features.practice.support import NOW, roundtrip

_ASKED = "what are the chances of remote from nigeria"
"""Close to remote work and to "how do you see my chances", so the contact asks which."""


def _picked(bank: Bank, reply: str, restart: bool = False) -> tuple[TurnResult, TurnResult]:
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 30, NOW, "mei")
    state, _ = you_ask_turn(state, bank, matcher, "hi mei", NOW)
    state, offered = you_ask_turn(state, bank, matcher, _ASKED, NOW)
    if restart:
        state = roundtrip(state)
    state, answer = you_ask_turn(state, bank, matcher, reply, NOW)
    return offered, answer


@pytest.mark.parametrize("restart", [False, True])
@pytest.mark.parametrize("reply", [CONFIRM_TEXT, "yes the first", "yes please"])
def test_a_confirmed_guess_answers_the_words_first_typed(
        banks: dict[str, Bank], reply: str, restart: bool) -> None:
    """Choosing the remote-work guess had got the contact's office days only: the words
    "from nigeria" were gone, so the part about working across a border was never said."""
    offered, answer = _picked(banks["product_management"], reply, restart)
    assert offered.kind == "did_you_mean" and offered.guess_id == "remote-product", offered
    assert answer.question_id == "remote-product", answer
    assert "Nigeria" in answer.reply and "payroll" in answer.reply, answer.reply


def test_yes_the_first_is_the_first_even_when_the_second_says_first(
        banks: dict[str, Bank]) -> None:
    """"yes the first" had taken the second option, "…which gaps should I close first?",
    because the word "first" was read as naming it."""
    offered, answer = _picked(banks["product_management"], "yes the first")
    assert "first?" in offered.reply.split("or")[-1], offered.reply  # the second says it
    assert answer.question_id == offered.guess_id, answer


def test_the_second_option_taken_still_answers_the_second(banks: dict[str, Bank]) -> None:
    offered, answer = _picked(banks["product_management"], "the latter")
    assert answer.question_id == offered.alt_id == "assess-my-background", answer


def test_a_topic_named_before_the_question_is_read_with_it(banks: dict[str, Bank]) -> None:
    """"my fault lol. so the portfolio part, can I use warehouse data or nah" got "That one's
    beyond what I deal with": the label after the apology names what the question is about."""
    bank = banks["data_analytics"]
    state = start_you_ask(bank, 20, NOW, "carlos")
    state.asked, state.elapsed = ["typical-day"], 5.0
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "my fault lol. so the "
                                 "portfolio part, can I use warehouse data or nah", NOW)
    # the data for a portfolio, answered, or offered beside the portfolio itself
    assert result.question_id == "portfolio-data" or (
        result.kind == "did_you_mean" and "portfolio" in result.reply), result


def test_no_choice_offered_with_the_answer_just_given(banks: dict[str, Bank]) -> None:
    """"thats ur day tho right, what would a coordinator or junior person be doing?", right
    after the typical day, got "do you mean 'What does a typical day look like for you?', or
    'What would someone new on your team typically work on…?'": not the answer just given."""
    from tests.features.practice.support import midway_turns
    day, junior = midway_turns(banks["marketing"], "keisha", "what does your typical day look "
                               "like?", "thats ur day tho right, what would a coordinator or "
                               "junior person be doing?")
    assert day.question_id == "typical-day", day
    assert junior.question_id == "first-months" and junior.kind == "answer", junior
