"""Nudge timing: what is due when, as plain functions over aware datetimes.

No telegram, no SQL, no clock reads: "now" is always an argument, so every rule
is testable by passing times in. Instants are stored and returned in UTC; rules
phrased in the user's local time ("19:00 the evening before", "3 business
days") are computed on naive local wall-clock datetimes in the user's zone *on
that date* and then localised, so a DST change between booking and meeting
never moves the meeting and never shifts a local-time rule by an hour.

Localising a wall time that occurs twice (autumn fall-back) picks the first
occurrence, or the first one not before a given instant; a wall time that does
not exist (spring-forward gap) becomes the first valid instant after it, i.e.
the moment the clocks jump.

The numbers come from ``domain.md`` (§4 and "Numbers worth keeping in one
place"): no reply → 3 business days second contact, 7 → one follow-up; thanks
within 24 h, best a couple of hours after; keep in touch every few months, reset
on any logged contact; no nudge in quiet hours (default 21:00–08:00 local).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from bot.engine.timezones import zone

if TYPE_CHECKING:
    from bot.engine.models import User

KINDS = (
    "prep",
    "debrief",
    "thanks",
    "thanks_reminder",
    "referrals",
    "second_contact",
    "follow_up",
    "keep_in_touch",
)

SNOOZE_CHOICES = ("1h", "tomorrow", "week")

PREP_EVENING = time(19, 0)  # "the evening before"
PREP_FALLBACK = timedelta(hours=2)  # same-day bookings: 2 h before the start
DEBRIEF_AFTER = timedelta(minutes=15)  # "debrief at once"
THANKS_AFTER = timedelta(hours=2)  # "best 2–6 h after"
THANKS_REMINDER_AFTER = timedelta(hours=20)  # still inside the 24 h window
LOGGED_LATE_FALLBACK = timedelta(hours=1)  # a meeting logged after it ended: if the user
# leaves the debrief it opens at once, its reminder (and the thank-you) comes an hour later
REMINDER_GAP = timedelta(hours=2)  # a thank-you reminder closer than this to the thank-you
MAX_LOGGED_LATE = timedelta(days=7)  # how far back a meeting can be logged
REFERRALS_DAYS = 2
REFERRALS_AT = time(10, 0)
SECOND_CONTACT_BUSINESS_DAYS = 3
FOLLOW_UP_BUSINESS_DAYS = 7
KEEP_IN_TOUCH_AT = time(10, 0)
SNOOZE_AT = time(9, 0)


# --------------------------------------------------------------------------- models


@dataclass(frozen=True)
class UserTiming:
    """The per-user settings that timing depends on (from /settings)."""

    tz: str  # canonical zone name, see bot.engine.timezones.zone
    quiet_start: str = "21:00"  # local HH:MM; the window may wrap midnight
    quiet_end: str = "08:00"  # exclusive; equal to quiet_start means no quiet hours
    keep_in_touch_weeks: int = 8

    def __post_init__(self) -> None:
        # Fail when the settings are built, not hours later inside the sweeper.
        zone(self.tz)
        _hhmm(self.quiet_start)
        _hhmm(self.quiet_end)
        if self.keep_in_touch_weeks < 1:
            raise ValueError("keep_in_touch_weeks must be at least 1")


def timing(user: User) -> UserTiming:
    """The timing settings of a stored user (cadence defaults until the user row has one)."""
    return UserTiming(
        tz=user.tz,
        quiet_start=user.quiet_start,
        quiet_end=user.quiet_end,
        keep_in_touch_weeks=getattr(user, "keep_in_touch_weeks", None) or 8,
    )


@dataclass(frozen=True)
class Meeting:
    starts_at: datetime  # aware; stored as a UTC instant
    minutes: int  # length
    format: str  # "coffee" | "phone" | "video"
    booked_at: datetime  # aware; when the user logged it (the "now" of planning)


@dataclass(frozen=True)
class Planned:
    kind: str
    due_at: datetime  # UTC, aware, already moved out of quiet hours


# --------------------------------------------------------------------------- helpers


def _hhmm(text: str) -> time:
    hours, _, minutes = text.partition(":")
    if not (hours.isdecimal() and minutes.isdecimal() and len(minutes) == 2):
        raise ValueError(f"not an HH:MM time: {text!r}")
    return time(int(hours), int(minutes))  # range checked by time()


def _aware(moment: datetime, what: str = "moment") -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware, got naive {moment!r}")
    return moment


def _wall(moment: datetime, tz: tzinfo) -> datetime:
    """Naive local wall-clock time of an instant in `tz`."""
    return _aware(moment).astimezone(tz).replace(tzinfo=None, fold=0)


def _localise(naive: datetime, tz: tzinfo, not_before: datetime | None = None) -> datetime:
    """The UTC instant at which the wall clock in `tz` reads `naive`.

    Twice-occurring (fall-back) times: the first occurrence, or the first one
    not before `not_before`. Non-existent (spring-forward gap) times: the first
    valid instant after them, i.e. the transition itself.
    """
    naive = naive.replace(tzinfo=None, fold=0)
    first = naive.replace(tzinfo=tz, fold=0).astimezone(UTC)
    second = naive.replace(tzinfo=tz, fold=1).astimezone(UTC)
    if _wall(first, tz) != naive:  # in a gap: fold=0 uses the offset before it
        return _gap_end(before=second, after=first, tz=tz)
    candidates = sorted({first, second})
    if not_before is not None:
        for candidate in candidates:
            if candidate >= not_before:
                return candidate
    return candidates[0]


def _gap_end(before: datetime, after: datetime, tz: tzinfo) -> datetime:
    """First instant in (before, after] carrying `after`'s offset: the transition.

    Bisects on whole seconds so any gap length (30 min, 1 h, a skipped day) works.
    """
    target = after.astimezone(tz).utcoffset()
    lo, hi = 0, int((after - before).total_seconds())
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if (before + timedelta(seconds=mid)).astimezone(tz).utcoffset() == target:
            hi = mid
        else:
            lo = mid
    return before + timedelta(seconds=hi)


def _at_local(day: date, at: time, tz: tzinfo) -> datetime:
    """UTC instant of `at` local time on local date `day`."""
    return _localise(datetime.combine(day, at), tz)


# --------------------------------------------------------------------------- public API


def add_business_days(start: datetime, days: int, tz: str) -> datetime:
    """`start` moved `days` business days (Mon–Fri) on, keeping the local wall time.

    Counted in the user's local calendar: a Friday-evening send in Berlin is a
    Friday even when it is already Saturday in UTC. Saturdays and Sundays are
    skipped; there is no holiday calendar (public holidays differ by country and
    region and the no-reply rule is a rule of thumb), so holidays count as
    business days. Starting on a weekend, +1 is the Monday. Returns UTC.
    """
    if days < 0:
        raise ValueError("days must be >= 0")
    zone_ = zone(tz)
    local = _aware(start, "start").astimezone(zone_)
    naive = local.replace(tzinfo=None, fold=0)
    counted = 0
    while counted < days:
        naive += timedelta(days=1)
        if naive.weekday() < 5:
            counted += 1
    if days == 0:
        return start.astimezone(UTC)
    return _localise(naive, zone_)


def in_quiet_hours(moment: datetime, t: UserTiming) -> bool:
    """Whether the user's local wall clock at `moment` is inside [quiet_start, quiet_end)."""
    start, end = _hhmm(t.quiet_start), _hhmm(t.quiet_end)
    if start == end:
        return False
    now = _wall(moment, zone(t.tz)).time()
    if start < end:
        return start <= now < end
    return now >= start or now < end  # wraps midnight


