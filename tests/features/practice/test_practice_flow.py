"""/practice as a pure function: a field, a mode, the meeting, and a scorecard kept in the
history. The engines behind it (matcher, persona, scorecard) have their own tests; these
check what the flow shows, stores and hands to storage."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest

from bot.banks.loader import load_banks
from bot.features.practice.effects import SavePractice
from bot.features.practice.flow import PracticeFlow
from tests.features.flow_support import BANKS_DIR, INST, NOW, Walk, make_turn, make_user
from tests.features.practice.support import near_miss

BANKS = load_banks(BANKS_DIR)
BANK = BANKS["software_engineering"]
FLOW = PracticeFlow(BANKS)
END = "🏁 End and see my scorecard"
PRIYA = "🧑‍💼 <b>Priya:</b> "
MODES = ["🙋 You ask the questions", "🎤 They ask you"]
ANSWER = ("I spent three years in QA at a fintech, automating 400 regression tests in Python. "
          "I want to move into backend work because I love building systems. What made you "
          "move into backend yourself?")
NOT_TEXT = "In the meeting you'd be talking, not sending a {}: type what you would say."


def start(payload: object = None, **user: object) -> Walk:
    return Walk(FLOW, make_turn(make_user(**user)), payload)


def walk_to(step: str, mode: str = MODES[0], w: Walk | None = None) -> Walk:
    w = w or start()
    script = {"field": lambda: w.tap("Software engineering"), "mode": lambda: w.tap(mode),
              "minutes": lambda: w.tap("20 minutes"), "persona": lambda: w.tap(w.labels[0])}
    while w.step != step:
        script[w.step]()
    return w


def steps(w: Walk) -> list:
    """The steps walked, without choosing who to meet (only a field with several people)."""
    return [s for s in w.steps if s != "persona"]


def state(w: Walk) -> dict:
    return w.data["state"]


def card(effect: SavePractice) -> dict:
    return json.loads(effect.scorecard)


def test_before_the_meeting_field_then_mode() -> None:
    w = start()
    assert w.question == "🎭 Let's rehearse. Which field is the person you'll meet in?"
    assert w.labels[0] == "⭐ Marketing" and len(w.labels) == len(BANKS)  # no Back, no Skip
    w.tap("Software engineering")
    if w.step == "persona":
        w.tap(w.labels[0])
    p = BANK.persona
    role = p.role[:1].lower() + p.role[1:]  # "Staff software engineer", after a comma
    assert w.question == (f"You'll meet <b>{p.name}</b>, {role} at {p.organisation} "
                          f"({p.years} years in the field). How do you want to practise?")
    assert w.labels == MODES  # no Back: the choice of field is made


FIN = BANKS["finance"]


@pytest.mark.skipif(len(getattr(FIN, "personas", ())) < 2, reason="one person in finance")
def test_choose_who_to_meet_and_meet_someone_new_next_time() -> None:
    first, second = FIN.personas[:2]
    w = start()
    w.tap("Finance")
    assert w.step == "persona" and "Who would you like to meet?" in w.question
    assert w.labels[:2] == [first.name, second.name]
    w.tap(second.name)
    assert w.data["persona"] == second.id and second.name in w.question
    w.tap(MODES[0])
    w.tap("20 minutes")
    assert state(w)["persona_name"] == second.name and state(w)["persona_id"] == second.id
    # Next time, having met the second, the first is marked new, in the same place: the
    # buttons keep their order, so a habitual "1" is always the same person.
    history = [{"mode": "you_ask", "field": "finance", "score": 50, "persona": second.name}]
    w = start({"history": history, "count": 1})
    w.tap("Finance")
    assert w.labels[:2] == [f"🆕 {first.name}", second.name]
    assert f"Last time you met {second.name}" in w.question
    w.tap(w.labels[0])
    w.tap(MODES[0])
    w.tap("20 minutes")
    assert state(w)["persona_id"] == first.id and state(w)["variant"] == 1  # new answers too


def test_you_ask_start_question_answer_end_scorecard() -> None:
    w = walk_to("minutes")
    assert w.question == "How long did they give you?"
    assert w.labels == ["20 minutes", "30 minutes"]
    w.tap("20 minutes")
    assert w.step == "live" and state(w)["mode"] == "you_ask" and state(w)["minutes"] == 20
    assert w.out.replies[0].text.startswith("🎬 The meeting starts. Type your questions")
    assert w.question.startswith(PRIYA) and "about 20 minutes" in w.question
    assert w.labels == [END]
    w.at(NOW + timedelta(minutes=2))
    w.say("How did you end up as a software engineer?")
    assert w.step == "live" and len(state(w)["asked"]) == 1
    asked = BANK.question(state(w)["asked"][0])
    assert asked.category == "insights"
    assert w.out.replies[0].text.startswith(PRIYA + asked.answer[:40])
    assert w.question.startswith("⏱ ") and w.question.endswith(" of 20 min")
    assert w.labels == [END] and w.out.effects == []
    w.at(NOW + timedelta(minutes=9))
    w.tap(END)
    assert steps(w) == ["field", "mode", "minutes", "live", "live", None]
    [saved] = w.effects
    scorecard = card(saved)
    assert saved == SavePractice(
        field="software_engineering", mode="you_ask", score=round(scorecard["score"] * 10),
        scorecard=saved.scorecard, started_at=NOW, ended_at=NOW + timedelta(minutes=9),
        inst=INST)
    assert scorecard["questions_asked"] == 1 and scorecard["minutes_planned"] == 20
    assert w.text.startswith("<b>Practice debrief: Software engineering</b>")
    assert re.search(r"\nScore: <b>[\d.]+/10</b>\n", w.text)
    assert w.out.show_menu


def test_you_ask_coaching_flags_a_job_ask() -> None:
    w = walk_to("live")
    w.say("Do you have any jobs on your team?")
    assert any(r.text.startswith("💡 Job ask:") for r in w.out.replies)
    assert state(w)["job_asks"] == 1


def test_you_ask_did_you_mean_offers_a_yes_button() -> None:
    w = walk_to("live")
    bank = BANKS["software_engineering"]
    unsure, guess = near_miss(FLOW.matcher(bank))
    w.say(unsure)
    assert f"\u201c{bank.question(guess).text}\u201d" in w.out.replies[0].text
    assert w.data["guess"] and w.labels[-1] == END and len(w.labels) in (2, 3)
    w.tap(w.labels[0])  # "Yes, that one" or "The first one"
    assert state(w)["asked"] == [guess] and not w.data["guess"]
    assert w.labels == [END]


def test_a_did_you_mean_still_open_is_asked_again_with_its_buttons() -> None:
    """After a restart (or a message that answers nothing), "You're in your meeting … Type your
    next question." had lost the choice: "1" then pressed the only button left, the end."""
    w = walk_to("live")
    bank = BANKS["software_engineering"]
    unsure, guess = near_miss(FLOW.matcher(bank))
    w.say(unsure)
    w.say("   ")
    assert "asked whether you meant" in w.question, w.question
    assert f"“{bank.question(guess).text}”" in w.question
    assert w.labels[-1] == END and len(w.labels) in (2, 3)
    w.tap(w.labels[0])
    assert state(w)["asked"] == [guess] and not w.ended


