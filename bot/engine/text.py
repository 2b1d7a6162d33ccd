"""Names and times as the bot writes them: one helper for each, used everywhere.

A name typed as "Dr. Miriam Schöller-Hansen" is greeted warmly as "Miriam" and formally
as "Dr. Schöller-Hansen"; a title is never taken for a first name. Every time shown to a
user is in their zone and in one of the shapes below.
"""

from __future__ import annotations

from datetime import datetime

from bot.engine.timezones import zone

HONORIFICS = frozenset({
    "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "rev", "hon",
})


def _is_title(word: str) -> bool:
    return word.lower().rstrip(".") in HONORIFICS


def name_parts(full_name: str) -> tuple[str, list[str]]:
    """("Dr.", ["Miriam", "Schöller-Hansen"]) from "Dr. Miriam Schöller-Hansen"."""
    words = full_name.split()
    titles = [w for w in words if _is_title(w)]
    rest = [w for w in words if not _is_title(w)]
    title = titles[0] if titles else ""
    if title and not title.endswith(".") and title.lower() != "professor":
        title += "."
    return title[:1].upper() + title[1:], rest


def first_name(full_name: str, fallback: str = "them") -> str:
    """The warm form: "Miriam" from "Dr. Miriam Schöller-Hansen"."""
    _, rest = name_parts(full_name or "")
    return rest[0] if rest else fallback


def formal_name(full_name: str) -> str:
    """The formal form: "Dr. Schöller-Hansen" with a title, else the full name."""
    title, rest = name_parts(full_name or "")
    if title and rest:
        return f"{title} {rest[-1] if len(rest) > 1 else rest[0]}"
    return " ".join(rest) or full_name.strip()


# The shapes of every time the bot shows; `when` is the usual one.
WHEN = "%a %d %b, %H:%M"  # Tue 01 Dec, 15:00
WHEN_YEAR = "%a %d %b %Y, %H:%M"  # Tue 01 Dec 2026, 15:00: a meeting being confirmed
DAY = "%a %d %b"  # Tue 01 Dec
DATE = "%d %b %Y"  # 01 Dec 2026: when a contact was last seen
CLOCK = "%H:%M"


def local(moment: datetime, tz: str, shape: str = WHEN) -> str:
    return moment.astimezone(zone(tz)).strftime(shape)
