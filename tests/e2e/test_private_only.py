"""The bot acts only in the user's private chat, and only on new messages.

Groups, channels, inline messages, business chats and edits reach the real Application
through the Bot API stand-in; none may change where a user's replies and reminders go, be
read as an answer, or raise.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from telegram import Update

from bot.features.nudges import store
from bot.storage import users
from bot.telegram.standin.api import ApiError, SentMessage
from tests.harness import BotHarness

U = 4201
G = -100_777  # a supergroup the user and the bot are both in
T0 = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)  # 13:00 in Berlin, outside quiet hours


@pytest.fixture
def errors(bot: BotHarness) -> list[BaseException]:
    """Every exception that reaches the error handlers (the bot's own logs and apologises)."""
    seen: list[BaseException] = []

    async def spy(update: object, context) -> None:
        seen.append(context.error)

    bot.app.add_error_handler(spy)
    return seen


async def feed(bot: BotHarness, raw: dict) -> None:
    await bot.app.process_update(Update.de_json(raw, bot.app.bot))


async def add_reminder(bot: BotHarness, due: datetime) -> int:
    def insert(conn):
        contact = conn.execute(
            "INSERT INTO contacts (user_id, name, created_at, updated_at) VALUES (?, 'Kim', ?, ?)"
            " RETURNING id", (U, "x", "x")).fetchone()[0]
        return store.add(conn, U, "referrals", due, T0, contact_id=contact)

    return await bot.db.transaction(insert)


async def stored(bot: BotHarness):
    return await bot.db.run(users.get, U)


def all_sent(bot: BotHarness) -> list[SentMessage]:
    return [m for chat in list(bot.api.messages) for m in bot.api.sent_to(chat)]


async def test_start_in_a_group_is_one_line_inviting_a_private_chat(bot, errors):
    await feed(bot, bot.api.group_text_update(U, G, "/start"))
    await feed(bot, bot.api.group_text_update(U, G, "/start@interview_coach_bot"))
    sent = bot.api.sent_to(G)
    assert len(sent) == 2 and all(len(m.text.splitlines()) == 1 for m in sent)
    assert "private" in sent[0].text and "t.me/interview_coach_bot" in sent[0].text
    assert not sent[0].buttons
    assert await stored(bot) is None  # nothing about the user is stored from a group
    assert bot.api.sent_to(U) == [] and errors == []


async def test_start_in_a_channel_is_one_line_and_other_posts_are_ignored(bot, errors):
    channel = -100_555
    await feed(bot, bot.api.channel_post_update(channel, "/start"))
    await feed(bot, bot.api.channel_post_update(channel, "hello"))
    sent = bot.api.sent_to(channel)
    assert len(sent) == 1 and "private" in sent[0].text
    assert errors == []


async def test_group_text_and_buttons_are_ignored_and_reminders_still_go_to_the_user(
        bot, clock, errors):
    clock.set(T0 - timedelta(hours=1))
    await bot.onboard(U, tz="Europe/Berlin")
    await add_reminder(bot, T0)
    calls = len(bot.api.calls)

    await feed(bot, bot.api.group_text_update(U, G, "Samantha"))
    await feed(bot, bot.api.group_text_update(U, G, "/contacts"))
    await feed(bot, bot.api.group_press_update(U, G, "menu|contacts"))
    await feed(bot, bot.api.group_press_update(U, G, "onboarding|1|name|x"))

    assert bot.api.sent_to(G) == []
    new_methods = {c.method for c in bot.api.calls[calls:]}
    assert new_methods <= {"answerCallbackQuery"}  # the spinner stops; nothing else
    user = await stored(bot)
    assert user.chat_id == U and user.active and user.name == "Sam"

    clock.set(T0)
    assert await bot.sweep() == 1
    assert "Did Kim suggest anyone" in bot.api.last(U).text
    assert errors == []


async def test_a_403_from_a_group_does_not_mark_the_user_as_blocking_the_bot(bot, clock, errors):
    clock.set(T0 - timedelta(hours=1))
    await bot.onboard(U, tz="Europe/Berlin")
    await add_reminder(bot, T0)
    removed = ApiError(403, "Forbidden: bot was kicked from the supergroup chat")
    bot.api.fail_next[("sendMessage", G)] = removed
    await feed(bot, bot.api.group_press_update(U, G, "menu|followups"))
    await feed(bot, bot.api.group_text_update(U, G, "/start"))  # the 403 answering it
    bot.api.fail_next.pop(("sendMessage", G), None)
    # The bot is removed from the group: a membership change, but not of the user's chat.
    await feed(bot, bot.api.my_chat_member_update(U, "left", chat_id=G, chat_type="supergroup"))

    user = await stored(bot)
    assert user.active and user.chat_id == U
    clock.set(T0)
    assert await bot.sweep() == 1  # the reminder was not cancelled
    assert errors == []


async def test_an_edited_message_is_not_taken_as_an_answer(bot, errors):
    await bot.send(U, "/start")
    raw = bot.api.text_update(U, "Sam")
    await feed(bot, raw)
    assert "Which field or role" in bot.api.last(U).text
    before = len(bot.api.sent_to(U))

    await feed(bot, bot.api.edited_text_update(U, raw["message"]["message_id"], "Samantha"))
    note = bot.api.sent_to(U)[before:]
    assert len(note) == 1 and "edit" in note[0].text and "new message" in note[0].text

    await bot.send(U, "Marketing")  # the field is still the question being asked
    await bot.send(U, "Europe/Berlin")
    user = await stored(bot)
    assert (user.name, user.field) == ("Sam", "Marketing")
    assert errors == []


async def test_blocking_and_unblocking_the_bot_marks_the_user_inactive_then_active(
        bot, clock, errors):
    clock.set(T0 - timedelta(hours=1))
    await bot.onboard(U)
    await feed(bot, bot.api.my_chat_member_update(U, "kicked"))
    assert not (await stored(bot)).active
    await feed(bot, bot.api.my_chat_member_update(U, "member"))
    assert (await stored(bot)).active
    await feed(bot, bot.api.my_chat_member_update(U, "kicked"))
    await add_reminder(bot, T0)
    clock.set(T0)
    assert await bot.sweep() == 0  # nothing goes to a user who blocked the bot
    assert errors == []


async def test_an_inline_message_button_with_no_chat_raises_nothing(bot, errors):
    await bot.onboard(U)
    calls = len(bot.api.calls)
    await feed(bot, bot.api.inline_press_update(U, "menu|contacts"))
    await feed(bot, bot.api.inline_press_update(U, "forged|1|x"))
    assert [c.method for c in bot.api.calls[calls:]] == ["answerCallbackQuery"] * 2
    assert (await stored(bot)).chat_id == U and errors == []


async def test_business_messages_are_not_answered_as_private_ones(bot, errors):
    await feed(bot, bot.api.business_text_update(U, "/start"))
    await feed(bot, bot.api.business_text_update(U, "hello"))
    assert all_sent(bot) == [] and await stored(bot) is None and errors == []


def test_polling_asks_telegram_only_for_the_updates_the_bot_handles():
    # polling.Runner sends exactly this list with every getUpdates (checked over HTTP in
    # tests/e2e/test_http_polling.py)
    from bot.telegram.handlers import ALLOWED_UPDATES

    allowed = set(ALLOWED_UPDATES)
    assert {"message", "callback_query", "my_chat_member"} <= allowed
    assert not allowed & {"inline_query", "business_message", "chat_member", "poll",
                          "message_reaction", "chosen_inline_result", "edited_channel_post"}
