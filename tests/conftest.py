from __future__ import annotations

import pytest

from bot.clock import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def bot(tmp_path, clock):
    # Imported here: a unit test of one module should not need the whole app to import.
    from tests.harness import BotHarness

    async with BotHarness(tmp_path, clock) as harness:
        yield harness
