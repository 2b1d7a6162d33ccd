"""How a meeting happens, as every feature names it: one vocabulary for outreach,
meetings, drafts and reminders."""

from __future__ import annotations

FORMATS: tuple[tuple[str, str], ...] = (
    ("coffee", "☕ Coffee"),
    ("phone", "📞 Phone call"),
    ("video", "💻 Video call"),
)
FORMAT_KEYS = frozenset(key for key, _ in FORMATS)
NOUN = {"coffee": "coffee", "phone": "phone call", "video": "video call"}  # "a 20-minute …"
PHRASE = {  # what the request offers: "Would you have 20 minutes for …?"
    "coffee": "a coffee near your office",
    "phone": "a phone call",
    "video": "a video call",
}
ALTERNATIVE = {"coffee": "phone or video", "phone": "video", "video": "phone"}  # "… works too"
NOT_A_FORMAT = "Tap coffee, phone or video."


def format_of(pressed: str | None, typed: str) -> str | None:
    """The format a button names, or one typed as its key ("video")."""
    key = pressed or typed.lower()
    return key if key in FORMAT_KEYS else None
