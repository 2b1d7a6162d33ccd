"""The debrief after a meeting, and the names a contact suggested.

Opened from a reminder's button. Answers are saved as the meeting's notes (the thank-you
draft names what was learned); each suggested name becomes a contact linked to the person
who suggested it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from bot.engine.flow import Outcome
from bot.engine.models import Turn
from bot.engine.steps import Answer, Ask, FlowData, Go, Invalid, Step, StepFlow
from bot.engine.text import first_name
from bot.engine.ui import Reply, esc
from bot.features.meetings.effects import AddReferrals, SaveDebrief

NONE_WORDS = {"none", "no one", "nobody", "no", "n/a", "-"}


class S(StrEnum):
    LEARNED, FIT, NAMES, DIFFERENTLY = "learned", "fit", "names", "differently"


@dataclass(frozen=True)
class Debrief(FlowData):
    meeting_id: int | None = None
    contact_id: int | None = None
    contact_name: str = "them"
    only_names: bool = False  # opened from "Add names": just the names
    notes: dict[str, str] = field(default_factory=dict)

    def noted(self, key: str, value: str) -> Debrief:
        return self.but(notes={**self.notes, key: value})


def split_names(text: str) -> list[str]:
    """'Ana Ruiz, Ben and Chloe Park' → three names; 'none' → none."""
    if text.strip().lower() in NONE_WORDS:
        return []
    parts = re.split(r"\s*(?:,|;|\n|\band\b|&)\s*", text)
    names = [" ".join(p.split()) for p in parts if p and p.strip()]
    return [n[:120] for n in names if n.lower() not in NONE_WORDS][:10]


def question(text: str) -> Any:
    return lambda turn, data: Ask(text)


def note(key: str) -> Any:
    """A free-text answer kept as one of the meeting's notes."""
    def read(turn: Turn, data: Debrief, a: Answer) -> Debrief | Invalid:
        return data.noted(key, a.raw[:2000]) if a.text else Invalid(TYPE_A_LINE)
    return read


def ask_names(turn: Turn, data: Debrief) -> Ask:
    return Ask("Who else did they suggest you talk to? Send names separated by commas, or tap "
               "<b>None</b>.", (("None", "none"),))


def read_names(turn: Turn, data: Debrief, a: Answer) -> Go[Debrief] | Invalid:
    if a.pressed not in (None, "none") or (a.pressed is None and not a.text):
        return Invalid(TYPE_A_LINE)
    names = [] if a.pressed == "none" else split_names(a.text)
    data = data.noted("names", ", ".join(names))
    if not (names and data.contact_id):
        return Go(data)
    who = esc(first_name(data.contact_name))
    added = Reply("➕ Added " + ", ".join(f"<b>{esc(n)}</b>" for n in names)
                  + f" as contacts suggested by {who}. When you write to them, /outreach opens "
                  f"with “{who} suggested I contact you” — find them in /followups.")
    return Go(data, say=[added],
              effects=[AddReferrals(data.contact_id, tuple(names), data.meeting_id)])


TYPE_A_LINE = "Type a line, or tap the button."
full = lambda data: not data.only_names  # noqa: E731


class DebriefFlow(StepFlow[Debrief]):
    name = "deb"
    title = "your debrief"
    Data = Debrief
    steps = (
        Step(S.LEARNED, "the debrief", question(
            "What was the most useful thing you learned? (one line — it goes in your "
            "thank-you note)"), note(S.LEARNED), optional=True, back=False, when=full),
        Step(S.FIT, "the debrief", question(
            "How does what you heard fit your skills, values and interests? Anything that "
            "surprised you?"), note(S.FIT), optional=True, back=False, when=full),
        Step(S.NAMES, "who else to talk to", ask_names, read_names, back=False),
        Step(S.DIFFERENTLY, "the debrief", question(
            "What would you do differently next time?"), note(S.DIFFERENTLY), optional=True,
            back=False, when=full),
    )

    def initial(self, turn: Turn, payload: Any) -> Debrief:
        p = payload or {}
        return Debrief(meeting_id=p.get("meeting_id"), contact_id=p.get("contact_id"),
                       contact_name=p.get("contact_name", "them"),
                       only_names=bool(p.get("only_names")))

    def finish(self, turn: Turn, data: Debrief, inst: int) -> Outcome:
        effects: list = []
        if data.meeting_id and not data.only_names:
            effects.append(SaveDebrief(data.meeting_id, tuple(sorted(data.notes.items()))))
        elif data.meeting_id and data.notes.get("names"):
            effects.append(SaveDebrief(data.meeting_id, (("names", data.notes["names"]),)))
        text = "Saved." if data.only_names else ("📝 Saved. Your thank-you draft will use what "
                                                 "you learned.")
        return Outcome(None, [Reply(text)], effects, show_menu=True)
