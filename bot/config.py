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
    access: str = "open"  # open | invite | allowlist (bot.features.access)
    allowed_user_ids: frozenset[int] = frozenset()
    retention_months: int = 0  # forget users inactive this long; 0 keeps everyone
    log_format: str = "text"  # text | json
    proxy: str | None = None  # TELEGRAM_PROXY: http, https or socks5 URL
    transport: str = "aiohttp"  # aiohttp | httpx (PTB's own)
    webhook_url: str | None = None  # set: webhook mode (bot.telegram.webhook)
    webhook_secret: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8080
    bot_username: str | None = None  # for invite links without asking Telegram
    # Optional generative persona and voice notes (bot.llm): nothing is sent anywhere
    # unless a base URL and a model are set.
    llm_base_url: str | None = None  # an OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout: float = 10.0  # seconds; past it the bank's answer is sent
    llm_daily_cap: int = 100  # generated replies per user per day; 0: no cap
    transcribe_base_url: str | None = None  # /v1/audio/transcriptions; may be the LLM's
    transcribe_model: str | None = None
    transcribe_api_key: str | None = None

    def secrets(self) -> tuple[str, ...]:
        """What no log line may show (bot.logging_setup redacts each)."""
        keys = tuple(k for k in (self.llm_api_key, self.transcribe_api_key)
                     if k and len(k) >= 4)  # shorter: a placeholder some servers want
        return tuple(x for x in (self.token, self.webhook_secret, *keys, *self.extra_secrets)
                     if x)

    @property
    def llm_on(self) -> bool:
        """A generative persona is configured (else the bank persona alone, as always)."""
        return bool(self.llm_base_url and self.llm_model)

    @property
    def transcribe_on(self) -> bool:
        """Voice notes in practice are transcribed (else one line says typing works)."""
        return bool(self.transcribe_base_url and self.transcribe_model)

    extra_secrets: tuple[str, ...] = ()  # API keys of optional services (OPENAI_API_KEY ...)

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
        **_deployment(get),
        **_network(get),
        **_llm(get),
        extra_secrets=_secrets(env),
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


ACCESS_MODES = ("open", "invite", "allowlist")
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{16,256}$")
SECRET_SUFFIXES = ("_API_KEY", "_SECRET", "_PASSWORD", "_TOKEN")


def _int(name: str, raw: str | None, default: int, what: str, low: int = 0) -> int:
    if raw is None:
        return default
    try:
        value = int(raw)
        if value < low:
            raise ValueError
    except ValueError:
        raise ConfigError(f"{name}: expected {what} (got {raw!r})") from None
    return value


def _deployment(get) -> dict:
    """Access for a cohort, retention, logs and webhook mode."""
    access = (get("ACCESS") or "open").lower()
    if access not in ACCESS_MODES:
        raise ConfigError(f"ACCESS: expected one of {', '.join(ACCESS_MODES)} (got {access!r})")
    raw_ids = get("ALLOWED_USER_IDS") or ""
    try:
        allowed = frozenset(int(x) for x in re.split(r"[\s,]+", raw_ids) if x)
    except ValueError:
        raise ConfigError("ALLOWED_USER_IDS: expected numeric Telegram user ids separated by "
                          f"commas, e.g. 123456789,987654321 (got {raw_ids!r})") from None
    if access == "allowlist" and not allowed:
        raise ConfigError("ACCESS=allowlist needs ALLOWED_USER_IDS: the numeric ids of the "
                          "people who may use the bot")
    log_format = (get("LOG_FORMAT") or "text").lower()
    if log_format not in ("text", "json"):
        raise ConfigError(f"LOG_FORMAT: expected text or json (got {log_format!r})")
    webhook_url = get("WEBHOOK_URL")
    if webhook_url is not None and not webhook_url.startswith("https://"):
        raise ConfigError("WEBHOOK_URL: expected the public https:// address Telegram will "
                          f"post to, e.g. https://bot.example.org/telegram (got {webhook_url!r})")
    secret = get("WEBHOOK_SECRET")
    if secret is not None and not SECRET_RE.match(secret):
        raise ConfigError("WEBHOOK_SECRET: expected 16-256 letters, digits, _ or - "
                          "(e.g. the output of `openssl rand -hex 32`)")
    username = (get("BOT_USERNAME") or "").lstrip("@") or None
    return {
        "access": access, "allowed_user_ids": allowed, "log_format": log_format,
        "retention_months": _int("RETENTION_MONTHS", get("RETENTION_MONTHS"), 0,
                                 "a whole number of months, 0 to keep everyone"),
        "webhook_url": webhook_url, "webhook_secret": secret,
        "webhook_listen": get("WEBHOOK_LISTEN") or "127.0.0.1",
        "webhook_port": _int("WEBHOOK_PORT", get("WEBHOOK_PORT"), 8080,
                             "a port number, 1-65535", 1),
        "bot_username": username,
    }


