"""`interview-bot run | console | check [PATH]`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sqlite3
import sys
from dataclasses import replace
from pathlib import Path

from bot.config import ConfigError, Settings, load_settings
from bot.logging_setup import setup_logging

log = logging.getLogger("bot")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="interview-bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run on Telegram (polling); needs TELEGRAM_BOT_TOKEN")
    run.add_argument("--console-if-no-token", action="store_true",
                     help="with no token configured, start the console instead (`make run`)")
    sub.add_parser("console", help="run in this terminal, no token or network needed")
    check = sub.add_parser("check", help="validate question banks and templates")
    check.add_argument("path", nargs="?", type=Path, help="a bank, a template or a folder")
    args = parser.parse_args(argv)

    if args.command == "check":
        from bot.content_check import check_paths

        return check_paths(args.path)
    try:
        settings = load_settings()
    except ConfigError as e:
        print(f"interview-bot: configuration error: {e}", file=sys.stderr)
        return 2
    if args.command == "run" and settings.token is None:
        if not args.console_if_no_token:
            # Never the console here: it would serve (and sweep) the production database.
            print("interview-bot: TELEGRAM_BOT_TOKEN is not set (environment or .env); "
                  "`interview-bot console` tries the bot in this terminal.", file=sys.stderr)
            return 2
        print("No TELEGRAM_BOT_TOKEN set: starting the terminal console on "
              f"{settings.console_database_path} (its own database, not DATABASE_PATH).\n")
    if args.command == "console" or settings.token is None:
        return _console(settings)
    return _run(settings)


def _bank_failure(settings: Settings) -> int | None:
    from bot.banks.loader import BankError, load_banks

    try:
        load_banks(settings.question_banks_dir)
    except BankError as e:
        print("interview-bot: the question banks have problems, so the bot will not start:",
              file=sys.stderr)
        print(str(e), file=sys.stderr)
        return 1
    return None


def _run(settings: Settings) -> int:
    from bot.telegram.polling import run_polling

    setup_logging(settings.log_level, settings.token)
    if (failed := _bank_failure(settings)) is not None:
        return failed
    return run_polling(settings)


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
    return (f"interview-bot: {path} holds {others} Telegram user(s), so the console will not "
            "open it; set CONSOLE_DATABASE_PATH to a file of its own.")


def _console(settings: Settings) -> int:
    from bot.telegram.console import run_console

    settings = replace(settings, database_path=settings.console_database_path)
    if (refusal := _console_refusal(settings.database_path)) is not None:
        print(refusal, file=sys.stderr)
        return 2
    level = max(logging.WARNING, logging.getLevelName(settings.log_level))
    setup_logging(logging.getLevelName(level), settings.token)
    if (failed := _bank_failure(settings)) is not None:
        return failed
    try:
        asyncio.run(run_console(settings))
    except KeyboardInterrupt:
        print("\nbye")
    return 0


if __name__ == "__main__":
    sys.exit(main())