def test_they_ask_start_answer_feedback_end() -> None:
    w = walk_to("mode")
    w.tap(MODES[1])
    assert steps(w) == ["field", "mode", "live"]  # no length to choose
    assert state(w)["mode"] == "they_ask"
    assert w.out.replies[0].text.startswith("🎬 The meeting starts. Answer as you would out loud.")
    assert w.question.startswith(PRIYA) and w.labels == [END]
    w.at(NOW + timedelta(seconds=40))
    w.say(ANSWER)
    feedback = w.out.replies[0].text
    assert feedback.startswith("💡 <b>Feedback</b> (") and " s)" not in feedback  # no timing
    assert "• " in feedback
    assert w.question.startswith(PRIYA) and w.labels == [END]
    w.at(NOW + timedelta(minutes=3))
    w.tap(END)
    [saved] = w.effects
    scorecard = card(saved)
    assert (saved.mode, saved.field, saved.inst) == ("they_ask", "software_engineering", INST)
    assert (saved.started_at, saved.ended_at) == (NOW, NOW + timedelta(minutes=3))
    assert len(scorecard["answers"]) == 1 and scorecard["answers"][0]["seconds"] == 40
    assert saved.score == round(scorecard["score"] * 10)
    assert w.text.startswith("<b>Practice debrief: Software engineering</b>")


