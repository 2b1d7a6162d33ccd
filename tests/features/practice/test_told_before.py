"""What the user tells of themselves before a question: where they live or studied is their
story, not a topic the contact cannot speak to, and "how do I make the move?" after it asks
what the move takes for someone with that background."""

from __future__ import annotations

import pytest

from bot.banks.model import Bank
from bot.features.practice.matcher import Matcher
from bot.features.practice.terms import normalise, own_places
from bot.features.practice.you_ask import start_you_ask, you_ask_turn
from tests.features.practice.support import NOW


def _ask(bank: Bank, text: str):
    state = start_you_ask(bank, 30, NOW)
    state.asked, state.times_asked, state.elapsed = ["typical-day"], {"typical-day": 1}, 5.0
    return you_ask_turn(state, bank, Matcher.for_bank(bank), text, NOW)[1]


@pytest.mark.parametrize(("text", "places"), [
    ("I'm an engineer in Chennai and I'm interested in equity research.", {"chennai"}),
    ("i studied economics in manila and now i work in a call centre", {"manila"}),
    ("I've been in retail banking in Sydney for five years.", {"sydney"}),
    ("What's the job market like for nonprofits in Toronto?", set()),
    ("how is the market in london for someone like me", set()),
])
def test_a_place_is_the_users_own_only_where_they_tell_of_themselves(text: str,
                                                                      places: set[str]) -> None:
    assert own_places(normalise(text)) == places


def test_the_city_a_user_works_in_does_not_take_their_question_off_topic(
        banks: dict[str, Bank]) -> None:
    """It had scored a third lower than the same message without the city, and got "I
    honestly don't know … put it to someone closer to that side of things"."""
    result = _ask(banks["finance"], "I'm an engineer in Chennai and I'm interested in equity "
                  "research. How would I switch into that?")
    assert result.question_id == "career-switch-finance", result
    assert "don't know" not in result.reply


@pytest.mark.parametrize(("field", "text", "told"), [
    ("nonprofit_public", "I'm a lawyer in Delhi and want to do policy work. How do I "
     "transition?", "lawyer"),
    ("software_engineering", "i work in a warehouse in leeds, been doing the odin project. "
     "how would i make the switch?", ""),
])
def test_how_do_i_make_the_move_after_who_they_are_is_about_their_background(
        banks: dict[str, Bank], field: str, text: str, told: str) -> None:
    """"How do I transition?" names no topic of its own: it had got "did you mean 'How long
    did it take you to land your first job…'", or an honest "no solid answer"."""
    result = _ask(banks[field], text)
    assert result.question_id == "assess-my-background" and result.kind == "answer", result
    assert told in result.reply


def test_a_move_that_names_where_is_read_for_its_topic(banks: dict[str, Bank]) -> None:
    """Only a move that says nothing of where it goes leans on the background: "could I move
    into the nonprofit sector?" is asked about the sector."""
    result = _ask(banks["nonprofit_public"], "I've been in corporate HR for eight years and "
                  "want to do something meaningful. Could I move into the nonprofit sector?")
    assert result.question_id != "assess-my-background", result


def test_someone_already_in_the_field_is_not_told_an_outsiders_gap(
        banks: dict[str, Bank]) -> None:
    """A band 7 pharmacist had been told "The gap is usually knowing how health services are
    organised"."""
    bank = banks["healthcare"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 30, NOW, "samir")
    for text in ("hi Samir! quick bit about me - I'm a band 7 pharmacist at St James's in "
                 "Leeds, 8 yrs. How did you get into ops management?", "would my pharmacy "
                 "background count for much in an ops role or would I be starting from "
                 "scratch?"):
        state, result = you_ask_turn(state, bank, matcher, text, NOW)
    assert result.question_id == "assess-my-background", result
    assert "how health services are organised" not in result.reply, result.reply
    insider = bank.answer("assess-my-background", "samir", insider=True)  # his words for one
    assert insider.split(". ")[0] in result.reply, result.reply  # already in the field
