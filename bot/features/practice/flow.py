"""/practice: a mock meeting with a persona from a field's bank, in two modes.

*You ask*: the persona answers the questions the user types, as the contact
would, with coaching notes and a simulated clock. *They ask*: the persona asks
the questions contacts ask back, and each answer gets feedback at once. Both
end in a scorecard kept in the user's history. The engine state lives in the
dialogue row, so a restart resumes the session.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from bot.banks import choice as banks_choice
from bot.banks.model import Bank
from bot.engine.effects import SavePractice
from bot.engine.flow import Event, NonText, Outcome, Press, StepFlow, TextIn
from bot.engine.models import Dialogue, Turn
from bot.engine.ui import Reply, esc, rows, step_button
from bot.features.practice import engine
from bot.features.practice.matcher import Matcher

TITLES: dict[str, str] = {
    "field": "choosing a field",
    "mode": "choosing a mode",
    "minutes": "choosing a length",
    "live": "the meeting is under way",
}
MODE_NAMES = {"you_ask": "you ask", "they_ask": "they ask"}


class PracticeFlow(StepFlow):
    titles = TITLES
    name = "prac"
    title = "a practice meeting"
    wants_history = True

    def __init__(self, banks: dict[str, Bank], matchers: dict[str, Matcher] | None = None
                 ) -> None:
        self.banks = banks
        # Shareable between apps built on the same banks (tests and restarts build many).
        self._matchers: dict[str, Matcher] = {} if matchers is None else matchers

    def matcher(self, bank: Bank) -> Matcher:
        """Built once per field, then kept: matching itself is then fast."""
        if bank.field not in self._matchers:
            self._matchers[bank.field] = Matcher.for_bank(bank)
        return self._matchers[bank.field]

    def warm_up(self) -> None:
        """Every field's matcher (20 ms each), so no user's first question waits for one."""
        for bank in self.banks.values():
            self.matcher(bank)

    def start(self, turn: Turn, inst: int, payload: Any = None) -> Outcome:
        history = (payload or {}).get("history", []) if isinstance(payload, dict) else []
        d = Dialogue(self.name, "field", inst, {"history": history[:10]})
        return Outcome(d, [self.prompt(turn, d)])

    def prompt(self, turn: Turn, d: Dialogue) -> Reply:
        if d.step == "field":
            return banks_choice.field_prompt(
                self.banks,
                d,
                turn.user.field,
                "🎭 Let's rehearse. Which field is the person you'll meet in?",
            )
        bank = banks_choice.bank_of(self.banks, d)
        p = bank.persona
        if d.step == "mode":
            return Reply(
                f"You'll meet <b>{esc(p.name)}</b>, {esc(p.role)} at {esc(p.organisation)} "
                f"({p.years} years in the field). How do you want to practise?",
                rows(
                    [
                        step_button(d, "🙋 You ask the questions", "you_ask"),
                        step_button(d, "🎤 They ask you", "they_ask"),
                    ],
                    1,
                ),
            )
        if d.step == "minutes":
            return Reply(
                "How long did they give you?",
                rows([step_button(d, "20 minutes", "20"), step_button(d, "30 minutes", "30")], 2),
            )
        state = engine.state_from_dict(d.data["state"])
        if isinstance(state, engine.TheyAskState):
            question = engine.current_ask_back(state, bank) or ""
            text = f"🧑‍💼 <b>{esc(p.name.split()[0])}:</b> {esc(question)}"
        else:
            text = (
                f"🧑‍💼 You're in your meeting with {esc(p.name)} "
                f"(⏱ {state.elapsed:.0f} of {state.minutes} min). Type your next question."
            )
        return Reply(text, self._end_button(d))

    def _end_button(self, d: Dialogue) -> tuple:
        return rows([step_button(d, "🏁 End and see my scorecard", "end")])

    def handle(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
        pressed = event.value if isinstance(event, Press) else None
        if d.step == "field":
            field = banks_choice.chosen_field(self.banks, event)
            if field is None:
                return self._again(turn, d, "Tap one of the fields.")
            return self._go(turn, d.at("mode", field=field))
        if d.step == "mode":
            if pressed == "you_ask":
                return self._go(turn, d.at("minutes"))
            if pressed == "they_ask":
                bank = banks_choice.bank_of(self.banks, d)
                state = engine.start_they_ask(bank, turn.now, seed=d.inst)
                return self._begin(turn, d, state, engine.opening_line(state, bank))
            return self._again(turn, d, "Tap one of the two modes.")
        if d.step == "minutes":
            if pressed in ("20", "30"):
                bank = banks_choice.bank_of(self.banks, d)
                state = engine.start_you_ask(bank, int(pressed), turn.now)
                return self._begin(turn, d, state, engine.opening_line(state, bank))
            return self._again(turn, d, "Tap 20 or 30 minutes.")
        return self._live(turn, d, event)

    def _begin(self, turn: Turn, d: Dialogue, state: Any, opening: str) -> Outcome:
        nd = d.at("live", state=state.to_dict())
        name = esc(banks_choice.bank_of(self.banks, d).persona.name.split()[0])
        how = (
            "Type your questions as you would ask them. Thank them and offer to wrap up "
            "when time is nearly up — that's part of the score."
            if state.mode == "you_ask"
            else "Answer as you would out loud. You'll get feedback on each answer."
        )
        return Outcome(
            nd,
            [
                Reply(f"🎬 The meeting starts. {how}"),
                Reply(f"🧑‍💼 <b>{name}:</b> {esc(opening)}", self._end_button(nd)),
            ],
        )

    def _live(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
        bank = banks_choice.bank_of(self.banks, d)
        state = engine.state_from_dict(d.data["state"])
        if isinstance(event, Press) and event.value == "end":
            return self._finish(turn, d, state, [])
        if isinstance(event, Press) and event.value == "yes":  # "did you mean …?" confirmed
            event = TextIn(engine.CONFIRM_TEXT, turn.now)
        if isinstance(event, NonText):
            return Outcome(
                d,
                [
                    Reply(
                        f"In the meeting you'd be talking, not sending a "
                        f"{event.kind}: type what you would say."
                    ),
                    self.prompt(turn, d),
                ],
            )
        if not isinstance(event, TextIn) or not event.text.strip():
            return self._again(turn, d, "Type what you would say.")
        name = esc(bank.persona.name.split()[0])
        if isinstance(state, engine.TheyAskState):
            answered_at = event.at or turn.now
            state, fb = engine.they_ask_turn(state, bank, event.text, answered_at)
            notes = "\n".join(f"• {esc(n)}" for n in fb.notes)
            replies = [Reply(f"💡 <b>Feedback</b> ({fb.words} words, {fb.seconds} s)\n{notes}")]
            if fb.ended:
                return self._finish(turn, d, state, replies)
            nd = d.at("live", state=state.to_dict())
            replies.append(
                Reply(f"🧑‍💼 <b>{name}:</b> {esc(fb.next_question or '')}", self._end_button(nd))
            )
            return Outcome(nd, replies)
        state, result = engine.you_ask_turn(state, bank, self.matcher(bank), event.text, turn.now)
        lines = [f"🧑‍💼 <b>{name}:</b> {esc(result.reply)}"]
        if result.time_hint:
            lines.append(f"🧑‍💼 <b>{name}:</b> {esc(result.time_hint)}")
        replies = [Reply("\n\n".join(lines))]
        if result.coaching:
            replies.append(Reply("💡 " + "\n💡 ".join(esc(c) for c in result.coaching)))
        if result.ended:
            return self._finish(turn, d, state, replies)
        nd = d.at("live", state=state.to_dict())
        buttons = self._end_button(nd)
        if result.guess_id:
            buttons = rows([step_button(nd, f"✅ {engine.CONFIRM_TEXT}", "yes")]) + buttons
        replies.append(Reply(f"⏱ {result.elapsed_minutes:.0f} of {state.minutes} min", buttons))
        return Outcome(nd, replies)

    def _finish(self, turn: Turn, d: Dialogue, state: Any, replies: list[Reply]) -> Outcome:
        card = engine.scorecard(state)
        text = engine.render_scorecard(card)
        history = [h for h in d.data.get("history", []) if h.get("mode") == card.mode]
        if history:
            scores = [
                f"{h['score'] / 10:.1f}"
                for h in reversed(history[:4])
                if h.get("score") is not None
            ]
            if scores:
                text += (
                    f"\n\n📈 Your last {MODE_NAMES[card.mode]} sessions: "
                    f"{' → '.join(scores)} → <b>{card.score:.1f}</b> now"
                )
        effect = SavePractice(
            inst=d.inst,
            field=card.field,
            mode=card.mode,
            score=round(card.score * 10),
            scorecard=json.dumps(card.to_dict(), ensure_ascii=False),
            started_at=datetime.fromisoformat(state.started_at),
            ended_at=turn.now,
        )
        return Outcome(None, [*replies, Reply(text)], [effect], show_menu=True)
