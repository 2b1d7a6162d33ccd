"""`interview-bot run | console | check | backup | restore | health | invite | --version`.

Every wrong start ends here in one line on stderr naming the problem and what to do, and a
non-zero exit: 2 for a setting to fix, 1 for a file, the disk or the network.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sqlite3
import sys
from dataclasses import replace
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from bot.config import ConfigError, Settings, load_settings
from bot.logging_setup import redact, setup_logging

log = logging.getLogger("bot")


def _version() -> str:
    try:
        return version("interview-bot")
    except PackageNotFoundError:  # run from a checkout without installing
        return "unknown (not installed)"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="interview-bot", description=__doc__)
    parser.add_argument("--version", action="version", version=f"interview-bot {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run on Telegram (polling, or --webhook); needs the token")
    run.add_argument("--console-if-no-token", action="store_true",
                     help="with no token configured, start the console instead (`make run`)")
    run.add_argument("--webhook", action="store_true",
                     help="receive updates on WEBHOOK_URL (needs WEBHOOK_SECRET) instead of "
                          "polling; also on whenever WEBHOOK_URL is set")
    sub.add_parser("console", help="run in this terminal, no token or network needed")
    check = sub.add_parser("check", help="validate question banks and templates")
    check.add_argument("path", nargs="?", type=Path, help="a bank, a template or a folder")
    backup = sub.add_parser("backup", help="copy the database safely, even while the bot runs")
    backup.add_argument("path", nargs="?", type=Path,
                        help="the new file (default: backups/ beside the database)")
    restore = sub.add_parser("restore", help="put a backup back (stop the bot first)")
    restore.add_argument("path", type=Path, help="a file `interview-bot backup` wrote")
    sub.add_parser("health", help="exit 0 if the bot is up (the container's HEALTHCHECK)")
    invite = sub.add_parser("invite", help="make an invite link for a cohort (ACCESS=invite)")
    invite.add_argument("--uses", type=int, default=30, help="how many people may join (30)")
    invite.add_argument("--expires", default=None,
                        help="how long it works, e.g. 30d, 12h, 2w (default: no end)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "check":
        from bot.content_check import check_paths

        return check_paths(args.path)
    try:
        settings = load_settings()
    except ConfigError as e:
        return _fail(f"configuration error: {e}", 2)
    if args.command == "backup":
        return _backup(settings, args.path)
    if args.command == "restore":
        return _restore(settings, args.path)
    if args.command == "invite":
        return _invite(settings, args.uses, args.expires)
    if args.command == "health":
        return _health(settings)
    if args.command == "run" and settings.token is None:
        if not args.console_if_no_token:
            # Never the console here: it would serve (and sweep) the production database.
            return _fail("TELEGRAM_BOT_TOKEN is not set (environment or .env); "
                         "`interview-bot console` tries the bot in this terminal.", 2)
        print("No TELEGRAM_BOT_TOKEN set: starting the terminal console on "
              f"{settings.console_database_path} (its own database, not DATABASE_PATH).\n")
    if args.command == "console" or settings.token is None:
        return _console(settings)
    return exit_even_if_stuck(
        _run(settings, webhook=args.webhook or settings.webhook_url is not None))


def exit_even_if_stuck(code: int, grace: float = 2.0) -> int:
    """Never a hang at exit: a thread left running by a start that failed half-way (an
    aiosqlite worker whose database was opened, a DNS lookup that never returns) would keep
    the interpreter waiting for it forever, and a service manager would never see the exit.
    After `grace` seconds the process ends with its code regardless."""
    import os
    import threading
    import time

    deadline = time.monotonic() + grace
    for thread in threading.enumerate():
        if thread is not threading.main_thread() and not thread.daemon:
            thread.join(max(deadline - time.monotonic(), 0))
    stuck = [t.name for t in threading.enumerate()
             if t is not threading.main_thread() and not t.daemon and t.is_alive()]
    if stuck:
        log.debug("exiting with threads still running: %s", ", ".join(stuck))
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def _fail(message: str, code: int = 1) -> int:
    print(f"interview-bot: {message}", file=sys.stderr)
    return code


def _content_failure(settings: Settings) -> int | None:
    """Banks and template overrides are checked before anything opens: one line, the first
    problem, and where to see them all."""
    from bot.banks.loader import BankError, load_banks_cached
    from bot.content_check import problems_in

    problems: list[str] = []
    try:
        load_banks_cached(settings.question_banks_dir)  # the bot started next reuses them
    except BankError as e:
        problems = [line for line in str(e).splitlines() if line.strip()]
    if settings.templates_dir is not None:
        problems += problems_in(settings.templates_dir)
    if not problems:
        return None
    first = problems[0].strip().lstrip("-• ").strip()
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return _fail(f"the question banks or templates have problems, so the bot will not start: "
                 f"{first}{more}; `interview-bot check` lists them all", 1)


def _prepare(settings: Settings, setting: str = "DATABASE_PATH"):
    """Lock, check and migrate the database; None (after one line) when it cannot be used."""
    from bot.storage.preflight import StartupError, prepare

    try:
        prepared = prepare(settings.database_path, setting=setting)
    except StartupError as e:
        _fail(str(e))
        return None
    if prepared.backup is not None:
        log.info("backed up before migrating: %s", prepared.backup.summary())
    if prepared.applied:
        log.info("database migrated from schema v%s to v%s", prepared.version_before,
                 prepared.applied[-1])
    return prepared


def _run(settings: Settings, webhook: bool) -> int:
    setup_logging(settings.log_level, settings.secrets(), settings.log_format)
    if webhook and (not settings.webhook_url or not settings.webhook_secret):
        return _fail("webhook mode needs WEBHOOK_URL (the public https:// address) and "
                     "WEBHOOK_SECRET (e.g. `openssl rand -hex 32`); unset both to poll", 2)
    if (failed := _content_failure(settings)) is not None:
        return failed
    prepared = _prepare(settings)
    if prepared is None:
        return 1
    try:
        if webhook:
            from bot.telegram.webhook import run_webhook

            return run_webhook(settings)
        from bot.telegram.polling import run_polling

        return run_polling(settings)
    except Exception as e:  # a last resort: one line, never a hang or a bare traceback
        log.debug("start-up failed", exc_info=True)
        return _fail(f"stopped by an unexpected error: {type(e).__name__}: "
                     f"{redact(str(e), settings.secrets())}; LOG_LEVEL=DEBUG shows the "
                     "traceback", 1)
    finally:
        if prepared.lock is not None:
            prepared.lock.close()


def _console_refusal(path: Path) -> str | None:
    """Why the console will not open `path`: it holds Telegram users.

    The console plays the Bot API itself, so every reminder it sweeps "succeeds": on a real
    database it would mark other users' reminders as sent without anyone seeing them.
    Read only, so a refused file is left exactly as it was.
    """
    from bot.telegram.console import CONSOLE_USER_ID

    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            others = conn.execute("SELECT COUNT(*) FROM users WHERE id != ?",
                                  (CONSOLE_USER_ID,)).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # no users table yet, or not a database: opening reports that
        return None
    if not others:
        return None
    users = "1 Telegram user" if others == 1 else f"{others} Telegram users"
    return (f"interview-bot: {path} holds {users}, so the console will not "
            "open it; set CONSOLE_DATABASE_PATH to a file of its own.")


def _console(settings: Settings) -> int:
    from bot.telegram.console import run_console

    # The console's one user is whoever sits at the terminal: no invite needed.
    settings = replace(settings, database_path=settings.console_database_path, access="open")
    if (refusal := _console_refusal(settings.database_path)) is not None:
        print(refusal, file=sys.stderr)
        return 2
    level = max(logging.WARNING, logging.getLevelName(settings.log_level))
    setup_logging(logging.getLevelName(level), settings.secrets(), settings.log_format)
    if (failed := _content_failure(settings)) is not None:
        return failed
    prepared = _prepare(settings, "CONSOLE_DATABASE_PATH")
    if prepared is None:
        return 1
    try:
        asyncio.run(run_console(settings))
    except KeyboardInterrupt:
        print("\nbye")
    finally:
        if prepared.lock is not None:
            prepared.lock.close()
    return 0


def _backup(settings: Settings, path: Path | None) -> int:
    from bot.storage.backup import copy_database, default_path
    from bot.storage.preflight import describe

    source = settings.database_path
    if not source.is_file():
        return _fail(f"there is no database at {source} (DATABASE_PATH) to back up", 1)
    dest = path or default_path(source, datetime.now(UTC))
    if dest.is_dir():
        dest = dest / default_path(source, datetime.now(UTC)).name
    try:
        result = copy_database(source, dest)
    except FileExistsError as e:
        return _fail(str(e), 1)
    except (OSError, sqlite3.Error) as e:
        return _fail(f"backup failed: {describe(e, dest, 'the backup path')}", 1)
    print(f"backup written: {result.summary()}")
    return 0


def _restore(settings: Settings, path: Path) -> int:
    """Put a backup in place of DATABASE_PATH; the file it replaces is kept aside."""
    from bot.storage.backup import copy_database, default_path, restore_database
    from bot.storage.preflight import StartupError, describe, lock_database

    database = settings.database_path
    if not path.is_file():
        return _fail(f"{path}: no such backup file", 2)
    try:
        lock = lock_database(database) if database.parent.is_dir() else None
    except StartupError as e:
        return _fail(f"{e} (restore needs the bot stopped)", 1)
    try:
        if database.is_file():
            try:
                kept = copy_database(database, default_path(database, datetime.now(UTC),
                                                             "replaced"))
                print(f"the current database is kept as {kept.path}")
            except sqlite3.DatabaseError:
                print(f"the current database is unreadable; moved to {database}.broken")
                for suffix in ("", "-wal", "-shm"):
                    part = database.with_name(database.name + suffix)
                    if part.exists():
                        part.rename(part.with_name(part.name + ".broken"))
        result = restore_database(path, database)
    except (OSError, sqlite3.Error) as e:
        return _fail(f"restore failed: {describe(e, path, 'the backup')}", 1)
    finally:
        if lock is not None:
            lock.close()
    print(f"restored: {result.summary()}")
    return 0


def _bot_username(settings: Settings) -> str | None:
    """BOT_USERNAME, or Telegram's getMe when a token is set (5 s at most), for the link."""
    import json
    import urllib.request

    if settings.bot_username or settings.token is None:
        return settings.bot_username
    base = settings.base_url or "https://api.telegram.org/bot"
    try:
        with urllib.request.urlopen(f"{base}{settings.token}/getMe", timeout=5) as response:
            return json.load(response)["result"]["username"]
    except Exception:  # the link is printed with a placeholder; the code works regardless
        return None


