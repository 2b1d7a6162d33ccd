from datetime import UTC, datetime

import pytest

from bot.engine.text import CLOCK, local
from bot.engine.timezones import parse_hhmm, parse_quiet_hours, parse_timezone, zone


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("berlin", "Europe/Berlin"),
        ("New York", "America/New_York"),
        ("UTC", "UTC"),
        ("gmt", "UTC"),
        ("UTC+2", "UTC+02:00"),
        ("+5:30", "UTC+05:30"),
        ("GMT-3", "UTC-03:00"),
        ("utc −4", "UTC-04:00"),
        ("UTC+0545", "UTC+05:45"),
        ("UTC+0", "UTC"),
        ("Narnia", None),
        ("UTC+15", None),
        ("", None),
        ("+5:75", None),
    ],
)
def test_parse_timezone(typed, expected):
    assert parse_timezone(typed) == expected


def test_offset_zone_and_local_time():
    noon = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    assert local(noon, "UTC+05:30", CLOCK) == "17:30"
    assert local(noon, "America/New_York", CLOCK) == "08:00"  # daylight time
    assert zone("UTC-03:00").utcoffset(noon).total_seconds() == -3 * 3600


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("22:00-07:30", ("22:00", "07:30")), ("22-7", ("22:00", "07:00")),
     ("21:00 to 08:00", ("21:00", "08:00")), ("9pm-8am", None), ("22-22", None), ("25-7", None)],
)
def test_parse_quiet_hours(typed, expected):
    assert parse_quiet_hours(typed) == expected


def test_parse_hhmm():
    assert parse_hhmm("7") == "07:00" and parse_hhmm("0730") == "07:30" and parse_hhmm("24") is None