@pytest.mark.parametrize("junk", ["?", "...", "👍", "?!"])
def test_they_ask_a_lone_question_mark_is_no_answer(junk: str) -> None:
    """ "?" had been scored as an answer ("Fair enough.") and the contact's question dropped."""
    w = walk_to("mode")
    w.tap(MODES[1])
    asked, data = w.question, dict(w.data)
    w.say(junk)
    assert w.step == "live" and w.out.replies[0].text.startswith("That didn't look like an answer")
    assert w.data == data and w.effects == [] and asked.endswith(w.question.split("</b> ")[1])
    assert state(w)["answers"] == []  # their question stands, asked again


@pytest.mark.parametrize("back", ["Hello, I'm back. Where were we?",
                                  "sorry phone died, where was i"])
def test_they_ask_coming_back_is_no_answer(back: str) -> None:
    """"Hello, I'm back. Where were we?" was scored as an answer ("Too short: 6 words")."""
    w = walk_to("mode")
    w.tap(MODES[1])
    asked, data = w.question, dict(w.data)
    w.say(back)
    assert w.step == "live" and w.out.replies[0].text.startswith("No problem, welcome back!")
    assert "tell me a bit about yourself" in asked and w.out.replies[0].text.endswith(
        "<i>So, tell me a bit about yourself.</i>")
    assert w.data == data and w.effects == [] and state(w)["answers"] == []


def test_they_ask_ends_by_itself_after_the_last_question() -> None:
    w = walk_to("live", MODES[1])
    for turn in range(1, 12):
        w.at(NOW + timedelta(minutes=turn))
        w.say(ANSWER)
        if w.step != "live":
            break
    assert w.step == "next" and 4 <= turn <= 6
    [saved] = w.effects
    assert len(card(saved)["answers"]) == turn
    assert w.out.replies[0].text.startswith("💡 <b>Feedback</b>")  # the last answer's
    assert "what did you want to ask me?" in w.text or "what would you like to know?" in w.text
    assert w.out.replies[-2].text.startswith("<b>Practice debrief: Software engineering</b>")
    assert w.question.startswith("🙋 Your turn: type your first question for Priya")
    assert w.labels == ["✅ Done for now"]


def test_after_they_ask_the_user_asks_the_same_person() -> None:
    """The persona hands the floor over ("Now, what did you want to ask me?"): a question
    typed then starts a "you ask" meeting with the same person and is answered at once."""
    w = walk_to("live", MODES[1])
    w.tap(END)
    assert w.step == "next" and len(w.effects) == 1
    w.say("How did you get into software engineering in the first place?")
    assert w.step == "live" and state(w)["mode"] == "you_ask"
    assert state(w)["persona_id"] == w.data["persona"] and state(w)["minutes"] == 20
    assert w.out.replies[0].text.startswith("🎬 20 minutes start now.")
    assert "kept out of your progress" in w.out.replies[0].text  # said before, not only after
    assert w.out.replies[1].text.startswith(PRIYA + "Almost by accident") or \
        w.out.replies[1].text.startswith(PRIYA + "Physics degree")
    w.tap(END)
    assert [e.mode for e in w.effects] == ["they_ask", "you_ask"] and w.out.show_menu
    # a few questions tacked on are not a full "you ask" session: kept out of progress
    assert card(w.effects[1])["follow_on"] and "not counted in your progress" in w.text
    assert "kept out of your progress" not in w.text  # said once, not twice (a short one)
    assert "follow_on" not in card(w.effects[0])