def out_of_quiet_hours(moment: datetime, t: UserTiming) -> datetime:
    """`moment` in UTC, or, if it falls in quiet hours, the instant they end.

    The end is the next time the local wall clock reads `quiet_end` (the next
    local day when the window wraps midnight and we are before midnight). If
    that wall time does not exist that day (spring-forward gap) it is the first
    valid instant after; if it occurs twice (fall-back), the first occurrence
    not before `moment`.
    """
    moment = _aware(moment).astimezone(UTC)
    zone_ = zone(t.tz)
    start, end = _hhmm(t.quiet_start), _hhmm(t.quiet_end)
    # Normally one step. A gap can swallow the end and land the clock inside the
    # next window (e.g. quiet 02:30–02:00 on a 02:00→03:00 spring-forward night,
    # or a skipped day): then the window that begins there ends a day later.
    for _ in range(4):
        if not in_quiet_hours(moment, t):
            return moment
        wall = _wall(moment, zone_)
        day = wall.date()
        if start > end and wall.time() >= start:
            day += timedelta(days=1)
        moment = _localise(datetime.combine(day, end), zone_, not_before=moment)
    return moment


def plan_meeting(m: Meeting, t: UserTiming) -> list[Planned]:
    """The nudges around one meeting, in KINDS order (prep may be absent).

    prep: 19:00 local the evening before; for a same-day booking, or when that
    evening is already past at booking, 2 h before the start; none if that is
    past too, or if quiet hours would push it to the start or later (a prep
    reminder after the meeting has begun is noise).
    debrief 15 min, thanks 2 h and thanks_reminder 20 h after the planned end
    (elapsed time, so a DST change in between does not stretch it); referrals
    at 10:00 local two days after the meeting's local date. The caller drops
    referrals when the debrief already recorded names. Quiet hours win over the
    24 h thank-you window: a meeting ending in the small hours can get its
    reminder later than 24 h; a reminder moved onto (or before) the thank-you
    nudge itself is dropped.

    A meeting logged after it ended (up to MAX_LOGGED_LATE back) gets no prep; its
    debrief is opened at once by the meeting flow, so the debrief reminder and the
    thank-you wait LOGGED_LATE_FALLBACK after the logging unless their usual time is
    later (saving the debrief brings the thank-you forward, see meetings/store.py);
    referrals never fall before the logging, and a thank-you reminder closer than
    REMINDER_GAP to the thank-you is dropped.
    """
    if m.minutes <= 0:
        raise ValueError("meeting length must be positive")
    zone_ = zone(t.tz)
    start = _aware(m.starts_at, "starts_at").astimezone(UTC)
    booked = _aware(m.booked_at, "booked_at").astimezone(UTC)
    end = start + timedelta(minutes=m.minutes)
    meeting_day = _wall(start, zone_).date()

    planned: list[Planned] = []
    prep = _plan_prep(start, booked, meeting_day, zone_, t)
    if prep is not None:
        planned.append(Planned("prep", prep))
    late = booked >= end  # logged after it ended: the debrief is happening now
    fallback = booked + LOGGED_LATE_FALLBACK
    debrief = max(end + DEBRIEF_AFTER, fallback) if late else end + DEBRIEF_AFTER
    planned.append(Planned("debrief", out_of_quiet_hours(debrief, t)))
    thanks = out_of_quiet_hours(max(end + THANKS_AFTER, fallback) if late
                                else end + THANKS_AFTER, t)
    planned.append(Planned("thanks", thanks))
    reminder = out_of_quiet_hours(end + THANKS_REMINDER_AFTER, t)
    if reminder > thanks + (REMINDER_GAP if late else timedelta(0)):
        planned.append(Planned("thanks_reminder", reminder))
    referrals_day = meeting_day + timedelta(days=REFERRALS_DAYS)
    referrals = _at_local(referrals_day, REFERRALS_AT, zone_)
    if referrals < fallback:  # a meeting from days ago: the next morning after logging it
        referrals = _at_local(_wall(booked, zone_).date() + timedelta(days=1), REFERRALS_AT,
                              zone_)
    planned.append(Planned("referrals", out_of_quiet_hours(referrals, t)))
    return planned


