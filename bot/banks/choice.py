"""Choosing a field's bank: the user's own field first, by its closest title."""

from __future__ import annotations

from rapidfuzz import fuzz

from bot.banks.model import Bank
from bot.engine.steps import Answer


def ordered(banks: dict[str, Bank], user_field: str | None) -> list[Bank]:
    """The bank closest to the user's field first, then the rest as loaded."""
    items = list(banks.values())
    if not user_field:
        return items
    best = max(items, key=lambda b: fuzz.token_set_ratio(user_field.lower(), b.title.lower()))
    if fuzz.token_set_ratio(user_field.lower(), best.title.lower()) < 60:
        best = banks.get("general", best)
    return [best, *[b for b in items if b is not best]]


def choices(banks: dict[str, Bank], user_field: str | None) -> list[tuple[str, str]]:
    """(label, field id) buttons, the user's own field first with a star."""
    return [(("⭐ " if i == 0 else "") + b.title, b.field[:30])
            for i, b in enumerate(ordered(banks, user_field))]


def bank_of(banks: dict[str, Bank], field: str) -> Bank:
    """The bank chosen in a dialogue (the first one if the file has since gone)."""
    return banks.get(field, next(iter(banks.values())))


def chosen_field(banks: dict[str, Bank], a: Answer) -> str | None:
    """A field's id from a button, or the closest bank to what was typed."""
    if a.pressed is not None:
        return a.pressed if a.pressed in banks else None
    if a.text:
        return ordered(banks, a.text)[0].field
    return None
