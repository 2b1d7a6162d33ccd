"""The foundation flows through the real Application, asserting what the user sees and stores."""

from __future__ import annotations

from bot.engine.models import User
from bot.storage import dialogues
from bot.storage import users as profile
from tests.harness import BotHarness, texts
from tests.storage.test_db import rows_mentioning_user

U = 501


async def stored_user(bot: BotHarness, user_id: int = U) -> User | None:
    return await bot.db.run(profile.get, user_id)


async def stored_dialogue(bot: BotHarness, user_id: int = U) -> tuple[str, str] | None:
    """Where the user is: (flow, step), or None outside any flow."""
    d = await bot.db.run(dialogues.get, user_id)
    return None if d is None else (d.flow, d.step)


async def test_onboarding_by_buttons_ends_in_the_main_menu(bot):
    seen = await bot.send(U, "/start", first_name="Ana")
    assert "three quick questions" in texts(seen)
    assert "Call me Ana" in seen[-1].button_texts()
    seen = await bot.press(U, "Call me Ana")
    assert "Nice to meet you, Ana" in seen[-1].text
    seen = await bot.press(U, "Product management")
    assert "time zone" in seen[-1].text.lower()
    seen = await bot.press(U, "New York")
    assert "All set, Ana" in seen[0].text and "America/New_York" in seen[0].text
    assert "✉️ Write outreach" in seen[-1].button_texts()
    user = await stored_user(bot)
    assert (user.name, user.field, user.tz) == (
        "Ana",
        "Product management",
        "America/New_York",
    )
    assert user.onboarded and await stored_dialogue(bot) is None


async def test_typed_answers_and_wrong_time_zone_reprompt(bot):
    await bot.send(U, "/start")
    await bot.send(U, "   Dana   Lee ")
    await bot.send(U, "climate policy")
    seen = await bot.send(U, "Narnia/Cair")
    assert "couldn't read" in seen[0].text and "Narnia/Cair" in seen[0].text
    assert await stored_dialogue(bot) == ("ob", "tz")
    seen = await bot.send(U, "UTC+5:30")
    assert "All set, Dana!" in seen[0].text and "signed Dana Lee" in seen[0].text
    user = await stored_user(bot)
    assert user.tz == "UTC+05:30" and user.field == "climate policy"


async def test_back_button_returns_one_step(bot):
    await bot.send(U, "/start")
    await bot.send(U, "Kai")
    seen = await bot.press(U, "Back")
    assert seen[-1].text.endswith("What should I call you?")
    assert await stored_dialogue(bot) == ("ob", "name")


async def test_start_again_offers_keep_or_redo(bot):
    await bot.onboard(U, name="Rui")
    seen = await bot.send(U, "/start")
    assert "already set up as Rui" in seen[-1].text
    assert seen[-1].button_texts() == ["Keep it", "Redo setup"]
    seen = await bot.press(U, "Keep it")
    assert "nothing changed" in texts(seen)
    await bot.send(U, "/start")
    seen = await bot.press(U, "Redo setup")
    assert seen[-1].text.endswith("What should I call you?")


async def test_restart_mid_onboarding_resumes_at_the_same_step(bot):
    await bot.send(U, "/start")
    await bot.send(U, "Mo")
    await bot.restart()
    seen = await bot.send(U, "Finance")
    assert "time zone" in seen[-1].text.lower()
    seen = await bot.send(U, "Tokyo")
    assert "All set, Mo" in seen[0].text and (await stored_user(bot)).tz == "Asia/Tokyo"


async def test_cancel_from_any_state_and_with_nothing_going_on(bot):
    await bot.send(U, "/start")
    await bot.send(U, "Mo")
    seen = await bot.send(U, "/cancel")
    assert "Stopped your setup" in seen[0].text and await stored_dialogue(bot) is None
    seen = await bot.send(U, "/cancel")
    assert "Nothing to cancel" in seen[0].text
    await bot.onboard(U)
    await bot.send(U, "/settings")
    seen = await bot.send(U, "/cancel")
    assert "Stopped your settings" in seen[0].text and await stored_dialogue(bot) is None


async def test_non_text_gets_a_reprompt_and_changes_nothing(bot):
    await bot.send(U, "/start")
    for kind in ("sticker", "photo", "voice"):
        seen = await bot.send_media(U, kind)
        assert f"not a {kind}" in seen[0].text
        assert seen[-1].text.endswith("What should I call you?")
    assert await stored_dialogue(bot) == ("ob", "name")


async def test_unknown_command_gets_a_hint_and_where_you_are(bot):
    await bot.send(U, "/start")
    seen = await bot.send(U, "/frobnicate now")
    assert "don't know the command /frobnicate" in seen[0].text and "/help" in seen[0].text
    assert "middle of your setup" in texts(seen)


