"""The users table: profile, settings and whether we may still message them."""

from __future__ import annotations

import sqlite3

from bot.engine.models import User
from bot.features.profile.effects import SaveProfile, SaveSettings

_COLUMNS = (
    "id, chat_id, name, field, tz, quiet_start, quiet_end, onboarded_at, active, flow_seq, "
    "keep_in_touch_weeks"
)


def _user(row: sqlite3.Row) -> User:
    return User(
        id=row["id"], chat_id=row["chat_id"], name=row["name"], field=row["field"],
        tz=row["tz"], quiet_start=row["quiet_start"], quiet_end=row["quiet_end"],
        onboarded=row["onboarded_at"] is not None, active=bool(row["active"]),
        flow_seq=row["flow_seq"], keep_in_touch_weeks=row["keep_in_touch_weeks"],
    )


def get(conn: sqlite3.Connection, user_id: int) -> User | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM users WHERE id = ?", (user_id,)).fetchone()
    return _user(row) if row else None


def ensure(conn: sqlite3.Connection, user_id: int, chat_id: int, now: str) -> User:
    """The user's row, created on first contact; a user who wrote again is active again."""
    row = conn.execute(
        f"""INSERT INTO users (id, chat_id, created_at, updated_at) VALUES (?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET chat_id = excluded.chat_id, active = 1,
                updated_at = CASE WHEN users.active = 0 OR users.chat_id != excluded.chat_id
                                  THEN excluded.updated_at ELSE users.updated_at END
            RETURNING {_COLUMNS}""",
        (user_id, chat_id, now, now),
    ).fetchone()
    return _user(row)


def save_profile(conn: sqlite3.Connection, user_id: int, p: SaveProfile, now: str) -> None:
    conn.execute(
        """UPDATE users SET name = ?, field = ?, tz = ?, updated_at = ?,
               onboarded_at = COALESCE(onboarded_at, ?) WHERE id = ?""",
        (p.name, p.field, p.tz, now, now, user_id),
    )


def save_settings(conn: sqlite3.Connection, user_id: int, s: SaveSettings, now: str) -> None:
    conn.execute(
        """UPDATE users SET tz = COALESCE(?, tz), quiet_start = COALESCE(?, quiet_start),
               quiet_end = COALESCE(?, quiet_end),
               keep_in_touch_weeks = COALESCE(?, keep_in_touch_weeks), updated_at = ?
           WHERE id = ?""",
        (s.tz, s.quiet_start, s.quiet_end, s.keep_in_touch_weeks, now, user_id),
    )


def bump_flow_seq(conn: sqlite3.Connection, user_id: int, inst: int) -> None:
    conn.execute("UPDATE users SET flow_seq = MAX(flow_seq, ?) WHERE id = ?", (inst, user_id))


def set_active(conn: sqlite3.Connection, user_id: int, active: bool, now: str) -> None:
    conn.execute("UPDATE users SET active = ?, updated_at = ? WHERE id = ?",
                 (int(active), now, user_id))


def delete(conn: sqlite3.Connection, user_id: int) -> None:
    """Every table that holds a user's data references users ON DELETE CASCADE."""
    conn.execute("DELETE FROM users WHERE id = ?", (user_id,))
