"""Before the bot starts: the database is ours alone, readable, writable and up to date.

Every way the file can be wrong at start-up becomes a `StartupError` whose message is one
line naming the problem and what to do, so the CLI can print it and exit non-zero at once.
These checks run with plain `sqlite3` in the main thread: nothing is left open behind a
failure (an aiosqlite worker thread left open keeps the process alive, so a service
manager never sees it fail).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from bot.storage.backup import BackupResult, backups_folder, copy_database, default_path
from bot.storage.files import make_private
from bot.storage.migrations import LATEST, current_version, migrate

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock, as before
    fcntl = None  # type: ignore[assignment]


class StartupError(RuntimeError):
    """One line for the person starting the bot: what is wrong and what to do."""


@dataclass
class Prepared:
    """What the checks found and did; `lock` stays open as long as the process runs."""

    path: Path
    version_before: int
    applied: list[int] = field(default_factory=list)
    backup: BackupResult | None = None
    lock: IO[str] | None = None


def describe(error: BaseException, path: Path, setting: str = "DATABASE_PATH") -> str:
    """A SQLite or OS error as one line naming the file and the remedy."""
    name = getattr(error, "sqlite_errorname", "")
    if name.startswith("SQLITE_FULL") or getattr(error, "errno", None) == 28:
        return (f"the disk holding {path} is full (or the file may not grow): free some space, "
                "then start again")
    if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
        newest = _newest_backup(path)
        hint = f"restore the newest backup ({newest})" if newest else "restore a backup"
        return (f"{path} ({setting}) is not a readable SQLite database ({error}): {hint} with "
                f"`interview-bot restore`, or move the file away to start empty")
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")) or isinstance(
            error, PermissionError):
        return (f"cannot write {path} ({setting}): {error}; make the file and its folder "
                "writable by this user, or point the setting elsewhere")
    if name.startswith("SQLITE_BUSY"):
        return (f"{path} is locked by another program ({error}); stop whatever else has it "
                "open, then start again")
    if name.startswith("SQLITE_IOERR"):
        return (f"could not write {path} ({error}): the disk may be full or failing; free some "
                "space, check the disk, then start again")
    return f"cannot use {path} ({setting}): {type(error).__name__}: {error}"


def _newest_backup(path: Path) -> Path | None:
    with contextlib.suppress(OSError):
        found = sorted(backups_folder(path).glob(f"{path.stem}-*.sqlite3"))
        return found[-1] if found else None
    return None


def lock_database(path: Path) -> IO[str] | None:
    """One bot per database: a second one would poll the same token (Telegram answers 409)
    and keep a cache of its own. The lock is the OS's, released when the process ends."""
    if fcntl is None:
        return None
    lock_path = path.with_name(path.name + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    handle = open(fd, "a+", encoding="utf-8")  # noqa: SIM115 - held for the process
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "unknown"
        handle.close()
        raise StartupError(
            f"another interview-bot (pid {holder}) is already running on {path}; stop it "
            "first — two processes on one database and token fight over Telegram's updates"
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    return handle


def _folder(path: Path, setting: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise StartupError(f"cannot create the folder for {path} ({setting}): a part of "
                           "that path is a file; point the setting at a folder path") from None
    except OSError as e:
        raise StartupError(f"cannot create the folder {path.parent} for {setting}: "
                           f"{e.strerror}; create it, or point the setting elsewhere") from None
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise StartupError(f"cannot write in {path.parent} ({setting}): SQLite keeps its "
                           "journal beside the file; make the folder writable by this user")


def prepare(path: Path, *, setting: str = "DATABASE_PATH", lock: bool = True,
            now: datetime | None = None) -> Prepared:
    """Lock, open, check and migrate `path` (a backup first when migrations are due)."""
    _folder(path, setting)
    held = None
    try:
        held = lock_database(path) if lock else None
        prepared = _check_and_migrate(path, setting, now or datetime.now(UTC))
    except BaseException:
        if held is not None:
            held.close()
        raise
    prepared.lock = held
    return prepared


def _check_and_migrate(path: Path, setting: str, now: datetime) -> Prepared:
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        # In WAL mode SQLite would open it and fail only at the first checkpoint, later.
        raise StartupError(f"cannot write {path} ({setting}): permission denied; make the "
                           "file and its folder writable by this user, or point the setting "
                           "elsewhere")
    try:
        make_private(path)
        conn = sqlite3.connect(path, isolation_level=None, timeout=5)
    except (OSError, sqlite3.Error) as e:
        raise StartupError(describe(e, path, setting)) from None
    try:
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            version = current_version(conn)
        except sqlite3.Error as e:
            raise StartupError(describe(e, path, setting)) from None
        if version > LATEST:
            newest = _newest_backup(path)
            raise StartupError(
                f"{path} is at schema version {version}, newer than this interview-bot knows "
                f"({LATEST}): run the newer version again, or restore the backup taken before "
                f"the upgrade{f' ({newest})' if newest else ''} with `interview-bot restore`")
        prepared = Prepared(path, version)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("BEGIN IMMEDIATE")  # can we write at all (read-only file, full disk)?
            conn.execute("ROLLBACK")
            if 0 < version < LATEST:
                prepared.backup = copy_database(
                    path, default_path(path, now, f"before-v{LATEST}"))
            prepared.applied = migrate(conn)
        except (OSError, sqlite3.Error) as e:
            raise StartupError(describe(e, path, setting)) from None
        return prepared
    finally:
        conn.close()
