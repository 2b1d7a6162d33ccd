"""What a feature declares so the shell can reach it: commands, flows, stores, buttons.

Each feature folder has a `feature.py` with one `Feature`; `bot.features.catalog` lists
them. The shell never names a feature: a new command, a new kind of stored row's button
or a new effect is declared next to the code it belongs to.

Reads (`load`) are plain functions of a SQLite connection, run by the shell before the
pure part decides; writes are effects, committed by `bot.sessions` in one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.engine.callbacks import ItemPress
from bot.engine.flow import Flow, Outcome
from bot.engine.models import Dialogue, Turn, User
from bot.engine.ui import Reply

Load = Callable[[sqlite3.Connection, int], Any]  # (conn, user id) → rows
Store = Callable[[sqlite3.Connection, int, Any, datetime], object]  # (conn, user, effect, now)


@dataclass(frozen=True)
class View:
    """A command answered from stored rows, without a dialogue (/contacts, /stats)."""

    show: Callable[[Turn, Any], list[Reply]]
    load: Load | None = None


@dataclass(frozen=True)
class Command:
    name: str  # the /command, and the main menu's target
    description: str  # Telegram's command menu and /help
    label: str | None = None  # a main-menu button; None: a command only
    flow: str | None = None  # the flow it opens …
    view: View | None = None  # … or the view it shows
    payload: Load | None = None  # read before the flow starts (recent contacts, history)
    needs_profile: bool = True  # onboarding first, then this


@dataclass(frozen=True)
class Item:
    """The buttons of one kind of stored row (`kind|id|action`): a reminder, a contact.

    `load(conn, user_id, row_id)` returns None unless the row is the user's; `decide` is
    pure and answers with an Outcome whose effects the write path commits.
    """

    load: Callable[[sqlite3.Connection, int, int], Any]
    decide: Callable[[Turn, Dialogue | None, ItemPress, Any], Outcome]
    gone: str = "That is no longer stored."


@dataclass(frozen=True)
class Feature:
    name: str
    commands: Sequence[Command] = ()
    flows: Callable[[Any], Sequence[Flow]] = lambda context: ()  # context: settings, banks
    stores: Mapping[type, Store] = field(default_factory=dict)
    items: Mapping[str, Item] = field(default_factory=dict)
    # How an effect changes the user record every update loads (the cache stays true
    # without reading the row back): effect type → (user, effect) → user.
    user_changes: Mapping[type, Callable[[User, Any], User]] = field(default_factory=dict)
