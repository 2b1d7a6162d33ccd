"""Per-update reads and writes of a user and their dialogue, with a bounded cache.

One process serves one bot token, so after the first read the cache is the
truth: an update costs one database hop to commit its step, and none to read.
The step's data and the dialogue state are written in one transaction before
the reply is sent, together with the id of the inbox update that caused it
(`bot.storage.inbox`), so a step replayed after a crash is never applied twice.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from bot.engine.models import Dialogue, User
from bot.features.catalog import FEATURES
from bot.storage import dialogues, inbox, users
from bot.storage.db import Database
from bot.storage.files import checkpoint


def _load(conn: sqlite3.Connection, user_id: int, chat_id: int, now: str):
    user = users.ensure(conn, user_id, chat_id, now)
    return user, dialogues.get(conn, user_id)


# Each effect type and the store that makes it durable, as the features declare them.
_STORE: dict[type, Callable[[sqlite3.Connection, int, Any, datetime], object]] = {
    kind: store for feature in FEATURES for kind, store in feature.stores.items()
}
_USER_CHANGES = {kind: f for feature in FEATURES for kind, f in feature.user_changes.items()}


def as_stored(user: User, effects: Sequence[Any]) -> User:
    """The user as a step's effects leave them, without reading the row back."""
    for effect in effects:
        change = _USER_CHANGES.get(type(effect))
        if change is not None:
            user = change(user, effect)
    return user


def _forgets(effects: Sequence[Any]) -> bool:
    return any(getattr(e, "forgets_user", False) for e in effects)


def _commit(
    conn: sqlite3.Connection, user_id: int, d: Dialogue | None, effects: Sequence[Any], now: str,
    update_id: int | None = None,
) -> None:
    moment = datetime.fromisoformat(now)
    for effect in effects:
        if getattr(effect, "inst", 0) is None:  # a run's record must say which run
            raise ValueError(f"{type(effect).__name__} reached storage without its run")
        _STORE[type(effect)](conn, user_id, effect, moment)
    if update_id is not None:
        inbox.mark_stepped(conn, update_id)
    if _forgets(effects):
        inbox.forget_user(conn, user_id, update_id)
        return
    if d is not None:
        users.bump_flow_seq(conn, user_id, d.inst)
    dialogues.put(conn, user_id, d, now)


class Sessions:
    def __init__(self, db: Database, cache_size: int = 10_000) -> None:
        self.db = db
        self._cache: OrderedDict[int, tuple[User, Dialogue | None]] = OrderedDict()
        self._cache_size = cache_size

    async def load(self, user_id: int, chat_id: int, now: datetime) -> tuple[User, Dialogue | None]:
        hit = self._cache.get(user_id)
        if hit is not None and hit[0].chat_id == chat_id and hit[0].active:
            self._cache.move_to_end(user_id)
            return hit
        loaded = await self.db.transaction(_load, user_id, chat_id, now.isoformat())
        self._remember(user_id, loaded)
        return loaded

    async def commit(
        self, user: User, d: Dialogue | None, effects: Sequence[Any], now: datetime
    ) -> User:
        """Store the step; returns the user as stored afterwards.

        A step that changes nothing (a re-prompt, /help, an expired button) costs no write.
        """
        cached = self._cache.get(user.id)
        if not effects and cached is not None and cached[1] == d and cached[0] == user:
            return user
        await self.db.transaction(_commit, user.id, d, list(effects), now.isoformat(),
                                  inbox.processing.get())
        if _forgets(effects):
            self._cache.pop(user.id, None)
            await self.db.run(checkpoint)  # no old version of their text left in the -wal
            return user
        seq = max(user.flow_seq, d.inst if d is not None else 0,
                  cached[0].flow_seq if cached is not None else 0)
        if seq != user.flow_seq:
            user = replace(user, flow_seq=seq)
        user = as_stored(user, effects)
        self._remember(user.id, (user, d))
        return user

    async def mark_inactive(self, user_id: int, now: datetime) -> None:
        await self.db.transaction(users.set_active, user_id, False, now.isoformat())
        self._cache.pop(user_id, None)

    def knows(self, user_id: int) -> bool:
        """Whether the user is in the cache: they passed the gate and have a row (forgetting
        them drops them here too), so invite mode needs no read to let them in again."""
        return user_id in self._cache

    def forget_cached(self, user_id: int) -> None:
        self._cache.pop(user_id, None)

    def _remember(self, user_id: int, entry: tuple[User, Dialogue | None]) -> None:
        self._cache[user_id] = entry
        self._cache.move_to_end(user_id)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
