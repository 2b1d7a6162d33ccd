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
    # 3: the user's network, the outreach drafts written to them, and due reminders
    """
    CREATE TABLE contacts (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id         INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name            TEXT NOT NULL,
        role            TEXT NOT NULL DEFAULT '',
        organisation    TEXT NOT NULL DEFAULT '',
        status          TEXT NOT NULL DEFAULT 'identified',
        referred_by     INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
        notes           TEXT NOT NULL DEFAULT '',
        last_contact_at TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
    );
    CREATE INDEX contacts_by_user ON contacts(user_id, name COLLATE NOCASE);
    CREATE INDEX contacts_by_referrer ON contacts(referred_by);
    CREATE TABLE drafts (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        flow_inst   INTEGER NOT NULL,
        contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        channel     TEXT NOT NULL,
        tone        TEXT NOT NULL,
        subject     TEXT,
        body        TEXT NOT NULL,
        score       INTEGER NOT NULL,
        total       INTEGER NOT NULL,
        edited      INTEGER NOT NULL DEFAULT 0,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        sent_at     TEXT,
        replied_at  TEXT,
        UNIQUE (user_id, flow_inst)
    );
    CREATE INDEX drafts_by_contact ON drafts(contact_id);
    CREATE TABLE nudges (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        contact_id  INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,
        due_at      TEXT NOT NULL,
        status      TEXT NOT NULL DEFAULT 'pending',
        payload     TEXT NOT NULL DEFAULT '{}',
        attempts    INTEGER NOT NULL DEFAULT 0,
        last_error  TEXT,
        claimed_at  TEXT,
        sent_at     TEXT,
        created_at  TEXT NOT NULL
    );
    CREATE INDEX nudges_due ON nudges(status, due_at);
    CREATE INDEX nudges_by_user ON nudges(user_id, status);
    CREATE INDEX nudges_by_contact ON nudges(contact_id);
    """,
    # 4: meetings, their nudges, digests, and the keep-in-touch cadence
    """
    CREATE TABLE meetings (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        starts_at   TEXT NOT NULL,
        minutes     INTEGER NOT NULL,
        format      TEXT NOT NULL,
        questions   TEXT NOT NULL DEFAULT '[]',
        notes       TEXT NOT NULL DEFAULT '{}',
        flow_inst   INTEGER NOT NULL,
        created_at  TEXT NOT NULL,
        UNIQUE (user_id, flow_inst)
    );
    CREATE INDEX meetings_by_user ON meetings(user_id, starts_at);
    CREATE INDEX meetings_by_contact ON meetings(contact_id);
    ALTER TABLE nudges ADD COLUMN meeting_id INTEGER REFERENCES meetings(id) ON DELETE CASCADE;
    ALTER TABLE nudges ADD COLUMN batch_id INTEGER;
    CREATE INDEX nudges_by_meeting ON nudges(meeting_id);
    ALTER TABLE users ADD COLUMN keep_in_touch_weeks INTEGER NOT NULL DEFAULT 8;
    """,
    # 5: question lists for meetings, and rehearsal history
    """
    CREATE TABLE question_lists (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        contact_id  INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
        field       TEXT NOT NULL,
        questions   TEXT NOT NULL,
        flow_inst   INTEGER NOT NULL,
        created_at  TEXT NOT NULL,
        UNIQUE (user_id, flow_inst)
    );
    CREATE INDEX question_lists_by_user ON question_lists(user_id, id);
    CREATE INDEX question_lists_by_contact ON question_lists(contact_id, id);
    CREATE TABLE practice_sessions (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        field       TEXT NOT NULL,
        mode        TEXT NOT NULL,
        score       INTEGER,
        scorecard   TEXT NOT NULL,
        flow_inst   INTEGER NOT NULL,
        started_at  TEXT NOT NULL,
        ended_at    TEXT NOT NULL,
        UNIQUE (user_id, flow_inst)
    );
    CREATE INDEX practice_by_user ON practice_sessions(user_id, id);
    """,
    # 6: the inbox: every update Telegram delivered, written before it is confirmed
    """
    CREATE TABLE inbox (
        update_id   INTEGER PRIMARY KEY,           -- Telegram's update id
        user_id     INTEGER,                       -- its sender, when it has one
        body        TEXT,                          -- the update's JSON; NULL once answered
        status      TEXT NOT NULL DEFAULT 'pending',  -- pending -> stepped -> done
        received_at TEXT NOT NULL
    );
    CREATE INDEX inbox_open ON inbox(status, update_id) WHERE status != 'done';
    CREATE INDEX inbox_by_user ON inbox(user_id);
    """,
    # 7: how the user knows a contact, and what happened with them besides drafts and meetings
    """
    ALTER TABLE contacts ADD COLUMN connection TEXT NOT NULL DEFAULT '';
    CREATE TABLE interactions (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,                 -- talked | replied | coffee | ...
        note        TEXT NOT NULL DEFAULT '',
        at          TEXT NOT NULL,
        created_at  TEXT NOT NULL
    );
    CREATE INDEX interactions_by_contact ON interactions(contact_id, at);
    CREATE INDEX interactions_by_user ON interactions(user_id, at);
    """,
    # invite codes for a cohort (ACCESS=invite): how many may join, until when
    """
    CREATE TABLE invites (
        code        TEXT PRIMARY KEY,              -- the /start payload, join-...
        max_uses    INTEGER NOT NULL,
        used        INTEGER NOT NULL DEFAULT 0,
        expires_at  TEXT,
        created_at  TEXT NOT NULL
    );
    """,
    # what /outreach remembers between drafts: the one-line background, a free LinkedIn account
    """
    CREATE TABLE outreach_prefs (
        user_id       INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        background    TEXT NOT NULL DEFAULT '',
        linkedin_free INTEGER NOT NULL DEFAULT 0,
        updated_at    TEXT NOT NULL
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
