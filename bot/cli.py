"""`interview-bot run | console | check [PATH]`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from bot.config import ConfigError, Settings, load_settings
from bot.logging_setup import redact, setup_logging

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


class _QuietBootstrapFailure(logging.Filter):
    """When start-up cannot reach the Bot API, PTB logs a full traceback and the CLI then
    says in one line what went wrong: below DEBUG the traceback is only noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        if (record.exc_info and record.getMessage().startswith("Network Retry Loop (Bootstrap")
                and not logging.getLogger().isEnabledFor(logging.DEBUG)):
            record.exc_info = record.exc_text = None
        return True


def _run(settings: Settings) -> int:
    from telegram import Update
    from telegram.error import InvalidToken, NetworkError

    from bot.app import build_application
    from bot.telegram.services import KEY

    setup_logging(settings.log_level, settings.token)
    logging.getLogger("telegram.ext").addFilter(_QuietBootstrapFailure())
    if (failed := _bank_failure(settings)) is not None:
        return failed
    app = build_application(settings)
    log.info("starting to poll Telegram%s",
             f" via {settings.base_url}" if settings.base_url else "")
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        app.run_polling(allowed_updates=Update.ALL_TYPES, close_loop=False)
    except InvalidToken:
        print("interview-bot: Telegram rejected TELEGRAM_BOT_TOKEN; check the token BotFather "
              "gave you (it is not shown here).", file=sys.stderr)
        return 2
    except NetworkError as e:  # PTB's messages can quote the request URL, which holds the token
        print(f"interview-bot: cannot reach the Bot API: {redact(str(e), settings.token)}",
              file=sys.stderr)
        return 1
    finally:
        # PTB shuts its requests down only after a successful start; a failed one leaves
        # aiohttp sessions open (and warning at exit) unless closed on their own loop.
        loop.run_until_complete(asyncio.gather(
            *(t.shutdown() for t in app.bot_data[KEY].transports)))
        loop.close()
    return 0


def _console(settings: Settings) -> int:
    from bot.console import run_console

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
