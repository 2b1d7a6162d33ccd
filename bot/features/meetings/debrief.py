"""The debrief after a meeting, and the names a contact suggested.

Opened from a nudge's button. Answers are saved as the meeting's notes (the
thank-you draft names what was learned); each suggested name becomes a
contact linked to the person who suggested it.
"""

from __future__ import annotations

import re
from typing import Any

from bot.engine.effects import AddReferrals, SaveDebrief
from bot.engine.flow import Event, NonText, Outcome, Press, TextIn, non_text_reprompt
from bot.engine.models import Dialogue, Turn
from bot.engine.ui import Reply, esc, rows, step_button

QUESTIONS = {
    "learned": "What was the most useful thing you learned? (one line — it goes in your "
               "thank-you note)",
    "fit": "How does what you heard fit your skills, values and interests? Anything that "
           "surprised you?",
    "names": "Who else did they suggest you talk to? Send names separated by commas, or tap "
             "<b>None</b>.",
    "differently": "What would you do differently next time?",
}
ORDER = ("learned", "fit", "names", "differently")
NONE_WORDS = {"none", "no one", "nobody", "no", "n/a", "-"}


def split_names(text: str) -> list[str]:
    """'Ana Ruiz, Ben and Chloe Park' → three names; 'none' → none."""
    if text.strip().lower() in NONE_WORDS:
        return []
    parts = re.split(r"\s*(?:,|;|\n|\band\b|&)\s*", text)
    names = [" ".join(p.split()) for p in parts if p and p.strip()]
    return [n[:120] for n in names if n.lower() not in NONE_WORDS][:10]


class DebriefFlow:
    name = "deb"
    title = "your debrief"

    def start(self, turn: Turn, inst: int, payload: Any = None) -> Outcome:
        p = payload or {}
        first = "names" if p.get("only_names") else "learned"
        d = Dialogue(self.name, first, inst, {
            "meeting_id": p.get("meeting_id"), "contact_id": p.get("contact_id"),
            "contact_name": p.get("contact_name", "them"), "only_names": bool(p.get("only_names")),
            "notes": {},
        })
        return Outcome(d, [self.prompt(turn, d)])

    def step_title(self, d: Dialogue) -> str:
        return {"names": "who else to talk to"}.get(d.step, "the debrief")

    def prompt(self, turn: Turn, d: Dialogue) -> Reply:
        buttons = [step_button(d, "Skip", "skip")]
        if d.step == "names":
            buttons = [step_button(d, "None", "none")]
        return Reply(QUESTIONS[d.step], rows(buttons))

    def handle(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
        if isinstance(event, NonText):
            return non_text_reprompt(self, turn, d, event.kind)
        pressed = event.value if isinstance(event, Press) else None
        text = event.text.strip() if isinstance(event, TextIn) else ""
        if pressed is None and not text:
            return Outcome(d, [Reply("Type a line, or tap the button."), self.prompt(turn, d)])
        notes = dict(d.data.get("notes", {}))
        effects: list = []
        replies: list[Reply] = []
        if d.step == "names":
            names = [] if pressed == "none" else split_names(text)
            notes["names"] = ", ".join(names)
            if names and d.data.get("contact_id"):
                effects.append(AddReferrals(d.data["contact_id"], tuple(names),
                                            d.data.get("meeting_id")))
                who = esc(d.data["contact_name"].split()[0])
                replies.append(Reply(
                    "➕ Added " + ", ".join(f"<b>{esc(n)}</b>" for n in names)
                    + f" as contacts suggested by {who}. When you write to them, /outreach opens "
                    f"with “{who} suggested I contact you” — find them in /followups."))
        elif pressed != "skip":
            notes[d.step] = text[:2000]
        if d.data.get("only_names") or d.step == ORDER[-1]:
            if d.data.get("meeting_id") and not d.data.get("only_names"):
                effects.append(SaveDebrief(d.data["meeting_id"], tuple(sorted(notes.items()))))
            elif d.data.get("meeting_id") and notes.get("names"):
                effects.append(SaveDebrief(d.data["meeting_id"], (("names", notes["names"]),)))
            replies.append(Reply("📝 Saved. Your thank-you draft will use what you learned."
                                 if not d.data.get("only_names") else "Saved."))
            return Outcome(None, replies, effects, show_menu=True)
        nd = d.at(ORDER[ORDER.index(d.step) + 1], notes=notes)
        return Outcome(nd, [*replies, self.prompt(turn, nd)], effects)
