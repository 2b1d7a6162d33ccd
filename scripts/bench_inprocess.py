"""Throughput in process: the real Application against a bare PTB echo bot, 50 users at once.

Both run on the in-process Bot API stand-in (StandinRequest over a FakeBotApi that keeps
nothing), both with the same PerUserUpdateProcessor, both without AIORateLimiter: with it
the bot could never send more than Telegram's 30 messages/s, and this measures the bot.
Updates go through `app.update_queue` after `start(app)`, as polling delivers them.
"""

from __future__ import annotations

import asyncio
import itertools
import tempfile
from pathlib import Path

from bench_common import (
    USERS_AT_ONCE,
    Calibrated,
    Driver,
    LeanApi,
    RunResult,
    TimedRequest,
    build_echo,
    calibrate_flows,
    clock_now,
    echo_steps,
    feeder,
    row,
    settings_for,
)

from bot.app import build_application, start, stop

TARGET_RATIO = 0.5
TARGET_EXTRA_CPU_MS = 0.5
TARGET_P99_MS = 20.0
PACE = 300.0  # updates/s offered in the paced run: 10 × the 30 messages/s Telegram lets a bot send


class Rig:
    """The real bot and the echo bot, both started, with their drivers."""

    def __init__(self, db: Path, clock=None, *, echo: bool = True) -> None:
        self.clock = clock or clock_now()
        self.api = LeanApi(clock=lambda: self.clock.now().timestamp())
        self.request = TimedRequest(self.api)
        self.app = build_application(settings_for(db), self.request, clock=self.clock,
                                     rate_limiter=False)
        self.echo_api = LeanApi()
        self.echo_request = TimedRequest(self.echo_api)
        self.echo = build_echo(self.echo_request) if echo else None
        self.steps: list[Calibrated] = []
        self.notes: list[str] = []
        self._ids = itertools.count(5_000_000)

    async def __aenter__(self) -> Rig:
        await start(self.app)
        if self.echo is not None:
            await self.echo.initialize()
            await self.echo.start()
        self.steps, self.notes = await calibrate_flows(self.app, self.api, next(self._ids))
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.echo is not None:
            await self.echo.stop()
            await self.echo.shutdown()
        await stop(self.app)

    def new_users(self, n: int) -> list[int]:
        return [next(self._ids) for _ in range(n)]

    async def run_bot(self, users: int, deadline: float = 300.0,
                      at_once: int = USERS_AT_ONCE, per_step: dict | None = None,
                      pace: float | None = None) -> RunResult:
        driver = Driver(self.api, feeder(self.app))
        driver.step_latencies = per_step
        cpu0 = self.request.cpu
        res = await driver.run(self.new_users(users), self.steps, deadline=deadline,
                               at_once=at_once, pace=pace)
        res.standin_cpu = self.request.cpu - cpu0
        return res

    async def run_echo(self, users: int, deadline: float = 300.0,
                       pace: float | None = None) -> RunResult:
        assert self.echo is not None
        driver = Driver(self.echo_api, feeder(self.echo))
        cpu0 = self.echo_request.cpu
        res = await driver.run(self.new_users(users), echo_steps(self.steps), deadline=deadline,
                               pace=pace)
        res.standin_cpu = self.echo_request.cpu - cpu0
        return res


async def measure(rig: Rig, reps: int, users: int) -> tuple[RunResult, RunResult, RunResult]:
    """Alternate echo and bot `reps` times after a warm-up of each; totals of all reps.

    Also one user at a time, for the latency of an update with no queue in front of it.
    """
    await rig.run_echo(10)
    await rig.run_bot(10)
    bot_total, echo_total = RunResult(), RunResult()
    for _ in range(reps):
        echo_total = echo_total.merge(await rig.run_echo(users))
        bot_total = bot_total.merge(await rig.run_bot(users))
    alone = await rig.run_bot(3, at_once=1)
    return bot_total, echo_total, alone


async def measure_paced(rig: Rig, users: int) -> tuple[RunResult, RunResult]:
    """The same users at a pace a bot can meet in service: latency without a standing queue."""
    echo = await rig.run_echo(users, pace=PACE)
    bot = await rig.run_bot(users, pace=PACE)
    return bot, echo


def paced_row(bot: RunResult, echo: RunResult) -> dict:
    valid = bot.ok and echo.ok
    return row(f"in-process: p99 latency, users pausing ({PACE:g} upd/s offered)", bot.p(99), "ms",
               baseline=echo.p(99),
               detail=f"{USERS_AT_ONCE} users at once, each pausing 0.5–1.5 × "
                      f"{1000 * USERS_AT_ONCE / PACE:.0f} ms before its next step, so together "
                      f"{PACE:g} updates/s, 10 × the 30 messages/s Telegram lets one bot send; "
                      f"achieved {bot.per_s:.0f}/s (echo {echo.per_s:.0f}/s); p50 "
                      f"{bot.p(50):.1f} ms (echo {echo.p(50):.1f}); information, next to the "
                      "saturated target above" + ("" if valid else
                                                  f"; INVALID: bot {bot.problems()}; echo "
                                                  f"{echo.problems()}"))


