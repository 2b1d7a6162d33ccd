"""Closing a 'You ask' meeting: thanks, an offer to wrap up, a goodbye, favours asked for
later, and the last word once the contact has had to stop.

Kept apart from the turn itself (``you_ask.py``) because ending well is its own skill: the
scorecard reads whether the user thanked them and wrapped up in time (domain.md §3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.banks.model import Bank
from bot.features.practice import persona
from bot.features.practice.clock import SMALL_TALK_MINUTES
from bot.features.practice.coaching import coaching, count_habits
from bot.features.practice.cues import (
    BYE,
    CHEERS,
    LATER_FAVOUR,
    THANKS,
    USES_YOUR_NAME,
    pick,
)
from bot.features.practice.favours import asked_of_them
from bot.features.practice.message import Message
from bot.features.practice.state import YouAskState

__all__ = ["CLOSING_AFTER", "PREPARED_QUESTIONS", "Reply", "on_closing", "on_favour_later",
           "on_goodbye", "on_hold_off", "on_last_word", "on_narrow", "on_offer_help",
           "thank_and_end"]


@dataclass
class Reply:
    """The persona's side of one turn, built up by a handler and then the clock."""

    parts: list[str] = field(default_factory=list)
    coaching: list[str] = field(default_factory=list)
    ends: str | None = None  # the end reason, when this turn ends the meeting
    kind: str = ""


PREPARED_QUESTIONS = 5
"""Questions answered before a contact would thank someone "for being so well prepared"."""

_DONE = re.compile(r"\W*(?:no|nope|nah|not|nothing|that'?s\s+(?:all|it)|all\s+good)\b", re.I)


def thank_and_end(state: YouAskState, reply: Reply) -> None:
    state.thanked = True
    if not state.offered_wrap_up and not state.time_up:  # closing it themselves, in time
        state.offered_wrap_up, state.wrap_up_on_time = True, state.elapsed < state.minutes
        state.wrap_up_at, state.wrap_up_turn = round(state.elapsed, 1), state.turns
    said = " ".join(reply.parts)
    reply.parts.append(persona.goodbye_thanked(
        prepared=len(state.asked) + state.off_bank >= PREPARED_QUESTIONS,
        asked_to_hear=bool(re.search(r"\b(?:how\s+it\s+goes|let\s+me\s+know)\b", said)),
        seed=state.turns + len(state.asked), casual=bool(state.slang)))
    reply.ends = "thanked"


def on_closing(state: YouAskState, bank: Bank, message: Message) -> Reply:
    """Closing the meeting: thanks, an offer to wrap up, or anything but a question once
    the wrap-up was offered. Thanks for the meeting after a few questions is a goodbye."""
    state.elapsed += SMALL_TALK_MINUTES
    reply = Reply(kind="closing")
    if message.thanks and (message.thanked_goodbye or len(state.asked) >= CLOSING_AFTER):
        thank_and_end(state, reply)
    elif message.thanks:
        state.thanked = True
        reply.parts.append(persona.EARLY_THANKS)
    elif message.wrap and not state.closing and not BYE.search(message.text):  # "bye!" leaves
        state.closing = True
        reply.parts.append(persona.wrap_ack(state.minutes - state.elapsed))
    elif message.reading.move in ("statement", "small_talk", "passing_thanks", "unclear") and len(
            message.text.split()) >= 5 and not _DONE.match(message.text):
        reply.parts.append(persona.LAST_CHANCE)  # "ill write it up and send it over"
    else:
        reply.parts.append(persona.GOODBYE_PLAIN)
        reply.ends = "wrapped_up"
    return reply


