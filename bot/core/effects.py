"""Changes a step asks storage to make, committed in the same transaction as the step."""

from __future__ import annotations

from dataclasses import dataclass


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


Effect = SaveProfile | SaveSettings | ForgetUser
