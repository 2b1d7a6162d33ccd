"""Choosing a field's bank: the user's own field first, by its closest title."""

from __future__ import annotations

from rapidfuzz import fuzz

from bot.banks.model import Bank
from bot.engine.flow import Press, TextIn
from bot.engine.models import Dialogue
from bot.engine.ui import Button, Reply, rows, step_button


def ordered(banks: dict[str, Bank], user_field: str | None) -> list[Bank]:
    """The bank closest to the user's field first, then the rest as loaded."""
    items = list(banks.values())
    if not user_field:
        return items
    best = max(items, key=lambda b: fuzz.token_set_ratio(user_field.lower(), b.title.lower()))
    if fuzz.token_set_ratio(user_field.lower(), best.title.lower()) < 60:
        best = banks.get("general", best)
    return [best, *[b for b in items if b is not best]]


def buttons(d: Dialogue, banks: list[Bank]) -> list[Button]:
    return [
        step_button(d, ("⭐ " if i == 0 else "") + b.title, b.field[:30])
        for i, b in enumerate(banks)
    ]


def bank_of(banks: dict[str, Bank], d: Dialogue) -> Bank:
    """The bank chosen in this dialogue (the first one if the file has since gone)."""
    return banks.get(d.data.get("field", ""), next(iter(banks.values())))


def chosen_field(banks: dict[str, Bank], event: object) -> str | None:
    """A field's id from a button, or the closest bank to what was typed."""
    if isinstance(event, Press):
        return event.value if event.value in banks else None
    if isinstance(event, TextIn) and event.text.strip():
        return ordered(banks, event.text)[0].field
    return None


def field_prompt(banks: dict[str, Bank], d: Dialogue, user_field: str | None, text: str) -> Reply:
    return Reply(text, rows(buttons(d, ordered(banks, user_field)), 2))
