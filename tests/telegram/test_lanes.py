"""The rate limiter's two lanes: replies take the next token before waiting reminders."""

from __future__ import annotations

import asyncio

import pytest
from telegram.error import InvalidToken

from bot.telegram.lanes import Held, PriorityRateLimiter, background


class Clock:
    """The limiter's monotonic clock, moved by hand: no test waits for real tokens."""

    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


async def request(limiter: PriorityRateLimiter, log: list[str], name: str, chat_id: int = 1,
                  lane_background: bool = False) -> None:
    async def callback(*args, **kwargs):
        log.append(name)
        return True

    async def go():
        return await limiter.process_request(callback, (), {}, "sendMessage",
                                             {"chat_id": chat_id}, None)

    if lane_background:
        with background():
            await go()
    else:
        await go()


async def test_a_reply_goes_before_reminders_already_waiting_and_reminders_use_the_rest():
    clock = Clock()
    limiter = PriorityRateLimiter(rate=1000, reserve=3, clock=clock)  # burst 1000, 1 per ms
    log: list[str] = []
    first = [asyncio.create_task(request(limiter, log, f"r{i}", lane_background=True))
             for i in range(1000)]
    for _ in range(5):
        await asyncio.sleep(0)
    assert len(log) == 997  # reminders leave 3 tokens in reserve...
    reply = asyncio.create_task(request(limiter, log, "reply"))
    await asyncio.sleep(0)
    assert log[-1] == "reply"  # ...so a reply arriving now goes at once, ahead of them
    for _ in range(30):  # tokens refill one at a time; the waiting reminders use them
        clock.t += 0.001
        await asyncio.sleep(0.002)
    await asyncio.gather(reply, *first)
    assert log[:997] == [f"r{i}" for i in range(997)] and log[998:] == [
        f"r{i}" for i in range(997, 1000)]
    assert limiter.granted == [1, 1000]


async def test_when_both_wait_the_reply_gets_the_next_token():
    clock = Clock()
    limiter = PriorityRateLimiter(rate=10, reserve=0, clock=clock)
    log: list[str] = []
    await asyncio.gather(*(request(limiter, log, f"r{i}", lane_background=True)
                           for i in range(10)))
    waiting = [asyncio.create_task(request(limiter, log, f"late{i}", lane_background=True))
               for i in range(3)]
    await asyncio.sleep(0)
    reply = asyncio.create_task(request(limiter, log, "reply"))
    for _ in range(60):
        clock.t += 0.05
        await asyncio.sleep(0.002)
    await asyncio.gather(reply, *waiting)
    assert log[10:] == ["reply", "late0", "late1", "late2"]


async def test_a_stop_releases_waiting_reminders_unsent_and_refuses_new_ones():
    clock = Clock()
    limiter = PriorityRateLimiter(rate=2, reserve=0, clock=clock)
    log: list[str] = []
    await asyncio.gather(*(request(limiter, log, f"r{i}", lane_background=True)
                           for i in range(2)))
    waiting = asyncio.create_task(request(limiter, log, "late", lane_background=True))
    await asyncio.sleep(0)
    limiter.hold_background()
    with pytest.raises(Held):
        await waiting
    with pytest.raises(Held):
        await request(limiter, log, "after", lane_background=True)
    clock.t += 1
    await request(limiter, log, "reply")  # replies still go out during the stop
    assert log == ["r0", "r1", "reply"]
    await limiter.shutdown()


async def test_a_rejected_token_is_reported_as_fatal():
    limiter = PriorityRateLimiter()
    seen: list[BaseException] = []
    limiter.on_fatal = seen.append

    async def revoked(*args, **kwargs):
        raise InvalidToken("Unauthorized")

    with pytest.raises(InvalidToken):
        await limiter.process_request(revoked, (), {}, "sendMessage", {"chat_id": 5}, None)
    assert len(seen) == 1
