"""What testers typed in their own voices (Irish, phone shorthand, chat about the weather) and
what they had got: each reply here is what a real contact would have said."""

from __future__ import annotations

import pytest

from bot.banks.model import Bank
from bot.features.practice.matcher import Matcher
from bot.features.practice.state import TurnResult
from bot.features.practice.you_ask import start_you_ask, you_ask_turn
from tests.features.practice.support import NOW


def _turns(bank: Bank, persona: str, *texts: str) -> list[TurnResult]:
    """A meeting a few questions in, then ``texts``; the reply to each."""
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 30, NOW, persona)
    state.asked, state.times_asked, state.elapsed = ["typical-day"], {"typical-day": 1}, 9.0
    results = []
    for text in texts:
        state, result = you_ask_turn(state, bank, matcher, text, NOW)
        results.append(result)
    return results


@pytest.mark.parametrize(("field", "text", "expected"), [
    # "is it true … super hard to get" had got nothing ("super" read as a topic word)
    ("product_management", "is it true pm jobs are super hard to get rn", "is-it-hard-to-get-in"),
    # "d'ya" and "ye" are "do you" and "you"; the first had got "outside what I see"
    ("marketing", "hiya sofia thanks a mil for this! so how d'ya end up in marketing yourself?",
     "how-got-started"),
    # events marketing is a kind of marketing, not the events a newcomer should go to
    ("marketing", "do ye do events marketing at all or is that a totally different job?",
     "marketing-specialisms"),
    # each had got "outside what I see" from a contact who does it
    ("nonprofit_public", "how did you learn to write grants?", "grant-writing"),
    ("finance", "coming from audit, how do people usually move into FP&A?",
     "career-switch-finance"),
    ("finance", "when you hire, do you give candidates an excel test?",
     "technical-interview-prep"),
])
def test_questions_in_regional_and_phone_speech_get_their_answer(
        banks: dict[str, Bank], field: str, text: str, expected: str) -> None:
    assert _turns(banks[field], banks[field].personas[0].id, text)[0].question_id == expected


@pytest.mark.parametrize("text", [
    "hey cheers for this mate. so hw did u get into coding in the first place",
    "def the coding haha. hw did u get into coding",
])
def test_hw_for_how_is_a_question_not_thanks_or_chat(banks: dict[str, Bank], text: str) -> None:
    """Had got "You're very welcome… what would you like to know?" and "Ha, quite!"."""
    result = _turns(banks["software_engineering"], "tomas", text)[0]
    assert result.question_id == "how-got-started"


@pytest.mark.parametrize("text", [
    "hiya keisha! hows LA, is it roasting? its lashing rain here in dublin lol",
    "how is the site visit schedule treating you this week?",
])
def test_weather_and_the_week_are_chat_not_a_question_outside_their_work(
        banks: dict[str, Bank], text: str) -> None:
    result = _turns(banks["marketing"], "keisha", text)[0]
    assert result.kind in ("greeting", "small_talk")
    assert "outside what I see" not in result.reply


def test_the_weather_in_a_work_question_is_still_a_question(banks: dict[str, Bank]) -> None:
    result = _turns(banks["healthcare"], banks["healthcare"].personas[0].id,
                    "is it freezing to work outside in the winter as a nurse?")[0]
    assert result.kind not in ("greeting", "small_talk")


def test_paid_work_to_show_is_not_a_question_about_pay(banks: dict[str, Bank]) -> None:
    """"…2k to 9k followers … or do i need proper paid stuff?" had got the salary answer."""
    result = _turns(banks["marketing"], "keisha",
                    "i run the insta for the hotel i work in, we went from like 2k to 9k "
                    "followers in a year. would that be enough to show in an interview or do i "
                    "need proper paid stuff?")[0]
    assert result.question_id != "marketing-pay"
    assert not any(w in result.reply for w in ("Pay depends", "dollars", "salary survey"))


def test_keeping_in_touch_as_a_goodbye_is_a_yes_and_a_goodbye(banks: dict[str, Bank]) -> None:
    """Had got "I'd rather not give you a half-right answer", then the clock ran out and the
    scorecard said they had not thanked them."""
    result = _turns(banks["product_management"], "derek",
                    "That's really useful, thank you. I know we're almost out of time, so I'll "
                    "let you go. Thank you so much for your advice, Derek. Would it be alright "
                    "if I kept in touch?")[0]
    assert result.reply.startswith("Of course, please do.")
    assert result.ended and result.kind == "closing"
    assert "Drop me a line" not in result.reply  # the goodbye says it; not said twice


@pytest.mark.parametrize(("answer", "named"), [
    # "Specifics: 'Mt'", and a colleague named with a title counted as no specifics at all
    ("I volunteered with groups like Mt. Carmel Veterans Service Center.",
     "Mt. Carmel Veterans Service Center"),
    ("A former colleague from my lab, Dr. Mehta, suggested I reach out to you.", "Dr. Mehta"),
    ("I worked at St. Jude for years.", "St. Jude"),
])
def test_a_name_with_an_abbreviation_is_one_specific(answer: str, named: str) -> None:
    from bot.features.practice.answers import find_specifics

    assert named in find_specifics(answer)


def test_an_organisation_after_mt_is_named_whole(banks: dict[str, Bank]) -> None:
    """Had got "I don't know Mt from the inside"."""
    from bot.features.practice.elsewhere import named_elsewhere

    question = "What is it like to work at Mt. Carmel, do they hire program managers?"
    assert named_elsewhere(question, question, banks["nonprofit_public"]) == "Mt. Carmel"


def test_a_city_the_contact_mentioned_is_not_someone_to_be_introduced_to(
        banks: dict[str, Bank]) -> None:
    """"…or would I realistically need to look at London or remote roles?" had got "London
    should tell you that one… Would you like me to introduce you?"."""
    from bot.features.practice.elsewhere import named_colleague

    said = ["London is where most agency roles are, though plenty of teams hire remotely."]
    question = ("Are there many UX jobs around Birmingham, or would I realistically need to "
                "look at London or remote roles? Is London, from what you see, the only option?")
    assert named_colleague(question, said, banks["ux_design"]) is None
    assert named_colleague("how did Femi get into design? could i talk to her?",
                           ["Femi joined us at 40 from teaching."], banks["ux_design"]) == "Femi"


@pytest.mark.parametrize(("typed", "field"), [
    ("I'd like to move into UX design, please.", "UX design"),
    ("Exploring equity research or corporate finance pls", "equity research or corporate finance"),
    ("data science thanks", "data science"),
])
def test_a_polite_word_is_no_part_of_the_field(typed: str, field: str) -> None:
    from bot.features.profile.onboarding import field_typed

    assert field_typed(typed) == field


def test_you_guys_is_the_team_not_men_in_the_work(banks: dict[str, Bank]) -> None:
    """"do u guys chart in epic?" had got how many nurses are men."""
    result = _turns(banks["healthcare"], "dana", "oh ok a residency sounds nice. do u guys chart "
                    "in epic? ive never used anything like that, only the POS at work lol")[0]
    assert result.question_id == "healthcare-systems"


@pytest.mark.parametrize(("field", "persona", "text", "expected"), [
    ("software_engineering", "priya", "wat kinda projects shud i build so i stand out",
     "portfolio-projects"),
    ("software_engineering", "priya", "i work at an amazon warehouse rn, shud i try n move into "
     "tech inside amazon or is that not really a thing", "internal-move"),
])
def test_phone_typed_questions_testers_asked(banks: dict[str, Bank], field: str, persona: str,
                                             text: str, expected: str) -> None:
    assert _turns(banks[field], persona, text)[0].question_id == expected
