"""One rule for "is this the same person?", on a real SQLite file: outreach, a logged meeting,
a referral and a referrer all reuse the contact rather than add a second one."""

from __future__ import annotations

import sqlite3

import pytest

from bot.features.outreach.store import find_contact, find_or_create_contact, record_referrer
from bot.storage.migrations import migrate

STAMP = "2026-11-02T09:00:00+00:00"


@pytest.fixture
def conn(tmp_path) -> sqlite3.Connection:
    conn = sqlite3.connect(tmp_path / "bot.sqlite3", isolation_level=None)
    migrate(conn)
    conn.execute("INSERT INTO users (id, chat_id, name, created_at, updated_at) "
                 "VALUES (1, 1, 'Kim', ?, ?)", (STAMP, STAMP))
    return conn


def test_the_same_person_however_written(conn: sqlite3.Connection) -> None:
    dana = find_or_create_contact(conn, 1, "Dr. Dana Lee", "Head of FP&A", "Acme", STAMP)
    assert find_contact(conn, 1, "dana lee", "ACME") == dana
    assert find_contact(conn, 1, "Dana Lee") == dana  # organisation not said: still her
    assert find_contact(conn, 1, "Dana Lee", "Globex") is None  # another Dana Lee
    # a meeting logged by name only reuses her, and learns nothing wrong about her
    assert find_or_create_contact(conn, 1, "Dana Lee", "", "", STAMP) == dana
    assert conn.execute("SELECT organisation, role FROM contacts WHERE id = ?",
                        (dana,)).fetchone() == ("Acme", "Head of FP&A")
    assert conn.execute("SELECT COUNT(*) FROM contacts").fetchone()[0] == 1


def test_an_organisation_learnt_later_fills_the_gap(conn: sqlite3.Connection) -> None:
    sam = find_or_create_contact(conn, 1, "Sam Ortiz", "", "", STAMP)
    assert find_or_create_contact(conn, 1, "Sam Ortiz", "Analyst", "Initech", STAMP) == sam
    assert conn.execute("SELECT organisation FROM contacts WHERE id = ?", (sam,)).fetchone() == (
        "Initech",)


def test_the_same_organisation_wins_over_an_unknown_one(conn: sqlite3.Connection) -> None:
    unknown = find_or_create_contact(conn, 1, "Ana Ruiz", "", "", STAMP)
    conn.execute("INSERT INTO contacts (user_id, name, role, organisation, created_at, "
                 "updated_at) VALUES (1, 'Ana Ruiz', '', 'Acme', ?, ?)", (STAMP, STAMP))
    at_acme = conn.execute("SELECT id FROM contacts WHERE organisation = 'Acme'").fetchone()[0]
    assert find_contact(conn, 1, "Ana Ruiz", "Acme") == at_acme
    assert find_contact(conn, 1, "Ana Ruiz") == unknown  # the earliest


def test_a_referrer_named_with_a_title_is_the_known_contact(conn: sqlite3.Connection) -> None:
    dana = find_or_create_contact(conn, 1, "Dana Lee", "", "Acme", STAMP)
    ben = find_or_create_contact(conn, 1, "Ben Okafor", "", "Acme", STAMP)
    assert record_referrer(conn, 1, ben, "Ms Dana Lee", STAMP) == dana
    assert conn.execute("SELECT referred_by FROM contacts WHERE id = ?", (ben,)).fetchone() == (
        dana,)
    assert conn.execute("SELECT COUNT(*) FROM contacts").fetchone()[0] == 2
