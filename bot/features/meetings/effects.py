"""What logging a meeting and its debrief store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.features.nudges.effects import NewNudge


@dataclass(frozen=True)
class SaveMeeting:
    """A meeting of run `inst`, its nudges, and a keep-in-touch reminder reset after it."""

    contact_id: int | None  # an existing contact (checked against the user), else created
    contact_name: str
    starts_at: datetime
    minutes: int
    format: str
    nudges: tuple[NewNudge, ...]
    keep_in_touch_at: datetime
    inst: int | None = None  # the run of the flow; the engine fills it in


@dataclass(frozen=True)
class SaveDebrief:
    meeting_id: int
    notes: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class AddReferrals:
    """Names a contact suggested: each a new contact linked to its referrer."""

    referrer_id: int
    names: tuple[str, ...]
    meeting_id: int | None = None
