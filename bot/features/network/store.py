"""Read models of the user's network: the pipeline, one contact's history, exports.

A contact's stage only ever changes through pipeline_store.advance_contact, by the rules
of pipeline.py.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import datetime

from bot.features.meetings import store as meetings_store
from bot.features.network.effects import (
    AddContact,
    DeleteContact,
    EditContact,
    LogInteraction,
    SetStage,
)
from bot.features.network.interactions import KINDS, STAGE_SET, event_for
from bot.features.network.pipeline import STAGES
from bot.features.network.pipeline_store import advance_contact
from bot.features.nudges import store as nudges_store
from bot.features.nudges.store import reset_keep_in_touch
from bot.features.outreach import store as outreach_store
from bot.features.practice import store as practice_store
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


# --- the contact list, the card and its changes (issue 14) ---------------------------------

log = logging.getLogger(__name__)
EDITABLE = {"name": "name", "role": "role", "organisation": "organisation",
            "connection": "connection", "notes": "notes"}


def index(conn: sqlite3.Connection, user_id: int) -> list[list]:
    """Every contact of the user as [id, name, organisation, stage, referred_by], by name:
    what the list pages, searches and draws referral trees from (250 rows: well under 1 ms)."""
    rows = conn.execute(
        """SELECT id, name, organisation, status, referred_by FROM contacts WHERE user_id = ?
           ORDER BY name COLLATE NOCASE, id""", (user_id,)).fetchall()
    return [[r[0], r[1], r[2], r[3], r[4]] for r in rows]


def contact_list(conn: sqlite3.Connection, user_id: int) -> dict:
    """What /contacts opens with."""
    return {"index": index(conn, user_id)}


def newest_contact(conn: sqlite3.Connection, user_id: int, _row: int = 0) -> dict | None:
    """The card of the contact the user added last (the button after adding one by hand)."""
    row = conn.execute("SELECT id FROM contacts WHERE user_id = ? ORDER BY id DESC LIMIT 1",
                       (user_id,)).fetchone()
    return None if row is None else card(conn, user_id, row[0])


def card(conn: sqlite3.Connection, user_id: int, contact_id: int) -> dict | None:
    """One contact with everything that happened with them, or None unless it is the user's.

    The other features' rows come through their stores' read functions; only the question
    list, which has no reader of its own, is read here.
    """
    row = conn.execute(
        """SELECT c.id, c.name, c.role, c.organisation, c.connection, c.notes, c.status,
                  c.referred_by, c.last_contact_at, c.created_at, r.name AS referrer,
                  r.status AS referrer_stage
           FROM contacts c LEFT JOIN contacts r ON r.id = c.referred_by
           WHERE c.id = ? AND c.user_id = ?""", (contact_id, user_id)).fetchone()
    if row is None:
        # a deleted contact's old button, or an id that is not the user's (never the text)
        log.info("contact button refused: contact %d is not one of user %d's", contact_id,
                 user_id)
        return None
    questions = conn.execute(
        "SELECT questions FROM question_lists WHERE user_id = ? AND contact_id = ? "
        "ORDER BY id DESC LIMIT 1", (user_id, contact_id)).fetchone()
    drafts = [{k: v for k, v in d.items() if k != "body"}
              for d in outreach_store.drafts_to(conn, user_id, contact_id)]
    meetings = meetings_store.meetings_with(conn, user_id, contact_id)
    # the list saved for them in /questions, else the one their latest meeting carries
    prepared = json.loads(questions[0]) if questions else next(
        (m["questions"] for m in reversed(meetings) if m["questions"]), [])
    return {
        "contact": dict(row),
        "drafts": drafts,
        "meetings": meetings,
        "interactions": interactions_of(conn, user_id, contact_id),
        "reminders": [{k: v for k, v in n.items() if k != "payload"}
                      for n in nudges_store.of_contact(conn, user_id, contact_id)],
        "questions": prepared,
        "index": index(conn, user_id),
    }


def interactions_of(conn: sqlite3.Connection, user_id: int,
                    contact_id: int | None = None) -> list[dict]:
    """What the user logged by hand, oldest first: one contact's, or all of them."""
    where, args = ("AND i.contact_id = ?", (user_id, contact_id)) if contact_id else ("",
                                                                                      (user_id,))
    rows = conn.execute(
        f"""SELECT i.id, i.contact_id, c.name AS contact, i.kind, i.note, i.at
            FROM interactions i JOIN contacts c ON c.id = i.contact_id
            WHERE i.user_id = ? {where} ORDER BY i.at, i.id""", args).fetchall()
    return [dict(r) for r in rows]


def _owned(conn: sqlite3.Connection, user_id: int, contact_id: int) -> str | None:
    row = conn.execute("SELECT status FROM contacts WHERE id = ? AND user_id = ?",
                       (contact_id, user_id)).fetchone()
    return None if row is None else row[0]


