"""Due nudges: claimed by the sweeper, marked by the outcome of sending, acted on by buttons.

A nudge moves pending → sending → sent (or failed / cancelled / done / skipped).
Claiming is one small group at a time, in a transaction, so two sweeps never claim
the same row; each claim counts an attempt, so a row that keeps dying mid-send (a
crash loop) ends 'failed' after MAX_ATTEMPTS instead of being sent forever. A row
left in 'sending' (the process died before its outcome was written) goes back to
'pending' once its lease expires (`claim_due`) or at start-up (`recover`).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.features.network.pipeline_store import advance_contact
from bot.features.nudges.kinds import KINDS, ActionResult, DueNudge, NudgeRow
from bot.features.outreach.store import (
    contact_replied,
    referrals_to_write,
    start_payload,
    unsent_drafts,
)
from bot.storage.timefmt import iso
from bot.storage.users import COLUMNS as USER_COLUMNS
from bot.storage.users import user_of as _user

MAX_ATTEMPTS = 5  # claims (sends tried, or crashed in) before a nudge is failed for good
DIGESTS = frozenset(name for name, kind in KINDS.items() if kind.digest is not None)


def release(conn: sqlite3.Connection, older_than: datetime | None = None,
            now: datetime | None = None) -> int:
    """Rows left in 'sending' (claimed before `older_than`; all when None) go back to
    'pending', or to 'failed' once claimed MAX_ATTEMPTS times: a crash loop ends.

    With `now`, a released row is due again at `now` at the earliest, so it queues behind
    rows that were waiting: otherwise the group a crash interrupted is the first one
    claimed after the restart, and a few crashes in a row (each striking while that group
    is out) failed its healthy reminders along with whatever caused the crashes.
    """
    where = "status = 'sending'" + ("" if older_than is None else " AND claimed_at < ?")
    args: tuple = () if older_than is None else (iso(older_than),)
    failed = conn.execute(
        f"UPDATE nudges SET status = 'failed', last_error = 'claimed ' || attempts || "
        f"' times without an outcome (the process stopped mid-send)' "
        f"WHERE {where} AND attempts >= ?", (*args, MAX_ATTEMPTS)).rowcount
    due = "due_at" if now is None else "MAX(due_at, ?)"
    back = conn.execute(f"UPDATE nudges SET status = 'pending', due_at = {due} WHERE {where}",
                        (*(() if now is None else (iso(now),)), *args)).rowcount
    return failed + back


def recover(conn: sqlite3.Connection, now: datetime | None = None) -> int:
    """At start-up nothing of this process is mid-send: every 'sending' row is released."""
    return release(conn, None, now)


def _claimable(conn: sqlite3.Connection, now: datetime, limit: int) -> list[int]:
    """The `limit` earliest due rows, plus the same users' other due rows of a digest kind,
    so a digest (several keep-in-touch reminders of one user) still goes as one message."""
    stamp = iso(now)
    first = conn.execute("SELECT id, user_id, kind FROM nudges WHERE status = 'pending' "
                         "AND due_at <= ? ORDER BY due_at LIMIT ?", (stamp, limit)).fetchall()
    ids = [r["id"] for r in first]
    for user_id, kind in {(r["user_id"], r["kind"]) for r in first if r["kind"] in DIGESTS}:
        ids += [r[0] for r in conn.execute(
            "SELECT id FROM nudges WHERE user_id = ? AND status = 'pending' AND kind = ? "
            "AND due_at <= ?", (user_id, kind, stamp))]
    return sorted(set(ids))


def claim_due(conn: sqlite3.Connection, now: datetime, limit: int,
              lease: timedelta | None = None) -> list[DueNudge]:
    """Claim (pending → sending, one more attempt) a small group of due rows. With a
    `lease`, rows claimed longer ago than that without an outcome are released first. A
    row that cannot even be read back (a corrupt payload) is failed here, with the error."""
    if lease is not None:
        release(conn, now - lease, now)
    ids = _claimable(conn, now, limit)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"""UPDATE nudges SET status = 'sending', claimed_at = ?, attempts = attempts + 1
            WHERE id IN ({marks})
            RETURNING id, user_id, contact_id, meeting_id, kind, due_at, payload, attempts""",
        (iso(now), *ids),
    ).fetchall()
    users = _by_id(conn, "users", USER_COLUMNS, {r["user_id"] for r in rows})
    contacts = _by_id(conn, "contacts", "id, name, role, organisation, status",
                      {r["contact_id"] for r in rows if r["contact_id"]})
    meetings = _by_id(conn, "meetings", "id, contact_id, starts_at, minutes, format, questions, "
                      "notes", {r["meeting_id"] for r in rows if r["meeting_id"]})
    out = []
    for r in rows:
        try:
            out.append(_due(r, users, contacts, meetings))
        except Exception as e:  # noqa: BLE001 - one unreadable row must not stop the others
            conn.execute("UPDATE nudges SET status = 'failed', last_error = ? WHERE id = ?",
                         (f"unreadable: {type(e).__name__}: {e}"[:500], r["id"]))
    return sorted(out, key=lambda n: (n.due_at, n.id))


def _due(r: sqlite3.Row, users: dict, contacts: dict, meetings: dict) -> DueNudge:
    meeting = meetings.get(r["meeting_id"])
    if meeting is not None:
        meeting = {**meeting, "questions": json.loads(meeting["questions"]),
                   "notes": json.loads(meeting["notes"])}
    return DueNudge(
        id=r["id"], user=_user(users[r["user_id"]]), kind=r["kind"],
        due_at=datetime.fromisoformat(r["due_at"]), payload=json.loads(r["payload"]),
        attempts=r["attempts"], contact=contacts.get(r["contact_id"]), meeting=meeting,
    )


def _by_id(conn: sqlite3.Connection, table: str, columns: str, ids: set[int]) -> dict[int, Any]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    cur = conn.execute(f"SELECT {columns} FROM {table} WHERE id IN ({marks})", tuple(ids))
    if table == "users":
        return {row["id"]: row for row in cur}
    return {row["id"]: dict(row) for row in cur}


@dataclass(frozen=True)
class SendResult:
    """What happened to one composed message's nudges, written as soon as it is known."""

    nudge_ids: tuple[int, ...]
    status: str  # sent | pending (retry / moved) | failed | cancelled
    due_at: datetime | None = None
    error: str | None = None
    inactive_user: int | None = None


