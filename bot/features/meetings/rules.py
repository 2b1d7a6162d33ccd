"""Meeting times typed the way people type them, and the .ics file for a meeting.

Phone typing ("tmrw 4:30pm", "tue at 3", "in 90 min", "3/12 10:00") is normalised and read
by a small grammar here: it is exact where dateparser guesses (a bare "at 3" is 15:00, not
03:00), ten times faster, and it can say when a date reads two ways. Anything else (month
names with words around them, "a week from friday") goes to dateparser. Every reading is
shown back for confirmation, and a date that reads two ways offers both instead of guessing:
"3/12" (day/month order from the user's zone first), "next Tuesday" said early in the week,
"Mon 3pm" said on a Monday morning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from bot.engine.text import DAY, WHEN_YEAR, local
from bot.engine.timezones import zone

_AMBIGUOUS = re.compile(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b")
_AT_HOUR = re.compile(r"\bat\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b", re.IGNORECASE)
_HAS_TIME = re.compile(r"\d{1,2}(:\d{2}|\s*(am|pm))|\bnoon\b|\bmidnight\b|\bat\s+\d", re.I)

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_SPELLINGS = {
    **{w: "tomorrow" for w in ("tmrw", "tmr", "tmrow", "tmw", "tmoz", "tomoz", "2moro",
                               "2morrow", "2mrw", "tomorow", "tommorow", "tommorrow", "tomm",
                               "tomo", "morrow")},
    "tdy": "today", "tday": "today", "2day": "today", "tonite": "tonight", "nxt": "next",
    "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
    "weds": "wednesday", "thu": "thursday", "thur": "thursday", "thurs": "thursday",
    "fri": "friday", "sat": "saturday", "sun": "sunday", "midday": "noon",
    "hr": "hours", "hrs": "hours", "hour": "hours", "h": "hours", "min": "minutes",
    "mins": "minutes", "minute": "minutes", "m": "minutes", "wk": "week", "wks": "weeks",
    **{m[:3]: m for m in _MONTHS}, "sept": "september",
}
_FILLER = {"at", "on", "the", "around", "by", "for", "@", "this", "coming", "of", "from"}
_PART_OF_DAY = {"morning", "afternoon", "evening", "lunchtime", "lunch"}
_UNIT = {"minutes": 1, "hours": 60, "day": 1440, "week": 10080}
_NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "half": 0.5, "couple": 2}

# The time inside the text: "4:30pm", "15.30", "3 pm", "half past 2", "quarter to 3", "noon".
_TIME = re.compile(
    r"\b(?:(?P<h>\d{1,2})(?:[:h](?P<m>\d{2}))?\s*(?P<ap>am|pm)"
    r"|(?P<h2>\d{1,2})[:h](?P<m2>\d{2})"
    r"|(?P<rel>half past|quarter past|quarter to)\s+(?P<h3>\d{1,2})"
    r"|(?P<noon>noon|midnight))\b")
_TRAILING_HOUR = re.compile(r"(?:^|\s)(?:at\s+)?(?P<h>\d{1,2})(?:\.(?P<m>\d{2}))?$")
_RELATIVE = re.compile(r"^in (?P<n>\d+(?:\.\d+)?|an?|one|two|three|half an?|a couple of)"
                       r" (?P<unit>minutes|hours)(?: and (?P<n2>\d+) minutes)?$")
_AGO = re.compile(r"^(?P<n>\d+(?:\.\d+)?|an?|one|two|three|half an?|a couple of)"
                  r" (?P<unit>minutes|hours|day|days)(?: and (?P<n2>\d+) minutes)? ago$")
RECENT = timedelta(days=7)  # a meeting that already happened can be logged this far back
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?\.?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")

# Zones whose people write the month first (3/12 is March 12); the rest of the world, and
# fixed offsets, write the day first.
_MONTH_FIRST = ("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
                "America/Los_Angeles", "America/Anchorage", "America/Adak", "America/Boise",
                "America/Detroit", "America/Juneau", "America/Sitka", "America/Nome",
                "America/Yakutat", "America/Metlakatla", "America/Menominee",
                "Pacific/Honolulu", "Asia/Manila")
_MONTH_FIRST_PREFIXES = ("US/", "America/Indiana/", "America/Kentucky/",
                         "America/North_Dakota/")


@dataclass(frozen=True)
class WhenParse:
    choices: list[datetime] = field(default_factory=list)  # UTC; one unless ambiguous
    problem: str | None = None


def month_first(tz: str) -> bool:
    """Whether people in this zone write 3/12 for March 12."""
    return tz in _MONTH_FIRST or tz.startswith(_MONTH_FIRST_PREFIXES)


def normalise(text: str) -> str:
    """Phone typing in one spelling: "Tmrw @ 4:30p.m." → "tomorrow at 4:30 pm"."""
    s = text.lower().replace("a.m.", "am").replace("p.m.", "pm").replace("@", " at ")
    s = re.sub(r"o'?clock|[,!?]|(?<=[a-z])\.|\.$", " ", s)
    s = re.sub(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)", " ", s)  # "3pm" → "3 pm", "2h" → "2 h"
    s = re.sub(r"\b(\d{1,2}) ([ap])\b", r"\1 \2m", s)  # "3 p" → "3 pm"
    words = [_SPELLINGS.get(w, w) for w in s.split()]
    s = " ".join(words)
    s = re.sub(r"\b(\d{1,2}) (st|nd|rd|th)\b", r"\1", s)  # "3 rd" → "3"
    return re.sub(r"\b(\d{1,2}) hours (\d{2})\b", r"\1:\2", s)  # "15 h 30" → "15:30"


def parse_when(text: str, now: datetime, tz: str) -> WhenParse:
    """Read a meeting time in the user's zone; never guess silently between readings."""
    raw = " ".join(text.split())
    if not raw:
        return WhenParse(problem="empty")
    typed = normalise(raw)
    local_now = now.astimezone(zone(tz)).replace(tzinfo=None, second=0, microsecond=0)
    found = _read(typed, local_now, tz)
    if found is None:
        return _dateparser_reading(typed, now, tz)
    if isinstance(found, str):
        return WhenParse(problem=found)
    results: list[datetime] = []
    for moment in found:
        utc_moment = _localise(moment, tz)
        if utc_moment not in results:
            results.append(utc_moment)
    return _future_or_recent(results, now)


