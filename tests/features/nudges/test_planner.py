"""Nudge timing as a table: every expected value is an exact UTC instant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.engine.timezones import zone
from bot.features.nudges.planner import (
    KINDS,
    Meeting,
    Planned,
    UserTiming,
    add_business_days,
    in_quiet_hours,
    next_keep_in_touch,
    out_of_quiet_hours,
    plan_meeting,
    plan_no_reply,
    snooze,
)

BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"


def u(text: str) -> datetime:
    """A UTC instant from 'YYYY-MM-DD HH:MM'."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def local(text: str, tz: str) -> datetime:
    """An aware local time (only for unambiguous wall times)."""
    return datetime.fromisoformat(text).replace(tzinfo=zone(tz))


# --------------------------------------------------------------------------- business days


@pytest.mark.parametrize(
    ("start", "days", "tz", "expected"),
    [
        # Fri +3 → Wed
        (u("2026-03-06 10:00"), 3, "UTC", u("2026-03-11 10:00")),
        # Thu +7 → the second Monday after
        (u("2026-03-05 10:00"), 7, "UTC", u("2026-03-16 10:00")),
        # Sat +1 → Mon; Sun +3 → Wed
        (u("2026-03-07 10:00"), 1, "UTC", u("2026-03-09 10:00")),
        (u("2026-03-08 10:00"), 3, "UTC", u("2026-03-11 10:00")),
        # +0 is the start itself, normalised to UTC
        (local("2026-03-06 10:00", BERLIN), 0, BERLIN, u("2026-03-06 09:00")),
        # Fri 10:00 CET +3 → Wed 10:00 CEST: the local wall time is kept across the DST change
        (u("2026-03-27 09:00"), 3, BERLIN, u("2026-04-01 08:00")),
        # Thu 09:00 EDT +3 → Tue 09:00 EST
        (u("2026-10-29 13:00"), 3, NEW_YORK, u("2026-11-03 14:00")),
        # Fri 23:30 UTC is already Sat 00:30 in Berlin: counted from the local Saturday,
        # +1 is Monday 00:30 local (Sunday 23:30 UTC)
        (u("2026-03-06 23:30"), 1, BERLIN, u("2026-03-08 23:30")),
        # no holiday calendar: Good Friday 2026-04-03 counts as a business day
        (u("2026-04-02 08:00"), 1, BERLIN, u("2026-04-03 08:00")),
        # fixed offset: Fri 22:00 UTC is Sat 03:30 at UTC+05:30 → +1 is Mon 03:30 local
        (u("2026-03-06 22:00"), 1, "UTC+05:30", u("2026-03-08 22:00")),
    ],
)
def test_add_business_days(start, days, tz, expected):
    assert add_business_days(start, days, tz) == expected


def test_add_business_days_rejects_naive_and_negative():
    with pytest.raises(ValueError):
        add_business_days(datetime(2026, 3, 6, 10), 3, "UTC")
    with pytest.raises(ValueError):
        add_business_days(u("2026-03-06 10:00"), -1, "UTC")


# --------------------------------------------------------------------------- quiet hours