def apply_results(conn: sqlite3.Connection, results: list[SendResult], now: datetime) -> None:
    """Outcomes of claimed rows. The attempt was counted at claim; a row put back without an
    error (quiet hours) gets it back, since nothing was tried."""
    stamp = iso(now)
    for r in results:
        if r.inactive_user is not None:
            conn.execute("UPDATE users SET active = 0, updated_at = ? WHERE id = ?",
                         (stamp, r.inactive_user))
            conn.execute("UPDATE nudges SET status = 'cancelled' WHERE user_id = ? "
                         "AND status IN ('pending', 'sending')", (r.inactive_user,))
        batch = min(r.nudge_ids)
        marks = ",".join("?" * len(r.nudge_ids))
        if r.status == "sent":
            conn.execute(f"UPDATE nudges SET status = 'sent', sent_at = ?, batch_id = ? "
                         f"WHERE id IN ({marks})", (stamp, batch, *r.nudge_ids))
        elif r.status == "pending":
            conn.execute(f"UPDATE nudges SET status = 'pending', due_at = ?, last_error = ?, "
                         f"attempts = MAX(attempts - ?, 0) WHERE id IN ({marks})",
                         (iso(r.due_at or now), r.error, 0 if r.error else 1, *r.nudge_ids))
        elif r.status == "failed":
            conn.execute(f"UPDATE nudges SET status = 'failed', last_error = ? "
                         f"WHERE id IN ({marks})", (r.error, *r.nudge_ids))
        elif r.status == "cancelled":
            conn.execute(f"UPDATE nudges SET status = 'cancelled' WHERE id IN ({marks})",
                         r.nudge_ids)


