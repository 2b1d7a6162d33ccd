"""The SQL of access: invite codes, membership, the cohort's aggregate counts, retention."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from bot.storage.timefmt import iso


def create_invite(conn: sqlite3.Connection, code: str, uses: int, expires_at: datetime | None,
                  now: datetime) -> None:
    conn.execute("INSERT INTO invites (code, max_uses, expires_at, created_at) "
                 "VALUES (?, ?, ?, ?)",
                 (code, uses, iso(expires_at) if expires_at else None, iso(now)))


def is_member(conn: sqlite3.Connection, user_id: int) -> bool:
    """In invite mode a users row exists only for someone admitted (or there before)."""
    return conn.execute("SELECT 1 FROM users WHERE id = ?", (user_id,)).fetchone() is not None


def redeem(conn: sqlite3.Connection, code: str, user_id: int, chat_id: int,
           now: datetime) -> bool:
    """Use one place of `code` and admit the user (their users row), or change nothing."""
    used = conn.execute(
        "UPDATE invites SET used = used + 1 WHERE code = ? AND used < max_uses "
        "AND (expires_at IS NULL OR expires_at > ?) RETURNING code",
        (code, iso(now))).fetchone()
    if used is None:
        return False
    conn.execute("INSERT INTO users (id, chat_id, created_at, updated_at) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT(id) DO NOTHING", (user_id, chat_id, iso(now), iso(now)))
    return True


def invites(conn: sqlite3.Connection, now: datetime) -> list[dict]:
    rows = conn.execute("SELECT code, max_uses, used, expires_at FROM invites "
                        "WHERE (expires_at IS NULL OR expires_at > ?) AND used < max_uses "
                        "ORDER BY created_at", (iso(now),)).fetchall()
    return [{"code": r[0], "left": r[1] - r[2], "expires_at": r[3]} for r in rows]


# Every table with a user's activity and the column that dates it.
_ACTIVITY = (("dialogues", "updated_at"), ("drafts", "updated_at"), ("meetings", "created_at"),
             ("practice_sessions", "ended_at"), ("contacts", "updated_at"),
             ("question_lists", "created_at"))


def _last_seen_sql() -> str:
    parts = " UNION ALL ".join(f"SELECT user_id, {col} AS at FROM {table}"
                               for table, col in _ACTIVITY)
    return (f"SELECT u.id, MAX(u.updated_at, u.created_at, COALESCE(MAX(a.at), '')) AS seen "
            f"FROM users u LEFT JOIN ({parts}) a ON a.user_id = u.id GROUP BY u.id")


def cohort(conn: sqlite3.Connection, now: datetime) -> dict[str, int]:
    """Counts only: never a name, a text or an id."""
    week = iso(now - timedelta(days=7))

    def one(sql: str, *args: object) -> int:
        return conn.execute(sql, args).fetchone()[0]

    return {
        "users": one("SELECT COUNT(*) FROM users"),
        "onboarded": one("SELECT COUNT(*) FROM users WHERE onboarded_at IS NOT NULL"),
        "active_week": one(f"SELECT COUNT(*) FROM ({_last_seen_sql()}) WHERE seen >= ?", week),
        "drafts_sent": one("SELECT COUNT(*) FROM drafts WHERE sent_at IS NOT NULL"),
        "drafts_sent_week": one("SELECT COUNT(*) FROM drafts WHERE sent_at >= ?", week),
        "meetings": one("SELECT COUNT(*) FROM meetings"),
        "meetings_week": one("SELECT COUNT(*) FROM meetings WHERE created_at >= ?", week),
        "practice": one("SELECT COUNT(*) FROM practice_sessions"),
        "practice_week": one("SELECT COUNT(*) FROM practice_sessions WHERE ended_at >= ?",
                             week),
        "invite_places_left": one("SELECT COALESCE(SUM(max_uses - used), 0) FROM invites "
                                  "WHERE expires_at IS NULL OR expires_at > ?", iso(now)),
    }


def forget_inactive(conn: sqlite3.Connection, cutoff: datetime) -> list[int]:
    """Delete every user not seen since `cutoff` (all their rows cascade); their ids."""
    gone = [r[0] for r in conn.execute(
        f"SELECT id FROM ({_last_seen_sql()}) WHERE seen < ?", (iso(cutoff),))]
    conn.executemany("DELETE FROM users WHERE id = ?", [(i,) for i in gone])
    return gone


def held_about(conn: sqlite3.Connection, user_id: int) -> dict[str, int]:
    """How many rows of each kind the user has, for /privacy."""
    tables = ("contacts", "drafts", "meetings", "practice_sessions", "nudges")
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t} WHERE user_id = ?",
                            (user_id,)).fetchone()[0] for t in tables}
