"""Coaching notes in 'you ask': one lesson per weak habit, a better question to ask instead,
and each habit counted once."""

from __future__ import annotations

import re

import pytest

from bot.banks.model import Bank
from bot.features.practice.matcher import Matcher
from bot.features.practice.render import render_scorecard
from bot.features.practice.scorecard import scorecard
from bot.features.practice.understand import wording_flags
from bot.features.practice.you_ask import start_you_ask, you_ask_turn
from tests.features.practice.support import NOW, roundtrip


@pytest.mark.parametrize(
    ("text", "counter", "words"),
    [
        ("Are you hiring at the moment?", "job_asks", "Job ask"),
        ("Could you pass my resume to your hiring manager?", "job_asks", "Job ask"),
        ("How many employees does the company have?", "googleable", "web search"),
        ("Do you like your job?", "closed", "Yes/no"),
        ("What do you enjoy most? What would you change?", "multiple", "Several questions"),
    ],
)
def test_coaching_notes(bank: Bank, matcher: Matcher, text: str, counter: str, words: str) -> None:
    state = start_you_ask(bank, 20, NOW)
    state, result = you_ask_turn(state, bank, matcher, text, NOW)
    notes = [n for n in result.coaching if words in n]
    assert len(notes) == 1
    assert getattr(state, counter) == 1
    if counter in ("job_asks", "googleable"):
        assert state.closed == 0  # one lesson at a time
    quoted = re.search(r"\u201c(.+)\u201d", notes[0])
    assert quoted
    assert not {"job_ask", "googleable", "closed"} & set(wording_flags(quoted.group(1)))
    if counter in ("job_asks", "googleable"):
        # The better alternative is a real, high-value bank question.
        alternative = next(q for q in bank.questions if q.text == quoted.group(1))
        assert alternative.value == "high" and not alternative.flags
    elif counter == "closed":  # their own question, reopened
        assert quoted.group(1) == "What do you enjoy most about your job?"
    else:  # the one not answered, to ask next
        assert quoted.group(1) == "What would you change?"


def test_open_wording_is_not_called_closed(bank: Bank, matcher: Matcher) -> None:
    state = start_you_ask(bank, 20, NOW)
    state, result = you_ask_turn(
        state, bank, matcher, "How hard is it to get into this field?", NOW
    )
    assert result.question_id is not None
    assert state.closed == 0
    assert not any("Yes/no" in note for note in result.coaching)


def test_job_ask_costs_the_point(bank: Bank, matcher: Matcher) -> None:
    state = start_you_ask(bank, 20, NOW)
    state, _ = you_ask_turn(state, bank, matcher, "can you refer me for a job on your team?", NOW)
    card = scorecard(state)
    assert state.job_asks == 1 and not card.never_asked_for_job
    assert "Never asked for a job (1 job ask)" in render_scorecard(card)


def test_a_cv_put_up_for_review_is_named_for_what_it_was(bank: Bank, matcher: Matcher) -> None:
    """"would u be willing to look at my resume once i rewrite it" got the contact's yes and
    the CV note, then "Never asked for a job (1 job ask)" on the card, as if it were one."""
    state = start_you_ask(bank, 20, NOW)
    state, _ = you_ask_turn(state, bank, matcher, "What do you enjoy most about your job?", NOW)
    state, result = you_ask_turn(state, bank, matcher, "would u be willing to look at my resume"
                                 " once i rewrite it", NOW)
    assert any(note.startswith("Your CV") for note in result.coaching), result.coaching
    shown = render_scorecard(scorecard(state))
    assert "\u274c Never asked for a job or offered your CV (1 CV request)" in shown, shown
    assert "job ask" not in shown
    state, _ = you_ask_turn(state, bank, matcher, "can you refer me for a job on your team?",
                            NOW)
    assert "(1 job ask and 1 CV request)" in render_scorecard(scorecard(state))


def test_confirmed_guess_is_coached_like_the_question(bank: Bank, matcher: Matcher) -> None:
    # The guess is googleable: confirming it gets the coaching (once: not the bank's tip
    # making the same point again), and counts.
    state = start_you_ask(bank, 20, NOW)
    state.pending_guess = "what-does-company-do"  # "did you mean …?" asked of a vague message
    state, result = you_ask_turn(state, bank, matcher, "yes", NOW)
    assert result.question_id == "what-does-company-do"
    assert [n for n in result.coaching if "web search" in n] == result.coaching
    assert state.googleable == 1 and state.categories == ["insights"]
    # A job ask in slang is one from its own words: answered and coached at once.
    state, result = you_ask_turn(state, bank, matcher, "any vacancy vibes?", NOW)
    assert result.question_id == "are-you-hiring" and state.job_asks == 1
    assert any(note.startswith("Job ask") for note in result.coaching)


