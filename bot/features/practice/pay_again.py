"""Pay asked about again once the contact has given figures: for another place, for the
period a figure was for, or in which money."""

from __future__ import annotations

import re

from bot.banks.model import Bank, Question
from bot.features.practice.people import persona_of, told, works_in
from bot.features.practice.state import YouAskState
from bot.features.practice.where import JUST_A_PLACE, country_named, figures_again, from_here

__all__ = ["ELSEWHERE_MONEY", "asks_money_elsewhere", "pay_again", "pay_said"]


_CURRENCY = re.compile(
    r"\b(?:is|are|was|were)\s+(?:that|those|these|it|they)(?:\s+\w+)?\s+(?:in\s+)?(?:dollars?|"
    r"pounds?|usd|gbp|euros?|us|american|uk|british)\b|\b(?:which|what)\s+currency\b",
    re.IGNORECASE)
"""Asking which money the figures were in ("is that dollars??")."""
ELSEWHERE_MONEY = re.compile(
    _CURRENCY.pattern + r"|\b(?:dollars?|usd|in\s+the\s+(?:us|usa|states)|american|canadian|"
    r"australian)\b|\$\s?\d|\bwait\W+london\b", re.IGNORECASE)
"""Pay asked again from outside the UK ("wait london?? im in chicago, what in the US?")."""


def pay_again(state: YouAskState, bank: Bank, asked: str) -> str:
    """Pay asked again: for another country ("and in portugal?"), that the contact can't speak
    for it; about the money ("is that in pounds?"), whose figures they were; "" when simply
    asked again."""
    who = persona_of(bank, state.persona_id)
    if asks_money_elsewhere(asked, state.abroad):
        return figures_again(who.country, state.abroad, asked)
    if country_named(asked, "the US" if who.country == "US" else "the UK"):
        return from_here(asked, who, ("pay",), alone=True)
    return ""


def pay_said(state: YouAskState, bank: Bank, text: str) -> str:
    """A question about the pay figures already given: their period, another place, or the
    money they were in; "" when the message is about something else."""
    paid = next((q for q in (bank.question(i) for i in state.asked)
                 if q is not None and "pay" in q.flags), None)
    if paid is None:
        return ""
    if _PER_PERIOD.search(text) and _POINTS_BACK.search(text):
        # "is that dollars an hour or a year?": the figure said again, plainly
        figures = [f for f in re.split(r"(?<=[.!?])\s+", told(state, bank, paid))
                   if re.search(r"\d", f)]
        if figures:
            return f"To be clear: {figures[0][:1].lower()}{figures[0][1:]}"
    if state.asked[-1:] == [paid.id] and JUST_A_PLACE.fullmatch(text):
        there = pay_again(state, bank, text) or _rough_guide(state, bank, paid, text)
        if there:  # "what about texas?", "and in lisbon?" just after the pay answer
            return there
    if asks_money_elsewhere(text, state.abroad) and _CURRENCY.search(text):
        # "you said 25 to 30k - is that dollars?? im in phoenix"
        return figures_again(works_in(bank, state.persona_id), state.abroad, text)
    return ""


def _rough_guide(state: YouAskState, bank: Bank, paid: Question, asked: str) -> str:
    """Pay asked again for another city of the contact's country ("what about texas?" to an LA
    marketer): their figures again, said to be a rough guide there."""
    guide = from_here(asked, persona_of(bank, state.persona_id), paid.flags, paid.id)
    figures = [f for f in re.split(r"(?<=[.!?])\s+", told(state, bank, paid)) if re.search(
        r"\d", f)]
    return f"{guide} {figures[0]}" if guide and figures else ""


def asks_money_elsewhere(text: str, abroad: bool) -> bool:
    """Whether pay asked again is about money outside the UK: which currency the figures
    were in ("is that in pounds?"), or, from someone living abroad, "what in the US?"."""
    if not abroad and _PER_PERIOD.search(text):
        return False  # "is that dollars an hour or a year?": the figure, not the money
    return bool(_CURRENCY.search(text) or (abroad and ELSEWHERE_MONEY.search(text)))


_PER_PERIOD = re.compile(r"\b(?:an?|per)\s+(?:hour|year|month|week)\b|\b(?:hourly|annual|"
                         r"yearly|monthly)\b", re.IGNORECASE)
"""Which period a figure was for: a question about the figure itself."""
_POINTS_BACK = re.compile(r"\b(?:that|those|it|this)\b", re.IGNORECASE)
