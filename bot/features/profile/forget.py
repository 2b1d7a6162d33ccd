"""/forget: delete everything about the user, after an explicit confirmation and the offer
of a copy (/export) first. The write path empties the write-ahead log afterwards, so no
old version of the deleted text stays in the files."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.engine.flow import Outcome
from bot.engine.models import Turn
from bot.engine.steps import Answer, Ask, FlowData, Invalid, Step, StepFlow
from bot.engine.ui import Reply
from bot.features.profile.effects import ForgetUser


@dataclass(frozen=True)
class Nothing(FlowData):
    """This flow keeps no answers."""


def ask_confirm(turn: Turn, data: Nothing) -> Ask:
    return Ask("⚠️ This deletes <b>everything</b> I know about you: your profile, contacts, "
               "drafts, meetings, practice history and reminders. It cannot be undone.\n\n"
               "Want a copy first? /export sends it all as files. Are you sure?",
               (("📤 Export my data first", "export"), ("Yes, delete everything", "yes"),
                ("No, keep my data", "no")), per_row=1)


def read_confirm(turn: Turn, data: Nothing, a: Answer) -> Any:
    if a.pressed == "yes":
        return Outcome(None, [Reply("Done: everything about you is deleted. If you ever want "
                                    "to start again, send /start.")], [ForgetUser()])
    if a.pressed == "export":  # nothing deleted yet: /forget again once the copy is safe
        return Outcome(None, [Reply("Here is your copy. Nothing is deleted: send /forget "
                                    "again when you are ready.")], next_flow="export")
    if a.pressed == "no":
        return Outcome(None, [Reply("Nothing was deleted.")], show_menu=True)
    return Invalid("Please tap one of the buttons (or /cancel).")


class ForgetFlow(StepFlow[Nothing]):
    name = "fg"
    title = "deleting your data"
    Data = Nothing
    steps = (Step("confirm", "confirming the deletion", ask_confirm, read_confirm, back=False),)
