"""Every wrong start a coach can make ends in one line on stderr naming the problem and what
to do, a non-zero exit within seconds, and never a hang (tested as real processes)."""

from __future__ import annotations

import os
import re
import resource
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.storage.migrations import LATEST
from bot.storage.preflight import StartupError, describe, lock_database, prepare
from bot.telegram.standin.http import FakeBotApiServer
from tests.harness import BANKS

TOKEN = "424242:FAKE-bad-start-token_not-real-abc"
LIMIT = 20  # seconds: a hang fails the test instead of stalling the suite


def start(tmp_path: Path, *args: str, preexec=None, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("TELEGRAM_", "DATABASE_", "WEBHOOK_", "ACCESS"))}
    full = {**clean, "QUESTION_BANKS_DIR": str(BANKS), "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_BASE_URL": "http://127.0.0.1:9/bot", "PYTHONUNBUFFERED": "1", **env}
    return subprocess.run([sys.executable, "-m", "bot", *(args or ("run",))], cwd=tmp_path,
                          env=full, capture_output=True, text=True, timeout=LIMIT,
                          preexec_fn=preexec)


def one_line(done: subprocess.CompletedProcess, *expected: str) -> str:
    """Exactly one line of ours; log lines (timestamped) may come before it, a traceback not."""
    err = done.stderr.strip()
    assert done.returncode != 0, (done.stdout, err)
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines()
             if line.strip() and not re.match(r"^\d{4}-\d\d-\d\d ", line)]
    assert len(lines) == 1, err
    assert lines[0].startswith("interview-bot: "), err
    for part in expected:
        assert part in lines[0], err
    assert TOKEN not in done.stdout + err
    return lines[0]


def test_a_corrupt_file(tmp_path):
    (tmp_path / "bot.sqlite3").write_bytes(b"this is not a database, " * 200)
    one_line(start(tmp_path, DATABASE_PATH="bot.sqlite3"),
                    "not a readable SQLite database", "restore")
    assert (tmp_path / "bot.sqlite3").read_bytes().startswith(b"this is not")  # untouched


def test_a_schema_newer_than_the_code(tmp_path):
    conn = sqlite3.connect(tmp_path / "bot.sqlite3")
    conn.execute(f"PRAGMA user_version = {LATEST + 3}")
    conn.close()
    one_line(start(tmp_path, DATABASE_PATH="bot.sqlite3"),
             f"schema version {LATEST + 3}", "run the newer version", "restore")


def test_a_path_that_cannot_be_a_folder(tmp_path):
    (tmp_path / "data").write_text("a file where the folder should be")
    one_line(start(tmp_path, DATABASE_PATH="data/bot.sqlite3"),
             "cannot create the folder", "DATABASE_PATH")


def _unwritable(folder: Path) -> bool:
    """chmod for a user; root writes through modes, so an immutable folder (chattr +i)."""
    if os.geteuid() != 0:
        folder.chmod(0o500)
        return True
    return subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0


def test_an_unwritable_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    if not _unwritable(folder):
        pytest.skip("cannot make a folder unwritable for root here (chattr)")
    try:
        one_line(start(tmp_path, DATABASE_PATH="ro/bot.sqlite3"), "cannot write in", "ro")
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
        folder.chmod(0o700)


def test_a_full_disk(tmp_path):
    """The file may not grow past 16 KB (RLIMIT_FSIZE), as on a full disk."""
    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (16_384, 16_384))

    one_line(start(tmp_path, DATABASE_PATH="bot.sqlite3", preexec=small_files),
             "bot.sqlite3", "disk may be full", "free some space")


def test_sqlite_full_is_named_as_a_full_disk(tmp_path):
    conn = sqlite3.connect(tmp_path / "f.sqlite3")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA max_page_count = 2")
    with pytest.raises(sqlite3.Error) as caught:
        conn.execute("INSERT INTO t VALUES (zeroblob(100000))")
    conn.close()
    assert "disk holding" in describe(caught.value, tmp_path / "f.sqlite3")


def test_a_malformed_bank(tmp_path):
    banks = tmp_path / "banks"
    banks.mkdir()
    (banks / "broken.yaml").write_text("field: x\nquestions: [\n")
    one_line(start(tmp_path, DATABASE_PATH="bot.sqlite3", QUESTION_BANKS_DIR=str(banks)),
             "broken.yaml", "interview-bot check")
    assert not (tmp_path / "bot.sqlite3").exists()  # nothing opened before the content check