def _future_or_recent(results: list[datetime], now: datetime) -> WhenParse:
    """The future readings; failing those, a meeting that happened in the last week (it is
    logged for its debrief and thank-you); anything older is a problem."""
    future = [r for r in results if r > now]
    if future:
        return WhenParse(choices=future)
    recent = [r for r in results if now - RECENT <= r]
    return WhenParse(choices=recent) if recent else WhenParse(problem="past")


def _read(typed: str, now: datetime, tz: str) -> list[datetime] | str | None:
    """Local readings of what was typed, a problem ("no_time"), or None (not our grammar)."""
    rel = _RELATIVE.match(typed)
    if rel:
        n = _NUMBER.get(rel["n"].removesuffix(" an").removesuffix(" a").removesuffix(" of"))
        amount = float(rel["n"]) if n is None else n
        minutes = amount * _UNIT[rel["unit"]] + int(rel["n2"] or 0)
        return [now + timedelta(minutes=round(minutes))]
    ago = _AGO.match(typed)
    if ago:
        n = _NUMBER.get(ago["n"].removesuffix(" an").removesuffix(" a").removesuffix(" of"))
        amount = float(ago["n"]) if n is None else n
        unit = _UNIT[ago["unit"].removesuffix("s") if ago["unit"] == "days" else ago["unit"]]
        return [now - timedelta(minutes=round(amount * unit + int(ago["n2"] or 0)))]
    at, rest = _time_in(typed)
    days = _days(rest, now, tz, at)
    if days is None and at is None:  # "tmr 10", "tue at 3", "tomorrow 3.30": a bare hour
        hour = _TRAILING_HOUR.search(rest)
        if hour and int(hour["h"]) <= 23 and int(hour["m"] or 0) <= 59:
            at = _clock(int(hour["h"]), int(hour["m"] or 0), None, rest)
            rest = rest[:hour.start()]
            days = _days(rest, now, tz, at)
            days = days or None  # a bare number alone is not a time
    if days is None:
        return None
    if isinstance(days, str):
        return days
    if at is None:
        return "no_time"
    if not days:  # a time alone: today, or tomorrow once it has passed
        today = datetime.combine(now.date(), at)
        return [today if today > now else today + timedelta(days=1)]
    return [datetime.combine(d, at) for d in days]