def test_after_they_ask_the_contact_does_not_ask_for_the_background_again() -> None:
    """Priya had just heard "tell me about yourself", then answered "does my experience count"
    with "Tell me what you've built and what you do now", and a tip to summarise it."""
    w = walk_to("live", MODES[1])
    w.tap(END)
    w.say("Given my background, how do you see my chances, and which gaps should I close?")
    said = w.out.replies[1].text
    assert state(w)["asked"] == ["assess-my-background"], state(w)["asked"]
    assert "Tell me what you" not in said and "background first" not in w.text


def test_after_they_ask_done_ends_with_the_menu() -> None:
    w = walk_to("live", MODES[1])
    w.tap(END)
    w.tap("✅ Done for now")
    assert w.ended and w.out.show_menu and len(w.effects) == 1
    assert w.text == "Good practice. Come back to /practice any time."


def test_end_before_a_word_still_gives_a_scorecard() -> None:
    w = walk_to("live")
    w.tap(END)
    [saved] = w.effects
    assert card(saved)["questions_asked"] == 0 and w.out.show_menu


def test_the_scorecard_shows_progress_over_past_sessions() -> None:
    history = [{"mode": "you_ask", "score": 55}, {"mode": "they_ask", "score": 70},
               {"mode": "you_ask", "score": 42}]  # newest first
    w = walk_to("live", w=start({"history": history}))
    w.say(BANK.question("how-got-started").text)
    w.say(BANK.question("typical-day").text)
    w.tap(END)
    score = card(w.effects[0])["score"]
    trend = "📈" if score >= 5.5 else "📉"  # a drop is not drawn as a rise
    assert (f"{trend} Your progress in \u201cyou ask\u201d sessions: 4.2 → 5.5 → "
            f"<b>{score:.1f}</b> now") in w.text


def test_progress_is_drawn_within_one_field() -> None:
    """After redoing setup in another field, "📉 Your progress in 'you ask' sessions: 8.2 →
    7.9" compared a healthcare meeting with a marketing one."""
    history = [{"mode": "you_ask", "score": 82, "field": "healthcare"},
               {"mode": "you_ask", "score": 55, "field": BANK.field},
               {"mode": "you_ask", "score": 90, "field": "healthcare"},
               {"mode": "you_ask", "score": 42, "field": BANK.field}]  # newest first
    w = walk_to("live", w=start({"history": history}))
    w.say(BANK.question("how-got-started").text)
    w.say(BANK.question("typical-day").text)
    w.tap(END)
    score = card(w.effects[0])["score"]
    assert f"sessions: 4.2 → 5.5 → <b>{score:.1f}</b> now" in w.text, w.text
    assert "8.2" not in w.text and "9.0" not in w.text


def test_a_session_abandoned_early_is_short_and_not_in_progress() -> None:
    history = [{"mode": "you_ask", "score": 55}, {"mode": "you_ask", "score": 60, "short": 1},
               {"mode": "you_ask", "score": 42}]  # newest first; one earlier short session
    w = walk_to("live", w=start({"history": history}))
    w.say(BANK.question("how-got-started").text)
    w.tap(END)
    saved = card(w.effects[0])
    assert saved["short"] and "A short session (1 question)" in w.text
    assert "A short session isn't counted in your progress." in w.text
    assert "<b>5.5</b>" in w.text and "6.0" not in w.text


def test_a_typed_field_finds_the_closest_bank() -> None:
    w = start()
    w.say("software")
    assert w.step in ("mode", "persona") and w.data["field"] == "software_engineering"


# --- Back, bad input, photos, stale buttons ---------------------------------------------------

