"""Contacts, drafts and the no-reply nudges that outreach creates."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime

from bot.engine.text import name_key
from bot.features.network.pipeline import Event
from bot.features.network.pipeline_store import advance_contact
from bot.features.outreach.effects import MarkReplied, MarkSent, SaveDraft
from bot.storage.timefmt import iso


def find_contact(conn: sqlite3.Connection, user_id: int, name: str, organisation: str = "",
                 *, not_id: int | None = None) -> int | None:
    """The user's contact this name is, the one rule every feature uses: the same name
    however written ("Dr Dana Lee" is "dana lee") at the same organisation, else one whose
    organisation (or this one) is not known yet; the earliest such contact."""
    key = name_key(name)
    if not key:
        return None
    org = organisation.strip().casefold()
    rows = conn.execute("SELECT id, name, organisation FROM contacts WHERE user_id = ? "
                        "ORDER BY id", (user_id,)).fetchall()
    same = [(r[2].casefold() != org, r[0]) for r in rows
            if r[0] != not_id and name_key(r[1]) == key
            and (not org or not r[2] or r[2].casefold() == org)]
    return min(same)[1] if same else None


def find_or_create_contact(
    conn: sqlite3.Connection, user_id: int, name: str, role: str, organisation: str, now: str
) -> int:
    """Writing to the same person twice reuses their contact (``find_contact``); what is
    said now fills in their role and an organisation not known yet."""
    found = find_contact(conn, user_id, name, organisation)
    if found is not None:
        conn.execute(
            "UPDATE contacts SET role = CASE WHEN ? != '' THEN ? ELSE role END, "
            "organisation = CASE WHEN organisation = '' THEN ? ELSE organisation END, "
            "updated_at = ? WHERE id = ?",
            (role, role, organisation, now, found),
        )
        return found
    cur = conn.execute(
        """INSERT INTO contacts (user_id, name, role, organisation, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?)""",
        (user_id, name, role, organisation, now, now),
    )
    return cur.lastrowid


def owned_contact(conn: sqlite3.Connection, user_id: int, contact_id: int) -> bool:
    """Ids that arrive in button data are checked against the user who pressed."""
    row = conn.execute(
        "SELECT 1 FROM contacts WHERE id = ? AND user_id = ?", (contact_id, user_id)
    ).fetchone()
    return row is not None


def save_draft(conn: sqlite3.Connection, user_id: int, e: SaveDraft, now: str) -> int:
    existing = conn.execute(
        "SELECT contact_id FROM drafts WHERE user_id = ? AND flow_inst = ?", (user_id, e.inst)
    ).fetchone()
    if e.contact_id is not None and owned_contact(conn, user_id, e.contact_id):
        contact_id = e.contact_id
    elif existing:
        contact_id = existing[0]
    else:
        contact_id = find_or_create_contact(
            conn, user_id, e.contact_name, e.role, e.organisation, now
        )
    # What was typed while writing is the latest word on them (a referral's role and
    # organisation are first learned here); a skipped answer changes nothing.
    conn.execute(
        """UPDATE contacts SET role = CASE WHEN ? != '' THEN ? ELSE role END,
               organisation = CASE WHEN ? != '' THEN ? ELSE organisation END
           WHERE id = ? AND user_id = ?""",
        (e.role, e.role, e.organisation, e.organisation, contact_id, user_id))
    if e.referrer_name:
        record_referrer(conn, user_id, contact_id, e.referrer_name, now)
    remember(conn, user_id, e, now)
    advance_contact(conn, user_id, contact_id, Event.DRAFTED, now)
    conn.execute(
        """INSERT INTO drafts (user_id, flow_inst, contact_id, channel, tone, subject, body,
                               score, total, edited, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(user_id, flow_inst) DO UPDATE SET channel = excluded.channel,
               tone = excluded.tone, subject = excluded.subject, body = excluded.body,
               score = excluded.score, total = excluded.total, edited = excluded.edited,
               updated_at = excluded.updated_at""",
        (
            user_id,
            e.inst,
            contact_id,
            e.channel,
            e.tone,
            e.subject,
            e.body,
            e.score,
            e.total,
            int(e.edited),
            now,
            now,
        ),
    )
    return contact_id


def mark_sent(conn: sqlite3.Connection, user_id: int, e: MarkSent, now: str) -> None:
    row = conn.execute(
        "SELECT id, contact_id, sent_at FROM drafts WHERE user_id = ? AND flow_inst = ?",
        (user_id, e.inst),
    ).fetchone()
    if row is None or row[2] is not None:  # no draft, or already marked: nothing twice
        return
    draft_id, contact_id, _ = row
    about = _sent_draft(conn, draft_id, contact_id)
    sent = e.sent_at.isoformat()
    conn.execute(
        "UPDATE drafts SET sent_at = ?, updated_at = ? WHERE id = ?", (sent, now, draft_id)
    )
    conn.execute(
        "UPDATE contacts SET last_contact_at = ?, updated_at = ? WHERE id = ?",
        (sent, now, contact_id),
    )
    advance_contact(conn, user_id, contact_id, Event.SENT, now)
    conn.executemany(
        """INSERT INTO nudges (user_id, contact_id, kind, due_at, payload, created_at)
           VALUES (?, ?, ?, ?, ?, ?)""",
        [
            (
                user_id,
                contact_id,
                n.kind,
                iso(n.due_at),
                json.dumps({"draft_id": draft_id, **about, **dict(n.payload)}),
                now,
            )
            for n in e.nudges
        ],
    )


def mark_replied(conn: sqlite3.Connection, user_id: int, e: MarkReplied, now: str) -> None:
    row = conn.execute(
        "SELECT contact_id FROM drafts WHERE user_id = ? AND flow_inst = ?", (user_id, e.inst)
    ).fetchone()
    if row is not None:
        contact_replied(conn, user_id, row[0], e.replied_at)


def contact_replied(conn: sqlite3.Connection, user_id: int, contact_id: int,
                    at: datetime) -> bool:
    """They answered: stop chasing them (the no-reply nudges) and move them on the pipeline."""
    stamp = iso(at)
    cur = conn.execute(
        "UPDATE contacts SET last_contact_at = ?, updated_at = ? WHERE id = ? AND user_id = ?",
        (stamp, stamp, contact_id, user_id),
    )
    if cur.rowcount != 1:
        return False
    advance_contact(conn, user_id, contact_id, Event.REPLIED, stamp)
    conn.execute(
        """UPDATE drafts SET replied_at = COALESCE(replied_at, ?), updated_at = ?
           WHERE contact_id = ? AND sent_at IS NOT NULL""",
        (stamp, stamp, contact_id),
    )
    conn.execute(
        """UPDATE nudges SET status = 'cancelled' WHERE contact_id = ? AND status = 'pending'
           AND kind IN ('second_contact', 'follow_up')""",
        (contact_id,),
    )
    return True


_ASKED = re.compile(r"\b(1[0-9]|2[0-9]|30)(?:-| )minute", re.IGNORECASE)


def _sent_draft(conn: sqlite3.Connection, draft_id: int, contact_id: int) -> dict:
    """What the follow-up needs to know about the message that went out: its channel, the
    minutes it asked for, and who suggested writing (the original referrer)."""
    row = conn.execute(
        """SELECT d.channel, d.body, r.name AS referrer FROM drafts d
           JOIN contacts c ON c.id = d.contact_id LEFT JOIN contacts r ON r.id = c.referred_by
           WHERE d.id = ?""", (draft_id,)).fetchone()
    if row is None:
        return {}
    return {"channel": row["channel"], "referrer": row["referrer"] or "",
            "minutes": asked_minutes(row["body"] or "")}


def asked_minutes(body: str) -> int | None:
    """The minutes a draft asks for ("20 minutes", "a 15-minute call"), if it says."""
    asked = _ASKED.search(body)
    return int(asked.group(1)) if asked else None


def record_referrer(conn: sqlite3.Connection, user_id: int, contact_id: int, name: str,
                    now: str) -> int | None:
    """The person who suggested writing to a contact, as the root of the referral tree: an
    existing contact of that name, or a new one; a contact's first referrer is kept."""
    key = name_key(name)
    known = conn.execute("SELECT referred_by FROM contacts WHERE id = ?", (contact_id,)
                         ).fetchone()
    if not key or (known and known[0]):  # the first referrer stays the root
        return None
    referrer = find_contact(conn, user_id, name, not_id=contact_id)
    if referrer is None:
        referrer = find_or_create_contact(conn, user_id, name, "", "", now)
    conn.execute("UPDATE contacts SET referred_by = COALESCE(referred_by, ?) WHERE id = ? "
                 "AND user_id = ? AND id != ?", (referrer, contact_id, user_id, referrer))
    return referrer


def remember(conn: sqlite3.Connection, user_id: int, e: SaveDraft, now: str) -> None:
    """The one-line background and the free-account setting, offered next time."""
    conn.execute(
        """INSERT INTO outreach_prefs (user_id, background, linkedin_free, updated_at)
           VALUES (?, ?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET
               background = CASE WHEN excluded.background != '' THEN excluded.background
                                 ELSE outreach_prefs.background END,
               linkedin_free = excluded.linkedin_free, updated_at = excluded.updated_at""",
        (user_id, e.background, int(e.linkedin_free), now))


def start_payload(conn: sqlite3.Connection, user_id: int) -> dict:
    """What /outreach starts from: the background and free-account setting last used."""
    row = conn.execute("SELECT background, linkedin_free FROM outreach_prefs WHERE user_id = ?",
                       (user_id,)).fetchone()
    prefs = {"background": row[0], "free": bool(row[1])} if row else {}
    return {"prefs": prefs}


def unsent_drafts(conn: sqlite3.Connection, user_id: int, limit: int = 5) -> list[sqlite3.Row]:
    return conn.execute(
        """SELECT d.id, d.flow_inst, d.channel, c.name FROM drafts d
           JOIN contacts c ON c.id = d.contact_id
           WHERE d.user_id = ? AND d.sent_at IS NULL ORDER BY d.updated_at DESC LIMIT ?""",
        (user_id, limit)).fetchall()


def referrals_to_write(conn: sqlite3.Connection, user_id: int, limit: int = 5) -> list[sqlite3.Row]:
    return conn.execute(
        """SELECT c.id, c.name, r.name AS referrer FROM contacts c
           JOIN contacts r ON r.id = c.referred_by
           WHERE c.user_id = ? AND c.status = 'identified' ORDER BY c.id DESC LIMIT ?""",
        (user_id, limit)).fetchall()


def referral_of(conn: sqlite3.Connection, user_id: int, contact_id: int) -> dict | None:
    row = conn.execute(
        """SELECT c.id, c.name, c.role, c.organisation, r.name AS referrer FROM contacts c
           LEFT JOIN contacts r ON r.id = c.referred_by WHERE c.id = ? AND c.user_id = ?""",
        (contact_id, user_id)).fetchone()
    return {**dict(row), **start_payload(conn, user_id)} if row else None


def unsent_draft_inst(conn: sqlite3.Connection, user_id: int, draft_id: int) -> int | None:
    """The run of /outreach a draft came from, if it is the user's and not yet sent."""
    row = conn.execute("SELECT flow_inst FROM drafts WHERE id = ? AND user_id = ? AND sent_at "
                       "IS NULL", (draft_id, user_id)).fetchone()
    return row[0] if row else None


def drafts_to(conn: sqlite3.Connection, user_id: int, contact_id: int) -> list[dict]:
    """What the user wrote to one of their contacts, oldest first: each draft's text as
    saved, its checks' score, whether the user edited it, and when it was sent and answered."""
    rows = conn.execute(
        """SELECT id, channel, tone, subject, body, score, total, edited, sent_at, replied_at
           FROM drafts WHERE user_id = ? AND contact_id = ? ORDER BY id""",
        (user_id, contact_id)).fetchall()
    return [{**dict(r), "edited": bool(r["edited"])} for r in rows]


def drafts_of(conn: sqlite3.Connection, user_id: int) -> list[dict]:
    """Every draft the user wrote, oldest first, with whom it was for: its text, channel,
    checks' score, and when it was written, sent and answered (/export)."""
    rows = conn.execute(
        """SELECT d.id, c.name AS contact, d.channel, d.tone, d.subject, d.body, d.score,
                  d.total, d.edited, d.created_at, d.sent_at, d.replied_at
           FROM drafts d JOIN contacts c ON c.id = d.contact_id
           WHERE d.user_id = ? ORDER BY d.id""", (user_id,)).fetchall()
    return [{**dict(r), "edited": bool(r["edited"])} for r in rows]
