"""Question lists for meetings and the history of rehearsals."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from bot.engine.effects import SavePractice, SaveQuestions
from bot.features.outreach.store import owned_contact
from bot.storage.timefmt import iso


def save_questions(conn: sqlite3.Connection, user_id: int, e: SaveQuestions, now: datetime
                   ) -> None:
    contact_id = e.contact_id if e.contact_id and owned_contact(conn, user_id, e.contact_id) \
        else None
    questions = json.dumps(list(e.questions), ensure_ascii=False)
    conn.execute(
        """INSERT INTO question_lists (user_id, contact_id, field, questions, flow_inst,
                                       created_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT(user_id, flow_inst) DO UPDATE SET contact_id = excluded.contact_id,
               field = excluded.field, questions = excluded.questions""",
        (user_id, contact_id, e.field, questions, e.inst, iso(now)),
    )
    if contact_id is not None:  # the contact's upcoming meetings carry the list to their prep
        conn.execute("UPDATE meetings SET questions = ? WHERE contact_id = ? AND starts_at > ?",
                     (questions, contact_id, iso(now)))


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
        """SELECT mode, field, score, ended_at FROM practice_sessions WHERE user_id = ?
           ORDER BY id DESC LIMIT ?""", (user_id, limit)).fetchall()
    return [dict(r) for r in rows]