async def test_old_buttons_say_the_menu_expired(bot):
    await bot.send(U, "/start")
    name_msg = bot.last_with_buttons(U)
    await bot.press(U, "Call me Alex")
    field_msg = bot.last_with_buttons(U)
    seen = await bot.press(U, "Call me Alex", message=name_msg)  # tapped twice
    assert seen[0].text.startswith("That menu has expired.")
    assert "middle of your setup" in seen[0].text
    await bot.press(U, "Finance", message=field_msg)
    await bot.press(U, "London")
    seen = await bot.press(U, "Finance", message=field_msg)  # a finished flow
    assert seen[0].text.startswith("That menu has expired.") and seen[-1].button_texts()
    await bot.restart()
    seen = await bot.press_data(U, field_msg, "ob|1|field|9999")  # forged, after a restart
    assert seen[0].text.startswith("That menu has expired.")
    seen = await bot.press_data(U, field_msg, "nonsense")
    assert seen[0].text.startswith("That menu has expired.")
    assert (await stored_user(bot)).field == "Finance"


async def test_long_names_emoji_and_markup_are_stored_and_shown_escaped(bot):
    prefix = "<b>Ann & Co</b> 🚀"
    name = prefix + "é" * (4096 - len(prefix))
    assert len(name) == 4096
    await bot.send(U, "/start")
    seen = await bot.send(U, name)
    assert "reads like a sentence" in texts(seen)  # 4,096 characters: asked about first
    seen = await bot.send(U, name)  # the same again: it really is what to call them
    shown = texts(seen)
    assert "Nice to meet you, <b>Ann!" in shown  # shown literally, not as bold
    assert all(len(m.text) <= 4096 for m in seen)
    await bot.send(U, "Nonprofit & public sector")
    await bot.send(U, "UTC")
    assert (await stored_user(bot)).name == name


async def test_deep_link_opens_the_flow_after_onboarding(bot):
    seen = await bot.send(U, "/start settings")
    assert "three quick questions" in texts(seen)
    await bot.send(U, "Jo")
    await bot.send(U, "Education")
    seen = await bot.send(U, "Sydney")
    assert "All set, Jo" in seen[0].text and "Your settings" in seen[-1].text
    seen = await bot.send(U, "/start practice")
    assert "Let's rehearse" in seen[0].text  # an onboarded user goes straight there


async def test_a_flow_asked_for_before_setup_opens_right_after_it(bot):
    seen = await bot.send(U, "/contacts")
    assert "First, let's set you up" in seen[0].text
    await bot.send(U, "Lu")
    await bot.send(U, "Healthcare")
    seen = await bot.send(U, "Lagos")
    assert "All set, Lu" in seen[0].text and "No contacts yet" in texts(seen)
    seen = await bot.send(U, "/stats")
    assert "Your funnel" in seen[0].text


async def test_help_lists_every_command(bot):
    seen = await bot.send(U, "/help")
    for command in (
        "/outreach",
        "/questions",
        "/practice",
        "/meeting",
        "/followups",
        "/contacts",
        "/stats",
        "/export",
        "/settings",
        "/forget",
        "/cancel",
    ):
        assert command in seen[0].text


async def test_settings_change_time_zone_and_quiet_hours(bot):
    await bot.onboard(U)
    seen = await bot.send(U, "/settings")
    assert "Quiet hours: 21:00–08:00" in seen[-1].text
    await bot.press(U, "Time zone")
    seen = await bot.send(U, "America/Chicago")
    assert "Time zone set to America/Chicago" in seen[0].text
    await bot.press(U, "Quiet hours")
    seen = await bot.send(U, "after dinner")
    assert "couldn't read" in seen[0].text
    seen = await bot.send(U, "22:30-07:00")
    assert "Quiet hours set to 22:30–07:00" in seen[0].text
    await bot.press(U, "Keep-in-touch")
    seen = await bot.send(U, "52")
    assert "from 2 to 26" in seen[0].text
    seen = await bot.press(U, "12 weeks")
    assert "every 12 weeks" in seen[0].text and "Keep in touch: every 12 weeks" in seen[-1].text
    seen = await bot.press(U, "Done")
    user = await stored_user(bot)
    assert (user.tz, user.quiet_start, user.quiet_end) == (
        "America/Chicago",
        "22:30",
        "07:00",
    )
    assert user.keep_in_touch_weeks == 12


