"""A result the user tells through a thing they made ("the recall list I built cut that to
about 12%") is said back as a result, with the thing and the figure, not as a bare figure."""
from __future__ import annotations

import pytest

from bot.banks.model import Bank
from bot.features.practice.they_ask import start_they_ask, they_ask_turn
from tests.features.practice.support import NOW


def _reaction(bank: Bank, answer: str) -> str:
    state = start_they_ask(bank, NOW, persona_id=bank.personas[0].id)
    return they_ask_turn(state, bank, answer, NOW)[1].reaction


@pytest.mark.parametrize(("answer", "said"), [
    ("I'm a practice nurse, 8 years. Our recall rate for diabetic reviews was 30% missed; the "
     "recall list I built cut that to about 12%.",
     "The recall list you built cut it to about 12%: that's a real result"),
    ("I work in ops at a courier firm. The tracker we set up cut late deliveries by 20% in "
     "3 months.", "The tracker you set up cut late deliveries by 20% in 3 months: that's a real"),
    # where it went, too: had stopped at "from 25%"
    ("I handle clinic scheduling, and last year the booking template I built cut our clinic "
     "no-shows from 25% to about 15%.",
     "The booking template you built cut your clinic no-shows from 25% to about 15%: that's"),
])
def test_a_result_told_through_a_thing_made_is_said_back(banks: dict[str, Bank], answer: str,
                                                         said: str) -> None:
    """Had got "Those figures make it concrete for me."."""
    assert _reaction(banks["healthcare"], answer).startswith(said)


@pytest.mark.parametrize("answer", [
    "The app I made got 500 users, about 10% of the school.",  # no result the user moved
    "The report my manager built cut costs by 20%.",  # someone else's
])
def test_no_result_is_credited_where_none_was_made(banks: dict[str, Bank], answer: str) -> None:
    assert "real result" not in _reaction(banks["healthcare"], answer)


@pytest.mark.parametrize(("answer", "found"), [
    # a name typed in lower case on a phone is still a name: had got "No specifics yet"
    ("daniel okafor suggested you, he said youd made the jump recently from retail",
     ["Daniel Okafor"]),
    ("my manager suggested you", []), ("a friend suggested i talk to you", []),
    # "tier 1" labels the college; "the last 3," counts nothing said
    ("I went to a tier 1 college in Kerala and did my BTech", ["Kerala", "BTech"]),
    ("principal teacher for the last 3, so I manage a department", []),
    ("I manage 3 people", ["3 people"]),
])
def test_specifics_are_the_details_a_listener_would_repeat(answer: str,
                                                           found: list[str]) -> None:
    from bot.features.practice.answers import find_specifics
    assert find_specifics(answer) == found


def test_a_second_languages_slips_are_not_said_back() -> None:
    """"In LinkedIn, right." and "Two persons already: that's a useful detail." echoed a
    Miami pharmacist's grammar back at her."""
    from bot.features.practice.acknowledge import found_me
    from bot.features.practice.listening import as_sentence
    assert found_me("I find you in LinkedIn, in the alumni group of my university.",
                    1).startswith("On LinkedIn")
    assert as_sentence("two persons already") == "Two people already"


def test_a_result_named_with_a_number_in_it_is_said_back() -> None:
    """"…I built a dashboard that flagged students slipping and our year 11 results went up
    about 8%" had got "I like that: “Last year I built a dashboard”": the result was lost
    because "year 11" has a number in it."""
    from bot.features.practice.acknowledge import acknowledge_answer
    said = acknowledge_answer("honestly the tracking bit is what I enjoy most now - last year I "
                              "built a dashboard that flagged students slipping and our year 11 "
                              "results went up about 8%", 1)
    assert said.startswith("Your year 11 results went up about 8%: that's a real result"), said


