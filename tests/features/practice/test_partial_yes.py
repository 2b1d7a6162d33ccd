"""An introduction taken up in part or later, as testers typed it: the contact confirms the
one person meant, never "I'll introduce you" to everyone."""
from __future__ import annotations

from bot.banks.model import Bank
from bot.features.practice.matcher import Matcher
from bot.features.practice.state import TurnResult
from bot.features.practice.you_ask import start_you_ask, you_ask_turn
from tests.features.practice.support import NOW


def _meeting(bank: Bank, persona: str, *texts: str) -> list[TurnResult]:
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 30, NOW, persona)
    results = []
    for text in texts:
        state, result = you_ask_turn(state, bank, matcher, text, NOW)
        results.append(result)
    return results


def test_a_yes_to_one_with_the_other_not_needed_names_only_that_one(
        banks: dict[str, Bank]) -> None:
    bank = banks["education"]
    persona = next(p.id for p in bank.personas if p.id == "rosa")
    *_, offer, answer = _meeting(
        bank, persona, "how did you get started?", "is there anyone else I should talk to?",
        "Omar would be wonderful, yes please. I'm fairly sure I'm leaving the classroom, so "
        "Helen probably isn't needed.")
    assert "Omar" in offer.reply and "Helen" in offer.reply  # both were offered
    assert "Omar" in answer.reply and "Helen" not in answer.reply, answer.reply


def test_a_yes_made_later_after_not_sure_takes_up_the_offer(banks: dict[str, Bank]) -> None:
    """"actually yeah go ahead and email andre … skip marisol tho", two turns after "hmm not
    sure yet", had got "That's useful background, thanks"."""
    *_, later = _meeting(
        banks["marketing"], "keisha", "how did you get started?",
        "is there anyone else you think i should talk to?", "hmm not sure yet",
        "what tools do you use day to day?",
        "actually yeah go ahead and email andre, the agency thing is what i want. skip marisol "
        "tho")
    assert later.kind == "yes" and "Andre" in later.reply and "Marisol" not in later.reply, \
        later.reply


def test_a_no_to_the_offer_as_time_runs_out_leaves_room_for_thanks(banks: dict[str, Bank]
                                                                    ) -> None:
    """"hmm not sure, dont wanna bug them" to the offer made as the contact had to stop had
    got "Sorry, I really have to stop there." and the scorecard, with no chance to thank."""
    bank = banks["finance"]
    matcher, state = Matcher.for_bank(bank), start_you_ask(bank, 20, NOW, "grace")
    state.asked, state.elapsed = ["typical-day", "how-got-started"], 19.0
    state, offer = you_ask_turn(state, bank, matcher, "is there anyone else i should talk to?",
                                NOW)
    assert "have to stop" in offer.reply and "introduce" in offer.reply
    state, unsure = you_ask_turn(state, bank, matcher, "hmm not sure, dont wanna bug them", NOW)
    assert not unsure.ended and "stop there" not in unsure.reply, unsure.reply
    assert "No pressure" in unsure.reply
    state, thanks = you_ask_turn(state, bank, matcher, "ok thanks so much for your time!", NOW)
    assert thanks.ended and state.thanked, thanks


def test_still_thinking_is_not_yet_however_warm_the_name(banks: dict[str, Bank]) -> None:
    """"hmm not sure, leon sounds good but let me think first" had got "Lovely, I'll introduce
    you to Leon tonight"; "yes please! I'll think about what to ask him" is still a yes."""
    for text, kind in (
            ("hmm not sure, leon sounds good but let me think first. thank u so much arjun", "no"),
            ("that sounds great, can i have a think and get back to you", "no"),
            ("leon sounds interesting but i need to think abt it first", "no"),
            ("yes please! i will think about what to ask him", "yes")):
        *_, answer = _meeting(banks["finance"], "arjun", "how did you get started?",
                              "who else do you think i should talk to?", text)
        assert answer.kind == kind, (text, answer.reply)
        assert kind == "yes" or "introduce you" not in answer.reply.split(".")[0], answer.reply


def test_a_change_of_mind_after_yes_to_both_keeps_one(banks: dict[str, Bank]) -> None:
    """"Maybe just Nicole for now, and I will not bother Andre", after a yes to both, had got
    "Got it. So what would be most useful to know from my side?"."""
    *_, narrowed = _meeting(
        banks["data_analytics"], "carlos", "Who else do you think I should talk to?",
        "Yes please, both would be wonderful.",
        "Actually, on second thought... Maybe just Nicole for now, and I will not bother Andre.")
    assert narrowed.kind == "narrow" and "just Nicole" in narrowed.reply, narrowed.reply
