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
    """The debrief's notes; a meeting logged after it happened is found by its run (`inst`
    of the /meeting flow), since the debrief opens before its row exists."""

    meeting_id: int | None
    notes: tuple[tuple[str, str], ...]
    meeting_inst: int | None = None
    final: bool = False  # the whole debrief, not one answer saved as it was typed


@dataclass(frozen=True)
class AddReferrals:
    """Names a contact suggested: each a new contact linked to its referrer, with the role
    and organisation said about them ("Lena Hoffmann (research ops at N26)")."""

    referrer_id: int | None  # None: the contact of the meeting found by `meeting_inst`
    names: tuple[str, ...]
    meeting_id: int | None = None
    details: tuple[tuple[str, str, bool], ...] = ()  # (role, organisation, same_org) per name
    meeting_inst: int | None = None
