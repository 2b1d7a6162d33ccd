"""/practice: a mock meeting with a persona from a field's bank, in two modes.

*You ask*: the persona answers the questions the user types, as the contact would, with
coaching notes and a simulated clock. *They ask*: the persona asks the questions contacts
ask back, and each answer gets feedback at once. Both end in a scorecard kept in the
user's history. The session's state lives in the dialogue row, so a restart resumes it.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from bot.banks import choice as banks_choice
from bot.banks.model import Bank
from bot.engine.flow import Outcome
from bot.engine.models import Turn
from bot.engine.steps import Answer, Ask, FlowData, Go, Invalid, Step, StepFlow
from bot.engine.text import first_name
from bot.engine.ui import Reply, esc
from bot.features.practice.cues import CONFIRM_TEXT
from bot.features.practice.effects import SavePractice
from bot.features.practice.matcher import Matcher
from bot.features.practice.persona import opening_line
from bot.features.practice.render import render_scorecard
from bot.features.practice.scorecard import scorecard
from bot.features.practice.state import TheyAskState, state_from_dict
from bot.features.practice.they_ask import current_ask_back, start_they_ask, they_ask_turn
from bot.features.practice.you_ask import start_you_ask, you_ask_turn

MODE_NAMES = {"you_ask": "you ask", "they_ask": "they ask"}
END_CHOICE = (("🏁 End and see my scorecard", "end"),)


class S(StrEnum):
    FIELD, MODE, MINUTES, LIVE = "field", "mode", "minutes", "live"


@dataclass(frozen=True)
class Session(FlowData):
    history: list[dict] = dataclasses.field(default_factory=list)  # newest first
    field: str = ""
    state: dict[str, Any] = dataclasses.field(default_factory=dict)  # the engine's state, as JSON
    run: int = 0  # this session's number: which order the questions come in
    cue: str = ""  # what the meeting shows under the last reply (their question, the clock)
    guess: bool = False  # the persona asked "did you mean …?": offer a Yes button


class PracticeFlow(StepFlow[Session]):
    name = "prac"
    title = "a practice meeting"
    Data = Session

    def __init__(self, banks: dict[str, Bank], matchers: dict[str, Matcher] | None = None
                 ) -> None:
        self.banks = banks
        # Shareable between apps built on the same banks (tests and restarts build many).
        self._matchers: dict[str, Matcher] = {} if matchers is None else matchers
        self.steps = (
            Step(S.FIELD, "choosing a field", self.ask_field, self.read_field),
            Step(S.MODE, "choosing a mode", self.ask_mode, self.read_mode, back=False),
            Step(S.MINUTES, "choosing a length", self.ask_minutes, self.read_minutes,
                 back=False),
            Step(S.LIVE, "the meeting is under way", self.ask_live, self.read_live,
                 reask=self.where_we_are, back=False,
                 not_text="In the meeting you'd be talking, not sending a {kind}: type what "
                 "you would say."),
        )

    def matcher(self, bank: Bank) -> Matcher:
        """Built once per field, then kept: matching itself is then fast."""
        if bank.field not in self._matchers:
            self._matchers[bank.field] = Matcher.for_bank(bank)
        return self._matchers[bank.field]

    def warm_up(self) -> None:
        """Every field's matcher (20 ms each), so no user's first question waits for one."""
        for bank in self.banks.values():
            self.matcher(bank)

    def initial(self, turn: Turn, payload: Any) -> Session:
        history = payload.get("history", []) if isinstance(payload, dict) else []
        return Session(history=history[:10])

    def bank(self, data: Session) -> Bank:
        return banks_choice.bank_of(self.banks, data.field)

    def persona_says(self, data: Session, text: str) -> str:
        return f"🧑‍💼 <b>{esc(first_name(self.bank(data).persona.name))}:</b> {esc(text)}"

    # --- before the meeting ------------------------------------------------------------------
    def ask_field(self, turn: Turn, data: Session) -> Ask:
        return Ask("🎭 Let's rehearse. Which field is the person you'll meet in?",
                   banks_choice.choices(self.banks, turn.user.field))

    def read_field(self, turn: Turn, data: Session, a: Answer) -> Session | Invalid:
        chosen = banks_choice.chosen_field(self.banks, a)
        return data.but(field=chosen) if chosen else Invalid("Tap one of the fields.")

    def ask_mode(self, turn: Turn, data: Session) -> Ask:
        p = self.bank(data).persona
        return Ask(f"You'll meet <b>{esc(p.name)}</b>, {esc(p.role)} at {esc(p.organisation)} "
                   f"({p.years} years in the field). How do you want to practise?",
                   (("🙋 You ask the questions", "you_ask"), ("🎤 They ask you", "they_ask")),
                   per_row=1)

    def read_mode(self, turn: Turn, data: Session, a: Answer) -> Any:
        if a.pressed == "you_ask":
            return Go(data, S.MINUTES)
        if a.pressed == "they_ask":
            bank = self.bank(data)
            return self.begin(data, start_they_ask(bank, turn.now, seed=self.seed(data)))
        return Invalid("Tap one of the two modes.")

    def ask_minutes(self, turn: Turn, data: Session) -> Ask:
        return Ask("How long did they give you?", (("20 minutes", "20"), ("30 minutes", "30")))

    def read_minutes(self, turn: Turn, data: Session, a: Answer) -> Any:
        if a.pressed in ("20", "30"):
            return self.begin(data, start_you_ask(self.bank(data), int(a.pressed), turn.now))
        return Invalid("Tap 20 or 30 minutes.")

    def seed(self, data: Session) -> int:
        """Each session asks its questions in another order."""
        return data.run

    def begin(self, data: Session, state: Any) -> Go[Session]:
        how = ("Type your questions as you would ask them. Thank them and offer to wrap up "
               "when time is nearly up — that's part of the score."
               if state.mode == "you_ask"
               else "Answer as you would out loud. You'll get feedback on each answer.")
        opening = opening_line(state, self.bank(data))
        return Go(data.but(state=state.to_dict(), cue=self.persona_says(data, opening)), S.LIVE,
                  say=[Reply(f"🎬 The meeting starts. {how}")])

    # --- the meeting -------------------------------------------------------------------------
    def ask_live(self, turn: Turn, data: Session) -> Ask:
        """Under the persona's reply: their next question, or the clock."""
        if data.cue:
            confirm = ((f"✅ {CONFIRM_TEXT}", "yes"),) if data.guess else ()
            return Ask(data.cue, (*confirm, *END_CHOICE), per_row=1)
        return self.where_we_are(turn, data)

    def where_we_are(self, turn: Turn, data: Session) -> Ask:
        """After a restart or a message that is not an answer: who, and how far in."""
        state = state_from_dict(data.state)
        if isinstance(state, TheyAskState):
            text = self.persona_says(data, current_ask_back(state, self.bank(data)) or "")
        else:
            text = (f"🧑‍💼 You're in your meeting with {esc(self.bank(data).persona.name)} "
                    f"(⏱ {state.elapsed:.0f} of {state.minutes} min). Type your next question.")
        return Ask(text, END_CHOICE)

    def read_live(self, turn: Turn, data: Session, a: Answer) -> Any:
        state = state_from_dict(data.state)
        if a.pressed == "end":
            return self.end(turn, data, state, [])
        if a.pressed == "yes" and not data.guess:  # an old "Yes, that one": nothing to confirm
            return Invalid("Type what you would say.")
        text = CONFIRM_TEXT if a.pressed == "yes" else a.raw  # "did you mean …?" yes
        if not text:
            return Invalid("Type what you would say.")
        if isinstance(state, TheyAskState):
            return self.answered(turn, data, state, text, a.at or turn.now)
        return self.asked(turn, data, state, text)

    def answered(self, turn: Turn, data: Session, state: Any, text: str, at: datetime) -> Any:
        """They ask: feedback on the answer, then their next question."""
        state, fb = they_ask_turn(state, self.bank(data), text, at)
        notes = "\n".join(f"• {esc(n)}" for n in fb.notes)
        replies = [Reply(f"💡 <b>Feedback</b> ({fb.words} words, {fb.seconds} s)\n{notes}")]
        if fb.ended:
            return self.end(turn, data, state, replies)
        cue = self.persona_says(data, fb.next_question or "")
        return Go(data.but(state=state.to_dict(), cue=cue, guess=False), S.LIVE, say=replies)

    def asked(self, turn: Turn, data: Session, state: Any, text: str) -> Any:
        """You ask: the persona's answer, coaching, and the clock."""
        bank = self.bank(data)
        state, result = you_ask_turn(state, bank, self.matcher(bank), text, turn.now)
        lines = [self.persona_says(data, result.reply)]
        if result.time_hint:
            lines.append(self.persona_says(data, result.time_hint))
        replies = [Reply("\n\n".join(lines))]
        if result.coaching:
            replies.append(Reply("💡 " + "\n💡 ".join(esc(c) for c in result.coaching)))
        if result.ended:
            return self.end(turn, data, state, replies)
        clock = f"⏱ {result.elapsed_minutes:.0f} of {state.minutes} min"
        return Go(data.but(state=state.to_dict(), cue=clock, guess=bool(result.guess_id)),
                  S.LIVE, say=replies)

    def end(self, turn: Turn, data: Session, state: Any, replies: list[Reply]) -> Outcome:
        card = scorecard(state)
        text = render_scorecard(card)
        same_mode = [h for h in data.history if h.get("mode") == card.mode]
        scores = [f"{h['score'] / 10:.1f}" for h in reversed(same_mode[:4])
                  if h.get("score") is not None]
        if scores:
            text += (f"\n\n📈 Your last {MODE_NAMES[card.mode]} sessions: "
                     f"{' → '.join(scores)} → <b>{card.score:.1f}</b> now")
        effect = SavePractice(
            field=card.field, mode=card.mode, score=round(card.score * 10),
            scorecard=json.dumps(card.to_dict(), ensure_ascii=False),
            started_at=datetime.fromisoformat(state.started_at), ended_at=turn.now,
        )
        return Outcome(None, [*replies, Reply(text)], [effect], show_menu=True)
