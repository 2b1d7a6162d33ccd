"""Settings from the environment and `.env`, validated once at start-up.

A malformed value must stop the bot with one line that names the variable and
what it expects, so `load_settings` raises `ConfigError` and the CLI prints it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dotenv import dotenv_values

TOKEN_RE = re.compile(r"^\d+:[A-Za-z0-9_-]+$")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class ConfigError(ValueError):
    """A setting is malformed; the message is one line meant for the person starting the bot."""


# Shipped inside the package, so the bot starts from any working directory.
BUILTIN_BANKS = Path(__file__).resolve().parent / "question_banks"

@dataclass(frozen=True)
class Settings:
    token: str | None = None
    base_url: str | None = None
    database_path: Path = Path("data/bot.sqlite3")
    # The console's own file: it never opens the production database (see bot.cli).
    console_database_path: Path = Path("data/console.sqlite3")
    question_banks_dir: Path = BUILTIN_BANKS
    templates_dir: Path | None = None
    log_level: str = "INFO"
    admin_chat_id: int | None = None
    sweep_seconds: float = 30.0  # how often due nudges are sent; 0 turns the sweeper off

    @property
    def base_file_url(self) -> str | None:
        """A self-hosted Bot API server serves files under /file/bot, next to /bot."""
        if not self.base_url:
            return None
        if self.base_url.endswith("/bot"):
            return self.base_url[: -len("/bot")] + "/file/bot"
        return self.base_url.rstrip("/") + "/file/bot"

    def __repr__(self) -> str:  # never show the token, even in a debugger or a traceback
        token = "set" if self.token else "unset"
        return (
            f"Settings(token={token}, base_url={self.base_url!r}, "
            f"database_path={str(self.database_path)!r}, log_level={self.log_level!r})"
        )


def _merged_env(environ: Mapping[str, str], env_file: Path | None) -> dict[str, str]:
    """The process environment wins over `.env`, as in twelve-factor apps."""
    values: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(environ)
    return values


def _file_path(name: str, value: str) -> Path:
    path = Path(value)
    if path.is_dir():
        raise ConfigError(f"{name}: expected a file path, but {path} is a folder")
    return path


def load_settings(
    environ: Mapping[str, str] | None = None, env_file: Path | None = Path(".env")
) -> Settings:
    env = _merged_env(os.environ if environ is None else environ, env_file)

    def get(name: str) -> str | None:
        value = env.get(name, "").strip()
        return value or None

    token = get("TELEGRAM_BOT_TOKEN")
    if token is not None and not TOKEN_RE.match(token):
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN: expected the token BotFather gave you, "
            "digits, a colon, then letters (e.g. 123456:ABC-def...)"
        )

    base_url = get("TELEGRAM_BASE_URL")
    if base_url is not None and not re.match(r"^https?://[^\s/]+", base_url):
        raise ConfigError(
            "TELEGRAM_BASE_URL: expected an http(s) URL of a Bot API server, "
            f"e.g. http://127.0.0.1:8081/bot (got {base_url!r})"
        )

    log_level = (get("LOG_LEVEL") or "INFO").upper()
    if log_level not in LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL: expected one of {', '.join(LOG_LEVELS)} (got {log_level!r})")

    admin_raw = get("ADMIN_CHAT_ID")
    admin_chat_id: int | None = None
    if admin_raw is not None:
        try:
            admin_chat_id = int(admin_raw)
        except ValueError:
            raise ConfigError(
                f"ADMIN_CHAT_ID: expected a numeric Telegram chat id, e.g. 123456789 "
                f"(got {admin_raw!r})"
            ) from None

    database_path = _file_path("DATABASE_PATH", get("DATABASE_PATH") or "data/bot.sqlite3")
    console_path = _file_path("CONSOLE_DATABASE_PATH",
                              get("CONSOLE_DATABASE_PATH") or "data/console.sqlite3")

    banks_dir = Path(get("QUESTION_BANKS_DIR") or BUILTIN_BANKS)
    if not banks_dir.is_dir():
        raise ConfigError(
            f"QUESTION_BANKS_DIR: expected a folder of .yaml banks; {banks_dir} is not one"
        )

    templates_raw = get("TEMPLATES_DIR")
    templates_dir = Path(templates_raw) if templates_raw else None
    if templates_dir is not None and not templates_dir.is_dir():
        raise ConfigError(
            f"TEMPLATES_DIR: expected a folder of template overrides; {templates_dir} is not one"
        )

    sweep_raw = get("NUDGE_SWEEP_SECONDS") or "30"
    try:
        sweep_seconds = float(sweep_raw)
        if sweep_seconds < 0:
            raise ValueError
    except ValueError:
        raise ConfigError(
            f"NUDGE_SWEEP_SECONDS: expected a number of seconds, 0 or more (got {sweep_raw!r})"
        ) from None

    return Settings(
        sweep_seconds=sweep_seconds,
        token=token,
        base_url=base_url,
        database_path=database_path,
        console_database_path=console_path,
        question_banks_dir=banks_dir,
        templates_dir=templates_dir,
        log_level=log_level,
        admin_chat_id=admin_chat_id,
    )
