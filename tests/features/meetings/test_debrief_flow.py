"""The debrief as a pure function: four questions (or only the names), notes on the meeting,
and each suggested name a contact linked to who suggested it."""

from __future__ import annotations

import pytest

from bot.features.meetings.debrief import DebriefFlow
from bot.features.meetings.effects import AddReferrals, SaveDebrief
from tests.features.flow_support import Walk

MEETING = {"meeting_id": 11, "contact_id": 3, "contact_name": "Dana Lee"}
NAMES_ONLY = {**MEETING, "only_names": True}
TYPE_A_LINE = "Type a line, or tap the button."
LEARNED = "What was the most useful thing you learned? (one line — it goes in your thank-you note)"


def walk_to(step: str, payload: dict = MEETING) -> Walk:
    w = Walk(DebriefFlow(), payload=payload)
    answers = {"learned": "Ops roles want SQL", "fit": "Fits my love of data",
               "names": "Ana Ruiz"}
    while w.step != step:
        w.say(answers[w.step])
    return w


def test_happy_path_saves_notes_and_adds_referrals() -> None:
    w = Walk(DebriefFlow(), payload=MEETING)
    assert w.question == LEARNED and w.labels == ["Skip"]  # no Back in a debrief
    w.say("Ops roles want SQL")
    assert w.question.startswith("How does what you heard fit your skills")
    w.say("Fits my love of data")
    assert w.labels == ["None"]
    w.say("Ana Ruiz, Ben and Chloe Park")
    assert w.out.effects == [SaveDebrief(11, (("names", "Ana Ruiz, Ben, Chloe Park"),)),
                             AddReferrals(3, ("Ana Ruiz", "Ben", "Chloe Park"), 11,
                                          (("", "", False),) * 3)]
    assert w.out.replies[0].text.startswith(
        "➕ Added <b>Ana Ruiz</b>, <b>Ben</b> and <b>Chloe Park</b> as contacts suggested by "
        "Dana. When you write to them, /outreach opens with “Dana suggested I contact you”")
    assert w.question == "What would you do differently next time?"
    w.say("Ask fewer yes/no questions")
    assert w.steps == ["learned", "fit", "names", "differently", None]
    assert w.out.effects[-1] == SaveDebrief(11, (
        ("differently", "Ask fewer yes/no questions"), ("fit", "Fits my love of data"),
        ("learned", "Ops roles want SQL"), ("names", "Ana Ruiz, Ben, Chloe Park")),
        final=True)
    assert w.text == "📝 Saved. Your thank-you draft will use what you learned."
    assert w.out.show_menu
    # each answer is saved as it is given (a /cancel halfway keeps it), then the whole
    assert [type(e) for e in w.effects] == [SaveDebrief, SaveDebrief, SaveDebrief,
                                            AddReferrals, SaveDebrief, SaveDebrief]
    assert w.effects[0] == SaveDebrief(11, (("learned", "Ops roles want SQL"),))


def test_notes_keep_line_breaks_and_are_capped() -> None:
    w = Walk(DebriefFlow(), payload=MEETING)
    w.say("Two things:\n- SQL\n- storytelling")
    w.say("x" * 3000)
    w.tap("None")
    w.tap("Skip")
    notes = dict(w.effects[-1].notes)
    assert notes["learned"] == "Two things:\n- SQL\n- storytelling"
    assert notes["fit"] == "x" * 2000


def test_skipping_the_optional_questions_leaves_them_out() -> None:
    w = Walk(DebriefFlow(), payload=MEETING)
    w.tap("Skip")
    assert w.step == "fit"
    w.tap("Skip")
    w.tap("None")
    assert w.out.effects == [SaveDebrief(11, (("names", ""),))]  # no names, no contacts
    w.tap("Skip")
    assert w.ended and w.effects[-1] == SaveDebrief(11, (("names", ""),), final=True)


def test_the_names_question_offers_none_instead_of_skip() -> None:
    w = walk_to("names")
    assert w.labels == ["None"]
    assert w.question == ("Who else did they suggest you talk to? Send names separated by "
                          "commas — add what you know in brackets, e.g. <i>Lena Hoffmann "
                          "(research ops at N26), Ben Ortiz</i> — or tap <b>None</b>.")


@pytest.mark.parametrize("typed", ["none", "No one", "n/a", "-"])
def test_no_names_typed_adds_nobody(typed: str) -> None:
    w = walk_to("names")
    w.say(typed)
    assert w.step == "differently" and w.out.effects == [SaveDebrief(11, (("names", ""),))]
    assert w.data["notes"]["names"] == ""


