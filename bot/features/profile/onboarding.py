"""/start: name, target field, time zone; then the main menu or a deep-linked flow."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.engine.field_spelling import spelled_field
from bot.engine.fields import explored, is_reply, topic_of, undecided
from bot.engine.flow import Outcome
from bot.engine.models import Dialogue, Turn
from bot.engine.steps import Answer, Ask, FlowData, Go, Invalid, Step, StepFlow
from bot.engine.text import (
    capitalised,
    clipped,
    name_answer,
    name_parts,
    untitled,
    use_as_name_choice,
)
from bot.engine.timezones import parse_timezone
from bot.engine.ui import Reply, esc
from bot.features.profile import zones
from bot.features.profile.effects import SaveProfile
from bot.features.profile.names import (
    Heard,
    as_given,
    called_of,
    heard_typed,
    put_right,
    whole_given,
)

DEFAULT_FIELDS: tuple[str, ...] = (
    "Software engineering",
    "Data & analytics",
    "Product management",
    "UX & design",
    "Marketing",
    "Finance",
    "Healthcare",
    "Nonprofit & public sector",
    "Education",
)
MAX_FIELD_CHARS = 200
UNDECIDED = "Not sure yet"
"""The field of someone still choosing, which the general bank serves."""
WELCOME = ("👋 Hi! I'm your informational-interview coach. I'll help you ask people in a "
           "field for a short advice chat, prepare and rehearse it, and follow up at the "
           "right moments. Setup takes three quick questions.")


class S(StrEnum):
    DROP, AGAIN, NAME, FIELD, TZ = "drop", "again", "name", "field", "tz"


def ask_drop(turn: Turn, data: Profile) -> Ask:
    title = esc((data.interrupted or {}).get("title") or "something")
    return Ask(f"You're in the middle of {title}. Go back to it, or leave it and start over?",
               (("↩️ Go back to it", "back_to"), ("🔄 Start over", "over")), per_row=1)


def read_drop(turn: Turn, data: Profile, a: Answer) -> Any:
    was = data.interrupted or {}
    if a.pressed == "back_to" and was.get("flow"):
        return Outcome(Dialogue(was["flow"], str(was["step"]), int(was["inst"]),
                                dict(was.get("data") or {})), where=True)
    if a.pressed == "over":
        return Go(data.but(interrupted=None), S.AGAIN if turn.user.onboarded else S.NAME)
    return Invalid("Tap <b>Go back to it</b> or <b>Start over</b>.")


@dataclass(frozen=True)
class Profile(FlowData):
    name: str = ""
    called: str = ""  # what they asked to be called, where it is not their first name
    field: str = ""
    then: str | None = None  # the command a deep link asked for, opened once set up
    maybe_name: str = ""  # typed at "what should I call you?" but read like a sentence
    maybe_field: str = ""  # typed at "which field?" but read like a name or a reply
    interrupted: dict | None = None  # the dialogue /start arrived in the middle of


def ask_again(turn: Turn, data: Profile) -> Ask:
    u = turn.user
    exploring = ("still deciding what to explore" if u.field == UNDECIDED else
                 f"exploring <b>{esc(explored(u.field or ''))}</b>")  # not "exploring not sure yet"
    return Ask(f"You're already set up as <b>{esc(u.name)}</b>, {exploring}, "
               f"time zone <b>{esc(u.tz)}</b>. Keep this or start over?",
               (("Keep it", "keep"), ("Redo setup", "redo")))


def read_again(turn: Turn, data: Profile, a: Answer) -> Any:
    if a.pressed == "keep":
        return _done(data, [Reply("Great, nothing changed.")])
    if a.pressed == "redo":
        return data
    return Invalid("Please tap <b>Keep it</b> or <b>Redo setup</b>.")


_NAME_FIX = re.compile(
    r"^\W*(?:(?:ha+|haha|lol|oops|sorry|no|nope|nah|actually|wait)\b[\s,!.]*)+(?:my\s+name'?s|"
    r"my\s+names|my\s+name\s+is|call\s+me|(?:the\s+)?name'?s)\s+(?P<name>[^\W\d_][\w'-]*(?-i:\s+[A-Z][\w'-]*)?)",
    re.IGNORECASE)
"""A name put right at the next question: "ha no, my name's Raj not alright"."""


def name_fixed(text: str, data: Profile) -> Heard | None:
    """The name put right at "which field?", or None: "ha no, my name's Raj", "it's Mei Lin,
    not Mei", "Mei Lin please" after "Nice to meet you, Mei!"."""
    fixed = _NAME_FIX.search(text)
    return put_right(text, fixed["name"] if fixed else None, data.name, called(data))


def ask_name(turn: Turn, data: Profile) -> Ask:
    mine = ((f"Call me {turn.first_name[:40]}", "tgname"),) if turn.first_name else ()
    return Ask("What should I call you?", (*mine, *use_as_name_choice(data.maybe_name)),
               per_row=1)


