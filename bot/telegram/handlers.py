"""Handler registration: which update goes to which script of the conversation."""

from __future__ import annotations

from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.features.menu import COMMANDS, SHELL_COMMANDS
from bot.telegram import router as conv
from bot.telegram.errors import on_error


def register(app: Application) -> None:
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("start", conv.on_start, filters=private))
    app.add_handler(CommandHandler("help", conv.on_help, filters=private))
    app.add_handler(CommandHandler("cancel", conv.on_cancel, filters=private))
    targets = [name for name in COMMANDS if name not in SHELL_COMMANDS]
    app.add_handler(CommandHandler(targets, conv.on_command, filters=private))
    app.add_handler(MessageHandler(private & filters.COMMAND, conv.on_unknown_command))
    app.add_handler(MessageHandler(private & filters.TEXT, conv.on_text))
    app.add_handler(MessageHandler(private & ~filters.StatusUpdate.ALL, conv.on_media))
    app.add_handler(CallbackQueryHandler(conv.on_button))
    app.add_error_handler(on_error)
