"""The simulated clock of a 'you ask' meeting: the one "five minutes left" hint, time up,
and how the meeting ended."""

from __future__ import annotations

from bot.features.practice import persona, replies
from bot.features.practice.state import YouAskState

__all__ = ["REPHRASE_MINUTES", "SMALL_TALK_MINUTES", "TIME_HINT_MINUTES", "closes", "run_clock"]

TIME_HINT_MINUTES = 5.0
"""The persona mentions the time once this many simulated minutes are left."""
REPHRASE_MINUTES = SMALL_TALK_MINUTES = 0.5
"""Simulated minutes a "did you mean …?", a hello or a line of small talk takes."""
_GRACE_MINUTES = 4.0
"""How far past the end a "did you mean …?" or the persona's own question may still be
answered before the persona stops."""
_LAST_MINUTES = 1.5
"""Time left in which the persona no longer invites more questions."""


def run_clock(state: YouAskState, parts: list[str], ends: str | None
              ) -> tuple[list[str], str | None]:
    """Advance the meeting's end: time up (the reply ``parts`` lose their invitations to ask
    more), or the one "five minutes left" hint (returned), and record how the meeting ended
    if this turn ``ends`` it."""
    if ends is None and state.elapsed >= state.minutes and not state.time_up and not (
            (state.pending_guess or state.awaiting == "question")
            and state.elapsed < state.minutes + _GRACE_MINUTES):
        # (a "did you mean …?", or a question the persona just asked, is answered first:
        # "Tell me about a time you did that" and "I have to stop there" in one breath
        # leaves the user nothing to say but goodbye)
        offered = state.awaiting == "offer" and not state.declined
        tail = f"\n\n{state.awaiting_text}" if state.awaiting else ""  # no more questions:
        parts = [replies.no_invitation(p.removesuffix(tail) if tail else p) for p in parts]
        if state.awaiting and not offered:  # an offer can still be taken in the last word
            state.awaiting, state.awaiting_text = None, ""
        parts.append(persona.time_up(state.leaving, offered))
        state.time_up = True  # the user's next message is the last word
    elif ends is None and state.minutes - state.elapsed < _LAST_MINUTES:  # at 19.7 of 20,
        parts = [replies.no_invitation(p) for p in parts]  # no "what else can I tell you?"
    time_hint = None
    if (
        ends is None
        and not state.time_up  # "I have to stop there" just said: no "a minute left" with it
        and not state.time_hint_given
        and not (state.offered_wrap_up and state.minutes - (state.wrap_up_at or 0)
                 <= 2 * TIME_HINT_MINUTES)  # they are already watching the clock
        and state.minutes - state.elapsed <= TIME_HINT_MINUTES
    ):
        state.time_hint_given = True
        time_hint = persona.time_hint(state.minutes - state.elapsed)
    if ends is not None:
        state.ended = True
        state.end_reason = ends
        state.closing = False
    return parts, time_hint


_CLOSING_QUESTIONS = frozenset({"who-else", "use-your-name"})


def closes(kind: str, question_id: str | None, closing: bool) -> bool:
    """Whether a turn after the offer to wrap up belongs to the close, not to asking on: a
    yes to the contact's offer, who else to talk to, whether to mention their name (what the
    coaching itself asks them to ask before they go), and the thanks and goodbye that end it
    (``closing``: it asks who else, or thanks them)."""
    return kind in ("prompt", "closing", "goodbye") or closing or (
        question_id in _CLOSING_QUESTIONS)
