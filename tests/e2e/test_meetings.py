"""/meeting to the thank-you nudge, by moving the clock, through the real Application."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.engine.callbacks import parse
from bot.features.network.store import contact_detail, export_data
from bot.features.nudges.store import batch_of, of_contact, upcoming
from tests.harness import BotHarness, texts

U = 701


async def reminders_about(bot: BotHarness, name: str) -> list[dict]:
    """Every reminder about the user's contact of that name, in due order, whatever its status."""
    contact = await bot.contact(U, name)
    return await bot.db.run(of_contact, U, contact["id"])


async def log_meeting(bot: BotHarness, when: str = "Dec 3 15:00") -> list:
    await bot.send(U, "/meeting")
    await bot.send(U, "Dana Whitfield")
    seen = await bot.send(U, when)
    assert "Is this right?" in seen[-1].text
    await bot.press(U, "Yes")
    await bot.press(U, "Video")
    return await bot.press(U, "30 min")


async def test_meeting_produces_every_nudge_at_local_times_and_buttons_work(bot, clock):
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))  # Tuesday, 10:00 in Berlin
    await bot.onboard(U, name="Sam Rivera", tz="Europe/Berlin")
    seen = await log_meeting(bot)
    summary = seen[0].text
    assert "Thu 03 Dec 2026, 15:00 (Europe/Berlin)" in summary
    assert "Wed 02 Dec, 19:00 — prep reminder" in summary
    assert "Thu 03 Dec, 15:45 — debrief" in summary and "Thu 03 Dec, 17:30 — thank-you" in summary
    assert seen[1].document[0] == "meeting.ics"
    assert b"DTSTART:20261203T140000Z" in seen[1].document[1]
    dana = await bot.contact(U, "Dana Whitfield")
    meetings = (await bot.db.run(contact_detail, U, dana["id"]))["meetings"]
    assert [(m["starts_at"], m["minutes"], m["format"]) for m in meetings] == [
        ("2026-12-03T14:00:00+00:00", 30, "video")]

    # nothing before its time
    clock.set(datetime(2026, 12, 2, 17, 59, tzinfo=UTC))
    assert await bot.sweep() == 0
    clock.set(datetime(2026, 12, 2, 18, 0, tzinfo=UTC))  # 19:00 Berlin, the evening before
    assert await bot.sweep() == 1
    prep = bot.api.last(U)
    assert "Coming up: your 30-minute video call with Dana Whitfield" in prep.text
    assert "Test the platform now" in prep.text

    await bot.restart()  # nothing pending is lost
    clock.set(datetime(2026, 12, 3, 14, 45, tzinfo=UTC))  # 15 min after the end
    assert await bot.sweep() == 1
    debrief = bot.api.last(U)
    assert "How did it go with Dana Whitfield" in debrief.text
    seen = await bot.press(U, "Debrief now", message=debrief)
    assert "most useful thing you learned" in seen[-1].text
    await bot.send(U, "how clinical trials data teams are staffed")
    await bot.press(U, "Skip")
    seen = await bot.send(U, "Ana Ruiz, Ben Okafor")
    assert "Added Ana Ruiz and Ben Okafor as contacts suggested by Dana" in texts(seen)
    await bot.send(U, "ask about salary bands less")
    contacts = (await bot.db.run(export_data, U))["contacts"]
    assert [(c["name"], c["referrer"]) for c in contacts if c["referrer"]] == [
        ("Ana Ruiz", "Dana Whitfield"), ("Ben Okafor", "Dana Whitfield")]

    clock.set(datetime(2026, 12, 3, 16, 30, tzinfo=UTC))  # 2 h after the end
    assert await bot.sweep() == 1
    sent = bot.api.sent_to(U)[-3:]
    assert "Time to thank Dana Whitfield" in sent[0].text
    assert "what you said about how clinical trials data teams are staffed" in sent[1].text
    assert "suggesting I talk to Ana Ruiz and Ben Okafor" in sent[1].text
    seen = await bot.press(U, "Thank-you sent", message=sent[2])
    assert "Thank-you sent" in seen[0].text
    kinds = {n["kind"]: n["status"] for n in await reminders_about(bot, "Dana Whitfield")}
    assert kinds["thanks"] == "done"
    assert kinds["thanks_reminder"] == "cancelled"  # done in time: no reminder
    assert kinds["referrals"] == "cancelled"  # names were recorded at the debrief
    assert (await bot.contact(U, "Dana Whitfield"))["status"] == "thanked"

    # the referral opens its outreach with the referrer's name
    seen = await bot.send(U, "/followups")
    assert "Ana Ruiz, suggested by Dana Whitfield" in seen[0].text
    assert "Prep for the meeting" not in seen[0].text  # it has taken place
    assert "Keep in touch with Dana Whitfield" in seen[0].text
    seen = await bot.press(U, "Write to Ana Ruiz", message=seen[0])
    assert "Dana Whitfield suggested I contact you" in texts(seen)
    assert "role" in seen[-1].text


