"""Read models of the user's network: the pipeline, one contact's history, exports.

A contact's stage only ever changes through pipeline_store.advance_contact, by the rules
of pipeline.py.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from bot.features.nudges.store import reset_keep_in_touch
from bot.storage.timefmt import iso


def pipeline(conn: sqlite3.Connection, user_id: int) -> dict:
    rows = conn.execute(
        """SELECT c.id, c.name, c.organisation, c.status, r.name AS referrer
           FROM contacts c LEFT JOIN contacts r ON r.id = c.referred_by
           WHERE c.user_id = ? ORDER BY c.updated_at DESC, c.id DESC""", (user_id,)).fetchall()
    return {"contacts": [dict(r) for r in rows]}


def contact_detail(conn: sqlite3.Connection, user_id: int, contact_id: int) -> dict | None:
    row = conn.execute(
        """SELECT c.*, r.name AS referrer FROM contacts c
           LEFT JOIN contacts r ON r.id = c.referred_by WHERE c.id = ? AND c.user_id = ?""",
        (contact_id, user_id)).fetchone()
    if row is None:
        return None
    drafts = conn.execute(
        """SELECT channel, score, total, created_at, sent_at, replied_at FROM drafts
           WHERE contact_id = ? ORDER BY id""", (contact_id,)).fetchall()
    meetings = conn.execute(
        "SELECT starts_at, minutes, format, notes FROM meetings WHERE contact_id = ? ORDER BY id",
        (contact_id,)).fetchall()
    referred = conn.execute(
        "SELECT name, status FROM contacts WHERE referred_by = ? ORDER BY id",
        (contact_id,)).fetchall()
    return {"contact": dict(row), "drafts": [dict(d) for d in drafts],
            "meetings": [dict(m) for m in meetings], "referred": [dict(r) for r in referred]}


def stats(conn: sqlite3.Connection, user_id: int) -> dict:
    by_status = dict(conn.execute(
        "SELECT status, COUNT(*) FROM contacts WHERE user_id = ? GROUP BY status", (user_id,)
    ).fetchall())
    drafts = conn.execute(
        """SELECT COUNT(*), COUNT(sent_at), COUNT(replied_at), AVG(score * 1.0 / total)
           FROM drafts WHERE user_id = ?""", (user_id,)).fetchone()
    meetings = conn.execute("SELECT COUNT(*) FROM meetings WHERE user_id = ?",
                            (user_id,)).fetchone()[0]
    referrals = conn.execute(
        "SELECT COUNT(*) FROM contacts WHERE user_id = ? AND referred_by IS NOT NULL",
        (user_id,)).fetchone()[0]
    practice = conn.execute(
        """SELECT mode, COUNT(*), MAX(score),
                  (SELECT score FROM practice_sessions p2 WHERE p2.user_id = p.user_id
                   AND p2.mode = p.mode ORDER BY id DESC LIMIT 1),
                  (SELECT score FROM practice_sessions p3 WHERE p3.user_id = p.user_id
                   AND p3.mode = p.mode ORDER BY id LIMIT 1)
           FROM practice_sessions p WHERE user_id = ? GROUP BY mode""", (user_id,)).fetchall()
    return {"by_status": by_status, "drafts": drafts[0], "sent": drafts[1],
            "replied": drafts[2], "avg_score": drafts[3], "meetings": meetings,
            "referrals": referrals,
            "practice": [dict(zip(("mode", "sessions", "best", "last", "first"), r, strict=True))
                         for r in practice]}


def export_rows(conn: sqlite3.Connection, user_id: int) -> dict:
    contacts = conn.execute(
        """SELECT c.name, c.role, c.organisation, c.status, r.name AS referred_by,
                  c.last_contact_at, c.created_at
           FROM contacts c LEFT JOIN contacts r ON r.id = c.referred_by
           WHERE c.user_id = ? ORDER BY c.id""", (user_id,)).fetchall()
    meetings = conn.execute(
        """SELECT m.id, c.name, m.starts_at, m.minutes, m.format FROM meetings m
           JOIN contacts c ON c.id = m.contact_id WHERE m.user_id = ? ORDER BY m.starts_at""",
        (user_id,)).fetchall()
    return {"contacts": [tuple(r) for r in contacts], "meetings": [tuple(m) for m in meetings]}


def log_contact(conn: sqlite3.Connection, user_id: int, contact_id: int, now: datetime,
                next_keep_in_touch: datetime) -> bool:
    """The user was in touch: stamp it and restart the keep-in-touch cadence, atomically."""
    at = iso(now)
    cur = conn.execute("UPDATE contacts SET last_contact_at = ?, updated_at = ? WHERE id = ? "
                       "AND user_id = ?", (at, at, contact_id, user_id))
    if cur.rowcount != 1:
        return False
    reset_keep_in_touch(conn, user_id, contact_id, next_keep_in_touch, now)
    return True
