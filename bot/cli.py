"""`interview-bot run | console | check [PATH]`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from bot.config import ConfigError, Settings, load_settings
from bot.logging_setup import setup_logging

log = logging.getLogger("bot")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="interview-bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="run on Telegram (polling); the console when no token is set")
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
    if args.command == "console" or settings.token is None:
        if args.command == "run":
            print("No TELEGRAM_BOT_TOKEN set: starting the terminal console instead.\n")
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


def _console(settings: Settings) -> int:
    from bot.telegram.console import run_console

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
