"""The one SQLite connection, driven through aiosqlite's worker thread.

aiosqlite's cost is the hop to its thread, not the SQL, so a unit of work is a
plain function on the `sqlite3.Connection` that runs in one hop (`run`), and a
transaction is one such function wrapped in BEGIN/COMMIT (`transaction`).
Because the worker thread runs one function at a time, two users' steps can
never interleave inside a transaction: no asyncio lock is needed.

Units of work that arrive while a hop is under way ride the next hop together
(each still its own transaction, in arrival order): with 50 users at once the
hop's fixed cost — a queue, a thread wake-up, a call back into the loop — was a
third of the bot's CPU per update, and batching shares it (scripts/bench.py).
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.storage.migrations import migrate

T = TypeVar("T")


def _in_transaction(conn: sqlite3.Connection, fn: Callable[..., T], *args: Any) -> T:
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = fn(conn, *args)
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
    return result


def _run_batch(conn: sqlite3.Connection, batch: list[tuple[Callable[..., Any], tuple]]
               ) -> list[tuple[bool, Any]]:
    """Each unit in turn, in the worker thread; one failing does not stop the others."""
    out: list[tuple[bool, Any]] = []
    for fn, args in batch:
        try:
            out.append((True, fn(conn, *args)))
        except Exception as e:  # handed to the caller that queued this unit
            out.append((False, e))
    return out


class Database:
    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._queued: list[tuple[Callable[..., Any], tuple, asyncio.Future]] = []
        self._hop: asyncio.Task | None = None

    @classmethod
    async def open(cls, path: Path | str, *, apply_migrations: bool = True) -> Database:
        path = Path(path)
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(path, isolation_level=None)
        conn.row_factory = sqlite3.Row
        db = cls(conn, path)
        await db.run(_configure)
        if apply_migrations:
            await db.run(migrate)
        return db

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(conn, *args)` in the database thread: one hop, however many statements."""
        future = asyncio.get_running_loop().create_future()
        self._queued.append((fn, args, future))
        if self._hop is None:
            self._hop = asyncio.create_task(self._hops())
        return await future

    async def _hops(self) -> None:
        """Hop to the worker with everything queued, until nothing is."""
        try:
            while self._queued:
                batch, self._queued = self._queued, []
                try:
                    # aiosqlite has no public "run this callable" API; _execute is its
                    # queueing primitive.
                    results = await self._conn._execute(
                        _run_batch, self._conn._conn, [(fn, args) for fn, args, _ in batch])
                except BaseException as e:  # the connection is closed, or shutdown cancelled us
                    cancelled = isinstance(e, asyncio.CancelledError)
                    for *_, future in batch:
                        if not future.done():
                            future.cancel() if cancelled else future.set_exception(e)
                    if cancelled:
                        raise
                    continue
                for (*_, future), (ok, value) in zip(batch, results, strict=True):
                    if future.done():  # its caller was cancelled; the work is done regardless
                        continue
                    if ok:
                        future.set_result(value)
                    else:
                        future.set_exception(value)
        finally:
            self._hop = None

    async def transaction(self, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(conn, *args)` atomically: committed as a whole or not at all."""
        return await self.run(_in_transaction, fn, *args)

    async def close(self) -> None:
        if self._hop is not None:
            await asyncio.gather(self._hop, return_exceptions=True)
        await self._conn.close()


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=5000")