def _time_in(typed: str) -> tuple[time | None, str]:
    """The time of day in the text, and the text without it."""
    m = _TIME.search(typed)
    if not m:
        return None, typed
    rest = (typed[:m.start()] + " " + typed[m.end():]).strip()
    if m["noon"]:
        return time(12 if m["noon"] == "noon" else 0), rest
    if m["rel"]:
        hour = int(m["h3"])
        minute = {"half past": 30, "quarter past": 15, "quarter to": 45}[m["rel"]]
        hour = hour - 1 if m["rel"] == "quarter to" else hour
        return _clock(hour, minute, None, rest) if 0 <= hour <= 23 else None, rest
    hour, minute = int(m["h"] or m["h2"]), int(m["m"] or m["m2"] or 0)
    if minute > 59 or hour > 23 or (m["ap"] and not 1 <= hour <= 12):
        return None, typed
    return _clock(hour, minute, m["ap"], rest, zero=(m["h"] or m["h2"]).startswith("0")), rest


def _clock(hour: int, minute: int, ampm: str | None, rest: str, zero: bool = False) -> time:
    """A clock time; without am/pm, 1–6 is the afternoon (nobody meets at 3 a.m.)."""
    if ampm:
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif not zero and (1 <= hour <= 6 or ("tonight" in rest and 1 <= hour <= 11)):
        hour += 12
    return time(hour, minute)


def _days(rest: str, now: datetime, tz: str, at: time | None) -> list[date] | str | None:
    """The day(s) the words name: [] for none, None if they are not a day we read, and
    "unreadable" for a date that does not exist (31/2)."""
    words = [w for w in rest.split() if w not in _FILLER]
    today = now.date()
    if not words:
        return []
    if all(w in _PART_OF_DAY for w in words):  # "this morning 9am": today, even if gone by
        return [today]
    words = [w for w in words if w not in _PART_OF_DAY]  # "yesterday afternoon at 3"
    phrase = " ".join(words)
    fixed = {"today": 0, "tonight": 0, "tomorrow": 1, "day after tomorrow": 2,
             "earlier today": 0, "yesterday": -1, "day before yesterday": -2}
    if phrase in fixed:
        return [today + timedelta(days=fixed[phrase])]
    m = re.fullmatch(r"in (\d+|a|one|two|three) (day|week)s?", phrase)
    if m:
        n = int(m[1]) if m[1].isdecimal() else int(_NUMBER[m[1]])
        return [today + timedelta(minutes=n * _UNIT[m[2]])]
    weekday = _weekday(words, now, at)
    if weekday is not None:
        return weekday
    return _calendar_date(words, today, tz)


