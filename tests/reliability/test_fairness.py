"""Fair under a flood (issue 16, must-have 7): the intake's ordering rules.

- A user's backlog (an update accepted while they had others open) waits for the updates
  that are, when its turn comes, someone's only one — and only for those.
- A batch is written in transactions of at most `CHUNK` updates, each user's first update
  of the batch in the first, so one message among a flood is stored and processed first.
- A user's own updates keep their order whatever the chunks; a chunk that fails leaves
  the batch unconfirmed, and its redelivery processes each update once.

Orders and stored rows are asserted, never timings: TURN_SECONDS is set beyond any test's
length, so a backlog waits only for what the rule says.
"""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from bot.storage import inbox
from bot.telegram import intake as intake_module
from bot.telegram.intake import intake_of
from tests.harness import BotHarness

A, B, C = 6101, 6102, 6103


@pytest.fixture(autouse=True)
def no_turn_timeout(monkeypatch):
    monkeypatch.setattr(intake_module, "TURN_SECONDS", 3600.0)


async def settle(bot: BotHarness) -> None:
    assert await intake_of(bot.app).drain(30) == 0


async def spin(times: int = 200) -> None:
    """Let every runnable task run (yields to the loop; no time passes)."""
    for _ in range(times):
        await asyncio.sleep(0)


def statuses(bot: BotHarness) -> dict[int, str]:
    conn = sqlite3.connect(bot.settings.database_path)
    try:
        return dict(conn.execute("SELECT update_id, status FROM inbox"))
    finally:
        conn.close()


class Recorder:
    """Wraps Application.process_update: records (user, text) as each starts and ends; the
    texts in `hold` wait for their event."""

    def __init__(self, bot: BotHarness) -> None:
        self.log: list[tuple[str, int, str]] = []
        self.hold: dict[str, asyncio.Event] = {}
        self._original = bot.app.process_update
        bot.app.process_update = self

    async def __call__(self, update):
        user, text = update.effective_user.id, update.message.text
        self.log.append(("start", user, text))
        if text in self.hold:
            await self.hold[text].wait()
        await self._original(update)
        self.log.append(("end", user, text))

    def order(self, user: int) -> list[str]:
        return [t for kind, u, t in self.log if kind == "start" and u == user]


async def test_a_backlog_waits_for_another_users_only_update(bot):
    await bot.onboard(A)
    await bot.onboard(B)
    rec = Recorder(bot)
    rec.hold["b1"] = asyncio.Event()
    intake = intake_of(bot.app)
    await intake.accept_many([bot.api.text_update(B, "b1")])  # B's only update, held
    await intake.accept_many([bot.api.text_update(A, t) for t in ("a1", "a2", "a3")])
    await spin()
    # a1 was A's only open update: it runs. a2 and a3 are A's backlog: they wait for b1.
    assert ("end", A, "a1") in rec.log
    assert rec.order(A) == ["a1"]
    rec.hold["b1"].set()
    await settle(bot)
    assert rec.order(A) == ["a1", "a2", "a3"]
    assert rec.log.index(("end", B, "b1")) < rec.log.index(("start", A, "a2"))


async def test_a_backlog_waits_only_for_the_updates_in_flight_when_its_turn_came(bot):
    for user in (A, B, C):
        await bot.onboard(user)
    rec = Recorder(bot)
    rec.hold["b1"] = asyncio.Event()
    rec.hold["c1"] = asyncio.Event()
    intake = intake_of(bot.app)
    await intake.accept_many([bot.api.text_update(B, "b1")])
    await intake.accept_many([bot.api.text_update(A, t) for t in ("a1", "a2")])
    await spin()
    assert rec.order(A) == ["a1"]  # a2 waits for b1
    await intake.accept_many([bot.api.text_update(C, "c1")])  # came later: not waited for
    await spin()
    rec.hold["b1"].set()
    await spin()
    assert rec.order(A) == ["a1", "a2"]
    assert ("end", C, "c1") not in rec.log  # still held, and a2 went anyway
    rec.hold["c1"].set()
    await settle(bot)


