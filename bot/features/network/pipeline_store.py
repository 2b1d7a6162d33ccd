"""The one SQL write of a pipeline move: every store changes a contact's stage through here.

A module of its own, not network/store.py, because the outreach, meetings and nudges
stores all call it and network/store.py itself calls the nudges store: sharing it from
there would close an import circle.
"""

from __future__ import annotations

import sqlite3

from bot.features.network.pipeline import TARGET, Event, from_stages


def advance_contact(conn: sqlite3.Connection, user_id: int, contact_id: int,
                    event: Event | str, stamp: str, *, last_contact: bool = False) -> bool:
    """Move one of the user's contacts on by `event` (see pipeline.advance); True if it moved.

    `stamp` (ISO text, as stored) becomes updated_at, and last_contact_at when
    `last_contact` is set, only when the contact moves; a contact already at or past the
    event's stage is left untouched.
    """
    event = Event(event)
    stages = from_stages(event)
    marks = ",".join("?" * len(stages))
    also = ", last_contact_at = ?" if last_contact else ""
    cur = conn.execute(
        f"""UPDATE contacts SET status = ?, updated_at = ?{also}
            WHERE id = ? AND user_id = ? AND status IN ({marks})""",
        (TARGET[event], stamp, *([stamp] if last_contact else []), contact_id, user_id, *stages),
    )
    return cur.rowcount == 1