def rows_for(bot: RunResult, echo: RunResult, alone: RunResult, steps: int, notes: list[str],
             prefix: str = "in-process") -> list[dict]:
    valid = bot.ok and echo.ok
    broken = "" if valid else f"INVALID: bot {bot.problems()}; echo {echo.problems()}"
    ratio = bot.per_s / echo.per_s if echo.per_s else None
    extra = bot.cpu_ms - echo.cpu_ms
    flow_note = f"{bot.updates} updates, {USERS_AT_ONCE} users at once, {steps} steps each"
    return [
        row(f"{prefix}: updates/s (bot vs echo)", bot.per_s, "upd/s", baseline=echo.per_s,
            ratio=ratio, target=f"ratio ≥ {TARGET_RATIO}",
            met=valid and ratio is not None and ratio >= TARGET_RATIO,
            detail="; ".join([flow_note, *notes, broken]).strip("; ")),
        row(f"{prefix}: CPU per update", bot.cpu_ms, "ms", baseline=echo.cpu_ms,
            target=f"≤ echo + {TARGET_EXTRA_CPU_MS} ms", met=valid and extra <= TARGET_EXTRA_CPU_MS,
            detail=f"{extra:+.2f} ms over echo; of which the Bot API stand-in: bot "
                   f"{bot.standin_ms:.2f} ms, echo {echo.standin_ms:.2f} ms"),
        row(f"{prefix}: p99 latency per update", bot.p(99), "ms", baseline=echo.p(99),
            target=f"≤ {TARGET_P99_MS:g} ms", met=valid and bot.p(99) <= TARGET_P99_MS,
            detail=f"p50 {bot.p(50):.1f} ms (echo {echo.p(50):.1f}); feed → last message of "
                   f"the reply; {USERS_AT_ONCE} users always waiting, so latency ≈ "
                   f"{USERS_AT_ONCE}/throughput; one user alone: p50 {alone.p(50):.1f}, p99 "
                   f"{alone.p(99):.1f} ms"),
    ]


async def _run(quick: bool) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="bench-inproc-") as tmp:
        async with Rig(Path(tmp) / "bot.sqlite3") as rig:
            users = USERS_AT_ONCE if quick else 2 * USERS_AT_ONCE
            bot, echo, alone = await measure(rig, 1 if quick else 3, users)
            paced = await measure_paced(rig, users)
            return rows_for(bot, echo, alone, len(rig.steps), rig.notes) + [paced_row(*paced)]


def run(quick: bool) -> list[dict]:
    return asyncio.run(_run(quick))


def profile(quick: bool) -> str:
    """cProfile of the in-process driver walking 50 users through the real Application."""
    import cProfile

    from bench_common import profile_summary

    async def go() -> str:
        with tempfile.TemporaryDirectory(prefix="bench-profile-") as tmp:
            async with Rig(Path(tmp) / "bot.sqlite3", echo=False) as rig:
                await rig.run_bot(20)
                prof = cProfile.Profile()
                prof.enable()
                res = await rig.run_bot(USERS_AT_ONCE if quick else 2 * USERS_AT_ONCE)
                prof.disable()
                per_step: dict = {}
                timed = await rig.run_bot(USERS_AT_ONCE, per_step=per_step)
                steps = rig.steps
        cpu = profile_summary(prof, note=f"{res.updates} updates; the event loop's thread only "
                                         "(aiosqlite's worker thread is not profiled)")
        return cpu + "\n\n" + latency_by_step(timed, per_step, steps)

    return asyncio.run(go())


def latency_by_step(res: RunResult, per_step: dict, steps: list[Calibrated]) -> str:
    """Where the p99 comes from: the steps whose replies wait longest (without the profiler).

    All 50 users start together and walk the same script, so they reach a heavy step at
    about the same moment: its latency is about 50 × its own cost.
    """
    from bench_common import percentile

    mean_ms = 1000 * USERS_AT_ONCE / res.per_s if res.per_s else float("nan")
    lines = [f"latency by step ({res.updates} updates, {res.per_s:.0f}/s, p50 {res.p(50):.1f} ms, "
             f"p99 {res.p(99):.1f} ms; {USERS_AT_ONCE} users always waiting: by Little's law "
             f"the mean latency is at most {USERS_AT_ONCE}/throughput = {mean_ms:.1f} ms, "
             "the driver's own time being the difference)",
             "   p50 ms   p99 ms  msgs  step"]
    ranked = sorted(per_step.items(), key=lambda kv: -percentile(kv[1], 50))
    for i, values in ranked[:8]:
        step = steps[i]
        lines.append(f"  {1000 * percentile(values, 50):7.1f}  {1000 * percentile(values, 99):7.1f}"
                     f"  {step.replies:4d}  #{i} {step.kind} {step.value[:40]!r}")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    for r in run("--quick" in sys.argv):
        print(r)
