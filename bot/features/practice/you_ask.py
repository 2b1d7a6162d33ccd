"""'You ask' mode: the persona answers the user's questions on a simulated clock.

Each message is matched to a bank question and answered in character; weak habits get a
coaching note (``coaching.py``). A simulated clock runs against the promised 20 or 30
minutes, because watching the time and offering to wrap up is part of the skill
(domain.md §3), and a real clock would make practice either rushed or meaningless.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from bot.banks.model import Bank, Question
from bot.features.practice import persona
from bot.features.practice.answers import word_count
from bot.features.practice.coaching import coaching, count_habits, lessons
from bot.features.practice.cues import (
    CLOSING_THANKS,
    GOODBYE,
    GREETING,
    REFERRAL,
    THANKS,
    WRAP_UP,
    is_affirmative,
)
from bot.features.practice.matcher import Matcher
from bot.features.practice.state import ENDED_TEXT, TurnResult, YouAskState, iso
from bot.features.questions.habits import analyse_question

__all__ = [
    "ALLOWED_MINUTES",
    "QUESTION_MINUTES",
    "SPEAKING_WORDS_PER_MINUTE",
    "TIME_HINT_MINUTES",
    "start_you_ask",
    "you_ask_turn",
]

ALLOWED_MINUTES = (20, 30)
"""Meeting lengths the user can rehearse (domain.md: ask for 15-30 minutes)."""

QUESTION_MINUTES = 1.5
"""Simulated time to ask a question, listen to the lead-in and take a note."""

SPEAKING_WORDS_PER_MINUTE = 45.0
"""Bank answers are written summaries; said aloud with examples they run about three
times longer at ~130 spoken words a minute, so ~45 written words cost a minute."""

REPHRASE_MINUTES = 0.5
SMALL_TALK_MINUTES = 0.5
OPENING_MINUTES = 3.0
"""Greetings and thanks before any question, this early, open the meeting."""
TIME_HINT_MINUTES = 5.0
"""The persona mentions the time once this many simulated minutes are left."""


def start_you_ask(bank: Bank, minutes: int, now: datetime) -> YouAskState:
    """A fresh 'you ask' session against ``bank``'s persona for ``minutes`` (20 or 30)."""
    if minutes not in ALLOWED_MINUTES:
        raise ValueError(f"minutes must be one of {ALLOWED_MINUTES}, got {minutes!r}")
    return YouAskState(
        field=bank.field,
        minutes=minutes,
        started_at=iso(now),
        updated_at=iso(now),
        persona_name=bank.persona.name,
        title=bank.title,
        high_value=[[q.id, q.category, q.text] for q in bank.questions if q.value == "high"],
    )


@functools.lru_cache(maxsize=1024)
def _minutes_for_answer(text: str) -> float:  # the bank's answers: a fixed set, each counted once
    return QUESTION_MINUTES + word_count(text) / SPEAKING_WORDS_PER_MINUTE


@dataclass
class _Message:
    """What one message says, read before the state changes."""

    text: str
    flags: list[str]  # habits the user's own words show
    coached: set[str]  # habits already coached in the message a "yes" confirms
    question: Question | None  # the bank question it asks, if any
    score: float
    runner_up: str | None  # the matcher's best guess when it was unsure
    wrap: bool  # offers to wrap up
    thanks: bool  # thanks them for the meeting
    referral: bool  # asks who else to talk to
    late: bool  # far enough in that thanks means goodbye
    opening: bool  # nothing asked yet, early: hellos and thanks open the meeting

    @property
    def thanked_goodbye(self) -> bool:
        return self.thanks and (self.late or self.wrap)


@dataclass
class _Reply:
    """The persona's side of one turn, built up by a handler and then the clock."""

    parts: list[str] = field(default_factory=list)
    coaching: list[str] = field(default_factory=list)
    ends: str | None = None  # the end reason, when this turn ends the meeting