def _invite(settings: Settings, uses: int, expires: str | None) -> int:
    """Store an invite code in the database (the bot may be running) and print its link."""
    from bot.features.access import rules, store
    from bot.storage.migrations import LATEST, current_version
    from bot.storage.preflight import describe

    try:
        lifetime = rules.parse_duration(expires) if expires else None
    except ValueError as e:
        return _fail(f"--expires: {e}", 2)
    if uses < 1:
        return _fail("--uses: expected 1 or more", 2)
    path = settings.database_path
    if not path.is_file():
        return _fail(f"there is no database at {path} (DATABASE_PATH) yet: start the bot "
                     "once, then make invites", 1)
    now = datetime.now(UTC)
    code = rules.new_code()
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=10)
        try:
            if current_version(conn) != LATEST:
                return _fail(f"{path} is at schema v{current_version(conn)}, this code at "
                             f"v{LATEST}: start the bot once (it upgrades), then retry", 1)
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                store.create_invite(conn, code, uses, now + lifetime if lifetime else None, now)
        finally:
            conn.close()
    except sqlite3.Error as e:
        return _fail(describe(e, path), 1)
    link = rules.invite_link(_bot_username(settings), code)
    print(rules.invite_text(uses, now + lifetime if lifetime else None, link))
    if settings.access != "invite":
        print(f"(ACCESS is {settings.access}: set ACCESS=invite for invites to matter)")
    return 0


def _health(settings: Settings) -> int:
    """Webhook mode: GET /healthz. Polling: a bot holds the database's lock and the file
    answers a query. One line either way, for `docker inspect` and the operator."""
    import json
    import urllib.request

    from bot.storage.preflight import StartupError, lock_database

    if settings.webhook_url:
        host = "127.0.0.1" if settings.webhook_listen in ("0.0.0.0", "::") \
            else settings.webhook_listen
        try:
            url = f"http://{host}:{settings.webhook_port}/healthz"
            with urllib.request.urlopen(url, timeout=5) as response:
                print(json.dumps(json.load(response)))
                return 0
        except Exception as e:
            return _fail(f"unhealthy: /healthz did not answer 200 ({e})", 1)
    path = settings.database_path
    try:
        lock = lock_database(path) if path.parent.is_dir() else None
    except StartupError:
        lock = None  # held: a bot runs on it, as it should
    else:
        if lock is not None:
            lock.close()
        return _fail(f"unhealthy: no bot is running on {path}", 1)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
        try:
            conn.execute("SELECT COUNT(*) FROM users").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as e:
        return _fail(f"unhealthy: {path} does not answer ({e})", 1)
    print(f"ok: a bot is running on {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
