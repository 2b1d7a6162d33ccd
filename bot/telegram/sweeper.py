"""The durable nudge dispatcher: one periodic sweep over the nudges table.

Not one JobQueue job per nudge: memory and start-up stay flat however many
nudges wait, and a restart loses nothing because the table is the schedule.
A sweep claims due rows (pending → sending) in one transaction, sends them
concurrently through the bot (and so through AIORateLimiter), then records
every outcome in one transaction. Delivery is at-least-once: a crash between
claim and record leaves rows in 'sending', which `recover` returns to
'pending' at start-up, so a nudge may arrive twice in that window but is
never lost.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from telegram import Bot
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from bot.clock import Clock
from bot.features.nudges import store
from bot.features.nudges.kinds import Composed, compose
from bot.features.nudges.store import SendResult
from bot.storage.db import Database
from bot.telegram.send import send_replies

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5


def backoff(attempts: int) -> timedelta:
    """1, 2, 4, 8 … minutes between retries of a failing nudge."""
    return timedelta(minutes=2 ** max(attempts, 0))


class Dispatcher:
    def __init__(self, db: Database, bot: Bot, clock: Clock, *, batch: int = 500,
                 concurrency: int = 64,
                 on_inactive: Callable[[int], None] = lambda user_id: None) -> None:
        self.db, self.bot, self.clock = db, bot, clock
        self.on_inactive = on_inactive  # a blocked user: drop them from caches
        self.batch = batch
        self._slots = asyncio.Semaphore(concurrency)
        self._sweeping = asyncio.Lock()

    async def recover(self) -> int:
        """Return rows a crash left in 'sending' to 'pending' (called once at start-up)."""
        count = await self.db.transaction(store.recover)
        if count:
            log.warning("re-queued %d nudges left mid-send by an earlier stop", count)
        return count

    async def sweep(self) -> int:
        """Send everything due now; returns how many nudges were delivered."""
        async with self._sweeping:
            delivered = 0
            while True:
                now = self.clock.now()
                due = await self.db.transaction(store.claim_due, now, self.batch)
                if not due:
                    return delivered
                attempts = {n.id: n.attempts for n in due}
                groups = compose(due, now)
                results = await asyncio.gather(*(self._deliver(g, attempts, now) for g in groups))
                await self.db.transaction(store.apply_results, list(results), now)
                for r in results:
                    if r.inactive_user is not None:
                        self.on_inactive(r.inactive_user)
                delivered += sum(len(r.nudge_ids) for r in results if r.status == "sent")
                if len(due) < self.batch:
                    return delivered

    async def _deliver(self, group: Composed, attempts: dict[int, int], now: datetime
                       ) -> SendResult:
        ids = tuple(group.ids)
        if not group.user.active:
            return SendResult(ids, "cancelled")
        if group.wait_until is not None:
            return SendResult(ids, "pending", due_at=group.wait_until)
        tries = max(attempts[i] for i in ids)
        try:
            async with self._slots:
                await send_replies(self.bot, group.user.chat_id, group.replies)
        except Forbidden:
            log.info("user %s blocked the bot: nudges stopped", group.user.id)
            return SendResult(ids, "cancelled", inactive_user=group.user.id)
        except RetryAfter as e:
            wait = e.retry_after if isinstance(e.retry_after, timedelta) else timedelta(
                seconds=float(e.retry_after))
            return SendResult(ids, "pending", due_at=now + wait, error=f"RetryAfter: {wait}")
        except BadRequest as e:
            return SendResult(ids, "failed", error=f"BadRequest: {e.message}")
        except TelegramError as e:
            error = f"{type(e).__name__}: {e.message}"
            if tries + 1 >= MAX_ATTEMPTS:
                log.error("nudges %s failed for good: %s", ids, error)
                return SendResult(ids, "failed", error=error)
            return SendResult(ids, "pending", due_at=now + backoff(tries), error=error)
        return SendResult(ids, "sent")