def you_ask_turn(
    state: YouAskState, bank: Bank, matcher: Matcher, text: str, now: datetime
) -> tuple[YouAskState, TurnResult]:
    """Play one exchange: the user's message in, the persona's reply and coaching out.

    The state is updated in place and also returned, so the shell can write it back.
    """
    if state.ended:
        return state, TurnResult(ENDED_TEXT, [], round(state.elapsed, 1), None, True)
    text = (text or "").strip()
    state.updated_at = iso(now)
    if not text:
        return state, TurnResult(
            persona.EMPTY, [], round(state.elapsed, 1), None, False, guess_id=state.pending_guess
        )

    state.turns += 1
    message = _read(state, bank, matcher, text)
    if message.wrap and not state.offered_wrap_up:
        state.offered_wrap_up = True
        state.wrap_up_at = round(state.elapsed, 1)
        state.wrap_up_on_time = state.elapsed < state.minutes
    reply = _HANDLERS[_kind(state, message)](state, bank, message)
    time_hint = _run_clock(state, reply)

    state.elapsed = round(state.elapsed, 2)
    return state, TurnResult(
        reply="\n\n".join(reply.parts),
        coaching=reply.coaching,
        elapsed_minutes=round(state.elapsed, 1),
        time_hint=time_hint,
        ended=state.ended,
        question_id=message.question.id if message.question else None,
        score=message.score,
        guess_id=state.pending_guess,
    )


def _read(state: YouAskState, bank: Bank, matcher: Matcher, text: str) -> _Message:
    """Match the message (or take the guess a "yes" confirms) and read its cues.

    A "did you mean ...?" is answered by the very next message, or forgotten, so the
    pending guess is cleared here either way.
    """
    guess, coached = state.pending_guess, set(state.pending_flags)
    state.pending_guess, state.pending_flags = None, []
    confirmed = bank.question(guess) if guess and is_affirmative(text) else None
    if confirmed is not None:
        # "Yes": the guessed question, asked in the earlier message's words (whose habits
        # were coached then); only the question's own flags can still teach something.
        flags: list[str] = []
        score, runner_up = 0.0, None
        question: Question | None = confirmed
    else:
        coached = set()  # a new message: its habits are its own
        flags = analyse_question(text)
        match = matcher.match(text, flags)
        score, runner_up = match.score, match.runner_up
        question = bank.question(match.question_id) if match.question_id else None
    wrap = bool(WRAP_UP.search(text)) or bool(question and "wrap_up" in question.flags)
    if (
        confirmed is None
        and question is not None
        and "wrap_up" in question.flags
        and "?" not in text
    ):
        question = None  # "I'm conscious of your time, I'll let you go." asks nothing
    referral = bool(REFERRAL.search(text))
    if question is None and referral:
        # "Who else should I talk to?" phrased in a way the matcher missed still deserves
        # the persona's referral answer.
        question = next((q for q in bank.questions if "referral" in q.flags), None)
    return _Message(
        text=text,
        flags=flags,
        coached=coached,
        question=question,
        score=score,
        runner_up=runner_up,
        wrap=wrap,
        thanks=bool(CLOSING_THANKS.search(text)),
        referral=referral,
        late=state.closing or state.time_hint_given or state.elapsed >= state.minutes / 2,
        opening=not state.asked and state.elapsed < OPENING_MINUTES,
    )


def _kind(state: YouAskState, message: _Message) -> str:
    """Which handler plays this turn; the first that fits wins."""
    text = message.text
    if message.question is not None:
        return "question"
    if message.opening and (message.thanks or GREETING.search(text)) and "?" not in text:
        return "greeting"
    if message.thanks or message.wrap or state.closing:
        return "closing"
    if GOODBYE.search(text) and "?" not in text:
        return "goodbye"
    return "unclear"


def _on_question(state: YouAskState, bank: Bank, message: _Message) -> _Reply:
    """A real question: answer it (even inside a goodbye: "...and who else should I talk
    to?"), then see whether the message also closes the meeting."""
    question = message.question
    assert question is not None
    flags = [f for f in lessons(message.flags, question) if f not in message.coached]
    reply = _Reply(coaching=coaching(flags, message.text, state, bank, question))
    count_habits(state, flags)
    seen = state.times_asked.get(question.id, 0)
    state.times_asked[question.id] = seen + 1
    if seen:
        answer = persona.repeat_reply(state, bank, question)
        state.elapsed += QUESTION_MINUTES / 2 + word_count(answer) / SPEAKING_WORDS_PER_MINUTE
    else:
        answer = _first_answer(state, question, flags, reply.coaching)
    state.reply_keys.append(zlib.crc32(answer.encode()))
    if "referral" in question.flags or message.referral:
        state.asked_referral = True
    reply.parts.append(answer)
    if message.opening and THANKS.search(message.text):
        state.thanked_at_start = True
    if message.thanked_goodbye:
        _thank_and_end(state, reply)
    elif message.wrap:
        state.closing = True
    return reply