@pytest.mark.parametrize(
    ("moment", "timing", "quiet", "expected"),
    [
        # default 21:00–08:00, Berlin summer (UTC+2)
        (u("2026-06-01 18:59"), UserTiming(BERLIN), False, u("2026-06-01 18:59")),
        (u("2026-06-01 19:00"), UserTiming(BERLIN), True, u("2026-06-02 06:00")),
        (u("2026-06-01 20:30"), UserTiming(BERLIN), True, u("2026-06-02 06:00")),  # 22:30 local
        (u("2026-06-02 00:00"), UserTiming(BERLIN), True, u("2026-06-02 06:00")),  # 02:00 local
        (u("2026-06-02 06:00"), UserTiming(BERLIN), False, u("2026-06-02 06:00")),  # end excl.
        # custom wrapping window 23:00–06:00, UTC
        (u("2026-06-01 22:00"), UserTiming("UTC", "23:00", "06:00"), False, u("2026-06-01 22:00")),
        (u("2026-06-01 23:30"), UserTiming("UTC", "23:00", "06:00"), True, u("2026-06-02 06:00")),
        (u("2026-06-02 05:59"), UserTiming("UTC", "23:00", "06:00"), True, u("2026-06-02 06:00")),
        # a window that does not wrap: lunch 12:00–13:00
        (u("2026-06-01 12:30"), UserTiming("UTC", "12:00", "13:00"), True, u("2026-06-01 13:00")),
        (u("2026-06-01 21:30"), UserTiming("UTC", "12:00", "13:00"), False, u("2026-06-01 21:30")),
        # equal ends: no quiet hours at all
        (u("2026-06-01 03:00"), UserTiming("UTC", "22:00", "22:00"), False, u("2026-06-01 03:00")),
        # fixed offsets: 21:30 at UTC+05:30 → 08:00 local next day
        (u("2026-06-01 16:00"), UserTiming("UTC+05:30"), True, u("2026-06-02 02:30")),
        # 23:00 at UTC-03:00 (02:00 UTC next day) → 08:00 local = 11:00 UTC
        (u("2026-06-02 02:00"), UserTiming("UTC-03:00"), True, u("2026-06-02 11:00")),
        # Berlin spring forward 2026-03-29: 22:30 CET → 08:00 CEST
        (u("2026-03-28 21:30"), UserTiming(BERLIN), True, u("2026-03-29 06:00")),
        # quiet end 02:30 does not exist on 2026-03-29 → 03:00 CEST, the jump itself
        (u("2026-03-28 23:00"), UserTiming(BERLIN, "21:00", "02:30"), True, u("2026-03-29 01:00")),
        # 02:30–02:00 on that night: the gap swallows the end and 03:00 is already the next
        # window, so quiet lasts until 02:00 CEST on 03-30
        (u("2026-03-28 12:00"), UserTiming(BERLIN, "02:30", "02:00"), True, u("2026-03-30 00:00")),
        # Samoa skipped 2011-12-30: 23:43 on the 29th → 08:00 on the 31st (UTC+14)
        (u("2011-12-30 09:43"), UserTiming("Pacific/Apia"), True, u("2011-12-30 18:00")),
        # New York spring forward 2026-03-08: 00:00 EST, end 02:30 missing → 03:00 EDT
        (
            u("2026-03-08 05:00"),
            UserTiming(NEW_YORK, "22:00", "02:30"),
            True,
            u("2026-03-08 07:00"),
        ),
        # …and the default end 08:00 is already EDT
        (u("2026-03-08 03:00"), UserTiming(NEW_YORK), True, u("2026-03-08 12:00")),
        # New York fall back 2026-11-01: 23:00 EDT → 08:00 EST
        (u("2026-11-01 03:00"), UserTiming(NEW_YORK), True, u("2026-11-01 13:00")),
        # end 01:30 happens twice: 01:10 EDT (first pass) → 01:30 EDT
        (
            u("2026-11-01 05:10"),
            UserTiming(NEW_YORK, "21:00", "01:30"),
            True,
            u("2026-11-01 05:30"),
        ),
        # 01:10 EST (second pass) → 01:30 EST, never back in time
        (
            u("2026-11-01 06:10"),
            UserTiming(NEW_YORK, "21:00", "01:30"),
            True,
            u("2026-11-01 06:30"),
        ),
    ],
)
def test_quiet_hours(moment, timing, quiet, expected):
    assert in_quiet_hours(moment, timing) is quiet
    moved = out_of_quiet_hours(moment, timing)
    assert moved == expected
    assert moved.tzinfo is UTC
    assert not in_quiet_hours(moved, timing)


def test_user_timing_validates():
    with pytest.raises(ValueError):
        UserTiming("UTC", "25:00", "08:00")
    with pytest.raises(ValueError):
        UserTiming("UTC", keep_in_touch_weeks=0)


# --------------------------------------------------------------------------- meetings


def kinds_due(planned: list[Planned]) -> dict[str, datetime]:
    assert [p.kind for p in planned] == sorted((p.kind for p in planned), key=KINDS.index)
    return {p.kind: p.due_at for p in planned}


