"""/export read back the way a spreadsheet and a calendar app read it."""

from __future__ import annotations

import csv
import io
import sqlite3
import zipfile
from datetime import datetime, timedelta

import pytest
from icalendar import Calendar

from bot.features.network import store
from bot.features.network.export import archive, csv_bytes, safe
from bot.storage.migrations import migrate
from tests.features.flow_support import make_user
from tests.features.network.seed import FORMULA_NAMES, NOW, seed_network

USER = 1000


@pytest.fixture(scope="module")
def data() -> dict:
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    migrate(conn)
    seed_network(conn, USER, 250)
    return store.export_data(conn, USER)


@pytest.fixture(scope="module")
def files(data) -> dict[str, bytes]:
    name, content = archive(data, make_user(id=USER, tz="Europe/Berlin"), NOW)
    assert name == "interview-coach-2026-11-30.zip"
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        assert z.testzip() is None
        return {n: z.read(n) for n in z.namelist()}


def table(raw: bytes) -> list[dict[str, str]]:
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_every_file_is_there_and_every_field_quoted(files):
    assert sorted(files) == ["README.txt", "contacts.csv", "debrief_notes.csv", "drafts.csv",
                             "interactions.csv", "meetings.csv", "meetings.ics", "practice.csv"]
    for name, raw in files.items():
        if name.endswith(".csv"):
            first = raw.decode("utf-8-sig").splitlines()[0]
            assert first.startswith('"') and first.endswith('"') and '","' in first, name


def test_contacts_read_back(files):
    rows = table(files["contacts.csv"])
    assert len(rows) == 250
    ana = next(r for r in rows if r["name"] == "Ana Ruiz")
    assert ana["suggested by"] == "Dana Whitfield" and ana["organisation"] == "Summit Media"
    assert ana["last contact (Europe/Berlin)"] == "2026-08-10 14:00"  # 12:00 UTC, summer time
    assert sum("García" in r["name"] for r in rows) > 0  # UTF-8 survives


def test_formula_looking_names_are_neutralised(files):
    names = {r["name"] for r in table(files["contacts.csv"])}
    for formula in FORMULA_NAMES:
        assert formula not in names and "'" + formula in names
    for name, raw in files.items():
        if name.endswith(".csv"):
            for row in csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")):
                assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in row)


@pytest.mark.parametrize("value", ["=1+1", "+44 20", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_each_dangerous_start(value):
    assert safe(value) == "'" + value
    out = list(csv.reader(io.StringIO(csv_bytes(["v"], [[value]]).decode("utf-8-sig"),
                                      newline="")))
    assert out[1] == ["'" + value]


def test_numbers_and_plain_text_stay_as_they_are():
    assert safe(-2) == -2 and safe("Ana") == "Ana" and safe(None) == ""


def test_drafts_interactions_debriefs_meetings_practice(files, data):
    drafts = table(files["drafts.csv"])
    assert len(drafts) == len(data["drafts"]) == 150
    assert {d["channel"] for d in drafts} == {"email"}
    assert drafts[0]["text"].startswith("Hi ") and drafts[0]["checks passed"] == "9"
    every_time = [d["sent (Europe/Berlin)"] for d in drafts]
    assert all(datetime.strptime(t, "%Y-%m-%d %H:%M") for t in every_time)
    what = {r["what"] for r in table(files["interactions.csv"])}
    assert {"They replied", "You met for coffee", "stage set to scheduled",
            "reminder done: thank-you", "reminder skipped: keep in touch"} <= what
    notes = table(files["debrief_notes.csv"])
    assert {n["question"] for n in notes} == {"learned", "next time"}
    assert len(table(files["meetings.csv"])) == 75
    practice = table(files["practice.csv"])
    assert len(practice) == 8 and practice[0]["score (of 10)"] == "3.5"


def test_the_calendar_parses_with_the_users_zone(files):
    cal = Calendar.from_ical(files["meetings.ics"])
    events = cal.walk("VEVENT")
    assert len(events) == 75
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
    first = events[0]
    start = first.decoded("dtstart")
    assert str(start.tzinfo) == "Europe/Berlin"
    assert (first.decoded("dtend") - start).total_seconds() == 20 * 60
    assert str(first["uid"]).startswith(f"meeting-{USER}-")
    assert b"DTSTART;TZID=Europe/Berlin:" in files["meetings.ics"]


def z_ics(content: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        return z.read("meetings.ics")


def test_a_fixed_offset_zone_writes_utc(data):
    _, content = archive(data, make_user(id=USER, tz="UTC+05:30"), NOW)
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        cal = Calendar.from_ical(z.read("meetings.ics"))
        contacts = table(z.read("contacts.csv"))
    assert cal.walk("VTIMEZONE") == []
    start = cal.walk("VEVENT")[0].decoded("dtstart")
    assert start.utcoffset() == timedelta(0) and b"DTSTART:2026" in z_ics(content)
    assert "last contact (UTC+05:30)" in contacts[0]


def test_an_empty_account_exports_headers_only():
    empty = {k: [] for k in ("contacts", "interactions", "reminders", "drafts", "meetings",
                             "practice")}
    _, content = archive(empty, make_user(), NOW)
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        assert table(z.read("contacts.csv")) == []
        assert Calendar.from_ical(z.read("meetings.ics")).walk("VEVENT") == []
