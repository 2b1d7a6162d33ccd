"""/outreach through the real Application: the dialogue, the checks, saving and "I sent it"."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.features.network.store import export_data, pipeline, progress_rows
from bot.features.nudges.store import of_contact
from bot.features.outreach.store import drafts_to
from tests.harness import BotHarness, texts

U = 601


async def only_contact(bot: BotHarness) -> dict:
    """The one contact the user wrote to, as /contacts lists it (besides the person who
    suggested writing, recorded as the root of the referral tree)."""
    contacts = (await bot.db.run(pipeline, U))["contacts"]
    [contact] = [c for c in contacts if c["name"] != "Maya Chen"]
    return contact


async def reminders(bot: BotHarness) -> list[dict]:
    """Every reminder about the user's one contact, in due order, whatever its status."""
    return await bot.db.run(of_contact, U, (await only_contact(bot))["id"])


async def drafts(bot: BotHarness) -> list[dict]:
    """What the user wrote to their one contact, as saved."""
    return await bot.db.run(drafts_to, U, (await only_contact(bot))["id"])


async def answer_until_channel(bot: BotHarness, conn: str = "Someone referred me",
                               detail: str | None = "Maya Chen") -> None:
    await bot.send(U, "/outreach")
    await bot.send(U, "Dana Whitfield")
    await bot.send(U, "UX research lead")
    await bot.send(U, "Harbor Health")
    await bot.press(U, conn)
    if detail is not None:
        await bot.send(U, detail)
    await bot.send(U, "a high-school chemistry teacher moving into UX research")
    await bot.send(U, "UX research in healthcare")
    await bot.press(U, "How you got into your role")
    await bot.press(U, "Coffee")
    await bot.press(U, "20 min")


async def test_email_with_a_referral_from_first_question_to_replied(bot, clock):
    # Thursday 2026-11-05 10:00 in Berlin
    clock.set(datetime(2026, 11, 5, 9, 0, tzinfo=UTC))
    await bot.onboard(U, name="Sam Rivera", tz="Europe/Berlin")
    await answer_until_channel(bot)
    seen = await bot.press(U, "Email")
    draft, report = seen[-2], seen[-1]
    assert draft.text.startswith("Hi Dana,") and "Maya Chen suggested" in draft.text
    assert "<" not in draft.html  # plain text, nothing to leak when copied
    assert "Checks: 10/10" in report.text and "Subject:" in report.text
    assert "✅" in report.text and "❌" not in report.text
    contact = await only_contact(bot)
    assert (contact["name"], contact["organisation"], contact["status"]) == (
        "Dana Whitfield", "Harbor Health", "drafted")
    assert contact["referrer"] == "Maya Chen"  # the original referrer, in the referral tree
    [saved] = await drafts(bot)
    assert saved["body"] == draft.text and (saved["score"], saved["total"]) == (10, 10)

    seen = await bot.press(U, "I sent it")
    assert "Noted: sent to Dana" in seen[0].text
    assert "Tue 10 Nov" in seen[0].text  # 3 business days after Thursday
    assert "Mon 16 Nov" in seen[0].text  # 7 business days
    nudges = await reminders(bot)
    assert [(n["kind"], n["status"]) for n in nudges] == [("second_contact", "pending"),
                                                         ("follow_up", "pending")]
    assert nudges[0]["due_at"].startswith("2026-11-10T09:00")
    assert nudges[0]["payload"]["draft_id"] == saved["id"]
    assert (await only_contact(bot))["status"] == "asked"

    seen = await bot.press(U, "They replied")
    assert "stopped the follow-up reminders" in seen[0].text
    chasing = {n["kind"]: n["status"] for n in await reminders(bot)
               if n["kind"] in ("second_contact", "follow_up")}
    assert chasing == {"second_contact": "cancelled", "follow_up": "cancelled"}
    assert (await only_contact(bot))["status"] == "replied"


