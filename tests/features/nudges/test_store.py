"""Claiming due nudges: small groups, an attempt counted per claim, leases, and a crash loop
that ends in 'failed' (issue 16, Must-have 1)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from bot.features.nudges import store
from bot.features.nudges.store import MAX_ATTEMPTS, SendResult
from bot.storage.migrations import migrate

T0 = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
LEASE = timedelta(minutes=10)


@pytest.fixture
def conn() -> sqlite3.Connection:
    c = sqlite3.connect(":memory:", isolation_level=None)
    c.row_factory = sqlite3.Row
    migrate(c)
    for user_id in (1, 2):
        c.execute("INSERT INTO users (id, chat_id, tz, created_at, updated_at) "
                  "VALUES (?, ?, 'Europe/Berlin', 'x', 'x')", (user_id, user_id))
    return c


def add(conn: sqlite3.Connection, kind: str = "referrals", due: datetime = T0,
        user_id: int = 1) -> int:
    contact = conn.execute("INSERT INTO contacts (user_id, name, created_at, updated_at) "
                           "VALUES (?, 'Kim', 'x', 'x') RETURNING id", (user_id,)).fetchone()[0]
    return store.add(conn, user_id, kind, due, T0, contact_id=contact)


def row(conn: sqlite3.Connection, nudge_id: int) -> sqlite3.Row:
    return conn.execute("SELECT * FROM nudges WHERE id = ?", (nudge_id,)).fetchone()


def test_claims_a_small_group_in_due_order_and_counts_an_attempt_each(conn):
    ids = [add(conn, due=T0 - timedelta(minutes=i)) for i in range(5)]
    claimed = store.claim_due(conn, T0, 3, LEASE)
    assert [n.id for n in claimed] == ids[:1:-1]  # the three due longest ago
    assert [n.attempts for n in claimed] == [1, 1, 1]
    assert [row(conn, i)["status"] for i in ids] == ["pending"] * 2 + ["sending"] * 3
    assert [row(conn, i)["attempts"] for i in ids] == [0, 0, 1, 1, 1]


def test_a_users_other_due_digest_rows_join_the_group_so_the_digest_stays_whole(conn):
    first = add(conn, "keep_in_touch", T0 - timedelta(hours=2))
    other = add(conn, "referrals", T0 - timedelta(hours=1), user_id=2)
    later = [add(conn, "keep_in_touch", T0 - timedelta(minutes=m)) for m in (30, 20)]
    not_due = add(conn, "keep_in_touch", T0 + timedelta(minutes=1))
    claimed = {n.id for n in store.claim_due(conn, T0, 1, LEASE)}
    assert claimed == {first, *later}
    assert row(conn, other)["status"] == "pending" and row(conn, not_due)["status"] == "pending"


def test_a_row_left_sending_returns_once_its_lease_expires_without_a_restart(conn):
    nudge = add(conn)
    store.claim_due(conn, T0, 10, LEASE)  # ... and the process that claimed it died
    assert store.claim_due(conn, T0 + LEASE - timedelta(seconds=1), 10, LEASE) == []
    again = store.claim_due(conn, T0 + LEASE + timedelta(seconds=1), 10, LEASE)
    assert [n.id for n in again] == [nudge] and again[0].attempts == 2


def test_a_row_claimed_max_attempts_times_without_an_outcome_ends_failed(conn):
    nudge = add(conn)
    now = T0
    for _ in range(MAX_ATTEMPTS):
        assert [n.id for n in store.claim_due(conn, now, 10, LEASE)] == [nudge]
        now += LEASE + timedelta(seconds=1)  # each claim dies mid-send
    assert store.claim_due(conn, now, 10, LEASE) == []
    r = row(conn, nudge)
    assert r["status"] == "failed" and r["attempts"] == MAX_ATTEMPTS
    assert "without an outcome" in r["last_error"]


def test_recover_at_start_up_releases_every_sending_row_or_fails_an_exhausted_one(conn):
    fresh, worn = add(conn), add(conn)
    conn.execute("UPDATE nudges SET attempts = ? WHERE id = ?", (MAX_ATTEMPTS - 1, worn))
    store.claim_due(conn, T0, 10, LEASE)
    assert store.recover(conn) == 2
    assert row(conn, fresh)["status"] == "pending" and row(conn, fresh)["attempts"] == 1
    assert row(conn, worn)["status"] == "failed"


def test_a_row_that_cannot_be_read_back_is_failed_and_the_rest_are_claimed(conn):
    bad, good = add(conn), add(conn)
    conn.execute("UPDATE nudges SET payload = '{not json' WHERE id = ?", (bad,))
    assert [n.id for n in store.claim_due(conn, T0, 10, LEASE)] == [good]
    assert row(conn, bad)["status"] == "failed" and "unreadable" in row(conn, bad)["last_error"]


def test_outcomes_do_not_count_the_attempt_twice_and_a_deferral_gives_it_back(conn):
    sent, retry, quiet, failed = (add(conn) for _ in range(4))
    store.claim_due(conn, T0, 10, LEASE)
    later = T0 + timedelta(hours=8)
    store.apply_results(conn, [
        SendResult((sent,), "sent"),
        SendResult((retry,), "pending", due_at=later, error="NetworkError: down"),
        SendResult((quiet,), "pending", due_at=later),  # quiet hours: nothing was tried
        SendResult((failed,), "failed", error="BadRequest: chat not found"),
    ], T0)
    assert [row(conn, i)["attempts"] for i in (sent, retry, quiet, failed)] == [1, 1, 0, 1]
    assert [row(conn, i)["status"] for i in (sent, retry, quiet, failed)] == [
        "sent", "pending", "pending", "failed"]
