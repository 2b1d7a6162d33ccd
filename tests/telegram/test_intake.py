"""Updates at-least-once: written to the inbox before anything else, each step applied once.

A "crash" here is what SIGKILL leaves: the processing tasks are cancelled where they stand,
nothing of the process survives, and the bot is rebuilt on the same database file
(tests/reliability/ does the same with a real process and real signals).
"""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from bot.storage import dialogues, inbox
from bot.telegram import router
from bot.telegram.intake import RESUMED, Closed, accept, intake_of
from tests.harness import BotHarness, texts

U, V = 5101, 5102


def inbox_rows(bot: BotHarness) -> list[tuple]:
    conn = sqlite3.connect(bot.settings.database_path)
    try:
        return conn.execute(
            "SELECT update_id, user_id, status, body IS NOT NULL FROM inbox ORDER BY update_id"
        ).fetchall()
    finally:
        conn.close()


async def settle(bot: BotHarness) -> None:
    assert await intake_of(bot.app).drain(30) == 0


async def crash(bot: BotHarness) -> None:
    """SIGKILL: every task of the intake stops where it is; then a new process starts."""
    intake = intake_of(bot.app)
    for task in list(intake._tasks):
        task.cancel()
    await asyncio.gather(*intake._tasks, return_exceptions=True)
    await bot.restart()
    await settle(bot)


async def test_an_update_is_in_the_inbox_when_accept_returns_and_done_after_its_reply(bot):
    raw = bot.api.text_update(U, "/start", "Pat")
    assert await accept(bot.app, raw)
    assert inbox_rows(bot) == [(raw["update_id"], U, "pending", 1)]  # durable, not yet run
    await settle(bot)
    assert texts(bot.api.sent_to(U)).endswith("What should I call you?")
    assert inbox_rows(bot) == [(raw["update_id"], U, "done", 0)]  # the text is not kept


async def test_a_redelivered_update_is_not_processed_again(bot):
    raw = bot.api.text_update(U, "/start", "Pat")
    assert await accept(bot.app, raw)
    await settle(bot)
    sent = len(bot.api.sent_to(U))
    assert not await accept(bot.app, raw)  # Telegram sent it again (offset not confirmed)
    await settle(bot)
    assert len(bot.api.sent_to(U)) == sent


async def test_a_step_saved_whose_reply_died_is_not_applied_twice_and_the_user_is_reprompted(
        bot, monkeypatch):
    await accept(bot.app, bot.api.text_update(U, "/start", "Pat"))
    await settle(bot)
    hang = asyncio.Event()

    async def never_sent(*args, **kwargs):
        await hang.wait()

    monkeypatch.setattr(router, "send_replies", never_sent)
    name = bot.api.text_update(U, "Samantha", "Pat")
    await accept(bot.app, name)
    for _ in range(50):  # until the step is committed and the reply hangs
        await asyncio.sleep(0)
        if inbox_rows(bot)[-1][2] == "stepped":
            break
    assert inbox_rows(bot)[-1][2] == "stepped"  # the update id went in with the step
    monkeypatch.undo()
    before = len(bot.api.sent_to(U))
    await crash(bot)
    after = texts(bot.api.sent_to(U)[before:])
    assert after.startswith(RESUMED)  # told, and shown the step they are at now...
    d = await bot.db.run(dialogues.get, U)
    assert d.step != "name" and d.data.get("name") == "Samantha"  # ...which "Samantha" filled once
    assert "Samantha" not in (d.data.get("field") or "")
    assert inbox_rows(bot)[-1][2] == "done"


async def test_updates_written_but_not_processed_before_a_crash_are_processed_in_order(bot):
    raws = [bot.api.text_update(U, t, "Pat") for t in ("/start", "Sam", "Marketing")]
    raws.append(bot.api.text_update(V, "/start", "Vi"))
    now = bot.clock.now().isoformat()
    await bot.db.transaction(inbox.add, raws, now)  # the write happened, then the kill
    await bot.restart()
    await settle(bot)
    d = await bot.db.run(dialogues.get, U)
    assert (d.data.get("name"), d.data.get("field")) == ("Sam", "Marketing")
    assert texts(bot.api.sent_to(V)).endswith("What should I call you?")
    assert {r[2] for r in inbox_rows(bot)} == {"done"}


async def test_a_stop_leaves_queued_updates_pending_and_the_next_start_answers_them(bot):
    await accept(bot.app, bot.api.text_update(U, "/start", "Pat"))
    await settle(bot)
    intake = intake_of(bot.app)
    gate = asyncio.Event()  # the user's first update is "in flight" until the gate opens
    original = bot.app.process_update

    async def slow(update):
        if update.message and update.message.text == "Sam":
            await gate.wait()
        await original(update)

    bot.app.process_update = slow
    for text in ("Sam", "Marketing", "Europe/Berlin"):
        await accept(bot.app, bot.api.text_update(U, text, "Pat"))
    await asyncio.sleep(0)
    intake.close()
    with pytest.raises(Closed):
        await accept(bot.app, bot.api.text_update(V, "/start", "Vi"))
    gate.set()
    await settle(bot)
    assert [r[2] for r in inbox_rows(bot)][-3:] == ["done", "pending", "pending"]
    bot.app.process_update = original
    await bot.restart()
    await settle(bot)
    d = await bot.db.run(dialogues.get, U)
    assert d is None or d.data.get("field") == "Marketing"
    assert "Marketing" in texts(bot.api.sent_to(U)) or d is None
    assert {r[2] for r in inbox_rows(bot)} == {"done"}


async def test_an_update_that_cannot_be_read_is_set_aside_without_an_error(bot):
    assert await accept(bot.app, {"update_id": 77, "message": {"text": "no chat, no date"}})
    assert await accept(bot.app, {"update_id": 78, "message": "not even an object"})
    await settle(bot)
    assert [r[2] for r in inbox_rows(bot)] == ["done", "done"]


async def test_forget_leaves_no_inbox_row_of_the_user(bot):
    await bot.onboard(U)
    for text in ("/settings", "hello", "/forget"):
        await accept(bot.app, bot.api.text_update(U, text))
        await settle(bot)
    message = bot.last_with_buttons(U)
    press = bot.api.press_update(U, message, message.button("Yes, delete")["callback_data"])
    await accept(bot.app, press)
    await settle(bot)
    assert "everything about you is deleted" in bot.api.sent_to(U)[-1].text
    assert [r for r in inbox_rows(bot) if r[1] == U] == []
    assert (press["update_id"], None, "done", 0) in inbox_rows(bot)  # still recognised