def add(conn: sqlite3.Connection, user_id: int, kind: str, due_at: datetime, now: datetime, *,
        contact_id: int | None = None, meeting_id: int | None = None,
        payload: dict[str, Any] | None = None) -> int:
    cur = conn.execute(
        """INSERT INTO nudges (user_id, contact_id, meeting_id, kind, due_at, payload, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        (user_id, contact_id, meeting_id, kind, iso(due_at), json.dumps(payload or {}), iso(now)),
    )
    return cur.lastrowid


def batch_of(conn: sqlite3.Connection, user_id: int, batch_id: int) -> list[NudgeRow]:
    """The nudges a button acts on; only the pressing user's rows can match."""
    rows = conn.execute(
        """SELECT id, kind, status, contact_id, meeting_id FROM nudges
           WHERE user_id = ? AND (id = ? OR batch_id = ?) ORDER BY id""",
        (user_id, batch_id, batch_id),
    ).fetchall()
    return [NudgeRow(r["id"], r["kind"], r["status"], r["contact_id"], r["meeting_id"])
            for r in rows]


def set_status(conn: sqlite3.Connection, ids: list[int], status: str,
               due_at: datetime | None = None) -> None:
    marks = ",".join("?" * len(ids))
    if due_at is None:
        conn.execute(f"UPDATE nudges SET status = ? WHERE id IN ({marks})", (status, *ids))
    else:
        conn.execute(f"UPDATE nudges SET status = ?, due_at = ?, batch_id = NULL "
                     f"WHERE id IN ({marks})", (status, iso(due_at), *ids))


def upcoming(conn: sqlite3.Connection, user_id: int, limit: int = 30) -> list[sqlite3.Row]:
    return conn.execute(
        """SELECT n.id, n.kind, n.due_at, n.status, c.name AS contact_name,
                  m.starts_at AS meeting_at
           FROM nudges n LEFT JOIN contacts c ON c.id = n.contact_id
           LEFT JOIN meetings m ON m.id = n.meeting_id
           WHERE n.user_id = ? AND n.status IN ('pending', 'sending', 'sent')
           ORDER BY n.due_at LIMIT ?""",
        (user_id, limit),
    ).fetchall()


def reset_keep_in_touch(conn: sqlite3.Connection, user_id: int, contact_id: int,
                        due_at: datetime, now: datetime) -> None:
    """Any logged contact restarts the cadence: one pending keep-in-touch per contact, tied
    to their latest meeting so its draft can build on that debrief's notes."""
    conn.execute("""UPDATE nudges SET status = 'cancelled' WHERE contact_id = ?
                    AND kind = 'keep_in_touch' AND status = 'pending'""", (contact_id,))
    last = conn.execute("SELECT id FROM meetings WHERE contact_id = ? AND user_id = ? "
                        "ORDER BY starts_at DESC, id DESC LIMIT 1", (contact_id, user_id)
                        ).fetchone()
    add(conn, user_id, "keep_in_touch", due_at, now, contact_id=contact_id,
        meeting_id=last[0] if last else None)


def apply_action(conn: sqlite3.Connection, user_id: int, batch: list[NudgeRow],
                 result: ActionResult, now: datetime) -> None:
    ids = [r.id for r in batch]
    stamp = iso(now)
    if result.status and ids:
        set_status(conn, ids, result.status, result.due_at)
    for contact_id, event in result.advanced:
        advance_contact(conn, user_id, contact_id, event, stamp)
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


def meeting_for(conn: sqlite3.Connection, user_id: int, meeting_id: int) -> dict | None:
    """A reminder's meeting: whom it was with, when it ended (for the debrief) and whether
    the thank-you was already sent."""
    row = conn.execute(
        """SELECT m.id, m.contact_id, c.name AS contact_name, m.starts_at, m.minutes,
                  EXISTS (SELECT 1 FROM nudges n WHERE n.meeting_id = m.id AND n.kind IN
                          ('thanks', 'thanks_reminder') AND n.status = 'done') AS thanked
           FROM meetings m JOIN contacts c ON c.id = m.contact_id
           WHERE m.id = ? AND m.user_id = ?""", (meeting_id, user_id)).fetchone()
    if row is None:
        return None
    ends = datetime.fromisoformat(row["starts_at"]) + timedelta(minutes=row["minutes"])
    return {"id": row["id"], "contact_id": row["contact_id"], "contact_name": row["contact_name"],
            "ends_at": ends.isoformat(), "thanked": bool(row["thanked"])}


def followups(conn: sqlite3.Connection, user_id: int) -> dict:
    """Everything /followups shows, in one hop."""
    return {
        "nudges": [dict(r) for r in upcoming(conn, user_id)],
        "drafts": [dict(r) for r in unsent_drafts(conn, user_id)],
        "referrals": [dict(r) for r in referrals_to_write(conn, user_id)],
    }


def of_contact(conn: sqlite3.Connection, user_id: int, contact_id: int) -> list[dict]:
    """Every reminder about one of the user's contacts, in due order, whatever became of it
    (done, skipped or cancelled as well as still to come): the contact's reminder history."""
    rows = conn.execute(
        """SELECT id, kind, due_at, status, meeting_id, payload FROM nudges
           WHERE user_id = ? AND contact_id = ? ORDER BY due_at, id""",
        (user_id, contact_id)).fetchall()
    return [{**dict(r), "payload": json.loads(r["payload"])} for r in rows]


def dealt_with(conn: sqlite3.Connection, user_id: int) -> list[dict]:
    """The user's reminders about contacts that were done or skipped, in due order, with the
    contact's name: what the user did with them (/export's interactions)."""
    rows = conn.execute(
        """SELECT n.id, n.kind, n.due_at, n.status, c.name AS contact FROM nudges n
           JOIN contacts c ON c.id = n.contact_id
           WHERE n.user_id = ? AND n.status IN ('done', 'skipped') ORDER BY n.due_at, n.id""",
        (user_id,)).fetchall()
    return [dict(r) for r in rows]


# --------------------------------------------------------------------------- reads for buttons


def reminder_of(conn: sqlite3.Connection, user_id: int, nudge_id: int) -> DueNudge | None:
    """One of the user's reminders as the sweeper would compose it, to show it again from
    /followups (its draft, its buttons) instead of closing it unseen."""
    r = conn.execute(
        """SELECT id, user_id, contact_id, meeting_id, kind, due_at, payload, attempts
           FROM nudges WHERE id = ? AND user_id = ?""", (nudge_id, user_id)).fetchone()
    if r is None:
        return None
    users = _by_id(conn, "users", USER_COLUMNS, {user_id})
    contacts = _by_id(conn, "contacts", "id, name, role, organisation, status",
                      {r["contact_id"]} if r["contact_id"] else set())
    meetings = _by_id(conn, "meetings", "id, contact_id, starts_at, minutes, format, questions, "
                      "notes", {r["meeting_id"]} if r["meeting_id"] else set())
    return _due(r, users, contacts, meetings)


def pressed_reminder(conn: sqlite3.Connection, user_id: int, batch_id: int) -> dict | None:
    """What a reminder's buttons decide on, in one hop: its rows, its meeting (when the
    meeting ended, for the debrief), the reminder itself (to show it again) and, for
    "Write to someone new", where and what the user last told /outreach about themselves."""
    batch = batch_of(conn, user_id, batch_id)
    if not batch:  # gone, or not this user's (a forged id): the router says so
        return None
    meeting = meeting_for(conn, user_id, batch[0].meeting_id) if batch[0].meeting_id else None
    return {"batch": batch, "meeting": meeting, "reminder": reminder_of(conn, user_id, batch_id),
            "outreach": start_payload(conn, user_id)}
