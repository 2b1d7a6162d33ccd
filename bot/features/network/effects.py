"""What the contact list's buttons and typed edits change: one record per change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class AddContact:
    """A contact added by hand (met at an event, found on LinkedIn)."""

    name: str
    organisation: str = ""
    role: str = ""
    connection: str = ""


@dataclass(frozen=True)
class EditContact:
    """One field of a contact changed: name, role, organisation, connection, notes, or
    who suggested them (`referred_by`, a contact id as text, '' for nobody)."""

    contact_id: int
    field: str
    value: str


@dataclass(frozen=True)
class LogInteraction:
    """Something happened with a contact outside the bot's flows ("we talked"); any of it
    restarts the keep-in-touch cadence, due again at `next_keep_in_touch`."""

    contact_id: int
    kind: str  # see interactions.KINDS
    next_keep_in_touch: datetime


@dataclass(frozen=True)
class SetStage:
    """The user says where a contact really is in the pipeline, forward or back."""

    contact_id: int
    stage: str


@dataclass(frozen=True)
class DeleteContact:
    """Confirmed: the contact goes, with its drafts, meetings, notes and reminders."""

    contact_id: int
