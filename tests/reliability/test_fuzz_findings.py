"""What the fuzz found, each pinned by a test that failed before its fix."""

from __future__ import annotations

from telegram import Update

from bot.engine import callbacks
from bot.telegram.standin.api import SentMessage
from tests.harness import BotHarness


def test_forged_button_ids_in_other_digits_or_too_large_for_sqlite_are_not_buttons():
    # '²'.isdigit() is True but int('²') raises; a 20-digit id overflowed SQLite's INTEGER
    assert callbacks.parse("nudge|²|done") is None
    assert callbacks.parse("ob|①|name|x") is None
    assert callbacks.parse("nudge|99999999999999999999|done") is None
    assert callbacks.parse("nudge|12|done") == callbacks.ItemPress("nudge", 12, "done")


async def test_a_private_message_without_a_sender_is_left_alone(bot: BotHarness):
    errors: list[BaseException] = []

    async def spy(update, context):
        errors.append(context.error)

    bot.app.add_error_handler(spy)
    raw = bot.api.text_update(9001, "/start")
    del raw["message"]["from"]
    await bot.app.process_update(Update.de_json(raw, bot.app.bot))
    raw = bot.api.press_update(9001, SentMessage(9001, 1, "x", "x"), "nudge|" + "9" * 30 + "|done")
    await bot.app.process_update(Update.de_json(raw, bot.app.bot))
    assert errors == []


def test_numbers_typed_as_superscripts_or_circled_digits_are_asked_again_not_a_crash():
    # str.isdigit() is True for '²' and '①' but int() refuses them; the readers now use
    # isdecimal(), which is exactly what int() reads (Arabic-Indic '٣' still counts as 3)
    from bot.engine.steps import Answer, Invalid
    from bot.features.meetings import flow as meetings
    from bot.features.outreach import flow as outreach
    from bot.features.profile import settings

    for typed in ("²", "①", "³0", "1²"):
        assert isinstance(meetings.read_minutes(None, None, Answer(typed)), Invalid)
        assert isinstance(outreach.read_minutes(None, None, Answer(typed)), Invalid)
        assert isinstance(settings.read_cadence(None, None, Answer(typed)), Invalid)
    for forged in ("q²", "①"):
        assert isinstance(meetings.read_minutes(None, None, Answer(pressed=forged)), Invalid)
