"""The field's jargon, explained when the user asks what a word means."""

from __future__ import annotations

import pytest

from bot.banks.model import Bank, Term
from bot.features.practice.glossary import asked_term
from bot.features.practice.matcher import Matcher
from bot.features.practice.you_ask import start_you_ask, you_ask_turn
from tests.features.practice.support import NOW

_TERMS = (
    Term(term="Power BI", aliases=("powerbi",), meaning="Microsoft's dashboard tool."),
    Term(term="backlog", meaning="The ordered list of work the team has not done yet."),
    Term(term="full-stack", aliases=("full stack",), meaning="Both the screens and the server."),
    Term(term="BI", meaning="Business intelligence: reporting on what happened."),
)


@pytest.fixture
def bank(banks: dict[str, Bank]) -> Bank:
    return banks["data_analytics"].model_copy(update={"glossary": _TERMS})


@pytest.mark.parametrize(("text", "term"), [
    ("sorry whats power bi? u mentioned it before", "Power BI"),
    ("what IS powerbi? is it like excel?", "Power BI"),
    ("u said earlier u spend time ordering the backlog - whats a backlog exactly?", "backlog"),
    ("sorry whats full stack? its in ur job title", "full-stack"),
    ("what does full-stack mean", "full-stack"),
    ("what do u mean by the backlog", "backlog"),
    ("full stack? whats that", "full-stack"),
    ("what's BI?", "BI"),
])
def test_a_question_about_a_word_finds_it(bank: Bank, text: str, term: str) -> None:
    found = asked_term(text, bank)
    assert found is not None and found.term == term


@pytest.mark.parametrize("text", [
    "do you use power bi much?",
    "how big is the backlog on your team?",
    "is full stack harder to get into than frontend?",
    "what does a typical day look like?",
    # the contact's own use of a word, or a question about it, is no request for its meaning
    "whats ur stack?",
    "did u do the fast stream? what's that like?",
    "does a PGCE mean i can teach abroad?",
    "have you heard of power bi?",
])
def test_a_word_used_in_passing_is_not_asked_about(bank: Bank, text: str) -> None:
    assert asked_term(text, bank) is None


def test_the_contact_explains_the_word_instead_of_answering_another_question(bank: Bank) -> None:
    """"sorry whats power bi? u mentioned it before" got an answer about who makes
    decisions; "what IS power bi? is it like excel?" got one about Excel."""
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 30, NOW)
    state, result = you_ask_turn(state, bank, matcher, "which tools do you use most?", NOW)
    state, result = you_ask_turn(state, bank, matcher, "sorry whats power bi? u mentioned it "
                                 "before", NOW)
    assert "Microsoft's dashboard tool." in result.reply and result.question_id is None


def test_a_word_asked_about_with_a_guess_is_one_question(bank: Bank) -> None:
    """"what IS power bi? is it like excel?" was coached as several questions."""
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 30, NOW)
    state, result = you_ask_turn(state, bank, matcher, "what IS power bi? is it like excel?", NOW)
    assert "dashboard" in result.reply and not any("Several" in c for c in result.coaching)


@pytest.mark.parametrize("text", [
    "whats the backlog like on ur team?",
    "How do you run a usability test?",
    "what is a case study worth to you when hiring?",
])
def test_a_question_about_their_use_of_a_word_is_no_request_for_its_meaning(
        bank: Bank, text: str) -> None:
    assert asked_term(text, bank) is None


def test_no_bank_question_is_read_as_asking_what_a_word_means(banks: dict[str, Bank]) -> None:
    """A word of the glossary at the end of a bank's own question ("How do you run a
    usability test?") once turned it into a definition; every shipped wording is checked."""
    hijacked = [(field, text) for field, bank in banks.items() for q in bank.questions
                for text in (q.text, *q.phrasings) if asked_term(text, bank)]
    assert hijacked == []


def test_a_word_asked_about_with_tho_is_still_asked_about(banks: dict[str, Bank]) -> None:
    term = asked_term("whats a data warehouse tho? keep seeing it on job ads",
                      banks["data_analytics"])
    assert term is not None and term.term == "data warehouse"


def test_a_track_named_after_a_role_is_explained() -> None:
    """"what do u mean by controller tracks?" got the CPA sentence again and "It's less
    mysterious than it sounds"."""
    from bot.banks.loader import load_banks
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.you_ask import start_you_ask, you_ask_turn
    from tests.features.practice.support import NOW
    from tests.harness import ROOT
    bank = load_banks(ROOT / "bot" / "question_banks")["finance"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 30, NOW, persona_id="rosa")
    state, first = you_ask_turn(state, bank, matcher, "is the CMA worth it for fp&a?", NOW)
    assert "controller tracks" in first.reply
    state, reply = you_ask_turn(state, bank, matcher, "ok. what do u mean by controller tracks?",
                                NOW)
    assert "accounts of a site" in reply.reply and "less mysterious" not in reply.reply, reply
