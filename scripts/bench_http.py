"""Throughput over real HTTP: the bot as its own process, polling a Bot API stand-in on 127.0.0.1.

Next to it, measured the same way in the same run, a bare PTB echo bot (scripts/echo_bot.py),
also its own process polling its own stand-in server. 50 users at once walk the same flows
as in process; each queues its next update (`api.queue_update`) once the reply arrived.

The shipped `python -m bot run` sends through AIORateLimiter, which holds it to Telegram's
30 messages/s whatever the machine can do. So the comparison with the echo bot runs the same
entry point (`bot.cli.main(["run"])`, settings from the environment) with the limiter off;
`python -m bot run` as shipped is measured separately: the reply rate it achieves under load
as a fraction of Telegram's 30 messages/s.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from email import policy as email_policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from bench_common import (
    BANKS,
    FAKE_TOKEN,
    SCRIPTS,
    USERS_AT_ONCE,
    Calibrated,
    Driver,
    LeanApi,
    RunResult,
    build_application_for_calibration,
    echo_steps,
    proc_cpu,
    row,
)

from bot.telegram.standin.api import FakeBotApi, respond
from bot.telegram.standin.http import _PATH, FakeBotApiServer

TARGET_RATIO = 0.9
TARGET_P99_RATIO = 1.5
TARGET_LIMITED = 0.9
TELEGRAM_RATE = 30.0

# `interview-bot run` exactly, except that build_application gets rate_limiter=False.
NO_LIMITER = """
import os, sys
if os.environ.get("BENCH_PROFILE"):  # --profile: cProfile the bot process, dumped at exit
    import atexit, cProfile
    _profile = cProfile.Profile()
    atexit.register(lambda: (_profile.disable(), _profile.dump_stats(os.environ["BENCH_PROFILE"])))
    _profile.enable()
import bot.app as app
if os.environ.get("BENCH_HTTPX"):  # the reference row: PTB's default transport instead
    from telegram.request import HTTPXRequest
    app.AiohttpRequest = lambda connection_pool_size=256: HTTPXRequest(connection_pool_size)
_build = app.build_application
def build(settings, request=None, **kw):
    kw["rate_limiter"] = False
    return _build(settings, request, **kw)
