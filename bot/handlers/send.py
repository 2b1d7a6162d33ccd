"""Sending the core's replies: split under 4096 characters, buttons on the last part."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import BadRequest

from bot.core.ui import Reply, coalesce, split_text


def markup(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.text, callback_data=b.data) for b in row] for row in reply.buttons]
    )


async def send_replies(bot: Bot, chat_id: int, replies: Sequence[Reply],
                       pressed_message_id: int | None = None) -> None:
    """Send in order; a `replace` reply edits the pressed message when it fits in one."""
    for reply in coalesce(list(replies)):
        if reply.replace and pressed_message_id is not None and reply.document is None:
            parts = split_text(reply.text)
            if len(parts) == 1:
                try:
                    await bot.edit_message_text(parts[0], chat_id, pressed_message_id,
                                                reply_markup=markup(reply))
                    continue
                except BadRequest:  # too old to edit, or unchanged: send it instead
                    pass
        if reply.document is not None:
            name, content = reply.document
            await bot.send_document(chat_id, InputFile(content, filename=name),
                                    caption=reply.text or None, reply_markup=markup(reply))
            continue
        parts = split_text(reply.text)
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            await bot.send_message(chat_id, part, reply_markup=markup(reply) if last else None)
