import asyncio
import sqlite3
from datetime import UTC, datetime

import pytest

from bot.engine.models import Dialogue
from bot.features.profile.effects import ForgetUser, SaveProfile, SaveSettings
from bot.sessions import Sessions
from bot.storage.db import Database
from bot.storage.migrations import LATEST, MIGRATIONS, migrate

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def schema(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()


def test_migrations_from_empty_file_reach_latest(tmp_path):
    conn = sqlite3.connect(tmp_path / "a.db", isolation_level=None)
    assert migrate(conn) == list(range(1, LATEST + 1))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert migrate(conn) == []  # idempotent


@pytest.mark.parametrize("start", range(0, len(MIGRATIONS) + 1))
def test_migrations_from_every_earlier_version_match_a_fresh_file(tmp_path, start):
    fresh = sqlite3.connect(tmp_path / "fresh.db", isolation_level=None)
    migrate(fresh)
    old = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    migrate(old, target=start)
    if start >= 1:  # a user from the old version survives the upgrade
        old.execute("INSERT INTO users (id, chat_id, name, created_at, updated_at) "
                    "VALUES (7, 7, 'Kim', 'x', 'x')")
    migrate(old)
    assert schema(old) == schema(fresh)
    if start >= 1:
        assert old.execute("SELECT name FROM users WHERE id = 7").fetchone() == ("Kim",)


def test_a_file_from_newer_code_is_refused(tmp_path):
    conn = sqlite3.connect(tmp_path / "n.db", isolation_level=None)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(RuntimeError, match="newer than this code"):
        migrate(conn)


async def test_database_uses_wal_and_foreign_keys(tmp_path):
    db = await Database.open(tmp_path / "sub" / "bot.sqlite3")
    try:
        mode = await db.run(lambda c: c.execute("PRAGMA journal_mode").fetchone()[0])
        fks = await db.run(lambda c: c.execute("PRAGMA foreign_keys").fetchone()[0])
        assert (mode, fks) == ("wal", 1)
    finally:
        await db.close()


async def test_transaction_rolls_back_as_a_whole(tmp_path):
    db = await Database.open(tmp_path / "bot.sqlite3")

    def half_done(conn):
        conn.execute("INSERT INTO users (id, chat_id, created_at, updated_at) VALUES (1,1,'x','x')")
        raise RuntimeError("crash mid-step")

    with pytest.raises(RuntimeError):
        await db.transaction(half_done)
    count = await db.run(lambda c: c.execute("SELECT COUNT(*) FROM users").fetchone()[0])
    await db.close()
    assert count == 0


def _insert_user(conn, uid):
    conn.execute("INSERT INTO users (id, chat_id, created_at, updated_at) VALUES (?,?,'x','x')",
                 (uid, uid))
    return uid


async def test_concurrent_steps_share_hops_each_its_own_transaction(tmp_path):
    db = await Database.open(tmp_path / "bot.sqlite3")
    hops = 0
    execute = db._conn._execute

    async def counting(*args, **kwargs):
        nonlocal hops
        hops += 1
        return await execute(*args, **kwargs)

    db._conn._execute = counting

    def fails(conn, uid):
        _insert_user(conn, uid)
        raise ValueError(f"step {uid} broke")

    outcomes = await asyncio.gather(
        *(db.transaction(fails if uid == 3 else _insert_user, uid) for uid in range(1, 7)),
        return_exceptions=True)
    ids = await db.run(lambda c: [r[0] for r in c.execute("SELECT id FROM users ORDER BY rowid")])
    await db.close()
    assert outcomes[:2] == [1, 2] and outcomes[3:] == [4, 5, 6]
    assert isinstance(outcomes[2], ValueError) and "step 3 broke" in str(outcomes[2])
    assert ids == [1, 2, 4, 5, 6]  # in arrival order; the failed step left nothing
    assert hops <= 3  # six transactions, not six hops (plus the read)


async def test_a_step_after_which_sqlite_rolled_back_everything_fails_the_whole_group(tmp_path):
    """SQLite aborts the whole transaction on some errors (disk full, I/O): the steps that
    shared it were not stored, and their callers must hear so, not get a reply."""
    db = await Database.open(tmp_path / "bot.sqlite3")

    def aborts(conn, uid):
        _insert_user(conn, uid)
        conn.rollback()  # what SQLite does itself on SQLITE_FULL
        raise sqlite3.OperationalError("database or disk is full")

    outcomes = await asyncio.gather(
        *(db.transaction(aborts if uid == 3 else _insert_user, uid) for uid in range(1, 6)),
        return_exceptions=True)
    ids = await db.run(lambda c: [r[0] for r in c.execute("SELECT id FROM users ORDER BY id")])
    await db.close()
    assert [isinstance(o, sqlite3.OperationalError) for o in outcomes] == [
        True, True, True, False, False]
    assert outcomes[3:] == [4, 5] and ids == [4, 5]


async def test_reads_and_writes_in_one_batch_see_each_other_in_order(tmp_path):
    db = await Database.open(tmp_path / "bot.sqlite3")

    def count(conn):
        return conn.execute("SELECT COUNT(*) FROM users").fetchone()[0]

    outcomes = await asyncio.gather(
        db.transaction(_insert_user, 1), db.run(count), db.transaction(_insert_user, 2),
        db.run(count))
    await db.close()
    assert outcomes == [1, 1, 2, 2]


async def test_close_waits_for_queued_work_and_a_cancelled_caller_loses_nothing(tmp_path):
    path = tmp_path / "bot.sqlite3"
    db = await Database.open(path)
    first = asyncio.create_task(db.transaction(_insert_user, 1))
    second = asyncio.create_task(db.transaction(_insert_user, 2))
    await asyncio.sleep(0)  # both queued
    second.cancel()
    await db.close()
    assert await first == 1
    assert sqlite3.connect(path).execute("SELECT COUNT(*) FROM users").fetchone()[0] == 2
    with pytest.raises(ValueError):  # closed: a clear error, not a hang
        await db.run(lambda c: None)


async def test_sessions_commit_is_on_disk_before_returning(tmp_path):
    path = tmp_path / "bot.sqlite3"
    db = await Database.open(path)
    sessions = Sessions(db)
    user, d = await sessions.load(5, 5, NOW)
    assert d is None and not user.onboarded
    step = Dialogue("ob", "field", 1, {"name": "Zoë <b>&"})
    await sessions.commit(user, step, [], NOW)
    # read with a separate connection, as a restarted process would
    other = sqlite3.connect(path)
    row = other.execute("SELECT flow, step, inst, data FROM dialogues WHERE user_id = 5").fetchone()
    assert row == ("ob", "field", 1, '{"name": "Zoë <b>&"}')
    user = await sessions.commit(user, None, [SaveProfile("Zoë", "Finance", "Asia/Tokyo")], NOW)
    assert user.onboarded and user.tz == "Asia/Tokyo" and user.flow_seq == 1
    user = await sessions.commit(user, None, [SaveSettings(quiet_start="22:00")], NOW)
    assert (user.quiet_start, user.quiet_end) == ("22:00", "08:00")
    assert other.execute("SELECT COUNT(*) FROM dialogues").fetchone()[0] == 0
    user = await sessions.commit(user, None, [SaveSettings(field="Climate policy")], NOW)
    assert (user.field, user.name, user.tz) == ("Climate policy", "Zoë",
                                                "Asia/Tokyo")
    assert other.execute("SELECT field, name, tz FROM users WHERE id = 5").fetchone() == (
        "Climate policy", "Zoë", "Asia/Tokyo")  # on disk, name and time zone kept
    await db.close()


async def test_forget_leaves_no_row_of_the_user_in_any_table(tmp_path):
    db = await Database.open(tmp_path / "bot.sqlite3")
    sessions = Sessions(db)
    for uid in (1, 2):
        user, _ = await sessions.load(uid, uid, NOW)
        await sessions.commit(user, Dialogue("set", "menu", 3), [], NOW)
    user, _ = await sessions.load(1, 1, NOW)
    await sessions.commit(user, None, [ForgetUser()], NOW)
    leftovers = await db.run(rows_mentioning_user, 1)
    others = await db.run(rows_mentioning_user, 2)
    await db.close()
    assert leftovers == {}
    assert others  # the other user is untouched


def rows_mentioning_user(conn: sqlite3.Connection, user_id: int) -> dict[str, int]:
    """Every table with a users.id column (users.id itself, or a user_id column)."""
    found = {}
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        col = "id" if table == "users" else "user_id" if "user_id" in cols else None
        if col is None:
            continue
        n = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {col} = ?", (user_id,)).fetchone()[0]
        if n:
            found[table] = n
    return found
