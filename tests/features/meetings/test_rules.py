"""Meeting times as people type them on a phone, read in the user's zone at a fixed now."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.engine.timezones import zone
from bot.features.meetings.rules import month_first, normalise, parse_when

MONDAY = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # Monday 2 Nov 2026, 10:00 in Berlin
SATURDAY = datetime(2026, 11, 7, 9, 0, tzinfo=UTC)
BERLIN, NEW_YORK = "Europe/Berlin", "America/New_York"


def read(text: str, tz: str = BERLIN, now: datetime = MONDAY) -> list[str] | str:
    """The readings as local wall times, or the problem."""
    got = parse_when(text, now, tz)
    if got.problem:
        return got.problem
    return [c.astimezone(zone(tz)).strftime("%a %d %b %Y %H:%M") for c in got.choices]


@pytest.mark.parametrize(("typed", "expected"), [
    # what read before keeps reading the same way
    ("tomorrow 3pm", "Tue 03 Nov 2026 15:00"),
    ("Dec 3 10:30", "Thu 03 Dec 2026 10:30"),
    ("2026-12-03 15:00", "Thu 03 Dec 2026 15:00"),
    ("3 pm tomorrow", "Tue 03 Nov 2026 15:00"),
    ("friday noon", "Fri 06 Nov 2026 12:00"),
    ("Thu 15:30", "Thu 05 Nov 2026 15:30"),
    ("13/3 10:00", "Sat 13 Mar 2027 10:00"),
    # phone typing
    ("tmrw 4:30pm", "Tue 03 Nov 2026 16:30"),
    ("Tmrw @ 4:30 p.m.", "Tue 03 Nov 2026 16:30"),
    ("tmr 10", "Tue 03 Nov 2026 10:00"),
    ("tomorrow at 3", "Tue 03 Nov 2026 15:00"),  # a meeting, so the afternoon
    ("tomorrow 03:00", "Tue 03 Nov 2026 03:00"),  # a leading zero is meant as typed
    ("tuesday at 3", "Tue 03 Nov 2026 15:00"),
    ("tomorrow 3.30", "Tue 03 Nov 2026 15:30"),
    ("tmrw 15h30", "Tue 03 Nov 2026 15:30"),
    ("fri 11", "Fri 06 Nov 2026 11:00"),
    ("Thu at 12", "Thu 05 Nov 2026 12:00"),
    ("tonight 8", "Mon 02 Nov 2026 20:00"),
    ("day after tomorrow 3pm", "Wed 04 Nov 2026 15:00"),
    ("in 2 days at 3pm", "Wed 04 Nov 2026 15:00"),
    ("this friday 2pm", "Fri 06 Nov 2026 14:00"),
    ("next week tuesday 3pm", "Tue 10 Nov 2026 15:00"),
    ("tuesday next week at 10", "Tue 10 Nov 2026 10:00"),
    ("next monday 9", "Mon 09 Nov 2026 09:00"),  # said on a Monday: a week on
    # relative
    ("in 2 hours", "Mon 02 Nov 2026 12:00"),
    ("in 90 min", "Mon 02 Nov 2026 11:30"),
    ("in an hour", "Mon 02 Nov 2026 11:00"),
    ("in half an hour", "Mon 02 Nov 2026 10:30"),
    ("in 1.5 hours", "Mon 02 Nov 2026 11:30"),
    ("in 2h", "Mon 02 Nov 2026 12:00"),
    ("in 2 hours and 30 minutes", "Mon 02 Nov 2026 12:30"),
    # a time alone: today, or tomorrow once it has passed
    ("noon", "Mon 02 Nov 2026 12:00"),
    ("half past 2", "Mon 02 Nov 2026 14:30"),
    ("quarter to 3 tomorrow", "Tue 03 Nov 2026 14:45"),
    ("9:00", "Tue 03 Nov 2026 09:00"),
    # month names and ordinals
    ("3rd of December at 2pm", "Thu 03 Dec 2026 14:00"),
    ("December 3rd 2pm", "Thu 03 Dec 2026 14:00"),
    ("3 dec 2026 10:00", "Thu 03 Dec 2026 10:00"),
    ("Dec 3 at 3", "Thu 03 Dec 2026 15:00"),
])
def test_one_reading(typed: str, expected: str) -> None:
    assert read(typed) == [expected]


def test_next_weekday_early_in_the_week_reads_two_ways() -> None:
    assert read("next Tuesday 3pm") == ["Tue 03 Nov 2026 15:00", "Tue 10 Nov 2026 15:00"]
    assert read("next friday 2pm") == ["Fri 06 Nov 2026 14:00", "Fri 13 Nov 2026 14:00"]


def test_next_weekday_at_the_weekend_is_the_coming_one() -> None:
    assert read("next tuesday 3pm", now=SATURDAY) == ["Tue 10 Nov 2026 15:00"]
    assert read("next saturday 3pm", now=SATURDAY) == ["Sat 14 Nov 2026 15:00"]


def test_todays_weekday_reads_two_ways_while_the_time_is_ahead() -> None:
    assert read("Mon 3pm") == ["Mon 02 Nov 2026 15:00", "Mon 09 Nov 2026 15:00"]
    assert read("mon 9am") == ["Mon 09 Nov 2026 09:00"]  # passed today: next week


def test_a_numeric_date_offers_both_readings_in_the_zones_order() -> None:
    assert read("3/12 10:00") == ["Thu 03 Dec 2026 10:00", "Fri 12 Mar 2027 10:00"]
    assert read("3/12 10:00", NEW_YORK) == ["Fri 12 Mar 2027 10:00", "Thu 03 Dec 2026 10:00"]
    assert read("3.12. 10:00") == ["Thu 03 Dec 2026 10:00", "Fri 12 Mar 2027 10:00"]


def test_a_numeric_date_that_reads_one_way_only() -> None:
    assert read("12/25 9am", NEW_YORK) == ["Fri 25 Dec 2026 09:00"]
    assert read("25/12 9am") == ["Fri 25 Dec 2026 09:00"]
    # 11 Oct is three weeks gone, so "10/11" is 10 Nov in either zone
    assert read("10/11 15:00", NEW_YORK) == ["Tue 10 Nov 2026 15:00"]
    assert read("3/12/2026 10:00") == ["Thu 03 Dec 2026 10:00"]  # 12 Mar 2026 has passed


def test_a_date_without_a_year_long_gone_is_next_years() -> None:
    assert read("25/1 10:00", now=datetime(2026, 12, 30, 9, 0, tzinfo=UTC)) == [
        "Mon 25 Jan 2027 10:00"]


def test_the_zone_decides_the_day_and_the_hour() -> None:
    assert read("tomorrow 3pm", NEW_YORK) == ["Tue 03 Nov 2026 15:00"]
    assert parse_when("tomorrow 3pm", MONDAY, NEW_YORK).choices == [
        datetime(2026, 11, 3, 20, 0, tzinfo=UTC)]
    assert parse_when("in 2 hours", MONDAY, "UTC+05:30").choices == [
        datetime(2026, 11, 2, 11, 0, tzinfo=UTC)]


@pytest.mark.parametrize(("typed", "problem"), [
    ("", "empty"), ("   ", "empty"),
    ("next friday", "no_time"), ("tomorrow", "no_time"), ("Dec 3", "no_time"),
    ("12/3", "no_time"), ("in 2 days", "no_time"),
    ("blah blah", "unreadable"), ("31/2 10:00", "unreadable"),
    ("2026-10-20 15:00", "past"), ("Oct 20 3pm", "past"), ("8 days ago", "past"),
])
def test_problems(typed: str, problem: str) -> None:
    assert read(typed) == problem


@pytest.mark.parametrize(("typed", "reading"), [  # MONDAY is Mon 02 Nov 2026, 10:00
    ("today 9:00", "Mon 02 Nov 2026 09:00"), ("yesterday 3pm", "Sun 01 Nov 2026 15:00"),
    ("2026-11-01 15:00", "Sun 01 Nov 2026 15:00"), ("last friday 4:30pm", "Fri 30 Oct 2026 16:30"),
    ("2 hours ago", "Mon 02 Nov 2026 08:00"), ("an hour ago", "Mon 02 Nov 2026 09:00"),
    ("Oct 28 11am", "Wed 28 Oct 2026 11:00"), ("this morning 9am", "Mon 02 Nov 2026 09:00"),
    ("yesterday afternoon at 3", "Sun 01 Nov 2026 15:00"),
])
def test_a_meeting_in_the_last_week_reads_as_already_happened(typed: str, reading: str) -> None:
    assert read(typed) == [reading]


def test_normalise() -> None:
    assert normalise("Tmrw @ 4:30p.m.!") == "tomorrow at 4:30 pm"
    assert normalise("Thurs 3p") == "thursday 3 pm"
    assert normalise("Dec 3rd, 10am") == "december 3 10 am"


def test_month_first_zones() -> None:
    assert month_first(NEW_YORK) and month_first("America/Indiana/Indianapolis")
    assert not month_first(BERLIN) and not month_first("UTC-05:00")


def test_warm_up_loads_the_fallback_parser() -> None:
    import sys

    from bot.features.meetings.rules import warm_up

    warm_up(MONDAY)
    assert "dateparser" in sys.modules
