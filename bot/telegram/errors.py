"""The error handler: log it, tell the user, tell the admin, keep running."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.engine.ui import esc
from bot.telegram.services import services

log = logging.getLogger(__name__)

SORRY = (
    "Sorry — something went wrong on my side. What you saved before is safe. "
    "Please try again, or /cancel to start over."
)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("update %s failed", update_id, exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(update.effective_chat.id, SORRY)
        except TelegramError:
            log.warning("could not tell chat about the error in update %s", update_id)
    admin = services(context).settings.admin_chat_id
    if admin is not None:
        error = context.error
        text = (f"⚠️ Update {update_id} failed: <code>{esc(type(error).__name__)}: "
                f"{esc(str(error)[:3000])}</code>")
        try:
            await context.bot.send_message(admin, text)
        except TelegramError:
            log.warning("could not report update %s to the admin chat", update_id)
