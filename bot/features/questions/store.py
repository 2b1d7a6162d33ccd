"""Question lists for meetings."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from bot.features.outreach.store import owned_contact
from bot.features.questions.effects import SaveQuestions
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