@pytest.mark.parametrize(("step", "why"), [
    ("mode", "Tap one of the two modes."),
    ("minutes", "Tap 20 or 30 minutes."),
    ("live", "Type what you would say."),
])
def test_there_is_no_back_once_the_field_is_chosen(step: str, why: str) -> None:
    w = walk_to(step)
    assert "⬅️ Back" not in w.labels and "Skip" not in w.labels
    w.press("back")
    assert w.step == step and w.out.replies[0].text == why and w.effects == []


@pytest.mark.parametrize(("step", "bad", "why"), [
    ("field", "   ", "Tap one of the fields."),
    ("mode", "you ask", "Tap one of the two modes."),
    ("minutes", "25", "Tap 20 or 30 minutes."),
    ("live", "   ", "Type what you would say."),
])
def test_bad_input_says_why_and_asks_again(step: str, bad: str, why: str) -> None:
    w = walk_to(step)
    before, data = w.question, dict(w.data)
    w.say(bad)
    assert w.step == step and w.out.replies[0].text == why
    assert w.data == data and w.effects == []
    if step == "live":  # asked again: who and how far in, not the opening line once more
        assert w.question == "🧑‍💼 You're in your meeting with Priya Raman (⏱ 0 of 20 min). " \
                             "Type your next question."
    else:
        assert w.question == before


@pytest.mark.parametrize("step", ["field", "mode", "minutes"])
def test_a_photo_before_the_meeting_is_not_an_answer(step: str) -> None:
    w = walk_to(step)
    before = w.question
    w.photo()
    assert w.step == step and w.question == before
    assert w.out.replies[0].text == "I can only read text at this step, not a photo."


@pytest.mark.parametrize("mode", MODES)
def test_a_sticker_in_the_meeting_is_answered_in_character(mode: str) -> None:
    w = walk_to("live", mode)
    data = dict(w.data)
    w.photo("sticker")
    assert w.out.replies[0].text == NOT_TEXT.format("sticker")
    assert w.data == data and w.effects == []
    again = {"🙋 You ask the questions": "You're in your meeting with Priya Raman (⏱ 0 of 20",
             "🎤 They ask you": "<b>Priya:</b> So, tell me a bit about yourself."}
    assert again[mode] in w.question


@pytest.mark.parametrize(("step", "stale", "why"), [
    ("field", "astrology", "Tap one of the fields."),
    ("mode", "both", "Tap one of the two modes."),
    ("minutes", "45", "Tap 20 or 30 minutes."),
    ("live", "again", "Type what you would say."),
])
def test_a_stale_button_value_is_refused(step: str, stale: str, why: str) -> None:
    w = walk_to(step)
    w.press(stale)
    assert w.step == step and w.out.replies[0].text == why and w.effects == []


def test_an_old_yes_button_without_a_guess_is_not_a_turn() -> None:
    w = walk_to("live")
    w.say(near_miss(FLOW.matcher(BANKS["software_engineering"]))[0])
    w.say("What does a typical day look like for you?")  # the guess is gone
    before = dict(state(w))
    w.press("yes")  # the button on the "did you mean …?" message, tapped late
    assert state(w)["turns"] == before["turns"]
    assert state(w)["unmatched"] == before["unmatched"]


def test_a_session_carries_its_run_number_so_sessions_differ() -> None:
    w = walk_to("live")
    assert w.data["run"] == 7
    other = Walk(FLOW, make_turn(), None, inst=8)
    assert walk_to("live", w=other).data["run"] == 8


def test_a_turn_leaves_the_dialogue_it_was_given_as_it_was() -> None:
    """A commit may fail after a turn: the dialogue the cache holds must still be the old
    one, so nothing the turn computed leaks into it."""
    import copy

    from bot.engine.flow import TextIn

    w = walk_to("live")
    d = w.dialogue
    before = copy.deepcopy(d.data)
    FLOW.handle(w.turn, d, TextIn("How did you get into backend engineering?", NOW))
    assert d.data == before