async def test_linkedin_note_variants_edit_and_restart(bot):
    await bot.onboard(U, name="Lee")
    await answer_until_channel(bot, conn="Met at an event", detail="UXDC 2026")
    seen = await bot.press(U, "LinkedIn connection note")
    note = seen[-2].text
    assert len(note) <= 300 and "UXDC 2026" in note
    assert "🆓 Free account (200): off" in seen[-1].button_texts()
    seen = await bot.press(U, "Formal")
    assert seen[-2].text != note and "Warm" in seen[-1].button_texts()[1]
    seen = await bot.press(U, "Other channel")
    assert "How will you send it?" in seen[-1].text
    await bot.restart()  # mid-flow: nothing lost
    seen = await bot.press(U, "Email")
    assert "Subject:" in seen[-1].text and "Checks:" in seen[-1].text
    seen = await bot.press(U, "Shorter")
    assert len(seen[-2].text) < len(note) * 3
    # the user's own edit is checked with the same rules
    seen = await bot.send(U, "Hi Dana, can you refer me for a job at Harbor? I need a position. "
                             "Can we talk?")
    report = seen[-1].text
    assert "your edited text" in report and "❌" in report
    assert "job" in report.lower() and "refer me" in report.lower()
    [row] = await drafts(bot)
    assert row["edited"] is True and row["body"].startswith("Hi Dana, can you refer me")
    assert row["score"] < row["total"]


async def test_back_skip_and_wrong_input(bot):
    await bot.onboard(U)
    await bot.send(U, "/outreach")
    await bot.send(U, "Ari Gold")
    seen = await bot.press(U, "Skip")  # role
    assert "Where does Ari work?" in seen[-1].text
    seen = await bot.press(U, "Back")
    assert "What is Ari's role?" in seen[-1].text
    await bot.press(U, "Skip")
    await bot.press(U, "Skip")  # organisation
    seen = await bot.send(U, "we go way back")  # a button was expected
    assert "Tap the option that fits best" in seen[0].text
    seen = await bot.press(U, "No connection")
    assert "who are you" in seen[-1].text  # cold skips the detail question
    seen = await bot.press(U, "Back")
    assert "How are you connected" in seen[-1].text
    await bot.press(U, "No connection")
    seen = await bot.send(U, "   ")
    assert "I need a few words here" in seen[0].text
    await bot.send(U, "a nurse moving into health tech")
    await bot.press(U, "Marketing")  # the user's field, offered as a button
    await bot.press(U, "Skip")
    await bot.press(U, "Video call")
    seen = await bot.send(U, "90")
    assert "15 to 30 minutes" in seen[0].text
    seen = await bot.send(U, "25 minutes")
    assert "How will you send it?" in seen[-1].text
    seen = await bot.send_media(U, "sticker")
    assert "not a sticker" in seen[0].text
    seen = await bot.press(U, "Text message")
    assert "Checks:" in seen[-1].text
    seen = await bot.send(U, "/cancel")
    assert "Stopped writing your outreach message" in seen[0].text
    assert (await bot.db.run(progress_rows, U))["drafts"] == 1  # kept


async def test_huge_and_hostile_answers_are_safe_and_named_for_shortening(bot):
    await bot.onboard(U)
    await bot.send(U, "/outreach")
    await bot.send(U, "<b>Bobby</b> & 'Tables' 🚀")
    await bot.send(U, "*bold* _it_ [x](y)")
    await bot.send(U, "Acme & Sons <script>")
    await bot.press(U, "Found them online")
    await bot.send(U, "your post about <i>design</i>")
    seen = await bot.send(U, "word " * 1000)  # 5,000 characters
    assert "Broadly, what do you want to learn" in seen[-1].text
    await bot.send(U, "product design")
    await bot.press(U, "What your work is really like day to day")
    await bot.press(U, "Phone call")
    await bot.press(U, "15 min")
    seen = await bot.press(U, "Email")
    assert all(len(m.text) <= 4096 for m in seen)
    report = seen[-1].text
    assert "or shorten your background" in report
    assert "<b>Bobby</b>" in texts(seen)  # shown literally, never as markup
    seen = await bot.press(U, "Edit your background")
    assert "who are you" in seen[-1].text
    seen = await bot.send(U, "a product designer in fintech")
    assert "Checks:" in seen[-1].text and "shorten your background" not in seen[-1].text
    [contact] = (await bot.db.run(export_data, U))["contacts"]
    assert (contact["name"], contact["role"], contact["organisation"]) == (
        "<b>Bobby</b> & 'Tables' 🚀", "*bold* _it_ [x](y)", "Acme & Sons <script>")


async def test_a_coach_template_override_is_used_by_the_bot(tmp_path, clock):
    override = tmp_path / "templates"
    override.mkdir()
    (override / "text.txt.j2").write_text(
        "Hi {{ first_name }}, {{ referrer_first_name }} from our cohort suggested I write. "
        "Could you spare {{ minutes }} minutes for your advice on {{ learn_broad }}? "
        "- {{ sender_name }}\n")
    async with BotHarness(tmp_path, clock, templates_dir=override) as bot:
        await bot.onboard(U, name="Ola")
        await answer_until_channel(bot)
        seen = await bot.press(U, "Text message")
        assert seen[-2].text == ("Hi Dana, Maya from our cohort suggested I write. Could you "
                                 "spare 20 minutes for your advice on UX research in "
                                 "healthcare? - Ola")


