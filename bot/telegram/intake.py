"""Intake: every update Telegram delivers is made durable, then processed.

Telegram forgets an update once it is confirmed — by the next getUpdates offset when
polling, by the HTTP 200 of a webhook — so confirming before processing loses whatever a
crash interrupts. Here an update is first written to the inbox table
(`bot.storage.inbox`), and only then may the caller confirm it:

    fresh = await accept(app, update_json)   # durable when this returns
    # polling: move the offset on; a webhook: answer 200 (a 5xx makes Telegram resend)

`accept` takes the update as Telegram's JSON (a dict), writes it in one transaction (a
redelivered update id is recognised and not processed again) and queues it behind its
sender's earlier updates: one task per user works through that user's queue in order, so
one user's updates keep their order (and a flood of 1,000 is a queue, not 1,000 tasks).
The step an update causes records the update id in the same transaction
(`bot.sessions`), so it is applied at most once; after the replies are sent the row is
marked done — lazily, with the next batch written or within DONE_SECONDS, since a lost
mark costs at most a repeated answer after a crash, while a write per update kept the
database busy under a flood and delayed everyone else's steps. After a crash, `resume`
(called by `bot.telegram.application.start`) processes the updates still pending and
shows users whose step was saved but whose reply may not have gone out where they are.

Fair under a flood (issue 16): an update accepted while its sender had none open is
"alone" — the message someone just sent — and is in flight from before its write until its
last reply. A user's backlog (any update accepted while they had others open) waits before
each update for the alone updates in flight at that moment (`_turn`: only those, and
TURN_SECONDS at most, so a backlog always moves on), and lets the loop turn YIELDS times
between two of its updates; a batch is written in transactions of at most CHUNK updates,
each user's first update of the batch in the first, so the message sent alone among a
flood is stored and processed first, and another write never queues behind more than one
chunk of it.

At a stop, `close()` refuses new updates (`accept` raises `Closed`: a webhook answers
503 so Telegram retries later), updates still queued behind their user's earlier ones
stay pending for the next start, and `drain()` waits for the ones being processed.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import deque
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application

from bot.engine.models import Turn
from bot.engine.ui import Reply
from bot.storage import dialogues, inbox, users
from bot.telegram.router import where_replies
from bot.telegram.send import send_replies
from bot.telegram.services import KEY, Services

log = logging.getLogger(__name__)

INTAKE_KEY = "intake"
DONE_SECONDS = 0.2  # how long "done" marks may wait to ride along with another write
CHUNK = 10  # updates per inbox transaction (accept_many)
YIELDS = 3  # loop turns a user's backlog lets pass between two of its updates
TURN_SECONDS = 0.05  # the longest a backlog's update waits for others' only ones (_turn)
RESUMED = ("Sorry — I restarted before I could answer your last message. What you sent "
           "is saved; here's where we are:")


class Closed(RuntimeError):
    """The bot is stopping: the update was not taken (its sender should retry later)."""


async def accept(app: Application, update: dict) -> bool:
    """Make one update (Telegram's JSON) durable, then schedule its processing.

    Returns once the update is in the database: only then may it be confirmed to Telegram.
    False when it was already known (a redelivery): nothing more is done. Raises `Closed`
    while the bot stops, and whatever the database raises if the write fails (then do not
    confirm: Telegram will deliver it again).
    """
    return (await intake_of(app).accept_many([update])) == 1


def intake_of(app: Application) -> Intake:
    return app.bot_data[INTAKE_KEY]


class _Item:
    """An accepted update waiting for, or in, its turn."""

    __slots__ = ("update_id", "raw", "key", "turn")

    def __init__(self, update_id: int | None, raw: dict, key: int | None,
                 turn: asyncio.Future | None) -> None:
        self.update_id = update_id
        self.raw = raw
        self.key = key
        self.turn = turn  # set for a user's only update: others' backlogs wait for it


class Intake:
    def __init__(self, app: Application) -> None:
        self.app = app
        self._tasks: set[asyncio.Task] = set()
        self._closed = False
        self._accepted = 0
        self._finished: list[int] = []  # done, not yet marked so
        self._flusher: asyncio.TimerHandle | None = None
        self._queues: dict[int, deque[_Item]] = {}  # per sender, in order; one task each
        self._open: dict[int | None, int] = {}  # per sender: updates accepted, not finished
        self._alone: set[asyncio.Future] = set()  # the turns of updates in flight alone

    @property
    def services(self) -> Services:
        return self.app.bot_data[KEY]

    @property
    def in_flight(self) -> int:
        return len(self._tasks)

    async def accept_many(self, raws: list[dict[str, Any]]) -> int:
        """`accept` for a batch (one getUpdates answer): all of it is durable when this
        returns. Written in transactions of at most CHUNK updates, one after the other, each
        user's first update of the batch in the first: the one message someone sent among
        a flood is processed once its own chunk is stored, and a write waiting in the
        database queue never sits behind more than one chunk of someone else's backlog."""
        if self._closed:
            raise Closed("the bot is stopping")
        by_id = {raw.get("update_id"): raw for raw in raws if isinstance(raw, dict)}
        # Counted before the write: an update that is its user's only one is in flight from
        # now on, so a flooding user's next update already waits for it (see _turn).
        items = [self._open_item(update_id, raw) for update_id, raw in by_id.items()]
        queue = _firsts_first(items)
        fresh = 0
        try:
            while queue:
                chunk, queue = queue[:CHUNK], queue[CHUNK:]
                fresh += await self._write(chunk)
        except BaseException:
            for item in queue:
                self._close_item(item)
            raise
        self._accepted += fresh
        if self._accepted >= 1000:
            self._accepted = 0
            await self.services.db.transaction(inbox.prune)
        return fresh

    async def _write(self, chunk: list[_Item]) -> int:
        s = self.services
        finished, self._finished = self._finished, []
        try:
            fresh = await s.db.transaction(inbox.add, [item.raw for item in chunk],
                                           s.clock.now().isoformat(), finished)
        except BaseException:
            self._finished[:0] = finished
            for item in chunk:
                self._close_item(item)
            raise
        new = set(fresh)
        for item in chunk:
            if item.update_id in new:
                self._enqueue(item)
            else:  # redelivered: nothing more to do
                self._close_item(item)
        return len(new)

    def _open_item(self, update_id: int | None, raw: dict) -> _Item:
        key = inbox.sender_of(raw)
        count = self._open.get(key, 0)
        self._open[key] = count + 1
        turn = None
        if count == 0 or key is None:
            turn = asyncio.get_running_loop().create_future()
            self._alone.add(turn)
        return _Item(update_id, raw, key, turn)

    def _close_item(self, item: _Item) -> None:
        if item.turn is not None:
            self._alone.discard(item.turn)
            if not item.turn.done():
                item.turn.set_result(None)
            item.turn = None
        left = self._open.get(item.key, 1) - 1
        if left > 0:
            self._open[item.key] = left
        else:
            self._open.pop(item.key, None)

    def _schedule(self, update_id: int, raw: dict) -> None:
        """After a restart: processed as if it had just been accepted."""
        self._enqueue(self._open_item(update_id, raw))

    def _enqueue(self, item: _Item) -> None:
        if item.key is None:  # no sender to keep in order with: a task of its own
            self._track(asyncio.create_task(self._drain_one(item),
                                            name=f"update-{item.update_id}"))
            return
        queue = self._queues.get(item.key)
        if queue is not None:
            queue.append(item)
            return
        self._queues[item.key] = deque([item])
        self._track(asyncio.create_task(self._user(item.key), name=f"user-{item.key}"))

    async def _user(self, key: int) -> None:
        """One user's updates, one at a time and in order; gone when none is left."""
        queue = self._queues[key]
        try:
            while queue and not self._closed:
                await self._drain_one(queue[0], queue)
                for _ in range(YIELDS):  # the loop's other work between two of a backlog
                    await asyncio.sleep(0)
        finally:
            del self._queues[key]
            for item in queue:  # left pending by a stop (or a crash): the next start
                self._close_item(item)

    async def _drain_one(self, item: _Item, queue: deque | None = None) -> None:
        try:
            if item.turn is None:
                await self._turn()
            if await self._run(item.update_id, item.raw):
                await self._done(item.update_id)
        finally:
            if queue is not None:
                queue.popleft()
            self._close_item(item)

    async def _turn(self) -> None:
        """A user's backlog waits for the updates that are, right now, some user's only one:
        a flood yields to the message sent alone, from its inbox write to its last reply.
        Only those in flight now, and TURN_SECONDS at most: later ones or a reply waiting on
        the network cannot hold a backlog back for long."""
        waiting = [t for t in self._alone if not t.done()]
        if waiting:
            await asyncio.wait(waiting, timeout=TURN_SECONDS)

    async def _run(self, update_id: int, raw: dict) -> bool:
        """Through the update processor (the user's lock, then a slot); False when the stop
        came while it waited its turn: it stays pending for the next start. The JSON is
        read only then, so a batch of 100 queued behind one user costs nothing meanwhile."""
        ran = False

        async def step() -> None:
            nonlocal ran
            if self._closed:
                return
            ran = True
            try:
                update = Update.de_json(raw, self.app.bot)
            except Exception:  # noqa: BLE001 - a malformed update is set aside, not retried
                log.warning("update %s could not be read; set aside", update_id, exc_info=True)
                return
            token = inbox.processing.set(update_id)
            try:
                await self.app.process_update(update)
            finally:
                inbox.processing.reset(token)

        # the sender's id orders it among that user's updates (see update_processor)
        await self.app.update_processor.process_update(inbox.sender_of(raw), step())
        return ran

    async def _done(self, update_id: int) -> None:
        self._finished.append(update_id)
        if self._flusher is None:
            self._flusher = asyncio.get_running_loop().call_later(
                DONE_SECONDS, lambda: self._track(asyncio.ensure_future(self.flush())))

    def _track(self, task: asyncio.Future) -> None:
        self._tasks.add(task)  # type: ignore[arg-type]
        task.add_done_callback(self._tasks.discard)

    async def flush(self) -> None:
        """Write the "done" marks still waiting (at a stop, before the database closes)."""
        if self._flusher is not None:
            self._flusher.cancel()
            self._flusher = None
        ids, self._finished = self._finished, []
        if not ids:
            return
        try:
            await self.services.db.transaction(inbox.mark_done, ids)
        except Exception:  # noqa: BLE001 - they stay open: a restart answers them again
            log.warning("could not mark %d updates done", len(ids), exc_info=True)

    async def resume(self) -> tuple[int, int]:
        """After a stop: process what was pending, re-prompt who may have missed a reply.
        Returns (updates scheduled, users re-prompted)."""
        s = self.services
        left = await s.db.run(inbox.unfinished)
        await s.db.transaction(inbox.prune)
        users: dict[int, list[int]] = {}
        for update_id, user_id in left["stepped"]:
            users.setdefault(user_id, []).append(update_id)
        prompted = 0
        for user_id, ids in users.items():
            if user_id is not None and await self._reprompt(user_id):
                prompted += 1
            await s.db.transaction(inbox.mark_done, ids)
        for update_id, body in left["pending"]:
            self._schedule(update_id, _loads(body))
        if left["pending"] or prompted:
            log.warning("resumed after a stop: %d updates to process, %d users re-prompted",
                        len(left["pending"]), prompted)
        return len(left["pending"]), prompted

    async def _reprompt(self, user_id: int) -> bool:
        s = self.services
        now = s.clock.now()
        user, d = await s.db.run(_user_and_dialogue, user_id)
        if user is None or not user.active:  # forgotten, or blocked the bot since
            return False
        replies = [Reply(RESUMED), *where_replies(s, Turn(user, now), d)]
        try:
            await send_replies(self.app.bot, user_id, replies)
        except TelegramError as e:
            log.info("could not re-prompt user %s: %s", user_id, e)
            return False
        return True

    def close(self) -> None:
        """Take no new update; those waiting behind their user's earlier ones stay pending."""
        self._closed = True

    async def drain(self, seconds: float) -> int:
        """Wait up to `seconds` for updates being processed; returns how many did not end."""
        left: set = set()
        if self._tasks:
            _, left = await asyncio.wait(set(self._tasks), timeout=seconds)
            for task in left:
                task.cancel()
        await self.flush()
        return len(left)


def _firsts_first(items: list[_Item]) -> list[_Item]:
    """Each user's first update of the batch, then each one's second, and so on; in the
    batch's order within a round, so a user's own updates keep theirs."""
    seen: dict[int | None, int] = {}
    ranked = []
    for i, item in enumerate(items):
        n = 0
        if item.key is not None:
            n = seen[item.key] = seen.get(item.key, -1) + 1
        ranked.append((n, i, item))
    ranked.sort(key=lambda t: t[:2])
    return [item for _, _, item in ranked]


def _user_and_dialogue(conn, user_id: int) -> tuple:
    return users.get(conn, user_id), dialogues.get(conn, user_id)


def _loads(body: str | None) -> dict:
    try:
        value = json.loads(body or "null")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