def test_progress_compares_only_sessions_of_the_same_mode() -> None:
    history = [{"mode": "they_ask", "score": 50}, {"mode": "they_ask", "score": 60},
               *({"mode": "you_ask", "score": s} for s in (73, 72, 71, 70))]
    w = walk_to("live", w=start({"history": history}))
    w.say(BANK.question("how-got-started").text)
    w.say(BANK.question("typical-day").text)
    w.tap(END)
    assert "sessions: 7.0 → 7.1 → 7.2 → 7.3 → <b>" in w.out.replies[-1].text


def test_asked_again_after_an_offer_the_offer_is_repeated() -> None:
    """After a restart (or empty input) the user sees what the persona is still waiting for,
    so "yes please" has something to answer."""
    w = walk_to("live")
    w.say("Who else do you think I should talk to?")
    offer = w.data["state"]["awaiting_text"]
    assert offer
    w.say("   ")
    assert f"Priya asked: “{offer}”" in w.question


def test_after_an_offer_turned_down_a_restart_does_not_ask_it_again() -> None:
    """"nah im good" to the offer, then a restart, had got "Gabriel asked: 'Shall I give
    Luis a heads-up …?' Answer them", as if it were still open."""
    w = walk_to("live")
    w.say("Who else do you think I should talk to?")
    offer = w.data["state"]["awaiting_text"]
    w.say("nah im good")
    w.say("   ")
    assert offer not in w.question and "Type your next question." in w.question


@pytest.mark.parametrize("said", ["no thanks, that was really helpful", "done for now", "bye",
                                  "nothing for now, thank you so much!"])
def test_after_they_ask_a_no_thanks_is_done_not_a_meeting(said: str) -> None:
    """"no thanks, that was really helpful" had started a 20-minute meeting, and "bye" one
    that ended at once with a 0/10 debrief."""
    w = walk_to("live", MODES[1])
    w.tap(END)
    w.say(said)
    assert w.ended and len(w.effects) == 1 and w.text.startswith("Good practice.")


@pytest.mark.parametrize("said", ["ok", "hmm", "sdfkj"])
def test_after_they_ask_words_that_ask_nothing_ask_again(said: str) -> None:
    w = walk_to("live", MODES[1])
    w.tap(END)
    w.say(said)
    assert w.step == "next" and "Type your first question for them, or tap Done." in w.text


def test_someone_met_before_is_never_marked_new() -> None:
    """"🆕 Priya Raman" was shown to someone who had met her twice, and the buttons swapped
    places between visits, so a habitual "1" picked the other contact."""
    first, second = FIN.personas[:2]
    history = [{"mode": "you_ask", "field": "finance", "score": 50, "persona": second.name},
               {"mode": "you_ask", "field": "finance", "score": 60, "persona": first.name}]
    w = start({"history": history, "count": 2})
    w.tap("Finance")
    assert w.labels[:2] == [first.name, second.name]


@pytest.mark.parametrize("said", ["no", "nope", "not now", "no more questions",
                                  "nah i'm alright"])
def test_after_they_ask_a_bare_no_is_done(said: str) -> None:
    w = walk_to("live", MODES[1])
    w.tap(END)
    w.say(said)
    assert w.ended and w.text.startswith("Good practice.")


@pytest.mark.parametrize(("tz", "said"), [("America/Chicago", False), ("Asia/Kolkata", True),
                                          ("Europe/London", False)])
def test_the_users_time_zone_says_whether_pay_figures_are_foreign(tz: str, said: bool) -> None:
    """Product management has contacts in the UK and the US: someone living in neither is
    told where each works, and that the figures they hear are foreign; a Chicago user meets
    the Chicago contact first and hears dollars."""
    w = start(tz=tz)
    w.tap("Product management")
    assert "(UK, " in w.question and "(US, " in w.question  # where each works, before a pick
    w = walk_to("minutes", w=w)
    w.tap("20 minutes")
    w.say("What does an associate product manager earn at your company, roughly?")
    assert ("I can only give you UK figures" in w.out.replies[0].text) is said


