"""The one write path: what a step commits, and what it refuses to."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.engine.models import Dialogue
from bot.features.practice.effects import SavePractice
from bot.features.practice.store import history
from bot.features.profile.effects import SaveProfile, SaveSettings
from bot.sessions import Sessions, as_stored
from bot.storage.db import Database

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _practice(inst: int | None) -> SavePractice:
    return SavePractice(field="finance", mode="you_ask", score=70, scorecard="{}",
                        started_at=NOW, ended_at=NOW, inst=inst)


async def test_a_runs_record_without_its_run_is_refused_and_nothing_is_stored(tmp_path):
    db = await Database.open(tmp_path / "bot.sqlite3")
    try:
        sessions = Sessions(db)
        user, _ = await sessions.load(5, 5, NOW)
        step = Dialogue("prac", "live", 3, {})
        with pytest.raises(ValueError, match="without its run"):
            await sessions.commit(user, step, [_practice(None)], NOW)
        assert await db.run(history, 5) == []
        await sessions.commit(user, None, [_practice(3)], NOW)
        assert [h["score"] for h in await db.run(history, 5)] == [70]
    finally:
        await db.close()


def test_the_user_a_step_leaves_is_known_without_reading_it_back():
    from bot.engine.models import User

    user = User(5, 5)
    after = as_stored(user, [SaveProfile("Zoë", "Finance", "Asia/Tokyo"),
                             SaveSettings(quiet_start="22:00", keep_in_touch_weeks=12)])
    assert (after.name, after.field, after.tz, after.onboarded) == ("Zoë", "Finance",
                                                                    "Asia/Tokyo", True)
    assert (after.quiet_start, after.quiet_end, after.keep_in_touch_weeks) == ("22:00",
                                                                               "08:00", 12)
