"""'They ask': what the contact says between questions: a question skipped only on the
user's own evidence, a follow-up not in the question's words, a reply to "how did you find
me?" that fits and varies, a question that fits the move the user is making, and a close
whose thanks is to the user and whose last question waits for the debrief."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from bot.banks.model import Bank
from bot.features.practice.state import Feedback, TheyAskState
from bot.features.practice.they_ask import current_ask_back, start_they_ask, they_ask_turn
from tests.features.practice.support import NOW


def _session(bank: Bank, queue: list[str], persona: str = "", variant: int = 0) -> TheyAskState:
    state = start_they_ask(bank, NOW, persona_id=persona, variant=variant)
    state.queue = queue
    return state


def _say(state: TheyAskState, bank: Bank, *said: str) -> tuple[TheyAskState, Feedback]:
    fb = None
    for minute, text in enumerate(said, 1):
        state, fb = they_ask_turn(state, bank, text, NOW + timedelta(minutes=minute))
    assert fb is not None
    return state, fb


def test_what_they_tried_is_not_skipped_on_what_the_contact_did(banks: dict[str, Bank]) -> None:
    """"I was going to ask what you've tried so far, but you've covered that." after the user
    had only said how they found the contact: "your post about volunteering" and "you talked
    to our cohort" are the contact's doing, no sign of what the user has tried."""
    bank = banks["nonprofit_public"]
    for said in ("I found you on LinkedIn through the alumni group, and your post about "
                 "volunteering at the food bank stood out to me.",
                 "I found you on LinkedIn through the alumni group. I saw you talked to our "
                 "cohort last year about switching from HR."):
        state = _session(bank, ["why-me", "explored-so-far", "timeline", "how-can-i-help"])
        state, fb = _say(state, bank, said)
        assert "covered that" not in fb.reaction, fb.reaction
        assert fb.next_id == "explored-so-far"
    state = _session(bank, ["why-me", "explored-so-far", "timeline", "how-can-i-help"])
    state, fb = _say(state, bank, "I found you on LinkedIn through the alumni group, and I've "
                     "been volunteering at a food bank every Saturday since June.")
    assert "you've covered that" in fb.reaction and fb.next_id != "explored-so-far"


def test_the_follow_up_does_not_ask_the_question_again(banks: dict[str, Bank]) -> None:
    """"Right. How do you see that carrying over to the work here?" right after "What from
    your current work or studies do you think would carry over?"."""
    bank = banks["marketing"]
    state = _session(bank, ["transferable-skills", "timeline", "why-me", "how-can-i-help"],
                     "sofia")
    state, fb = _say(state, bank, "the upselling. last year I changed our pre-arrival emails "
                     "and transfer bookings went up about 30%")
    assert fb.next_id == "transferable-skills" and fb.next_question
    asked = set(re.findall(r"[a-z]{4,}", fb.question.lower())) - {"what", "your", "would",
                                                                  "think", "from"}
    said = set(re.findall(r"[a-z]{4,}", fb.next_question.lower()))
    assert not {w[:5] for w in asked} & {w[:5] for w in said}, fb.next_question


_FOUND = "I found you on LinkedIn through the alumni group. I saw you moved from HR too."


def test_how_they_found_the_contact_is_heard_as_that_and_not_word_for_word(
        banks: dict[str, Bank]) -> None:
    """"Okay, that helps me see where you are." came word for word in two sessions as the
    reply to "how did you find me?"."""
    bank = banks["nonprofit_public"]
    heard = []
    for variant in range(3):
        state = _session(bank, ["why-me", "timeline", "how-can-i-help", "explored-so-far"],
                         "aisha", variant)
        _, fb = _say(state, bank, _FOUND)
        assert "where you are" not in fb.reaction, fb.reaction
        assert "LinkedIn" in fb.reaction or "alumni group" in fb.reaction, fb.reaction
        heard.append(fb.reaction.split(". I was going")[0])
    assert len(set(heard)) > 1, heard
    state = _session(bank, ["why-me", "timeline", "how-can-i-help", "explored-so-far"], "aisha")
    _, fb = _say(state, bank, "A friend of mine from college works in compliance at your "
                 "charity and said you had made the same move.")
    assert "friend of yours from college" in fb.reaction, fb.reaction


