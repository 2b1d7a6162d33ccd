"""The model server as the bot uses it: a daily cap, a bound, and the bank as the fallback.

`Models.write` returns the model's checked words for a `Generate` request, or None, and
None always means the same thing to the caller: the bank persona's words stand. A timeout,
an HTTP error, malformed JSON, an empty or unusable reply each log one WARNING line naming
the reason — never the prompt, the reply or the key — and the user sees no error.

A slow server must not slow anyone else: each request waits on its own user's turn only
(the update processor runs other users meanwhile), at most LLM_TIMEOUT, and at most
MAX_IN_FLIGHT requests wait at once, so they never hold more than that many of the update
processor's slots; a request beyond the bound gets the bank's words at once.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.engine.ui import Generate
from bot.llm.prompts import MAX_TOKENS, build_messages, check

log = logging.getLogger(__name__)

MAX_IN_FLIGHT = 16  # of the update processor's 256 slots
TRANSCRIBE_TIMEOUT = 30.0  # seconds at least: a two-minute note takes a while on a CPU
MAX_TRACKED = 50_000  # users whose count of the day is kept before old days are dropped


@dataclass(frozen=True)
class Heard:
    """A voice note's words, or why there are none: "cap", "failed" or "empty"."""

    text: str | None
    problem: str = ""


def _why(error: BaseException) -> str:
    """A failure named without its message: an HTTP error's text may quote the request."""
    status = getattr(error, "status_code", None)
    name = type(error).__name__
    return f"{name} {status}" if status else name


class Models:
    """The configured chat model and transcription model, shared by every user."""

    def __init__(self, settings: Any, make_client: Callable[..., Any] | None = None) -> None:
        if make_client is None:
            from bot.llm.client import ModelClient as make_client
        self.settings = settings
        self.timeout = float(settings.llm_timeout)
        self.cap = int(settings.llm_daily_cap)
        self._chat = (make_client(settings.llm_base_url, settings.llm_api_key, self.timeout)
                      if settings.llm_on else None)
        self._ears = None
        if settings.transcribe_on:
            same = (self._chat is not None and settings.transcribe_base_url ==
                    settings.llm_base_url and settings.transcribe_api_key ==
                    settings.llm_api_key)
            self._ears = self._chat if same else make_client(
                settings.transcribe_base_url, settings.transcribe_api_key,
                max(self.timeout, TRANSCRIBE_TIMEOUT))
        self._used: dict[int, tuple[str, int]] = {}  # user → (their day, requests)
        self._in_flight = 0
        self.seconds_waited = 0.0  # total time spent waiting on the server (benchmarks)

    @property
    def writes(self) -> bool:
        return self._chat is not None

    @property
    def hears(self) -> bool:
        return self._ears is not None

    def _take(self, user_id: int, day: str) -> bool:
        """Count one request against the user's cap of the day; False when it is used up."""
        seen_day, n = self._used.get(user_id, (day, 0))
        if seen_day != day:
            n = 0
        if self.cap and n >= self.cap:
            if n == self.cap:  # said once a day, not on every message after
                log.info("user %s reached today's cap of %d model requests", user_id, self.cap)
                self._used[user_id] = (day, n + 1)
            return False
        if len(self._used) >= MAX_TRACKED and user_id not in self._used:
            self._used = {u: v for u, v in self._used.items() if v[0] == day}
        self._used[user_id] = (day, n + 1)
        return True

    async def write(self, user_id: int, day: str, g: Generate) -> str | None:
        """The model's words for `g`, checked; None: the fallback (the bank's) stands."""
        if self._chat is None or not self._take(user_id, day):
            return None
        if self._in_flight >= MAX_IN_FLIGHT:
            log.warning("model reply not asked for (%d requests already waiting): the "
                        "bank's words were sent", self._in_flight)
            return None
        self._in_flight += 1
        started = time.perf_counter()
        text: str | None = None
        try:
            async with asyncio.timeout(self.timeout):
                said = await self._chat.chat(self.settings.llm_model, build_messages(g),
                                             MAX_TOKENS.get(g.kind, 320))
            text, why = check(g, said.text, said.cut_off)
        except TimeoutError:
            why = f"no answer within {self.timeout:g} s"
        except Exception as e:  # noqa: BLE001 - any failure means the bank's words
            why = _why(e)
        finally:
            self._in_flight -= 1
            self.seconds_waited += time.perf_counter() - started
        if text is None:
            log.warning("model %s not used (%s): the bank's words were sent", g.kind, why)
        return text

    async def hear(self, user_id: int, day: str, audio: bytes, filename: str) -> Heard:
        """A voice note's words through /v1/audio/transcriptions."""
        if self._ears is None:
            return Heard(None, "failed")
        if not self._take(user_id, day):
            return Heard(None, "cap")
        try:
            async with asyncio.timeout(max(self.timeout, TRANSCRIBE_TIMEOUT)):
                text = await self._ears.transcribe(self.settings.transcribe_model, audio,
                                                   filename)
        except TimeoutError:
            log.warning("voice note not transcribed (no answer in time)")
            return Heard(None, "failed")
        except Exception as e:  # noqa: BLE001 - the user is asked to type instead
            log.warning("voice note not transcribed (%s)", _why(e))
            return Heard(None, "failed")
        text = " ".join((text or "").split())
        return Heard(text, "") if text else Heard(None, "empty")

    async def close(self) -> None:
        for client in {id(c): c for c in (self._chat, self._ears) if c is not None}.values():
            await client.close()