async def prep_reminder(bot: BotHarness, clock) -> object:
    """A meeting logged on Tuesday and its prep reminder, sent on Wednesday evening."""
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    await bot.onboard(U, tz="Europe/Berlin")
    await log_meeting(bot)
    clock.set(datetime(2026, 12, 2, 18, 0, tzinfo=UTC))
    await bot.sweep()
    return bot.api.last(U)


async def test_snooze_and_skip_move_or_stop_a_nudge(bot, clock):
    prep = await prep_reminder(bot, clock)
    seen = await bot.press(U, "1 h", message=prep)
    assert "Snoozed until Wed 02 Dec, 20:00" in seen[0].text
    clock.advance(minutes=59)
    assert await bot.sweep() == 0
    clock.advance(minutes=1)
    assert await bot.sweep() == 1
    seen = await bot.press(U, "Skip", message=bot.api.last(U))
    assert seen[0].text == "Skipped."
    seen = await bot.press(U, "I'm prepared", message=prep)  # an old copy of the same nudge
    assert "already dealt with" in seen[0].text


async def test_nudge_buttons_of_another_user_do_nothing(bot, clock):
    prep = await prep_reminder(bot, clock)
    data = prep.button("I'm prepared")["callback_data"]
    await bot.onboard(U + 1, name="Eve")
    prep_id = parse(data).id  # U's real reminder, sent and waiting for an answer
    assert [(n.kind, n.status) for n in await bot.db.run(batch_of, U, prep_id)] == [
        ("prep", "sent")]
    own = bot.last_with_buttons(U + 1)  # Eve forges U's nudge id into a button of her chat
    seen = await bot.press_data(U + 1, own, data)
    assert "already dealt with" in seen[0].text
    assert [(n.kind, n.status) for n in await bot.db.run(batch_of, U, prep_id)] == [
        ("prep", "sent")]


async def test_ambiguous_and_bad_times_are_never_guessed(bot, clock):
    clock.set(datetime(2026, 11, 21, 9, 0, tzinfo=UTC))
    await bot.onboard(U, tz="America/New_York")
    await bot.send(U, "/meeting")
    await bot.send(U, "Kim")
    seen = await bot.send(U, "3/12 14:00")
    assert "reads two ways" in seen[-1].text
    assert seen[-1].button_texts()[:2] == ["Fri 12 Mar 2027, 14:00", "Thu 03 Dec 2026, 14:00"]
    await bot.press(U, "Back")
    seen = await bot.send(U, "Nov 2 3pm")
    assert "more than a week ago" in seen[0].text
    seen = await bot.send(U, "next week sometime")
    assert "couldn't read" in seen[0].text or "need a time" in seen[0].text
    seen = await bot.send(U, "tomorrow")
    assert "need a time" in seen[0].text
    seen = await bot.send(U, "tomorrow 3pm")
    assert "Sun 22 Nov 2026, 15:00 (America/New_York)" in seen[-1].text


