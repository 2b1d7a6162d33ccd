"""Meetings, debrief notes, referrals, and what nudge buttons change."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta

from bot.features.meetings.effects import AddReferrals, SaveDebrief, SaveMeeting
from bot.features.network.pipeline import Event
from bot.features.network.pipeline_store import advance_contact
from bot.features.nudges import store as nudges
from bot.features.nudges.planner import THANKS_AFTER
from bot.features.nudges.store import reset_keep_in_touch
from bot.features.outreach.store import (
    asked_minutes,
    find_contact,
    find_or_create_contact,
    owned_contact,
)
from bot.storage.timefmt import iso


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
    advance_contact(conn, user_id, contact_id, Event.SCHEDULED, stamp)
    conn.execute("""UPDATE nudges SET status = 'cancelled' WHERE contact_id = ? AND status =
                    'pending' AND kind IN ('second_contact', 'follow_up')""", (contact_id,))
    for n in e.nudges:
        nudges.add(conn, user_id, n.kind, n.due_at, now, contact_id=contact_id,
                   meeting_id=meeting_id)
    reset_keep_in_touch(conn, user_id, contact_id, e.keep_in_touch_at, now)
    return meeting_id


def _meeting_id(conn: sqlite3.Connection, user_id: int, meeting_id: int | None,
                inst: int | None) -> int | None:
    """A meeting by id, or by the /meeting run that logged it (a debrief opened at once)."""
    if meeting_id is None and inst is not None:
        row = conn.execute("SELECT id FROM meetings WHERE user_id = ? AND flow_inst = ?",
                           (user_id, inst)).fetchone()
        return row[0] if row else None
    return meeting_id


def save_debrief(conn: sqlite3.Connection, user_id: int, e: SaveDebrief, now: datetime) -> None:
    meeting_id = _meeting_id(conn, user_id, e.meeting_id, e.meeting_inst)
    row = conn.execute("SELECT notes, contact_id, starts_at, minutes FROM meetings WHERE id = ? "
                       "AND user_id = ?", (meeting_id, user_id)).fetchone()
    if row is None:
        return
    notes = {**json.loads(row["notes"]), **dict(e.notes)}
    conn.execute("UPDATE meetings SET notes = ? WHERE id = ?",
                 (json.dumps(notes, ensure_ascii=False), meeting_id))
    advance_contact(conn, user_id, row["contact_id"], Event.MET, iso(now), last_contact=True)
    if e.final:
        ends = datetime.fromisoformat(row["starts_at"]) + timedelta(minutes=row["minutes"])
        _after_debrief(conn, user_id, meeting_id, ends, now, bool(notes.get("learned")))


def _after_debrief(conn: sqlite3.Connection, user_id: int, meeting_id: int, ends: datetime,
                   now: datetime, learned: bool) -> None:
    """The debrief is done: its reminder is moot, and the thank-you comes after it — at
    once if its time has come, again if it went out before there was anything to name."""
    stamp = iso(now)
    conn.execute("""UPDATE nudges SET status = 'done' WHERE meeting_id = ? AND user_id = ?
                    AND kind = 'debrief' AND status IN ('pending', 'sent')""",
                 (meeting_id, user_id))
    if ends + THANKS_AFTER <= now:
        conn.execute("""UPDATE nudges SET due_at = ? WHERE meeting_id = ? AND user_id = ?
                        AND kind = 'thanks' AND status = 'pending' AND due_at > ?""",
                     (stamp, meeting_id, user_id, stamp))
    if learned:
        conn.execute("""UPDATE nudges SET status = 'pending', due_at = ?, batch_id = NULL
                        WHERE meeting_id = ? AND user_id = ? AND kind = 'thanks'
                        AND status = 'sent'""", (stamp, meeting_id, user_id))


def _referral_contact(conn: sqlite3.Connection, user_id: int, name: str, role: str,
                      organisation: str, stamp: str) -> int:
    """The contact a suggested name is: one already known by that name (its organisation
    the same or not yet known) gains the role and organisation said, else a new one."""
    found = find_contact(conn, user_id, name, organisation)
    if found is None:
        return find_or_create_contact(conn, user_id, name, role, organisation, stamp)
    conn.execute("""UPDATE contacts SET role = CASE WHEN role = '' THEN ? ELSE role END,
                    organisation = CASE WHEN organisation = '' THEN ? ELSE organisation END,
                    updated_at = ? WHERE id = ?""", (role, organisation, stamp, found))
    return found


def add_referrals(conn: sqlite3.Connection, user_id: int, e: AddReferrals, now: datetime
                  ) -> list[int]:
    referrer_id = e.referrer_id
    if referrer_id is None and e.meeting_inst is not None:
        meeting = _meeting_id(conn, user_id, None, e.meeting_inst)
        row = conn.execute("SELECT contact_id FROM meetings WHERE id = ?", (meeting,)).fetchone()
        referrer_id = row[0] if row else None
    if referrer_id is None or not owned_contact(conn, user_id, referrer_id):
        return []
    referrer_org = conn.execute("SELECT organisation FROM contacts WHERE id = ?",
                                (referrer_id,)).fetchone()[0]
    stamp = iso(now)
    ids = []
    for i, name in enumerate(e.names):
        role, org, same_org = e.details[i] if i < len(e.details) else ("", "", False)
        cid = _referral_contact(conn, user_id, name, role, referrer_org if same_org else org,
                                stamp)
        if cid == referrer_id:
            continue
        conn.execute("UPDATE contacts SET referred_by = COALESCE(referred_by, ?) WHERE id = ?",
                     (referrer_id, cid))
        ids.append(cid)
    if ids:  # names recorded: the day-2 "ask for referrals" nudge has nothing left to ask
        conn.execute("""UPDATE nudges SET status = CASE status WHEN 'pending' THEN 'cancelled'
                        ELSE 'done' END WHERE user_id = ? AND contact_id = ? AND
                        kind = 'referrals' AND status IN ('pending', 'sent')""",
                     (user_id, referrer_id))
    return ids


def recent_contacts(conn: sqlite3.Connection, user_id: int, limit: int = 8) -> list[list]:
    """[id, name, organisation, minutes]: the minutes of their latest meeting, else those the
    last draft sent to them asked for ("I'll keep to the 15 minutes"), else None."""
    rows = conn.execute(
        """SELECT c.id, c.name, c.organisation,
                  (SELECT minutes FROM meetings m WHERE m.contact_id = c.id
                   ORDER BY m.starts_at DESC LIMIT 1),
                  (SELECT body FROM drafts d WHERE d.contact_id = c.id
                   ORDER BY d.sent_at IS NULL, d.id DESC LIMIT 1)
           FROM contacts c WHERE c.user_id = ?
           ORDER BY c.updated_at DESC, c.id DESC LIMIT ?""", (user_id, limit))
    return [[r[0], r[1], r[2], r[3] or (asked_minutes(r[4]) if r[4] else None)] for r in rows]


def with_recent_contacts(conn: sqlite3.Connection, user_id: int) -> dict:
    """What /meeting and /questions offer as buttons: the people the user wrote to lately."""
    return {"contacts": recent_contacts(conn, user_id)}


def meetings_with(conn: sqlite3.Connection, user_id: int, contact_id: int) -> list[dict]:
    """One contact's meetings in time order, with their question lists and debrief notes
    (what the contact's card shows)."""
    rows = conn.execute(
        """SELECT id, starts_at, minutes, format, questions, notes FROM meetings
           WHERE user_id = ? AND contact_id = ? ORDER BY starts_at, id""",
        (user_id, contact_id)).fetchall()
    return [{**dict(r), "questions": json.loads(r["questions"]), "notes": json.loads(r["notes"])}
            for r in rows]


def meetings_of(conn: sqlite3.Connection, user_id: int) -> list[dict]:
    """Every meeting of the user in time order, with the contact's name, questions and
    debrief notes (the export and the meetings-per-month chart)."""
    rows = conn.execute(
        """SELECT m.id, m.contact_id, c.name AS contact, m.starts_at, m.minutes, m.format,
                  m.questions, m.notes FROM meetings m JOIN contacts c ON c.id = m.contact_id
           WHERE m.user_id = ? ORDER BY m.starts_at, m.id""", (user_id,)).fetchall()
    return [{**dict(r), "questions": json.loads(r["questions"]), "notes": json.loads(r["notes"])}
            for r in rows]