@pytest.mark.parametrize(("said", "asked"), [
    ("I've taught secondary science for eight years, and now I want to move into instructional "
     "design. Last year I rebuilt our year 9 physics unit on Moodle with short quizzes that the "
     "whole department uses.", "What draws you to instructional design?"),
    ("I've taught secondary science for eight years and I'm leaving teaching at the end of this "
     "year. Last year I rebuilt our year 9 physics unit on Moodle with short quizzes that the "
     "whole department uses.", "What draws you to this kind of work, rather than teaching?"),
    ("I've worked in retail management for nine years, and I want to get into teaching. I run "
     "the training for every new starter in our store, twelve of them last year, with a "
     "checklist I wrote for the tills.", "What draws you to teaching?"),
])
def test_the_question_fits_the_move_the_user_is_making(
        banks: dict[str, Bank], said: str, asked: str) -> None:
    """After the user said he wants instructional design (leaving teaching), the contact
    asked "What draws you to teaching?", the education bank's why-this-field question."""
    bank = banks["education"]
    state = _session(bank, ["tell-me-about-yourself", "why-this-field", "timeline",
                            "how-can-i-help"], "rosa")
    state, fb = _say(state, bank, said)
    assert fb.next_id == "why-this-field" and fb.next_question == asked
    assert current_ask_back(state, bank) == asked  # as shown after a restart
    state, fb = _say(state, bank, "Building things people learn from, at a bigger scale.")
    assert fb.question == asked  # the debrief lists the question as it was put


@pytest.mark.parametrize(("worry", "advice"), [
    ("Honestly the visa. I'm on a skilled worker visa so I'd need sponsorship, and I worry "
     "charities don't sponsor people like me.", "It saves months of applications."),
    ("Money, mostly. I have a mortgage and I can't take a big pay cut, so I worry about "
     "starting again at the bottom.", "then you can say yes or no quickly."),
])
def test_the_close_thanks_the_user_apart_from_the_advice(
        banks: dict[str, Bank], worry: str, advice: str) -> None:
    """"…then you can say yes or no quickly. That's really helpful, thank you. I've done enough
    of the asking…" read as the contact thanking herself, and "Over to you: what would you like
    to know?" came right before the scorecard, with no way to answer it there."""
    bank = banks["nonprofit_public"]
    state = _session(bank, ["biggest-concern", "timeline", "how-can-i-help",
                            "explored-so-far"], "aisha")
    state.index = 3
    state.queue[3] = "biggest-concern"
    state, fb = _say(state, bank, worry)
    assert fb.ended
    given, close = fb.reaction.split("\n\n")
    assert given.endswith(advice) and "thank" not in given.lower(), fb.reaction
    assert "That's really helpful, thank you" not in fb.reaction
    assert re.search(r"\b(?:your answers|being so open with me)\b", close), close
    assert "notes" in close and close.endswith(("what did you want to ask me?",
                                                "what would you like to know?"))


def test_a_tool_typed_in_lower_case_is_said_back_as_it_is_spelled() -> None:
    """The contact had said "A django app: that's a concrete example"."""
    from bot.features.practice.listening import as_sentence

    assert as_sentence("a django app") == "A Django app"
    assert as_sentence("sql and powerbi dashboards") == "SQL and Power BI dashboards"
    assert as_sentence("a quick sketch") == "A quick sketch"  # a word before it is a tool


def test_wanting_to_train_as_a_role_says_the_role_aimed_for() -> None:
    """"I'd like to train as a registered nurse" in the first answer, then "What kind of role are
    you aiming for?" and "Sorry, yes, you did say"."""
    from bot.features.practice.covered import covered

    assert covered("role-aiming-for", "I've been a care assistant for six years. I'd like to "
                   "train as a registered nurse, ideally through an apprenticeship.")
    assert not covered("role-aiming-for", "I trained as a nurse in Ghana years ago")


def test_a_worry_said_as_what_im_worried_about_is_met() -> None:
    """"What I'm worried about is the money and whether I'm too old to start at 33." had got
    "That makes sense." and the next question."""
    from bot.features.practice.worries import WORRY, worry_heard

    said = "What I'm worried about is the money and whether I'm too old to start at 33."
    assert WORRY.search(said)
    heard = worry_heard(said, 0)
    assert "On age" in heard and "On pay" in heard, heard