app.build_application = build
from bot.cli import main
sys.exit(main(["run"]))
"""


class LoadableServer(FakeBotApiServer):
    """FakeBotApiServer with what it lacks under load (each reported as a bug in bot/standin):

    - responses are written as two segments (headers, body) on a socket with Nagle on, so on a
      kept-alive connection every answer waits for the client's delayed ACK: ~40 ms each;
    - the listen backlog is socketserver's 5: 50 users' connections overflow it (resets,
      SYN retries of 1 s);
    - multipart uploads (sendDocument: the meeting's .ics) are not parsed, so the handler
      raises and the bot sees "Server disconnected without sending a response".
    """

    def __init__(self, api: FakeBotApi, token: str | None = None) -> None:
        super().__init__(api, token)
        base = self._httpd.RequestHandlerClass
        outer = self

        class Handler(base):  # type: ignore[valid-type, misc]
            disable_nagle_algorithm = True

            def _serve(self) -> None:
                if "multipart/form-data" not in self.headers.get("Content-Type", ""):
                    super()._serve()
                    return
                m = _PATH.match(urlparse(self.path).path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if not m or (outer.expected_token and m["token"] != outer.expected_token):
                    self._reply(404, b'{"ok":false,"error_code":404,"description":"Not Found"}')
                    return
                code, payload = respond(outer.api, m["method"],
                                        _multipart(self.headers["Content-Type"], body))
                self._reply(code, payload)

        self._httpd.RequestHandlerClass = Handler
        self._httpd.socket.listen(256)


def _multipart(content_type: str, body: bytes) -> dict[str, Any]:
    message = BytesParser(policy=email_policy.default).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    params: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        content = part.get_payload(decode=True) or b""
        if part.get_filename():
            params[name] = (part.get_filename(), content)
        else:
            params[name] = content.decode()
    return params


class PolledBot:
    """A bot process polling its own FakeBotApiServer; always terminated on exit."""

    def __init__(self, name: str, argv: list[str], workdir: Path, env: dict[str, str]) -> None:
        self.name, self.argv, self.workdir = name, argv, workdir
        self.api = LeanApi()
        self.server = LoadableServer(self.api, token=FAKE_TOKEN)
        self.extra_env = env
        self.proc: subprocess.Popen | None = None
        self.log = workdir / f"{name}.log"
        self._serving = False

    async def __aenter__(self) -> PolledBot:
        self.server.start()
        self._serving = True
        ready = threading.Event()
        self.api.on_call = lambda method: ready.set() if method == "getUpdates" else None
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("TELEGRAM_", "BENCH_")) and k not in (
                   "TEMPLATES_DIR", "ADMIN_CHAT_ID", "DATABASE_PATH", "QUESTION_BANKS_DIR")}
        env.update({
            "TELEGRAM_BOT_TOKEN": FAKE_TOKEN,
            "TELEGRAM_BASE_URL": self.server.base_url,
            "DATABASE_PATH": str(self.workdir / f"{self.name}.sqlite3"),
            "QUESTION_BANKS_DIR": str(BANKS),
            "NUDGE_SWEEP_SECONDS": "0",
            "LOG_LEVEL": "WARNING",
            **self.extra_env,
        })
        self.proc = self._launch(env)
        try:
            stop_at = time.monotonic() + 60
            while not ready.is_set():
                if self.proc.poll() is not None:
                    raise RuntimeError(f"{self.name} exited with {self.proc.returncode}: "
                                       f"{self.tail()}")
                if time.monotonic() > stop_at:
                    raise RuntimeError(f"{self.name} did not poll within 60 s: {self.tail()}")
                await asyncio.sleep(0.02)
        except BaseException:
            await self.__aexit__()
            raise
        self.api.on_call = None
        return self

    async def __aexit__(self, *exc: object) -> None:
        """Idempotent: SIGINT (PTB stops cleanly), kill after 20 s; then the server."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                await asyncio.to_thread(self.proc.wait, 20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                await asyncio.to_thread(self.proc.wait, 10)
        if self._serving:
            self._serving = False
            self.server.stop()

    def _launch(self, env: dict[str, str]) -> subprocess.Popen:
        with open(self.log, "w") as out:
            return subprocess.Popen(self.argv, cwd=self.workdir, env=env, stdout=out,
                                    stderr=subprocess.STDOUT)

    def _calls(self) -> int:
        return sum(n for m, n in self.api.counts.items() if m != "getUpdates")

    def tail(self) -> str:
        with contextlib.suppress(OSError):
            return self.log.read_text()[-1500:]
        return ""

    async def walk(self, ids: Iterable[int], steps: list[Calibrated], *,
                   stop_after: float | None = None, deadline: float = 240.0,
                   send_times: bool = False) -> tuple[RunResult, Driver]:
        driver = Driver(self.api, self.api.queue_update, threadsafe=True,
                        keep_send_times=send_times)
        assert self.proc is not None
        c0, calls0 = proc_cpu(self.proc.pid), self._calls()
        res = await driver.run(ids, steps, deadline=deadline, stop_after=stop_after)
        res.cpu = proc_cpu(self.proc.pid) - c0  # the bot process's CPU, not ours
        res.api_calls = self._calls() - calls0
        if self.proc.poll() is not None:
            res.errors.append(f"{self.name} died: {self.tail()}")
        return res, driver


def per_update(res: RunResult) -> float:
    return res.api_calls / max(res.updates, 1)


async def _compare(bot: PolledBot, echo: PolledBot, steps: list[Calibrated], quick: bool,
                   ids: itertools.count, reference: PolledBot) -> list[dict]:
    users = USERS_AT_ONCE
    reps = 1 if quick else 3
    bot_total, echo_total, ref_total = RunResult(), RunResult(), RunResult()
    esteps = echo_steps(steps)
    warm = 1 if quick else 10  # first users pay template compiles, the matcher's build
    await echo.walk([next(ids) for _ in range(warm)], esteps)
    await bot.walk([next(ids) for _ in range(warm)], steps)
    await reference.walk([next(ids) for _ in range(warm)], steps)
    for _ in range(reps):
        res, _ = await echo.walk([next(ids) for _ in range(users)], esteps)
        echo_total = echo_total.merge(res)
        res, _ = await bot.walk([next(ids) for _ in range(users)], steps)
        bot_total = bot_total.merge(res)
        res, _ = await reference.walk([next(ids) for _ in range(users)], steps)
        ref_total = ref_total.merge(res)
    valid = bot_total.ok and echo_total.ok
    broken = "" if valid else (f"INVALID: bot {bot_total.problems()}; "
                               f"echo {echo_total.problems()}")
    ratio = bot_total.per_s / echo_total.per_s if echo_total.per_s else None
    p99, ep99 = bot_total.p(99), echo_total.p(99)
    return [
        row("HTTP: updates/s (bot vs echo, no limiter)", bot_total.per_s, "upd/s",
            baseline=echo_total.per_s, ratio=ratio, target=f"ratio ≥ {TARGET_RATIO}",
            met=valid and ratio is not None and ratio >= TARGET_RATIO,
            detail="; ".join(x for x in (
                f"{bot_total.updates} updates, {users} users at once, {len(steps)} steps each; "
                "each bot its own process polling its own server on 127.0.0.1", broken) if x)),
        row("HTTP: p99 reply latency", p99, "ms", baseline=ep99,
            target=f"ratio ≤ {TARGET_P99_RATIO}", met=valid and p99 <= TARGET_P99_RATIO * ep99,
            detail=f"p50 {bot_total.p(50):.1f} ms (echo {echo_total.p(50):.1f}); queued → last "
                   "message of the reply at the server"),
        row("HTTP: bot process CPU per update", bot_total.cpu_ms, "ms", baseline=echo_total.cpu_ms,
            detail="utime+stime of the polling process, from /proc; Bot API requests per update "
                   f"(besides getUpdates): bot {per_update(bot_total):.2f}, echo "
                   f"{per_update(echo_total):.2f}"),
        row("HTTP: the bot on PTB's default httpx transport (reference)", ref_total.per_s,
            "upd/s", baseline=echo_total.per_s,
            detail=f"the same bot with HTTPXRequest instead of bot/transport.py's aiohttp, as "
                   f"the echo uses; CPU per update {ref_total.cpu_ms:.2f} ms; p99 "
                   f"{ref_total.p(99):.0f} ms" + ("" if ref_total.ok
                                                  else f"; INVALID: {ref_total.problems()}")),
    ]


async def _shipped(bot: PolledBot, steps: list[Calibrated], quick: bool,
                   ids: itertools.count) -> list[dict]:
    """`python -m bot run` as shipped (AIORateLimiter on): the reply rate under load."""
    window = 3.0 if quick else 10.0
    res, driver = await bot.walk((next(ids) for _ in range(10_000)), steps,
                                 stop_after=window, send_times=True)
    times = sorted(driver.send_times or [])
    # AIORateLimiter is a leaky bucket of 30: the first second may burst; measure after it.
    steady = [t for t in times if t >= times[0] + 1.0] if times else []
    rate = (len(steady) - 1) / (steady[-1] - steady[0]) if len(steady) > 2 else 0.0
    overall = len(times) / (times[-1] - times[0]) if len(times) > 2 else 0.0
    fraction = rate / TELEGRAM_RATE
    valid = not (res.timeouts or res.wrong or res.errors)
    return [row("HTTP as shipped (rate limiter on): messages/s", rate, "msg/s",
                baseline=TELEGRAM_RATE, ratio=fraction, target=f"ratio ≥ {TARGET_LIMITED}",
                met=valid and fraction >= TARGET_LIMITED,
                detail=f"`python -m bot run`: {len(times)} messages in {window:g} s, "
                       f"{USERS_AT_ONCE} users; after the first second (the limiter's burst); "
                       f"{overall:.1f} msg/s counting it; p50 reply latency {res.p(50):.0f} ms "
                       "(queueing behind the limit)"
                       + ("" if valid else f"; INVALID: {res.problems()}"))]


async def _run(quick: bool) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="bench-http-") as tmp_name:
        tmp = Path(tmp_name)
        steps, notes = await build_application_for_calibration(tmp / "calibration.sqlite3")
        ids = itertools.count(7_000_000)
        bots = [PolledBot("bot", [sys.executable, "-c", NO_LIMITER], tmp, {}),
                PolledBot("echo", [sys.executable, str(SCRIPTS / "echo_bot.py")], tmp, {}),
                PolledBot("shipped", [sys.executable, "-m", "bot", "run"], tmp, {}),
                PolledBot("bot-httpx", [sys.executable, "-c", NO_LIMITER], tmp,
                          {"BENCH_HTTPX": "1"})]
        try:  # started together (idle, they only long-poll), always stopped together
            await asyncio.gather(*(b.__aenter__() for b in bots))
            rows = await _compare(bots[0], bots[1], steps, quick, ids, bots[3])
            rows += await _shipped(bots[2], steps, quick, ids)
        finally:
            await asyncio.gather(*(b.__aexit__() for b in bots), return_exceptions=True)
        if notes:
            rows[0]["detail"] += "; " + "; ".join(notes)
        return rows


def run(quick: bool) -> list[dict]:
    return asyncio.run(_run(quick))



def profile(quick: bool) -> str:
    """cProfile of the bot process (limiter off) while 50 users walk the flows over HTTP."""
    import pstats

    from bench_common import profile_summary

    async def go() -> str:
        with tempfile.TemporaryDirectory(prefix="bench-http-profile-") as tmp_name:
            tmp = Path(tmp_name)
            steps, _ = await build_application_for_calibration(tmp / "calibration.sqlite3")
            ids = itertools.count(8_000_000)
            dump = tmp / "bot.prof"
            async with PolledBot("bot", [sys.executable, "-c", NO_LIMITER], tmp,
                                 {"BENCH_PROFILE": str(dump)}) as bot:
                res, _ = await bot.walk([next(ids) for _ in range(USERS_AT_ONCE)], steps)
            return profile_summary(pstats.Stats(str(dump)), note=(
                f"the bot process over HTTP, {res.updates} updates (whole process life, "
                "start-up included; coroutine resumptions count as calls)"))

    return asyncio.run(go())


if __name__ == "__main__":
    for r in run("--quick" in sys.argv):
        print(r)
