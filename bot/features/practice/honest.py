"""What a contact can honestly say to a question the bank does not cover.

Never an answer on another topic: a named other employer gets "I can't speak for them", a
colleague the contact mentioned gets an introduction, "what do you mean by …?" gets the
contact's own point put another way, and anything else what the persona's own facts and
lines can speak to, or who would know.
"""

from __future__ import annotations

import re

from bot.banks.model import Bank
from bot.features.practice import replies
from bot.features.practice.elsewhere import named_colleague
from bot.features.practice.people import answer_of, persona_of
from bot.features.practice.state import YouAskState
from bot.features.practice.terms import GENERIC_TERMS, content_terms

__all__ = ["honest_reply", "said_so_far"]

_WHAT_YOU_MEAN = re.compile(
    r"\bwhat\s+(?:do|did)\s+(?:you|u)\s+mean\b|\bwhat\s+does\s+(?:that|it)\s+(?:actually\s+)?"
    r"mean\b|\bmeaning\s+what\b|\bwhat\s+(?:is|'s|s)\s+(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+exactly\b",
    re.IGNORECASE)
"""Asking the contact to explain what they just said ("wait what do u mean by dig into
data?"), which only they can."""


def _naming(answer: str, phrase: set[str]) -> str | None:
    """The sentence of an answer that speaks of the phrase asked about ("the pack")."""
    return next((s for s in re.split(r"(?<=[.!?])\s+", answer.strip())
                 if phrase & set(content_terms(s))), None)


def said_so_far(state: YouAskState, bank: Bank) -> list[str]:
    """The answers this persona has given in this meeting, in bank order."""
    return [answer_of(bank, q, state.persona_id, state.variant)
            for q in bank.questions if q.id in state.asked]


def honest_reply(state: YouAskState, bank: Bank, question: str, text: str,
                 elsewhere: str | None) -> str:
    """The reply to a fair question the bank does not cover, from this persona."""
    if elsewhere:
        return replies.elsewhere(elsewhere, state.turns)
    said = said_so_far(state, bank)
    colleague = named_colleague(text, said, bank)
    if colleague:  # "how did femi get in from retail?": theirs to tell, and an introduction
        if any(colleague in offer for offer in state.accepted):
            return replies.colleague(colleague, state.turns, introduced=True)
        state.awaiting, state.awaiting_text = "offer", f"Shall I introduce you to {colleague}?"
        return replies.colleague(colleague, state.turns)
    last = bank.question(state.asked[-1]) if state.asked else None
    meant = _WHAT_YOU_MEAN.search(text)
    if last is not None and meant:
        told = answer_of(bank, last, state.persona_id, state.variant)
        phrase = set(content_terms(text[meant.end():])) - GENERIC_TERMS
        sentence = _naming(told, phrase)
        if sentence:  # it is their own last answer they are asked to explain
            other = answer_of(bank, last, state.persona_id, state.variant + 1)
            retold = _naming(other, phrase) if other.strip() != told.strip() else None
            return replies.put_another_way(retold or "", sentence, sentence, state.turns)
    said_before = (answer_of(bank, q, state.persona_id, state.variant) for q in bank.questions
                   if not q.flags and q.id not in state.asked)  # never a line said already
    return replies.off_bank(question, persona_of(bank, state.persona_id), said_before)
