"""The card's writes, against a migrated database: each scoped to the user who pressed."""

from __future__ import annotations

import sqlite3

import pytest

from bot.features.network import store
from bot.features.network.effects import (
    AddContact,
    DeleteContact,
    EditContact,
    LogInteraction,
    SetStage,
)
from bot.features.nudges.store import of_contact
from bot.storage.migrations import migrate
from tests.features.network.seed import NOW, seed_network

SAM, EVE = 1000, 1001


@pytest.fixture
def conn():
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    migrate(conn)
    seed_network(conn, SAM, 40)
    seed_network(conn, EVE, 5)
    return conn


def snapshot(conn, user: int) -> str:
    return repr(store.export_data(conn, user)) + repr(store.index(conn, user))


def test_no_write_reaches_another_users_contact(conn):
    sams = store.index(conn, SAM)[5][0]
    before = snapshot(conn, SAM)
    assert not store.edit_contact(conn, EVE, EditContact(sams, "name", "pwned"), NOW)
    assert not store.edit_contact(conn, EVE, EditContact(sams, "referred_by", ""), NOW)
    assert not store.log_interaction(conn, EVE, LogInteraction(sams, "talked", NOW), NOW)
    assert not store.set_stage(conn, EVE, SetStage(sams, "met"), NOW)
    assert not store.delete_contact(conn, EVE, DeleteContact(sams), NOW)
    assert store.card(conn, EVE, sams) is None
    assert snapshot(conn, SAM) == before


def test_a_referrer_must_be_the_users_own_and_not_close_a_circle(conn):
    chain = [r for r in store.index(conn, SAM) if r[1] in ("Dana Whitfield", "Chloe Park")]
    dana, chloe = sorted(chain, key=lambda r: r[1])[1][0], sorted(chain, key=lambda r: r[1])[0][0]
    eves = store.index(conn, EVE)[0][0]
    assert not store.edit_contact(conn, SAM, EditContact(chloe, "referred_by", str(eves)), NOW)
    assert not store.edit_contact(conn, SAM, EditContact(dana, "referred_by", str(chloe)), NOW)
    assert store.edit_contact(conn, SAM, EditContact(chloe, "referred_by", str(dana)), NOW)


def test_an_unknown_field_or_stage_is_refused(conn):
    cid = store.index(conn, SAM)[0][0]
    assert not store.edit_contact(conn, SAM, EditContact(cid, "user_id", "1001"), NOW)
    assert not store.set_stage(conn, SAM, SetStage(cid, "ghosted"), NOW)


def test_logging_restarts_keep_in_touch_and_stops_the_chase(conn):
    cid = store.add_contact(conn, SAM, AddContact("Kim Lee", "Lumen Labs"), NOW)
    conn.execute("INSERT INTO nudges (user_id, contact_id, kind, due_at, created_at) "
                 "VALUES (?, ?, 'follow_up', ?, ?)", (SAM, cid, "2026-12-09", "2026-11-30"))
    store.set_stage(conn, SAM, SetStage(cid, "asked"), NOW)
    assert store.log_interaction(conn, SAM, LogInteraction(cid, "talked", NOW), NOW)
    assert store.log_interaction(conn, SAM, LogInteraction(cid, "coffee", NOW), NOW)
    reminders = {(n["kind"], n["status"]) for n in of_contact(conn, SAM, cid)}
    assert reminders == {("follow_up", "cancelled"), ("keep_in_touch", "cancelled"),
                         ("keep_in_touch", "pending")}
    assert store.card(conn, SAM, cid)["contact"]["status"] == "met"


def test_deleting_takes_its_rows_and_unlinks_whom_they_suggested(conn):
    by_name = {r[1]: r[0] for r in store.index(conn, SAM)}
    ana, ben = by_name["Ana Ruiz"], by_name["Ben Okafor"]
    assert of_contact(conn, SAM, ana)
    assert store.delete_contact(conn, SAM, DeleteContact(ana), NOW)
    assert of_contact(conn, SAM, ana) == []
    for table in ("drafts", "meetings", "interactions", "nudges"):
        assert conn.execute(f"SELECT COUNT(*) FROM {table} WHERE contact_id = ?",
                            (ana,)).fetchone()[0] == 0, table
    assert store.card(conn, SAM, ben)["contact"]["referred_by"] is None
