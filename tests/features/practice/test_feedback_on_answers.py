"""Feedback on the user's answers in a 'they ask' rehearsal that said something untrue:
shorthand where there was none, a detail quoted as a fragment, jargon left unnamed because it
was spread over several answers."""
from __future__ import annotations

import pytest

from bot.banks.model import Bank
from bot.features.practice.answers import find_specifics, slang_words
from bot.features.practice.listening import with_unit
from bot.features.practice.they_ask import start_they_ask, they_ask_turn
from tests.features.practice.support import NOW

_INTRO = ("Good evening. I am Marcus Johnson, a Sergeant First Class in the U.S. Army, retiring "
          "after 20 years of service, most of it in logistics as a 92A, most recently as NCOIC "
          "of a supply support activity at Fort Liberty. I am looking to move into operations "
          "at a veterans nonprofit here in North Carolina.")


@pytest.mark.parametrize("text", [_INTRO, "I grew up in the U.K. and moved to the u.s. in 2019."])
def test_a_country_s_initials_are_no_chat_shorthand(text: str) -> None:
    """"U.S. Army" got "Tone: chat shorthand ('u') reads as casual"."""
    assert slang_words(text) == []


def test_an_age_before_a_school_year_is_no_detail_of_the_work() -> None:
    """"im liam, 19, second year compsci" listed "19, second" as a specific."""
    found = find_specifics("ye so im liam, 19, second year compsci at TU dublin. me and my mate"
                           " built a discord bot, its got like 40 lads usin it daily")
    assert not any("19" in s for s in found) and "40" in found


def test_a_year_is_said_back_without_the_word_after_it() -> None:
    """"In 2022 I led the inventory reconciliation" was praised as the specific "2022 I"."""
    said = "In 2022 I led the inventory reconciliation: 35 Soldiers and 4,200 line items."
    assert with_unit(said, "2022") == "2022"
    assert with_unit("we had 40 volunteers when I started", "40") == "40 volunteers"


def test_acronyms_spread_over_several_answers_are_named_as_jargon_once(
        banks: dict[str, Bank]) -> None:
    """NCOIC in one answer, SSA in the next and ETS in a third were never named as jargon, and
    "ETS" was praised as a concrete detail."""
    bank = banks["nonprofit_public"]
    state = start_they_ask(bank, NOW, persona_id="gabriel")
    answers = [
        _INTRO,
        "Primarily running operations at scale. In 2022 I led the inventory reconciliation for "
        "our SSA during a brigade deployment: 35 Soldiers and about 4,200 line items. We cut "
        "excess inventory by 18 percent in six months.",
        "Operations is what I have done my entire career. I enjoy taking a process that is "
        "broken and making it run, and I want that work to serve veterans directly, especially "
        "the junior enlisted who struggle after they ETS.",
        "I would like to start within six months of my retirement, in an operations role at a "
        "veterans organisation near Fayetteville, and I am talking to NCOIC friends already.",
    ]
    notes = []
    for answer in answers:
        state, feedback = they_ask_turn(state, bank, answer, NOW)
        notes.append(feedback.notes)
        if feedback.ended:
            break
    jargon = [i for i, said in enumerate(notes) if any(n.startswith("Jargon:") for n in said)]
    assert jargon == [2]
    # this answer's own acronym named, the earlier ones said as earlier (a tester read "CSM,
    # QBR and ARR" on an answer that said only ARR)
    assert "Jargon: ETS, after NCOIC and SSA earlier, may mean" in next(
        n for n in notes[2] if n.startswith("Jargon:"))
    assert not any("ETS" in n for n in notes[2] if n.startswith("Specifics"))
    assert not any("2022 I" in n for n in notes[1])


def test_an_acronym_of_the_run_is_no_specific_in_a_later_answer(banks: dict[str, Bank]) -> None:
    """"CSM" was flagged as jargon, then counted as the one specific of a later answer."""
    from bot.features.practice.jargon import acronyms_in
    before = "I'm a CSM with 40 accounts; I run the QBR for each and track ARR."
    assert acronyms_in("As a CSM I saw churn up close.", before) == ["CSM"]
    assert acronyms_in("As a CSM I saw churn up close.", "") == []



def test_the_tone_note_quotes_what_the_user_said(banks: dict[str, Bank]) -> None:
    """"idk really, I just need a job" got "“whatever pays” sounds as if any job would do"."""
    bank = banks["general"]
    state = start_they_ask(bank, NOW, persona_id="jamal")
    state, _ = they_ask_turn(state, bank, "Hi, I am Brenda, I ran the front office of a school "
                             "in Cleveland for 22 years and I am looking at operations roles now, "
                             "ideally coordinating schedules and budgets for a company.", NOW)
    _, feedback = they_ask_turn(state, bank, "idk really, I just need a job", NOW)
    tone = next(n for n in feedback.notes if n.startswith("Tone"))
    assert "just need a job" in tone and "whatever pays" not in tone


def test_a_relative_of_a_relative_is_said_back_whole() -> None:
    """"My sister-in-law's son works at your firm" got "Oh, your sister, how nice"."""
    from bot.features.practice.acknowledge import found_me
    said = found_me("My sister-in-law's son works at your firm and said you were great", 1)
    assert "your sister-in-law's son" in said


def test_years_at_home_with_the_children_are_not_experience_said_back() -> None:
    """"I was a pharmaceutical sales rep for about six years, … and then I stepped away to
    raise my kids for seven years" got "Seven years: that's solid experience to bring with
    you."."""
    from bot.features.practice.answers import find_specifics
    from bot.features.practice.listening import acknowledge
    said = ("I'm Priya, I'm 38. I was a pharmaceutical sales rep for about six years, covering "
            "cardiology accounts, and then I stepped away to raise my kids for seven years.")
    for seed in range(4):
        heard = acknowledge(said, find_specifics(said), False, seed)
        assert "Seven years" not in heard and "Six years as a pharmaceutical sales rep" in heard


def test_the_contacts_own_fields_acronyms_are_no_jargon_to_them(banks: dict[str, Bank]) -> None:
    """"im mei lin, actuarial student at UBC, passed 2 SOA exams. kinda exploring FP&A rn" got
    "Jargon: UBC, SOA and FP&A may mean nothing outside your world", said to an FP&A manager:
    FP&A is her own work, which leaves two names, no run of jargon."""
    bank = banks["finance"]
    _, fb = they_ask_turn(start_they_ask(bank, NOW, persona_id="rosa"), bank, "hi! im mei lin, "
                          "actuarial student at UBC, passed 2 SOA exams. kinda exploring FP&A rn",
                          NOW)
    assert not any(n.startswith("Jargon") for n in fb.notes), fb.notes
    other = banks["nonprofit_public"]  # the same three, to a charity: a run of jargon
    _, fb = they_ask_turn(start_they_ask(other, NOW), other, "hi! im mei lin, actuarial student "
                          "at UBC, passed 2 SOA exams. kinda exploring FP&A and ERP rn", NOW)
    assert any(n.startswith("Jargon") for n in fb.notes), fb.notes
