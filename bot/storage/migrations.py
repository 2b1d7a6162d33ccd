"""Numbered schema migrations, applied in order at start-up.

`PRAGMA user_version` records how far a file has come; each migration runs in
its own transaction together with the version bump, so a crash mid-way leaves
the file at the previous version and the next start finishes the job.
Append new migrations; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[str, ...] = (
    # 1: the people using the bot
    """
    CREATE TABLE users (
        id            INTEGER PRIMARY KEY,          -- Telegram user id
        chat_id       INTEGER NOT NULL,
        name          TEXT,
        field         TEXT,
        tz            TEXT NOT NULL DEFAULT 'UTC',
        quiet_start   TEXT NOT NULL DEFAULT '21:00',
        quiet_end     TEXT NOT NULL DEFAULT '08:00',
        onboarded_at  TEXT,
        active        INTEGER NOT NULL DEFAULT 1,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    );
    """,
    # 2: where each user is in a conversation, so a restart resumes it
    """
    ALTER TABLE users ADD COLUMN flow_seq INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE dialogues (
        user_id     INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        flow        TEXT NOT NULL,
        step        TEXT NOT NULL,
        inst        INTEGER NOT NULL,
        data        TEXT NOT NULL DEFAULT '{}',
        updated_at  TEXT NOT NULL
    );
    """,
)

LATEST = len(MIGRATIONS)


def current_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, target: int = LATEST) -> list[int]:
    """Bring the file up to `target`; returns the versions applied (none when up to date)."""
    applied = []
    version = current_version(conn)
    if version > LATEST:
        raise RuntimeError(
            f"the database is at schema version {version}, newer than this code knows ({LATEST})"
        )
    for number in range(version + 1, target + 1):
        script = MIGRATIONS[number - 1]
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;"
            )
        except Exception:
            if conn.in_transaction:
                conn.rollback()
            raise
        applied.append(number)
    return applied
