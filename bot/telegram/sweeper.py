"""The durable nudge dispatcher: one periodic sweep over the nudges table.

Not one JobQueue job per nudge: memory and start-up stay flat however many
nudges wait, and a restart loses nothing because the table is the schedule.
A sweep claims a small group of due rows at a time (pending → sending, one
attempt counted), sends the group concurrently through the bot (and so through
the rate limiter's reminder lane, bot/telegram/lanes.py), and writes each
message's outcome as soon as it is known, in its own transaction. Delivery is
at-least-once with at most one duplicate per crash per reminder: a crash can
only repeat a message that was sent but whose outcome was not yet written; what
was written stays written. Rows a crash left in 'sending' come back when their
lease expires (or at start-up), and a row claimed MAX_ATTEMPTS times without an
outcome is failed, so a crash loop ends.

Reminders go in the rate limiter's background lane (`bot.telegram.lanes`): replies to
users take the next free slot under Telegram's 30 messages a second before them. At a
stop (`stop()`), no new group is claimed and the reminders of the group in hand that
have not gone out yet go back to pending without using an attempt, so a stop takes at
most one group's sending (about a second), whatever the backlog.
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
from bot.features.nudges.kinds import Composed, DueNudge, compose
from bot.features.nudges.store import MAX_ATTEMPTS, SendResult
from bot.storage.db import Database
from bot.telegram.lanes import Held, PriorityRateLimiter, background
from bot.telegram.send import send_replies

log = logging.getLogger(__name__)

__all__ = ["MAX_ATTEMPTS", "Dispatcher", "backoff", "compose_isolated"]

# The rate limiter lets about 30 messages a second through, so a group of 30 is a second of
# sending: a crash charges an attempt to at most a second's worth of rows that were not the
# cause, and no row waits claimed behind a long queue. Without the limiter the per-group
# cost (one claim, outcomes sharing the database's hops) keeps the sweep above 2,000/s.
GROUP = 30
# Longer than any one group can legitimately take (RetryAfter waits inside the limiter
# included); this process never claims while its own group is out, so only rows of a dead
# sweep or process can be older than this.
LEASE = timedelta(minutes=10)

def backoff(attempts: int) -> timedelta:
    """1, 2, 4, 8 … minutes after the 1st, 2nd, 3rd, 4th … failed attempt."""
    return timedelta(minutes=2 ** max(attempts - 1, 0))


def _error(e: BaseException) -> str:
    return f"{type(e).__name__}: {e}"[:500]


def compose_isolated(due: list[DueNudge], now: datetime
                     ) -> tuple[list[Composed], list[SendResult]]:
    """Compose a group; a nudge whose composition raises is set aside as failed with its
    error, and the rest of the group is composed (digests included) without it."""
    try:
        return compose(due, now), []
    except Exception:  # noqa: BLE001 - find the culprit below; the group must not stall
        pass
    healthy: list[DueNudge] = []
    failed: list[SendResult] = []
    for n in due:
        try:
            compose([n], now)
            healthy.append(n)
        except Exception as e:  # noqa: BLE001
            log.exception("nudge %s (%s) cannot be composed: failed", n.id, n.kind)
            failed.append(SendResult((n.id,), "failed", error=f"compose: {_error(e)}"))
    try:
        return compose(healthy, now), failed
    except Exception:  # noqa: BLE001 - each composes alone but not together: send them apart
        return [c for n in healthy for c in compose([n], now)], failed


class Dispatcher:
    def __init__(self, db: Database, bot: Bot, clock: Clock, *, batch: int = GROUP,
                 lease: timedelta = LEASE, concurrency: int = 64,
                 on_inactive: Callable[[int], None] = lambda user_id: None) -> None:
        self.db, self.bot, self.clock = db, bot, clock
        self.on_inactive = on_inactive  # a blocked user: drop them from caches
        self.batch, self.lease = batch, lease
        self._slots = asyncio.Semaphore(concurrency)
        self._sweeping = asyncio.Lock()
        self.stopping = False

    def stop(self) -> None:
        """Claim nothing more; reminders of the group in hand not yet sent go back."""
        self.stopping = True
        limiter = getattr(self.bot, "rate_limiter", None)
        if isinstance(limiter, PriorityRateLimiter):
            limiter.hold_background()

    async def drain(self, seconds: float) -> bool:
        """Wait up to `seconds` for a sweep in progress to end; False when it did not."""
        if not self._sweeping.locked():
            return True
        try:
            async with asyncio.timeout(seconds), self._sweeping:
                return True
        except TimeoutError:
            return False

    async def recover(self) -> int:
        """Release rows a crash left in 'sending' (called once at start-up, when nothing of
        this process is out); rows claimed MAX_ATTEMPTS times are failed instead."""
        count = await self.db.transaction(store.recover, self.clock.now())
        if count:
            log.warning("released %d nudges left mid-send by an earlier stop", count)
        return count

    async def sweep(self) -> int:
        """Send everything due now, a group at a time; returns how many nudges were
        delivered."""
        async with self._sweeping:
            with background():  # replies to users go before these (bot.telegram.lanes)
                return await self._sweep()

    async def _sweep(self) -> int:
        delivered = 0
        while not self.stopping:
            now = self.clock.now()
            due = await self.db.transaction(store.claim_due, now, self.batch, self.lease)
            if not due:
                return delivered
            groups, poisoned = compose_isolated(due, now)
            if poisoned:
                await self.db.transaction(store.apply_results, poisoned, now)
            attempts = {n.id: n.attempts for n in due}
            sent = await asyncio.gather(*(self._send_and_record(g, attempts, now)
                                          for g in groups))
            delivered += sum(sent)
            if len(due) < self.batch:
                return delivered
        return delivered

    async def _send_and_record(self, group: Composed, attempts: dict[int, int],
                               now: datetime) -> int:
        """One message's outcome, written the moment it is known: a crash after this point
        cannot send it again."""
        result = await self._deliver(group, attempts, now)
        await self.db.transaction(store.apply_results, [result], now)
        if result.inactive_user is not None:
            self.on_inactive(result.inactive_user)
        return len(result.nudge_ids) if result.status == "sent" else 0

    async def _deliver(self, group: Composed, attempts: dict[int, int], now: datetime
                       ) -> SendResult:
        ids = tuple(group.ids)
        if not group.user.active:
            return SendResult(ids, "cancelled")
        if group.wait_until is not None:
            return SendResult(ids, "pending", due_at=group.wait_until)
        if not group.replies:  # nothing left to say (a prep once the meeting has begun)
            return SendResult(ids, "cancelled")
        tries = max(attempts[i] for i in ids)  # counted at claim: this one included
        try:
            async with self._slots:
                if self.stopping:
                    raise Held()
                # The private chat: its id is the user's. A chat stored by older code may be a
                # group, where a 403 would not mean the user blocked the bot.
                await send_replies(self.bot, group.user.id, group.replies)
        except Held:  # the stop came first: not sent, so the attempt is given back
            return SendResult(ids, "pending", due_at=now)
        except Forbidden:
            log.info("user %s blocked the bot: nudges stopped", group.user.id)
            return SendResult(ids, "cancelled", inactive_user=group.user.id)
        except RetryAfter as e:
            wait = e.retry_after if isinstance(e.retry_after, timedelta) else timedelta(
                seconds=float(e.retry_after))
            return SendResult(ids, "pending", due_at=now + wait, error=f"RetryAfter: {wait}")
        except BadRequest as e:
            return SendResult(ids, "failed", error=f"BadRequest: {e.message}")
        except Exception as e:  # noqa: BLE001 - any other failure is retried, then failed
            error = f"{type(e).__name__}: {e.message}" if isinstance(e, TelegramError) \
                else _error(e)
            if tries >= MAX_ATTEMPTS:
                log.error("nudges %s failed for good: %s", ids, error)
                return SendResult(ids, "failed", error=error)
            return SendResult(ids, "pending", due_at=now + backoff(tries), error=error)
        return SendResult(ids, "sent")