def test_a_malformed_template(tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "email.j2").write_text("Hello {{ name \n")
    one_line(start(tmp_path, DATABASE_PATH="bot.sqlite3", TEMPLATES_DIR=str(templates)),
             "email.j2", "interview-bot check")


def test_a_token_that_is_not_a_token(tmp_path):
    one_line(start(tmp_path, TELEGRAM_BOT_TOKEN="my-token"), "TELEGRAM_BOT_TOKEN")


def test_a_token_telegram_rejects(tmp_path):
    with FakeBotApiServer(token="1:the-right-one") as server:
        done = start(tmp_path, DATABASE_PATH="bot.sqlite3", TELEGRAM_BASE_URL=server.base_url)
    assert done.returncode == 2
    one_line(done, "Telegram rejected TELEGRAM_BOT_TOKEN")


def test_an_unreachable_api(tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    one_line(start(tmp_path, DATABASE_PATH="bot.sqlite3",
                   TELEGRAM_BASE_URL=f"http://127.0.0.1:{port}/bot"),
             "cannot reach the Bot API")


def test_a_second_instance_on_the_same_database(tmp_path):
    held = lock_database(tmp_path / "bot.sqlite3")  # as a running bot holds it
    try:
        one_line(start(tmp_path, DATABASE_PATH="bot.sqlite3"),
                 "already running", "bot.sqlite3", f"pid {os.getpid()}")
    finally:
        held.close()
    with pytest.raises(StartupError):  # in one process too
        first = prepare(tmp_path / "again.sqlite3")
        try:
            prepare(tmp_path / "again.sqlite3")
        finally:
            first.lock.close()


def test_webhook_mode_without_its_secret(tmp_path):
    one_line(start(tmp_path, DATABASE_PATH="bot.sqlite3",
                   WEBHOOK_URL="https://bot.example.org/tg"), "WEBHOOK_SECRET")


def test_a_migration_is_preceded_by_a_backup(tmp_path):
    from bot.storage.migrations import migrate

    path = tmp_path / "bot.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, LATEST - 1)
    conn.execute("INSERT INTO users (id, chat_id, created_at, updated_at) "
                 "VALUES (7, 7, 'x', 'x')")
    conn.close()
    prepared = prepare(path)
    prepared.lock.close()
    assert prepared.applied == [LATEST] and prepared.backup is not None
    copy = sqlite3.connect(prepared.backup.path)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == LATEST - 1
    assert copy.execute("SELECT id FROM users").fetchall() == [(7,)]
    copy.close()
    assert prepared.backup.path.stat().st_mode & 0o077 == 0


def test_a_read_only_database_file(tmp_path):
    prepare(tmp_path / "bot.sqlite3").lock.close()
    file = tmp_path / "bot.sqlite3"
    if not _unwritable(file):
        pytest.skip("cannot make a file unwritable for root here (chattr)")
    try:
        one_line(start(tmp_path, DATABASE_PATH="bot.sqlite3"), "cannot write bot.sqlite3",
                 "writable")
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(file)], capture_output=True)
        file.chmod(0o600)


def test_a_thread_left_running_does_not_keep_the_process_alive(tmp_path):
    """What a start that fails half-way can leave behind (an open aiosqlite worker)."""
    script = ("import threading, sys\n"
              "from bot.cli import exit_even_if_stuck\n"
              "threading.Thread(target=threading.Event().wait, name='stuck').start()\n"
              "sys.exit(exit_even_if_stuck(3, grace=0.2))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True,
                          text=True, timeout=LIMIT)
    assert done.returncode == 3, done.stderr


async def test_a_failed_open_closes_its_worker_thread(tmp_path):
    """The hang the issue met: Database.open on a newer schema left aiosqlite's (non-daemon)
    thread open, so the process never ended."""
    import threading

    from bot.storage.db import Database

    path = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    before = {t.ident for t in threading.enumerate()}
    with pytest.raises(RuntimeError, match="newer than this code"):
        await Database.open(path)
    left = [t for t in threading.enumerate() if t.ident not in before and t.is_alive()
            and not t.daemon]
    for t in left:
        t.join(5)
    assert not [t for t in left if t.is_alive()]
