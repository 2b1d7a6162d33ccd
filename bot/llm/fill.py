"""Putting generated words where the bank's stood: in the replies and the stored dialogue.

A flow says what its bank persona would say and marks that reply with a `Generate`
request; the words appear escaped in the reply's HTML and, where the flow keeps the
conversation for later turns, as plain text in the dialogue's data. Swapping them in both
before the step is committed means later turns see what the user saw, and a restart shows
the same words. A string equal to the fallback is plain text (the flow's transcript) and
gets the plain words; anywhere else the fallback appears escaped (HTML) and the words are
escaped too.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bot.engine.flow import Outcome
from bot.engine.models import Dialogue
from bot.engine.ui import Generate, esc


def requests(outcome: Outcome) -> list[Generate]:
    return [r.generate for r in outcome.replies if r.generate is not None]


def _swap(value: Any, fallback: str, text: str) -> Any:
    if isinstance(value, str):
        if value == fallback:
            return text
        return value.replace(esc(fallback), esc(text)) if esc(fallback) in value else value
    if isinstance(value, list):
        return [_swap(v, fallback, text) for v in value]
    if isinstance(value, dict):
        return {k: _swap(v, fallback, text) for k, v in value.items()}
    return value


def fill(outcome: Outcome, g: Generate, text: str) -> Outcome:
    """The outcome with `text` in place of `g.fallback`; the request is dropped."""
    old, new = esc(g.fallback), esc(text)
    # Other replies may show the same words too (the step's prompt under the answer).
    replies = [replace(r, text=r.text.replace(old, new),
                       generate=None if r.generate is g else r.generate)
               if old in r.text or r.generate is g else r for r in outcome.replies]
    d = outcome.dialogue
    dialogue = None if d is None else Dialogue(d.flow, d.step, d.inst,
                                               _swap(d.data, g.fallback, text))
    return replace(outcome, dialogue=dialogue, replies=replies)
