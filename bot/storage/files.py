"""Files that hold users' words are the owner's alone (0600), and so are their folders' new
backups (0700): a shared host's other accounts must not read a cohort's drafts.

SQLite gives its -wal and -shm files the database file's own permissions, so creating the
database 0600 is enough for all three.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def make_private(path: Path) -> None:
    """Create `path` empty and 0600 if missing; take group and other bits off if present."""
    if str(path) == ":memory:":
        return
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
    except FileExistsError:
        mode = path.stat().st_mode & 0o777
        if path.is_file() and mode & 0o077:
            os.chmod(path, mode & 0o700)
        return
    os.close(fd)


def private_folder(path: Path) -> Path:
    """A folder for backups, made 0700 when new."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    return path


def checkpoint(conn) -> None:
    """Copy the write-ahead log into the file and empty it: after a deletion, the deleted
    text's old versions no longer sit in the -wal file (secure_delete zeroes the main file's
    copies). Outside any transaction."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
