"""Reading a time zone the way people type it: an IANA name, a city, or a UTC offset."""

from __future__ import annotations

import re
import zoneinfo
from datetime import UTC, timedelta, timezone, tzinfo
from functools import lru_cache

# Offered as buttons at onboarding and in /settings: (label, zone).
COMMON_ZONES: tuple[tuple[str, str], ...] = (
    ("London", "Europe/London"),
    ("Berlin / Paris", "Europe/Berlin"),
    ("New York", "America/New_York"),
    ("Chicago", "America/Chicago"),
    ("Los Angeles", "America/Los_Angeles"),
    ("São Paulo", "America/Sao_Paulo"),
    ("India", "Asia/Kolkata"),
    ("Singapore", "Asia/Singapore"),
    ("Sydney", "Australia/Sydney"),
    ("UTC", "UTC"),
)

_OFFSET = re.compile(r"^(?:utc|gmt)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _zone_index() -> dict[str, str]:
    """Lower-cased full names and city parts → canonical IANA name."""
    index: dict[str, str] = {}
    for name in sorted(zoneinfo.available_timezones()):
        if name.startswith(("Etc/", "SystemV/")) or "/" not in name:
            continue
        index[name.lower()] = name
        city = name.rsplit("/", 1)[-1].replace("_", " ").lower()
        index.setdefault(city, name)
    index["utc"] = "UTC"
    return index


def parse_timezone(text: str) -> str | None:
    """Canonical zone name for what the user typed, or None if it is not one.

    Offsets become `UTC+05:30`; names are matched case-insensitively, and a bare
    city ("berlin", "new york") finds its IANA zone.
    """
    raw = text.strip()
    if not raw:
        return None
    if raw.lower() in ("utc", "gmt", "z"):
        return "UTC"
    m = _OFFSET.match(raw.replace(" ", ""))
    if m:
        sign = -1 if m.group(1) in "-−" else 1
        hours, minutes = int(m.group(2)), int(m.group(3) or 0)
        if hours > 14 or minutes >= 60 or (hours == 14 and minutes):
            return None
        if hours == 0 and minutes == 0:
            return "UTC"
        return f"UTC{'+' if sign > 0 else '-'}{hours:02d}:{minutes:02d}"
    key = raw.lower().replace(" ", "_")
    index = _zone_index()
    return index.get(key) or index.get(key.replace("_", " "))


def zone(name: str) -> tzinfo:
    """The tzinfo for a canonical name from `parse_timezone`."""
    if name == "UTC":
        return UTC
    if name.startswith("UTC") and len(name) == 9:
        sign = 1 if name[3] == "+" else -1
        delta = timedelta(hours=int(name[4:6]), minutes=int(name[7:9]))
        return timezone(sign * delta, name)
    return zoneinfo.ZoneInfo(name)



_HHMM = re.compile(r"^(\d{1,2})(?::?(\d{2}))?$")


def parse_hhmm(text: str) -> str | None:
    m = _HHMM.match(text.strip())
    if not m:
        return None
    h, mnt = int(m.group(1)), int(m.group(2) or 0)
    if h > 23 or mnt > 59:
        return None
    return f"{h:02d}:{mnt:02d}"


def parse_quiet_hours(text: str) -> tuple[str, str] | None:
    """`22:00-07:30`, `22-7`, `22:00 to 07:00` → ("22:00", "07:30"); equal ends are refused."""
    parts = re.split(r"\s*(?:-|–|—|to)\s*", text.strip().lower())
    if len(parts) != 2:
        return None
    start, end = parse_hhmm(parts[0]), parse_hhmm(parts[1])
    if start is None or end is None or start == end:
        return None
    return start, end
