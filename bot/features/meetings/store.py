"""Meetings, debrief notes, referrals, and what nudge buttons change."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from bot.engine.effects import AddReferrals, SaveDebrief, SaveMeeting
from bot.features.nudges import store as nudges
from bot.features.nudges.kinds import ActionResult, NudgeRow
from bot.features.nudges.store import iso
from bot.features.outreach.store import contact_replied, find_or_create_contact, owned_contact


def reset_keep_in_touch(conn: sqlite3.Connection, user_id: int, contact_id: int,
                        due_at: datetime, now: datetime) -> None:
    """Any logged contact restarts the cadence: one pending keep-in-touch per contact."""
    conn.execute("""UPDATE nudges SET status = 'cancelled' WHERE contact_id = ?
                    AND kind = 'keep_in_touch' AND status = 'pending'""", (contact_id,))
    nudges.add(conn, user_id, "keep_in_touch", due_at, now, contact_id=contact_id)


def save_meeting(conn: sqlite3.Connection, user_id: int, e: SaveMeeting, now: datetime) -> int:
    stamp = iso(now)
    if e.contact_id is not None and owned_contact(conn, user_id, e.contact_id):
        contact_id = e.contact_id
    else:
        contact_id = find_or_create_contact(conn, user_id, e.contact_name, "", "", stamp)
    cur = conn.execute(
        """INSERT INTO meetings (user_id, contact_id, starts_at, minutes, format, questions,
                                 flow_inst, created_at)
           VALUES (?, ?, ?, ?, ?, COALESCE((SELECT questions FROM question_lists
                   WHERE contact_id = ? ORDER BY id DESC LIMIT 1), '[]'), ?, ?)
           ON CONFLICT(user_id, flow_inst) DO NOTHING""",
        (user_id, contact_id, iso(e.starts_at), e.minutes, e.format, contact_id, e.inst, stamp),
    )
    if cur.rowcount == 0:  # the same step committed twice: nothing more to do
        return contact_id
    meeting_id = cur.lastrowid
    conn.execute("""UPDATE contacts SET status = 'scheduled', updated_at = ?
                    WHERE id = ? AND status IN ('identified', 'drafted', 'asked', 'replied')""",
                 (stamp, contact_id))
    conn.execute("""UPDATE nudges SET status = 'cancelled' WHERE contact_id = ? AND status =
                    'pending' AND kind IN ('second_contact', 'follow_up')""", (contact_id,))
    for n in e.nudges:
        nudges.add(conn, user_id, n.kind, n.due_at, now, contact_id=contact_id,
                   meeting_id=meeting_id)
    reset_keep_in_touch(conn, user_id, contact_id, e.keep_in_touch_at, now)
    return meeting_id


def save_debrief(conn: sqlite3.Connection, user_id: int, e: SaveDebrief, now: datetime) -> None:
    row = conn.execute("SELECT notes, contact_id FROM meetings WHERE id = ? AND user_id = ?",
                       (e.meeting_id, user_id)).fetchone()
    if row is None:
        return
    notes = {**json.loads(row["notes"]), **dict(e.notes)}
    conn.execute("UPDATE meetings SET notes = ? WHERE id = ?",
                 (json.dumps(notes, ensure_ascii=False), e.meeting_id))
    conn.execute("""UPDATE contacts SET status = 'met', last_contact_at = ?, updated_at = ?
                    WHERE id = ? AND status IN ('identified', 'drafted', 'asked', 'replied',
                    'scheduled')""", (iso(now), iso(now), row["contact_id"]))


def add_referrals(conn: sqlite3.Connection, user_id: int, e: AddReferrals, now: datetime
                  ) -> list[int]:
    if not owned_contact(conn, user_id, e.referrer_id):
        return []
    stamp = iso(now)
    ids = []
    for name in e.names:
        cid = find_or_create_contact(conn, user_id, name, "", "", stamp)
        conn.execute("UPDATE contacts SET referred_by = COALESCE(referred_by, ?) WHERE id = ?",
                     (e.referrer_id, cid))
        ids.append(cid)
    if ids:  # names recorded: the day-2 "ask for referrals" nudge has nothing left to ask
        conn.execute("""UPDATE nudges SET status = CASE status WHEN 'pending' THEN 'cancelled'
                        ELSE 'done' END WHERE user_id = ? AND contact_id = ? AND
                        kind = 'referrals' AND status IN ('pending', 'sent')""",
                     (user_id, e.referrer_id))
    return ids


def meeting_for(conn: sqlite3.Connection, user_id: int, meeting_id: int) -> dict | None:
    row = conn.execute(
        """SELECT m.id, m.contact_id, c.name AS contact_name FROM meetings m
           JOIN contacts c ON c.id = m.contact_id WHERE m.id = ? AND m.user_id = ?""",
        (meeting_id, user_id)).fetchone()
    return dict(row) if row else None


def apply_action(conn: sqlite3.Connection, user_id: int, batch: list[NudgeRow],
                 result: ActionResult, now: datetime) -> None:
    ids = [r.id for r in batch]
    stamp = iso(now)
    if result.status and ids:
        nudges.set_status(conn, ids, result.status, result.due_at)
    for contact_id in result.thanked:
        conn.execute("""UPDATE contacts SET status = 'thanked', updated_at = ? WHERE id = ?
                        AND user_id = ? AND status IN ('scheduled', 'met', 'replied', 'asked')""",
                     (stamp, contact_id, user_id))
    for contact_id in result.replied:
        contact_replied(conn, user_id, contact_id, now)
    for contact_id in result.touched_contacts:
        conn.execute("UPDATE contacts SET last_contact_at = ?, updated_at = ? WHERE id = ? "
                     "AND user_id = ?", (stamp, stamp, contact_id, user_id))
    for contact_id, due in result.next_keep_in_touch:
        reset_keep_in_touch(conn, user_id, contact_id, due, now)
    if result.cancel_kinds:
        meetings = {r.meeting_id for r in batch if r.meeting_id}
        for meeting_id in meetings:
            marks = ",".join("?" * len(result.cancel_kinds))
            conn.execute(f"""UPDATE nudges SET status = 'cancelled' WHERE meeting_id = ? AND
                             user_id = ? AND status = 'pending' AND kind IN ({marks})""",
                         (meeting_id, user_id, *result.cancel_kinds))
    if any(r.kind == "keep_in_touch" for r in batch) and result.status == "done":
        marks = ",".join("?" * len(ids))
        conn.execute(f"""UPDATE contacts SET status = 'keeping_in_touch', updated_at = ?
                         WHERE id IN (SELECT contact_id FROM nudges WHERE id IN ({marks}))
                         AND user_id = ?""", (stamp, *ids, user_id))


def recent_contacts(conn: sqlite3.Connection, user_id: int, limit: int = 8) -> list[list]:
    rows = conn.execute("""SELECT id, name, organisation FROM contacts WHERE user_id = ?
                           ORDER BY updated_at DESC, id DESC LIMIT ?""", (user_id, limit))
    return [[r[0], r[1], r[2]] for r in rows]


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
    return dict(row) if row else None


def draft_inst(conn: sqlite3.Connection, user_id: int, draft_id: int) -> int | None:
    """The run of /outreach a draft came from, if it is the user's and not yet sent."""
    row = conn.execute("SELECT flow_inst FROM drafts WHERE id = ? AND user_id = ? AND sent_at "
                       "IS NULL", (draft_id, user_id)).fetchone()
    return row[0] if row else None


def followups(conn: sqlite3.Connection, user_id: int) -> dict:
    """Everything /followups shows, in one hop."""
    return {
        "nudges": [dict(r) for r in nudges.upcoming(conn, user_id)],
        "drafts": [dict(r) for r in unsent_drafts(conn, user_id)],
        "referrals": [dict(r) for r in referrals_to_write(conn, user_id)],
    }
