"""Drive a flow as a pure function: a fake user at a fixed time, events in, outcomes out.

`Walk` starts a flow and feeds it events the way `bot.sessions` would: the dialogue's data
goes through JSON between messages (as it does through SQLite), and a button is pressed
by its label, read back through the callback codec and checked to belong to the step on
screen. No Telegram, no database, no clock: time is whatever `Turn.now` says.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.engine.callbacks import StepPress, parse
from bot.engine.flow import Event, NonText, Outcome, Press, TextIn
from bot.engine.models import Dialogue, Turn, User
from bot.engine.ui import Button, Reply

ROOT = Path(__file__).resolve().parents[2]
BANKS_DIR = ROOT / "bot" / "question_banks"
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # a Monday, 10:00 in Berlin
INST = 7  # the run number the tests start flows with: effects must carry it


def make_user(**changes: Any) -> User:
    base = User(id=42, chat_id=42, name="Sam Rivera", field="Marketing", tz="Europe/Berlin",
                onboarded=True)
    return replace(base, **changes)


def make_turn(user: User | None = None, now: datetime = NOW, first_name: str = "Sam") -> Turn:
    return Turn(user or make_user(), now, first_name)


def buttons_of(replies: list[Reply]) -> list[Button]:
    return [b for r in replies for row in r.buttons for b in row]


def labels(replies: list[Reply]) -> list[str]:
    return [b.text for b in buttons_of(replies)]


def pressed(button: Button) -> StepPress:
    p = parse(button.data)
    assert isinstance(p, StepPress), f"not a step button: {button.data!r}"
    return p


def values(replies: list[Reply]) -> list[str]:
    return [pressed(b).value for b in buttons_of(replies)]


def text_of(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def roundtrip(d: Dialogue) -> Dialogue:
    """What storage does between two messages: the data as JSON and back."""
    return Dialogue(d.flow, str(d.step), d.inst, json.loads(json.dumps(d.data)))


class Walk:
    """One run of a flow: `start`, then `say`, `tap`, `press`, `send` as a user would."""

    def __init__(self, flow: Any, turn: Turn | None = None, payload: Any = None,
                 inst: int = INST) -> None:
        self.flow = flow
        self.turn = turn or make_turn()
        self.out: Outcome = flow.start(self.turn, inst, payload)
        self.outcomes = [self.out]
        self.steps: list[str | None] = [self.step]

    # --- where the run is --------------------------------------------------------------------
    @property
    def dialogue(self) -> Dialogue:
        assert self.out.dialogue is not None, "the flow has ended"
        return self.out.dialogue

    @property
    def step(self) -> str | None:
        return None if self.out.dialogue is None else str(self.out.dialogue.step)

    @property
    def data(self) -> dict[str, Any]:
        return self.dialogue.data

    @property
    def ended(self) -> bool:
        return self.out.dialogue is None

    # --- what the user sees ------------------------------------------------------------------
    @property
    def text(self) -> str:
        return text_of(self.out.replies)

    @property
    def question(self) -> str:
        """The last message: the question the step asks."""
        return self.out.replies[-1].text

    @property
    def labels(self) -> list[str]:
        return labels(self.out.replies)

    @property
    def values(self) -> list[str]:
        return values(self.out.replies)

    @property
    def effects(self) -> list[Any]:
        """Every effect of the run so far, in order."""
        return [e for o in self.outcomes for e in o.effects]

    def button(self, label: str) -> Button:
        found = buttons_of(self.out.replies)
        exact = [b for b in found if b.text == label]
        near = exact or [b for b in found if label in b.text]
        assert len(near) == 1, f"{label!r} is not one button among {[b.text for b in found]}"
        return near[0]

    # --- what the user does ------------------------------------------------------------------
    def send(self, event: Event) -> Outcome:
        self.out = self.flow.handle(self.turn, roundtrip(self.dialogue), event)
        self.outcomes.append(self.out)
        self.steps.append(self.step)
        return self.out

    def say(self, text: str) -> Outcome:
        return self.send(TextIn(text, self.turn.now))

    def tap(self, label: str) -> Outcome:
        """Press a button on screen by its label; it must belong to the step shown."""
        p = pressed(self.button(label))
        d = self.dialogue
        assert (p.flow, p.inst, p.step) == (d.flow, d.inst, str(d.step)), p
        return self.send(Press(p.value))

    def press(self, value: str) -> Outcome:
        """Press a raw value, as an old or forged button would."""
        return self.send(Press(value))

    def photo(self, kind: str = "photo") -> Outcome:
        return self.send(NonText(kind))

    def at(self, now: datetime) -> Walk:
        """Move the run's clock: the next events happen at `now`."""
        self.turn = replace(self.turn, now=now)
        return self
