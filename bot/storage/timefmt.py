"""How instants are written to SQLite."""

from __future__ import annotations

from datetime import UTC, datetime


def iso(moment: datetime) -> str:
    """One fixed-width UTC format, so stored times compare correctly as text."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")