def heard_name(turn: Turn, a: Answer, pending: str,
               as_typed: bool = True) -> tuple[Heard | None, str, Reply | None]:
    """(heard, typed, doubt): the name to store and to call them by, or what was typed and
    why to ask about it once — shared by setup and /settings so a name is read the same way
    in both. Setup keeps the full name typed next to a nickname ("Marisol Fuentes, Mari is
    fine"); /settings, which asks for the name "as you'd sign an email", `as_typed=False`,
    signs with the nickname ("Mari Fuentes")."""
    if a.pressed == "tgname" and turn.first_name.strip():
        mine = turn.first_name.strip()
        return Heard(mine, called_of(mine)), "", None
    said, typed = heard_typed(a.text) if a.text and not a.pressed else (None, a.text)
    if said:  # "Mei Lin, please! … that is my first name, Chen is my last name"
        return said, "", None
    # "its Tom, Tom Whitaker", "Kwame, please. Thank you.": the name, not the sentence
    name, why = name_answer(typed, a.pressed, pending)
    if name:
        name = capitalised(name)
        full = as_given(a.text, name) if a.text and not a.pressed and as_typed else name
        return Heard(full, whole_given(a.text or "", name) or called_of(name)), "", None
    return None, typed, Reply(f"Hmm, {why}. Just the name you'd like me to use, e.g. <i>Sam</i>"
                              " — or tap the button if that really is it.")


def signing_note(name: str, called: str) -> str:
    """How drafts are signed, said only when it differs from the name used in greetings."""
    signed = untitled(name)
    return f" Drafts will be signed <b>{esc(signed)}</b>." if signed != called else ""


def called(data: Profile) -> str:
    """What setup calls the user: what they asked for, else their first name."""
    return data.called or called_of(data.name)


def read_name(turn: Turn, data: Profile, a: Answer) -> Any:
    heard, typed, doubt = heard_name(turn, a, data.maybe_name)
    if heard:
        return data.but(name=heard.full, called=heard.called, maybe_name="")
    if not a.text:
        return Invalid("I didn't catch a name. What should I call you?")
    return Go(data.but(maybe_name=typed), S.NAME, say=[doubt])


def ask_tz(turn: Turn, data: Profile) -> Ask:
    return Ask(zones.ASK, zones.CHOICES)


def _done(data: Profile, replies: list[Reply], effects: list | None = None) -> Outcome:
    if data.then:
        return Outcome(None, replies, effects or [], next_flow=data.then)
    return Outcome(None, replies, effects or [], show_menu=True)


def not_fit_as_field(field: str) -> Invalid | None:
    """Why a field as read cannot be stored (no letters in it, or a paragraph), or None."""
    if not any(c.isalpha() for c in field):  # "", "²", "42", "🙂": no field in it
        return Invalid("Tell me a field or role, e.g. <i>product design</i>.")
    if len(field) > MAX_FIELD_CHARS:
        return Invalid(f"That's {len(field)} characters; a field name fits in "
                       f"{MAX_FIELD_CHARS}. Try a few words, e.g. <i>renewable energy "
                       "finance</i>.")
    return None


def field_typed(text: str) -> str:
    """The field in what was typed: "honestly not sure yet" is undecided, "I want to move into
    nursing informatics" is nursing informatics, "no idea, maybe marketing?" is marketing;
    "softwear engineering" is software engineering, since drafts say it back."""
    return UNDECIDED if undecided(text) else spelled_field(topic_of(text))


def doubt_about_field(typed: str, names: set[str], knows_field: Callable[[str], bool],
                      fields: tuple[str, ...]) -> str | None:
    """Why an answer at "which field?" reads like something else — the user's name, a
    person's name, a place, a reply — or None. Asked once; typed again, it is kept."""
    lowered = typed.lower().strip(" .!?")
    if is_reply(typed) or CHANGED_MIND.match(typed) or ("?" in typed and not knows_field(
            topic_of(typed))):  # "prob product management?": a field, hedged
        return "that reads like a reply rather than a field"
    if lowered in {n.lower() for n in names} - {""}:
        return "that's your name — I have it already"
    if _OWN_WORK.match(topic_of(typed)):  # "I was a GP in Kabul for twelve years"
        return "that sounds like the work you do or did, not the one you're exploring"
    words = typed.split()
    title, _ = name_parts(typed)
    looks_named = 1 < len(words) <= 3 and all(w[:1].isupper() and w[1:].islower()
                                               and w.replace("-", "").isalpha()
                                               for w in words if w != title)
    if (title or looks_named) and not knows_field(typed) and typed not in fields:
        return "that looks like a person's name"
    if len(words) <= 3 and not any(c.isdigit() for c in typed) and not knows_field(
            typed) and typed not in fields and parse_timezone(typed):
        return "that looks like a place"  # "Leeds"
    return None


_OWN_WORK = re.compile(r"^\W*(?:i\s+(?:was|am|'m|have\s+been|'ve\s+been|worked|work)|i'?m|im)\b",
                       re.IGNORECASE)
