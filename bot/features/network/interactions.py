"""What a user can log about a contact by hand, and what each one means for the pipeline.

A table, so the card's buttons, the history line and the store's pipeline move come from
one place. Every kind restarts keep-in-touch (the cadence resets on any logged contact,
domain.md §4); a conversation also means they answered, which stops the no-reply chase.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.features.network.pipeline import Event


@dataclass(frozen=True)
class Kind:
    key: str  # stored in interactions.kind and carried in button data: short
    button: str
    history: str  # a line of the contact's history
    answered: bool  # they replied: the no-reply reminders stop
    event: Event | None  # how the pipeline moves (forward only)


KINDS: dict[str, Kind] = {k.key: k for k in (
    Kind("talked", "🗣 We talked", "🗣 You talked", True, Event.REPLIED),
    Kind("replied", "💬 They replied", "💬 They replied", True, Event.REPLIED),
    Kind("coffee", "☕ Met for coffee", "☕ You met for coffee", True, Event.MET),
    Kind("call", "📞 Had a call", "📞 You had a call", True, Event.MET),
    Kind("update", "✉️ I sent an update", "✉️ You sent them an update", False, None),
)}
STAGE_SET = "stage"  # a history row of its own: the stage set by hand (note: the stage)

# Keeping in touch presupposes a conversation: an update to someone met or thanked moves
# them on; an update to someone never met leaves them where they are.
KEEP_IN_TOUCH_FROM = ("met", "thanked")


def event_for(kind: str, stage: str) -> Event | None:
    """The pipeline event a logged interaction means for a contact at `stage`."""
    found = KINDS.get(kind)
    if found is None:
        return None
    if found.event is None and stage in KEEP_IN_TOUCH_FROM:
        return Event.KEPT_IN_TOUCH
    return found.event
