"""The inbox: updates Telegram delivered, durable before they are confirmed.

Telegram forgets an update once the bot confirms it (the next getUpdates offset, or a
webhook's 200), so an update must be written here first. A row moves pending → stepped
(its step was committed, in the same transaction as the step: `mark_stepped`, called by
`bot.sessions`) → done (its replies went out; the body is dropped). After a crash,
pending rows are processed again and stepped rows get their user's current prompt again;
a done row is never processed twice, and its id is kept a while so a redelivery of the
same update is recognised.
"""

from __future__ import annotations

import json
import sqlite3
from contextvars import ContextVar
from typing import Any

# The inbox row of the update being processed in this task, if it came through the inbox:
# bot.sessions records it with the step. Updates fed straight to the Application (console,
# tests) have none.
processing: ContextVar[int | None] = ContextVar("inbox_update", default=None)

KEEP_DONE = 10_000  # done ids kept to recognise a redelivery (Telegram resends < 100)


def sender_of(raw: dict) -> int | None:
    """The Telegram user an update comes from, read from its JSON without parsing it."""
    for key, value in raw.items():
        if key != "update_id" and isinstance(value, dict):
            sender = value.get("from") or value.get("user")
            if isinstance(sender, dict) and isinstance(sender.get("id"), int):
                return sender["id"]
    return None


def add(conn: sqlite3.Connection, raws: list[dict], now: str,
        done: list[int] | None = None) -> list[int]:
    """Write new updates (and mark earlier ones `done` on the way); returns the ids that
    were new (a redelivered one is not)."""
    if done:
        mark_done(conn, done)
    fresh = []
    for raw in raws:
        update_id = raw.get("update_id")
        if not isinstance(update_id, int) or isinstance(update_id, bool):
            continue
        cur = conn.execute(
            "INSERT OR IGNORE INTO inbox (update_id, user_id, body, received_at) "
            "VALUES (?, ?, ?, ?)",
            (update_id, sender_of(raw), json.dumps(raw, ensure_ascii=False), now))
        if cur.rowcount:
            fresh.append(update_id)
    return fresh


def mark_stepped(conn: sqlite3.Connection, update_id: int) -> None:
    """The update's step is committed: in the step's own transaction, so never twice."""
    conn.execute("UPDATE inbox SET status = 'stepped' WHERE update_id = ?", (update_id,))


def mark_done(conn: sqlite3.Connection, update_ids: list[int]) -> None:
    marks = ",".join("?" * len(update_ids))
    conn.execute(f"UPDATE inbox SET status = 'done', body = NULL WHERE update_id IN ({marks})",
                 update_ids)


def forget_user(conn: sqlite3.Connection, user_id: int, keep: int | None) -> None:
    """/forget: no row of the user stays, but the update doing it is still recognised."""
    conn.execute("DELETE FROM inbox WHERE user_id = ? AND update_id IS NOT ?", (user_id, keep))
    if keep is not None:
        conn.execute("UPDATE inbox SET user_id = NULL, body = NULL WHERE update_id = ?", (keep,))


def unfinished(conn: sqlite3.Connection) -> dict[str, Any]:
    """What a stop left: pending updates in order (id, body), and the users whose step was
    saved but whose reply may not have gone out."""
    pending = [(r[0], r[1]) for r in conn.execute(
        "SELECT update_id, body FROM inbox WHERE status = 'pending' ORDER BY update_id")]
    stepped = conn.execute(
        "SELECT update_id, user_id FROM inbox WHERE status = 'stepped' ORDER BY update_id"
    ).fetchall()
    return {"pending": pending, "stepped": [(r[0], r[1]) for r in stepped]}


def prune(conn: sqlite3.Connection, keep: int = KEEP_DONE) -> int:
    """Drop done rows beyond the newest `keep` (only recent ids can be redelivered)."""
    row = conn.execute("SELECT update_id FROM inbox ORDER BY update_id DESC LIMIT 1 OFFSET ?",
                       (keep,)).fetchone()
    if row is None:
        return 0
    return conn.execute("DELETE FROM inbox WHERE status = 'done' AND update_id <= ?",
                        (row[0],)).rowcount