def _first_answer(
    state: YouAskState, question: Question, flags: list[str], notes: list[str]
) -> str:
    """The full answer to a question asked for the first time, which covers its category
    and adds the question's tip to ``notes``."""
    answer = persona.answer(state, question)
    state.asked.append(question.id)
    if question.category not in state.categories:
        state.categories.append(question.category)
    # A closed question's tip scolds the yes/no shape; skip it when the user's own words
    # were open and only the topic matched.
    if question.tip and ("closed" not in question.flags or "closed" in flags):
        notes.append(f"Tip: {question.tip}")
    state.elapsed += _minutes_for_answer(answer)
    return answer


def _thank_and_end(state: YouAskState, reply: _Reply) -> None:
    state.thanked = True
    reply.parts.append(persona.GOODBYE_THANKED)
    reply.ends = "thanked"


def _on_greeting(state: YouAskState, bank: Bank, message: _Message) -> _Reply:
    """"Hi, thanks so much for making the time" opens the meeting; it is not a goodbye."""
    state.elapsed += SMALL_TALK_MINUTES
    state.thanked_at_start = (
        state.thanked_at_start or message.thanks or bool(THANKS.search(message.text))
    )
    return _Reply(parts=[persona.GREETING_REPLY])


def _on_closing(state: YouAskState, bank: Bank, message: _Message) -> _Reply:
    """Closing the meeting: thanks, an offer to wrap up, or anything but a question once
    the wrap-up was offered."""
    state.elapsed += SMALL_TALK_MINUTES
    reply = _Reply()
    if message.thanked_goodbye:
        _thank_and_end(state, reply)
    elif message.thanks:
        reply.parts.append(persona.EARLY_THANKS)
    elif message.wrap and not state.closing:
        state.closing = True
        reply.parts.append(persona.WRAP_ACK)
    else:
        reply.parts.append(persona.GOODBYE_PLAIN)
        reply.ends = "wrapped_up"
    return reply


def _on_goodbye(state: YouAskState, bank: Bank, message: _Message) -> _Reply:
    return _Reply(parts=[persona.GOODBYE_PLAIN], ends="wrapped_up")


def _on_unclear(state: YouAskState, bank: Bank, message: _Message) -> _Reply:
    """No question matched: coach what the words show, and ask to rephrase, naming the
    matcher's best guess so a "yes" next can confirm it."""
    flags = lessons(message.flags, None)
    reply = _Reply(coaching=coaching(flags, message.text, state, bank, None))
    count_habits(state, flags)
    offered = bank.question(message.runner_up) if message.runner_up else None
    if offered is not None:
        state.pending_guess, state.pending_flags = offered.id, list(flags)
    reply.parts.append(persona.rephrase(state, offered))
    state.unmatched += 1
    state.elapsed += REPHRASE_MINUTES
    return reply


_HANDLERS: dict[str, Callable[[YouAskState, Bank, _Message], _Reply]] = {
    "question": _on_question,
    "greeting": _on_greeting,
    "closing": _on_closing,
    "goodbye": _on_goodbye,
    "unclear": _on_unclear,
}


def _run_clock(state: YouAskState, reply: _Reply) -> str | None:
    """Advance the meeting's end: time up, or the one "five minutes left" hint (returned),
    and record how the meeting ended if this turn ended it."""
    if reply.ends is None and state.elapsed >= state.minutes:
        reply.parts.append(persona.TIME_UP)
        reply.ends = "time_up"
    time_hint = None
    if (
        reply.ends is None
        and not state.time_hint_given
        and not state.offered_wrap_up  # they are already watching the clock
        and state.minutes - state.elapsed <= TIME_HINT_MINUTES
    ):
        state.time_hint_given = True
        time_hint = persona.TIME_HINT
    if reply.ends is not None:
        state.ended = True
        state.end_reason = reply.ends
        state.closing = False
    return time_hint