def add_contact(conn: sqlite3.Connection, user_id: int, e: AddContact, now: datetime) -> int:
    at = iso(now)
    return conn.execute(
        """INSERT INTO contacts (user_id, name, role, organisation, connection, created_at,
                                 updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
        (user_id, e.name, e.role, e.organisation, e.connection, at, at)).lastrowid


def _would_loop(conn: sqlite3.Connection, contact_id: int, referrer_id: int) -> bool:
    """Would `referrer_id` suggesting `contact_id` close a circle in the referral tree?"""
    seen, at = set(), referrer_id
    while at is not None and at not in seen:
        if at == contact_id:
            return True
        seen.add(at)
        row = conn.execute("SELECT referred_by FROM contacts WHERE id = ?", (at,)).fetchone()
        at = row[0] if row else None
    return False


def edit_contact(conn: sqlite3.Connection, user_id: int, e: EditContact, now: datetime) -> bool:
    if _owned(conn, user_id, e.contact_id) is None:
        return False
    if e.field == "referred_by":
        ref = int(e.value) if e.value.isdecimal() else None
        if ref is not None and (_owned(conn, user_id, ref) is None
                                or _would_loop(conn, e.contact_id, ref)):
            return False
        conn.execute("UPDATE contacts SET referred_by = ?, updated_at = ? WHERE id = ?",
                     (ref, iso(now), e.contact_id))
        return True
    column = EDITABLE.get(e.field)
    if column is None:
        return False
    conn.execute(f"UPDATE contacts SET {column} = ?, updated_at = ? WHERE id = ?",
                 (e.value, iso(now), e.contact_id))
    return True


def log_interaction(conn: sqlite3.Connection, user_id: int, e: LogInteraction,
                    now: datetime) -> bool:
    """Record it, stamp the last contact, move the pipeline on, restart keep-in-touch."""
    stage = _owned(conn, user_id, e.contact_id)
    if stage is None or e.kind not in KINDS:
        return False
    at = iso(now)
    conn.execute("INSERT INTO interactions (user_id, contact_id, kind, at, created_at) "
                 "VALUES (?, ?, ?, ?, ?)", (user_id, e.contact_id, e.kind, at, at))
    conn.execute("UPDATE contacts SET last_contact_at = ?, updated_at = ? WHERE id = ?",
                 (at, at, e.contact_id))
    if KINDS[e.kind].answered:  # stops the no-reply reminders, marks sent drafts answered
        outreach_store.contact_replied(conn, user_id, e.contact_id, now)
        stage = _owned(conn, user_id, e.contact_id) or stage
    event = event_for(e.kind, stage)
    if event is not None:
        advance_contact(conn, user_id, e.contact_id, event, at)
    reset_keep_in_touch(conn, user_id, e.contact_id, e.next_keep_in_touch, now)
    return True


def set_stage(conn: sqlite3.Connection, user_id: int, e: SetStage, now: datetime) -> bool:
    """The one stage change that is not a pipeline event: the user's own word, kept in the
    history. A stage past 'asked' means they answered: no more no-reply reminders."""
    if e.stage not in STAGES or _owned(conn, user_id, e.contact_id) is None:
        return False
    at = iso(now)
    conn.execute("UPDATE contacts SET status = ?, updated_at = ? WHERE id = ?",
                 (e.stage, at, e.contact_id))
    conn.execute("INSERT INTO interactions (user_id, contact_id, kind, note, at, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?)", (user_id, e.contact_id, STAGE_SET, e.stage, at, at))
    if STAGES.index(e.stage) >= STAGES.index("replied"):
        conn.execute("""UPDATE nudges SET status = 'cancelled' WHERE contact_id = ? AND
                        status = 'pending' AND kind IN ('second_contact', 'follow_up')""",
                     (e.contact_id,))
    return True


def delete_contact(conn: sqlite3.Connection, user_id: int, e: DeleteContact,
                   now: datetime) -> bool:
    """Drafts, meetings (and their reminders), question lists, interactions and reminders
    go with the contact (ON DELETE CASCADE); the people they suggested stay, unlinked."""
    return conn.execute("DELETE FROM contacts WHERE id = ? AND user_id = ?",
                        (e.contact_id, user_id)).rowcount == 1


def progress_rows(conn: sqlite3.Connection, user_id: int) -> dict:
    """What /stats counts and draws, in one hop."""
    by_status = dict(conn.execute(
        "SELECT status, COUNT(*) FROM contacts WHERE user_id = ? GROUP BY status", (user_id,)
    ).fetchall())
    drafts = conn.execute(
        """SELECT COUNT(*), COUNT(sent_at), AVG(score * 1.0 / total)
           FROM drafts WHERE user_id = ?""", (user_id,)).fetchone()
    referrals = conn.execute(
        "SELECT COUNT(*) FROM contacts WHERE user_id = ? AND referred_by IS NOT NULL",
        (user_id,)).fetchone()[0]
    return {"by_status": by_status, "drafts": drafts[0], "sent": drafts[1],
            "avg_score": drafts[2], "referrals": referrals,
            "meeting_starts": [m["starts_at"] for m in meetings_store.meetings_of(conn, user_id)],
            "sessions": practice_store.sessions_of(conn, user_id),
            "last_rehearsal": practice_store.last_scorecard(conn, user_id)}


def export_data(conn: sqlite3.Connection, user_id: int) -> dict:
    """Everything /export writes, in one hop."""
    contacts = conn.execute(
        """SELECT c.name, c.role, c.organisation, c.connection, c.status, r.name AS referrer,
                  c.notes, c.last_contact_at, c.created_at
           FROM contacts c LEFT JOIN contacts r ON r.id = c.referred_by
           WHERE c.user_id = ? ORDER BY c.name COLLATE NOCASE, c.id""", (user_id,)).fetchall()
    return {"contacts": [dict(c) for c in contacts],
            "interactions": interactions_of(conn, user_id),
            "reminders": nudges_store.dealt_with(conn, user_id),
            "drafts": outreach_store.drafts_of(conn, user_id),
            "meetings": meetings_store.meetings_of(conn, user_id),
            "practice": practice_store.sessions_of(conn, user_id)}
