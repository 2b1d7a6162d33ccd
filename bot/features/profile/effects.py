"""What onboarding, /settings and /forget ask storage to change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar


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
    field: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class ForgetUser:
    """Delete every row about the user."""

    forgets_user: ClassVar[bool] = True  # the write path drops its cache of them
