"""A finished practice session, kept for progress across sessions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class SavePractice:
    field: str
    mode: str
    score: int | None
    scorecard: str  # JSON
    started_at: datetime
    ended_at: datetime
    inst: int | None = None  # the run of the flow; the engine fills it in
