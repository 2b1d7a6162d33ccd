"""Logging that can never print the bot token, the webhook secret or an API key.

httpx logs every request URL at INFO, and Telegram's URLs carry the token
(`/bot<token>/sendMessage`); tracebacks of network errors carry it too. So the
formatter redacts the whole rendered line, traceback included, and httpx is
kept at WARNING as a second line of defence.

`LOG_FORMAT=json` writes one JSON object a line (time, level, logger, message and the
record's `extra` fields) for log collectors. The job queue's scheduler is kept at WARNING:
at INFO it wrote two lines per sweep (about 5,760 a day) saying nothing happened.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable

_TOKEN_SHAPE = re.compile(r"\d{3,}:[A-Za-z0-9_-]{20,}")
REDACTED = "[REDACTED]"


Secrets = str | Iterable[str] | None
# Fields of a record that are the logging machinery's own, not `extra=` data.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


def _as_tuple(secrets: Secrets) -> tuple[str, ...]:
    if secrets is None:
        return ()
    if isinstance(secrets, str):
        return (secrets,)
    return tuple(s for s in secrets if s)


def redact(text: str, secrets: Secrets = None) -> str:
    for secret in _as_tuple(secrets):
        text = text.replace(secret, REDACTED)
    return _TOKEN_SHAPE.sub(REDACTED, text)


class RedactingFormatter(logging.Formatter):
    def __init__(self, fmt: str, secrets: Secrets = None) -> None:
        super().__init__(fmt)
        self._secrets = _as_tuple(secrets)

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record), self._secrets)


class JsonFormatter(RedactingFormatter):
    """One JSON object a line; redacted after rendering, like the text format."""

    def __init__(self, secrets: Secrets = None) -> None:
        super().__init__("%(message)s", secrets)

    def format(self, record: logging.LogRecord) -> str:
        out = {"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
               "level": record.levelname, "logger": record.name,
               "message": record.getMessage()}
        out.update({k: v for k, v in vars(record).items()
                    if k not in _STANDARD and not k.startswith("_")})
        if record.exc_info:
            out["traceback"] = self.formatException(record.exc_info)
        return redact(json.dumps(out, default=str, ensure_ascii=False), self._secrets)


def setup_logging(level: str, secrets: Secrets = None, fmt: str = "text") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(
        JsonFormatter(secrets) if fmt == "json" else
        RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", secrets)
    )
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    quiet = max(logging.WARNING, logging.getLevelName(level))
    for noisy in ("httpx", "httpcore", "apscheduler"):
        logging.getLogger(noisy).setLevel(quiet)
    # aiosqlite's DEBUG lines repeat every statement's arguments: users' words, no insight.
    logging.getLogger("aiosqlite").setLevel(max(logging.INFO, logging.getLevelName(level)))
