"""/practice: a mock meeting with a persona from a field's bank, in two modes.

*You ask*: the persona answers the questions the user types, as the contact would, with
coaching notes and a simulated clock. *They ask*: the persona asks the questions contacts
ask back, and each answer gets feedback at once. Both end in a scorecard kept in the
user's history. The session's state lives in the dialogue row, so a restart resumes it.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from bot.banks import choice as banks_choice
from bot.banks.model import Bank
from bot.engine.flow import Outcome
from bot.engine.models import Dialogue, Turn
from bot.engine.steps import Answer, Ask, FlowData, Go, Invalid, Step, StepFlow
from bot.engine.text import first_name, role_said
from bot.engine.ui import Reply, esc
from bot.features.practice import generative, spoken
from bot.features.practice.countries import lives_abroad
from bot.features.practice.cues import CONFIRM_TEXT, SECOND_TEXT, resumes
from bot.features.practice.effects import SavePractice
from bot.features.practice.matcher import Matcher
from bot.features.practice.people import (
    nearest_first,
    next_persona,
    persona_id,
    persona_of,
    personas,
    works_in,
)
from bot.features.practice.persona import opening_line
from bot.features.practice.render import render_scorecard
from bot.features.practice.scorecard import scorecard
from bot.features.practice.state import TheyAskState, state_from_dict
from bot.features.practice.they_ask import (
    answer_back_for,
    answered_back,
    current_ask_back,
    start_they_ask,
    they_ask_turn,
)
from bot.features.practice.understand import read_message
from bot.features.practice.you_ask import start_you_ask, you_ask_turn

MODE_NAMES = {"you_ask": "you ask", "they_ask": "they ask"}
END_CHOICE = (("🏁 End and see my scorecard", "end"),)
_DONE = re.compile(r"\W*(?:(?:ok|okay|no|nah|nope)\b[\s,!.]*)?(?:thanks?|thank\s+you|ty|cheers|"
                   r"done|that'?s\s+(?:all|it)|nothing|i'?m\s+(?:good|done|alright|ok|fine)|"
                   r"all\s+good|bye|not\s+(?:now|really|today)|no\s+more(?:\s+questions)?|"
                   r"(?:no|nope|nah)\W*$)", re.IGNORECASE)
"""Declining the turn in words: "no thanks", "done for now", "nothing for now, thank you"."""
NEXT_MINUTES = 20
"""The length of the meeting that follows "they ask", when the user asks the same person."""


class S(StrEnum):
    FIELD, PERSONA, MODE, MINUTES, LIVE = "field", "persona", "mode", "minutes", "live"
    NEXT = "next"  # after "they ask": the user's turn to ask the same person


@dataclass(frozen=True)
class Session(FlowData):
    history: list[dict] = dataclasses.field(default_factory=list)  # newest first
    field: str = ""
    state: dict[str, Any] = dataclasses.field(default_factory=dict)  # the engine's state, as JSON
    run: int = 0  # this session's number: which order the questions come in
    cue: str = ""  # what the meeting shows under the last reply (their question, the clock)
    guess: bool = False  # the persona asked "did you mean …?": offer a Yes button
    alt: bool = False  # … "or …?": a button for the second option too
    persona: str = ""  # the id of the persona met (a bank may have several)
    sessions: int = 0  # sessions held before this one: which answer variants it hears
    said: list[list[str]] = dataclasses.field(default_factory=list)  # #12: model context
    follow_on: bool = False  # "you ask" straight after "they ask": kept out of progress
    heard: list[str] = dataclasses.field(default_factory=list)  # answered back in "they ask"


class PracticeFlow(StepFlow[Session]):
    name = "prac"
    title = "a practice meeting"
    Data = Session

    def __init__(self, banks: dict[str, Bank], matchers: dict[str, Matcher] | None = None,
                 generative: bool = False) -> None:
        self.banks = banks
        self.generative = generative  # #12: replies may be written by the optional model
        # Shareable between apps built on the same banks (tests and restarts build many).
        self._matchers: dict[str, Matcher] = {} if matchers is None else matchers
        self.steps = (
            Step(S.FIELD, "choosing a field", self.ask_field, self.read_field),
            Step(S.PERSONA, "choosing who to meet", self.ask_persona, self.read_persona,
                 when=self.several_personas),
            Step(S.MODE, "choosing a mode", self.ask_mode, self.read_mode, back=False),
            Step(S.MINUTES, "choosing a length", self.ask_minutes, self.read_minutes,
                 back=False),
            Step(S.LIVE, "talking with your contact", self.ask_live, self.read_live,
                 reask=self.where_we_are, back=False,
                 not_text="In the meeting you'd be talking, not sending a {kind}: type what "
                 "you would say."),
            Step(S.NEXT, "deciding whether to ask your own questions", self.ask_next,
                 self.read_next, back=False, not_text="Type your first question for them, or"
                 " tap Done."),
        )

    def matcher(self, bank: Bank) -> Matcher:
        """Built once per field, then kept: matching itself is then fast."""
        if bank.field not in self._matchers:
            self._matchers[bank.field] = Matcher.for_bank(bank)
        return self._matchers[bank.field]

    def warm_up(self) -> None:
        """Every field's matcher (about 80 ms each), so no user's first question waits for one."""
        for bank in self.banks.values():
            self.matcher(bank)

    def mid_way(self, d: Any) -> bool:
        """In a meeting: /practice again shows where the user is rather than starting over
        (after "they ask" its scorecard is saved, so a new start loses nothing)."""
        return d.step == S.LIVE

    def hears_voice(self, d: Any) -> bool:
        """#12: in the meeting a voice note is an answer (the shell transcribes it)."""
        return d.step in (S.LIVE, S.NEXT)

    def initial(self, turn: Turn, payload: Any) -> Session:
        payload = payload if isinstance(payload, dict) else {}
        history = payload.get("history", [])
        return Session(history=history[:10], sessions=int(payload.get("count", len(history))))

    def bank(self, data: Session) -> Bank:
        return banks_choice.bank_of(self.banks, data.field)

    def persona(self, data: Session) -> Any:
        return persona_of(self.bank(data), data.persona)

    def persona_says(self, data: Session, text: str) -> str:
        return f"🧑‍💼 <b>{esc(first_name(self.persona(data).name))}:</b> {esc(text)}"

    # --- before the meeting ------------------------------------------------------------------
    def ask_field(self, turn: Turn, data: Session) -> Ask:
        return Ask("🎭 Let's rehearse. Which field is the person you'll meet in?",
                   banks_choice.choices(self.banks, turn.user.field))

    def read_field(self, turn: Turn, data: Session, a: Answer) -> Session | Invalid:
        chosen = banks_choice.chosen_field(self.banks, a)
        if not chosen:
            return Invalid("Tap one of the fields.")
        data = data.but(field=chosen)
        # Someone new by default: the next persona after the one met last in this field.
        met = [h.get("persona") for h in data.history if h.get("field") == chosen]
        people = personas(self.bank(data))
        names = [p.name for p in people]
        after = names.index(met[0]) + 1 if met and met[0] in names else data.sessions
        return data.but(persona=persona_id(next_persona(self.bank(data), after)))

    def several_personas(self, data: Session) -> bool:
        return len(personas(self.bank(data))) > 1

    def ask_persona(self, turn: Turn, data: Session) -> Ask:
        """Who to meet: each persona in a line, always in the same order (a thumb that taps
        "1" by habit gets the same person), someone not met yet marked 🆕. Where each works
        is said when the field has several countries or the user lives in none of them (a
        Seattle user learned the contacts were British only when pay came in pounds)."""
        people = nearest_first(self.bank(data), turn.user.tz)
        countries = {p.country for p in people}
        say_where = len(countries) > 1 or any(lives_abroad(turn.user.tz, c) for c in countries)
        lines = [f"• <b>{esc(p.name)}</b>, {esc(role_said(p.role))} at {esc(p.organisation)}"
                 f" ({f'{p.country}, ' if say_where else ''}{p.years} years)"
                 for p in people]
        met = [h.get("persona") for h in data.history
               if h.get("field") == data.field and h.get("persona")]
        last = f"\nLast time you met {esc(met[0])}." if met else ""
        return Ask("👥 Who would you like to meet?\n" + "\n".join(lines) + last,
                   tuple((f"{'🆕 ' if met and p.name not in met else ''}{p.name}",
                          persona_id(p) or str(i)) for i, p in enumerate(people)), per_row=1)

    def read_persona(self, turn: Turn, data: Session, a: Answer) -> Session | Invalid:
        people = personas(self.bank(data))
        typed = (a.pressed or a.text or "").strip().lower()
        for p in people:
            if typed and typed in (persona_id(p).lower(), p.name.lower(),
                                   first_name(p.name).lower()):
                return data.but(persona=persona_id(p))
        return Invalid("Tap the person you'd like to meet.")

    def ask_mode(self, turn: Turn, data: Session) -> Ask:
        p = self.persona(data)
        return Ask(f"You'll meet <b>{esc(p.name)}</b>, {esc(role_said(p.role))} at "
                   f"{esc(p.organisation)} "
                   f"({p.years} years in the field). How do you want to practise?",
                   (("🙋 You ask the questions", "you_ask"), ("🎤 They ask you", "they_ask")),
                   per_row=1)

    def read_mode(self, turn: Turn, data: Session, a: Answer) -> Any:
        if a.pressed == "you_ask":
            return Go(data, S.MINUTES)
        if a.pressed == "they_ask":
            bank = self.bank(data)
            return self.begin(data, start_they_ask(bank, turn.now, seed=self.seed(data),
                                                   persona_id=data.persona,
                                                   variant=data.sessions))
        return Invalid("Tap one of the two modes.")

    def ask_minutes(self, turn: Turn, data: Session) -> Ask:
        return Ask("How long did they give you?", (("20 minutes", "20"), ("30 minutes", "30")))

    def read_minutes(self, turn: Turn, data: Session, a: Answer) -> Any:
        typed = re.fullmatch(r"\W*(20|30)\s*(?:min(?:ute)?s?|mins?)?\W*", a.raw or "", re.I)
        minutes = a.pressed or (typed.group(1) if typed else None)  # "20 minutes", typed
        if minutes in ("20", "30"):
            return self.begin(data, start_you_ask(self.bank(data), int(minutes), turn.now,
                                                  persona_id=data.persona,
                                                  variant=data.sessions,
                                                  abroad=self.abroad(turn, data)))
        return Invalid("Tap 20 or 30 minutes.")

    def abroad(self, turn: Turn, data: Session) -> bool:
        """Whether the user lives outside the country the contact works in."""
        return lives_abroad(turn.user.tz, works_in(self.bank(data), data.persona))

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
            return Ask(data.cue, (*self.guesses(data), *END_CHOICE), per_row=1)
        return self.where_we_are(turn, data)

    @staticmethod
    def guesses(data: Session) -> tuple[tuple[str, str], ...]:
        """The buttons of a "did you mean …?" still open: a yes, or the first and the second."""
        if data.guess and data.alt:
            return (("1️⃣ The first one", "yes"), (f"2️⃣ {SECOND_TEXT}", "alt"))
        return ((f"✅ {CONFIRM_TEXT}", "yes"),) if data.guess else ()

    def says_where(self, d: Dialogue) -> bool:
        """Whether the step's own prompt says where the user is ("You're in your meeting with
        …, 4 of 30 min"), so a restart need not say it first as well."""
        return d.step == S.LIVE

    def where_we_are(self, turn: Turn, data: Session) -> Ask:
        """After a restart or a message that is not an answer: who, and how far in."""
        state = state_from_dict(data.state)
        if isinstance(state, TheyAskState):
            text = self.persona_says(data, current_ask_back(state, self.bank(data)) or "")
        else:
            person = self.persona(data)
            text = (f"🧑‍💼 You're in your meeting with {esc(person.name)} "
                    f"(⏱ {round(state.elapsed, 1):.0f} of {state.minutes} min). ")
            if state.time_up:  # no next question now: their offer, reworded as time ran out
                text += (f"{esc(person.name.split()[0])} has to stop there: say your last word"
                         + (", or say yes to the introduction they offered." if
                            state.awaiting == "offer" and not state.declined else "."))
            elif state.pending_guess and data.guess:  # "did you mean …?", asked before the
                # restart: asked again, with its buttons
                said = [q.text for q in map(self.bank(data).question, (
                    state.pending_guess, state.pending_alt)) if q is not None]
                text += (f"{esc(person.name.split()[0])} asked whether you meant "
                         + ", or ".join(f"“{esc(t)}”" for t in said)
                         + (" " if said and said[-1].endswith("?") else ". ")
                         + "Pick one, or put your question another way.")
                return Ask(text, (*self.guesses(data), *END_CHOICE), per_row=1)
            elif state.awaiting_text and not state.declined:  # they asked something, which the
                # answer still awaits (an offer turned down is kept a turn, for a change of mind)
                text += (f"{esc(person.name.split()[0])} asked: “{esc(state.awaiting_text)}” "
                         "Answer them, or type your next question.")
            else:
                text += "Type your next question."
        return Ask(text, END_CHOICE)

    def read_live(self, turn: Turn, data: Session, a: Answer) -> Any:
        state = state_from_dict(data.state)
        if a.pressed == "end":
            return self.end(turn, data, state, [])
        if a.pressed in ("yes", "alt") and not data.guess:  # an old button: nothing to confirm
            return Invalid("Type what you would say.")
        text = {"yes": CONFIRM_TEXT, "alt": SECOND_TEXT}.get(a.pressed or "", a.raw)
        if not text:
            return Invalid("Type what you would say.")
        if isinstance(state, TheyAskState) and not re.search(r"\w", text):
            # "?" or "👍" is no answer to score: their question still stands
            return Invalid("That didn't look like an answer. Type what you would say to them,"
                           " in a sentence or two.")
        if isinstance(state, TheyAskState) and resumes(text):
            # "Hello, I'm back. Where were we?" is no answer to score: their question again
            asked = current_ask_back(state, self.bank(data))
            who = esc(first_name(self.persona(data).name))
            if asked:
                return Invalid(f"No problem, welcome back! {who} had asked: <i>{esc(asked)}</i>")
        if isinstance(state, TheyAskState):  # #12: a voice note's pace, after the feedback
            return spoken.with_pace(self.answered(turn, data, state, text, a.at or turn.now),
                                    text, a.spoken)
        return spoken.with_pace(self.asked(turn, data, state, text), text, a.spoken)

    def answered(self, turn: Turn, data: Session, state: Any, text: str, at: datetime) -> Any:
        """They ask: feedback on the answer, then their next question."""
        bank = self.bank(data)
        asked = current_ask_back(state, bank) or ""  # #12: the model's context
        state, fb = they_ask_turn(state, bank, text, at,
                                  answer_back_for(bank, self.matcher(bank), state))
        notes = "\n".join(f"• {esc(n)}" for n in fb.notes)
        words = f"{fb.words} word{'' if fb.words == 1 else 's'}"
        replies = [Reply(f"💡 <b>Feedback</b> ({words})\n{notes}")] if fb.notes or not fb.ended \
            else []  # a goodbye typed: nothing to give feedback on
        if fb.ended:
            if fb.reaction:
                replies.append(Reply(self.persona_says(data, fb.reaction)))
            return self.end(turn, data, state, replies)
        said = f"{fb.reaction}\n\n{fb.next_question or ''}" if fb.reaction else fb.next_question
        cue = self.persona_says(data, said or "")
        if self.generative:  # #12: the optional model leads in from the answer
            replies[0], data = generative.follow_up(data, replies[0], self.persona(data), text,
                                                    asked, fb.next_question or "", said or "")
        return Go(data.but(state=state.to_dict(), cue=cue, guess=False), S.LIVE, say=replies)

    def asked(self, turn: Turn, data: Session, state: Any, text: str) -> Any:
        """You ask: the persona's answer, coaching, and the clock."""
        bank = self.bank(data)
        state, result = you_ask_turn(state, bank, self.matcher(bank), text, turn.now)
        lines = [self.persona_says(data, result.reply)]
        if result.time_hint:
            lines.append(self.persona_says(data, result.time_hint))
        replies = [Reply("\n\n".join(lines))]
        if self.generative:  # #12: the optional model may say the answer in its own words
            replies[0], data = generative.answer(data, replies[0], self.persona(data), text,
                                                 result, state)
        if result.coaching:
            replies.append(Reply("💡 " + "\n💡 ".join(esc(c) for c in result.coaching)))
        if result.ended:
            return self.end(turn, data, state, replies)
        clock = f"⏱ {result.elapsed_minutes:.0f} of {state.minutes} min"
        return Go(data.but(state=state.to_dict(), cue=clock, guess=bool(result.guess_id),
                           alt=bool(result.alt_id)), S.LIVE, say=replies)

    def end(self, turn: Turn, data: Session, state: Any, replies: list[Reply]) -> Outcome:
        card = scorecard(state)
        text = render_scorecard(card)
        # the same kind of meeting in the same field: a nurse manager's questions and a
        # marketer's are not one trend
        same_mode = [h for h in data.history if h.get("mode") == card.mode and not h.get("short")
                     and h.get("field", card.field) == card.field]
        scores = [f"{h['score'] / 10:.1f}" for h in reversed(same_mode[:4])
                  if h.get("score") is not None]
        mode = MODE_NAMES[card.mode]
        if data.follow_on and not card.short:  # a short one's card says it is not counted
            text += ("\n\nThis round followed on from their questions, so it is kept out of your"
                     " progress, as said at the start. Start /practice for a meeting that counts.")
        elif scores and card.short:
            text += (f"\n\nA short session isn't counted in your progress. Your last full"
                     f" \u201c{mode}\u201d session scored <b>{scores[-1]}</b>.")
        elif scores:
            trend = "📈" if card.score >= float(scores[-1]) else "📉"
            text += (f"\n\n{trend} Your progress in \u201c{mode}\u201d sessions: "
                     f"{' → '.join(scores)} → <b>{card.score:.1f}</b> now")
        effect = SavePractice(
            field=card.field, mode=card.mode, score=round(card.score * 10),
            scorecard=json.dumps({**card.to_dict(), **({"follow_on": True} if data.follow_on
                                                        else {})}, ensure_ascii=False),
            started_at=datetime.fromisoformat(state.started_at), ended_at=turn.now,
        )
        if card.mode == "they_ask":  # the persona handed over: the user's turn to ask
            heard = answered_back(state, self.bank(data))
            return Go(data.but(state={}, cue="", guess=False, alt=False, heard=heard), S.NEXT,
                      say=[*replies, Reply(text)], effects=[effect])
        return Outcome(None, [*replies, Reply(text)], [effect], show_menu=True)

    # --- after "they ask": the same person, the user's questions ------------------------------
    def ask_next(self, turn: Turn, data: Session) -> Ask:
        name = esc(first_name(self.persona(data).name))
        return Ask(f"🙋 Your turn: type your first question for {name} and you'll have"
                   f" {NEXT_MINUTES} minutes, or tap Done.", (("✅ Done for now", "done"),))

    def read_next(self, turn: Turn, data: Session, a: Answer) -> Any:
        reading = read_message(a.raw or "")
        question = a.pressed != "done" and (reading.move == "question" or bool(reading.questions))
        if not question and (a.pressed == "done" or _DONE.match(a.raw or "")):
            return Outcome(None, [Reply("Good practice. Come back to /practice any time.")],
                           show_menu=True)  # "no thanks, that was really helpful" is a Done
        if not question:
            return Invalid("Type your first question for them, or tap Done.")
        state = start_you_ask(self.bank(data), NEXT_MINUTES, turn.now,
                              persona_id=data.persona, variant=data.sessions,
                              abroad=self.abroad(turn, data))
        state.told_background = True  # they have just heard "tell me about yourself"
        state.times_asked = dict.fromkeys(data.heard, 1)  # answered back: "As I mentioned…"
        outcome = self.asked(turn, data.but(run=data.run + 1, follow_on=True), state, a.raw)
        start = Reply(f"🎬 {NEXT_MINUTES} minutes start now. Thank them and offer to wrap up"
                      " when time is nearly up — that's part of the score. (This round follows"
                      " on from their questions, so it is kept out of your progress.)")
        if isinstance(outcome, Go):
            return dataclasses.replace(outcome, say=[start, *outcome.say])
        return outcome
