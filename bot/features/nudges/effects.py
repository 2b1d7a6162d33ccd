"""A reminder to store, as outreach and meetings plan them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class NewNudge:
    kind: str
    due_at: datetime  # UTC
    payload: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ActOnNudges:
    """A reminder's button was pressed: what changes for its rows and their contacts."""

    batch: tuple  # the NudgeRows pressed (checked to be the user's)
    result: object  # a bot.features.nudges.kinds.ActionResult
