"""The one SQLite connection, driven through aiosqlite's worker thread.

aiosqlite's cost is the hop to its thread, not the SQL, so a unit of work is a
plain function on the `sqlite3.Connection` that runs in one hop (`run`), and a
transaction is one such function wrapped in BEGIN/COMMIT (`transaction`).
Because the worker thread runs one function at a time, two users' steps can
never interleave inside a transaction: no asyncio lock is needed.
"""

from __future__ import annotations

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


class Database:
    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

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
        # aiosqlite has no public "run this callable" API; _execute is its queueing primitive.
        return await self._conn._execute(fn, self._conn._conn, *args)

    async def transaction(self, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(conn, *args)` atomically: committed as a whole or not at all."""
        return await self.run(_in_transaction, fn, *args)

    async def close(self) -> None:
        await self._conn.close()


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=5000")
