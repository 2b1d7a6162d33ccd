"""What a flow is: events in, an `Outcome` out, with no Telegram and no SQL.

A flow gets the turn (user, time) and an event, and returns an `Outcome`: the next
dialogue state (None when the flow is over), what to say, and the effects to store.
`bot.sessions` commits state and effects in one transaction, then the shell sends the
replies, so nothing a user typed lives only in memory. Step-by-step flows are declared
as tables in `bot.engine.steps`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from bot.engine.models import Dialogue, Turn
from bot.engine.ui import Reply


@dataclass(frozen=True)
class TextIn:
    text: str
    at: datetime | None = None  # when the message was sent (answer timing in practice)
    spoken: float | None = None  # seconds: the words of a transcribed voice note (bot.llm)


@dataclass(frozen=True)
class Press:
    value: str


@dataclass(frozen=True)
class NonText:
    kind: str  # "photo", "sticker", "voice", ...


Event = TextIn | Press | NonText


@dataclass
class Outcome:
    dialogue: Dialogue | None
    replies: list[Reply] = field(default_factory=list)
    effects: list[Any] = field(default_factory=list)  # records a feature's store makes durable
    next_flow: str | None = None  # a command or flow to open once this one ends
    payload: Any = None  # what `next_flow` starts with
    show_menu: bool = False
    where: bool = False  # remind the user where they are (after a stale button)


class Flow(Protocol):
    name: str  # short id, used in callback data and stored in dialogues.flow
    title: str  # how the user hears about it ("onboarding", "your settings")

    def start(self, turn: Turn, inst: int, payload: Any = None) -> Outcome: ...

    def handle(self, turn: Turn, d: Dialogue, event: Event) -> Outcome: ...

    def prompts(self, turn: Turn, d: Dialogue) -> list[Reply]:
        """The current step again: after a restart, bad input or an old button."""
        ...

    def step_title(self, d: Dialogue) -> str: ...


def warm_up(flows: Iterable[object]) -> None:
    """Flows that load something slow on first use (the matcher, the date parser) load it
    now, at start-up, rather than while a user waits; `post_init` then freezes it."""
    for flow in flows:
        load = getattr(flow, "warm_up", None)
        if load is not None:
            load()
