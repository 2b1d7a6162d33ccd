"""The dialogues table: one row per user in the middle of a flow."""

from __future__ import annotations

import json
import sqlite3

from bot.engine.models import Dialogue


def get(conn: sqlite3.Connection, user_id: int) -> Dialogue | None:
    row = conn.execute(
        "SELECT flow, step, inst, data FROM dialogues WHERE user_id = ?", (user_id,)
    ).fetchone()
    if row is None:
        return None
    return Dialogue(row["flow"], row["step"], row["inst"], json.loads(row["data"]))


def put(conn: sqlite3.Connection, user_id: int, d: Dialogue | None, now: str) -> None:
    if d is None:
        conn.execute("DELETE FROM dialogues WHERE user_id = ?", (user_id,))
        return
    conn.execute(
        """INSERT INTO dialogues (user_id, flow, step, inst, data, updated_at)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT(user_id) DO UPDATE SET flow = excluded.flow, step = excluded.step,
               inst = excluded.inst, data = excluded.data, updated_at = excluded.updated_at""",
        (user_id, d.flow, d.step, d.inst, json.dumps(d.data, ensure_ascii=False), now),
    )