def test_meeting_booked_days_ahead_plans_everything():
    # Wed 2026-06-10 10:00 CEST coffee for 30 min, booked a week before
    meeting = Meeting(u("2026-06-10 08:00"), 30, "coffee", u("2026-06-01 12:00"))
    assert kinds_due(plan_meeting(meeting, UserTiming(BERLIN))) == {
        "prep": u("2026-06-09 17:00"),  # 19:00 local the evening before
        "debrief": u("2026-06-10 08:45"),
        "thanks": u("2026-06-10 10:30"),
        "thanks_reminder": u("2026-06-11 06:00"),  # 06:30 local → end of quiet hours 08:00
        "referrals": u("2026-06-12 08:00"),  # 10:00 local two days on
    }


@pytest.mark.parametrize(
    ("starts_at", "booked_at", "timing", "expected_prep"),
    [
        # booked days ahead → 19:00 local the evening before
        (u("2026-06-10 08:00"), u("2026-06-01 12:00"), UserTiming(BERLIN), u("2026-06-09 17:00")),
        # booked the same local day (07:00 local for 14:00 local) → 2 h before
        (u("2026-06-10 12:00"), u("2026-06-10 05:00"), UserTiming(BERLIN), u("2026-06-10 10:00")),
        # booked the evening before after 19:00 → 2 h before (08:00 local)
        (u("2026-06-10 08:00"), u("2026-06-09 18:00"), UserTiming(BERLIN), u("2026-06-10 06:00")),
        # booked 1 h ahead → 2 h before is past → no prep
        (u("2026-06-10 12:00"), u("2026-06-10 11:00"), UserTiming(BERLIN), None),
        # same day 09:00 local: 07:00 is quiet → 08:00, still before the start
        (u("2026-06-10 07:00"), u("2026-06-10 04:00"), UserTiming(BERLIN), u("2026-06-10 06:00")),
        # same day 07:30 local: the quiet-hours move would land after the start → no prep
        (u("2026-06-10 05:30"), u("2026-06-09 23:00"), UserTiming(BERLIN), None),
        # 23:00 local Wed booked Tue 23:00 local: Tue 19:00 was past → 21:00 Wed is quiet → none
        (u("2026-06-10 21:00"), u("2026-06-09 21:00"), UserTiming(BERLIN), None),
        # DST between booking and meeting: Tue 2026-10-27 10:00 CET (09:00 UTC) booked
        # in CEST; prep at 19:00 CET on Mon 10-26 = 18:00 UTC
        (u("2026-10-27 09:00"), u("2026-10-20 08:00"), UserTiming(BERLIN), u("2026-10-26 18:00")),
        # fixed offset UTC+05:30: meeting 11:00 local on 06-10, prep 19:00 local on 06-09
        (
            u("2026-06-10 05:30"),
            u("2026-06-01 05:30"),
            UserTiming("UTC+05:30"),
            u("2026-06-09 13:30"),
        ),
        # UTC date differs from local date: New York Thu 21:00 EDT is Fri 01:00 UTC;
        # the evening before is Wed 19:00 EDT
        (u("2026-06-12 01:00"), u("2026-06-01 12:00"), UserTiming(NEW_YORK), u("2026-06-10 23:00")),
    ],
)
def test_prep(starts_at, booked_at, timing, expected_prep):
    planned = kinds_due(plan_meeting(Meeting(starts_at, 20, "video", booked_at), timing))
    assert planned.get("prep") == expected_prep


def test_meeting_across_dst_keeps_its_instant():
    # booked in summer time for Tue 2026-10-27 10:00 CET: stored as 09:00 UTC
    meeting = Meeting(u("2026-10-27 09:00"), 30, "coffee", u("2026-10-20 08:00"))
    assert kinds_due(plan_meeting(meeting, UserTiming(BERLIN))) == {
        "prep": u("2026-10-26 18:00"),
        "debrief": u("2026-10-27 09:45"),
        "thanks": u("2026-10-27 11:30"),
        "thanks_reminder": u("2026-10-28 07:00"),  # 05:30 UTC = 06:30 CET → 08:00 CET
        "referrals": u("2026-10-29 09:00"),
    }


