"""The bot as a real process against the Bot API stand-in on 127.0.0.1, for kill and stop tests.

`seed` writes users and due reminders straight into a fresh database file, `BotProcess`
starts `python -m bot run` on it, and `Load` plays users typing from a thread, the way
Telegram would queue their messages while the bot is down or busy.
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from bot.storage.migrations import migrate
from bot.telegram.standin.http import FakeBotApiServer
from tests.harness import BANKS

TOKEN = "515151:FAKE-reliability-token_not-real"
REMINDER = re.compile(r"Did (Kim\d{5}) suggest")
NOW = datetime.now(UTC).replace(microsecond=0)


def seed(path: Path, users: int, reminders: int, first_user: int = 10_000) -> list[str]:
    """`users` onboarded users (no quiet hours) sharing `reminders` reminders due now;
    returns each reminder's contact name (the text that identifies its message)."""
    conn = sqlite3.connect(path)
    conn.isolation_level = None
    migrate(conn)
    stamp = NOW.isoformat()
    conn.execute("BEGIN")
    for u in range(users):
        conn.execute(
            "INSERT INTO users (id, chat_id, name, field, tz, quiet_start, quiet_end, "
            "onboarded_at, created_at, updated_at) VALUES (?, ?, 'Robin', 'Marketing', 'UTC', "
            "'00:00', '00:00', ?, ?, ?)", (first_user + u, first_user + u, stamp, stamp, stamp))
    names = []
    for i in range(reminders):
        user, name = first_user + i % users, f"Kim{i:05d}"
        contact = conn.execute(
            "INSERT INTO contacts (user_id, name, created_at, updated_at) VALUES (?, ?, ?, ?) "
            "RETURNING id", (user, name, stamp, stamp)).fetchone()[0]
        conn.execute("INSERT INTO nudges (user_id, contact_id, kind, due_at, created_at) "
                     "VALUES (?, ?, 'referrals', ?, ?)", (user, contact, stamp, stamp))
        names.append(name)
    conn.execute("COMMIT")
    conn.close()
    return names


def delivered(server: FakeBotApiServer) -> Counter:
    """How many times each reminder reached its user."""
    out: Counter = Counter()
    for chat in list(server.api.messages):
        for m in server.api.sent_to(chat):
            found = REMINDER.search(m.text)
            if found:
                out[found.group(1)] += 1
    return out


def query(path: Path, sql: str, args: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


class BotProcess:
    def __init__(self, server: FakeBotApiServer, db: Path, log: Path, **env: str) -> None:
        self.server, self.db, self.log = server, db, log
        self.env = {
            **os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": server.base_url,
            "DATABASE_PATH": str(db), "QUESTION_BANKS_DIR": str(BANKS), "LOG_LEVEL": "INFO",
            "NUDGE_SWEEP_SECONDS": "1", **env,
        }
        self.proc: subprocess.Popen | None = None
        self.runs = 0

    def start(self) -> None:
        polls = self.polls()
        self.runs += 1
        out = open(self.log, "a")  # noqa: SIM115 - the child writes to it until it ends
        out.write(f"\n--- run {self.runs} ---\n")
        out.flush()
        self.proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=self.db.parent,
                                     env=self.env, stdout=out, stderr=subprocess.STDOUT)
        out.close()
        self.wait_for(lambda: self.polls() > polls, 60, "the bot to poll")

    def polls(self) -> int:
        return sum(1 for c in list(self.server.api.calls) if c.method == "getUpdates")

    def wait_for(self, condition, seconds: float, what: str) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if self.proc is not None and self.proc.poll() is not None:
                raise AssertionError(f"the bot exited ({self.proc.returncode}) waiting for "
                                     f"{what}:\n{self.output()[-3000:]}")
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}:\n{self.output()[-3000:]}")
            time.sleep(0.02)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)

    def term(self, bound: float = 60) -> tuple[int, float]:
        """SIGTERM; (exit code, seconds until the process was gone)."""
        began = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(bound)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise AssertionError(f"still running {bound} s after SIGTERM:\n"
                                 f"{self.output()[-3000:]}") from None
        return code, time.monotonic() - began

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def stop_quietly(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(30)


NAMES = ("Sam", "Priya", "Jordan", "Ana", "Lee", "Tomás", "Mei")
FIELDS = ("Marketing", "Data science", "Nursing", "Teaching", "Product management")


class Load(threading.Thread):
    """Users typing a script (onboarding, then a few more messages) at `rate` updates/s."""

    def __init__(self, server: FakeBotApiServer, users: int, rate: float,
                 first_user: int = 50_000, extra: int = 6) -> None:
        super().__init__(daemon=True)
        self.server, self.rate = server, rate
        self.scripts = {first_user + u: ["/start", NAMES[u % len(NAMES)],
                                         FIELDS[u % len(FIELDS)], "Europe/Berlin",
                                         *["/help"] * extra] for u in range(users)}
        self.queued: list[int] = []  # update ids, in the order Telegram received them

    def run(self) -> None:
        pause = 1 / self.rate
        longest = max(len(s) for s in self.scripts.values())
        for i in range(longest):
            for user, script in self.scripts.items():
                if i < len(script):
                    raw = self.server.api.text_update(user, script[i], "Pat")
                    self.server.api.queue_update(raw)
                    self.queued.append(raw["update_id"])
                    time.sleep(pause)
