"""Meeting times typed the way people type them, and the .ics file for a meeting.

Parsing uses dateparser (relative days, month names, ISO) in the user's zone;
what it returns is always shown back for confirmation, and a numeric date that
reads two ways (3/12) offers both instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.engine.text import DAY, WHEN_YEAR, local
from bot.engine.timezones import zone

_AMBIGUOUS = re.compile(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b")
_AT_HOUR = re.compile(r"\bat\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b", re.IGNORECASE)
_HAS_TIME = re.compile(r"\d{1,2}(:\d{2}|\s*(am|pm))|\bnoon\b|\bmidnight\b|\bat\s+\d", re.I)


@dataclass(frozen=True)
class WhenParse:
    choices: list[datetime] = field(default_factory=list)  # UTC; one unless ambiguous
    problem: str | None = None


def parse_when(text: str, now: datetime, tz: str) -> WhenParse:
    """Read a meeting time in the user's zone; never guess silently between readings."""
    import dateparser  # imported on first use: it costs ~70 ms

    raw = " ".join(text.split())
    if not raw:
        return WhenParse(problem="empty")
    local_now = now.astimezone(zone(tz)).replace(tzinfo=None)
    readings: list[str] = []
    m = _AMBIGUOUS.search(raw)
    if m and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1) != m.group(2):
        readings = ["MDY", "DMY"]
    results: list[datetime] = []
    for order in readings or [None]:
        settings = {"RELATIVE_BASE": local_now, "PREFER_DATES_FROM": "future",
                    "RETURN_AS_TIMEZONE_AWARE": False}
        if order:
            settings["DATE_ORDER"] = order
        parsed = dateparser.parse(raw, languages=["en"], settings=settings)
        if parsed is None:
            continue
        at = _AT_HOUR.search(raw)
        if at and parsed.time() == local_now.time().replace(microsecond=parsed.microsecond):
            hour = int(at.group(1)) % 12 + (12 if (at.group(3) or "").lower() == "pm" else 0)
            if not at.group(3) and int(at.group(1)) == 12:
                hour = 12
            parsed = parsed.replace(hour=hour, minute=int(at.group(2) or 0))
        if not _HAS_TIME.search(raw):
            return WhenParse(problem="no_time")
        parsed = parsed.replace(second=0, microsecond=0)
        moment = _localise(parsed, tz)
        if moment not in results:
            results.append(moment)
    if not results:
        return WhenParse(problem="unreadable")
    future = [r for r in results if r > now]
    if not future:
        return WhenParse(problem="past")
    return WhenParse(choices=future)


def _localise(naive: datetime, tz: str) -> datetime:
    """A wall time in the user's zone as a UTC instant (a time skipped by DST moves forward)."""
    tzinfo = zone(tz)
    aware = naive.replace(tzinfo=tzinfo)
    back = aware.astimezone(UTC).astimezone(tzinfo).replace(tzinfo=None)
    if back != naive:  # inside a spring-forward gap
        aware = (naive + timedelta(hours=1)).replace(tzinfo=tzinfo)
    return aware.astimezone(UTC)


def show(moment: datetime, tz: str) -> str:
    return f"{local(moment, tz, WHEN_YEAR)} ({tz})"


def quick_times(now: datetime, tz: str) -> list[tuple[str, datetime]]:
    """Buttons for the common cases: tomorrow and the next working days at 10:00 and 15:00."""
    local = now.astimezone(zone(tz))
    out: list[tuple[str, datetime]] = []
    day = local.date()
    while len(out) < 6:
        day += timedelta(days=1)
        if day.weekday() >= 5:
            continue
        for hour in (10, 15):
            moment = _localise(datetime(day.year, day.month, day.day, hour), tz)
            label = ("Tomorrow" if day == local.date() + timedelta(days=1)
                     else day.strftime(DAY)) + f" {hour}:00"
            out.append((label, moment))
    return out


def ics(uid: str, title: str, starts_at: datetime, minutes: int, description: str,
        stamp: datetime) -> bytes:
    """An iCalendar event in UTC, which every calendar app converts to local time."""
    return calendar([(uid, title, starts_at, minutes, description)], stamp)


def calendar(events: list[tuple[str, str, datetime, int, str]], stamp: datetime) -> bytes:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Informational interview coach//EN")
    cal.add("version", "2.0")
    for uid, title, starts_at, minutes, description in events:
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp.astimezone(UTC))
        event.add("dtstart", starts_at.astimezone(UTC))
        event.add("dtend", (starts_at + timedelta(minutes=minutes)).astimezone(UTC))
        event.add("summary", title)
        event.add("description", description)
        cal.add_component(event)
    return cal.to_ical()
