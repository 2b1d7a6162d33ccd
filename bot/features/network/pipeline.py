"""The contact pipeline as a pure function: the stages in order and what moves a contact on.

identified → drafted → asked → replied → scheduled → met → thanked → keeping_in_touch.
Every store that changes a contact's stage says which event happened and lets `advance`
(or, in SQL, `from_stages`) decide, so the rules live here once instead of as stage
lists scattered through the stores' UPDATE statements.

Contacts only move forward: an event whose stage a contact has already reached or passed
changes nothing (a debrief logged after the thank-you does not pull them back to "met").
"""

from __future__ import annotations

from enum import StrEnum

STAGES: tuple[str, ...] = (
    "identified",
    "drafted",
    "asked",
    "replied",
    "scheduled",
    "met",
    "thanked",
    "keeping_in_touch",
)


class Event(StrEnum):
    """Something that happened with a contact, as the stores report it."""

    DRAFTED = "drafted"  # an outreach draft was saved for them
    SENT = "sent"  # the user marked the request as sent: they have been asked
    REPLIED = "replied"  # they answered the outreach
    SCHEDULED = "scheduled"  # a meeting with them was logged
    MET = "met"  # the meeting was debriefed
    THANKED = "thanked"  # the thank-you reminder was marked done
    KEPT_IN_TOUCH = "kept_in_touch"  # a keep-in-touch reminder was marked done


TARGET: dict[Event, str] = {
    Event.DRAFTED: "drafted",
    Event.SENT: "asked",
    Event.REPLIED: "replied",
    Event.SCHEDULED: "scheduled",
    Event.MET: "met",
    Event.THANKED: "thanked",
    Event.KEPT_IN_TOUCH: "keeping_in_touch",
}

# The first stage an event applies from, where it is not "identified". A thank-you
# presupposes a conversation: someone never even asked stays where they are.
EARLIEST: dict[Event, str] = {Event.THANKED: "asked"}


def _stage_index(stage: str) -> int:
    if stage not in STAGES:
        raise ValueError(f"unknown pipeline stage {stage!r}; expected one of {STAGES}")
    return STAGES.index(stage)


def from_stages(event: Event | str) -> tuple[str, ...]:
    """The stages `event` moves a contact out of (storage: `status IN (…)`), in order."""
    event = Event(event)
    start = _stage_index(EARLIEST.get(event, STAGES[0]))
    return STAGES[start:_stage_index(TARGET[event])]


def advance(stage: str, event: Event | str) -> str:
    """The stage after `event`: its target if the contact is in one of `from_stages`, else
    the stage unchanged. Unknown stages and events raise ValueError."""
    _stage_index(stage)
    event = Event(event)
    return TARGET[event] if stage in from_stages(event) else stage
