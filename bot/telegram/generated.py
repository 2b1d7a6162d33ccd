"""The shell's side of the optional model server (bot.llm): asked before a step commits.

A flow marks a reply it would like the model to write (`Reply.generate`); `resolve` asks
the model, checks its words and puts them in place of the bank's, in the replies and the
dialogue, and only then does the router commit the step and send: what the user sees is
what later turns remember. Voice notes are fetched from Telegram and transcribed here too.
Without LLM_* or TRANSCRIBE_* settings nothing is built (`models_of` is None) and neither
function is reached.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import warnings
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from telegram import Voice
from telegram.constants import ChatAction
from telegram.error import TelegramError

from bot.engine.flow import Outcome
from bot.engine.models import Turn
from bot.engine.timezones import zone
from bot.engine.ui import Reply
from bot.llm import speech
from bot.llm.fill import fill, requests
from bot.telegram.services import KEY as SERVICES

log = logging.getLogger(__name__)

KEY = "llm"  # app.bot_data[KEY]: the bot.llm.service.Models, when configured
TYPING_AFTER = 0.8  # seconds: a model slower than this shows "typing…" meanwhile


def models_of(context: Any) -> Any:
    return context.application.bot_data.get(KEY)


def heard_reply(words: str) -> Reply:
    return Reply(speech.heard(words))


def start_models(app: Any) -> None:
    """Build the model clients when LLM_* or TRANSCRIBE_* is set (this imports `openai`)."""
    settings = app.bot_data[SERVICES].settings
    if settings.llm_on or settings.transcribe_on:
        from bot.llm.service import Models

        app.bot_data[KEY] = Models(settings)
        host = urlsplit(settings.llm_base_url or settings.transcribe_base_url).hostname
        log.info("model server at %s: generated persona %s, voice notes %s", host,
                 "on" if settings.llm_on else "off", "on" if settings.transcribe_on else "off")


async def stop_models(app: Any) -> None:
    models = app.bot_data.pop(KEY, None)
    if models is not None:
        await models.close()


def day_of(turn: Turn) -> str:
    """The user's own date: the daily cap turns over at their midnight."""
    try:
        return turn.now.astimezone(zone(turn.user.tz)).date().isoformat()
    except Exception:  # noqa: BLE001 - an unknown zone counts in UTC
        return turn.now.date().isoformat()


async def resolve(context: Any, turn: Turn, outcome: Outcome) -> Outcome:
    """The outcome with the model's words where it asked for them (else unchanged)."""
    models = models_of(context)
    if models is None or not models.writes:
        return outcome
    wanted = requests(outcome)
    if not wanted:
        return outcome
    typing = asyncio.create_task(_typing(context, turn.user.chat_id))
    try:
        for g in wanted:
            text = await models.write(turn.user.id, day_of(turn), g)
            if text:
                outcome = fill(outcome, g, text)
    finally:
        typing.cancel()
    return outcome


async def _typing(context: Any, chat_id: int) -> None:
    """'typing…' in the chat while a slow model thinks; nothing if it answers at once."""
    await asyncio.sleep(TYPING_AFTER)
    with contextlib.suppress(TelegramError):
        await context.bot.send_chat_action(chat_id, ChatAction.TYPING)


def _seconds(voice: Voice) -> float | None:
    with warnings.catch_warnings():  # PTB 22 warns on reading durations as ints
        warnings.simplefilter("ignore")
        value = voice.duration
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(value) if value is not None else None


async def listen(context: Any, turn: Turn, voice: Voice) -> tuple[str | None, float | None,
                                                                  Reply | None]:
    """(the note's words, its seconds, None) or (None, None, what to tell the user)."""
    models = models_of(context)
    if models is None or not models.hears:
        return None, None, Reply(speech.VOICE_OFF)
    seconds = _seconds(voice)
    problem = speech.too_big(seconds, voice.file_size)
    if problem:
        return None, None, Reply(problem)
    try:
        file = await context.bot.get_file(voice.file_id)
        problem = speech.too_big(None, file.file_size)
        if problem:
            return None, None, Reply(problem)
        audio = bytes(await file.download_as_bytearray())
    except TelegramError as e:
        log.warning("voice note not downloaded (%s)", type(e).__name__)
        return None, None, Reply(speech.NOT_HEARD)
    if len(audio) > speech.MAX_BYTES:
        return None, None, Reply(speech.too_big(None, len(audio)) or speech.NOT_HEARD)
    heard = await models.hear(turn.user.id, day_of(turn), audio, "voice.ogg")
    if heard.text is None:
        return None, None, Reply(speech.CAPPED if heard.problem == "cap" else speech.NOT_HEARD)
    return heard.text, seconds, None
