"""Changes a step asks storage to make, committed in the same transaction as the step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class SaveProfile:
    name: str
    field: str
    tz: str


@dataclass(frozen=True)
class SaveSettings:
    tz: str | None = None
    quiet_start: str | None = None
    quiet_end: str | None = None
    keep_in_touch_weeks: int | None = None


@dataclass(frozen=True)
class ForgetUser:
    """Delete every row about the user."""


@dataclass(frozen=True)
class NewNudge:
    kind: str
    due_at: datetime  # UTC
    payload: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class SaveDraft:
    """The outreach draft of one run of the flow (`inst`), on its contact (created if new)."""

    inst: int
    contact_name: str
    role: str
    organisation: str
    referrer: str
    channel: str
    tone: str
    subject: str | None
    body: str
    score: int
    total: int
    edited: bool = False
    contact_id: int | None = None  # an existing contact chosen by the user


@dataclass(frozen=True)
class MarkSent:
    """The draft of run `inst` went out: the contact is 'asked' and no-reply nudges wait."""

    inst: int
    sent_at: datetime
    nudges: tuple[NewNudge, ...]


@dataclass(frozen=True)
class MarkReplied:
    """The contact answered: stop chasing them."""

    inst: int
    replied_at: datetime


@dataclass(frozen=True)
class SaveMeeting:
    """A meeting of run `inst`, its nudges, and a keep-in-touch reminder reset after it."""

    inst: int
    contact_id: int | None  # an existing contact (checked against the user), else created
    contact_name: str
    starts_at: datetime
    minutes: int
    format: str
    nudges: tuple[NewNudge, ...]
    keep_in_touch_at: datetime


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


@dataclass(frozen=True)
class SaveQuestions:
    """A question list (texts) for a meeting, on a contact when one was chosen."""

    inst: int
    field: str
    questions: tuple[str, ...]
    contact_id: int | None = None


@dataclass(frozen=True)
class SavePractice:
    inst: int
    field: str
    mode: str
    score: int | None
    scorecard: str  # JSON
    started_at: datetime
    ended_at: datetime


Effect = (
    SaveProfile | SaveSettings | ForgetUser | SaveDraft | MarkSent | MarkReplied | SaveMeeting
    | SaveDebrief | AddReferrals | SaveQuestions | SavePractice
)
