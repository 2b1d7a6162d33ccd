"""How a running bot winds down, polling or webhook: one sequence, so both fit a supervisor.

No new updates or reminders are taken; what is in flight gets until the deadline; what was
not reached stays pending in the inbox and the reminder table for the next start.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

from telegram.ext import Application

from bot.telegram.application import stop
from bot.telegram.intake import intake_of
from bot.telegram.services import KEY, Services

log = logging.getLogger(__name__)

STOP_SECONDS = 4.0  # from SIGTERM to exit: inside Docker's 10 s and the 5 s


async def wind_down(app: Application, deadline: float,
                    close_source: Callable[[], Awaitable[object]]) -> None:
    """Close the intake and the sweeper, then the source of updates (`close_source`: the
    poller or the web server), let in-flight work finish, and stop the Application."""
    s: Services = app.bot_data[KEY]
    intake = intake_of(app)
    intake.close()
    if s.dispatcher is not None:
        s.dispatcher.stop()
    await close_source()
    left = await intake.drain(max(deadline - time.monotonic() - 0.5, 0.1))
    if s.dispatcher is not None:
        await s.dispatcher.drain(max(deadline - time.monotonic() - 0.5, 0.1))
    if left:
        log.warning("%d updates were cut short by the stop; they are taken up at the "
                    "next start", left)
    try:
        await asyncio.wait_for(stop(app), max(deadline - time.monotonic(), 0.5))
    except TimeoutError:
        log.warning("the application did not stop in time; exiting anyway")


def run_on_own_loop(app: Application, run: Callable[[], Awaitable[int]]) -> int:
    """Run one bot (polling or webhook) on a loop of its own; returns its exit code. PTB
    shuts its requests down only after a successful start, so a failed one would leave
    aiohttp sessions open (and warning at exit) unless closed here, on their own loop."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(run())
    finally:
        loop.run_until_complete(asyncio.gather(
            *(t.shutdown() for t in app.bot_data[KEY].transports), return_exceptions=True))
        loop.close()