def test_names_are_split_and_capped_at_ten() -> None:
    w = walk_to("names")
    w.say("; ".join(f"Person {chr(65 + i)}" for i in range(12)))
    [_, added] = w.out.effects
    assert added.names == tuple(f"Person {chr(65 + i)}" for i in range(10))


def test_names_are_escaped_in_the_reply_and_stored_as_typed() -> None:
    w = walk_to("names")
    w.say("<b>Bo</b> & Co")
    assert w.out.effects[1] == AddReferrals(3, ("<b>Bo</b>", "Co"), 11, (("", "", False),) * 2)
    assert "<b>&lt;b&gt;Bo&lt;/b&gt;</b> and <b>Co</b>" in w.out.replies[0].text


def test_without_a_contact_names_are_noted_but_not_added() -> None:
    w = walk_to("names", {"meeting_id": 11, "contact_name": "Dana Lee"})
    w.say("Ana Ruiz")
    assert w.out.effects == [SaveDebrief(11, (("names", "Ana Ruiz"),))]
    assert "Added" not in w.text
    w.tap("Skip")
    assert w.effects[-1] == SaveDebrief(11, (("fit", "Fits my love of data"),
                                             ("learned", "Ops roles want SQL"),
                                             ("names", "Ana Ruiz")), final=True)


def test_without_a_meeting_nothing_is_saved_on_it() -> None:
    w = walk_to("names", {"contact_id": 3, "contact_name": "Dana Lee"})
    w.say("Ana Ruiz")
    w.tap("Skip")
    assert w.effects == [AddReferrals(3, ("Ana Ruiz",), None, (("", "", False),))]
    assert w.text == "📝 Saved. Your thank-you draft will use what you learned."


# --- only the names (from a reminder's "Add names") -------------------------------------------

def test_only_names_asks_just_the_names() -> None:
    w = Walk(DebriefFlow(), payload=NAMES_ONLY)
    assert w.step == "names" and w.labels == ["None"]
    w.say("Ana Ruiz and Ben Ode")
    assert w.steps == ["names", None]
    assert w.effects == [SaveDebrief(11, (("names", "Ana Ruiz, Ben Ode"),)),
                         AddReferrals(3, ("Ana Ruiz", "Ben Ode"), 11, (("", "", False),) * 2),
                         SaveDebrief(11, (("names", "Ana Ruiz, Ben Ode"),))]
    assert w.out.replies[0].text.startswith("➕ Added <b>Ana Ruiz</b> and <b>Ben Ode</b>")
    assert w.out.replies[-1].text == "Saved." and w.out.show_menu


def test_only_names_with_none_stores_nothing() -> None:
    w = Walk(DebriefFlow(), payload=NAMES_ONLY)
    w.tap("None")
    assert w.ended and w.text == "Saved."
    assert w.effects == [SaveDebrief(11, (("names", ""),))]


# --- Back, bad input, photos, stale buttons ---------------------------------------------------

@pytest.mark.parametrize("step", ["learned", "fit", "names", "differently"])
def test_no_step_offers_back(step: str) -> None:
    w = walk_to(step)
    assert "⬅️ Back" not in w.labels


@pytest.mark.parametrize("step", ["learned", "fit", "differently"])
def test_back_is_not_an_answer(step: str) -> None:
    w = walk_to(step)
    w.press("back")
    assert w.step == step and w.out.replies[0].text == TYPE_A_LINE


@pytest.mark.parametrize("step", ["learned", "fit", "names", "differently"])
def test_an_empty_line_says_why_and_asks_again(step: str) -> None:
    w = walk_to(step)
    before, stored = w.question, len(w.effects)
    w.say("   ")
    assert w.step == step and w.out.replies[0].text == TYPE_A_LINE and w.question == before
    assert len(w.effects) == stored


@pytest.mark.parametrize("step", ["learned", "fit", "names", "differently"])
def test_a_photo_is_not_an_answer(step: str) -> None:
    w = walk_to(step)
    before, stored = w.question, len(w.effects)
    w.photo("voice")
    assert w.step == step and w.question == before and len(w.effects) == stored
    assert w.out.replies[0].text == "I can only read text at this step, not a voice."


@pytest.mark.parametrize("step", ["learned", "fit", "differently"])
def test_a_stale_value_at_a_question_is_refused(step: str) -> None:
    w = walk_to(step)
    w.press("none")
    assert w.step == step and w.out.replies[0].text == TYPE_A_LINE


