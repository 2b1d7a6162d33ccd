"""'They ask' mode: the persona asks the questions contacts ask back ("tell me about
yourself"), and each answer gets instant feedback on length, specifics, filler words,
whether it turns back to the contact, and how long it took."""

from __future__ import annotations

import random
from datetime import datetime

from bot.banks.model import AskBack, Bank
from bot.features.practice.answers import count_fillers, find_specifics, turns_back, word_count
from bot.features.practice.state import ENDED_TEXT, Feedback, TheyAskState, iso, parse_iso

__all__ = ["start_they_ask", "current_ask_back", "they_ask_turn"]

THEY_ASK_MIN, THEY_ASK_MAX = 4, 6
FIRST_ASK_BACK = "tell-me-about-yourself"


def start_they_ask(bank: Bank, now: datetime, count: int = 5, seed: int = 0) -> TheyAskState:
    """Pick 4-6 ask-back questions: "tell me about yourself" first, the rest chosen
    deterministically from ``seed`` so a session can be replayed (and tested)."""
    count = max(THEY_ASK_MIN, min(THEY_ASK_MAX, count))
    ids = [a.id for a in bank.asks_back]
    first = FIRST_ASK_BACK if FIRST_ASK_BACK in ids else ids[0]
    rest = [i for i in ids if i != first]
    picked = random.Random(seed).sample(rest, min(count - 1, len(rest)))
    return TheyAskState(
        field=bank.field,
        queue=[first, *picked],
        started_at=iso(now),
        updated_at=iso(now),
        asked_at=iso(now),
        persona_name=bank.persona.name,
        title=bank.title,
    )


def current_ask_back(state: TheyAskState, bank: Bank) -> str | None:
    """The question waiting for an answer, or None once the session is over."""
    if state.ended or state.index >= len(state.queue):
        return None
    ask = bank.ask_back(state.queue[state.index])
    return ask.text if ask else None


def they_ask_turn(
    state: TheyAskState, bank: Bank, answer_text: str, answered_at: datetime
) -> tuple[TheyAskState, Feedback]:
    """Score one answer and move to the next question (or the end)."""
    if state.ended or state.index >= len(state.queue):
        state.ended = True
        return state, _after_the_end()
    ask = bank.ask_back(state.queue[state.index])
    if ask is None:  # the bank changed under a stored session: skip the stale id
        state.index += 1
        return they_ask_turn(state, bank, answer_text, answered_at)

    text = (answer_text or "").strip()
    words = word_count(text)
    low, high = ask.target_words
    length = "too_short" if words < low else "too_long" if words > high else "good"
    specifics = find_specifics(text)
    fillers = count_fillers(text)
    back = turns_back(text)
    seconds = max(0, int((answered_at - parse_iso(state.asked_at)).total_seconds()))
    notes = _notes(ask, words, length, specifics, fillers, back, seconds)

    next_ask = _advance(state, bank, answered_at)
    feedback = Feedback(
        ask_back_id=ask.id,
        question=ask.text,
        words=words,
        target=(low, high),
        length=length,
        specifics=specifics,
        fillers=fillers,
        filler_count=sum(fillers.values()),
        turns_back=back,
        seconds=seconds,
        notes=notes,
        covers=list(ask.covers),
        next_question=next_ask.text if next_ask else None,
        next_id=next_ask.id if next_ask else None,
        ended=state.ended,
    )
    state.answers.append(feedback.to_dict())
    return state, feedback


def _after_the_end() -> Feedback:
    """The reply to an answer sent once the session is over: nothing scored."""
    return Feedback(
        ask_back_id="",
        question="",
        words=0,
        target=(0, 0),
        length="good",
        specifics=[],
        fillers={},
        filler_count=0,
        turns_back=False,
        seconds=0,
        notes=[ENDED_TEXT],
        covers=[],
        next_question=None,
        next_id=None,
        ended=True,
    )


def _advance(state: TheyAskState, bank: Bank, answered_at: datetime) -> AskBack | None:
    """Move to the next question, which is timed from now; None (and the session ends)
    when there is none left or the bank no longer has it."""
    state.index += 1
    state.updated_at = iso(answered_at)
    state.asked_at = iso(answered_at)
    next_id = state.queue[state.index] if state.index < len(state.queue) else None
    next_ask = bank.ask_back(next_id) if next_id else None
    if next_ask is None:
        state.ended = True
    return next_ask


def _notes(
    ask: AskBack,
    words: int,
    length: str,
    specifics: list[str],
    fillers: dict[str, int],
    back: bool,
    seconds: int,
) -> list[str]:
    """The feedback lines, one per thing checked, in the order the user reads them."""
    low, high = ask.target_words
    notes = [_length_note(length, words, low, high)]
    if specifics:
        shown = ", ".join(f"\u201c{s}\u201d" for s in specifics[:3])
        notes.append(f"Specifics: {len(specifics)} ({shown}). Concrete details make you memorable.")
    else:
        notes.append("No specifics yet: add a number, a name or a quick \u201cfor example\u201d.")
    filler_total = sum(fillers.values())
    if filler_total:
        listed = ", ".join(f"{name} \u00d7{n}" for name, n in fillers.items())
        notes.append(f"Filler words: {filler_total} ({listed}). A short pause sounds more sure.")
    else:
        notes.append("No filler words. Nice and clean.")
    if back:
        notes.append("You turned it back to them. Good: it keeps the conversation about them.")
    else:
        notes.append(
            "Turn it back to them at the end, e.g. \u201c...which is why I'd love to hear how"
            " you made that move.\u201d"
        )
    notes.append(f"Answered in {duration(seconds)}.")
    if length == "too_short":
        notes.append("A strong answer covers: " + "; ".join(ask.covers) + ".")
    return notes


def _length_note(length: str, words: int, low: int, high: int) -> str:
    count = f"{words} word{'' if words == 1 else 's'}"
    if length == "too_short":
        return f"Too short: {count}; aim for {low}\u2013{high}."
    if length == "too_long":
        return f"Too long: {count}; aim for {low}\u2013{high}, then let them ask more."
    return f"Good length: {count} (target {low}\u2013{high})."


def duration(seconds: int) -> str:
    """Seconds as a person says them: "45 s", "2 min", "1 min 5 s"."""
    if seconds < 60:
        return f"{seconds} s"
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"
