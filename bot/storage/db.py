"""The one SQLite connection, driven through aiosqlite's worker thread.

aiosqlite's cost is the hop to its thread, not the SQL, so a unit of work is a
plain function on the `sqlite3.Connection` that runs in one hop (`run`), and a
step's writes are one such function that is atomic (`transaction`). Because the
worker thread runs one batch at a time, two users' steps never interleave.

Units that arrive while a hop is under way ride the next hop together, in
arrival order, and the atomic ones share one transaction: each is a savepoint
(rolled back alone if it fails), and one COMMIT makes them all durable before
any caller hears back, so no reply is sent for a step that was not stored. With
50 users at once the hop's fixed cost and a COMMIT per step were a third of the
bot's CPU per update (scripts/bench.py).
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.storage.files import make_private
from bot.storage.migrations import migrate

T = TypeVar("T")
Unit = tuple[Callable[..., Any], tuple, bool]  # fn, args, atomic


class _Batch:
    """Runs in the worker thread: the atomic units of a batch share a transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.out: list[tuple[bool, Any]] = []
        self.pending: list[int] = []  # units whose writes wait for the COMMIT
        self.open = False

    def fail_pending(self, error: BaseException) -> None:
        for i in self.pending:
            self.out[i] = (False, error)
        self.pending.clear()
        self.open = False

    def commit(self) -> None:
        if not self.open:
            return
        self.open = False
        try:
            self.conn.commit()
        except Exception as e:  # nothing of the group was stored
            if self.conn.in_transaction:
                self.conn.rollback()
            self.fail_pending(e)
        self.pending.clear()

    def atomic(self, fn: Callable[..., Any], args: tuple) -> None:
        if not self.open:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except Exception as e:
                self.out.append((False, e))
                return
            self.open = True
        self.conn.execute("SAVEPOINT unit")
        try:
            value = fn(self.conn, *args)
        except Exception as e:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK TO unit")
                self.conn.execute("RELEASE unit")
            else:  # SQLite rolled the whole transaction back itself (disk full, I/O error)
                self.fail_pending(e)
            self.out.append((False, e))
            return
        self.conn.execute("RELEASE unit")
        self.pending.append(len(self.out))
        self.out.append((True, value))

    def plain(self, fn: Callable[..., Any], args: tuple) -> None:
        """Outside any transaction: reads, PRAGMAs, migrations with their own BEGIN."""
        self.commit()
        try:
            self.out.append((True, fn(self.conn, *args)))
        except Exception as e:
            self.out.append((False, e))


def _run_batch(conn: sqlite3.Connection, units: list[Unit]) -> list[tuple[bool, Any]]:
    """Each unit in turn; one failing does not stop the others. (ok, value or error) each."""
    batch = _Batch(conn)
    try:
        for fn, args, atomic in units:
            (batch.atomic if atomic else batch.plain)(fn, args)
        batch.commit()
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    return batch.out


class Database:
    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._queued: list[tuple[Callable[..., Any], tuple, bool, asyncio.Future]] = []
        self._hop: asyncio.Task | None = None
        self._checkpointer: _Checkpointer | None = None

    @classmethod
    async def open(cls, path: Path | str, *, apply_migrations: bool = True) -> Database:
        path = Path(path)
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
            make_private(path)  # users' words: the owner's alone (-wal and -shm follow it)
        conn = await aiosqlite.connect(path, isolation_level=None)
        conn.row_factory = sqlite3.Row
        db = cls(conn, path)
        try:
            await db.run(_configure)
            if apply_migrations:
                await db.run(migrate)
            if str(path) != ":memory:":
                db._checkpointer = _Checkpointer(path)
                await db.run(_no_autocheckpoint)
        except BaseException:
            # aiosqlite's worker is not a daemon thread: left open, it keeps a failed
            # start-up alive forever instead of exiting.
            await conn.close()
            raise
        return db

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(conn, *args)` in the database thread, outside any transaction."""
        return await self._queue(fn, args, False)

    async def transaction(self, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(conn, *args)` atomically: committed as a whole, before this returns, or
        not at all."""
        return await self._queue(fn, args, True)

    async def _queue(self, fn: Callable[..., T], args: tuple, atomic: bool) -> T:
        future = asyncio.get_running_loop().create_future()
        self._queued.append((fn, args, atomic, future))
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
                        _run_batch, self._conn._conn, [unit[:3] for unit in batch])
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

    async def close(self) -> None:
        if self._hop is not None:
            await asyncio.gather(self._hop, return_exceptions=True)
        if self._checkpointer is not None:
            await asyncio.to_thread(self._checkpointer.stop)
        await self._conn.close()


def _no_autocheckpoint(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA wal_autocheckpoint=0")  # _Checkpointer does it, off this thread


class _Checkpointer:
    """Copies the WAL back into the database file from a thread and connection of its own.

    SQLite's automatic checkpoint runs inside the COMMIT that crosses 1,000 WAL pages, on
    the one connection every step goes through, so under load a step now and then waited
    100-200 ms for it (the p99 of scripts/bench_reliability.py's fairness row). A PASSIVE
    checkpoint here never blocks a writer; the WAL stays about a second of writes long.
    """

    SECONDS = 1.0

    def __init__(self, path: Path) -> None:
        self._stop = threading.Event()
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA busy_timeout=5000")
        self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.SECONDS):
            try:
                self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            except sqlite3.Error:  # busy, or the file went away: the next round retries
                continue

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._conn.close()


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode=WAL")
    # FULL: WAL is synced at every COMMIT, so a power loss cannot undo a step whose reply
    # was sent (NORMAL only survives a process crash). Steps share COMMITs (see _Batch), so
    # the sync is paid per hop, not per step (scripts/bench.py, FULL vs NORMAL).
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=5000")
    # Deleted text is overwritten, not left in free pages (/forget, retention).
    conn.execute("PRAGMA secure_delete=ON")