def _network(get) -> dict:
    """How the Bot API is reached: a proxy, and which HTTP client."""
    proxy = get("TELEGRAM_PROXY")
    if proxy is not None and not re.match(r"^(https?|socks5h?)://[^\s/]+", proxy):
        raise ConfigError("TELEGRAM_PROXY: expected http://, https:// or socks5:// and a "
                          f"host, e.g. socks5://127.0.0.1:1080 (got {proxy!r})")
    transport = (get("TELEGRAM_TRANSPORT") or "aiohttp").lower()
    if transport not in ("aiohttp", "httpx"):
        raise ConfigError(f"TELEGRAM_TRANSPORT: expected aiohttp or httpx (got {transport!r})")
    return {"proxy": proxy, "transport": transport}


def _base_url(name: str, raw: str | None) -> str | None:
    if raw is not None and not re.match(r"^https?://[^\s/]+", raw):
        raise ConfigError(f"{name}: expected the http(s) URL of an OpenAI-compatible API, "
                          f"e.g. http://127.0.0.1:11434/v1 (got {raw!r})")
    return raw.rstrip("/") if raw else None


def _llm(get) -> dict:
    """The optional model server (bot.llm): a URL and a model go together."""
    base_url, model = _base_url("LLM_BASE_URL", get("LLM_BASE_URL")), get("LLM_MODEL")
    if bool(base_url) != bool(model):
        missing = "LLM_MODEL" if base_url else "LLM_BASE_URL"
        raise ConfigError(f"{missing}: needed with {'LLM_BASE_URL' if base_url else 'LLM_MODEL'}"
                          " (a generative persona needs both a server URL and a model name)")
    raw = get("LLM_TIMEOUT") or "10"
    try:
        timeout = float(raw)
        if not 0 < timeout <= 300:
            raise ValueError
    except ValueError:
        raise ConfigError(f"LLM_TIMEOUT: expected seconds, more than 0 and at most 300 "
                          f"(got {raw!r})") from None
    t_url = _base_url("TRANSCRIBE_BASE_URL", get("TRANSCRIBE_BASE_URL"))
    t_model = get("TRANSCRIBE_MODEL")
    if t_url and not t_model:
        raise ConfigError("TRANSCRIBE_MODEL: needed with TRANSCRIBE_BASE_URL (e.g. whisper-1)")
    if t_model and not (t_url or base_url):
        raise ConfigError("TRANSCRIBE_BASE_URL: needed with TRANSCRIBE_MODEL (or set "
                          "LLM_BASE_URL when the same server transcribes)")
    return {
        "llm_base_url": base_url, "llm_model": model, "llm_api_key": get("LLM_API_KEY"),
        "llm_timeout": timeout,
        "llm_daily_cap": _int("LLM_DAILY_CAP", get("LLM_DAILY_CAP"), 100,
                              "a whole number of generated replies per user per day, "
                              "0 for no cap"),
        "transcribe_base_url": (t_url or base_url) if t_model else None,
        "transcribe_model": t_model,
        "transcribe_api_key": get("TRANSCRIBE_API_KEY") or get("LLM_API_KEY"),
    }


def _secrets(env: Mapping[str, str]) -> tuple[str, ...]:
    """Values of any *_API_KEY, *_SECRET, *_PASSWORD or *_TOKEN setting and a proxy's
    password: kept out of every log line, whatever optional service reads them."""
    from urllib.parse import urlsplit

    found = [v.strip() for k, v in env.items()
             if k.upper().endswith(SECRET_SUFFIXES) and len(v.strip()) >= 8]
    for name in ("TELEGRAM_PROXY", "LLM_BASE_URL", "TRANSCRIBE_BASE_URL"):
        url = env.get(name, "").strip()
        try:
            password = urlsplit(url).password if url else None
        except ValueError:
            password = None
        if password:
            found.append(password)
    return tuple(sorted(set(found)))
