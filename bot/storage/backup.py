"""Online backups with SQLite's backup API: safe while the bot runs.

A plain `cp` of a WAL-mode database copies the main file without the write-ahead log,
where recent commits (sometimes every table) still live. The backup API copies the
database as one reader sees it: every transaction committed before the copy began, none
half-done, while the bot goes on writing (WAL readers never block the writer). The copy is
a single self-contained file (journal mode DELETE), 0600, checked before it is reported.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bot.storage.files import make_private, private_folder

# The tables a coach recognises, counted in the report of a backup or a restore.
COUNTED = ("users", "contacts", "drafts", "meetings", "practice_sessions", "nudges")


@dataclass(frozen=True)
class BackupResult:
    path: Path
    counts: dict[str, int]
    size: int
    version: int

    def summary(self) -> str:
        counts = ", ".join(f"{n} {table}" for table, n in self.counts.items())
        return (f"{self.path} ({self.size / 1_000_000:.1f} MB, schema v{self.version}: "
                f"{counts or 'no tables'})")


def backups_folder(database: Path) -> Path:
    return database.parent / "backups"


def default_path(database: Path, now: datetime, label: str = "") -> Path:
    """`data/backups/bot-20261130-211502[-label].sqlite3`: sorts by time, never overwrites."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    name = f"{database.stem}-{stamp}{'-' + label if label else ''}.sqlite3"
    path = backups_folder(database) / name
    n = 2
    while path.exists():
        path = path.with_name(f"{database.stem}-{stamp}{'-' + label if label else ''}-{n}.sqlite3")
        n += 1
    return path


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in COUNTED if t in present}


def copy_database(source: Path, dest: Path) -> BackupResult:
    """Copy `source` (which may be in use) to `dest` as one consistent snapshot."""
    if dest.exists():
        raise FileExistsError(f"{dest} already exists; name a new file")
    private_folder(dest.parent)
    make_private(dest)
    src = sqlite3.connect(source, timeout=10)  # never written; read-write so WAL works
    try:
        out = sqlite3.connect(dest)
        try:
            # pages=-1: the whole file in one step, under one read transaction, so a write
            # landing mid-copy can neither tear it nor restart it.
            src.backup(out, pages=-1)
            out.execute("PRAGMA journal_mode=DELETE")
            problem = out.execute("PRAGMA quick_check").fetchone()[0]
            if problem != "ok":
                raise sqlite3.DatabaseError(f"the copy failed its check: {problem}")
            result = BackupResult(dest, counts(out), 0,
                                  out.execute("PRAGMA user_version").fetchone()[0])
        finally:
            out.close()
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    return BackupResult(result.path, result.counts, dest.stat().st_size, result.version)


def restore_database(backup: Path, database: Path) -> BackupResult:
    """Write `backup` over `database` (the bot must be stopped: the caller holds the lock).

    Through the backup API as well, so the live file's WAL and shared memory stay coherent.
    """
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        problem = src.execute("PRAGMA quick_check").fetchone()[0]
        if problem != "ok":
            raise sqlite3.DatabaseError(f"{backup} failed its check: {problem}")
        make_private(database)
        out = sqlite3.connect(database)
        try:
            src.backup(out, pages=-1)
            out.execute("PRAGMA journal_mode=WAL")
            out.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            result = BackupResult(database, counts(out), 0,
                                  out.execute("PRAGMA user_version").fetchone()[0])
        finally:
            out.close()
    finally:
        src.close()
    return BackupResult(result.path, result.counts, database.stat().st_size, result.version)
