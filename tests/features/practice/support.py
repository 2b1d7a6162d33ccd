"""What the /practice tests share: a fixed time, the shell's JSON round trip, an HTML check."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

from bot.banks.model import Bank
from bot.features.practice.matcher import Matcher
from bot.features.practice.state import TheyAskState, TurnResult, YouAskState, state_from_dict

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def roundtrip(state: YouAskState | TheyAskState) -> YouAskState | TheyAskState:
    """What the shell does between messages: JSON into SQLite and back."""
    return state_from_dict(json.loads(json.dumps(state.to_dict())))


def first_turn(bank: Bank, persona_id: str, text: str) -> TurnResult:
    """A 30-minute meeting with ``persona_id`` opened by ``text``: the reply to it."""
    from bot.features.practice.you_ask import start_you_ask, you_ask_turn
    state = start_you_ask(bank, 30, NOW, persona_id)
    return you_ask_turn(state, bank, Matcher.for_bank(bank), text, NOW)[1]


def midway_turns(bank: Bank, persona_id: str, *texts: str) -> list[TurnResult]:
    """A 30-minute meeting nine minutes in (the typical day told), then ``texts``: the reply
    to each."""
    from bot.features.practice.you_ask import start_you_ask, you_ask_turn
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 30, NOW, persona_id)
    state.asked, state.times_asked, state.elapsed = ["typical-day"], {"typical-day": 1}, 9.0
    results = []
    for text in texts:
        state, result = you_ask_turn(state, bank, matcher, text, NOW)
        results.append(result)
    return results


def only_b_and_i(text: str) -> bool:
    return set(re.findall(r"</?([a-zA-Z]+)[^>]*>", text)) <= {"b", "i"}


NEAR_MISSES = (
    "how are your days and commute?",
    "how did u end up as an engineer, was it the plan from uni?",
    "if you were starting from zero today to become a developer, what would you do first",
    "any blogs or books you'd recommend for getting better at system design",
    "what do your days involve, commute included?",
    "what would you say to someone who wants to get into it",
    "who are the customers, roughly speaking, gadget wise",
)
"""Messages that fit a bank question only roughly, or two about equally: the persona asks
"did you mean …?" rather than answer. Which one does so depends on the bank's content,
which coaches edit, so tests take the first that does."""


def near_miss(matcher: Matcher) -> tuple[str, str]:
    """A message the matcher is unsure about, and the question it would guess."""
    import pytest

    from bot.features.practice.matcher import GUESS_FLOOR

    for text in NEAR_MISSES:
        match = matcher.match(text)
        if not match.confident and match.runner_up and match.score >= GUESS_FLOOR:
            return text, match.runner_up
    pytest.skip("no near miss for this bank")


def unsure(reply: str) -> bool:
    """Whether a reply is the contact's "nothing of my own to say" line, in any wording."""
    from bot.features.practice.replies import DEFAULT_WHO
    return any(line[:40] in reply for line in DEFAULT_WHO)
