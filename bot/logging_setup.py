"""Logging that can never print the bot token.

httpx logs every request URL at INFO, and Telegram's URLs carry the token
(`/bot<token>/sendMessage`); tracebacks of network errors carry it too. So the
formatter redacts the whole rendered line, traceback included, and httpx is
kept at WARNING as a second line of defence.
"""

from __future__ import annotations

import logging
import re

_TOKEN_SHAPE = re.compile(r"\d{3,}:[A-Za-z0-9_-]{20,}")
REDACTED = "[REDACTED]"


def redact(text: str, token: str | None = None) -> str:
    if token:
        text = text.replace(token, REDACTED)
    return _TOKEN_SHAPE.sub(REDACTED, text)


class RedactingFormatter(logging.Formatter):
    def __init__(self, fmt: str, token: str | None = None) -> None:
        super().__init__(fmt)
        self._token = token

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record), self._token)


def setup_logging(level: str, token: str | None = None) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", token)
    )
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))
