"""`interview-bot run` needs a token; only `make run` falls back to the console, and the console
never opens (or sweeps) a database that holds Telegram users."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime

from bot.features.nudges import store
from tests.harness import BANKS, ROOT, BotHarness

USERS = (501, 502, 503)
LONG_AGO = datetime(2020, 1, 6, 12, 0, tzinfo=UTC)  # due whatever the real clock says


def env_without_token(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("TELEGRAM_BOT_TOKEN", "DATABASE_PATH", "CONSOLE_DATABASE_PATH")}
    return {**env, "QUESTION_BANKS_DIR": str(BANKS), "PYTHONUNBUFFERED": "1", **extra}


def production_database(tmp_path) -> os.PathLike:
    """A database as a running bot leaves it: three users, each with a reminder due."""
    return asyncio.run(_fill(tmp_path))


async def _fill(tmp_path) -> os.PathLike:
    folder = tmp_path / "prod"
    folder.mkdir()
    async with BotHarness(folder) as bot:
        for user_id in USERS:
            await bot.onboard(user_id, tz="UTC")

        def add(conn):
            conn.execute("UPDATE users SET quiet_start = '00:00', quiet_end = '00:00'")  # none
            for user_id in USERS:
                contact = conn.execute(
                    "INSERT INTO contacts (user_id, name, created_at, updated_at)"
                    " VALUES (?, 'Kim', 'x', 'x') RETURNING id", (user_id,)).fetchone()[0]
                store.add(conn, user_id, "referrals", LONG_AGO, LONG_AGO, contact_id=contact)

        await bot.db.transaction(add)
    return bot.settings.database_path


def statuses(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT status FROM nudges ORDER BY id")]
    finally:
        conn.close()


def run_bot(tmp_path, args: list[str], env: dict[str, str], stdin: str = "",
            timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=tmp_path, env=env,
                          input=stdin, capture_output=True, text=True, timeout=timeout)


def test_run_without_a_token_is_one_line_and_exit_2_not_the_console(tmp_path):
    prod = production_database(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"], cwd=tmp_path,
        env=env_without_token(DATABASE_PATH=str(prod)), stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:  # stdin stays open: a console would sit here, sweeping the database every 30 s
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    out, err = proc.communicate()
    assert proc.returncode == 2, (out, err)
    assert out == "" and len(err.strip().splitlines()) == 1
    assert "TELEGRAM_BOT_TOKEN is not set" in err and "interview-bot console" in err
    assert statuses(prod) == ["pending"] * 3
    assert not (tmp_path / "data").exists()  # no console database made either


def test_make_run_without_a_token_opens_the_console_on_its_own_database(tmp_path):
    prod = production_database(tmp_path)
    done = run_bot(tmp_path, ["run", "--console-if-no-token"],
                   env_without_token(DATABASE_PATH=str(prod)),
                   stdin="/start\nRobin\n:advance 1d\n/quit\n")
    assert done.returncode == 0, done.stderr
    assert "starting the terminal console on data/console.sqlite3" in done.stdout
    assert "What should I call you?" in done.stdout
    assert (tmp_path / "data" / "console.sqlite3").is_file()
    assert statuses(prod) == ["pending"] * 3  # nobody else's reminder was touched


def test_the_console_refuses_a_database_with_telegram_users(tmp_path):
    prod = production_database(tmp_path)
    done = run_bot(tmp_path, ["console"], env_without_token(CONSOLE_DATABASE_PATH=str(prod)),
                   stdin=":advance 1d\n/quit\n")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "holds 3 Telegram users" in done.stderr
    assert "CONSOLE_DATABASE_PATH" in done.stderr
    assert statuses(prod) == ["pending"] * 3 and not (tmp_path / "data").exists()


def test_the_console_database_is_its_own_setting(tmp_path):
    from pathlib import Path

    from bot.config import ConfigError, load_settings

    base = {"QUESTION_BANKS_DIR": str(BANKS)}
    assert load_settings(base, None).console_database_path == Path("data/console.sqlite3")
    custom = load_settings({**base, "CONSOLE_DATABASE_PATH": "/tmp/c.db"}, None)
    assert custom.console_database_path == Path("/tmp/c.db")
    try:
        load_settings({**base, "CONSOLE_DATABASE_PATH": str(tmp_path)}, None)
    except ConfigError as e:
        assert "CONSOLE_DATABASE_PATH" in str(e)
    else:
        raise AssertionError("a folder was accepted as the console database")


def test_make_run_falls_back_to_the_console_only_through_the_cli(tmp_path):
    dry = subprocess.run(["make", "-n", "-C", str(ROOT), "run"], capture_output=True, text=True,
                         timeout=60)
    assert dry.returncode == 0, dry.stderr
    assert "interview-bot run --console-if-no-token" in dry.stdout