@pytest.mark.parametrize("typed", ["20 minutes", "20", "30 mins"])
def test_a_length_typed_instead_of_tapped_is_taken(typed: str) -> None:
    """ "20 minutes" typed as the button says had got "Tap 20 or 30 minutes."."""
    w = walk_to("minutes")
    w.say(typed)
    assert w.step == "live" and state(w)["minutes"] == int(typed.split()[0])


HEALTH = BANKS["healthcare"]
DANA = next(p for p in HEALTH.personas if p.country == "US")


@pytest.mark.parametrize(("tz", "first"), [("America/Chicago", DANA.name),
                                           ("America/Toronto", DANA.name),
                                           ("Europe/London", HEALTH.personas[0].name),
                                           ("Europe/Berlin", HEALTH.personas[0].name)])
def test_someone_working_where_the_user_lives_is_offered_first(tz: str, first: str) -> None:
    """A Houston nurse was offered an NHS ward manager and heard Band 5 pay in pounds."""
    w = start(tz=tz)
    w.tap("Healthcare")
    assert w.labels[0].removeprefix("🆕 ") == first
    assert f"({DANA.country}, {DANA.years} years)" in w.question  # where each one works


@pytest.mark.parametrize(("tz", "prefix"), [("America/Chicago", False), ("Europe/London", True)])
def test_pay_figures_are_said_to_be_foreign_only_to_someone_living_elsewhere(
        tz: str, prefix: bool) -> None:
    w = start(tz=tz)
    w.tap("Healthcare")
    w.tap(next(label for label in w.labels if DANA.name in label))
    w.tap(MODES[0])
    w.tap("20 minutes")
    w.say("If you don't mind me asking, what does a new grad nurse earn, roughly?")
    said = w.out.replies[0].text
    assert "dollars" in said or "k a year" in said or "an hour" in said
    assert ("I can only give you US figures, in dollars" in said) is prefix
    assert "UK figures" not in said and "pounds" not in said


def test_asked_whether_they_are_in_the_uk_a_us_contact_says_no() -> None:
    w = start(tz="America/Chicago")
    w.tap("Healthcare")
    w.tap(next(label for label in w.labels if DANA.name in label))
    w.tap(MODES[0])
    w.tap("20 minutes")
    w.say("are you based in the UK?")
    assert "No, I'm in the US" in w.out.replies[0].text


def test_coming_back_after_time_ran_out_asks_for_the_last_word_not_a_next_question() -> None:
    """After a restart, a meeting whose time had run out said "Jenna asked: 'Want me to check
    whether…?' Answer them, or type your next question.": words she had not said (time up
    rewords the offer), and no next question is possible."""
    w = walk_to("live")
    w.data["state"].update(time_up=True, awaiting="offer", elapsed=20.5,
                           awaiting_text="Want me to check whether Marisol would be happy?")
    w.say("   ")
    assert "Want me to check" not in w.question and "next question" not in w.question
    assert "say your last word, or say yes to the introduction they offered" in w.question


def test_what_they_answered_back_is_not_said_word_for_word_again() -> None:
    """Arjun's answer to a question turned back to him came back verbatim as his first answer
    in the round of her own questions that followed."""
    w = walk_to("live", MODES[1])
    w.say("I taught physics for nine years at a big comprehensive, and for the last three I "
          "have built small Python tools for the department: a tracker for coursework marks, a "
          "script that turns exam results into reports for parents, and a seating planner. I "
          "finished an evening course in web development this summer and want a first junior "
          "role next year. I'd love to hear how you got into software engineering yourself?")
    told = w.text
    assert "Almost by accident" in told or "Physics degree" in told, told
    w.tap(END)
    w.say("How did you get into software engineering in the first place?")
    again = w.out.replies[1].text
    assert again.startswith(PRIYA + "As I mentioned earlier"), again