async def test_quiet_hours_hold_a_nudge_until_they_end(bot, clock):
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    await bot.onboard(U, tz="Europe/Berlin")
    await log_meeting(bot, "Dec 3 18:30")  # ends 19:00; thanks due 21:00 Berlin: quiet
    clock.set(datetime(2026, 12, 3, 20, 0, tzinfo=UTC))  # 21:00 Berlin
    await bot.sweep()
    assert "Time to thank" not in texts(bot.api.sent_to(U)[-3:])
    due = {n["kind"]: n["due_at"] for n in await reminders_about(bot, "Dana Whitfield")}
    assert due["thanks"] == "2026-12-04T07:00:00+00:00"  # 08:00 Berlin, quiet hours over
    clock.set(datetime(2026, 12, 4, 7, 0, tzinfo=UTC))
    await bot.sweep()  # the debrief (held too) comes first; the thank-you waits for it
    assert "Coming up" not in texts(bot.api.sent_to(U)[-3:])  # no prep after the meeting
    debrief = bot.api.last(U)
    assert "How did it go with Dana Whitfield" in debrief.text
    assert "Time to thank" not in texts(bot.api.sent_to(U)[-3:])
    await bot.press(U, "Debrief now", message=debrief)
    await bot.send(U, "hospitals buy software by committee")
    await bot.press(U, "Skip")
    await bot.press(U, "None")
    seen = await bot.press(U, "Skip")
    assert "Your thank-you draft naming what you learned comes next." in texts(seen)
    await bot.sweep()
    sent = bot.api.sent_to(U)[-3:]
    assert "Time to thank Dana Whitfield" in sent[0].text
    assert "your point that hospitals buy software by committee" in sent[1].text


async def test_keep_in_touch_digest_and_reset(bot, clock):
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    await bot.onboard(U, tz="UTC")
    for name in ("Ana", "Ben"):
        await bot.send(U, "/meeting")
        await bot.send(U, name)
        await bot.send(U, "Dec 3 10:00")
        await bot.press(U, "Yes")
        await bot.press(U, "Coffee")
        await bot.press(U, "20 min")
    # every meeting reminder arrives, and the user skips each: only keep-in-touch is left
    clock.set(datetime(2026, 12, 6, 12, 0, tzinfo=UTC))
    before = len(bot.api.sent_to(U))
    # debrief and referrals × 2 (the preps are dropped: the meetings are over); the
    # thank-yous wait an hour for their debriefs
    assert await bot.sweep() == 4
    clock.advance(hours=1)
    assert await bot.sweep() == 2  # the thank-yous (their reminders, due with them, dropped)
    for message in [m for m in bot.api.sent_to(U)[before:] if m.buttons]:
        assert (await bot.press(U, "Skip", message=message))[0].text == "Skipped."
    assert {n["kind"] for n in await bot.db.run(upcoming, U)} == {"keep_in_touch"}
    clock.set(datetime(2026, 12, 3, 9, 0, tzinfo=UTC) + timedelta(weeks=8, hours=2))
    assert await bot.sweep() == 2
    digest, ana, ben, last = bot.api.sent_to(U)[-4:]
    assert "keep in touch with 2 people" in digest.text
    assert "• Ana" in digest.text and "• Ben" in digest.text
    assert ana.text.startswith("Hi Ana,") and ben.text.startswith("Hi Ben,")  # drafts to copy
    await bot.press(U, "Update sent", message=last)
    pending = [n for n in await bot.db.run(upcoming, U)
               if n["kind"] == "keep_in_touch" and n["status"] == "pending"]
    assert len(pending) == 2  # the cadence restarted for both


