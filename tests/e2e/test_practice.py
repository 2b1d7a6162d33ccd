"""/questions and /practice through the real Application, to the cheat-sheet and scorecards."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from bot.features.practice.matcher import Matcher
from bot.features.practice.store import history, last_scorecard
from tests.features.practice.support import near_miss
from tests.harness import texts

U = 901


async def _field(bot, field: str):
    """Choose the field; where it has several people, meet the one offered first."""
    seen = await bot.press(U, field)
    if "Who would you like to meet?" in texts(seen):
        seen = await bot.press(U, seen[-1].button_texts()[0])
    return seen


async def test_questions_toggle_in_place_warn_and_save_on_the_meeting(bot, clock):
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    await bot.onboard(U, field="UX design", tz="UTC")
    await bot.send(U, "/meeting")
    await bot.send(U, "Noor Haddad")
    await bot.send(U, "Dec 10 14:00")
    await bot.press(U, "Yes")
    await bot.press(U, "Video")
    await bot.press(U, "30 min")

    seen = await bot.send(U, "/questions")
    assert seen[-1].button_texts()[0] == "⭐ UX design"  # the user's field first
    seen = await bot.press(U, "UX design")
    assert "Who is the meeting with?" in seen[-1].text
    seen = await bot.press(U, "Noor Haddad")
    assert "6 questions chosen" in seen[-1].text
    seen = await bot.press(U, "Trends")
    listing = seen[-1]
    assert "⚠️ Yes/no question" in listing.text  # a weak question explains itself
    before = len(bot.api.sent_to(U))
    await bot.press(U, "➕ 2", message=listing)
    assert len(bot.api.sent_to(U)) == before  # edited in place, not a new message
    edited = bot.api.last(U)
    assert "✅ 2" in edited.button_texts()
    await bot.press(U, "➕ 3", message=edited)
    await bot.press(U, "➕ 4", message=bot.api.last(U))
    seen = await bot.press(U, "All categories", message=bot.api.last(U))
    assert "9 questions chosen" in seen[-1].text
    seen = await bot.press(U, "Done")
    assert "more than a 20–30 minute meeting fits" in seen[-1].text
    seen = await bot.press(U, "Keep editing")
    seen = await bot.press(U, "Trends")
    await bot.press(U, "✅ 2", message=seen[-1])
    seen = await bot.press(U, "All categories", message=bot.api.last(U))
    seen = await bot.press(U, "Done")
    sheet = texts(seen)
    assert "Saved for your meeting with Noor Haddad" in sheet
    assert "Who else would you suggest I talk to?" in sheet

    clock.set(datetime(2026, 12, 9, 19, 0, tzinfo=UTC))  # the evening before
    await bot.sweep()
    prep = bot.api.last(U).text
    assert "Your questions" in prep and "8. " in prep
    # the meeting holds the 8 questions saved for it: its prep lists them, numbered
    listed = prep.split("Your questions", 1)[1]
    assert re.findall(r"^(\d+)\. ", listed, re.M) == [str(i) for i in range(1, 9)]


async def test_you_ask_session_to_a_scorecard_kept_in_history(bot):
    await bot.onboard(U, field="Software engineering")
    await bot.send(U, "/practice")
    await _field(bot, "Software engineering")
    seen = await bot.press(U, "You ask the questions")
    seen = await bot.press(U, "20 minutes")
    assert "Priya" in texts(seen)
    seen = await bot.send(U, "so how did you end up in software in the first place?")
    assert "QA" in seen[0].text  # the persona answers in character
    seen = await bot.send(U, "are you guys hiring at the moment?")
    assert "Job ask" in texts(seen)
    seen = await bot.send(U, "how did you get into it?")  # the same question again
    assert "QA testing, and within a year" not in seen[0].text  # no repeated answer
    seen = await bot.send(U, "🙂🙂🙂")
    assert seen[0].text  # asked to rephrase, no crash
    seen = await bot.send_media(U, "voice")
    assert "type what you would say" in seen[0].text
    await bot.restart()  # mid-session: resumes
    seen = await bot.send(U, "who else do you think I should talk to?")
    assert "Daniel" in seen[0].text or "introduce" in seen[0].text
    seen = await bot.send(U, "I know you're busy so I'll let you go. Thank you so much for your "
                             "time!")
    card = texts(seen)
    assert "Score:" in card and "Asked who else to talk to" in card
    [row] = await bot.db.run(history, U)
    assert (row["mode"], row["field"]) == ("you_ask", "software_engineering")
    assert (await bot.db.run(last_scorecard, U))["scorecard"]["asked_referral"] is True

    # a second session shows progress against the first
    await bot.send(U, "/practice")
    await _field(bot, "Software engineering")
    await bot.press(U, "You ask the questions")
    await bot.press(U, "30 minutes")
    await bot.send(U, "What does a typical week look like for you?")
    await bot.send(U, "What do you enjoy most about the work?")
    seen = await bot.press(U, "End and see my scorecard")
    assert "Your progress in \u201cyou ask\u201d sessions:" in texts(seen)


async def test_they_ask_session_feedback_and_timing(bot, clock):
    await bot.onboard(U, field="Finance")
    await bot.send(U, "/practice")
    await _field(bot, "Finance")
    seen = await bot.press(U, "They ask you")
    assert "tell me a bit about yourself" in texts(seen).lower()
    clock.advance(seconds=95)
    seen = await bot.send(U, "Um, so basically I'm an accountant at a 40-person firm, and for "
                             "example I rebuilt our month-end close in Excel, which cut it from "
                             "9 days to 5. I want to move into corporate finance because I "
                             "like planning ahead. How did you make that move yourself?")
    feedback = seen[0].text
    assert " s)" not in feedback and "Answered in" not in feedback  # typing time not scored
    assert "Filler words: um ×1, basically ×1" in feedback
    assert "turned it back to them" in feedback
    assert "Good question." in texts(seen)  # she answers the question turned back to her
    seen = await bot.send(U, "?")  # no answer: the question stands
    assert seen[0].text.startswith("That didn't look like an answer")
    assert "What have you done so far" in texts(seen)
    for _ in range(14):
        seen = await bot.send(U, "Not sure yet.")
        if "Practice debrief" in texts(seen):
            break
    assert "Practice debrief" in texts(seen)
    assert [r["mode"] for r in await bot.db.run(history, U)] == ["they_ask"]


async def test_practice_cancel_and_stats_show_progress(bot):
    await bot.onboard(U)
    await bot.send(U, "/practice")
    await _field(bot, "Marketing")
    await bot.press(U, "They ask you")
    seen = await bot.send(U, "/cancel")
    assert "Stopped a practice meeting" in seen[0].text
    seen = await bot.send(U, "/stats")
    assert "No rehearsals yet" in seen[0].text
    await bot.send(U, "/practice")
    await _field(bot, "Marketing")
    await bot.press(U, "They ask you")
    await bot.send(U, "I run social media for a local bakery and grew it to 4,000 followers.")
    await bot.press(U, "End and see my scorecard")
    seen = await bot.send(U, "/stats")  # one answer: short, "not counted in your progress"
    assert "No rehearsals yet" in seen[0].text
    await bot.send(U, "/practice")
    await _field(bot, "Marketing")
    await bot.press(U, "They ask you")
    await bot.send(U, "I run social media for a local bakery and grew it from 300 to 4,000 "
                      "followers in a year by posting what customers asked about, testing two "
                      "kinds of post a week and keeping the ones that brought people in.")
    await bot.send(U, "Marketing appeals because I like finding out why people choose one thing "
                      "over another. At the bakery a post about our sourdough starter sold out a "
                      "Saturday, and I want to do that kind of work for a bigger brand.")
    await bot.press(U, "End and see my scorecard")
    seen = await bot.send(U, "/stats")
    assert "They ask: 1 session" in seen[0].text


async def test_did_you_mean_is_confirmed_with_one_tap(bot):
    await bot.onboard(U, field="Software engineering")
    await bot.send(U, "/practice")
    await _field(bot, "Software engineering")
    await bot.press(U, "You ask the questions")
    await bot.press(U, "20 minutes")
    bank = bot.services.banks["software_engineering"]
    unsure, guess = near_miss(Matcher.for_bank(bank))
    seen = await bot.send(U, unsure)
    assert bank.question(guess).text in seen[0].text
    seen = await bot.press(U, seen[-1].button_texts()[0])  # "Yes, that one" / "The first one"
    assert bank.question(guess).answer[:40] in seen[0].text


async def _you_ask(bot, field: str) -> None:
    """/practice in ``field``, 'you ask', 30 minutes, whoever the field offers first."""
    await bot.send(U, "/practice")
    await _field(bot, field)
    await bot.press(U, "You ask the questions")
    await bot.press(U, "30 minutes")


async def test_a_real_conversation_in_your_own_words(bot):
    """Context first, a question the bank does not cover, the persona's offer accepted, her
    question answered, and a natural thank-you that counts."""
    await bot.onboard(U, field="UX design")
    await _you_ask(bot, "UX design")
    seen = await bot.send(U, "I'm a graphic designer looking at UX. What does a typical day "
                             "look like for you?")
    assert "didn't" not in seen[0].text and "Did you mean" not in seen[0].text
    day = seen[0].text
    seen = await bot.send(U, "Which visa would someone from overseas need to work here?")
    honest = seen[0].text
    assert "Did you mean" not in honest and day not in honest
    assert "immigration adviser" in honest  # says who would know, in character
    seen = await bot.send(U, "who else would you recommend I talk to?")
    assert "?" in seen[0].text  # the answer ends with her offer
    seen = await bot.send(U, "Yes please!")
    reply = seen[0].text
    assert "didn't quite get" not in reply and "rephrase" not in reply
    assert "email" in reply or "introduc" in reply
    seen = await bot.send(U, "How did you get into UX in the first place?")
    if seen[0].text.rstrip().endswith("?"):  # her follow-up question about the user
        seen = await bot.send(U, "I redesigned a booking form for a local gym and tested it "
                                 "with five members")
        assert "five members" in seen[0].text or "gym" in seen[0].text.lower() or (
            "helps" in seen[0].text or "makes sense" in seen[0].text)
    seen = await bot.send(U, "Thank you so much, Daniel, this was really helpful")
    card = texts(seen)
    assert "Practice debrief" in card and "✅ Thanked them" in card


async def test_bad_input_reprompts_and_a_restart_resumes(bot):
    await bot.onboard(U, field="Finance")
    await _you_ask(bot, "Finance")
    for kind in ("sticker", "voice", "photo"):
        seen = await bot.send_media(U, kind)
        assert "type what you would say" in seen[0].text
    for text in ("?", "x" * 4000, "   "):
        seen = await bot.send(U, text)
        assert seen and seen[0].text
    seen = await bot.send(U, "What does a typical week look like for you?")
    assert "month" in seen[0].text.lower()
    await bot.restart()
    seen = await bot.send(U, "Is an MBA worth it in your field?")
    assert "Did you mean" not in seen[0].text and "I like it" not in seen[0].text
    seen = await bot.send(U, "/cancel")
    assert "Stopped a practice meeting" in seen[0].text


async def test_practice_again_in_the_middle_of_a_meeting_keeps_it(bot):
    """/practice typed mid-meeting (after a restart, say) started a new setup and threw the
    meeting away, with no word said."""
    await bot.onboard(U, field="Software engineering")
    await _you_ask(bot, "Software engineering")
    await bot.send(U, "What does a typical week look like for you?")
    seen = await bot.send(U, "/practice")
    assert "You're in your meeting with" in texts(seen)  # said once, by the meeting
    assert "in the middle of a practice meeting" not in texts(seen)  # not twice over
    assert "Which field" not in texts(seen)
    seen = await bot.send(U, "What do you enjoy most about the work?")
    seen = await bot.press(U, "End and see my scorecard")
    assert "Questions: 2 in" in texts(seen)


async def test_another_command_in_the_middle_of_a_meeting_keeps_it(bot):
    """/outreach typed mid-meeting silently dropped the meeting: /practice then started over."""
    await bot.onboard(U, field="Software engineering")
    await _you_ask(bot, "Software engineering")
    await bot.send(U, "What does a typical week look like for you?")
    seen = await bot.send(U, "/outreach")
    assert "You're in your meeting with" in texts(seen)  # said once, by the meeting
    assert "/cancel to stop, then /outreach" in texts(seen)
    # where the user is first, then the way out: "Carry on below" above it read back to front
    assert texts(seen).index("You're in your meeting") < texts(seen).index("/cancel to stop")
    seen = await bot.send(U, "What do you enjoy most about the work?")
    seen = await bot.press(U, "End and see my scorecard")
    assert "Questions: 2 in" in texts(seen)
    seen = await bot.send(U, "/outreach")  # after the meeting, nothing is in the way
    assert "You're in the middle" not in texts(seen)


async def test_the_practice_button_in_the_middle_of_a_meeting_keeps_it(bot):
    """Tapping "🎭 Practice" on an old menu mid-meeting threw the meeting away too."""
    await bot.onboard(U, field="Software engineering")
    menu = bot.last_with_buttons(U)  # the main menu onboarding ends with
    await _you_ask(bot, "Software engineering")
    await bot.send(U, "What does a typical week look like for you?")
    seen = await bot.press(U, "🎭 Practice", menu)
    assert "You're in your meeting with" in texts(seen)  # said once, by the meeting
