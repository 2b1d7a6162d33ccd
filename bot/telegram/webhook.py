"""`interview-bot run --webhook`: Telegram posts updates to us instead of being polled.

Served by aiohttp's web server (aiohttp is already the Bot API transport) rather than PTB's
`run_webhook`, because PTB answers 200 as soon as an update is queued in memory — a crash
then loses it — whereas here the handler answers only after `bot.telegram.intake.accept`
has written the update to the inbox. A 5xx makes Telegram deliver it again.

- POST <path of WEBHOOK_URL>: refused with 403, before the body is read, unless the
  `X-Telegram-Bot-Api-Secret-Token` header equals WEBHOOK_SECRET (compared in constant
  time); nothing is stored or answered for a refused request.
- GET /healthz: 200 with the database reachable and the last successful reminder sweep,
  503 when the database does not answer within two seconds.

The listener is plain HTTP on WEBHOOK_LISTEN:WEBHOOK_PORT (127.0.0.1:8080 by default): TLS
is the reverse proxy's job (README: nginx). Stopping (SIGTERM/SIGINT) refuses new updates
with 503, lets those in flight finish, and exits within STOP_SECONDS; the webhook stays set,
so Telegram keeps what arrives meanwhile and delivers it after the restart.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
import sys
import time
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application

from bot.config import Settings
from bot.logging_setup import redact
from bot.telegram.application import start
from bot.telegram.handlers import ALLOWED_UPDATES
from bot.telegram.intake import Closed, accept
from bot.telegram.lanes import PriorityRateLimiter
from bot.telegram.polling import REJECTED
from bot.telegram.services import KEY, LAST_SWEEP, Services
from bot.telegram.stopping import STOP_SECONDS, run_on_own_loop, wind_down

log = logging.getLogger("bot")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1 << 20  # an update is a few KB; Telegram's largest are far below this


def path_of(url: str) -> str:
    return urlsplit(url).path or "/"


def make_web_app(app: Application, settings: Settings) -> web.Application:
    """The HTTP side alone (tests serve it on 127.0.0.1 without Telegram)."""
    secret = (settings.webhook_secret or "").encode()
    if not secret:
        raise ValueError("a webhook needs WEBHOOK_SECRET")

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, secret):
            log.warning("webhook: refused a request without the secret from %s",
                        request.remote)
            return web.Response(status=403, text="forbidden")
        try:
            update = json.loads(await request.read())
        except (ValueError, web.HTTPRequestEntityTooLarge):
            return web.Response(status=400, text="not an update")
        if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
            return web.Response(status=400, text="not an update")
        try:
            await accept(app, update)  # durable in the inbox when this returns
        except Closed:
            return web.Response(status=503, text="stopping")
        except Exception:  # not stored: Telegram must deliver it again
            log.exception("webhook: update %s could not be stored", update["update_id"])
            return web.Response(status=500, text="not stored")
        return web.Response(text="ok")

    async def health(request: web.Request) -> web.Response:
        body: dict[str, Any] = {"database": "unreachable",
                                "last_sweep": _iso(app.bot_data.get(LAST_SWEEP))}
        s: Services = app.bot_data[KEY]
        try:
            async with asyncio.timeout(2):
                await s.db.run(_ping)
            body["database"] = "ok"
        except Exception:  # closed, locked, or gone: the check says so, it never raises
            return web.json_response(body, status=503)
        return web.json_response(body)

    web_app = web.Application(client_max_size=MAX_BODY)
    web_app.router.add_post(path_of(settings.webhook_url or "/"), receive)
    web_app.router.add_get("/healthz", health)
    return web_app


def _ping(conn) -> None:
    conn.execute("SELECT 1").fetchone()


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment is not None else None


def run_webhook(settings: Settings) -> int:
    from bot.app import build_application

    app = build_application(settings)
    return run_on_own_loop(app, _Runner(app, settings).run)


class _Runner:
    def __init__(self, app: Application, settings: Settings) -> None:
        self.app, self.settings = app, settings
        self._stop = asyncio.Event()
        self.failure: tuple[str, int] | None = None

    def _on_rejected(self, e: BaseException) -> None:
        """A send got 401 while running (the token was revoked): stop, exit 2, one line."""
        if self.failure is None:
            self.failure = (REJECTED + " It stopped working while the bot ran (revoked?).", 2)
        self._stop.set()

    def _fail(self, message: str, code: int) -> int:
        print(f"interview-bot: {redact(message, self.settings.secrets())}", file=sys.stderr)
        return code

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self._stop.set)
        s = self.settings
        try:
            await start(self.app)
        except InvalidToken:
            return self._fail(REJECTED, 2)
        except NetworkError as e:
            return self._fail(f"cannot reach the Bot API: {e}", 1)
        runner = web.AppRunner(make_web_app(self.app, s), access_log=None)
        await runner.setup()
        try:
            await web.TCPSite(runner, s.webhook_listen, s.webhook_port).start()
            await self.app.bot.set_webhook(
                s.webhook_url, secret_token=s.webhook_secret, allowed_updates=ALLOWED_UPDATES)
        except OSError as e:
            await self._shutdown(runner)
            return self._fail(f"cannot listen on {s.webhook_listen}:{s.webhook_port} "
                              f"({e.strerror}); choose another WEBHOOK_PORT or stop what "
                              "uses it", 1)
        except TelegramError as e:
            await self._shutdown(runner)
            return self._fail(f"Telegram refused the webhook {s.webhook_url}: {e.message}; "
                              "it must be a public https:// address that reaches this "
                              "port (README: nginx)", 1)
        limiter = self.app.bot.rate_limiter
        if isinstance(limiter, PriorityRateLimiter):  # as polling: a revoked token ends the bot
            limiter.on_fatal = self._on_rejected
        log.info("webhook ready: Telegram posts to %s; listening on %s:%d", s.webhook_url,
                 s.webhook_listen, s.webhook_port)
        await self._stop.wait()
        began = time.monotonic()
        await self._shutdown(runner)
        log.info("stopped in %.2f s", time.monotonic() - began)
        return self._fail(*self.failure) if self.failure is not None else 0

    async def _shutdown(self, runner: web.AppRunner) -> None:
        """New updates get 503 (Telegram retries), in-flight ones finish, then stop."""
        await wind_down(self.app, time.monotonic() + STOP_SECONDS, runner.cleanup)
