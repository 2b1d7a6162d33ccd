"""The one callback codec: every button's data is built and read here, nowhere else.

Three shapes, all far under Telegram's 64-byte limit because values are short codes,
never user text:

- a step's button  ``flow|inst|step|value``: acts only while that run is at that step;
- a menu entry     ``menu|target``;
- a stored row     ``kind|id|action`` (a reminder, a draft, a contact): the id is checked
  against the user who pressed it before anything happens.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.models import Dialogue
from bot.engine.ui import Button


@dataclass(frozen=True)
class StepPress:
    flow: str
    inst: int
    step: str
    value: str


@dataclass(frozen=True)
class MenuPress:
    target: str


@dataclass(frozen=True)
class ItemPress:
    kind: str
    id: int
    action: str


Pressed = StepPress | MenuPress | ItemPress


def step_button(d: Dialogue, text: str, value: str) -> Button:
    return Button(text, f"{d.flow}|{d.inst}|{d.step}|{value}")


def menu_button(text: str, target: str) -> Button:
    return Button(text, f"menu|{target}")


def item_button(text: str, kind: str, row_id: int, action: str) -> Button:
    return Button(text, f"{kind}|{row_id}|{action}")


def parse(data: str) -> Pressed | None:
    """None for anything this codec did not write (an old or forged button)."""
    parts = data.split("|", 3)
    if len(parts) == 2 and parts[0] == "menu":
        return MenuPress(parts[1])
    if len(parts) == 3 and _number(parts[1]):
        return ItemPress(parts[0], int(parts[1]), parts[2])
    if len(parts) == 4 and _number(parts[1]):
        return StepPress(parts[0], int(parts[1]), parts[2], parts[3])
    return None


def _number(text: str) -> bool:
    """Digits 0-9 only, and few enough for SQLite: str.isdigit() also passes '²' (which
    int() refuses) and forged ids too large for an INTEGER column (found by fuzzing)."""
    return 0 < len(text) <= 18 and text.isascii() and text.isdigit()
