"""Memory: RSS at idle, after 10,000 users' sessions, and no growth when the same users go on.

Measured in a child process of its own (nothing else loaded, nothing left over from other
benchmarks): the real Application in process, rate limiter off, a Bot API stand-in that keeps
nothing. Run 1: N distinct users onboard (50 at once). Run 2: some of them redo their setup
(/start → Redo setup → name → field → time zone), which warms what a second pass touches
(SQLite's page cache, allocator pools). Run 3: the same users redo it once more. RSS is
sampled every 250 updates; the slope over run 3 — the repeated run, the second half of all
updates — shows growth per update that no bound explains (per-user locks, PTB's per-chat
data, the sessions cache, anything kept per update).
"""

from __future__ import annotations

import asyncio
import gc
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_common import (
    ONBOARDING,
    REDO_SETUP,
    SCRIPTS,
    Driver,
    LeanApi,
    RunResult,
    calibrate,
    clock_now,
    feeder,
    row,
    rss_kb,
    settings_for,
    slope,
)

TARGET_SLOPE_KB = 32.0  # per 1,000 updates: allocator noise; one leaked object per update is more
SAMPLE_EVERY = 250


async def child(users: int, again_users: int, warm_rounds: int) -> dict:
    from bot.app import build_application, start, stop

    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        clock = clock_now()
        api = LeanApi(clock=lambda: clock.now().timestamp())
        from bot.telegram.standin.api import StandinRequest

        app = build_application(settings_for(Path(tmp) / "bot.sqlite3"), StandinRequest(api),
                                clock=clock, rate_limiter=False)
        await start(app)
        try:
            onboarding = await calibrate(app, api, 1, ONBOARDING)
            redo = await calibrate(app, api, 1, REDO_SETUP)
            gc.collect()
            idle = rss_kb()
            samples: list[tuple[int, int]] = []
            offset = 0

            def sample(n: int) -> None:
                if n % SAMPLE_EVERY == 0:
                    samples.append((offset + n, rss_kb()))

            driver = Driver(api, feeder(app), keep_latencies=False)
            driver.on_update = sample
            ids = range(100_000, 100_000 + users)
            first = await driver.run(ids, onboarding, deadline=300)
            gc.collect()
            after_first = rss_kb()
            offset = first.updates
            again = ids[:again_users]
            warm = RunResult()
            for _ in range(warm_rounds):
                warm = warm.merge(await driver.run(again, redo, deadline=300))
                offset = first.updates + warm.updates
            split = len(samples)
            second = await driver.run(again, redo, deadline=300)
            gc.collect()
            after_second = rss_kb()
            s = app.bot_data["services"]
            return {
                "idle_kb": idle, "after_first_kb": after_first, "after_second_kb": after_second,
                "updates_first": first.updates, "updates_second": second.updates,
                "samples": samples, "split": split,
                "problems": "; ".join(p for p in (first.problems(), warm.problems(),
                                                  second.problems()) if p),
                "locks": app.update_processor.tracked_users,
                "sessions_cached": len(s.sessions._cache),
                "sessions_bound": s.sessions._cache_size,
                "ptb_user_data": len(app.user_data), "ptb_chat_data": len(app.chat_data),
                "rate": (first.updates + warm.updates + second.updates)
                / (first.wall + warm.wall + second.wall),
            }
        finally:
            await stop(app)


def run(quick: bool) -> list[dict]:
    users, again, warm_rounds = (2_000, 600, 1) if quick else (10_000, 5_000, 1)
    proc = subprocess.run([sys.executable, str(SCRIPTS / "bench_memory.py"), "--child",
                           str(users), str(again), str(warm_rounds)],
                          capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"memory child failed: {proc.stderr[-2000:]}")
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    later = r["samples"][r["split"]:]
    growth = 1000 * slope([n for n, _ in later], [kb for _, kb in later])
    whole = 1000 * slope([n for n, _ in r["samples"]], [kb for _, kb in r["samples"]])
    valid = not r["problems"]
    per_user = 1024 * (r["after_first_kb"] - r["idle_kb"]) / users
    bounded = r["locks"] == 0 and r["sessions_cached"] <= r["sessions_bound"]
    return [
        row("memory: RSS at idle", r["idle_kb"] / 1024, "MB",
            detail="the Application started (banks, templates, storage), before any user"),
        row(f"memory: RSS after {users:,} users onboarded", r["after_first_kb"] / 1024, "MB",
            baseline=r["idle_kb"] / 1024,
            detail=f"{per_user / 1024:.1f} KB per user; sessions cached "
                   f"{r['sessions_cached']:,} (bound {r['sessions_bound']:,}), per-user locks "
                   f"left {r['locks']}, PTB user_data {r['ptb_user_data']:,} / chat_data "
                   f"{r['ptb_chat_data']:,}" + ("" if valid else f"; INVALID: {r['problems']}")),
        row("memory: RSS growth over the repeated run", growth,
            "KB/1k upd", target=f"≤ {TARGET_SLOPE_KB:g}", met=valid and bounded
            and growth <= TARGET_SLOPE_KB,
            detail=f"{again:,} users redo setup once more after {warm_rounds} warm-up round(s): "
                   f"regression over "
                   f"{len(later)} samples of {r['updates_second']:,} updates; RSS "
                   f"{r['after_first_kb'] / 1024:.1f} MB after onboarding → "
                   f"{r['after_second_kb'] / 1024:.1f} MB at the end; whole run {whole:.1f} KB/1k "
                   f"upd (caches filling); {r['rate']:.0f} upd/s"
                   + ("" if bounded else "; per-user state left behind")),
    ]


if __name__ == "__main__":
    if "--child" in sys.argv:
        i = sys.argv.index("--child")
        n, again, rounds = (int(x) for x in sys.argv[i + 1: i + 4])
        print(json.dumps(asyncio.run(child(n, again, rounds))))
    else:
        for line in run("--quick" in sys.argv):
            print(line)
