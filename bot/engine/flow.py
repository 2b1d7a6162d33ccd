"""Conversation flows as pure state machines.

A flow gets the turn (user, time) and an event, and returns an `Outcome`: the
next dialogue state (None when the flow is over), what to say, and the effects
to store. The Telegram shell persists state and effects in one transaction,
then sends the replies, so nothing a user typed lives only in memory.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from bot.engine.effects import Effect
from bot.engine.models import Dialogue, Turn
from bot.engine.ui import Reply


@dataclass(frozen=True)
class TextIn:
    text: str
    at: datetime | None = None  # when the message was sent (answer timing in practice)


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
    effects: list[Effect] = field(default_factory=list)
    next_flow: str | None = None  # open this flow once this one ends (deep links)
    show_menu: bool = False


class Flow(Protocol):
    name: str  # short id, used in callback data and stored in dialogues.flow
    title: str  # how the user hears about it ("onboarding", "your settings")

    def start(self, turn: Turn, inst: int, payload: str | None = None) -> Outcome: ...

    def handle(self, turn: Turn, d: Dialogue, event: Event) -> Outcome: ...

    def prompt(self, turn: Turn, d: Dialogue) -> Reply:
        """The current step's question again: after a restart, bad input or an old button."""
        ...

    def step_title(self, d: Dialogue) -> str: ...


NOT_TEXT = "I can only read text at this step, not a {kind}."


def prompts_of(flow: Flow, turn: Turn, d: Dialogue) -> list[Reply]:
    """A step may need more than one message to show again (a draft and its checks)."""
    many = getattr(flow, "prompts", None)
    return many(turn, d) if many else [flow.prompt(turn, d)]


def warm_up(flows: Iterable[Flow]) -> None:
    """Flows that load something slow on first use (the matcher, the date parser) load it
    now, at start-up, rather than while a user waits; `post_init` then freezes it."""
    for flow in flows:
        load = getattr(flow, "warm_up", None)
        if load is not None:
            load()


def non_text_reprompt(flow: Flow, turn: Turn, d: Dialogue, kind: str) -> Outcome:
    return Outcome(d, [Reply(NOT_TEXT.format(kind=kind)), *prompts_of(flow, turn, d)])


class StepFlow:
    """The moves every step-by-step flow shares: show a step, or say why and show it again."""

    titles: dict[str, str] = {}

    def step_title(self, d: Dialogue) -> str:
        return self.titles.get(d.step, d.step)

    def _go(self, turn: Turn, d: Dialogue) -> Outcome:
        return Outcome(d, prompts_of(self, turn, d))

    def _again(self, turn: Turn, d: Dialogue, why: str) -> Outcome:
        return Outcome(d, [Reply(why), *prompts_of(self, turn, d)])
