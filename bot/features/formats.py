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
