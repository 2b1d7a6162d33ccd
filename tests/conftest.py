from __future__ import annotations

import pytest

from bot.clock import FakeClock
from tests.harness import BotHarness


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def bot(tmp_path, clock):
    async with BotHarness(tmp_path, clock) as harness:
        yield harness
