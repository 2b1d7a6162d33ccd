"""What a meeting, its debrief and the names suggested write, on a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from bot.features.meetings import store
from bot.features.meetings.effects import AddReferrals, SaveDebrief, SaveMeeting
from bot.features.nudges.effects import NewNudge
from bot.storage.migrations import migrate

NOW = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)
U = 1


@pytest.fixture
def conn(tmp_path) -> sqlite3.Connection:
    c = sqlite3.connect(tmp_path / "t.sqlite3", isolation_level=None)
    c.row_factory = sqlite3.Row
    migrate(c)
    c.execute("INSERT INTO users (id, chat_id, tz, created_at, updated_at) "
              "VALUES (1, 1, 'Europe/Berlin', 'x', 'x')")
    return c


def log(conn, starts: datetime, kinds: dict[str, datetime], inst: int = 3) -> int:
    e = SaveMeeting(None, "Dana Lee", starts, 30, "coffee",
                    tuple(NewNudge(k, d) for k, d in kinds.items()), NOW + timedelta(weeks=8),
                    inst=inst)
    return store.save_meeting(conn, U, e, NOW)


def nudges(conn) -> dict[str, tuple[str, str]]:
    return {r["kind"]: (r["status"], r["due_at"]) for r in conn.execute(
        "SELECT kind, status, due_at FROM nudges ORDER BY id")}


def test_the_debrief_of_a_meeting_logged_late_brings_the_thank_you_forward(conn):
    later = NOW + timedelta(hours=1)
    log(conn, NOW - timedelta(hours=3), {"debrief": later, "thanks": later})
    store.save_debrief(conn, U, SaveDebrief(None, (("learned", "SQL first"),), 3), NOW)
    assert nudges(conn)["thanks"] == ("pending", later.isoformat())  # one answer: not yet
    store.save_debrief(conn, U, SaveDebrief(None, (("learned", "SQL first"),), 3, final=True),
                       NOW)
    assert nudges(conn)["debrief"][0] == "done"
    assert nudges(conn)["thanks"] == ("pending", NOW.isoformat())  # now, after the debrief
    notes = json.loads(conn.execute("SELECT notes FROM meetings").fetchone()[0])
    assert notes == {"learned": "SQL first"}


def test_a_thank_you_sent_before_the_debrief_comes_again_naming_what_was_learned(conn):
    meeting = log(conn, NOW - timedelta(hours=4), {"thanks": NOW - timedelta(hours=1)})
    conn.execute("UPDATE nudges SET status = 'sent' WHERE kind = 'thanks'")
    store.save_debrief(conn, U, SaveDebrief(meeting, (("learned", "x"),), final=True), NOW)
    assert nudges(conn)["thanks"] == ("pending", NOW.isoformat())


def test_a_debrief_soon_after_the_meeting_leaves_the_thank_you_at_its_time(conn):
    at = NOW + timedelta(hours=1, minutes=40)
    meeting = log(conn, NOW - timedelta(minutes=50), {"thanks": at})
    store.save_debrief(conn, U, SaveDebrief(meeting, (("learned", "x"),), final=True), NOW)
    assert nudges(conn)["thanks"] == ("pending", at.isoformat())


def test_names_with_context_are_contacts_with_role_and_organisation(conn):
    log(conn, NOW - timedelta(hours=3), {})
    conn.execute("UPDATE contacts SET organisation = 'St Mary Clinic' WHERE name = 'Dana Lee'")
    store.add_referrals(conn, U, AddReferrals(
        None, ("Lena Hoffmann", "Dr. Amir Haddad"), None,
        (("research ops", "N26", False), ("nurse manager", "", True)), 3), NOW)
    rows = conn.execute("""SELECT c.name, c.role, c.organisation, r.name FROM contacts c
                           JOIN contacts r ON r.id = c.referred_by ORDER BY c.id""").fetchall()
    assert [tuple(r) for r in rows] == [
        ("Lena Hoffmann", "research ops", "N26", "Dana Lee"),
        ("Dr. Amir Haddad", "nurse manager", "St Mary Clinic", "Dana Lee")]


def test_the_first_referrer_is_kept(conn):
    log(conn, NOW, {}, inst=3)
    other = conn.execute("INSERT INTO contacts (user_id, name, created_at, updated_at) VALUES "
                         "(1, 'Maya Chen', 'x', 'x') RETURNING id").fetchone()[0]
    store.add_referrals(conn, U, AddReferrals(other, ("Lena Hoffmann",)), NOW)
    store.add_referrals(conn, U, AddReferrals(None, ("Lena Hoffmann",), meeting_inst=3), NOW)
    referrer = conn.execute("SELECT r.name FROM contacts c JOIN contacts r ON r.id = "
                            "c.referred_by WHERE c.name = 'Lena Hoffmann'").fetchone()[0]
    assert referrer == "Maya Chen"


def test_keep_in_touch_is_tied_to_the_latest_meeting_for_its_draft(conn):
    meeting = log(conn, NOW - timedelta(hours=3), {})
    row = conn.execute("SELECT meeting_id FROM nudges WHERE kind = 'keep_in_touch'").fetchone()
    assert row[0] == meeting