def test_confirming_does_not_count_a_habit_twice(bank: Bank, matcher: Matcher) -> None:
    # The message the guess came from was already coached as a job ask.
    state = start_you_ask(bank, 20, NOW)
    state.job_asks = 1
    state.pending_guess, state.pending_flags = "are-you-hiring", ["job_ask"]
    state, result = you_ask_turn(roundtrip(state), bank, matcher, "Yes", NOW)
    assert result.question_id == "are-you-hiring" and state.job_asks == 1
    assert not any(note.startswith("Job ask") for note in result.coaching)


def test_a_new_message_after_a_guess_is_coached_in_full(bank: Bank, matcher: Matcher) -> None:
    state = start_you_ask(bank, 20, NOW)
    state.job_asks = 1
    state.pending_guess, state.pending_flags = "are-you-hiring", ["job_ask"]
    state, result = you_ask_turn(state, bank, matcher, "Are you hiring at the moment?", NOW)
    assert result.question_id == "are-you-hiring" and state.job_asks == 2
    assert any(note.startswith("Job ask") for note in result.coaching)


@pytest.mark.parametrize(("text", "suggested"), [
    ("is ur team remote? and how do u support juniors if ur not in the office?",
     "How do you support juniors if you're not in the office?"),
    ("whats a normal day like for u? and how hard is it to switch in if ur not from a cs degree?",
     "How hard is it to switch in if you're not from a CS degree?"),  # "CS": as they would read it
])
def test_the_question_to_ask_next_is_written_out(bank: Bank, matcher: Matcher, text: str,
                                                 suggested: str) -> None:
    """ "if ur not in marketing yet" was suggested back as "if your not in marketing yet",
    and "can i ask" kept its lower-case "i"."""
    state = start_you_ask(bank, 30, NOW)
    state.asked, state.elapsed = ["how-got-started"], 5.0
    result = you_ask_turn(state, bank, matcher, text, NOW)[1]
    assert any(suggested in note for note in result.coaching), result.coaching


def test_the_yes_no_note_is_made_twice_a_meeting_and_still_counted(banks: dict[str, Bank]
                                                                    ) -> None:
    """A tester had "Yes/no question: start with what or how…" three times, the last on
    "is my age gonna be a problem getting hired", a fair way to raise a worry."""
    bank = banks["nonprofit_public"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 30, NOW, "gabriel")
    notes = []
    for text in ("do you like your job?", "is it hard to get in?", "is the pay ok?",
                 "is my age gonna be a problem getting hired"):
        state, result = you_ask_turn(state, bank, matcher, text, NOW)
        notes.append(sum("Yes/no" in note for note in result.coaching))
    assert sum(notes) == 2 and notes[:2] == [1, 1], notes
    assert state.closed == 4  # the scorecard still counts each one


@pytest.mark.parametrize("text", [
    "Last quick one, sorry! What's the best part of your job, and is there anything you miss "
    "about retail?",
    "How did you get into UX? Do you miss retail?",
])
def test_a_short_second_question_about_how_they_feel_is_a_second_question(
        banks: dict[str, Bank], text: str) -> None:
    """"…, and is there anything you miss about retail?" had been read as narrowing the first,
    so it went unanswered with no note, and the scorecard said "1 several-at-once" for three."""
    bank = banks["ux_design"]
    state = start_you_ask(bank, 30, NOW, "nia")
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), text, NOW)
    assert any(note.startswith("Several questions") for note in result.coaching)
    assert state.multiple == 1


def test_no_ask_next_for_a_part_the_answer_gives(banks: dict[str, Bank]) -> None:
    """"…some jobs need a civil service exam. how long from application to offer,
    realistically?" was answered "usually four weeks from the closing date to an offer", then
    told "Ask next: 'How long from application to offer, realistically?'"."""
    from tests.features.practice.support import first_turn
    turn = first_turn(banks["nonprofit_public"], "aisha", "Sorry, lost comms for a sec. Back up."
                      " how does hiring actually work in city government? i hear timelines are "
                      "long and some jobs need a civil service exam. how long from application "
                      "to offer, realistically?")
    assert "to an offer" in turn.reply, turn.reply
    assert turn.coaching and not any("Ask next" in tip for tip in turn.coaching), turn.coaching
    other = first_turn(banks["data_analytics"], "marcus", "hmm ok. what should my portfolio "
                       "actually look like? and what tools do you use every day?")
    assert any("Ask next: \u201cWhat should my portfolio actually look like?\u201d" in tip
               for tip in other.coaching), other.coaching  # a part still open is suggested
