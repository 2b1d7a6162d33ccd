"""How a meeting happens, as every feature names it: one vocabulary for outreach,
meetings, drafts and reminders."""

from __future__ import annotations

FORMATS: tuple[tuple[str, str], ...] = (
    ("coffee", "☕ Coffee"),
    ("phone", "📞 Phone call"),
    ("video", "💻 Video call"),
)
FORMAT_KEYS = frozenset(key for key, _ in FORMATS)