async def test_forget_needs_confirmation_then_deletes_every_row(bot):
    await bot.onboard(U)
    await bot.onboard(U + 1, name="Other")
    await bot.send(U, "/settings")
    seen = await bot.send(U, "/forget")
    assert "cannot be undone" in seen[-1].text
    seen = await bot.press(U, "No, keep my data")
    assert "Nothing was deleted" in seen[0].text and await stored_user(bot) is not None
    await bot.send(U, "/forget")
    seen = await bot.press(U, "Yes, delete everything")
    assert "everything about you is deleted" in seen[0].text
    db = bot.db
    assert await db.run(rows_mentioning_user, U) == {}
    assert await db.run(rows_mentioning_user, U + 1)
    seen = await bot.send(U, "hello again")
    assert "three quick questions" in texts(seen)  # a fresh start, nothing remembered


async def test_errors_are_logged_reported_and_the_bot_keeps_running(tmp_path, clock, caplog):
    async with BotHarness(tmp_path, clock, admin_chat_id=777) as bot:
        flow = bot.services.flows["ob"]

        def broken(*args, **kwargs):
            raise RuntimeError("flow exploded")

        original, flow.handle = flow.handle, broken
        await bot.send(U, "/start")
        seen = await bot.send(U, "Ivy")
        assert "something went wrong" in seen[0].text
        assert "RuntimeError: flow exploded" in bot.api.last(777).text
        assert any("update" in r.message and "failed" in r.message for r in caplog.records)
        flow.handle = original
        seen = await bot.send(U, "Ivy")
        assert "Nice to meet you, Ivy" in seen[-1].text


async def test_command_menu_is_registered_at_start(bot):
    calls = [c for c in bot.api.calls if c.method == "setMyCommands"]
    assert calls
    import json

    commands = calls[0].params["commands"]
    commands = json.loads(commands) if isinstance(commands, str) else commands
    names = [c["command"] for c in commands]
    assert names[0] == "start" and {"outreach", "practice", "forget", "cancel", "help"} <= set(
        names
    )


async def test_text_with_no_flow_shows_the_menu(bot):
    await bot.onboard(U)
    seen = await bot.send(U, "hi there")
    assert "not in the middle of anything" in seen[0].text and seen[0].buttons


async def test_help_typed_as_a_word_with_no_flow_shows_the_help(bot):
    """"help" typed without the slash got "I'm not in the middle of anything"."""
    await bot.onboard(U)
    for typed in ("help", "Help!", "what can you do?"):
        seen = await bot.send(U, typed)
        assert "not in the middle of anything" not in seen[0].text
        assert "/practice" in seen[0].text, seen[0].text


async def test_a_button_pressed_long_after_still_gets_an_answer(bot):
    from bot.telegram.standin.api import ApiError

    await bot.send(U, "/start")
    original = bot.api.call

    def too_old(method, params):
        if method == "answerCallbackQuery":
            raise ApiError(400, "Bad Request: query is too old and response timeout expired")
        return original(method, params)

    bot.api.call = too_old
    seen = await bot.press(U, "Call me Alex")
    assert "Nice to meet you, Alex" in seen[-1].text


async def test_start_up_leaves_what_it_loaded_out_of_the_collectors_sight(tmp_path):
    """A full garbage collection that walks the banks and libraries pauses every user."""
    import gc

    gc.unfreeze()
    async with BotHarness(tmp_path):
        assert gc.get_freeze_count() > 10_000


async def test_start_up_builds_every_fields_matcher_before_any_user_asks(tmp_path):
    from bot import app

    app._MATCHERS.clear()  # shared between apps on the same banks: start from none built
    async with BotHarness(tmp_path) as bot:
        practice = bot.services.flows["prac"]
        assert set(practice._matchers) == {b.field for b in bot.services.banks.values()}


async def test_a_command_mid_setup_keeps_the_answers_given_and_finishes_setup(bot):
    """/meeting typed after the name: setup goes on from the field, the name is not lost."""
    await bot.send(U, "/start")
    await bot.send(U, "Dana Lee")
    asked_field = await stored_dialogue(bot)
    seen = await bot.send(U, "/meeting")
    assert "finish setting you up first — then /meeting is ready" in seen[0].text
    assert await stored_dialogue(bot) == asked_field  # not back at the name
    await bot.send(U, "climate policy")
    seen = await bot.send(U, "UTC+5:30")
    assert "All set, Dana!" in seen[0].text and "signed Dana Lee" in seen[0].text
    user = await stored_user(bot)
    assert user.onboarded and user.field == "climate policy"


async def test_a_field_without_a_letter_is_asked_again(bot):
    await bot.send(U, "/start")
    await bot.send(U, "Dana Lee")
    asked_field = await stored_dialogue(bot)
    for typed in ("²", "42", "🙂 🙂"):
        seen = await bot.send(U, typed)
        assert "Tell me a field or role" in seen[0].text, (typed, seen[0].text)
        assert await stored_dialogue(bot) == asked_field
    assert (await stored_user(bot)).field in (None, "")
