"""Nudges: start-up and memory flat with 100,000 pending, the sweep's speed, and the send rate.

- Start-up: a fresh process (`python -c`) builds the Application, runs start() and stop();
  the time from launching it to ready, and its RSS then, on a database holding 100,000
  pending nudges (10,000 due) against an empty one. Fastest of alternating launches.
- Sweep, rate limiter off: one `Dispatcher.sweep()` claims the 10,000 due nudges and hands
  them to the in-process Bot API stand-in; baseline: the same number of bare
  `bot.send_message` calls, 64 at a time, through the same stand-in.
- Sweep, rate limiter on (AIORateLimiter defaults, as shipped): nudges to distinct users;
  the messages/s reached after the limiter's first-second burst, against Telegram's 30/s.
"""

from __future__ import annotations

import asyncio
import json
import random
import select
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from array import array
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench_common import BANKS, LeanApi, SentMessage, TimedRequest, row
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.clock import FakeClock
from bot.config import Settings
from bot.storage.migrations import migrate

PENDING = 100_000
DUE = 10_000
TARGET_START_RATIO = 1.2
TARGET_RSS_MB = 25.0
TARGET_SWEEP = 2_000.0
TARGET_LIMITED = 0.9
TELEGRAM_RATE = 30.0

STARTUP = """
import asyncio, sys
from pathlib import Path
from bot.app import build_application, start, stop
from bot.config import Settings
from bot.telegram.standin.api import FakeBotApi, StandinRequest

def rss_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])

async def main():
    settings = Settings(database_path=Path(sys.argv[1]), question_banks_dir=Path(sys.argv[2]))
    app = build_application(settings, StandinRequest(FakeBotApi()))
    await start(app)
    print("READY", rss_kb(), flush=True)
    await stop(app)

asyncio.run(main())
"""


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def populate(path: Path, now: datetime, *, pending: int, due: int, users: int,
             first_id: int = 20_000_000) -> None:
    """`users` onboarded users (UTC, so no quiet hours at noon), one contact each, and
    `pending` pending nudges of which `due` (one per user first) are due at `now`."""
    rnd = random.Random(3)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    migrate(conn)
    stamp = iso(now - timedelta(days=30))
    conn.execute("BEGIN")
    conn.executemany("""INSERT INTO users (id, chat_id, name, field, tz, onboarded_at, created_at,
                        updated_at) VALUES (?, ?, ?, 'Marketing', 'UTC', ?, ?, ?)""",
                     [(first_id + i, first_id + i, f"User {i}", stamp, stamp, stamp)
                      for i in range(users)])
    conn.executemany("""INSERT INTO contacts (id, user_id, name, organisation, status, created_at,
                        updated_at) VALUES (?, ?, ?, 'Harbor Health', 'asked', ?, ?)""",
                     [(i + 1, first_id + i, f"Dana Whitfield {i}", stamp, stamp)
                      for i in range(users)])
    rows = []
    for n in range(pending):
        user = n % users
        if n < due:
            when = now - timedelta(minutes=rnd.randint(1, 600))
        else:
            when = now + timedelta(days=rnd.randint(1, 90), minutes=rnd.randint(0, 1440))
        rows.append((first_id + user, user + 1, "second_contact", iso(when),
                     json.dumps({"draft_id": n}), stamp))
    conn.executemany("""INSERT INTO nudges (user_id, contact_id, kind, due_at, payload, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""", rows)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _launch(db: Path) -> tuple[float, int]:
    """Seconds from launching a process to its app being started, and its RSS (KB) then."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", STARTUP, str(db), str(BANKS)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        line = proc.stdout.readline() if ready else ""
        elapsed = time.perf_counter() - t0
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if not line.startswith("READY"):
        raise RuntimeError(f"start-up failed: {proc.stderr.read()[-1500:] if proc.stderr else ''}")
    return elapsed, int(line.split()[1])


def startup_rows(empty: Path, full: Path, launches: int) -> list[dict]:
    times: dict[Path, list[float]] = {empty: [], full: []}
    rss: dict[Path, list[int]] = {empty: [], full: []}
    _launch(empty)  # warm the OS's file cache for the interpreter and the packages
    for _ in range(launches):
        for db in (empty, full):
            t, kb = _launch(db)
            times[db].append(t)
            rss[db].append(kb)
    t_empty, t_full = min(times[empty]), min(times[full])  # noise only ever adds time
    m_empty, m_full = statistics.median(rss[empty]) / 1024, statistics.median(rss[full]) / 1024
    ratio = t_full / t_empty
    return [
        row(f"nudges: start-up with {PENDING // 1000}k pending", t_full * 1000, "ms",
            baseline=t_empty * 1000, ratio=ratio, target=f"ratio ≤ {TARGET_START_RATIO}",
            met=ratio <= TARGET_START_RATIO,
            detail=f"process launch → start() done; fastest of {launches} alternating launches; "
                   f"{DUE:,} of them due"),
        row(f"nudges: RSS at start-up with {PENDING // 1000}k pending", m_full, "MB",
            baseline=m_empty, target=f"≤ empty + {TARGET_RSS_MB:g} MB",
            met=m_full - m_empty <= TARGET_RSS_MB, detail=f"{m_full - m_empty:+.1f} MB"),
    ]


async def sweep_rows(db: Path, now: datetime, quick: bool) -> list[dict]:
    from bot.app import build_application, start, stop

    clock = FakeClock(now)
    api = LeanApi(clock=lambda: clock.now().timestamp())
    sent: list[SentMessage] = []
    count = array("i", [0])

    def on_send(m: SentMessage) -> None:
        if not sent:
            sent.append(m)
        count[0] += 1

    api.on_send = on_send
    request = TimedRequest(api)
    app = build_application(Settings(database_path=db, question_banks_dir=BANKS,
                                     sweep_seconds=0), request, clock=clock, rate_limiter=False)
    await start(app)
    try:
        dispatcher = app.bot_data["services"].dispatcher
        c0, t0 = time.process_time(), time.perf_counter()
        handled = await asyncio.wait_for(dispatcher.sweep(), 300)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        messages = count[0]
        # the floor: PTB sending the same message and buttons, 64 at a time, through the same
        # stand-in, with nothing to claim, compose or mark
        slots = asyncio.Semaphore(64)
        sample = sent[0] if sent else None
        text = sample.html if sample else "📬 No reply yet."
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(b["text"],
                                                             callback_data=b["callback_data"])
                                        for b in r] for r in sample.buttons]) if sample else None

        async def one(chat: int) -> None:
            async with slots:
                await app.bot.send_message(chat, text, reply_markup=markup)

        floor = min(handled, 3_000) if quick else handled
        t1 = time.perf_counter()
        await asyncio.wait_for(asyncio.gather(*(one(20_000_000 + i) for i in range(floor))), 300)
        bare = time.perf_counter() - t1
    finally:
        await stop(app)
    conn = sqlite3.connect(db)
    states = dict(conn.execute("SELECT status, COUNT(*) FROM nudges GROUP BY status").fetchall())
    conn.close()
    rate, bare_rate = handled / elapsed, floor / bare
    valid = handled == DUE and states.get("sent", 0) == DUE and messages == DUE
    return [row("nudges: sweep throughput, rate limiter off", rate, "nudges/s",
                baseline=bare_rate, target=f"≥ {TARGET_SWEEP:,.0f}/s",
                met=valid and rate >= TARGET_SWEEP,
                detail=f"{handled:,} due of {PENDING:,} pending claimed, sent, marked in "
                       f"{elapsed:.2f} s ({1000 * cpu / max(handled, 1):.2f} ms CPU each); "
                       f"baseline: bare send_message of the same text and buttons ×{floor:,}, "
                       f"64 at a time; statuses after: {states}"
                       + ("" if valid else "; INVALID: not every due nudge was sent once"))]


async def limited_rows(db: Path, now: datetime, count: int) -> list[dict]:
    from bot.app import build_application, start, stop

    clock = FakeClock(now)
    api = LeanApi(clock=lambda: clock.now().timestamp())
    sent = array("d")
    app = build_application(Settings(database_path=db, question_banks_dir=BANKS,
                                     sweep_seconds=0), TimedRequest(api), clock=clock,
                            rate_limiter=True)
    await start(app)
    try:
        api.on_send = lambda m: sent.append(time.perf_counter())
        handled = await asyncio.wait_for(app.bot_data["services"].dispatcher.sweep(), 120)
    finally:
        await stop(app)
    times = sorted(sent)
    burst = 30  # AIORateLimiter's overall limiter lets its bucket of 30 go at once
    steady = times[burst:]
    rate = (len(steady) - 1) / (steady[-1] - steady[0]) if len(steady) > 2 else 0.0
    overall = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 2 else 0.0
    fraction = rate / TELEGRAM_RATE
    valid = handled == count == len(times)
    return [row("nudges: send rate, rate limiter on", rate, "msg/s", baseline=TELEGRAM_RATE,
                ratio=fraction, target=f"ratio ≥ {TARGET_LIMITED}",
                met=valid and fraction >= TARGET_LIMITED,
                detail=f"{count} nudges to distinct users in one sweep; after the first {burst} "
                       f"(the limiter's bucket); {overall:.1f} msg/s counting them"
                       + ("" if valid else f"; INVALID: {handled} handled, {len(times)} sent"))]


def run(quick: bool) -> list[dict]:
    now = datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0)
    with tempfile.TemporaryDirectory(prefix="bench-nudges-") as tmp_name:
        tmp = Path(tmp_name)
        empty, full = tmp / "empty.sqlite3", tmp / "full.sqlite3"
        conn = sqlite3.connect(empty, isolation_level=None)
        migrate(conn)
        conn.close()
        t0 = time.perf_counter()
        populate(full, now, pending=PENDING, due=DUE, users=DUE)
        setup = time.perf_counter() - t0
        shutil.copy(full, tmp / "sweep.sqlite3")
        rows = startup_rows(empty, full, 2 if quick else 5)
        rows += asyncio.run(sweep_rows(tmp / "sweep.sqlite3", now, quick))
        count = 90 if quick else 150
        populate(tmp / "limited.sqlite3", now, pending=count, due=count, users=count)
        rows += asyncio.run(limited_rows(tmp / "limited.sqlite3", now, count))
        rows[0]["detail"] += f"; setup {setup:.1f} s"
        return rows



def profile(quick: bool) -> str:
    """cProfile of one sweep of the due nudges (rate limiter off)."""
    import cProfile

    from bench_common import profile_summary

    from bot.app import build_application, start, stop

    due = 2_000 if quick else DUE
    now = datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0)

    async def go(db: Path) -> str:
        clock = FakeClock(now)
        api = LeanApi(clock=lambda: clock.now().timestamp())
        app = build_application(Settings(database_path=db, question_banks_dir=BANKS,
                                         sweep_seconds=0), TimedRequest(api), clock=clock,
                                rate_limiter=False)
        await start(app)
        try:
            prof = cProfile.Profile()
            prof.enable()
            handled = await asyncio.wait_for(app.bot_data["services"].dispatcher.sweep(), 300)
            prof.disable()
        finally:
            await stop(app)
        return profile_summary(prof, note=f"one sweep of {handled:,} due nudges")

    with tempfile.TemporaryDirectory(prefix="bench-nudges-profile-") as tmp:
        db = Path(tmp) / "sweep.sqlite3"
        populate(db, now, pending=10 * due, due=due, users=due)
        return asyncio.run(go(db))


if __name__ == "__main__":
    for r in run("--quick" in sys.argv):
        print(r)
