"""A dialogue as a table of its steps, read top to bottom like the conversation.

Each `Step` says what it asks, how it reads an answer, whether it can be skipped, and
where it leads; `StepFlow` runs the table. Back, Skip, "that's not text", and "say why
and ask again" live here once, so a flow holds only what is its own. The state between
messages is a typed dataclass (`FlowData`) stored as JSON in the dialogue row, which is
what makes a flow durable where python-telegram-bot's ConversationHandler is not.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import MISSING, dataclass, fields, replace
from datetime import datetime
from functools import cached_property
from typing import Any, Generic, Self, TypeVar

from bot.engine.callbacks import step_button
from bot.engine.flow import Event, NonText, Outcome, Press, TextIn
from bot.engine.models import Dialogue, Turn
from bot.engine.ui import Button, Reply, rows

BACK, SKIP = "back", "skip"
END = "_end"  # `Go(step=END)`: the flow finishes through `StepFlow.finish`
NOT_TEXT = "I can only read text at this step, not a {kind}."
_RETURN = "_return"  # dialogue key: the step to come back to after editing one answer


class FlowData:
    """Mixin for a flow's frozen dataclass of answers: JSON in, JSON out, defaults once.

    Every update loads its flow's data and most store a changed copy, so `load` and `but`
    fill the instance's dict directly instead of going through the frozen dataclass's
    `__init__` and `dataclasses.replace`, which set each field one by one (about a tenth
    of the engine's time per update, measured with cProfile on the in-process bench).
    """

    @classmethod
    def _field_names(cls) -> tuple[str, ...]:
        names = cls.__dict__.get("_names")
        if names is None:  # once per class
            names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
            cls._names = names  # type: ignore[attr-defined]
            cls._known = frozenset(names)  # type: ignore[attr-defined]
            cls._plain = {f.name: f.default for f in fields(cls)  # type: ignore[arg-type]
                          if f.default is not MISSING}
            cls._made = {f.name: f.default_factory for f in fields(cls)  # type: ignore[arg-type]
                         if f.default_factory is not MISSING}
        return names

    @classmethod
    def load(cls, raw: Mapping[str, Any]) -> Self:
        cls._field_names()
        known = cls._known  # type: ignore[attr-defined]
        obj = object.__new__(cls)
        values = obj.__dict__
        values.update(cls._plain)  # type: ignore[attr-defined]
        for name, make in cls._made.items():  # type: ignore[attr-defined]
            values[name] = make()
        values.update({k: v for k, v in raw.items() if k in known})
        return obj

    def dump(self) -> dict[str, Any]:
        return {name: self.__dict__[name] for name in self._field_names()}

    def but(self, **changes: Any) -> Self:
        self._field_names()
        unknown = changes.keys() - self._known  # type: ignore[attr-defined]
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {sorted(unknown)}")
        obj = object.__new__(type(self))
        obj.__dict__.update(self.__dict__)
        obj.__dict__.update(changes)
        return obj


D = TypeVar("D", bound=FlowData)


@dataclass(frozen=True)
class Answer:
    """An event as a step reads it: the typed text with spaces collapsed, or the press."""

    text: str = ""
    pressed: str | None = None
    at: datetime | None = None
    raw: str = ""  # as typed, line breaks kept (a pasted draft)
    spoken: float | None = None  # seconds, when the text was a voice note's (transcribed)


@dataclass(frozen=True)
class Ask:
    """What a step shows: its question and choices; the engine adds Back and Skip."""

    text: str
    choices: Sequence[tuple[str, str]] = ()  # (label, value)
    per_row: int = 2
    before: Sequence[Reply] = ()  # messages shown above the question (a draft to copy)
    layout: Sequence[Sequence[tuple[str, str]]] | None = None  # rows, when not one grid
    effects: Sequence[Any] = ()  # stored when the flow moves to this step, not on re-asks
    back: bool = True  # False when the choices already offer a way back ("No, retype")


@dataclass(frozen=True)
class Invalid:
    """Say why, then ask the same step again; nothing is stored."""

    why: str


@dataclass(frozen=True)
class Go(Generic[D]):
    """The answer was read: store `data`, say `say`, and show `step` (None: the next one)."""

    data: D
    step: str | None = None
    say: Sequence[Reply] = ()
    effects: Sequence[Any] = ()
    edit: bool = False  # `step` edits one answer, then the flow comes back here
    in_place: bool = False  # show the step by editing the message whose button was pressed


Read = D | Go[D] | Invalid | Outcome


@dataclass(frozen=True)
class Step(Generic[D]):
    name: str
    title: str  # "your time zone": how /help and "you're in the middle of…" name it
    ask: Callable[[Turn, D], Ask]
    read: Callable[[Turn, D, Answer], Read]
    reask: Callable[[Turn, D], Ask] | None = None  # asked again (a restart, bad input)
    optional: bool = False  # a Skip button, which stores `skipped(data)`
    skipped: Callable[[D], D] | None = None
    back: bool = True  # a Back button, unless this is the first step that applies
    back_to: str | None = None  # where Back goes, when not the previous step in the table
    when: Callable[[D], bool] | None = None  # None: the step always applies
    edit_continues: bool = False  # editing this answer goes on to the next step first
    not_text: str = NOT_TEXT  # said when a photo, sticker or voice note arrives instead


class StepFlow(Generic[D]):
    """Runs a table of steps. Subclasses set `name`, `title`, `Data`, `steps` and `finish`."""

    name: str
    title: str
    Data: type[D]
    steps: Sequence[Step[D]]

    # --- what a subclass may override --------------------------------------------------------
    def initial(self, turn: Turn, payload: Any) -> D:
        return self.Data()

    def intro(self, turn: Turn, data: D) -> list[Reply]:
        return []

    def first_step(self, turn: Turn, data: D) -> str:
        return next(s.name for s in self.steps if self._applies(s, data))

    def finish(self, turn: Turn, data: D, inst: int) -> Outcome:
        return Outcome(None, show_menu=True)

    # --- the flow protocol -------------------------------------------------------------------
    def start(self, turn: Turn, inst: int, payload: Any = None) -> Outcome:
        data = self.initial(turn, payload)
        if "run" in data._field_names():  # a flow that needs its run number declares `run`
            data = data.but(run=inst)
        step = self.step(self.first_step(turn, data))
        d = Dialogue(self.name, step.name, inst, data.dump())
        ask = step.ask(turn, data)
        return stamped(Outcome(d, [*self.intro(turn, data), *self._show(d, step, data, ask)],
                               list(ask.effects)), inst)

    def step_title(self, d: Dialogue) -> str:
        step = self._by_name.get(d.step)
        return step.title if step else d.step

    def prompts(self, turn: Turn, d: Dialogue) -> list[Reply]:
        d = self._known(turn, d)
        step, data = self.step(d.step), self.data(d)
        return self._show(d, step, data, (step.reask or step.ask)(turn, data))

    def handle(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
        return stamped(self._handle(turn, d, event), d.inst)

    def _handle(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
        if d.step not in self._by_name:  # a step this version no longer has: ask again
            return Outcome(self._known(turn, d), self.prompts(turn, d))
        step, data = self.step(d.step), self.data(d)
        if isinstance(event, NonText):
            return self.again(turn, d, step.not_text.format(kind=event.kind))
        pressed = event.value if isinstance(event, Press) else None
        if pressed == BACK and step.back:
            return self._back(turn, d, step, data)
        if pressed == SKIP and step.optional:
            return self.move(turn, d, step.skipped(data) if step.skipped else data)
        if isinstance(event, TextIn):
            answer = Answer(" ".join(event.text.split()), None, event.at, event.text.strip(),
                            event.spoken)
        else:
            answer = Answer(pressed=pressed)
        return self.move(turn, d, step.read(turn, data, answer))

    # --- moves -------------------------------------------------------------------------------
    def move(self, turn: Turn, d: Dialogue, result: Read) -> Outcome:
        """Where a step's reading of an answer leads."""
        if isinstance(result, Outcome):
            return result
        if isinstance(result, Invalid):
            return self.again(turn, d, result.why)
        go = result if isinstance(result, Go) else Go(result)
        back_here = d.data.get(_RETURN)
        target = go.step
        if target is None:
            target = self._next(d.step, go.data)
            if back_here and not self._edit_goes_on(d.step, target):
                target, back_here = back_here, None
        if target == END or target is None:
            out = self.finish(turn, go.data, d.inst)
            out.replies[:0] = list(go.say)
            out.effects[:0] = list(go.effects)
            return out
        if go.edit:
            back_here = d.step
        step = self.step(target)
        extra = {_RETURN: back_here} if back_here and target != back_here else {}
        nd = Dialogue(self.name, target, d.inst, {**go.data.dump(), **extra})
        ask = step.ask(turn, go.data)
        shown = self._show(nd, step, go.data, ask)
        if go.in_place:
            shown = [replace(r, replace=True) for r in shown]
        return Outcome(nd, [*go.say, *shown], [*go.effects, *ask.effects])

    def again(self, turn: Turn, d: Dialogue, why: str) -> Outcome:
        return Outcome(d, [Reply(why), *self.prompts(turn, d)])

    def _back(self, turn: Turn, d: Dialogue, step: Step[D], data: D) -> Outcome:
        target = step.back_to or self._previous(d.step, data)
        if target is None:  # nothing before this step applies: stay
            return Outcome(d, self.prompts(turn, d))
        return self.move(turn, d, Go(data, target))  # an edit under way keeps its way back

    # --- the table ---------------------------------------------------------------------------
    def step(self, name: str) -> Step[D]:
        return self._by_name.get(name) or self.steps[0]

    def data(self, d: Dialogue) -> D:
        return self.Data.load(d.data)

    def _known(self, turn: Turn, d: Dialogue) -> Dialogue:
        """A dialogue stored by a version with other step names restarts at the first step,
        answers kept."""
        if d.step in self._by_name:
            return d
        return Dialogue(d.flow, self.first_step(turn, self.data(d)), d.inst, d.data)

    @cached_property
    def _by_name(self) -> dict[str, Step[D]]:
        return {s.name: s for s in self.steps}

    @staticmethod
    def _applies(step: Step[D], data: D) -> bool:
        return step.when is None or step.when(data)

    @cached_property
    def _order(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.steps)

    def _next(self, name: str, data: D) -> str | None:
        order = self._order
        for later in order[order.index(name) + 1:]:
            if self._applies(self._by_name[later], data):
                return later
        return None

    def _edit_goes_on(self, name: str, target: str | None) -> bool:
        """Editing an answer another step depends on (how you're connected → who referred
        you) asks that step too before coming back."""
        order = self._order
        at = order.index(name)
        return (self._by_name[name].edit_continues and at + 1 < len(order)
                and target == order[at + 1])

    def _previous(self, name: str, data: D) -> str | None:
        order = self._order
        for earlier in reversed(order[: order.index(name)]):
            if self._applies(self._by_name[earlier], data):
                return earlier
        return None

    def _show(self, d: Dialogue, step: Step[D], data: D, ask: Ask) -> list[Reply]:
        if ask.layout is not None:
            grid = tuple(tuple(step_button(d, label, value) for label, value in row)
                         for row in ask.layout if row)
        else:
            grid = rows([step_button(d, label, value) for label, value in ask.choices],
                        ask.per_row)
        nav: list[Button] = []
        if ask.back and step.back and (step.back_to or self._previous(step.name, data)):
            nav.append(step_button(d, "⬅️ Back", BACK))
        if step.optional:
            nav.append(step_button(d, "Skip", SKIP))
        return [*ask.before, Reply(ask.text, grid + ((tuple(nav),) if nav else ()))]


def stamped(out: Outcome, inst: int) -> Outcome:
    """Effects that belong to this run of the flow (a draft, a meeting) learn its number."""
    unset = [e for e in out.effects if hasattr(e, "inst") and e.inst is None]
    if unset:
        out.effects = [replace(e, inst=inst) if e in unset else e for e in out.effects]
    return out


def buttons(table: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Choices from a (key, label) table, the shape vocabularies are written in."""
    return [(label, key) for key, label in table]


def choice(pressed: str | None, options: Sequence[tuple[str, Any]]) -> Any | None:
    """The option a button press names by its key, or None."""
    return next((v for k, v in options if pressed == k), None)


__all__ = [
    "BACK", "END", "SKIP", "Answer", "Ask", "FlowData", "Go", "Invalid", "Step", "StepFlow",
    "buttons", "choice", "stamped",
]