def _weekday(words: list[str], now: datetime, at: time | None) -> list[date] | None:
    """ "friday", "next tuesday", "tuesday next week": the readings a person may mean."""
    day = next((w for w in words if w in _WEEKDAYS), None)
    others = [w for w in words if w != day]
    if day is None or others not in ([], ["next"], ["next", "week"], ["last"]):
        return None
    today, target = now.date(), _WEEKDAYS.index(day)
    if others == ["last"]:  # a meeting that already happened: the latest one before today
        return [today - timedelta(days=(today.weekday() - target) % 7 or 7)]
    ahead = (target - today.weekday()) % 7
    coming = today + timedelta(days=ahead or 7)
    if others == ["next", "week"]:  # the one in next calendar week
        return [today + timedelta(days=7 - today.weekday() + target)]
    if others == ["next"]:
        # Said on a Monday, "next Tuesday" may be tomorrow or the week after: ask.
        in_this_week = ahead and today.weekday() < target
        return [coming, coming + timedelta(days=7)] if in_this_week else [coming]
    if ahead == 0 and at is not None and datetime.combine(today, at) > now:
        return [today, coming]  # "Mon 3pm" on a Monday morning: today, or next week?
    return [coming]


def _calendar_date(words: list[str], today: date, tz: str) -> list[date] | str | None:
    """ "3/12", "3.12.26", "2026-12-03", "dec 3", "3 december 2026": the date(s) meant."""
    if len(words) == 1:
        iso = _ISO.match(words[0])
        if iso:
            return _valid([(int(iso[1]), int(iso[2]), int(iso[3]))])
        m = _NUMERIC.match(words[0])
        if not m:
            return None
        a, b, year = int(m[1]), int(m[2]), m[3]
        orders = [(b, a), (a, b)] if month_first(tz) else [(a, b), (b, a)]  # (day, month)
        readings = [(d, mo) for d, mo in dict.fromkeys(orders) if mo <= 12]
        return _in_year(readings, year, today)
    months = [w for w in words if w in _MONTHS]
    numbers = [w for w in words if w.isdecimal()]
    if len(months) != 1 or not 1 <= len(numbers) <= 2 or len(months) + len(numbers) != len(words):
        return None
    day_word = next((n for n in numbers if len(n) <= 2), None)
    year = next((n for n in numbers if len(n) == 4), None)
    if day_word is None or len(numbers) == 2 and year is None:
        return None
    return _in_year([(int(day_word), _MONTHS.index(months[0]) + 1)], year, today)


def _in_year(readings: list[tuple[int, int]], year: str | None, today: date) -> list[date] | str:
    """Dates for (day, month) readings: the year typed, or this year unless the date is
    more than two months gone (then next year: "2/1" typed in December)."""
    out: list[tuple[int, int, int]] = []
    for day, month in readings:
        if year:
            y = int(year) + (2000 if len(year) == 2 else 0)
        else:
            y = today.year
            try:
                if date(y, month, day) < today - timedelta(days=60):
                    y += 1
            except ValueError:
                continue
        out.append((y, month, day))
    return _valid(out)


def _valid(ymd: list[tuple[int, int, int]]) -> list[date] | str:
    """The dates that exist, or "unreadable" if none does (31/2, 2026-13-01)."""
    out = []
    for y, mo, d in ymd:
        try:
            out.append(date(y, mo, d))
        except ValueError:
            continue
    return out or "unreadable"


def warm_up(now: datetime) -> None:
    """Load dateparser at start-up: the grammar reads the common phrases without it, so
    parsing "tomorrow 3pm" no longer loads it, and the first rare phrase would wait ~200 ms."""
    _dateparser_reading("a week from friday 3pm", now, "UTC")


def _dateparser_reading(raw: str, now: datetime, tz: str) -> WhenParse:
    """What the grammar above does not read ("a week from friday", "3rd of dec at 2pm")."""
    import dateparser  # imported on first use: it costs ~70 ms

    local_now = now.astimezone(zone(tz)).replace(tzinfo=None)
    readings: list[str] = []
    m = _AMBIGUOUS.search(raw)
    if m and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1) != m.group(2):
        readings = ["MDY", "DMY"] if month_first(tz) else ["DMY", "MDY"]
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
    return _future_or_recent(results, now)


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