@pytest.mark.parametrize("stale", ["back", "skip", "yes"])
def test_a_stale_value_at_the_names_is_refused(stale: str) -> None:
    w = walk_to("names")
    w.press(stale)
    assert w.step == "names" and w.out.replies[0].text == TYPE_A_LINE


# --- what people type about the names, a meeting logged after it happened -------------------

@pytest.mark.parametrize(("typed", "people"), [
    ("Lena Hoffmann (research ops at N26)", [("Lena Hoffmann", "research ops", "N26", False)]),
    ("Dr. Amir Haddad, the clinic's nurse manager",
     [("Dr. Amir Haddad", "nurse manager", "", True)]),
    ("Chloe Park, PM at Monzo and Ben from Stripe",
     [("Chloe Park", "PM", "Monzo", False), ("Ben", "", "Stripe", False)]),
    ("Tom Weiss, N26's head of data", [("Tom Weiss", "head of data", "N26", False)]),
])
def test_names_typed_with_context_become_a_name_role_and_organisation(typed, people) -> None:
    w = walk_to("names")
    w.say(typed)
    added = w.out.effects[-1]
    assert isinstance(added, AddReferrals)
    assert [(n, *d) for n, d in zip(added.names, added.details, strict=True)] == people
    assert "the clinic" not in w.data["notes"]["names"]  # the names, not what was said


def test_a_cancel_halfway_keeps_the_answers_already_given() -> None:
    w = walk_to("fit")
    assert w.effects == [SaveDebrief(11, (("learned", "Ops roles want SQL"),))]


def test_a_meeting_logged_late_is_found_by_its_run_and_the_thanks_comes_next() -> None:
    from datetime import timedelta

    from tests.features.flow_support import NOW
    late = {"meeting_inst": 5, "contact_name": "Dana Lee",
            "ends_at": (NOW - timedelta(hours=3)).isoformat()}
    w = walk_to("names", late)
    w.say("Lena Hoffmann (research ops at N26)")
    assert w.out.effects[-1] == AddReferrals(None, ("Lena Hoffmann",), None,
                                             (("research ops", "N26", False),), 5)
    w.tap("Skip")
    assert w.effects[-1] == SaveDebrief(None, (
        ("fit", "Fits my love of data"), ("learned", "Ops roles want SQL"),
        ("names", "Lena Hoffmann")), 5, final=True)
    assert w.text == "📝 Saved. Your thank-you draft naming what you learned comes next."


def test_a_debrief_soon_after_the_meeting_says_when_the_thanks_comes() -> None:
    from datetime import timedelta

    from tests.features.flow_support import NOW
    w = walk_to("differently", {**MEETING, "ends_at": (NOW - timedelta(minutes=20)).isoformat()})
    w.tap("Skip")
    assert w.text == ("📝 Saved. Your thank-you draft naming what you learned comes at Mon 02 "
                      "Nov, 11:40 — a couple of hours after a meeting is the best time to "
                      "send it.")


def test_one_name_added_is_one_contact() -> None:
    w = walk_to("names")
    w.say("Lena Hoffmann (research ops at N26)")
    assert w.out.replies[0].text.startswith(
        "➕ Added <b>Lena Hoffmann</b> (research ops at N26) as a contact suggested by Dana. "
        "When you write to this person, /outreach opens with")


@pytest.mark.parametrize("typed", ["yes please", "ok", "idk", "Good!"])
def test_a_reply_is_not_taken_as_a_note(typed: str) -> None:
    w = walk_to("learned")
    w.say(typed)
    assert w.step == "learned" and "reads like a reply" in w.out.replies[0].text
    assert w.effects == []


@pytest.mark.parametrize("typed", ["she didn't suggest anyone", "I will ask her next time"])
def test_a_sentence_at_the_names_is_not_a_contact(typed: str) -> None:
    w = walk_to("names")
    w.say(typed)
    assert w.step == "names" and "doesn't read like a name" in w.out.replies[0].text
    assert not [e for e in w.effects if isinstance(e, AddReferrals)]


def test_nobody_in_so_many_words_adds_nobody() -> None:
    w = walk_to("names")
    w.say("nobody really")
    assert w.step == "differently" and w.data["notes"]["names"] == ""


def test_a_debrief_after_the_thank_you_went_promises_no_other() -> None:
    w = walk_to("differently", {**MEETING, "thanked": True})
    w.tap("Skip")
    assert w.text == "📝 Saved on the meeting — they'll help your keep-in-touch note later."