async def test_a_meeting_logged_after_it_happened_debriefs_at_once_then_thanks(bot, clock):
    # Tuesday 1 Dec, 17:00 in Berlin: the coffee was today at 14:00-14:30
    clock.set(datetime(2026, 12, 1, 16, 0, tzinfo=UTC))
    await bot.onboard(U, name="Sam Rivera", tz="Europe/Berlin")
    await bot.send(U, "/meeting")
    await bot.send(U, "Dr. Amira Haddad")
    seen = await bot.send(U, "today 2pm")
    assert "That's in the past: no prep reminder" in seen[-1].text
    await bot.press(U, "Yes")
    await bot.press(U, "Coffee")
    seen = await bot.press(U, "30 min")
    summary = seen[0].text
    assert "already over, so no prep reminder" in summary
    assert "• now — the debrief, below" in summary
    assert "prep" not in summary.split("What comes next:")[1]
    assert not any(m.document for m in seen)  # no calendar file for a meeting gone by
    assert "most useful thing you learned" in seen[-1].text  # the debrief, at once
    assert await bot.sweep() == 0  # no reminder interrupts it

    await bot.send(U, "Nurse informaticists spend half their time on training")
    await bot.press(U, "Skip")
    seen = await bot.send(U, "Lena Hoffmann (research ops at N26), Dr. Amir Haddad, the "
                             "clinic's nurse manager")
    assert "Added <b>Lena Hoffmann</b> (research ops at N26) and <b>Dr. Amir Haddad</b> " \
           "(nurse manager)" in seen[0].html
    seen = await bot.press(U, "Skip")
    assert "Your thank-you draft naming what you learned comes next." in texts(seen)

    assert await bot.sweep() == 1  # the thank-you, now: 2 h after the end have passed
    lead, draft, buttons = bot.api.sent_to(U)[-3:]
    assert "Time to thank Dr. Amira Haddad" in lead.text
    assert draft.text.startswith("Hi Amira,")
    assert ("your point that Nurse informaticists spend half their time on training"
            in draft.text)
    assert "suggesting I talk to Lena Hoffmann and Dr. Amir Haddad" in draft.text
    assert buttons.button("Thank-you sent")

    lena = await bot.contact(U, "Lena Hoffmann")
    card = await bot.db.run(contact_detail, U, lena["id"])
    assert (card["contact"]["role"], card["contact"]["organisation"]) == ("research ops", "N26")
    assert card["contact"]["referrer"] == "Dr. Amira Haddad"
    kinds = {n["kind"]: n["status"] for n in await reminders_about(bot, "Dr. Amira Haddad")}
    assert kinds["debrief"] == "done" and "prep" not in kinds
    assert kinds["referrals"] == "cancelled"  # names recorded


async def test_followups_shows_the_thank_you_draft_instead_of_closing_it(bot, clock):
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    await bot.onboard(U, tz="Europe/Berlin")
    await log_meeting(bot)
    clock.set(datetime(2026, 12, 3, 14, 45, tzinfo=UTC))
    await bot.sweep()  # the debrief reminder
    await bot.press(U, "Debrief now", message=bot.api.last(U))
    await bot.send(U, "how trial data teams are staffed")
    await bot.press(U, "Skip")
    await bot.press(U, "None")
    await bot.press(U, "Skip")
    clock.set(datetime(2026, 12, 3, 16, 30, tzinfo=UTC))
    await bot.sweep()
    seen = await bot.send(U, "/followups")
    assert "Thank Dana Whitfield" in seen[0].text
    seen = await bot.press(U, "Open: Thank", message=seen[0])
    assert "Time to thank Dana Whitfield" in seen[0].text
    assert "what you said about how trial data teams are staffed" in seen[1].text
    kinds = {n["kind"]: n["status"] for n in await reminders_about(bot, "Dana Whitfield")}
    assert kinds["thanks"] == "sent"  # shown, not closed
    seen = await bot.press(U, "Thank-you sent", message=seen[-1])
    assert "Thank-you sent" in seen[0].text


async def test_the_minutes_asked_for_in_the_sent_draft_carry_into_the_question_sheet(bot):
    await bot.onboard(U, field="Finance")
    await bot.send(U, "/outreach")
    await bot.send(U, "Dana Whitfield")
    await bot.press(U, "Skip")
    await bot.press(U, "Skip")
    await bot.press(U, "No connection")
    await bot.send(U, "a final-year economics student")
    await bot.send(U, "equity research")
    await bot.press(U, "Skip")
    await bot.press(U, "Phone call")
    await bot.press(U, "15 min")
    await bot.press(U, "Email")
    await bot.press(U, "I sent it")
    await bot.send(U, "/questions")
    await bot.press(U, "Finance")
    await bot.press(U, "Dana Whitfield")
    seen = await bot.press(U, "Done")
    if "Save anyway" in seen[-1].button_texts():
        seen = await bot.press(U, "Save anyway")
    sheet = texts(seen)
    assert "(15 min, Finance)" in sheet and "I'll keep to the 15 minutes I asked for" in sheet
