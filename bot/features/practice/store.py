"""Question lists for meetings and the history of rehearsals."""

from __future__ import annotations

import json
import sqlite3

from bot.features.practice.effects import SavePractice
from bot.storage.timefmt import iso


def save_practice(conn: sqlite3.Connection, user_id: int, e: SavePractice) -> None:
    conn.execute(
        """INSERT INTO practice_sessions (user_id, field, mode, score, scorecard, flow_inst,
                                          started_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(user_id, flow_inst) DO NOTHING""",
        (user_id, e.field, e.mode, e.score, e.scorecard, e.inst, iso(e.started_at),
         iso(e.ended_at)),
    )


def history(conn: sqlite3.Connection, user_id: int, limit: int = 10) -> list[dict]:
    rows = conn.execute(
        """SELECT mode, field, score, ended_at,
                  json_extract(scorecard, '$.persona_name') AS persona,
                  COALESCE(json_extract(scorecard, '$.short'), 0)
                    OR COALESCE(json_extract(scorecard, '$.follow_on'), 0) AS short
           FROM practice_sessions WHERE user_id = ? ORDER BY id DESC LIMIT ?""",
        (user_id, limit)).fetchall()
    return [dict(r) for r in rows]


def recent_history(conn: sqlite3.Connection, user_id: int) -> dict:
    """The last sessions (progress on the scorecard, who they met last) and how many there
    were in all (which answers a new session hears)."""
    count = conn.execute("SELECT COUNT(*) FROM practice_sessions WHERE user_id = ?",
                         (user_id,)).fetchone()[0]
    return {"history": history(conn, user_id), "count": count}


def last_scorecard(conn: sqlite3.Connection, user_id: int) -> dict | None:
    """The user's latest rehearsal with its whole scorecard, to show that debrief again."""
    row = conn.execute(
        """SELECT mode, field, score, scorecard, ended_at FROM practice_sessions
           WHERE user_id = ? ORDER BY id DESC LIMIT 1""", (user_id,)).fetchone()
    return None if row is None else {**dict(row), "scorecard": json.loads(row["scorecard"])}


def sessions_of(conn: sqlite3.Connection, user_id: int) -> list[dict]:
    """Every rehearsal of the user, oldest first, with its whole scorecard: practice
    scores over time (/stats' chart) and the practice history (/export)."""
    rows = conn.execute(
        """SELECT id, mode, field, score, scorecard, started_at, ended_at FROM practice_sessions
           WHERE user_id = ? ORDER BY ended_at, id""", (user_id,)).fetchall()
    return [{**dict(r), "scorecard": json.loads(r["scorecard"])} for r in rows]
