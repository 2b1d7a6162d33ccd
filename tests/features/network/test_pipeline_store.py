"""advance_contact, the one SQL write of a pipeline move, against a migrated database."""

from __future__ import annotations

import sqlite3

import pytest

from bot.features.network.pipeline import STAGES, Event, advance
from bot.features.network.pipeline_store import advance_contact
from bot.storage.migrations import migrate

OLD, NEW = "2026-01-01T00:00:00+00:00", "2026-02-02T10:00:00+00:00"


@pytest.fixture
def conn():
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    migrate(conn)
    for user in (1, 2):
        conn.execute("INSERT INTO users (id, chat_id, created_at, updated_at) VALUES (?, ?, ?, ?)",
                     (user, user, OLD, OLD))
    return conn


def contact(conn: sqlite3.Connection, stage: str, user: int = 1) -> int:
    return conn.execute(
        """INSERT INTO contacts (user_id, name, status, last_contact_at, created_at, updated_at)
           VALUES (?, 'Kim', ?, ?, ?, ?) RETURNING id""", (user, stage, OLD, OLD, OLD)
    ).fetchone()[0]


def row(conn: sqlite3.Connection, contact_id: int) -> sqlite3.Row:
    return conn.execute("SELECT status, updated_at, last_contact_at FROM contacts WHERE id = ?",
                        (contact_id,)).fetchone()


@pytest.mark.parametrize("event", list(Event))
@pytest.mark.parametrize("stage", STAGES)
def test_the_stored_stage_is_the_pure_one(conn, stage, event):
    cid = contact(conn, stage)
    moved = advance_contact(conn, 1, cid, event, NEW)
    after = row(conn, cid)
    assert after["status"] == advance(stage, event)
    assert moved == (after["status"] != stage)
    assert after["updated_at"] == (NEW if moved else OLD)  # stamped only when it moves
    assert after["last_contact_at"] == OLD  # not asked to


def test_last_contact_is_stamped_only_with_a_move(conn):
    scheduled, thanked = contact(conn, "scheduled"), contact(conn, "thanked")
    assert advance_contact(conn, 1, scheduled, Event.MET, NEW, last_contact=True)
    assert not advance_contact(conn, 1, thanked, Event.MET, NEW, last_contact=True)
    assert tuple(row(conn, scheduled)) == ("met", NEW, NEW)
    assert tuple(row(conn, thanked)) == ("thanked", OLD, OLD)


def test_another_users_contact_is_never_moved(conn):
    theirs = contact(conn, "asked", user=2)
    assert not advance_contact(conn, 1, theirs, Event.REPLIED, NEW)
    assert row(conn, theirs)["status"] == "asked"
