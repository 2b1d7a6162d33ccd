"""Handler registration: which update goes to which script of the conversation.

The bot acts only in private chats, and only on new messages: an edited message is not an
answer (it would be read as the step asked now), a business or channel message is not the
user talking to the bot. In a group or channel, `/start` gets one line pointing to a private
chat and everything else, button presses included, is left alone.
"""

from __future__ import annotations

from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.features.menu import COMMANDS, SHELL_COMMANDS
from bot.telegram import gate
from bot.telegram import router as conv
from bot.telegram.errors import on_error

# What `getUpdates` asks Telegram for: exactly the kinds registered below.
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member",
                   "channel_post"]


def register(app: Application) -> None:
    gate.register(app)  # access control and the per-update log line, around the rest
    # A private message always has a sender on Telegram; one without (forged, or a shape
    # Telegram adds later) is left alone rather than failing on the missing user (fuzzing).
    private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE & filters.USER
    elsewhere = (filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST) & ~(
        filters.ChatType.PRIVATE)
    app.add_handler(CommandHandler("start", conv.on_start, filters=private))
    app.add_handler(CommandHandler("start", conv.on_start_elsewhere, filters=elsewhere))
    app.add_handler(CommandHandler("help", conv.on_help, filters=private))
    app.add_handler(CommandHandler("cancel", conv.on_cancel, filters=private))
    targets = [name for name in COMMANDS if name not in SHELL_COMMANDS]
    app.add_handler(CommandHandler(targets, conv.on_command, filters=private))
    app.add_handler(MessageHandler(private & filters.COMMAND, conv.on_unknown_command))
    app.add_handler(MessageHandler(private & filters.TEXT, conv.on_text))
    app.add_handler(MessageHandler(private & ~filters.StatusUpdate.ALL, conv.on_media))
    app.add_handler(MessageHandler(
        filters.ChatType.PRIVATE & filters.UpdateType.EDITED_MESSAGE, conv.on_edited))
    app.add_handler(CallbackQueryHandler(conv.on_button))
    app.add_handler(ChatMemberHandler(conv.on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_error_handler(on_error)
