"""What every benchmark module shares: the simulated users, the stand-ins, the echo baseline.

A simulated user walks a script of steps (a text, or a press of the button with a given
label on the last message that had buttons). Each step is sent only after the bot's whole
reply to the previous one arrived: how many messages a step answers with is learnt once,
in a calibration run of one user through the real Application, and checked afterwards.
The same driver feeds the in-process Application (`app.update_queue`) and a bot polling
the Bot API stand-in over HTTP (`api.queue_update`).
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import os
import random
import re
import resource
import sqlite3
import statistics
import time
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, CallbackQueryHandler, MessageHandler
from telegram.ext import filters as tg_filters

from bot.app import STANDIN_TOKEN
from bot.clock import FakeClock
from bot.config import Settings
from bot.telegram.standin.api import ApiError, FakeBotApi, SentMessage, StandinRequest
from bot.telegram.update_processor import PerUserUpdateProcessor

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
BANKS = ROOT / "bot" / "question_banks"
FAKE_TOKEN = "123456:BENCH-fake-token"
USERS_AT_ONCE = 50


# --- the scripts users walk -----------------------------------------------------------------

@dataclass(frozen=True)
class Step:
    kind: str  # "text" | "press"
    value: str  # what is typed, or (part of) the label of the button pressed
    expect: str | None = None  # a text the step's reply must contain (checked in calibration)


def T(text: str, expect: str | None = None) -> Step:  # noqa: N802 - reads as a script
    return Step("text", text, expect)


def P(label: str, expect: str | None = None) -> Step:  # noqa: N802
    return Step("press", label, expect)


ONBOARDING = (
    T("/start", "What should I call you?"),
    T("Sam Rivera", "Which field"),
    T("Marketing", "time zone"),
    T("Europe/Berlin", "What would you like to do?"),
)
# As in tests/test_e2e_outreach.py: a referral, then an email draft with its checks, sent.
OUTREACH = (
    T("/outreach"),
    T("Dana Whitfield"),
    T("UX research lead"),
    T("Harbor Health"),
    P("Someone referred me"),
    T("Maya Chen"),
    T("a high-school chemistry teacher moving into UX research"),
    T("UX research in healthcare"),
    P("How you got into your role"),
    P("Coffee"),
    P("20 min"),
    P("Email", "Checks:"),
    P("I sent it", "Noted"),
)
# As in tests/test_e2e_meetings.py, with a time that is always in the future.
MEETING = (
    T("/meeting"),
    T("Dana Whitfield"),
    T("tomorrow 3pm", "Is this right?"),
    P("Yes"),
    P("Video"),
    P("30 min", "prep reminder"),
)
# Redoing the profile: what an onboarded user does with /start (the memory benchmark's rerun).
REDO_SETUP = (
    T("/start", "Keep this or start over?"),
    P("Redo setup", "What should I call you?"),
    T("Sam R."),
    T("Finance"),
    T("UTC+5:30", "What would you like to do?"),
)
# /practice, as in tests/test_e2e_practice.py: "you ask" with the onboarding's field. Skipped
# (with a note) while `/practice` answers "not built yet", or if the flow no longer fits.
PRACTICE_PROBE = "/practice"
PRACTICE_NOT_BUILT = "not built yet"
PRACTICE_SCRIPT: tuple[Step, ...] = (
    T("/practice", "Which field"),
    P("Marketing"),
    P("You ask the questions"),
    P("20 minutes"),
    T("so how did you end up in marketing in the first place?"),
    T("what does a typical week look like for you?"),
    T("what skills matter most for someone starting out?"),
    T("who else do you think I should talk to?"),
    T("I know you're busy so I'll let you go. Thank you so much for your time!", "Score:"),
)


@dataclass(frozen=True)
class Calibrated:
    """A step and how many messages the bot answers it with."""

    kind: str
    value: str
    replies: int
    expect: str | None = None


# --- the Bot API stand-in, lean ---------------------------------------------------------------

_TAG = re.compile(r"<[^>]*>")


class LeanApi(FakeBotApi):
    """FakeBotApi that keeps nothing (so memory measures the bot) and reports every call.

    It checks the bot's markup the way Telegram does (FakeBotApi's HTML parser) only while
    `strict`, which `calibrate` turns on: every step's reply is checked once there, and the
    timed runs then spend no CPU on Telegram's side of the work (the parser cost 0.06 ms a
    message, charged to the bot since it runs in the bot's process).
    """

    strict = False

    def _render(self, p: dict, key: str = "text") -> tuple[str, str]:
        if self.strict:
            return super()._render(p, key)
        raw = str(p.get(key, ""))
        return raw, html.unescape(_TAG.sub("", raw)) if p.get("parse_mode") == "HTML" else raw

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        super().__init__(clock)
        self.on_call: Callable[[str], None] | None = None
        self.counts: dict[str, int] = {}

    def call(self, method: str, params: dict[str, Any]) -> Any:
        self.counts[method] = self.counts.get(method, 0) + 1
        if self.on_call is not None:
            self.on_call(method)
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            raise ApiError(404, f"Not Found: method {method} is not in this stand-in")
        return handler(params)

    def _store(self, m: SentMessage) -> dict:
        if self.on_send is not None:
            self.on_send(m)
        return self._message_json(m)


class TimedRequest(StandinRequest):
    """StandinRequest that adds up the CPU the stand-in itself spends (in the loop's thread)."""

    def __init__(self, api: FakeBotApi) -> None:
        super().__init__(api)
        self.cpu = 0.0

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        t = time.thread_time()
        try:
            return await super().do_request(*args, **kwargs)
        finally:
            self.cpu += time.thread_time() - t


# --- the simulated users ------------------------------------------------------------------------

@dataclass
class _User:
    need: int = 0
    got: int = 0
    expect: str | None = None
    seen_expect: bool = True
    fut: asyncio.Future | None = None
    last_buttons: SentMessage | None = None


@dataclass
class RunResult:
    updates: int = 0
    wall: float = 0.0
    cpu: float = 0.0
    standin_cpu: float = 0.0
    latencies: array = field(default_factory=lambda: array("d"))
    timeouts: int = 0
    wrong: int = 0  # a step whose reply lacked its expected text
    excess: int = 0  # messages beyond what calibration said
    stray: int = 0  # messages to nobody waiting
    errors: list[str] = field(default_factory=list)
    api_calls: int = 0  # Bot API requests other than getUpdates (where counted)

    @property
    def per_s(self) -> float:
        return self.updates / self.wall if self.wall else 0.0

    @property
    def cpu_ms(self) -> float:
        return 1000 * self.cpu / self.updates if self.updates else 0.0

    @property
    def standin_ms(self) -> float:
        return 1000 * self.standin_cpu / self.updates if self.updates else 0.0

    def p(self, q: float) -> float:
        """Latency percentile in ms."""
        return 1000 * percentile(self.latencies, q)

    @property
    def ok(self) -> bool:
        return not (self.timeouts or self.wrong or self.excess or self.errors)

    def problems(self) -> str:
        bits = [f"{n} {k}" for k, n in (("timeouts", self.timeouts), ("wrong replies", self.wrong),
                                        ("extra messages", self.excess)) if n]
        return ", ".join(bits + self.errors[:3])

    def merge(self, other: RunResult) -> RunResult:
        out = RunResult(self.updates + other.updates, self.wall + other.wall,
                        self.cpu + other.cpu, self.standin_cpu + other.standin_cpu,
                        array("d", self.latencies) + other.latencies,
                        self.timeouts + other.timeouts, self.wrong + other.wrong,
                        self.excess + other.excess, self.stray + other.stray,
                        self.errors + other.errors, self.api_calls + other.api_calls)
        return out


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


class Driver:
    """Simulated users: each sends its next update once the reply to the last one arrived.

    `submit(raw_update_dict)` hands an update to the bot. `on_send` of the api is taken
    over; with `threadsafe` (the HTTP server's threads call it) arrivals hop to the loop.
    """

    def __init__(self, api: FakeBotApi, submit: Callable[[dict], Any], *,
                 threadsafe: bool = False, timeout: float = 15.0,
                 keep_latencies: bool = True, keep_send_times: bool = False) -> None:
        self.api, self.submit = api, submit
        self.threadsafe, self.timeout, self.keep_latencies = threadsafe, timeout, keep_latencies
        self.loop = asyncio.get_running_loop()
        self.users: dict[int, _User] = {}
        self.result = RunResult()
        self.on_update: Callable[[int], None] | None = None  # called after each completed update
        self.send_times: array | None = array("d") if keep_send_times else None
        self.step_latencies: dict[int, array] | None = None  # step index → latencies, if set
        self._stopping = False
        api.on_send = self._on_send

    def _on_send(self, m: SentMessage) -> None:
        t = time.perf_counter()
        if self.threadsafe:
            self.loop.call_soon_threadsafe(self._arrived, m, t)
        else:
            self._arrived(m, t)

    def _arrived(self, m: SentMessage, t: float) -> None:
        if self.send_times is not None:
            self.send_times.append(t)
        u = self.users.get(m.chat_id)
        if u is None:
            self.result.stray += 1
            return
        if m.buttons:
            u.last_buttons = m
        if u.expect is not None and u.expect in m.text:
            u.seen_expect = True
        u.got += 1
        if u.fut is None or u.fut.done():
            self.result.excess += 1
        elif u.got >= u.need:
            u.fut.set_result(t)

    def _update(self, uid: int, step: Calibrated, u: _User, name: str) -> dict:
        if step.kind == "text":
            return self.api.text_update(uid, step.value, name)
        if step.kind == "press":
            if u.last_buttons is None:
                raise LookupError(f"no buttons to press {step.value!r}")
            data = u.last_buttons.button(step.value)["callback_data"]
            return self.api.press_update(uid, u.last_buttons, data, name)
        if step.kind == "rawpress":  # the echo baseline: a press on a synthetic message
            button = {"text": "b", "callback_data": step.value}
            msg = SentMessage(uid, 1, "echo", "echo", [[button]])
            return self.api.press_update(uid, msg, step.value, name)
        raise ValueError(step.kind)

    async def walk(self, uid: int, steps: Sequence[Calibrated], name: str = "Alex",
                   pause: Callable[[], float] | None = None) -> bool:
        """`pause()`, if given, is how long the user reads and types before each next step."""
        u = self.users[uid] = _User()
        res = self.result
        try:
            for i, step in enumerate(steps):
                if self._stopping:
                    return False
                if pause is not None and i:
                    await asyncio.sleep(pause())
                raw = self._update(uid, step, u, name)
                u.got, u.need, u.fut = 0, step.replies, self.loop.create_future()
                u.expect, u.seen_expect = step.expect, step.expect is None
                t0 = time.perf_counter()
                self.submit(raw)
                try:
                    t1 = await asyncio.wait_for(u.fut, self.timeout)
                except TimeoutError:
                    res.timeouts += 1
                    return False
                if not u.seen_expect:
                    res.wrong += 1
                if self.keep_latencies:
                    res.latencies.append(t1 - t0)
                if self.step_latencies is not None:
                    self.step_latencies.setdefault(i, array("d")).append(t1 - t0)
                res.updates += 1
                if self.on_update is not None:
                    self.on_update(res.updates)
            return True
        except (LookupError, KeyError) as e:
            res.errors.append(f"user {uid}: {e}")
            return False
        finally:
            # let a late message of the last step be counted as excess, then forget the user
            u.fut = None
            self.users.pop(uid, None)

    async def run(self, user_ids: Iterable[int], steps: Sequence[Calibrated],
                  at_once: int = USERS_AT_ONCE, deadline: float = 600.0,
                  stop_after: float | None = None,
                  cpu: Callable[[], float] = time.process_time,
                  pace: float | None = None) -> RunResult:
        """Walk every user through `steps`, `at_once` users at a time; timed as a whole.

        `deadline` bounds the run (reaching it is an error); `stop_after` ends it on purpose:
        no user takes another step, those waiting for a reply get it. Without `pace` users
        never pause (the bot is saturated); with it, each pauses between steps for a
        random 0.5–1.5 × at_once/pace seconds and the users start spread over one such
        pause, so together they offer about `pace` updates/s, out of step with each other.
        """
        ids = iter(user_ids)
        self._stopping = False
        rng = random.Random(7)
        mean_pause = at_once / pace if pace else 0.0

        def pause() -> float:
            return mean_pause * rng.uniform(0.5, 1.5)

        async def worker(n: int) -> None:
            if pace:
                await asyncio.sleep(mean_pause * n / at_once)
            for uid in ids:
                if self._stopping:
                    return
                await self.walk(uid, steps, f"U{uid % 1000}", pause if pace else None)

        async def stopper(after: float, planned: bool) -> None:
            await asyncio.sleep(after)
            self._stopping = True
            if not planned:
                self.result.errors.append(f"deadline of {after:g} s reached")

        self.result = RunResult()
        timers = [asyncio.create_task(stopper(deadline, False))]
        if stop_after is not None:
            timers.append(asyncio.create_task(stopper(stop_after, True)))
        c0, t0 = cpu(), time.perf_counter()
        try:
            await asyncio.gather(*(worker(n) for n in range(at_once)))
        finally:
            for timer in timers:
                timer.cancel()
        self.result.wall = time.perf_counter() - t0
        self.result.cpu = cpu() - c0
        return self.result


def echo_steps(steps: Sequence[Calibrated]) -> list[Calibrated]:
    """The same number and kinds of updates, each answered by one message (the echo)."""
    return [Calibrated("text", s.value if s.kind == "text" else "x", 1) if s.kind == "text"
            else Calibrated("rawpress", f"p{i}", 1) for i, s in enumerate(steps)]


# --- calibration: one user, one update at a time, through the real Application -------------

class CalibrationError(RuntimeError):
    pass


async def calibrate(app: Application, api: FakeBotApi, uid: int,
                    steps: Sequence[Step]) -> list[Calibrated]:
    """Feed `steps` to `app` one by one (awaiting each) and count the messages of each reply."""
    seen: list[SentMessage] = []
    previous, strict = api.on_send, getattr(api, "strict", True)
    api.on_send = lambda m: seen.append(m) if m.chat_id == uid else None
    if isinstance(api, LeanApi):
        api.strict = True
    last_buttons: SentMessage | None = None
    out: list[Calibrated] = []
    try:
        for step in steps:
            if step.kind == "text":
                raw = api.text_update(uid, step.value, "Sam")
            else:
                if last_buttons is None:
                    raise CalibrationError(f"no buttons to press {step.value!r}")
                try:
                    data = last_buttons.button(step.value)["callback_data"]
                except KeyError as e:
                    raise CalibrationError(str(e)) from None
                raw = api.press_update(uid, last_buttons, data, "Sam")
            before = len(seen)
            await asyncio.wait_for(app.process_update(Update.de_json(raw, app.bot)), 30)
            got = seen[before:]
            text = "\n".join(m.text for m in got)
            if not got:
                raise CalibrationError(f"no reply to {step.value!r}")
            if "something went wrong" in text:
                raise CalibrationError(f"the bot failed on {step.value!r}: {text[:200]}")
            if step.expect and step.expect not in text:
                raise CalibrationError(f"{step.value!r}: expected {step.expect!r} in reply, got "
                                       f"{text[:300]!r}")
            for m in got:
                if m.buttons:
                    last_buttons = m
            out.append(Calibrated(step.kind, step.value, len(got), step.expect))
    finally:
        api.on_send = previous
        if isinstance(api, LeanApi):
            api.strict = strict
    return out


async def calibrate_flows(app: Application, api: FakeBotApi, uid: int,
                          *, practice: bool = True) -> tuple[list[Calibrated], list[str]]:
    """The whole walk: onboarding, outreach, meeting (and practice once it exists)."""
    notes: list[str] = []
    steps = await calibrate(app, api, uid, ONBOARDING + OUTREACH + MEETING)
    if practice:
        probe = await _probe(app, api, uid, PRACTICE_PROBE)
        if PRACTICE_NOT_BUILT in probe:
            notes.append("practice flow skipped: /practice answers 'not built yet'")
        else:
            try:
                await _probe(app, api, uid, "/cancel")
                steps += await calibrate(app, api, uid, PRACTICE_SCRIPT)
                await _probe(app, api, uid, "/cancel")
            except CalibrationError as e:
                notes.append(f"practice flow skipped: PRACTICE_SCRIPT does not fit it ({e})")
                await _probe(app, api, uid, "/cancel")
    return steps, notes


async def _probe(app: Application, api: FakeBotApi, uid: int, text: str) -> str:
    seen: list[SentMessage] = []
    previous = api.on_send
    api.on_send = lambda m: seen.append(m) if m.chat_id == uid else None
    try:
        update = Update.de_json(api.text_update(uid, text, "Sam"), app.bot)
        await asyncio.wait_for(app.process_update(update), 30)
    finally:
        api.on_send = previous
    return "\n".join(m.text for m in seen)


# --- building what is measured -------------------------------------------------------------------

def settings_for(db: Path, **kw: Any) -> Settings:
    kw.setdefault("sweep_seconds", 0)
    return Settings(database_path=db, question_banks_dir=BANKS, **kw)


def clock_now() -> FakeClock:
    """A fixed clock at this minute: the same dates a bot process on the system clock sees."""
    return FakeClock(datetime.now(UTC).replace(second=0, microsecond=0))


def build_echo(request: StandinRequest | None = None, *, token: str = STANDIN_TOKEN,
               base_url: str | None = None) -> Application:
    """A bare PTB echo bot: the same update processor, one reply per update."""
    async def echo(update: Update, context: Any) -> None:
        await context.bot.send_message(update.effective_chat.id,
                                       update.effective_message.text or "…")

    async def pressed(update: Update, context: Any) -> None:
        await context.bot.send_message(update.effective_chat.id, update.callback_query.data)

    builder = (ApplicationBuilder().token(token)
               .concurrent_updates(PerUserUpdateProcessor(256)))
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    if base_url:
        builder = builder.base_url(base_url)
    app = builder.build()
    app.add_handler(MessageHandler(tg_filters.ALL, echo))
    app.add_handler(CallbackQueryHandler(pressed))
    return app


def feeder(app: Application) -> Callable[[dict], None]:
    """Hand raw updates to a started Application as its updater would: via update_queue."""
    put = app.update_queue.put_nowait
    bot = app.bot
    return lambda raw: put(Update.de_json(raw, bot))


# --- measuring ---------------------------------------------------------------------------------

def rss_kb(pid: int | str = "self") -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def proc_cpu(pid: int) -> float:
    """utime + stime of a process, in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def slope(xs: Sequence[float], ys: Sequence[float]) -> float:
    if len(xs) < 2:
        return float("nan")
    return statistics.linear_regression(xs, ys).slope


def row(name: str, value: float | None, unit: str, *, baseline: float | None = None,
        ratio: float | None = None, target: str = "", met: bool | None = None,
        detail: str = "") -> dict:
    if ratio is None and baseline not in (None, 0) and value is not None:
        ratio = value / baseline
    return {"name": name, "value": value, "unit": unit, "baseline": baseline, "ratio": ratio,
            "target": target, "met": met, "detail": detail}


def db_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


@contextlib.contextmanager
def quiet_logs() -> Any:
    import logging

    root = logging.getLogger()
    old = root.level
    root.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        root.setLevel(old)


async def build_application_for_calibration(db: Path) -> tuple[list[Calibrated], list[str]]:
    """Learn the replies per step from a throw-away in-process bot (for out-of-process runs)."""
    from bot.app import build_application, start, stop

    clock = clock_now()
    api = LeanApi(clock=lambda: clock.now().timestamp())
    app = build_application(settings_for(db), StandinRequest(api), clock=clock,
                            rate_limiter=False)
    await start(app)
    try:
        return await calibrate_flows(app, api, 4_000_000)
    finally:
        await stop(app)


# --- profiles ------------------------------------------------------------------------------------

_SITE = re.compile(r"site-packages/([^/]+)/")


def _area(filename: str, function: str) -> str:
    if "select.epoll" in function or "select.poll" in function:
        return "waiting in epoll (idle loop)"
    for marker, area in (("/telegram/", "python-telegram-bot"), ("/httpx/", "httpx/httpcore"),
                         ("/httpcore/", "httpx/httpcore"), ("/h11/", "httpx/httpcore"),
                         ("/anyio/", "httpx/httpcore"), ("/bot/standin/", "stand-in"),
                         ("/bot/", "bot (this project)"), ("/scripts/", "benchmark driver"),
                         ("importlib", "importlib (imports at run time)"),
                         ("/asyncio/", "asyncio"), ("/html/", "html (stand-in's checks)")):
        if marker in filename:
            return area
    m = _SITE.search(filename)
    if m:
        return m.group(1)
    if filename == "~":
        return "C builtins"
    return "stdlib: " + Path(filename).stem if "/python3" in filename else "other"


def profile_summary(stats: Any, top: int = 15, note: str = "") -> str:
    """cProfile's top entries by cumulative time, then own time grouped by package."""
    import io
    import pstats

    buf = io.StringIO()
    ps = pstats.Stats(stats, stream=buf) if not isinstance(stats, pstats.Stats) else stats
    ps.stream = buf
    ps.sort_stats("cumulative").print_stats(top)
    text = "\n".join(line[:160] for line in buf.getvalue().splitlines()
                     if line.strip() and "Ordered by" not in line and "List reduced" not in line)
    areas: dict[str, float] = {}
    for (filename, _line, fn), (_cc, _nc, tt, _ct, _callers) in ps.stats.items():
        key = _area(filename, fn)
        areas[key] = areas.get(key, 0.0) + tt
    total = sum(areas.values()) or 1.0
    split = ", ".join(f"{k} {100 * v / total:.0f}%"
                      for k, v in sorted(areas.items(), key=lambda kv: -kv[1]) if v / total >= 0.01)
    return "\n".join(x for x in (note, text, f"own time by package: {split}") if x)