def on_favour_later(state: YouAskState, bank: Bank, message: Message) -> Reply:
    """"Would you look at my case study when I've done it?": a yes, as a contact would."""
    state.elapsed += SMALL_TALK_MINUTES
    said = "" if LATER_FAVOUR.search(message.text) else asked_of_them(message.text, state.accepted)
    asks_job = [f for f in message.flags if f == "job_ask"]  # "…and if any opening comes, refer me"
    reply = Reply([said or pick(persona.FAVOUR_LATER, state.turns)], kind="favour_later",
                   coaching=coaching(asks_job, message.reading, state, bank, None))
    count_habits(state, asks_job, message.text)
    if message.thanked_goodbye or (message.thanks and len(state.asked) >= CLOSING_AFTER):
        thank_and_end(state, reply)  # "thank you so much… I'd love an intro to Denise"
    return reply


def on_offer_help(state: YouAskState, bank: Bank, message: Message) -> Reply:
    """"Is there anything I can help you with?": thanked for, in character, then the meeting
    carries on, or closes if they were wrapping up."""
    state.elapsed += SMALL_TALK_MINUTES
    reply = Reply([pick(persona.HELP_OFFERED, state.turns)], kind="closing")
    if message.thanked_goodbye or (message.thanks and len(state.asked) >= CLOSING_AFTER):
        thank_and_end(state, reply)
    elif message.wrap or state.closing:
        state.closing = True
        reply.parts.append(persona.WRAP_NOTED)
    else:
        reply.parts.append(persona.ANYTHING_ELSE)
    return reply


CLOSING_AFTER = 3
"""After this many questions, "thank you, this was really helpful" closes the meeting."""


def on_goodbye(state: YouAskState, bank: Bank, message: Message) -> Reply:
    reply = Reply(kind="goodbye")
    if message.thanks:
        thank_and_end(state, reply)
    else:
        reply.parts.append(persona.GOODBYE_PLAIN)
        reply.ends = "wrapped_up"
    return reply


def on_last_word(state: YouAskState, bank: Bank, message: Message) -> Reply:
    """After the persona had to stop: a yes or no to its offer, thanks and "who else?" count,
    no other question; after those, with no thanks yet, one more message can thank them."""
    move = message.reading.move if message.prompt and message.prompt[0] == "offer" else ""
    taken, declined = move == "yes", move == "no"  # "hmm not sure, dont wanna bug them"
    thanked = message.thanks or bool(THANKS.search(message.text) or (
        state.goodbye_due and CHEERS.search(message.text))) and message.reading.move != "no"
    state.offers_accepted += taken
    state.accepted += [message.prompt[1]] if taken and message.prompt else []
    state.asked_referral = state.asked_referral or message.referral
    state.categories += ["resources"] * (message.referral and "resources" not in state.categories)
    state.thanked = state.thanked or thanked
    said = [persona.LAST_ACCEPT * taken + persona.LAST_DECLINE * declined, persona.LAST_NAME * (
        not declined and bool(USES_YOUR_NAME.search(message.text))), persona.LAST_REFERRAL * (
        message.referral and not message.narrowed), persona.just_one(message.narrowed)
            if message.narrowed else ""]
    if any(said) and not state.thanked and not state.goodbye_due:  # then a turn for thanks
        state.goodbye_due = True
        return Reply([" ".join(p for p in said if p)], kind="closing")
    said.append(persona.LAST_THANKS if thanked else "" if any(said) or state.goodbye_due
                else persona.LAST_STOP)  # "ok bye!" after the names is no question cut off
    return Reply([" ".join(p for p in (*said, persona.GOOD_LUCK) if p)], kind="closing",
                  ends="time_up")


def on_narrow(state: YouAskState, bank: Bank, message: Message) -> Reply:
    """"Could you just introduce me to Daniel for now?" after a yes to two names."""
    state.elapsed += SMALL_TALK_MINUTES
    state.accepted = [f"introduce you to {message.narrowed}"]
    return Reply([persona.just_one(message.narrowed)], kind="narrow")


def on_hold_off(state: YouAskState, bank: Bank, message: Message) -> Reply:
    """"Could you hold off on the intros till I finish my exams?": the introduction waits."""
    state.elapsed += SMALL_TALK_MINUTES
    state.accepted = []  # no introduction is on its way; agreeing to one still counted
    return Reply([persona.HELD_OFF], kind="hold_off")