def logged_late(starts_at: datetime, minutes: int, now: datetime) -> bool:
    """A meeting that is over by the time it is logged: no prep, the debrief at once."""
    return starts_at + timedelta(minutes=minutes) <= now


def _plan_prep(
    start: datetime, booked: datetime, meeting_day: date, zone_: tzinfo, t: UserTiming
) -> datetime | None:
    candidates = []
    if _wall(booked, zone_).date() != meeting_day:
        candidates.append(_at_local(meeting_day - timedelta(days=1), PREP_EVENING, zone_))
    candidates.append(start - PREP_FALLBACK)
    for candidate in candidates:
        if candidate < booked:
            continue
        due = out_of_quiet_hours(candidate, t)
        if due < start:
            return due
    return None


def plan_no_reply(sent_at: datetime, t: UserTiming) -> list[Planned]:
    """Second contact after 3 business days, one follow-up after 7 (domain.md "3B7").

    Same local wall time as the send, then out of quiet hours (which may land on
    a Saturday morning: the nudge is for the user, who can still wait to send).
    """
    return [
        Planned(
            "second_contact",
            out_of_quiet_hours(add_business_days(sent_at, SECOND_CONTACT_BUSINESS_DAYS, t.tz), t),
        ),
        Planned(
            "follow_up",
            out_of_quiet_hours(add_business_days(sent_at, FOLLOW_UP_BUSINESS_DAYS, t.tz), t),
        ),
    ]


def next_keep_in_touch(last_contact_at: datetime, t: UserTiming) -> Planned:
    """Keep-in-touch nudge `keep_in_touch_weeks` after the last logged contact, 10:00 local.

    Any logged contact resets the cadence: call again with the new last contact
    and replace the pending nudge.
    """
    zone_ = zone(t.tz)
    day = _wall(_aware(last_contact_at, "last_contact_at"), zone_).date()
    day += timedelta(weeks=t.keep_in_touch_weeks)
    return Planned("keep_in_touch", out_of_quiet_hours(_at_local(day, KEEP_IN_TOUCH_AT, zone_), t))


def snooze(now: datetime, choice: str, t: UserTiming) -> datetime:
    """When a snoozed nudge comes back: "1h", "tomorrow" (09:00 local), "week" (+7 days, 09:00).

    "tomorrow" is the next local calendar date, so snoozing at 00:30 means the
    day after the one that just began. Always out of quiet hours.
    """
    now = _aware(now, "now").astimezone(UTC)
    zone_ = zone(t.tz)
    if choice == "1h":
        due = now + timedelta(hours=1)
    elif choice == "tomorrow":
        due = _at_local(_wall(now, zone_).date() + timedelta(days=1), SNOOZE_AT, zone_)
    elif choice == "week":
        due = _at_local(_wall(now, zone_).date() + timedelta(days=7), SNOOZE_AT, zone_)
    else:
        raise ValueError(f"unknown snooze choice {choice!r}; expected one of {SNOOZE_CHOICES}")
    return out_of_quiet_hours(due, t)
