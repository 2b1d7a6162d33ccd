"""/questions: pick 5–8 questions for a meeting from a field's bank, by TIARA category.

Starts from a recommended, balanced list; the user opens a category, toggles questions
(weak ones are marked, with the reason), and saves. The list goes on the chosen contact
(and so into the prep reminder of their meeting) and comes back as a cheat-sheet.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.banks import choice as banks_choice
from bot.banks.model import CATEGORIES, Bank
from bot.engine.flow import Outcome
from bot.engine.models import Turn
from bot.engine.steps import Answer, Ask, FlowData, Go, Invalid, Step, StepFlow
from bot.engine.text import plural
from bot.engine.ui import Reply, esc
from bot.features.questions import rules as prep
from bot.features.questions.effects import SaveQuestions

CATEGORY_TITLES: dict[str, str] = {
    "trends": "📈 Trends",
    "insights": "🔍 Insights",
    "advice": "🧭 Advice",
    "resources": "📚 Resources",
    "assignments": "🛠 Assignments",
}
CATEGORY_HINTS = {
    "trends": "where the field is heading",
    "insights": "what the work is really like",
    "advice": "what they'd do in your shoes",
    "resources": "people, groups, things to read",
    "assignments": "projects that would test your fit",
}


class S(StrEnum):
    FIELD, CONTACT, PICK, CAT, WARN = "field", "contact", "pick", "cat", "warn"


@dataclass(frozen=True)
class QuestionList(FlowData):
    contacts: list[list] = dataclasses.field(default_factory=list)  # [id, name, org, minutes]
    field: str = ""
    contact: list | None = None  # [id, name, organisation, minutes] the list is for
    chosen: list[str] = dataclasses.field(default_factory=list)  # question ids, in the order picked
    cat: str = "insights"  # the category open
    warnings: list[str] = dataclasses.field(default_factory=list)


def read_contact(turn: Turn, data: QuestionList, a: Answer) -> QuestionList | Invalid:
    pressed = a.pressed or ""
    if pressed == "none":
        return data.but(contact=None)
    if pressed[1:].isdecimal() and int(pressed[1:]) < len(data.contacts):
        return data.but(contact=data.contacts[int(pressed[1:])])
    return Invalid("Tap a name, or <b>Not for anyone yet</b>.")


def ask_contact(turn: Turn, data: QuestionList) -> Ask:
    buttons = [(c[1][:40], f"c{i}") for i, c in enumerate(data.contacts)]
    return Ask("Who is the meeting with? The list goes into its prep reminder.",
               [*buttons, ("Not for anyone yet", "none")])


def ask_warn(turn: Turn, data: QuestionList) -> Ask:
    lines = ["Before you save, a few things to look at:"]
    lines += [f"• {esc(w)}" for w in data.warnings]
    return Ask("\n".join(lines), (("✏️ Keep editing", "edit"), ("💾 Save anyway", "save")),
               back=False)


class QuestionsFlow(StepFlow[QuestionList]):
    name = "q"
    title = "preparing questions"
    Data = QuestionList

    def __init__(self, banks: dict[str, Bank]) -> None:
        self.banks = banks
        self.steps = (
            Step(S.FIELD, "choosing a field", self.ask_field, self.read_field),
            Step(S.CONTACT, "choosing who it's for", ask_contact, read_contact, back=False,
                 when=lambda d: bool(d.contacts)),
            Step(S.PICK, "choosing questions", self.ask_pick, self.read_pick, back=False),
            Step(S.CAT, "choosing questions", self.ask_cat, self.read_cat, back=False),
            Step(S.WARN, "checking the list", ask_warn, self.read_warn, back=False),
        )

    def initial(self, turn: Turn, payload: Any) -> QuestionList:
        contacts = payload.get("contacts", []) if isinstance(payload, dict) else []
        return QuestionList(contacts=contacts[:6])

    def intro(self, turn: Turn, data: QuestionList) -> list[Reply]:
        return [Reply("Let's pick 5–8 questions for a 20–30 minute meeting.")]

    def bank(self, data: QuestionList) -> Bank:
        return banks_choice.bank_of(self.banks, data.field)

    def ask_field(self, turn: Turn, data: QuestionList) -> Ask:
        return Ask("Which field is the person in?",
                   banks_choice.choices(self.banks, turn.user.field))

    def read_field(self, turn: Turn, data: QuestionList, a: Answer) -> Any:
        chosen_field = banks_choice.chosen_field(self.banks, a)
        if chosen_field is None:
            return Invalid("Tap one of the fields.")
        return data.but(field=chosen_field, chosen=prep.recommended(self.banks[chosen_field]))

    def ask_pick(self, turn: Turn, data: QuestionList) -> Ask:
        bank, chosen = self.bank(data), data.chosen
        counts = {c: sum(1 for q in bank.questions if q.id in chosen and q.category == c)
                  for c in CATEGORIES}
        lines = [f"<b>{plural(len(chosen), 'question')} chosen</b> (aim for 5–8):"]
        lines += [f"• {esc(q.text)}" for qid in chosen if (q := bank.question(qid))]
        lines.append("\nOpen a category to add or remove questions:")
        buttons = [(f"{CATEGORY_TITLES[c]} ({counts[c]})", c) for c in CATEGORIES]
        return Ask("\n".join(lines), [*buttons, (f"✅ Done ({len(chosen)})", "done")])

    def read_pick(self, turn: Turn, data: QuestionList, a: Answer) -> Any:
        if a.pressed in CATEGORIES:
            return Go(data.but(cat=a.pressed), S.CAT)
        if a.pressed == "done":
            warnings = prep.validate_selection(data.chosen, self.bank(data))
            if warnings:
                return Go(data.but(warnings=warnings), S.WARN)
            return self.save(turn, data)
        return Invalid("Open a category, or tap <b>Done</b>.")

    def ask_cat(self, turn: Turn, data: QuestionList) -> Ask:
        bank, chosen, cat = self.bank(data), data.chosen, data.cat
        lines = [f"<b>{CATEGORY_TITLES[cat]}</b> — {CATEGORY_HINTS[cat]}. Tap a number to "
                 "add or remove it."]
        buttons = []
        for i, q in enumerate(bank.questions):
            if q.category != cat:
                continue
            n = len(buttons) + 1
            reasons = prep.flags_for(q)
            lines.append(f"{'✅' if q.id in chosen else '▫️'} {n}. {esc(q.text)}"
                         + (" ⚠️" if reasons else ""))
            lines += [f"      ⚠️ {esc(r)}" for r in reasons]
            buttons.append((f"{'✅' if q.id in chosen else '➕'} {n}", str(i)))
        layout = [buttons[i:i + 5] for i in range(0, len(buttons), 5)]
        return Ask("\n".join(lines), layout=[*layout, [("⬅️ All categories", "back")]])

    def read_cat(self, turn: Turn, data: QuestionList, a: Answer) -> Any:
        bank, chosen = self.bank(data), list(data.chosen)
        pressed = a.pressed or ""
        if pressed == "back":  # not the engine's Back: this step has none
            return Go(data, S.PICK)
        if pressed.isdecimal() and int(pressed) < len(bank.questions):
            qid = bank.questions[int(pressed)].id
            if qid in chosen:
                chosen.remove(qid)
            else:
                chosen.append(qid)
            return Go(data.but(chosen=chosen), S.CAT, in_place=True)
        return Invalid("Tap a number to add or remove that question.")

    def read_warn(self, turn: Turn, data: QuestionList, a: Answer) -> Any:
        if a.pressed == "save":
            return self.save(turn, data)
        return Go(data, S.PICK)

    def save(self, turn: Turn, data: QuestionList) -> Outcome:
        bank, chosen, contact = self.bank(data), data.chosen, data.contact
        texts = tuple(q.text for qid in chosen if (q := bank.question(qid)) is not None)
        effect = SaveQuestions(bank.field, texts, contact[0] if contact else None)
        minutes = contact[3] if contact and len(contact) > 3 and contact[3] else 20
        sheet = prep.cheat_sheet(bank, chosen, contact[1] if contact else None, minutes)
        saved = (f"💾 Saved for your meeting with {esc(contact[1])}: it will be in the prep "
                 "reminder." if contact else "💾 Saved. Here's your cheat-sheet:")
        return Outcome(None, [Reply(saved), Reply(sheet)], [effect], show_menu=True)
