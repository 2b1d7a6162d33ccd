"""The private aiosqlite API that bot/storage/db.py relies on, checked on a real connection.

``Database._hops`` runs a whole batch in aiosqlite's worker thread in one hop with
``await conn._execute(fn, conn._conn, ...)``: aiosqlite has no public "run this callable"
API. pyproject.toml pins aiosqlite to the versions read and found to have it (0.20-0.22);
if a new release changes it, these tests say so plainly instead of the bot failing at its
first database hop.
"""

from __future__ import annotations

import inspect
import sqlite3
import threading
from pathlib import Path

import aiosqlite
import pytest

CHANGED = (
    "aiosqlite {version} changed the private API bot/storage/db.py uses ({what}). Read"
    " Database._hops against the new aiosqlite/core.py, adapt it, then widen the aiosqlite"
    " pin in pyproject.toml."
)


def changed(what: str) -> str:
    return CHANGED.format(version=aiosqlite.__version__, what=what)


def test_execute_is_a_coroutine_function_taking_a_callable_and_its_arguments() -> None:
    execute = getattr(aiosqlite.Connection, "_execute", None)
    assert execute is not None, changed("Connection._execute is gone")
    assert inspect.iscoroutinefunction(execute), changed("Connection._execute is not async")
    params = list(inspect.signature(execute).parameters.values())
    kinds = [p.kind for p in params[1:]]
    assert kinds[:2] == [
        inspect.Parameter.POSITIONAL_OR_KEYWORD,
        inspect.Parameter.VAR_POSITIONAL,
    ], changed(f"Connection._execute{inspect.signature(execute)} is not (fn, *args, ...)")


async def test_execute_runs_the_callable_on_conn_in_the_worker_thread(tmp_path: Path) -> None:
    conn = await aiosqlite.connect(tmp_path / "private.db", isolation_level=None)
    try:
        raw = getattr(conn, "_conn", None)
        assert isinstance(raw, sqlite3.Connection), changed(
            f"Connection._conn is {type(raw).__name__}, not the sqlite3.Connection"
        )

        def unit(c: sqlite3.Connection, value: int) -> tuple[int, int]:
            return threading.get_ident(), c.execute("SELECT ?", (value,)).fetchone()[0]

        thread, value = await conn._execute(unit, conn._conn, 7)
        assert value == 7, changed("_execute(fn, *args) did not return fn(*args)")
        assert thread != threading.get_ident(), changed("_execute ran fn in the event loop")

        def fails(c: sqlite3.Connection) -> None:
            raise LookupError("from the worker")

        try:
            await conn._execute(fails, conn._conn)
        except LookupError:
            pass
        else:
            pytest.fail(changed("an exception raised by fn did not reach the caller"))
    finally:
        await conn.close()
