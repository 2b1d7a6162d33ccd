"""/meeting: who, when (typed naturally or by buttons, always confirmed), format, length."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from bot.engine.flow import Outcome
from bot.engine.models import Turn
from bot.engine.steps import Answer, Ask, FlowData, Go, Invalid, Step, StepFlow, buttons
from bot.engine.text import (
    WHEN,
    WHEN_YEAR,
    local,
    name_answer,
    name_key,
    use_as_name_choice,
)
from bot.engine.ui import Reply, esc
from bot.features.formats import FORMATS, NOT_A_FORMAT, NOUN, format_of
from bot.features.meetings.debrief import DebriefFlow
from bot.features.meetings.effects import SaveMeeting
from bot.features.meetings.rules import ics, parse_when, quick_times, show
from bot.features.meetings.rules import warm_up as warm_up_dateparser
from bot.features.nudges.effects import NewNudge
from bot.features.nudges.kinds import label_of
from bot.features.nudges.planner import (
    THANKS_AFTER,
    Meeting,
    logged_late,
    next_keep_in_touch,
    out_of_quiet_hours,
    plan_meeting,
    timing,
)

MINUTES = (15, 20, 30, 45)
PROBLEMS = {
    "empty": "Type a day and a time.",
    "no_time": "I need a time as well as a day, e.g. <i>Thursday 15:30</i>.",
    "unreadable": "I couldn't read that as a date and time.",
    "past": "That's more than a week ago. I log meetings up to a week back (for the debrief "
            "and the thank-you); for one still to come, type its day and time.",
}


class S(StrEnum):
    WHO, WHEN, CONFIRM, FORMAT, MINUTES = "who", "when", "confirm", "format", "minutes"


@dataclass(frozen=True)
class MeetingData(FlowData):
    contacts: list[list] = field(default_factory=list)  # [id, name, org, minutes], recent
    contact_id: int | None = None
    contact_name: str = ""
    maybe_name: str = ""  # typed but read like a sentence: asked about once
    choices: list[str] = field(default_factory=list)  # readings of the typed time (ISO)
    starts_at: str = ""
    format: str = ""
    minutes: int = 0


def ask_who(turn: Turn, data: MeetingData) -> Ask:
    buttons = [(c[1][:40], f"c{i}") for i, c in enumerate(data.contacts)]
    return Ask("📅 Who are you meeting? "
               + ("Tap a contact or type a new name." if buttons else "Type their name."),
               [*buttons, *use_as_name_choice(data.maybe_name)])


def read_who(turn: Turn, data: MeetingData, a: Answer) -> MeetingData | Go[MeetingData] | Invalid:
    pressed = a.pressed or ""
    if pressed[1:].isdecimal() and int(pressed[1:]) < len(data.contacts):
        cid, name = data.contacts[int(pressed[1:])][:2]
        return data.but(contact_id=cid, contact_name=name, maybe_name="")
    if not a.text and not data.maybe_name:
        return Invalid("Type the name of the person you're meeting.")
    name, why = name_answer(a.text, a.pressed, data.maybe_name)
    if not name:
        return Go(data.but(maybe_name=a.text), S.WHO, say=[Reply(
            f"Hmm, {why}. Type the person's name, e.g. <i>Dana Lee</i> — or tap the button if "
            "that really is it.")])
    key = name_key(name)  # "Dana Lee" is the "Ms Dana Lee" you wrote to
    match = next((c for c in data.contacts if name_key(c[1]) == key), None)
    if match:
        return data.but(contact_id=match[0], contact_name=match[1], maybe_name="")
    return data.but(contact_id=None, contact_name=name, maybe_name="")


def ask_when(turn: Turn, data: MeetingData) -> Ask:
    tz = turn.user.tz
    quick = [(label, f"q{i}") for i, (label, _) in enumerate(quick_times(turn.now, tz))]
    return Ask(f"When is it, in your time zone ({esc(tz)})? Type it like <i>tomorrow 3pm</i>, "
               "<i>Dec 3 10:30</i> or <i>2026-12-03 15:00</i>, or tap. Already happened "
               "(up to a week ago)? Type when, e.g. <i>yesterday 4pm</i>.", quick)


def read_when(turn: Turn, data: MeetingData, a: Answer) -> Any:
    pressed = a.pressed or ""
    if pressed.startswith("q") and pressed[1:].isdecimal():
        quick = quick_times(turn.now, turn.user.tz)
        if int(pressed[1:]) < len(quick):
            return Go(data.but(starts_at=quick[int(pressed[1:])][1].isoformat()), S.FORMAT)
    parsed = parse_when(a.text, turn.now, turn.user.tz)
    if parsed.problem:
        return Invalid(PROBLEMS[parsed.problem])
    return data.but(choices=[c.isoformat() for c in parsed.choices])


def ask_confirm(turn: Turn, data: MeetingData) -> Ask:
    tz = turn.user.tz
    choices = [datetime.fromisoformat(c) for c in data.choices]
    if len(choices) == 1:
        past = ("\nThat's in the past: no prep reminder, and the debrief comes as soon as the "
                "meeting is over." if choices[0] <= turn.now else "")
        return Ask(f"Is this right? <b>{esc(show(choices[0], tz))}</b>{past}",
                   (("✅ Yes", "0"), ("✏️ No, retype", "back")), back=False)
    return Ask("That date reads two ways. Which did you mean?",
               [(local(c, tz, WHEN_YEAR), str(i)) for i, c in enumerate(choices)], per_row=1)


def read_confirm(turn: Turn, data: MeetingData, a: Answer) -> MeetingData | Invalid:
    pressed = a.pressed or ""
    if pressed.isdecimal() and int(pressed) < len(data.choices):
        return data.but(starts_at=data.choices[int(pressed)])
    return Invalid("Tap <b>Yes</b>, or <b>No, retype</b> to type it again.")


def ask_format(turn: Turn, data: MeetingData) -> Ask:
    return Ask("Coffee, phone or video?", buttons(FORMATS), per_row=3)


def read_format(turn: Turn, data: MeetingData, a: Answer) -> MeetingData | Invalid:
    key = format_of(a.pressed, a.text)
    return data.but(format=key) if key else Invalid(NOT_A_FORMAT)


def ask_minutes(turn: Turn, data: MeetingData) -> Ask:
    past = data.starts_at and datetime.fromisoformat(data.starts_at) <= turn.now
    return Ask("How long was it?" if past else "How long did you agree on?",
               [(f"{m} min", str(m)) for m in MINUTES], per_row=4)


def read_minutes(turn: Turn, data: MeetingData, a: Answer) -> MeetingData | Invalid:
    raw = (a.pressed or a.text.lower().removesuffix("minutes").removesuffix("min")).strip()
    if not raw.isdecimal() or not 10 <= int(raw) <= 120:
        return Invalid("Tap a length, or type the minutes (10–120).")
    return data.but(minutes=int(raw))


class MeetingFlow(StepFlow[MeetingData]):
    name = "meet"
    title = "logging a meeting"
    Data = MeetingData
    steps = (
        Step(S.WHO, "who you're meeting", ask_who, read_who),
        Step(S.WHEN, "when it is", ask_when, read_when),
        Step(S.CONFIRM, "confirming the time", ask_confirm, read_confirm),
        Step(S.FORMAT, "the format", ask_format, read_format, back_to=S.WHEN),
        Step(S.MINUTES, "the length", ask_minutes, read_minutes),
    )

    def warm_up(self) -> None:
        """dateparser's import and first parse take ~200 ms, icalendar's import ~50 ms."""
        now = datetime.now(UTC)
        parse_when("tomorrow 3pm", now, "UTC")  # the grammar for common phrases
        warm_up_dateparser(now)  # and dateparser, for the rare ones
        ics("warm-up", "warm-up", now, 30, "", now)

    def initial(self, turn: Turn, payload: Any) -> MeetingData:
        contacts = payload.get("contacts", []) if isinstance(payload, dict) else []
        return MeetingData(contacts=contacts[:8])

    def finish(self, turn: Turn, data: MeetingData, inst: int) -> Outcome:
        user, tz = turn.user, turn.user.tz
        starts = datetime.fromisoformat(data.starts_at)
        t = timing(user)
        planned = plan_meeting(Meeting(starts, data.minutes, data.format, turn.now), t)
        keep = next_keep_in_touch(starts, t).due_at
        effect = SaveMeeting(
            contact_id=data.contact_id, contact_name=data.contact_name, starts_at=starts,
            minutes=data.minutes, format=data.format,
            nudges=tuple(NewNudge(p.kind, p.due_at) for p in planned), keep_in_touch_at=keep,
        )
        what = f"{data.minutes}-minute {NOUN[data.format]} with {esc(data.contact_name)}"
        if logged_late(starts, data.minutes, turn.now):
            return self.debrief_now(turn, data, inst, effect, what)
        lines = [f"📅 Logged: {what}, <b>{esc(show(starts, tz))}</b>.", "",
                 "I'll nudge you:"]
        lines += [f"• {local(p.due_at, tz, WHEN)} — {label_of(p.kind)}" for p in planned]
        lines.append(f"• {local(keep, tz, WHEN)} — {label_of('keep_in_touch')}")
        ics_file = ics(
            f"meeting-{user.id}-{inst}@interview-coach", f"Meeting with {data.contact_name}",
            starts, data.minutes,
            "Informational interview. Bring your questions; offer to wrap up on time; "
            "ask who else you should talk to.", turn.now,
        )
        calendar = Reply("Add it to your calendar:", document=("meeting.ics", ics_file))
        return Outcome(None, [Reply("\n".join(lines)), calendar], [effect], show_menu=True)

    def debrief_now(self, turn: Turn, data: MeetingData, inst: int, effect: SaveMeeting,
                    what: str) -> Outcome:
        """A meeting logged after it ended: no prep, no calendar file; the debrief opens at
        once, and the thank-you follows it (within 24 hours of the meeting)."""
        tz, starts = turn.user.tz, datetime.fromisoformat(data.starts_at)
        due = {n.kind: n.due_at for n in effect.nudges}
        ends = starts + timedelta(minutes=data.minutes)
        best = out_of_quiet_hours(ends + THANKS_AFTER, timing(turn.user))
        when = ("right after it" if best <= turn.now + timedelta(minutes=1)
                else local(best, tz, WHEN))
        lines = [f"📅 Logged: {what}, <b>{esc(show(starts, tz))}</b> — already over, so no "
                 "prep reminder.", "", "What comes next:",
                 "• now — the debrief, below (two minutes while it's fresh)",
                 f"• {when} — your thank-you draft, naming what you learned"
                 + (f" (or {local(due['thanks'], tz, WHEN)} if you stop the debrief)"
                    if "thanks" in due and due["thanks"] != best else "")]
        lines += [f"• {local(n.due_at, tz, WHEN)} — {label_of(n.kind)}" for n in effect.nudges
                  if n.kind not in ("debrief", "thanks")]
        lines.append(f"• {local(effect.keep_in_touch_at, tz, WHEN)} — "
                     f"{label_of('keep_in_touch')}")
        payload = {"meeting_inst": inst, "contact_id": data.contact_id,
                   "contact_name": data.contact_name,
                   "ends_at": (starts + timedelta(minutes=data.minutes)).isoformat()}
        return Outcome(None, [Reply("\n".join(lines))], [effect], next_flow=DebriefFlow.name,
                       payload=payload)
