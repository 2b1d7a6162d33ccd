"""What the contact list's buttons change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ContactReplied:
    """They answered the outreach: stop chasing them."""

    contact_id: int


@dataclass(frozen=True)
class LoggedContact:
    """The user was in touch today: keep-in-touch starts over."""

    contact_id: int
    next_keep_in_touch: datetime
