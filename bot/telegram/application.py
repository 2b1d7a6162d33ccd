"""The python-telegram-bot Application around the features: handlers, storage, sweeper.

`bot.app.build_application` is the one factory everyone calls; this module is the part of
it that speaks PTB.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Sequence
from datetime import UTC

from telegram import BotCommand
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, Defaults
from telegram.request import BaseRequest

from bot.clock import Clock
from bot.config import Settings
from bot.engine.flow import Flow, warm_up
from bot.features.menu import bot_commands
from bot.sessions import Sessions
from bot.storage.db import Database
from bot.telegram.generated import start_models, stop_models
from bot.telegram.handlers import register
from bot.telegram.intake import INTAKE_KEY, Intake, intake_of
from bot.telegram.lanes import PriorityRateLimiter
from bot.telegram.services import KEY, LAST_SWEEP, Services
from bot.telegram.sweeper import Dispatcher
from bot.telegram.transport import transports_for
from bot.telegram.update_processor import PerUserUpdateProcessor

log = logging.getLogger(__name__)

# Used when no token is configured: the console and tests never reach Telegram.
STANDIN_TOKEN = "1:standin-no-network"


def build(settings: Settings, flows: Sequence[Flow], banks: dict, clock: Clock,
          request: BaseRequest | None = None, rate_limiter: bool = True) -> Application:
    """The bot with every handler; storage opens in `post_init`, inside the event loop."""
    builder = (
        ApplicationBuilder()
        .token(settings.token or STANDIN_TOKEN)
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=UTC))
        .concurrent_updates(PerUserUpdateProcessor(256))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if rate_limiter:  # AIORateLimiter's order, with replies ahead of reminders
        builder = builder.rate_limiter(PriorityRateLimiter(max_retries=3))
    transports: tuple[BaseRequest, ...] = ()
    if request is None:  # aiohttp rather than PTB's httpx default: see transport.py
        transports = transports_for(settings)  # proxy, CA bundle, TELEGRAM_TRANSPORT
        builder = builder.request(transports[0]).get_updates_request(transports[1])
    else:
        builder = builder.request(request).get_updates_request(request)
    if settings.base_url:
        builder = builder.base_url(settings.base_url).base_file_url(settings.base_file_url)
    app = builder.build()
    app.bot_data[KEY] = Services(
        settings=settings, clock=clock, flows={f.name: f for f in flows}, banks=banks,
        transports=transports,
    )
    register(app)
    start_models(app)  # the optional model server (bot.llm): nothing when not configured
    return app


async def _post_init(app: Application) -> None:
    s: Services = app.bot_data[KEY]
    s.db = await Database.open(s.settings.database_path)
    s.sessions = Sessions(s.db)
    app.bot_data[INTAKE_KEY] = Intake(app)
    s.dispatcher = Dispatcher(s.db, app.bot, s.clock, on_inactive=s.sessions.forget_cached)
    await s.dispatcher.recover()
    if s.settings.sweep_seconds > 0 and app.job_queue is not None:
        # A sweep delayed by a busy machine runs late rather than being skipped with a
        # "run time … was missed" warning (which also printed into the console).
        app.job_queue.run_repeating(_sweep, interval=s.settings.sweep_seconds, first=1,
                                    name="nudge-sweeper",
                                    job_kwargs={"misfire_grace_time": None, "coalesce": True})
    await app.bot.set_my_commands([BotCommand(c, d) for c, d in bot_commands()])
    log.info("storage ready at %s; command menu registered", s.settings.database_path)
    warm_up(s.flows.values())
    _freeze_startup_objects()


def _freeze_startup_objects() -> None:
    """Banks, matchers, templates and libraries live as long as the process: moved out of the
    garbage collector's sight, a full collection no longer walks them. Before, each one
    paused every user's reply for 60-90 ms (scripts/bench.py, in-process p99)."""
    gc.collect()
    gc.freeze()


async def _sweep(context) -> None:
    sent = await context.application.bot_data[KEY].dispatcher.sweep()
    # For GET /healthz (bot.telegram.webhook); a sweep that sent nothing logs nothing.
    context.application.bot_data[LAST_SWEEP] = context.application.bot_data[KEY].clock.now()
    if sent:
        log.info("reminder sweep: %d sent", sent)


async def _post_shutdown(app: Application) -> None:
    s: Services = app.bot_data[KEY]
    await stop_models(app)
    if s.db is not None:
        if INTAKE_KEY in app.bot_data:
            await intake_of(app).flush()
        await s.db.close()
        s.db = None


async def start(app: Application) -> None:
    """Start the bot for callers that bring updates themselves (polling, webhook, console,
    tests): storage, the sweeper, then what a stop left in the inbox is taken up again."""
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    await app.start()
    await intake_of(app).resume()


async def stop(app: Application) -> None:
    if app.running:
        await app.stop()
    if app.post_shutdown:
        await app.post_shutdown(app)
    await app.shutdown()
