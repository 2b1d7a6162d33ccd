"""Intake: every update Telegram delivers is made durable, then processed.

Telegram forgets an update once it is confirmed — by the next getUpdates offset when
polling, by the HTTP 200 of a webhook — so confirming before processing loses whatever a
crash interrupts. Here an update is first written to the inbox table
(`bot.storage.inbox`), and only then may the caller confirm it:

    fresh = await accept(app, update_json)   # durable when this returns
    # polling: move the offset on; a webhook: answer 200 (a 5xx makes Telegram resend)

`accept` takes the update as Telegram's JSON (a dict), writes it in one transaction (a
redelivered update id is recognised and not processed again) and schedules its
processing through the application's update processor, so one user's updates keep their
order. The step an update causes records the update id in the same transaction
(`bot.sessions`), so it is applied at most once; after the replies are sent the row is
marked done — lazily, with the next batch written or within DONE_SECONDS, since a lost
mark costs at most a repeated answer after a crash, while a write per update kept the
database busy under a flood and delayed everyone else's steps. After a crash, `resume`
(called by `bot.telegram.application.start`) processes the updates still pending and
shows users whose step was saved but whose reply may not have gone out where they are.

At a stop, `close()` refuses new updates (`accept` raises `Closed`: a webhook answers
503 so Telegram retries later), updates still queued behind their user's earlier ones
stay pending for the next start, and `drain()` waits for the ones being processed.
"""

from __future__ import annotations

import asyncio
import json
import logging
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


class Intake:
    def __init__(self, app: Application) -> None:
        self.app = app
        self._tasks: set[asyncio.Task] = set()
        self._closed = False
        self._accepted = 0
        self._finished: list[int] = []  # done, not yet marked so
        self._flusher: asyncio.TimerHandle | None = None

    @property
    def services(self) -> Services:
        return self.app.bot_data[KEY]

    @property
    def in_flight(self) -> int:
        return len(self._tasks)

    async def accept_many(self, raws: list[dict[str, Any]]) -> int:
        """`accept` for a batch (one getUpdates answer): one transaction for all of them."""
        if self._closed:
            raise Closed("the bot is stopping")
        s = self.services
        by_id = {raw.get("update_id"): raw for raw in raws if isinstance(raw, dict)}
        finished, self._finished = self._finished, []
        fresh = await s.db.transaction(inbox.add, list(by_id.values()),
                                       s.clock.now().isoformat(), finished)
        for update_id in fresh:
            self._schedule(update_id, by_id[update_id])
        self._accepted += len(fresh)
        if self._accepted >= 1000:
            self._accepted = 0
            await s.db.transaction(inbox.prune)
        return len(fresh)

    def _schedule(self, update_id: int, raw: dict) -> None:
        task = asyncio.create_task(self._process(update_id, raw), name=f"update-{update_id}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _process(self, update_id: int, raw: dict) -> None:
        if await self._run(update_id, raw):
            await self._done(update_id)

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


def _user_and_dialogue(conn, user_id: int) -> tuple:
    return users.get(conn, user_id), dialogues.get(conn, user_id)


def _loads(body: str | None) -> dict:
    try:
        value = json.loads(body or "null")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
