"""What every handler reaches through `context.bot_data`: storage, clock, flows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from telegram.ext import CallbackContext

from bot.clock import Clock
from bot.config import Settings
from bot.engine.flow import Flow
from bot.sessions import Sessions
from bot.storage.db import Database

KEY = "services"
LAST_SWEEP = "last_sweep"  # bot_data key: when the reminder sweep last completed


@dataclass
class Services:
    settings: Settings
    clock: Clock
    flows: dict[str, Flow]
    banks: dict[str, Any] = field(default_factory=dict)
    db: Database | None = None
    sessions: Sessions | None = None
    dispatcher: Any = None  # bot.telegram.sweeper.Dispatcher, set in post_init
    transports: tuple = ()  # the AiohttpRequests build_application made, closed by the CLI


def services(context: CallbackContext) -> Services:
    return context.application.bot_data[KEY]
