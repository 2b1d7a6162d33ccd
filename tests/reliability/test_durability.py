"""Durable against power loss: every COMMIT reaches the disk before the bot answers."""

from __future__ import annotations

from bot.storage.db import Database


async def test_commits_are_synced_to_disk_not_only_handed_to_the_os(tmp_path):
    # synchronous=NORMAL in WAL mode survives a crash of the process but not of the
    # machine: a power loss could undo steps whose replies were already sent.
    db = await Database.open(tmp_path / "bot.sqlite3")
    try:
        mode = await db.run(lambda conn: conn.execute("PRAGMA synchronous").fetchone()[0])
        journal = await db.run(lambda conn: conn.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        await db.close()
    assert (journal, mode) == ("wal", 2)  # 2 = FULL