async def test_a_draft_saved_for_later_is_marked_sent_from_followups(bot):
    await bot.onboard(U)
    await answer_until_channel(bot)
    await bot.press(U, "Email")
    seen = await bot.press(U, "Done for now")
    assert "I sent it in /followups" in seen[0].text
    seen = await bot.send(U, "/followups")
    assert "Drafts not marked as sent" in seen[0].text
    listing = seen[0]
    seen = await bot.press(U, "I sent it: Dana Whitfield", message=listing)
    assert "Noted as sent" in seen[0].text
    assert [n["kind"] for n in await reminders(bot)] == ["second_contact", "follow_up"]
    seen = await bot.press(U, "I sent it: Dana Whitfield", message=listing)  # tapped twice
    assert "already marked as sent" in seen[0].text
    assert len(await reminders(bot)) == 2


async def test_they_replied_from_the_reminder_or_the_contact_stops_the_chasing(bot, clock):
    from datetime import timedelta

    clock.set(datetime(2026, 11, 5, 9, 0, tzinfo=UTC))  # a Thursday
    await bot.onboard(U, tz="Europe/Berlin")
    await answer_until_channel(bot)
    await bot.press(U, "Email")
    await bot.press(U, "I sent it")
    await bot.press(U, "I'll wait")
    clock.advance(timedelta(days=5))  # Tuesday: 3 business days
    assert await bot.sweep() == 1
    reminder = bot.api.last(U)
    assert "No reply from Dana Whitfield yet" in reminder.text
    seen = await bot.press(U, "They replied", message=reminder)
    assert "No more follow-up reminders" in seen[0].text
    statuses = {n["kind"]: n["status"] for n in await reminders(bot)}
    assert statuses == {"second_contact": "done", "follow_up": "cancelled"}
    assert (await only_contact(bot))["status"] == "replied"
    assert (await drafts(bot))[0]["replied_at"] is not None


async def test_they_replied_from_contacts(bot):
    await bot.onboard(U)
    await answer_until_channel(bot)
    await bot.press(U, "Email")
    await bot.press(U, "I sent it")
    await bot.press(U, "I'll wait")
    seen = await bot.send(U, "/contacts")
    seen = await bot.press(U, "Dana Whitfield", message=seen[0])
    seen = await bot.press(U, "They replied", message=seen[0])
    assert "No more follow-up reminders" in seen[0].text
    chasing = {n["kind"]: n["status"] for n in await reminders(bot)
               if n["kind"] in ("second_contact", "follow_up")}
    assert chasing == {"second_contact": "cancelled", "follow_up": "cancelled"}


async def test_the_background_and_the_free_account_setting_are_remembered(bot):
    await bot.onboard(U)
    await answer_until_channel(bot)
    seen = await bot.press(U, "LinkedIn connection note")
    seen = await bot.press(U, "Free account (200): off", message=seen[-1])
    assert "≤ 200" in seen[-1].text
    await bot.press(U, "Done for now")
    await bot.send(U, "/outreach")
    await bot.send(U, "Ari Gold")
    await bot.press(U, "Skip")
    await bot.press(U, "Skip")
    await bot.press(U, "No connection")
    seen = await bot.press(U, "a high-school chemistry teacher")  # last time's line, a button
    assert "Broadly, what do you want to learn" in seen[-1].text
    await bot.send(U, "UX research")
    await bot.press(U, "Skip")
    await bot.press(U, "Coffee")
    await bot.press(U, "20 min")
    seen = await bot.press(U, "LinkedIn connection note")
    assert "🆓 Free account (200): on" in seen[-1].button_texts()  # remembered
    assert "chemistry teacher" in seen[-2].text