@pytest.mark.parametrize("answer", [
    "Honestly I haven't done any user research, that's a gap for me.",
    "I don't have any agency experience yet, it has all been in-house at the school.",
])
def test_an_admitted_gap_is_taken_in_honestly_not_praised(banks: dict[str, Bank],
                                                          answer: str) -> None:
    """"Ah, user research: that's useful to know." praised what the user said they lack, and
    the feedback listed it among their specifics."""
    bank = banks["marketing"]
    state = start_they_ask(bank, NOW, persona_id=bank.personas[0].id)
    fb = they_ask_turn(state, bank, answer, NOW)[1]
    assert "useful" not in fb.reaction and "detail" not in fb.reaction
    assert "user research" not in fb.specifics and "agency experience" not in fb.specifics
    assert "gap" in fb.reaction or "honest" in fb.reaction


def test_a_gap_does_not_hide_the_result_beside_it(banks: dict[str, Bank]) -> None:
    """A count told as where it went is a result, after a gap owned with "but"."""
    said = _reaction(banks["marketing"], "I haven't done paid ads, but I grew our school's "
                     "Instagram from 300 to 2,100 followers in a year.")
    assert said.startswith("You grew your school's Instagram from 300 to 2,100: that's a real")


def test_a_modest_scale_owned_is_no_detail_said_back(banks: dict[str, Bank]) -> None:
    """"Ah, ward or a department: that's useful to know." took the comparison as a detail."""
    bank = banks["healthcare"]
    state = start_they_ask(bank, NOW, persona_id=bank.personas[0].id)
    fb = they_ask_turn(state, bank, "I managed a modest equipment budget of about 40,000 euro "
                       "per year, although I am aware that is small compared with a ward or a "
                       "department.", NOW)[1]
    assert "ward" not in fb.reaction
    assert not any("ward" in s for s in fb.specifics)


def test_a_request_in_an_answer_is_welcomed_with_the_detail(banks: dict[str, Bank]) -> None:
    """"Honestly just your advice on where to start. I'm a social worker of 15 years…", asked
    "How can I help you?", got only "15 years is a lot to draw on.": the request went unheard."""
    bank = banks["nonprofit_public"]
    state = start_they_ask(bank, NOW, persona_id="aisha")
    state.queue = ["how-can-i-help", "timeline"]
    fb = they_ask_turn(state, bank, "Honestly just your advice on where to start. I'm a social "
                       "worker of 15 years and I don't know which door to knock on first for "
                       "programme roles.", NOW)[1]
    assert fb.reaction.startswith("Happy to help with that. 15 years"), fb.reaction


def test_a_verb_alone_is_no_result_and_yeah_is_not_said_back() -> None:
    """"…I ran a christmas promo that doubled footfall one weekend" came back as "You doubled:
    that's a real result"; the page that grew is said back without the "yeah" before it."""
    from bot.features.practice.answers import find_specifics
    from bot.features.practice.listening import acknowledge
    said = ("yeah our facebook page went from about 400 to 2,300 followers in two years and I "
            "ran a christmas promo that doubled footfall one weekend")
    reaction = acknowledge(said, find_specifics(said), False, 0)
    assert not reaction.startswith("You doubled:"), reaction
    assert reaction.startswith("Your facebook page went from about 400 to 2,300"), reaction


def test_a_figure_written_with_a_comma_is_said_back_with_what_it_counts(
        banks: dict[str, Bank]) -> None:
    """"…led the migration of our suite from Selenium to Playwright, about 2,300 tests, and
    trained 6 junior testers" was met with "Thanks, that's helpful.": "2,300" was no number
    to find its noun for, and the size of the work went unheard."""
    said = _reaction(banks["education"], "Mostly I write test plans and automate regression "
                     "tests for a banking app. Last year I led the migration of our suite from "
                     "Selenium to Playwright, about 2,300 tests, and trained 6 junior testers. "
                     "The training was what I enjoyed most, one reason I want to teach.")
    assert "2,300 tests" in said or "6 junior testers" in said, said
