"""`interview-bot invite` and `--version`, as a coach runs them (from another folder)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from bot.storage.preflight import prepare


def cli(tmp_path, *args: str, **env: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items()
            if not k.startswith(("TELEGRAM_", "DATABASE_", "BOT_", "ACCESS"))}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=tmp_path,
                          env={**base, **env}, capture_output=True, text=True, timeout=60)


def test_invite_prints_a_deep_link_and_stores_the_code(tmp_path):
    db = tmp_path / "bot.sqlite3"
    prepare(db, lock=False)
    done = cli(tmp_path, "invite", "--uses", "30", "--expires", "30d", DATABASE_PATH=str(db),
               BOT_USERNAME="@coachbot", ACCESS="invite")
    assert done.returncode == 0, done.stderr
    link = done.stdout.split()[-1]
    assert link.startswith("https://t.me/coachbot?start=join-") and "for 30 people" in done.stdout
    code = link.split("=")[1]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT max_uses, used FROM invites WHERE code = ?",
                        (code,)).fetchone() == (30, 0)
    conn.close()


def test_invite_refuses_a_bad_duration_and_a_missing_database(tmp_path):
    done = cli(tmp_path, "invite", "--expires", "soon", DATABASE_PATH=str(tmp_path / "x.db"))
    assert done.returncode == 2 and "--expires" in done.stderr
    done = cli(tmp_path, "invite", DATABASE_PATH=str(tmp_path / "x.db"))
    assert done.returncode == 1 and "start the bot once" in done.stderr


def test_version(tmp_path):
    done = cli(tmp_path, "--version")
    assert done.returncode == 0 and done.stdout.startswith("interview-bot ")
    assert done.stdout.split()[1][0].isdigit()
