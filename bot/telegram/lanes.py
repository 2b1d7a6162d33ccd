"""Telegram's 30 messages a second, shared by two lanes: replies first, reminders after.

PTB's AIORateLimiter serves requests in arrival order, so a reply to a user waited behind
every reminder the sweeper had queued (0.67 s → 2.8 s while 1,000 reminders went out).
Here the bot's requests take tokens from one bucket refilled at 30 a second (with a burst
of 30, like AIORateLimiter), and whenever requests wait, a reply gets the next token
before any reminder does. Reminders also leave RESERVE tokens in the bucket, so a reply
arriving mid-drain goes out at once instead of waiting for the next refill; they still
use every other token, so a backlog drains at the full rate.

A request is a reminder when sent inside `background()` (the sweeper does that); anything
else is interactive. At a stop, `hold_background()` turns reminders still waiting for a
token (and any later one) into `Held`: not sent, so the sweeper puts them back as pending.
Group chats keep Telegram's 20 a minute per group, and RetryAfter is waited out and
retried, as with AIORateLimiter. A rejected token (401) calls `on_fatal`: a bot that can
no longer send should stop, not run on answering nobody.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Callable, Coroutine, Iterator
from contextvars import ContextVar
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import InvalidToken, RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

RESERVE = 3  # tokens reminders leave for replies: a reply of up to 3 messages never waits
_BACKGROUND: ContextVar[bool] = ContextVar("background_lane", default=False)


@contextlib.contextmanager
def background() -> Iterator[None]:
    """Requests made inside (and in tasks started inside) go in the reminder lane."""
    token = _BACKGROUND.set(True)
    try:
        yield
    finally:
        _BACKGROUND.reset(token)


class Held(Exception):
    """The bot is stopping: this reminder was not sent (it goes back to pending)."""


class PriorityRateLimiter(BaseRateLimiter[int]):
    def __init__(self, rate: float = 30.0, *, group_rate: float = 20, group_period: float = 60,
                 max_retries: int = 3, reserve: int = RESERVE,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate, self.burst, self.reserve = rate, rate, reserve
        self.max_retries = max_retries
        self.on_fatal: Callable[[BaseException], None] | None = None
        self._clock = clock
        self._tokens, self._stamp = self.burst, clock()
        self._lanes: tuple[deque[asyncio.Future], deque[asyncio.Future]] = (deque(), deque())
        self._pump: asyncio.Task | None = None
        self._held = False
        self._group_rate, self._group_period = group_rate, group_period
        self._groups: dict[int | str, AsyncLimiter] = {}
        self._resume = asyncio.Event()
        self._resume.set()
        self.granted = [0, 0]  # tokens given to (interactive, background): for benchmarks

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        if self._pump is not None:
            self._pump.cancel()

    def hold_background(self) -> None:
        """Stop: waiting reminders are released unsent (`Held`), later ones refused."""
        self._held = True
        for future in self._lanes[1]:
            if not future.done():
                future.set_exception(Held())
        self._lanes[1].clear()

    # --- the bucket ---------------------------------------------------------------------
    def _need(self, lane: int) -> float:
        return 1 + (self.reserve if lane else 0)

    def _take(self, lane: int) -> bool:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now
        if self._tokens >= self._need(lane):
            self._tokens -= 1
            return True
        return False

    async def _turn(self, lane: int) -> None:
        if lane and self._held:
            raise Held()
        ahead = self._lanes[0] if lane == 0 else (self._lanes[0] or self._lanes[1])
        if not ahead and self._take(lane):  # a reply passes waiting reminders
            self.granted[lane] += 1
            return
        future = asyncio.get_running_loop().create_future()
        self._lanes[lane].append(future)
        if self._pump is None or self._pump.done():
            self._pump = asyncio.create_task(self._serve(), name="rate-limiter")
        await future

    async def _serve(self) -> None:
        """Hand out tokens as they refill: the interactive lane first."""
        while True:
            for q in self._lanes:
                while q and q[0].done():  # its caller was cancelled, or held
                    q.popleft()
            if not (self._lanes[0] or self._lanes[1]):
                return
            lane = 0 if self._lanes[0] else 1
            if self._take(lane):
                self._lanes[lane].popleft().set_result(None)
                self.granted[lane] += 1
                continue
            await asyncio.sleep(max(self._need(lane) - self._tokens, 0.01) / self.rate)

    # --- BaseRateLimiter ------------------------------------------------------------------
    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict | list[dict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict | list[dict]:
        retries = rate_limit_args or self.max_retries
        chat_id = data.get("chat_id")
        with contextlib.suppress(ValueError, TypeError):
            chat_id = int(chat_id)  # type: ignore[arg-type]
        group = chat_id if (isinstance(chat_id, int) and chat_id < 0) or isinstance(
            chat_id, str) else None
        lane = 1 if _BACKGROUND.get() else 0
        for attempt in range(retries + 1):
            try:
                return await self._request(chat_id is not None, group, lane, callback, args,
                                           kwargs)
            except RetryAfter as e:
                if attempt == retries:
                    raise
                wait = e.retry_after if isinstance(e.retry_after, (int, float)) \
                    else e.retry_after.total_seconds()
                log.info("rate limit hit on %s; retrying after %.1f s", endpoint, wait)
                self._resume.clear()
                try:
                    await asyncio.sleep(wait + 0.1)
                finally:
                    self._resume.set()
            except InvalidToken as e:
                if self.on_fatal is not None:
                    self.on_fatal(e)
                raise
        raise AssertionError("unreachable")  # pragma: no cover

    async def _request(self, chat: bool, group: int | str | None, lane: int,
                       callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
                       kwargs: dict[str, Any]) -> Any:
        if group is not None and self._group_rate:
            limiter = self._groups.get(group)
            if limiter is None:
                if len(self._groups) > 512:
                    self._groups.clear()
                limiter = self._groups[group] = AsyncLimiter(self._group_rate,
                                                             self._group_period)
            await limiter.acquire()
        if chat:
            await self._turn(lane)
        await self._resume.wait()
        return await callback(*args, **kwargs)
