"""The profile a user gives: name, field, time zone, quiet hours; and forgetting them."""

from __future__ import annotations

import sqlite3

from bot.features.profile.effects import SaveProfile, SaveSettings


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
               keep_in_touch_weeks = COALESCE(?, keep_in_touch_weeks),
               field = COALESCE(?, field), name = COALESCE(?, name), updated_at = ?
           WHERE id = ?""",
        (s.tz, s.quiet_start, s.quiet_end, s.keep_in_touch_weeks, s.field, s.name, now,
         user_id),
    )


def delete(conn: sqlite3.Connection, user_id: int) -> None:
    """Every table that holds a user's data references users ON DELETE CASCADE."""
    conn.execute("DELETE FROM users WHERE id = ?", (user_id,))