"""A field answer that is still about the user's own job: no goal was found in it."""
CHANGED_MIND = re.compile(r"^\W*(?:(?:actually|oh|um+|hmm+|wait|no|ok|okay)[\s,.!]+)*(?:never"
                          r"\s*mind|nvm|forget\s+it|leave\s+it|keep\s+it|no\s+change|cancel|don'?t\s+"
                          r"change\s+it)\b", re.IGNORECASE)
"""Typed at the field question, a change of mind ("actually never mind") is no field."""


class Onboarding(StepFlow[Profile]):
    name = "ob"
    title = "your setup"
    Data = Profile

    def __init__(self, fields: tuple[str, ...] = DEFAULT_FIELDS,
                 knows_field: Callable[[str], bool] = lambda text: False) -> None:
        self.fields = fields
        self.knows_field = knows_field  # "fintech", "Data Science": a field the banks know
        self.steps = (
            Step(S.DROP, "whether to leave what you were doing", ask_drop, read_drop,
                 back=False, when=lambda d: False),
            Step(S.AGAIN, "keep or redo your profile", ask_again, read_again, back=False,
                 when=lambda d: False),
            Step(S.NAME, "your name", ask_name, read_name, back=False),
            Step(S.FIELD, "your target field", self.ask_field, self.read_field),
            Step(S.TZ, "your time zone", ask_tz, self.read_tz),
        )

    def initial(self, turn: Turn, payload: Any) -> Profile:
        if isinstance(payload, dict):
            return Profile(interrupted=payload.get("interrupted"))
        return Profile(then=payload if isinstance(payload, str) else None)

    def first_step(self, turn: Turn, data: Profile) -> str:
        if data.interrupted:
            return S.DROP
        return S.AGAIN if turn.user.onboarded else S.NAME

    def intro(self, turn: Turn, data: Profile) -> list[Reply]:
        return [] if turn.user.onboarded else [Reply(WELCOME)]

    def ask_field(self, turn: Turn, data: Profile) -> Ask:
        keep = ((f"✅ Use “{clipped(data.maybe_field)}” as the field", "as_field"),) \
            if data.maybe_field else ()
        hello = esc(called(data))  # "Dana", not "Dr. Dana Whitfield"; "Mei Lin", not "Mei"
        return Ask(f"Nice to meet you, {hello}! Which field or role are you exploring? "
                   "Tap one or type your own (e.g. <i>climate policy</i>).",
                   [*((f, str(i)) for i, f in enumerate(self.fields)), *keep])

    def read_field(self, turn: Turn, data: Profile, a: Answer) -> Any:
        fixed = name_fixed(a.text or "", data) if a.pressed is None else None
        if fixed:  # "ha no, my name's Raj not alright": the name put right, then the field
            return Go(data.but(name=fixed.full, called=fixed.called, maybe_field=""), S.FIELD,
                      say=[Reply(f"Sorry about that, {esc(fixed.called)}!")])
        field = field_typed(a.text) if a.text else ""  # "I want to move into X" → "X"
        if field == UNDECIDED and a.pressed is None:
            return data.but(field=UNDECIDED, maybe_field="")  # "honestly not sure yet tbh"
        if a.pressed == "as_field" and data.maybe_field:
            field = data.maybe_field
        elif a.pressed is not None:
            i = a.pressed
            field = self.fields[int(i)] if i.isdecimal() and int(i) < len(self.fields) else ""
        elif field and field != data.maybe_field:
            why = self.not_a_field(turn, data, a.text.strip())
            if why:
                why += " — I'll ask where you are next" if why.endswith("place") else ""
                return Go(data.but(maybe_field=field), S.FIELD, say=[Reply(
                    f"Hmm, {why}. Which field or role are you exploring, e.g. <i>nursing "
                    "informatics</i>? Tap the button if that really is it.")])
        wrong = not_fit_as_field(field)
        return wrong or data.but(field=field, maybe_field="")

    def not_a_field(self, turn: Turn, data: Profile, typed: str) -> str | None:
        return doubt_about_field(typed, {data.name or "", turn.first_name}, self.knows_field,
                                 self.fields)

    def read_tz(self, turn: Turn, data: Profile, a: Answer) -> Outcome | Invalid:
        tz = zones.read_zone(a)
        if isinstance(tz, Invalid):
            return tz
        profile = SaveProfile(name=data.name, field=data.field, tz=tz)
        exploring = ("Still deciding what to explore (that's what these conversations are "
                     "for)" if profile.field == UNDECIDED else
                     f"Exploring <b>{esc(explored(profile.field))}</b>")
        hello = called(data)
        done = Reply(f"All set, <b>{esc(hello)}</b>! {exploring}, time zone "
                     f"{esc(zones.describe(tz, turn.now))}.{signing_note(profile.name, hello)} "
                     "You can change the time zone any time in /settings.")
        return _done(data, [done], [profile])
