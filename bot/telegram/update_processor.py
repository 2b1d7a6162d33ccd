"""Different users' updates run concurrently; one user's updates run in order.

PTB's SimpleUpdateProcessor runs everything concurrently, which would let a
user's second message overtake their first; sequential processing would make
every user wait for every other. A lock per user gives both guarantees. Locks
live only while a user has updates in flight, so memory stays flat however
many users the bot has seen.

The user's lock is taken before one of the global slots, not after as PTB's
`BaseUpdateProcessor.process_update` would: otherwise a user who sends 400
messages at once holds every slot while their updates wait on their own lock,
and everyone else waits behind them (3 s for another user's reply, measured).
Now a user holds at most one slot, whatever they send.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


def _key(update: object) -> int | None:
    """The user whose updates must stay in order: an Update's sender (or chat), or an int,
    which the intake passes as the sender of an update it has not parsed yet."""
    if isinstance(update, int) and not isinstance(update, bool):
        return update
    if isinstance(update, Update):
        if update.effective_user is not None:
            return update.effective_user.id
        if update.effective_chat is not None:
            return update.effective_chat.id
    return None


class PerUserUpdateProcessor(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int = 256) -> None:
        super().__init__(max_concurrent_updates)
        self._slots = asyncio.BoundedSemaphore(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}

    @property
    def tracked_users(self) -> int:
        return len(self._locks)

    @property
    def current_concurrent_updates(self) -> int:
        return self.max_concurrent_updates - self._slots._value

    async def process_update(  # type: ignore[misc] - PTB marks it final; see the docstring
            self, update: object, coroutine: Awaitable[Any]) -> None:
        """The user's turn first, then a global slot (PTB's version takes the slot first)."""
        key = _key(update)
        if key is None:
            async with self._slots:
                await coroutine
            return
        lock = self._locks.get(key)
        if lock is None:
            lock = self._locks[key] = asyncio.Lock()
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock, self._slots:
                await coroutine
        finally:
            left = self._waiting[key] - 1
            if left:
                self._waiting[key] = left
            else:
                del self._waiting[key]
                del self._locks[key]

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        await coroutine  # not used: process_update above orders lock and slot itself

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
