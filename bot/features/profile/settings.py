"""/settings: the name used, the field explored, time zone, quiet hours (when no reminder
may arrive), keep-in-touch cadence.

A menu step and five settings, each saved as soon as it is answered; Back from any of
them returns to the menu. The field is here too, so someone whose plans change need not
redo their whole setup (and lose their name and time zone) to rehearse in another field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from bot.engine.fields import explored
from bot.engine.flow import Outcome
from bot.engine.models import Turn
from bot.engine.steps import Answer, Ask, FlowData, Go, Invalid, Step, StepFlow
from bot.engine.text import (
    USE_AS_NAME,
    clipped,
    name_parts,
    use_as_name_choice,
)
from bot.engine.timezones import parse_quiet_hours
from bot.engine.ui import Reply, esc
from bot.features.profile import zones
from bot.features.profile.effects import SaveSettings
from bot.features.profile.onboarding import (
    CHANGED_MIND,
    DEFAULT_FIELDS,
    UNDECIDED,
    doubt_about_field,
    field_typed,
    heard_name,
    not_fit_as_field,
    signing_note,
)

QUIET_CHOICES: tuple[tuple[str, str], ...] = (
    ("21:00", "08:00"),
    ("22:00", "07:00"),
    ("20:00", "09:00"),
    ("23:00", "06:00"),
)
CADENCES = (4, 6, 8, 12, 16)


class S(StrEnum):
    MENU, NAME, FIELD, TZ, QUIET, CADENCE = "menu", "name", "field", "tz", "quiet", "cadence"


@dataclass(frozen=True)
class Changes(FlowData):
    """What was changed in this visit, shown in the menu before the profile is re-read."""

    tz: str | None = None
    quiet: list[str] = field(default_factory=list)
    weeks: int | None = None
    field: str | None = None
    maybe_field: str = ""  # typed once though it looked like a name or a place
    name: str | None = None
    maybe_name: str = ""  # typed once though it read like a sentence


def _exploring(field_name: str) -> str:
    """The field after "Exploring:"; someone undecided is "still deciding", as setup says."""
    return "still deciding" if field_name == UNDECIDED else explored(field_name)


def ask_menu(turn: Turn, data: Changes) -> Ask:
    u = turn.user
    qs, qe = data.quiet or (u.quiet_start, u.quiet_end)
    return Ask("<b>Your settings</b>\n"
               f"Name: {esc(data.name or u.name or '')}\n"
               f"Exploring: {esc(_exploring(data.field or u.field or ''))}\n"
               f"Time zone: {esc(zones.describe(data.tz or u.tz, turn.now))}\n"
               f"Quiet hours: {qs}–{qe}\n"
               f"Keep in touch: every {data.weeks or u.keep_in_touch_weeks} weeks",
               (("👤 Name", S.NAME), ("🎯 Field", S.FIELD), ("🌍 Time zone", S.TZ),
                ("🌙 Quiet hours", S.QUIET), ("🌱 Keep-in-touch", S.CADENCE), ("✅ Done", "done")))


def read_menu(turn: Turn, data: Changes, a: Answer) -> Any:
    if a.pressed in (S.NAME, S.FIELD, S.TZ, S.QUIET, S.CADENCE):
        return Go(data, a.pressed)
    if a.pressed == "done":
        changed = data.name or data.field or data.tz or data.quiet or data.weeks
        return Outcome(None, [Reply("Settings saved." if changed else "Nothing changed.")],
                       show_menu=True)
    return Invalid("Tap one of the buttons below, or /cancel.")


def ask_name(turn: Turn, data: Changes) -> Ask:
    mine = ((f"Call me {turn.first_name[:40]}", "tgname"),) if turn.first_name else ()
    return Ask("What should I call you? Type the name you'd like, as you'd sign an email.",
               (*mine, *use_as_name_choice(data.maybe_name)), per_row=1)


def read_name(turn: Turn, data: Changes, a: Answer) -> Go[Changes] | Invalid:
    if not a.pressed and CHANGED_MIND.match(a.text or ""):  # "actually never mind"
        return Go(data.but(maybe_name=""), S.MENU, [Reply("Kept your name as it was.")])
    heard, typed, doubt = heard_name(turn, a, data.maybe_name, as_typed=False)
    if not heard:
        if not a.text:
            return Invalid("I didn't catch a name. What should I call you?")
        return Go(data.but(maybe_name=typed), S.NAME, [doubt] if doubt else [])
    name, nick = heard.full, heard.called
    held = data.name or turn.user.name or ""
    title, rest = name_parts(held)
    if (len(name.split()) == 1 or name == nick) and len(rest) > 1 and a.pressed != USE_AS_NAME:
        # "use Olumide instead": the name they go by, with the surname drafts are signed with;
        # "call me Mei Lin" of Mei Lin Chen: the name held already says it
        name = held if _starts(nick, rest) else " ".join(w for w in (title, nick, rest[-1]) if w)
    return Go(data.but(name=name, maybe_name=""), S.MENU,
              [Reply(f"I'll call you <b>{esc(nick)}</b>.{signing_note(name, nick)}"
                     " Drafts already written keep the name they were signed with.")],
              [SaveSettings(name=name)])


def _starts(nick: str, names: list[str]) -> bool:
    """Whether a name held begins with the one asked for ("Mei Lin" of "Mei Lin Chen")."""
    said = nick.lower().split()
    return [w.lower() for w in names[:len(said)]] == said


def ask_tz(turn: Turn, data: Changes) -> Ask:
    return Ask(zones.ASK, zones.CHOICES)


def read_tz(turn: Turn, data: Changes, a: Answer) -> Go[Changes] | Invalid:
    tz = zones.read_zone(a)
    if isinstance(tz, Invalid):
        return tz
    return Go(data.but(tz=tz), S.MENU, [Reply(f"Time zone set to "
                                              f"{esc(zones.describe(tz, turn.now))}.")],
              [SaveSettings(tz=tz)])


def ask_quiet(turn: Turn, data: Changes) -> Ask:
    return Ask("During quiet hours I send no reminders; one that falls due waits until they "
               "end. Tap a range or type one like <i>22:30-07:00</i>.",
               [(f"{s}–{e}", str(i)) for i, (s, e) in enumerate(QUIET_CHOICES)])


def read_quiet(turn: Turn, data: Changes, a: Answer) -> Go[Changes] | Invalid:
    if a.pressed is not None:
        i = a.pressed
        if not (i.isdecimal() and int(i) < len(QUIET_CHOICES)):
            return Invalid("Tap a range, or type one like <i>22:00-07:00</i>.")
        quiet = QUIET_CHOICES[int(i)]
    else:
        quiet = parse_quiet_hours(a.text)
        if quiet is None:
            return Invalid(f"I couldn't read <b>{esc(a.text[:100])}</b> as a range of hours. "
                           "Type it like <i>22:00-07:00</i> (start, a dash, end).")
    return Go(data.but(quiet=list(quiet)), S.MENU,
              [Reply(f"Quiet hours set to {quiet[0]}–{quiet[1]}.")],
              [SaveSettings(quiet_start=quiet[0], quiet_end=quiet[1])])


def ask_cadence(turn: Turn, data: Changes) -> Ask:
    return Ask("How often should I remind you to keep in touch with people you've met? Every "
               "2–4 months works well; any logged contact restarts the count. Tap or type weeks.",
               [(f"{w} weeks", str(w)) for w in CADENCES], per_row=3)


def read_cadence(turn: Turn, data: Changes, a: Answer) -> Go[Changes] | Invalid:
    raw = a.pressed if a.pressed is not None else a.text.lower().replace("weeks", "").strip()
    if not raw.isdecimal() or not 2 <= int(raw) <= 26:
        return Invalid("Type a number of weeks from 2 to 26, or tap one.")
    weeks = int(raw)
    return Go(data.but(weeks=weeks), S.MENU, [Reply(f"Keep-in-touch reminders every {weeks} "
                                                    "weeks.")],
              [SaveSettings(keep_in_touch_weeks=weeks)])


class SettingsFlow(StepFlow[Changes]):
    name = "set"
    title = "your settings"
    Data = Changes

    def __init__(self, fields: tuple[str, ...] = DEFAULT_FIELDS,
                 knows_field: Callable[[str], bool] = lambda text: False) -> None:
        self.fields = fields
        self.knows_field = knows_field
        self.steps = (
            Step(S.MENU, "the settings menu", ask_menu, read_menu, back=False),
            Step(S.NAME, "your name", ask_name, read_name, back_to=S.MENU),
            Step(S.FIELD, "the field you're exploring", self.ask_field, self.read_field,
                 back_to=S.MENU),
            Step(S.TZ, "your time zone", ask_tz, read_tz, back_to=S.MENU),
            Step(S.QUIET, "your quiet hours", ask_quiet, read_quiet, back_to=S.MENU),
            Step(S.CADENCE, "how often to keep in touch", ask_cadence, read_cadence,
                 back_to=S.MENU),
        )

    def ask_field(self, turn: Turn, data: Changes) -> Ask:
        keep = ((f"✅ Use “{clipped(data.maybe_field)}” as the field", "as_field"),) \
            if data.maybe_field else ()
        return Ask("Which field or role are you exploring now? Tap one or type your own (e.g. "
                   "<i>climate policy</i>).",
                   [*((f, str(i)) for i, f in enumerate(self.fields)), *keep])

    def read_field(self, turn: Turn, data: Changes, a: Answer) -> Go[Changes] | Invalid:
        if a.pressed == "as_field" and data.maybe_field:
            chosen = data.maybe_field
        elif a.pressed is not None:
            i = a.pressed
            if not (i.isdecimal() and int(i) < len(self.fields)):
                return Invalid("Tap a field, or type your own.")
            chosen = self.fields[int(i)]
        else:
            if CHANGED_MIND.match(a.text or ""):  # "actually never mind"
                return Go(data.but(maybe_field=""), S.MENU, [Reply("Kept your field as it was.")])
            chosen = field_typed(a.text or "")
            wrong = not_fit_as_field(chosen)
            if wrong:
                return wrong
            why = doubt_about_field((a.text or "").strip(), {turn.user.name or "",
                                                            turn.first_name}, self.knows_field,
                                    self.fields) if chosen != data.maybe_field else None
            if why and chosen != UNDECIDED:
                return Go(data.but(maybe_field=chosen), S.FIELD, [Reply(
                    f"Hmm, {why}. Tap ✅ below if that really is the field.")])
        practice = "" if chosen == UNDECIDED or self.knows_field(chosen) or (
            chosen in self.fields) else (" /practice will offer the fields it has contacts in;"
                                         " pick the nearest.")
        now = ("Noted: still deciding what to explore (that's what these conversations are "
               "for)" if chosen == UNDECIDED else f"Now exploring <b>{esc(_exploring(chosen))}</b>")
        return Go(data.but(field=chosen, maybe_field=""), S.MENU,
                  [Reply(f"{now}. Your name, time zone and everything you've saved stay as they"
                         f" were.{practice}")],
                  [SaveSettings(field=chosen)])