def test_late_meeting_nudges_wait_for_morning():
    # 19:30–20:30 local in Berlin: debrief 20:45 ok, thanks 22:30 → 08:00 next day
    meeting = Meeting(u("2026-06-10 17:30"), 60, "phone", u("2026-06-01 12:00"))
    assert kinds_due(plan_meeting(meeting, UserTiming(BERLIN))) == {
        "prep": u("2026-06-09 17:00"),
        "debrief": u("2026-06-10 18:45"),
        "thanks": u("2026-06-11 06:00"),
        "thanks_reminder": u("2026-06-11 14:30"),
        "referrals": u("2026-06-12 08:00"),
    }


def test_thanks_reminder_dropped_when_quiet_hours_fold_it_into_thanks():
    # quiet 20:00–18:00 (UTC), meeting ends 18:00: thanks 20:00 and reminder 14:00
    # next day both land at 18:00 next day
    timing = UserTiming("UTC", "20:00", "18:00")
    meeting = Meeting(u("2026-06-10 17:00"), 60, "coffee", u("2026-06-01 18:00"))
    planned = kinds_due(plan_meeting(meeting, timing))
    assert planned["thanks"] == u("2026-06-11 18:00")
    assert "thanks_reminder" not in planned


def test_plan_meeting_rejects_naive_times():
    naive = Meeting(datetime(2026, 6, 10, 8), 30, "coffee", u("2026-06-01 12:00"))
    with pytest.raises(ValueError):
        plan_meeting(naive, UserTiming("UTC"))


# --------------------------------------------------------------------------- no reply


@pytest.mark.parametrize(
    ("sent_at", "timing", "second", "follow_up"),
    [
        # Fri 10:00 CET → Wed 10:00, Tue 10:00 a week later
        (u("2026-03-06 09:00"), UserTiming(BERLIN), u("2026-03-11 09:00"), u("2026-03-17 09:00")),
        # Thu 10:00 CET across the spring change → 10:00 CEST
        (u("2026-03-26 09:00"), UserTiming(BERLIN), u("2026-03-31 08:00"), u("2026-04-06 08:00")),
        # Thu 22:30 CET (quiet) → Tue 22:30 → Wed 08:00; follow-up Mon 22:30 → Tue 08:00
        (u("2026-03-05 21:30"), UserTiming(BERLIN), u("2026-03-11 07:00"), u("2026-03-17 07:00")),
        # Tue 22:00 UTC → Fri 22:00 (quiet) → Sat 08:00: nudges are for the user
        (u("2026-03-03 22:00"), UserTiming("UTC"), u("2026-03-07 08:00"), u("2026-03-13 08:00")),
    ],
)
def test_plan_no_reply(sent_at, timing, second, follow_up):
    assert plan_no_reply(sent_at, timing) == [
        Planned("second_contact", second),
        Planned("follow_up", follow_up),
    ]


# --------------------------------------------------------------------------- keep in touch


@pytest.mark.parametrize(
    ("last_contact", "timing", "expected"),
    [
        # 8 weeks on at 10:00 CET
        (u("2026-01-15 15:00"), UserTiming(BERLIN), u("2026-03-12 09:00")),
        # 23:30 EST on 01-15 is 01-16 in UTC: the local date counts; 10:00 EDT after the change
        (u("2026-01-16 04:30"), UserTiming(NEW_YORK), u("2026-03-12 14:00")),
        # custom cadence of 12 weeks
        (
            u("2026-02-01 12:00"),
            UserTiming(NEW_YORK, keep_in_touch_weeks=12),
            u("2026-04-26 14:00"),
        ),
        # 10:00 inside a 09:00–11:00 quiet window → 11:00
        (u("2026-01-15 15:00"), UserTiming("UTC", "09:00", "11:00"), u("2026-03-12 11:00")),
        # fixed offset UTC-03:00: 10:00 local = 13:00 UTC
        (u("2026-01-15 15:00"), UserTiming("UTC-03:00"), u("2026-03-12 13:00")),
    ],
)
def test_next_keep_in_touch(last_contact, timing, expected):
    assert next_keep_in_touch(last_contact, timing) == Planned("keep_in_touch", expected)