async def test_one_message_among_a_flood_is_written_in_the_first_chunk(bot, monkeypatch):
    writes: list[list[int]] = []
    original = bot.db.transaction

    async def transaction(fn, *args):
        if fn is inbox.add:
            writes.append([raw["update_id"] for raw in args[0]])
        return await original(fn, *args)

    monkeypatch.setattr(bot.db, "transaction", transaction)
    rec = Recorder(bot)
    flood = [bot.api.text_update(A, f"/help {i}") for i in range(3 * intake_module.CHUNK)]
    alone = bot.api.text_update(B, "/help")
    batch = [*flood, alone]  # as getUpdates hands them over: B's came last
    assert await intake_of(bot.app).accept_many(batch) == len(batch)
    await settle(bot)
    assert len(writes) == 4 and all(len(w) <= intake_module.CHUNK for w in writes)
    assert alone["update_id"] in writes[0]
    assert [u for w in writes for u in w if u != alone["update_id"]] == \
        [raw["update_id"] for raw in flood]  # A's in order across the chunks
    assert rec.order(A) == [f"/help {i}" for i in range(len(flood))]
    assert set(statuses(bot).values()) == {"done"} and len(statuses(bot)) == len(batch)


async def test_each_users_first_update_of_a_batch_comes_first_and_order_holds(bot, monkeypatch):
    monkeypatch.setattr(intake_module, "CHUNK", 3)
    writes: list[list[int]] = []
    original = bot.db.transaction

    async def transaction(fn, *args):
        if fn is inbox.add:
            writes.append([raw["update_id"] for raw in args[0]])
        return await original(fn, *args)

    monkeypatch.setattr(bot.db, "transaction", transaction)
    rec = Recorder(bot)
    raws = [bot.api.text_update(u, f"/help {u} {i}") for u, i in
            [(A, 0), (A, 1), (A, 2), (B, 0), (A, 3), (B, 1), (C, 0)]]
    ids = {(r["message"]["from"]["id"], r["message"]["text"]): r["update_id"] for r in raws}
    await intake_of(bot.app).accept_many(raws)
    await settle(bot)
    assert writes[0] == [ids[A, f"/help {A} 0"], ids[B, f"/help {B} 0"], ids[C, f"/help {C} 0"]]
    for user, n in ((A, 4), (B, 2), (C, 1)):
        assert rec.order(user) == [f"/help {user} {i}" for i in range(n)]


async def test_a_chunk_that_fails_leaves_the_batch_unconfirmed_and_redelivery_runs_each_once(
        bot, monkeypatch):
    monkeypatch.setattr(intake_module, "CHUNK", 2)
    await bot.onboard(A)
    rec = Recorder(bot)
    original = bot.db.transaction
    calls = 0

    async def transaction(fn, *args):
        nonlocal calls
        if fn is inbox.add:
            calls += 1
            if calls == 2:
                raise sqlite3.OperationalError("disk I/O error")
        return await original(fn, *args)

    monkeypatch.setattr(bot.db, "transaction", transaction)
    raws = [bot.api.text_update(A, f"/help {i}") for i in range(5)]
    intake = intake_of(bot.app)
    with pytest.raises(sqlite3.OperationalError):
        await intake.accept_many(raws)  # polling does not move the offset on
    await settle(bot)
    # the first chunk is stored and answered; the rest is not in the inbox
    assert statuses(bot) == {raws[0]["update_id"]: "done", raws[1]["update_id"]: "done"}
    assert rec.order(A) == ["/help 0", "/help 1"]
    assert await intake.accept_many(raws) == 3  # Telegram sends the batch again
    await settle(bot)
    assert rec.order(A) == [f"/help {i}" for i in range(5)]  # each once, in order
    assert {raw["update_id"] for raw in raws} <= set(statuses(bot))
    assert set(statuses(bot).values()) == {"done"}


async def test_a_stop_leaves_a_waiting_backlog_pending_and_counts_nothing_open(bot):
    await bot.onboard(A)
    await bot.onboard(B)
    rec = Recorder(bot)
    rec.hold["b1"] = asyncio.Event()
    intake = intake_of(bot.app)
    await intake.accept_many([bot.api.text_update(B, "b1")])
    raws = [bot.api.text_update(A, t) for t in ("a1", "a2", "a3")]
    await intake.accept_many(raws)
    await spin()
    intake.close()
    rec.hold["b1"].set()
    await settle(bot)
    assert rec.order(A) == ["a1"]
    rows = statuses(bot)
    assert [rows[r["update_id"]] for r in raws] == ["done", "pending", "pending"]
    assert intake._open == {} and intake._queues == {} and intake._alone == set()
