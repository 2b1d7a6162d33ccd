"""/questions: pick 5–8 questions for a meeting from a field's bank, by TIARA category.

Starts from a recommended, balanced list; the user opens a category, toggles
questions (weak ones are marked, with the reason), and saves. The list goes
on the chosen contact (and so into the prep reminder of their meeting) and
comes back as a cheat-sheet.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bot.banks import choice as banks_choice
from bot.banks.model import CATEGORIES, Bank
from bot.engine.effects import SaveQuestions
from bot.engine.flow import (
    Event,
    NonText,
    Outcome,
    Press,
    StepFlow,
    non_text_reprompt,
)
from bot.engine.models import Dialogue, Turn
from bot.engine.ui import Reply, esc, rows, step_button
from bot.features.questions import rules as prep

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
TITLES = {
    "field": "choosing a field",
    "contact": "choosing who it's for",
    "pick": "choosing questions",
    "cat": "choosing questions",
    "warn": "checking the list",
}


class QuestionsFlow(StepFlow):
    titles = TITLES
    name = "q"
    title = "preparing questions"
    wants_contacts = True

    def __init__(self, banks: dict[str, Bank]) -> None:
        self.banks = banks

    def start(self, turn: Turn, inst: int, payload: Any = None) -> Outcome:
        contacts = (payload or {}).get("contacts", []) if isinstance(payload, dict) else []
        d = Dialogue(self.name, "field", inst, {"contacts": contacts[:6]})
        return Outcome(
            d, [Reply("Let's pick 5–8 questions for a 20–30 minute meeting."), self.prompt(turn, d)]
        )

    def prompt(self, turn: Turn, d: Dialogue) -> Reply:
        if d.step == "field":
            return banks_choice.field_prompt(
                self.banks, d, turn.user.field, "Which field is the person in?"
            )
        if d.step == "contact":
            buttons = [
                step_button(d, name[:40], f"c{i}")
                for i, (_, name, _) in enumerate(d.data.get("contacts", []))
            ]
            buttons.append(step_button(d, "Not for anyone yet", "none"))
            return Reply(
                "Who is the meeting with? The list goes into its prep reminder.", rows(buttons, 2)
            )
        bank, chosen = banks_choice.bank_of(self.banks, d), d.data.get("chosen", [])
        if d.step == "cat":
            return self._category(d, bank, chosen)
        if d.step == "warn":
            lines = ["Before you save, a few things to look at:"]
            lines += [f"• {esc(w)}" for w in d.data.get("warnings", [])]
            return Reply(
                "\n".join(lines),
                rows(
                    [
                        step_button(d, "✏️ Keep editing", "edit"),
                        step_button(d, "💾 Save anyway", "save"),
                    ],
                    2,
                ),
            )
        counts = {
            c: sum(1 for q in bank.questions if q.id in chosen and q.category == c)
            for c in CATEGORIES
        }
        lines = [f"<b>{len(chosen)} questions chosen</b> (aim for 5–8):"]
        for qid in chosen:
            q = bank.question(qid)
            if q:
                lines.append(f"• {esc(q.text)}")
        lines.append("\nOpen a category to add or remove questions:")
        buttons = [step_button(d, f"{CATEGORY_TITLES[c]} ({counts[c]})", c) for c in CATEGORIES]
        buttons.append(step_button(d, f"✅ Done ({len(chosen)})", "done"))
        return Reply("\n".join(lines), rows(buttons, 2))

    def _category(self, d: Dialogue, bank: Bank, chosen: list[str]) -> Reply:
        cat = d.data.get("cat", "insights")
        lines = [
            f"<b>{CATEGORY_TITLES[cat]}</b> — {CATEGORY_HINTS[cat]}. Tap a number to "
            "add or remove it."
        ]
        buttons = []
        for i, q in enumerate(bank.questions):
            if q.category != cat:
                continue
            n = len(buttons) + 1
            mark = "✅" if q.id in chosen else "▫️"
            reasons = prep.flags_for(q)
            lines.append(f"{mark} {n}. {esc(q.text)}" + (" ⚠️" if reasons else ""))
            lines += [f"      ⚠️ {esc(r)}" for r in reasons]
            buttons.append(step_button(d, f"{'✅' if q.id in chosen else '➕'} {n}", str(i)))
        return Reply(
            "\n".join(lines), rows(buttons, 5) + ((step_button(d, "⬅️ All categories", "back"),),)
        )

    def handle(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
        if isinstance(event, NonText):
            return non_text_reprompt(self, turn, d, event.kind)
        pressed = event.value if isinstance(event, Press) else None
        if d.step == "field":
            field = banks_choice.chosen_field(self.banks, event)
            if field is None:
                return self._again(turn, d, "Tap one of the fields.")
            chosen = prep.recommended(self.banks[field])
            nd = d.at("contact" if d.data.get("contacts") else "pick", field=field, chosen=chosen)
            return self._go(turn, nd)
        if d.step == "contact":
            contacts = d.data.get("contacts", [])
            if pressed == "none":
                return self._go(turn, d.at("pick", contact=None))
            if pressed and pressed[1:].isdigit() and int(pressed[1:]) < len(contacts):
                return self._go(turn, d.at("pick", contact=contacts[int(pressed[1:])]))
            return self._again(turn, d, "Tap a name, or <b>Not for anyone yet</b>.")
        if d.step == "cat":
            bank, chosen = banks_choice.bank_of(self.banks, d), list(d.data.get("chosen", []))
            if pressed == "back":
                return self._go(turn, d.at("pick"))
            if pressed and pressed.isdigit() and int(pressed) < len(bank.questions):
                qid = bank.questions[int(pressed)].id
                if qid in chosen:
                    chosen.remove(qid)
                else:
                    chosen.append(qid)
                nd = d.at("cat", chosen=chosen)
                return Outcome(nd, [replace(self.prompt(turn, nd), replace=True)])
            return self._again(turn, d, "Tap a number to add or remove that question.")
        if d.step == "warn":
            if pressed == "save":
                return self._save(turn, d)
            return self._go(turn, d.at("pick"))
        if pressed in CATEGORIES:
            return self._go(turn, d.at("cat", cat=pressed))
        if pressed == "done":
            warnings = prep.validate_selection(
                d.data.get("chosen", []), banks_choice.bank_of(self.banks, d)
            )
            if warnings:
                return self._go(turn, d.at("warn", warnings=warnings))
            return self._save(turn, d)
        return self._again(turn, d, "Open a category, or tap <b>Done</b>.")

    def _save(self, turn: Turn, d: Dialogue) -> Outcome:
        bank, chosen = banks_choice.bank_of(self.banks, d), d.data.get("chosen", [])
        contact = d.data.get("contact")
        texts = tuple(q.text for qid in chosen if (q := bank.question(qid)) is not None)
        effect = SaveQuestions(d.inst, bank.field, texts, contact[0] if contact else None)
        sheet = prep.cheat_sheet(bank, chosen, contact[1] if contact else None)
        saved = (
            f"💾 Saved for your meeting with {esc(contact[1])}: it will be in the prep reminder."
            if contact
            else "💾 Saved. Here's your cheat-sheet:"
        )
        return Outcome(None, [Reply(saved), Reply(sheet)], [effect], show_menu=True)
