"""What the outreach dialogue stores: the draft, and when it went out or was answered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.engine.models import Turn
from bot.features.nudges.effects import NewNudge
from bot.features.nudges.planner import plan_no_reply, timing


@dataclass(frozen=True)
class SaveDraft:
    """The outreach draft of one run of the flow (`inst`), on its contact (created if new)."""

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
    inst: int | None = None  # the run of the flow; the engine fills it in
    background: str = ""  # remembered for the next /outreach
    linkedin_free: bool = False  # remembered too
    referrer_name: str = ""  # "Ana Ruiz" from "my cousin Ana Ruiz": the referral tree's root


@dataclass(frozen=True)
class MarkSent:
    """The draft of run `inst` went out: the contact is 'asked' and no-reply nudges wait."""

    sent_at: datetime
    nudges: tuple[NewNudge, ...]
    inst: int | None = None  # the run of the flow; the engine fills it in


@dataclass(frozen=True)
class MarkReplied:
    """The contact answered: stop chasing them."""

    replied_at: datetime
    inst: int | None = None  # the run of the flow; the engine fills it in


def mark_sent(turn: Turn, inst: int | None = None) -> MarkSent:
    """The draft went out now: the no-reply routine (3B7) starts."""
    planned = plan_no_reply(turn.now, timing(turn.user))
    return MarkSent(turn.now, tuple(NewNudge(p.kind, p.due_at) for p in planned), inst)
