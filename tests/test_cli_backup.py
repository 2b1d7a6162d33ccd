"""`interview-bot backup` while writes go on: every row committed before it began is in the
copy, the copy is whole and private; `interview-bot restore` puts it back."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from bot.storage.backup import copy_database
from bot.storage.preflight import lock_database, prepare

TIMEOUT = 60


def cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    env["DATABASE_PATH"] = str(tmp_path / "bot.sqlite3")
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=TIMEOUT)


class Writer(threading.Thread):
    """Commits one user row at a time, as the bot's steps do, until told to stop."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.path, self.stop, self.committed = path, threading.Event(), 0
        self.enough = threading.Event()

    def run(self) -> None:
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=10)
        conn.execute("PRAGMA journal_mode=WAL")
        n = 0
        while not self.stop.is_set() and n < 200_000:  # bounded either way
            n += 1
            conn.execute("INSERT INTO users (id, chat_id, name, created_at, updated_at) "
                         "VALUES (?, ?, ?, 'x', 'x')", (n, n, "x" * 200))
            self.committed = n
            if n == 2_000:
                self.enough.set()
        conn.close()


def ids(path: Path) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM users ORDER BY id")]
    finally:
        conn.close()


def test_backup_under_load_then_restore(tmp_path):
    db = tmp_path / "bot.sqlite3"
    prepare(db, lock=False)
    writer = Writer(db)
    writer.start()
    assert writer.enough.wait(TIMEOUT)
    before = writer.committed
    done = cli(tmp_path, "backup", "copy.sqlite3")
    after = writer.committed
    writer.stop.set()
    writer.join(TIMEOUT)
    assert done.returncode == 0, done.stderr
    assert "backup written: copy.sqlite3" in done.stdout and "users" in done.stdout
    copied = ids(tmp_path / "copy.sqlite3")
    # every row committed before the backup began, and no gap: one consistent moment
    assert copied == list(range(1, len(copied) + 1))
    assert before <= len(copied) <= after
    assert (tmp_path / "copy.sqlite3").stat().st_mode & 0o777 == 0o600
    print(f"backup under load: {before} committed before, {len(copied)} copied, "
          f"{after} committed by its end; {writer.committed} in the live file")

    live = len(ids(db))
    done = cli(tmp_path, "restore", "copy.sqlite3")
    assert done.returncode == 0, done.stderr
    assert "the current database is kept as" in done.stdout
    assert ids(db) == copied and live > len(copied)
    kept = sorted((tmp_path / "backups").glob("bot-*-replaced.sqlite3"))
    assert len(kept) == 1 and len(ids(kept[0])) == live
    print(f"restored {len(copied)} users over {live}; the replaced file kept")


def test_restore_refuses_while_the_bot_runs(tmp_path):
    db = tmp_path / "bot.sqlite3"
    prepare(db, lock=False)
    copy_database(db, tmp_path / "copy.sqlite3")
    held = lock_database(db)
    try:
        done = cli(tmp_path, "restore", "copy.sqlite3")
    finally:
        held.close()
    assert done.returncode == 1 and "already running" in done.stderr
    assert "restore needs the bot stopped" in done.stderr


def test_backup_without_a_database_and_onto_an_existing_file(tmp_path):
    done = cli(tmp_path, "backup")
    assert done.returncode == 1 and "no database at" in done.stderr
    prepare(tmp_path / "bot.sqlite3", lock=False)
    (tmp_path / "taken.sqlite3").write_text("mine")
    done = cli(tmp_path, "backup", "taken.sqlite3")
    assert done.returncode == 1 and "already exists" in done.stderr
    assert (tmp_path / "taken.sqlite3").read_text() == "mine"
    done = cli(tmp_path, "backup")
    assert done.returncode == 0 and "backups/bot-" in done.stdout
