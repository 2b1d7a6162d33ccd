"""Plain records the core reasons about: no telegram, no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class User:
    id: int
    chat_id: int
    name: str | None = None
    field: str | None = None
    tz: str = "UTC"
    quiet_start: str = "21:00"
    quiet_end: str = "08:00"
    onboarded: bool = False
    active: bool = True
    flow_seq: int = 0
    keep_in_touch_weeks: int = 8


@dataclass(frozen=True)
class Dialogue:
    """Where a user is: which flow, which step, and what they have answered so far.

    `inst` numbers each run of a flow per user, so a button from an earlier run
    (or a finished one) is recognised as expired instead of acting on new state.
    """

    flow: str
    step: str
    inst: int
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Turn:
    """What a flow may know about the moment it runs in."""

    user: User
    now: datetime
    first_name: str = ""
