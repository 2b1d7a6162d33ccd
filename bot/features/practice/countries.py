"""Which country a time zone is in, as far as contacts care: the UK, the US, Canada, or
anywhere else; kept apart from the rest of ``where`` so that a reading of a message (a degree
from a place abroad) can ask it too."""

from __future__ import annotations

import re

__all__ = ["closest", "country_of", "lives_abroad"]

_UK_ZONES = frozenset({"Europe/London", "Europe/Belfast", "Europe/Jersey", "Europe/Guernsey",
                       "Europe/Isle_of_Man"})
_US_ZONES = frozenset({
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
    "America/Phoenix", "America/Anchorage", "America/Detroit", "America/Boise",
    "America/Juneau", "America/Adak", "America/Menominee", "America/Nome", "America/Sitka",
    "America/Yakutat", "America/Metlakatla", "Pacific/Honolulu", "America/Puerto_Rico",
})
_CANADA_ZONES = frozenset({
    "America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg",
    "America/Halifax", "America/St_Johns", "America/Regina", "America/Moncton",
    "America/Whitehorse", "America/Yellowknife", "America/Iqaluit",
})


def country_of(tz: str) -> str:
    """"UK", "US", "CA" (Canada, or an offset five to ten hours behind: closest to the US
    contacts, though not in the US), or "" for anywhere else. A zone never set, or another
    offset such as UTC+01:00 typed in summer, counts as the UK, as it always has."""
    behind = re.fullmatch(r"UTC-(?:0[5-9]|10):\d\d", tz or "")
    if behind:  # "UTC-05:00" typed in New York: North America, nearest the US contacts
        return "CA"
    if not tz or tz in _UK_ZONES or tz.startswith(("UTC", "Etc/", "GMT")):
        return "UK"
    if tz in _US_ZONES or tz.startswith(("US/", "America/Indiana/", "America/Kentucky/",
                                         "America/North_Dakota/")):
        return "US"
    return "CA" if tz in _CANADA_ZONES or tz.startswith("Canada/") else ""


def lives_abroad(tz: str, works_in: str = "UK") -> bool:
    """Whether the user lives outside the country the contact works in."""
    return country_of(tz) != works_in


def closest(countries: list[str], tz: str) -> list[int]:
    """Which of the contacts (by the country each works in) a user meets first: those of
    their own country, or the US ones for a Canadian, else the UK ones; all when none is."""
    home = country_of(tz)
    want = "US" if home in ("US", "CA") else "UK"
    near = [i for i, country in enumerate(countries) if country == want]
    return near or list(range(len(countries)))
