"""`interview-bot run`: long polling, and one clear line when Telegram cannot be reached."""

from __future__ import annotations

import asyncio
import logging
import sys

from telegram.error import InvalidToken, NetworkError

from bot.config import Settings
from bot.logging_setup import redact
from bot.telegram.handlers import ALLOWED_UPDATES
from bot.telegram.services import KEY

log = logging.getLogger("bot")


class _QuietBootstrapFailure(logging.Filter):
    """When start-up cannot reach the Bot API, PTB logs a full traceback and the CLI then
    says in one line what went wrong: below DEBUG the traceback is only noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        if (record.exc_info and record.getMessage().startswith("Network Retry Loop (Bootstrap")
                and not logging.getLogger().isEnabledFor(logging.DEBUG)):
            record.exc_info = record.exc_text = None
        return True


def run_polling(settings: Settings) -> int:
    """Poll Telegram until stopped; a rejected token or an unreachable API is one line."""
    from bot.app import build_application

    logging.getLogger("telegram.ext").addFilter(_QuietBootstrapFailure())
    app = build_application(settings)
    log.info("starting to poll Telegram%s",
             f" via {settings.base_url}" if settings.base_url else "")
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        # Only what handlers.register handles: no inline queries, business or member updates
        # of other chats to fetch and drop.
        app.run_polling(allowed_updates=ALLOWED_UPDATES, close_loop=False)
    except InvalidToken:
        print("interview-bot: Telegram rejected TELEGRAM_BOT_TOKEN; check the token BotFather "
              "gave you (it is not shown here).", file=sys.stderr)
        return 2
    except NetworkError as e:  # PTB's messages can quote the request URL, which holds the token
        print(f"interview-bot: cannot reach the Bot API: {redact(str(e), settings.token)}",
              file=sys.stderr)
        return 1
    finally:
        # PTB shuts its requests down only after a successful start; a failed one leaves
        # aiohttp sessions open (and warning at exit) unless closed on their own loop.
        loop.run_until_complete(asyncio.gather(
            *(t.shutdown() for t in app.bot_data[KEY].transports)))
        loop.close()
    return 0
