"""The users table as the shell needs it: who writes, where to reply, whether we may.

What a user tells the bot about themselves is the profile feature's (save_profile,
save_settings, forget); this is the record every update loads.
"""

from __future__ import annotations

import sqlite3

from bot.engine.models import User

COLUMNS = (
    "id, chat_id, name, field, tz, quiet_start, quiet_end, onboarded_at, active, flow_seq, "
    "keep_in_touch_weeks"
)


def user_of(row: sqlite3.Row) -> User:
    return User(
        id=row["id"], chat_id=row["chat_id"], name=row["name"], field=row["field"],
        tz=row["tz"], quiet_start=row["quiet_start"], quiet_end=row["quiet_end"],
        onboarded=row["onboarded_at"] is not None, active=bool(row["active"]),
        flow_seq=row["flow_seq"], keep_in_touch_weeks=row["keep_in_touch_weeks"],
    )


def get(conn: sqlite3.Connection, user_id: int) -> User | None:
    row = conn.execute(f"SELECT {COLUMNS} FROM users WHERE id = ?", (user_id,)).fetchone()
    return user_of(row) if row else None


def ensure(conn: sqlite3.Connection, user_id: int, chat_id: int, now: str) -> User:
    """The user's row, created on first contact; a user who wrote again is active again."""
    row = conn.execute(
        f"""INSERT INTO users (id, chat_id, created_at, updated_at) VALUES (?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET chat_id = excluded.chat_id, active = 1,
                updated_at = CASE WHEN users.active = 0 OR users.chat_id != excluded.chat_id
                                  THEN excluded.updated_at ELSE users.updated_at END
            RETURNING {COLUMNS}""",
        (user_id, chat_id, now, now),
    ).fetchone()
    return user_of(row)


def bump_flow_seq(conn: sqlite3.Connection, user_id: int, inst: int) -> None:
    conn.execute("UPDATE users SET flow_seq = MAX(flow_seq, ?) WHERE id = ?", (inst, user_id))


def set_active(conn: sqlite3.Connection, user_id: int, active: bool, now: str) -> None:
    conn.execute("UPDATE users SET active = ?, updated_at = ? WHERE id = ?",
                 (int(active), now, user_id))
