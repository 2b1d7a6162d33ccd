"""A bare python-telegram-bot echo bot: the baseline the HTTP benchmark compares the bot with.

Run as its own process the way the bot is (`TELEGRAM_BOT_TOKEN`, `TELEGRAM_BASE_URL`),
polling; one send_message per update, the same per-user update processor as the bot.
`BENCH_RATE_LIMITER=1` adds PTB's AIORateLimiter with its defaults, as the shipped bot has.
"""

from __future__ import annotations

import logging
import os

from telegram import Update
from telegram.ext import (
    AIORateLimiter,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.telegram.update_processor import PerUserUpdateProcessor


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await context.bot.send_message(update.effective_chat.id, update.effective_message.text or "…")


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await context.bot.send_message(update.effective_chat.id, update.callback_query.data or "…")


def main() -> None:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "WARNING"))
    logging.getLogger("httpx").setLevel(logging.WARNING)
    builder = (ApplicationBuilder().token(os.environ["TELEGRAM_BOT_TOKEN"])
               .concurrent_updates(PerUserUpdateProcessor(256)))
    if os.environ.get("TELEGRAM_BASE_URL"):
        builder = builder.base_url(os.environ["TELEGRAM_BASE_URL"])
    if os.environ.get("BENCH_RATE_LIMITER") == "1":
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
    app = builder.build()
    app.add_handler(MessageHandler(filters.ALL, echo))
    app.add_handler(CallbackQueryHandler(pressed))
    app.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
