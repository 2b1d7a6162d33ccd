"""The debrief after a meeting, and the names a contact suggested.

Opened from a reminder's button. Answers are saved as the meeting's notes (the thank-you
draft names what was learned); each suggested name becomes a contact linked to the person
who suggested it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from bot.engine.fields import is_reply
from bot.engine.flow import Outcome
from bot.engine.models import Turn
from bot.engine.steps import Answer, Ask, FlowData, Go, Invalid, Step, StepFlow
from bot.engine.text import WHEN, and_list, first_name, local, not_a_name
from bot.engine.ui import Reply, esc
from bot.features.meetings.effects import AddReferrals, SaveDebrief
from bot.features.meetings.referrals import Referral, parse_referrals
from bot.features.nudges.planner import THANKS_AFTER, out_of_quiet_hours, timing


class S(StrEnum):
    LEARNED, FIT, NAMES, DIFFERENTLY = "learned", "fit", "names", "differently"


@dataclass(frozen=True)
class Debrief(FlowData):
    meeting_id: int | None = None
    meeting_inst: int | None = None  # a meeting logged after it happened: its /meeting run
    contact_id: int | None = None
    contact_name: str = "them"
    ends_at: str = ""  # ISO; when the meeting ended, for when the thank-you is due
    only_names: bool = False  # opened from "Add names": just the names
    thanked: bool = False  # the thank-you was already marked sent
    notes: dict[str, str] = field(default_factory=dict)

    def noted(self, key: str, value: str) -> Debrief:
        return self.but(notes={**self.notes, key: value})

    def saving(self, notes: tuple[tuple[str, str], ...], final: bool = False) -> SaveDebrief:
        return SaveDebrief(self.meeting_id, notes, self.meeting_inst, final=final)

    @property
    def knows_meeting(self) -> bool:
        return self.meeting_id is not None or self.meeting_inst is not None


def question(text: str) -> Any:
    return lambda turn, data: Ask(text)


def note(key: str) -> Any:
    """A free-text answer kept as one of the meeting's notes, saved as it is given: a
    /cancel halfway through the debrief keeps what was already typed."""
    def read(turn: Turn, data: Debrief, a: Answer) -> Go[Debrief] | Invalid:
        if not a.text:
            return Invalid(TYPE_A_LINE)
        if is_reply(a.text):  # "yes please" is no note for a thank-you
            return Invalid("That reads like a reply rather than a note. In a line, what did "
                           "you take away? (or tap <b>Skip</b>)")
        data = data.noted(str(key), a.raw[:2000])
        saved = [data.saving(((key, data.notes[key]),))] if data.knows_meeting else []
        return Go(data, effects=saved)
    return read


def ask_names(turn: Turn, data: Debrief) -> Ask:
    return Ask("Who else did they suggest you talk to? Send names separated by commas — add "
               "what you know in brackets, e.g. <i>Lena Hoffmann (research ops at N26), "
               "Ben Ortiz</i> — or tap <b>None</b>.", (("None", "none"),))


def _said(people: list[Referral]) -> str:
    def one(p: Referral) -> str:
        about = " at ".join(x for x in (p.role, p.organisation) if x)
        return f"<b>{esc(p.name)}</b>" + (f" ({esc(about)})" if about else "")
    return and_list([one(p) for p in people])


def read_names(turn: Turn, data: Debrief, a: Answer) -> Go[Debrief] | Invalid:
    if a.pressed not in (None, "none") or (a.pressed is None and not a.text):
        return Invalid(TYPE_A_LINE)
    people = [] if a.pressed == "none" else parse_referrals(a.text)
    odd = [p.name for p in people if not_a_name(p.name)]
    if odd:  # "she didn't suggest anyone" is no contact to add
        return Invalid(f"“{esc(odd[0][:60])}” doesn't read like a name. Send just the names, "
                       "separated by commas, or tap <b>None</b>.")
    data = data.noted("names", ", ".join(p.name for p in people))
    saved = [data.saving((("names", data.notes["names"]),))] if data.knows_meeting else []
    if not (people and (data.contact_id or data.meeting_inst is not None)):
        return Go(data, effects=saved)
    who = esc(first_name(data.contact_name))
    many = len(people) > 1
    added = Reply(f"➕ Added {_said(people)} as {'contacts' if many else 'a contact'} suggested "
                  f"by {who}. When you write to {'them' if many else 'this person'}, /outreach "
                  f"opens with “{who} suggested I contact you” — find "
                  f"{'them' if many else 'it'} in /followups.")
    referrals = AddReferrals(data.contact_id, tuple(p.name for p in people), data.meeting_id,
                             tuple((p.role, p.organisation, p.same_org) for p in people),
                             data.meeting_inst)
    return Go(data, say=[added], effects=[*saved, referrals])


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
        return Debrief(meeting_id=p.get("meeting_id"), meeting_inst=p.get("meeting_inst"),
                       contact_id=p.get("contact_id"),
                       contact_name=p.get("contact_name", "them"),
                       ends_at=p.get("ends_at") or "", only_names=bool(p.get("only_names")),
                       thanked=bool(p.get("thanked")))

    def finish(self, turn: Turn, data: Debrief, inst: int) -> Outcome:
        effects: list = []
        if data.knows_meeting and not data.only_names:
            effects.append(data.saving(tuple(sorted(data.notes.items())), final=True))
        elif data.knows_meeting and data.notes.get("names"):
            effects.append(data.saving((("names", data.notes["names"]),)))
        if data.only_names:
            return Outcome(None, [Reply("Saved.")], effects, show_menu=True)
        return Outcome(None, [Reply(self.thanks_line(turn, data))], effects, show_menu=True)

    @staticmethod
    def thanks_line(turn: Turn, data: Debrief) -> str:
        """When the thank-you comes: after the debrief, never before it."""
        named = " naming what you learned" if data.notes.get(S.LEARNED) else ""
        if data.thanked:  # sent already: nothing more is coming
            return "📝 Saved on the meeting — they'll help your keep-in-touch note later."
        if not data.ends_at:
            return "📝 Saved. Your thank-you draft will use what you learned."
        due = out_of_quiet_hours(datetime.fromisoformat(data.ends_at) + THANKS_AFTER,
                                 timing(turn.user))
        if due <= turn.now + timedelta(minutes=1):
            return f"📝 Saved. Your thank-you draft{named} comes next."
        return (f"📝 Saved. Your thank-you draft{named} comes at "
                f"{local(due, turn.user.tz, WHEN)} — a couple of hours after a meeting is "
                "the best time to send it.")
