"""A user already in the contact's field hears the answers written for them: an ICU nurse
asking a ward manager "what would you do first if you were me?" had been told to try a
healthcare assistant's job first, a staff accountant pointed at a college careers centre."""

from __future__ import annotations

import pytest

from bot.banks.model import Bank
from bot.features.practice.insider import is_insider

NURSING = ("nurse", "gp", "doctor", "nursing", "pharmacist")


@pytest.mark.parametrize("told", [
    "I'm a GP, been a partner at a practice in Manchester for twelve years, and I'm thinking"
    " about moving into practice management",
    "9 yrs ICU nurse, want to go into management",
    "After a decade as a nurse I want to move into ops",
    "I moved into nursing 5 years ago and now I'd like to manage a ward",
    "Hi! Community pharmacist here, 6 years, looking at operations roles",
])
def test_work_in_the_field_makes_an_insider(told: str) -> None:
    assert is_insider(told, NURSING)


@pytest.mark.parametrize("told", [
    "I'm a teacher thinking about nursing",
    "I'm a teacher and want to become a nurse",
    "my sister is a nurse and I work in retail",
    "I've been a barista for four years and I'd love to get into nursing one day",
    "",
])
def test_work_they_are_after_or_someone_elses_does_not(told: str) -> None:
    assert not is_insider(told, NURSING)


def test_a_bank_without_insider_words_has_no_insiders() -> None:
    assert not is_insider("I'm an ICU nurse", ())


def _meeting(bank: Bank, persona: str, *texts: str) -> list[str]:
    """The replies to ``texts`` in one meeting, the state saved and read back between them
    as the shell does."""
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.you_ask import start_you_ask, you_ask_turn
    from tests.features.practice.support import NOW, roundtrip
    matcher, state, replies = Matcher.for_bank(bank), start_you_ask(bank, 30, NOW, persona), []
    for text in texts:
        state, result = you_ask_turn(roundtrip(state), bank, matcher, text, NOW)
        replies.append(result.reply)
    return replies


def _pay_question(bank: Bank) -> str:
    return next(q.id for q in bank.questions if "pay" in q.flags
                and any(a.insider for a in q.answers))


FIELDS = ("healthcare", "finance", "education", "nonprofit_public", "software_engineering",
          "data_analytics", "ux_design", "product_management", "marketing", "general")


@pytest.mark.parametrize("field", FIELDS)
def test_someone_in_the_field_hears_the_answers_written_for_them(banks: dict[str, Bank],
                                                                  field: str) -> None:
    bank = banks[field]
    role = bank.insider_roles[0]
    for persona in bank.personas:
        replies = _meeting(bank, persona.id,
                           f"Hi {persona.name.split()[0]}, thanks for this. Quick background:"
                           f" I've worked as a {role} for eight years and I'm weighing my next"
                           " move.",
                           "What would you do first if you were me?",
                           "What level would I come in at?",
                           "And what does it pay?")
        expected = [bank.answer(qid, persona.id, insider=True) for qid in (
            "advice-for-newcomer", "starting-level", _pay_question(bank))]
        for reply, answer in zip(replies[1:], expected, strict=True):
            assert answer.split(". ")[0] in reply, (persona.id, reply)


def test_an_icu_nurse_is_not_sent_to_work_as_a_healthcare_assistant(
        banks: dict[str, Bank]) -> None:
    replies = _meeting(banks["healthcare"], "maria",
                       "Hi Maria, I'm an ICU nurse, 9 years at Toronto General, thinking about"
                       " moving into nurse management.",
                       "what would you do first if you were me?",
                       "what level would I come in at?")
    assert "healthcare assistant" not in replies[1] and "qualify first" not in replies[2]
    assert "Band 5" not in replies[2], replies[2]


def test_someone_after_the_field_still_hears_how_to_start(banks: dict[str, Bank]) -> None:
    bank = banks["healthcare"]
    replies = _meeting(bank, "maria",
                       "Hi Maria! I'm a secondary school teacher, 12 years, and I want to"
                       " retrain as a nurse.",
                       "what would you do first if you were me?")
    newcomer = [bank.answer("advice-for-newcomer", "maria", k) for k in range(
        bank.variant_count("advice-for-newcomer", "maria"))]
    assert any(answer.split(". ")[0] in replies[1] for answer in newcomer), replies[1]
