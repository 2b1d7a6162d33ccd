"""What a user adds in passing: thanks in their first language, and an aside in brackets."""

from __future__ import annotations

from bot.banks.model import Bank
from bot.features.practice.matcher import Matcher
from bot.features.practice.you_ask import start_you_ask, you_ask_turn
from tests.features.practice.support import NOW, roundtrip


def _play(bank: Bank, persona: str, *texts: str):  # noqa: ANN202 - (state, results)
    matcher, state, results = Matcher.for_bank(bank), start_you_ask(bank, 20, NOW, persona), []
    state.asked, state.times_asked, state.elapsed = ["typical-day"], {"typical-day": 1}, 12.0
    for text in texts:
        state, result = you_ask_turn(roundtrip(state), bank, matcher, text, NOW)
        results.append(result)
    return state, results


def test_thanks_in_italian_is_thanks(banks: dict[str, Bank]) -> None:
    """"grazie mille hannah really useful… bye" was scored "❌ Thanked them as you closed"."""
    state, results = _play(banks["product_management"], "hannah", "ok i know you have the call"
                           " now so i let you go. grazie mille hannah really useful, have a nice"
                           " evening! bye")
    assert state.thanked and results[-1].ended


def test_thanks_typed_as_tks_is_thanks(banks: dict[str, Bank]) -> None:
    """"no problem!! tks so much hannah, was really helpful, have a good day" got "Good,
    thanks! One of those weeks" and was scored "❌ Thanked them"."""
    state, results = _play(banks["product_management"], "hannah", "what skills matter most?",
                           "no problem!! tks so much hannah, was really helpful, have a good day")
    assert state.thanked and results[-1].ended, results[-1]


def test_a_name_in_an_aside_is_not_the_one_chosen(banks: dict[str, Bank]) -> None:
    """"yes please that would be great! (funny, another marco haha)" to "Shall I introduce you
    to Marco and Leah?" got "I'll introduce you to Marco tonight" (the user was a Marco)."""
    _, results = _play(banks["product_management"], "hannah", "is there someone else you think"
                       " i should talk to, maybe someone who moved from dev to PM?",
                       "yes please that would be great! (funny, another marco haha)")
    assert "Leah" in results[0].reply and "introduce you to Marco" not in results[1].reply
    assert results[1].kind == "yes", results[1].reply


def test_a_no_with_thanks_for_their_time_ends_the_meeting(banks: dict[str, Bank]) -> None:
    """"no thats ok. i know youve got your launch meeting, thank you so much for your time
    jordan, really helpful" to an offer got "No problem. What else would you like to know?":
    the decline taken, the thanks and the goodbye lost."""
    bank = banks["education"]
    matcher, state = Matcher.for_bank(bank), start_you_ask(bank, 30, NOW, "ben")
    state, _ = you_ask_turn(state, bank, matcher, "How does teacher pay work in Australian "
                            "public schools?", NOW)
    state, result = you_ask_turn(roundtrip(state), bank, matcher, "no thats ok. i know youve got"
                                 " a class soon, thank you so much for your time ben, really"
                                 " helpful", NOW)
    assert result.kind == "no" and result.ended and state.thanked, result.reply
    assert "what else" not in result.reply.lower()
    # a no that thanks them and asks on is not a goodbye
    state = start_you_ask(bank, 30, NOW, "ben")
    state, _ = you_ask_turn(state, bank, matcher, "How does teacher pay work in Australian "
                            "public schools?", NOW)
    state, result = you_ask_turn(roundtrip(state), bank, matcher, "no thanks, thank you for your"
                                 " time on that. what about workload though?", NOW)
    assert not result.ended and result.question_id == "work-life-balance", result.reply


def test_thanks_with_i_know_you_have_a_busy_day_ends_the_meeting(banks: dict[str, Bank]) -> None:
    """"no thats ok for now. i know you have a busy day, thank you so much for your time elena,
    really helpful" got "Good, thanks! One of those weeks, but a good one": the busy day read
    as chat about their week."""
    bank = banks["general"]
    matcher, state = Matcher.for_bank(bank), start_you_ask(bank, 30, NOW, "elena")
    state, _ = you_ask_turn(state, bank, matcher, "what do you like most about your job?", NOW)
    state, result = you_ask_turn(roundtrip(state), bank, matcher, "no thats ok for now. i know "
                                 "you have a busy day, thank you so much for your time elena, "
                                 "really helpful", NOW)
    assert result.ended and state.thanked, result
    # said as the meeting opens, it is a courtesy, not a goodbye
    state = start_you_ask(bank, 30, NOW, "elena")
    state, result = you_ask_turn(state, bank, matcher, "hi elena, i know you have a busy day, "
                                 "thanks for making the time!", NOW)
    assert not result.ended, result
