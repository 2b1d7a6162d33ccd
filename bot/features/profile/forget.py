"""/forget: delete everything about the user, after an explicit confirmation."""

from __future__ import annotations

from bot.engine.effects import ForgetUser
from bot.engine.flow import Event, NonText, Outcome, Press, non_text_reprompt
from bot.engine.models import Dialogue, Turn
from bot.engine.ui import Reply, rows, step_button


class ForgetFlow:
    name = "fg"
    title = "deleting your data"

    def start(self, turn: Turn, inst: int, payload: str | None = None) -> Outcome:
        d = Dialogue(self.name, "confirm", inst, {})
        return Outcome(d, [self.prompt(turn, d)])

    def step_title(self, d: Dialogue) -> str:
        return "confirming the deletion"

    def prompt(self, turn: Turn, d: Dialogue) -> Reply:
        return Reply(
            "⚠️ This deletes <b>everything</b> I know about you: your profile, contacts, drafts, "
            "meetings, practice history and reminders. It cannot be undone. Are you sure?",
            rows([step_button(d, "Yes, delete everything", "yes"),
                  step_button(d, "No, keep my data", "no")], 1),
        )

    def handle(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
        if isinstance(event, NonText):
            return non_text_reprompt(self, turn, d, event.kind)
        if isinstance(event, Press) and event.value == "yes":
            return Outcome(None, [Reply(
                "Done: everything about you is deleted. If you ever want to start again, "
                "send /start.")], [ForgetUser()])
        if isinstance(event, Press) and event.value == "no":
            return Outcome(None, [Reply("Nothing was deleted.")], show_menu=True)
        return Outcome(d, [Reply("Please tap one of the two buttons (or /cancel)."),
                           self.prompt(turn, d)])
