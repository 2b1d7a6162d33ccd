"""/meeting: who, when (typed naturally or by buttons, always confirmed), format, length."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.engine.effects import NewNudge, SaveMeeting
from bot.engine.flow import Event, NonText, Outcome, Press, StepFlow, TextIn, non_text_reprompt
from bot.engine.models import Dialogue, Turn
from bot.engine.timezones import zone
from bot.engine.ui import Reply, esc, rows, step_button
from bot.features.meetings.rules import ics, parse_when, quick_times, show
from bot.features.nudges.planner import Meeting, next_keep_in_touch, plan_meeting, timing

FORMATS = (("coffee", "☕ Coffee"), ("phone", "📞 Phone"), ("video", "💻 Video"))
MINUTES = (15, 20, 30, 45)
TITLES: dict[str, str] = {
    "who": "who you're meeting",
    "when": "when it is",
    "confirm": "confirming the time",
    "format": "the format",
    "minutes": "the length",
}
KIND_WORDS = {
    "prep": "prep reminder with your questions",
    "debrief": "debrief questions",
    "thanks": "thank-you draft",
    "thanks_reminder": "thank-you reminder (if not done)",
    "referrals": "ask for referrals (if none noted)",
}
PROBLEMS = {
    "empty": "Type a day and a time.",
    "no_time": "I need a time as well as a day, e.g. <i>Thursday 15:30</i>.",
    "unreadable": "I couldn't read that as a date and time.",
    "past": "That time has already passed — is it a future meeting?",
}


class MeetingFlow(StepFlow):
    titles = TITLES
    name = "meet"
    title = "logging a meeting"
    wants_contacts = True

    def warm_up(self) -> None:
        """dateparser's import and first parse take ~200 ms, icalendar's import ~50 ms."""
        now = datetime.now(UTC)
        parse_when("tomorrow 3pm", now, "UTC")
        ics("warm-up", "warm-up", now, 30, "", now)

    def start(self, turn: Turn, inst: int, payload: Any = None) -> Outcome:
        contacts = (payload or {}).get("contacts", []) if isinstance(payload, dict) else []
        d = Dialogue(self.name, "who", inst, {"contacts": contacts[:8]})
        return Outcome(d, [self.prompt(turn, d)])

    def prompt(self, turn: Turn, d: Dialogue) -> Reply:
        back = (step_button(d, "⬅️ Back", "back"),)
        tz = turn.user.tz
        if d.step == "who":
            buttons = [
                step_button(d, name[:40], f"c{i}")
                for i, (_, name, _org) in enumerate(d.data.get("contacts", []))
            ]
            text = "📅 Who are you meeting? " + (
                "Tap a contact or type a new name." if buttons else "Type their name."
            )
            return Reply(text, rows(buttons, 2))
        if d.step == "when":
            quick = [
                step_button(d, label, f"q{i}")
                for i, (label, _) in enumerate(quick_times(turn.now, tz))
            ]
            return Reply(
                f"When is it, in your time zone ({esc(tz)})? Type it like <i>tomorrow 3pm</i>, "
                "<i>Dec 3 10:30</i> or <i>2026-12-03 15:00</i>, or tap:",
                rows(quick, 2) + (back,),
            )
        if d.step == "confirm":
            choices = [datetime.fromisoformat(c) for c in d.data["choices"]]
            if len(choices) == 1:
                return Reply(
                    f"Is this right? <b>{esc(show(choices[0], tz))}</b>",
                    rows([step_button(d, "✅ Yes", "0"), step_button(d, "✏️ No, retype", "back")]),
                )
            buttons = [
                step_button(d, c.astimezone(zone(tz)).strftime("%a %d %b %Y %H:%M"), str(i))
                for i, c in enumerate(choices)
            ]
            return Reply(
                "That date reads two ways. Which did you mean?", rows(buttons, 1) + (back,)
            )
        if d.step == "format":
            return Reply(
                "Coffee, phone or video?",
                rows([step_button(d, label, key) for key, label in FORMATS], 3) + (back,),
            )
        return Reply(
            "How long did you agree on?",
            rows([step_button(d, f"{m} min", str(m)) for m in MINUTES], 4) + (back,),
        )

    def handle(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
        if isinstance(event, NonText):
            return non_text_reprompt(self, turn, d, event.kind)
        pressed = event.value if isinstance(event, Press) else None
        typed = " ".join(event.text.split()) if isinstance(event, TextIn) else ""
        order = ["who", "when", "confirm", "format", "minutes"]
        if pressed == "back":
            prev = "when" if d.step == "format" else order[max(order.index(d.step) - 1, 0)]
            return self._go(turn, d.at(prev))
        if d.step == "who":
            contacts = d.data.get("contacts", [])
            if pressed and pressed[1:].isdigit() and int(pressed[1:]) < len(contacts):
                cid, name, _ = contacts[int(pressed[1:])]
                return self._go(turn, d.at("when", contact_id=cid, contact_name=name))
            if not typed:
                return self._again(turn, d, "Type the name of the person you're meeting.")
            match = next((c for c in contacts if c[1].lower() == typed.lower()), None)
            cid = match[0] if match else None
            return self._go(turn, d.at("when", contact_id=cid, contact_name=typed))
        if d.step == "when":
            if pressed and pressed.startswith("q") and pressed[1:].isdigit():
                quick = quick_times(turn.now, turn.user.tz)
                if int(pressed[1:]) < len(quick):
                    at = quick[int(pressed[1:])][1]
                    return self._go(turn, d.at("format", starts_at=at.isoformat()))
            parsed = parse_when(typed, turn.now, turn.user.tz)
            if parsed.problem:
                return self._again(turn, d, PROBLEMS[parsed.problem])
            choices = [c.isoformat() for c in parsed.choices]
            return self._go(turn, d.at("confirm", choices=choices))
        if d.step == "confirm":
            choices = d.data.get("choices", [])
            if pressed and pressed.isdigit() and int(pressed) < len(choices):
                return self._go(turn, d.at("format", starts_at=choices[int(pressed)]))
            return self._again(turn, d, "Tap <b>Yes</b>, or <b>No, retype</b> to type it again.")
        if d.step == "format":
            fmt = pressed if pressed in dict(FORMATS) else typed.lower()
            if fmt not in dict(FORMATS):
                return self._again(turn, d, "Tap coffee, phone or video.")
            return self._go(turn, d.at("minutes", format=fmt))
        raw = (pressed or typed.lower().removesuffix("minutes").removesuffix("min")).strip()
        if not raw.isdigit() or not 10 <= int(raw) <= 120:
            return self._again(turn, d, "Tap a length, or type the minutes (10–120).")
        return self._save(turn, d.at("minutes", minutes=int(raw)))

    def _save(self, turn: Turn, d: Dialogue) -> Outcome:
        data, user, tz = d.data, turn.user, turn.user.tz
        starts = datetime.fromisoformat(data["starts_at"])
        t = timing(user)
        planned = plan_meeting(Meeting(starts, data["minutes"], data["format"], turn.now), t)
        keep = next_keep_in_touch(starts, t).due_at
        effect = SaveMeeting(
            inst=d.inst,
            contact_id=data.get("contact_id"),
            contact_name=data["contact_name"],
            starts_at=starts,
            minutes=data["minutes"],
            format=data["format"],
            nudges=tuple(NewNudge(p.kind, p.due_at) for p in planned),
            keep_in_touch_at=keep,
        )
        who = esc(data["contact_name"])
        lines = [
            f"📅 Logged: {data['minutes']}-minute {data['format']} with {who}, "
            f"<b>{esc(show(starts, tz))}</b>.",
            "",
            "I'll nudge you:",
        ]
        lines += [
            f"• {starts_local(p.due_at, tz)} — {KIND_WORDS.get(p.kind, p.kind)}" for p in planned
        ]
        lines.append(f"• {starts_local(keep, tz)} — keep in touch")
        ics_file = ics(
            f"meeting-{user.id}-{d.inst}@interview-coach",
            f"Meeting with {data['contact_name']}",
            starts,
            data["minutes"],
            "Informational interview. Bring your questions; offer to wrap up on time; "
            "ask who else you should talk to.",
            turn.now,
        )
        return Outcome(
            None,
            [
                Reply("\n".join(lines)),
                Reply("Add it to your calendar:", document=("meeting.ics", ics_file)),
            ],
            [effect],
            show_menu=True,
        )


def starts_local(moment: datetime, tz: str) -> str:
    return moment.astimezone(zone(tz)).strftime("%a %d %b %H:%M")
