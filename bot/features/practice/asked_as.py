"""An ask-back as the contact would put it to this user, from what they have told."""

from __future__ import annotations

import re

from bot.banks.model import AskBack
from bot.engine.timezones import zone_of_place
from bot.features.practice.background import background_of, years_of
from bot.features.practice.people import in_the_field

__all__ = ["asked_as"]


_DRAWS = re.compile(r"What draws you to (?P<field>[^?]+)\?")
_TARGET = re.compile(
    r"\b(?:to|i'?m|im|am|been|and)\s+(?:\w+\s+)?(?:mov\w*|switch\w*|transition\w*|break\w*|pivot\w*|"
    r"get|getting|go|going)\s+into\s+(?:an?\s+)?(?P<target>(?!(?:it|that|this|them|detail|trouble|"
    r"more|a\s+role)\b)[a-z][\w&/ -]{2,40}?)(?=\s*[,.;!?]|\s+(?:because|cause|cos|and|but|so|as|"
    r"since|where|at|in|for|now|roles?|jobs?|positions?|after|instead)\b|\s*$)", re.IGNORECASE)
"""The work the user says they are moving into ("I want to move into instructional design")."""
_ROLE_IN = re.compile(
    r"\b(?:looking\s+for|want|after|aiming\s+for|seeking|hoping\s+for)\s+(?:an?\s+|my\s+)?"
    r"(?:first\s+)?(?:[\w-]+\s+)?(?:role|job|position)\s+in\s+(?P<target>[A-Za-z][\w&/-]*"
    r"(?:\s+(?!(?:or|and|because|but|so|as|since|at|for|now|after|here|there)\b)[\w&/-]+){0,2})",
    re.IGNORECASE)
"""The work the user says they are after ("my first Canadian role in FP&A or controllership")."""


def _a_field(words: str) -> bool:
    """"a role in Manchester", "a job in my area", "in the next year": a place or a time, no
    work to be drawn to."""
    return not re.match(r"(?:my|the|this|that|next|a|an|your|our|his|her|their|\d)\b", words,
                        re.IGNORECASE) and not zone_of_place(words) and not zone_of_place(
        words.split()[0])


_LEFT = re.compile(r"\b(?:leav\w*|left|quit\w*|out\s+of|away\s+from|(?:move|moving)\s+on\s+from|"
                   r"done\s+with|burn\w*\s+out\s+(?:of|on|in))\s+(?:\w+\s+){0,2}?(?P<left>\w+)",
                   re.IGNORECASE)


def asked_as(ask: AskBack, told: str, field: str = "") -> str:
    """The question as the contact would put it to this user, from what they have ``told``:
    "What draws you to teaching?" to someone leaving teaching for instructional design asks
    about the move they are not making (the bank's question names the field's main work),
    and to a teacher of twenty years (in ``field`` already) about one they have made."""
    draws = _DRAWS.fullmatch(ask.text)
    if ask.id == "transferable-skills" and _inside(told, field):  # a nurse of seven years
        return ("From what you do now, what do you think will count most in the move you're"
                " weighing?")  # is not asked what "carries over" into nursing
    if not draws:
        return ask.text
    stem = draws["field"].split()[0][:5].lower()  # "teach", "healt", "data"
    target = next((m["target"].strip() for m in (*_TARGET.finditer(told),
                                                 *_ROLE_IN.finditer(told)) if m.re is _TARGET
                   or _a_field(m["target"])), "")
    if target and stem not in target.lower():
        return f"What draws you to {target}?"
    if any(m["left"].lower().startswith(stem) for m in _LEFT.finditer(told)):
        return f"What draws you to this kind of work, rather than {draws['field']}?"
    if _inside(told, field):
        return (f"You already know {draws['field']} from the inside: what's drawing you to a"
                " change now?")
    return ask.text


def _inside(told: str, field: str) -> bool:
    return in_the_field(background_of(told) or years_of(told), field)