async def test_write_to_a_referral_keeps_what_is_known_and_saves_what_is_typed(bot, clock):
    from bot.features.network.store import contact_detail

    clock.set(datetime(2026, 12, 1, 16, 0, tzinfo=UTC))
    await bot.onboard(U, tz="Europe/Berlin")
    await bot.send(U, "/meeting")
    await bot.send(U, "Dana Whitfield")
    await bot.send(U, "today 2pm")
    await bot.press(U, "Yes")
    await bot.press(U, "Coffee")
    await bot.press(U, "30 min")
    await bot.press(U, "Skip")
    await bot.press(U, "Skip")
    await bot.send(U, "Lena Hoffmann (research ops at N26), Ben Ortiz")
    await bot.press(U, "Skip")
    seen = await bot.send(U, "/followups")
    seen = await bot.press(U, "Write to Lena Hoffmann", message=seen[0])
    assert "Dana Whitfield suggested I contact you" in texts(seen)
    assert "✅ Keep “research ops”" in seen[-1].button_texts()  # shown, not asked blind
    await bot.send(U, "Head of Research Operations")  # a better title, typed
    seen = await bot.press(U, "Keep “N26”")
    assert "who are you" in seen[-1].text
    await bot.send(U, "a nurse moving into research operations")
    await bot.send(U, "research operations")
    await bot.press(U, "Skip")
    await bot.press(U, "Video call")
    await bot.press(U, "20 min")
    await bot.press(U, "Email")
    lena = await bot.contact(U, "Lena Hoffmann")
    card = (await bot.db.run(contact_detail, U, lena["id"]))["contact"]
    assert (card["role"], card["organisation"], card["referrer"]) == (
        "Head of Research Operations", "N26", "Dana Whitfield")
    ben = await bot.contact(U, "Ben Ortiz")
    seen = await bot.send(U, "/followups")
    await bot.press(U, "Write to Ben Ortiz", message=seen[0])
    await bot.send(U, "product lead")
    await bot.send(U, "Monzo")
    await bot.send(U, "a nurse moving into research operations")
    await bot.send(U, "research operations")
    await bot.press(U, "Skip")
    await bot.press(U, "Video call")
    await bot.press(U, "20 min")
    await bot.press(U, "Email")
    card = (await bot.db.run(contact_detail, U, ben["id"]))["contact"]
    assert (card["role"], card["organisation"]) == ("product lead", "Monzo")


async def test_someone_new_at_the_same_organisation_starts_there(bot, clock):
    from datetime import timedelta

    clock.set(datetime(2026, 11, 5, 9, 0, tzinfo=UTC))  # a Thursday
    await bot.onboard(U, tz="Europe/Berlin")
    await answer_until_channel(bot)
    await bot.press(U, "Email")
    await bot.press(U, "I sent it")
    await bot.press(U, "I'll wait")
    clock.advance(timedelta(days=5))
    await bot.sweep()
    seen = await bot.press(U, "Write to someone new there", message=bot.api.last(U))
    assert "someone new at Harbor Health" in seen[0].text
    await bot.send(U, "Priya Nair")
    seen = await bot.send(U, "clinical informatics lead")
    assert "How are you connected to Priya?" in seen[-1].text  # the organisation is known
    await bot.press(U, "No connection")
    await bot.press(U, "a high-school chemistry teacher")
    await bot.send(U, "clinical informatics")
    await bot.press(U, "Skip")
    await bot.press(U, "Coffee")
    await bot.press(U, "20 min")
    seen = await bot.press(U, "Email")
    assert "Harbor Health" in seen[-2].text
    priya = await bot.contact(U, "Priya Nair")
    assert priya["organisation"] == "Harbor Health"


async def test_the_follow_up_after_a_linkedin_request_names_the_referrer_and_suggests_email(
        bot, clock):
    from datetime import timedelta

    clock.set(datetime(2026, 11, 5, 9, 0, tzinfo=UTC))
    await bot.onboard(U, tz="Europe/Berlin")
    await answer_until_channel(bot)
    await bot.press(U, "LinkedIn connection note")
    await bot.press(U, "I sent it")
    await bot.press(U, "I'll wait")
    clock.advance(timedelta(days=12))  # past 7 business days
    await bot.sweep()
    lead, draft, _ = bot.api.sent_to(U)[-3:]
    assert "send this one by email" in lead.text and "ask Maya Chen" in lead.text
    assert ("I sent you a connection request on LinkedIn last week — Maya Chen suggested I get "
            "in touch — asking for 20 minutes of your advice") in draft.text


async def test_start_in_the_middle_of_a_flow_asks_before_dropping_it(bot):
    await bot.onboard(U)
    await bot.send(U, "/outreach")
    await bot.send(U, "Dana Whitfield")
    seen = await bot.send(U, "/start")
    assert "You're in the middle of writing your outreach message" in seen[-1].text
    seen = await bot.press(U, "Go back to it")
    assert "What is Dana's role?" in seen[-1].text  # nothing lost
    await bot.send(U, "UX research lead")
    seen = await bot.send(U, "/start")
    seen = await bot.press(U, "Start over")
    assert "Keep this or start over?" in seen[-1].text
    seen = await bot.press(U, "Keep it")
    assert "nothing changed" in seen[0].text
