"""The nudge dispatcher with an injected clock and a Bot API stand-in that can fail."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from bot.features.nudges import store
from bot.telegram.standin.api import ApiError
from tests.harness import BotHarness

U = 801
T0 = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)  # 13:00 in Berlin, outside quiet hours


def rows(bot: BotHarness) -> list[sqlite3.Row]:
    conn = sqlite3.connect(bot.settings.database_path)
    conn.row_factory = sqlite3.Row
    return conn.execute("SELECT * FROM nudges ORDER BY id").fetchall()


async def add_nudge(bot: BotHarness, kind: str = "referrals", due: datetime = T0) -> int:
    def insert(conn):
        contact = conn.execute(
            "INSERT INTO contacts (user_id, name, created_at, updated_at) VALUES (?, 'Kim', ?, ?)"
            " RETURNING id", (U, "x", "x")).fetchone()[0]
        return store.add(conn, U, kind, due, T0, contact_id=contact)

    return await bot.services.db.transaction(insert)


async def ready(bot: BotHarness, clock) -> None:
    clock.set(T0 - timedelta(hours=1))
    await bot.onboard(U, tz="Europe/Berlin")


async def test_due_and_not_due(bot, clock):
    await ready(bot, clock)
    await add_nudge(bot, due=T0 + timedelta(minutes=5))
    clock.set(T0)
    assert await bot.sweep() == 0
    clock.set(T0 + timedelta(minutes=5))
    assert await bot.sweep() == 1
    assert await bot.sweep() == 0  # sent once
    assert rows(bot)[0]["status"] == "sent"
    assert "Did Kim suggest anyone" in bot.api.last(U).text


async def test_a_crash_between_claim_and_send_is_retried_after_restart(bot, clock):
    await ready(bot, clock)
    await add_nudge(bot)
    clock.set(T0)
    claimed = await bot.services.db.transaction(store.claim_due, T0, 10)  # ... then the crash
    assert [n.id for n in claimed] and rows(bot)[0]["status"] == "sending"
    await bot.restart()  # start-up recovers the row
    assert rows(bot)[0]["status"] == "pending"
    assert await bot.sweep() == 1
    assert rows(bot)[0]["status"] == "sent"


async def test_forbidden_marks_the_user_inactive_and_cancels_their_nudges(bot, clock):
    await ready(bot, clock)
    await add_nudge(bot)
    await add_nudge(bot, "keep_in_touch", T0 + timedelta(days=30))
    clock.set(T0)
    bot.api.fail_next[("sendMessage", U)] = ApiError(403, "Forbidden: bot was blocked by the user")
    await bot.sweep()
    assert [r["status"] for r in rows(bot)] == ["cancelled", "cancelled"]
    conn = sqlite3.connect(bot.settings.database_path)
    assert conn.execute("SELECT active FROM users WHERE id = ?", (U,)).fetchone()[0] == 0
    await bot.send(U, "hi, I'm back")  # writing again makes them active again
    assert conn.execute("SELECT active FROM users WHERE id = ?", (U,)).fetchone()[0] == 1


def flaky_sends(bot: BotHarness, failures: int, retry_after: int):
    original = bot.api.call
    left = {"n": failures}

    def call(method, params):
        if method == "sendMessage" and left["n"]:
            left["n"] -= 1
            raise ApiError(429, f"Too Many Requests: retry after {retry_after}",
                           {"retry_after": retry_after})
        return original(method, params)

    bot.api.call = call


async def test_retry_after_beyond_the_limiter_is_waited_out_not_dropped(tmp_path, clock):
    # AIORateLimiter (max_retries=3) retries RetryAfter itself, sleeping for real; what it
    # gives up on reaches the dispatcher, which must wait it out on the injected clock.
    async with BotHarness(tmp_path, clock, rate_limiter=False) as bot:
        await ready(bot, clock)
        await add_nudge(bot)
        clock.set(T0)
        flaky_sends(bot, failures=1, retry_after=7)
        await bot.sweep()
        row = rows(bot)[0]
        assert row["status"] == "pending" and "RetryAfter" in row["last_error"]
        assert row["due_at"] == "2026-12-01T12:00:07+00:00"
        clock.advance(seconds=6)
        assert await bot.sweep() == 0
        clock.advance(seconds=1)
        assert await bot.sweep() == 1
        assert rows(bot)[0]["status"] == "sent"


async def test_other_errors_back_off_then_fail_with_the_error_stored(bot, clock):
    await ready(bot, clock)
    await add_nudge(bot)
    clock.set(T0)
    original = bot.api.call

    def broken(method, params):
        if method == "sendMessage":
            raise ApiError(502, "Bad Gateway")
        return original(method, params)

    bot.api.call = broken
    seen_due = []
    for _ in range(10):
        await bot.sweep()
        row = rows(bot)[0]
        if row["status"] == "failed":
            break
        seen_due.append(row["due_at"])
        clock.set(datetime.fromisoformat(row["due_at"]))
    row = rows(bot)[0]
    assert row["status"] == "failed" and "Bad Gateway" in row["last_error"]
    assert row["attempts"] == 5
    gaps = [datetime.fromisoformat(b) - datetime.fromisoformat(a)
            for a, b in zip(seen_due, seen_due[1:], strict=False)]
    assert gaps == sorted(gaps) and gaps[0] < gaps[-1]  # the waits grow


async def test_two_sweeps_never_send_the_same_nudge(bot, clock):
    import asyncio

    await ready(bot, clock)
    for _ in range(20):
        await add_nudge(bot)
    clock.set(T0)
    before = len(bot.api.sent_to(U))
    counts = await asyncio.gather(bot.sweep(), bot.sweep())
    assert sum(counts) == 20
    assert len(bot.api.sent_to(U)) - before == 20