def test_keep_in_touch_resets_on_new_contact():
    timing = UserTiming(BERLIN)
    first = next_keep_in_touch(u("2026-01-15 15:00"), timing)
    # a contact logged three weeks later pushes the nudge three weeks on
    reset = next_keep_in_touch(u("2026-02-05 15:00"), timing)
    assert first.due_at == u("2026-03-12 09:00")
    assert reset.due_at == u("2026-04-02 08:00")  # 10:00 CEST
    assert reset.due_at - first.due_at == timedelta(weeks=3, hours=-1)


# --------------------------------------------------------------------------- snooze


@pytest.mark.parametrize(
    ("now", "choice", "timing", "expected"),
    [
        (u("2026-06-01 10:00"), "1h", UserTiming(BERLIN), u("2026-06-01 11:00")),
        # 20:30 local + 1 h is quiet → 08:00 local
        (u("2026-06-01 18:30"), "1h", UserTiming(BERLIN), u("2026-06-02 06:00")),
        # 23:30 local on 06-01 → 09:00 local on 06-02
        (u("2026-06-01 21:30"), "tomorrow", UserTiming(BERLIN), u("2026-06-02 07:00")),
        # 00:30 local on 06-02 → 09:00 local on 06-03
        (u("2026-06-01 22:30"), "tomorrow", UserTiming(BERLIN), u("2026-06-03 07:00")),
        # tomorrow 09:00 falls in a 21:00–10:00 window → 10:00
        (
            u("2026-06-01 10:00"),
            "tomorrow",
            UserTiming("UTC", "21:00", "10:00"),
            u("2026-06-02 10:00"),
        ),
        (u("2026-06-01 10:00"), "week", UserTiming(BERLIN), u("2026-06-08 07:00")),
        # a week across the autumn change: 09:00 CEST → 09:00 CET
        (u("2026-10-22 10:00"), "week", UserTiming(BERLIN), u("2026-10-29 08:00")),
        (u("2026-06-01 10:00"), "week", UserTiming("UTC+05:30"), u("2026-06-08 03:30")),
    ],
)
def test_snooze(now, choice, timing, expected):
    assert snooze(now, choice, timing) == expected


def test_snooze_unknown_choice():
    with pytest.raises(ValueError):
        snooze(u("2026-06-01 10:00"), "forever", UserTiming("UTC"))


# --------------------------------------------------------------------------- digests


def test_meeting_logged_after_it_happened_has_no_prep_and_a_thanks_within_the_day():
    # Berlin: coffee 10:00–10:30 local on Wed, logged at 12:00 local the same day
    meeting = Meeting(u("2026-06-10 08:00"), 30, "coffee", u("2026-06-10 10:00"))
    assert kinds_due(plan_meeting(meeting, UserTiming(BERLIN))) == {
        "debrief": u("2026-06-10 11:00"),  # the flow opens it at once; this is the fallback
        "thanks": u("2026-06-10 11:00"),  # 2 h after the end has passed: an hour after logging
        "thanks_reminder": u("2026-06-11 06:00"),  # 20 h after the end, out of quiet hours
        "referrals": u("2026-06-12 08:00"),
    }


def test_meeting_logged_days_later_gets_its_reminders_from_the_logging_on():
    # logged on Sat 13 Jun at 18:00 local for Wed 10:00: everything follows the logging
    meeting = Meeting(u("2026-06-10 08:00"), 30, "coffee", u("2026-06-13 16:00"))
    assert kinds_due(plan_meeting(meeting, UserTiming(BERLIN))) == {
        "debrief": u("2026-06-13 17:00"),
        "thanks": u("2026-06-13 17:00"),  # no reminder: its 20 h have long passed
        "referrals": u("2026-06-14 08:00"),  # the next morning, not three days ago
    }
