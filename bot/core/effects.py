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


Effect = SaveProfile | SaveSettings | ForgetUser | SaveDraft | MarkSent | MarkReplied
