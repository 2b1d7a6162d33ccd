"""/settings: time zone and quiet hours (when no reminder may arrive)."""

from __future__ import annotations

from bot.engine.effects import SaveSettings
from bot.engine.flow import Event, NonText, Outcome, Press, TextIn, non_text_reprompt
from bot.engine.models import Dialogue, Turn
from bot.engine.timezones import parse_quiet_hours
from bot.engine.ui import Reply, esc, rows, step_button
from bot.features.profile import zones

QUIET_CHOICES: tuple[tuple[str, str], ...] = (
    ("21:00", "08:00"),
    ("22:00", "07:00"),
    ("20:00", "09:00"),
    ("23:00", "06:00"),
)
TITLES = {
    "menu": "the settings menu",
    "tz": "your time zone",
    "quiet": "your quiet hours",
    "cadence": "how often to keep in touch",
}
CADENCES = (4, 6, 8, 12, 16)


class SettingsFlow:
    name = "set"
    title = "your settings"

    def start(self, turn: Turn, inst: int, payload: str | None = None) -> Outcome:
        d = Dialogue(self.name, "menu", inst, {})
        return Outcome(d, [self.prompt(turn, d)])

    def step_title(self, d: Dialogue) -> str:
        return TITLES.get(d.step, d.step)

    def prompt(self, turn: Turn, d: Dialogue) -> Reply:
        u = turn.user
        tz = d.data.get("tz", u.tz)
        qs, qe = d.data.get("quiet", (u.quiet_start, u.quiet_end))
        weeks = d.data.get("weeks", u.keep_in_touch_weeks)
        back = (step_button(d, "⬅️ Back", "back"),)
        if d.step == "tz":
            return Reply(zones.ASK, rows(zones.zone_buttons(d), 2) + (back,))
        if d.step == "cadence":
            buttons = [step_button(d, f"{w} weeks", str(w)) for w in CADENCES]
            return Reply(
                "How often should I remind you to keep in touch with people you've met? Every "
                "2–4 months works well; any logged contact restarts the count. Tap or type weeks.",
                rows(buttons, 3) + (back,),
            )
        if d.step == "quiet":
            buttons = [step_button(d, f"{s}–{e}", str(i)) for i, (s, e) in enumerate(QUIET_CHOICES)]
            return Reply(
                "During quiet hours I send no reminders; one that falls due waits until they end. "
                "Tap a range or type one like <i>22:30-07:00</i>.",
                rows(buttons, 2) + (back,),
            )
        return Reply(
            "<b>Your settings</b>\n"
            f"Time zone: {esc(zones.describe(tz, turn.now))}\n"
            f"Quiet hours: {qs}–{qe}\n"
            f"Keep in touch: every {weeks} weeks",
            rows(
                [
                    step_button(d, "🌍 Time zone", "tz"),
                    step_button(d, "🌙 Quiet hours", "quiet"),
                    step_button(d, "🌱 Keep-in-touch", "cadence"),
                    step_button(d, "✅ Done", "done"),
                ],
                2,
            ),
        )

    def handle(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
        if isinstance(event, NonText):
            return non_text_reprompt(self, turn, d, event.kind)
        if isinstance(event, Press) and event.value == "back":
            nd = d.at("menu")
            return Outcome(nd, [self.prompt(turn, nd)])
        if d.step == "menu":
            if isinstance(event, Press) and event.value in ("tz", "quiet", "cadence"):
                nd = d.at(event.value)
                return Outcome(nd, [self.prompt(turn, nd)])
            if isinstance(event, Press) and event.value == "done":
                return Outcome(None, [Reply("Settings saved.")], show_menu=True)
            return Outcome(
                d, [Reply("Tap one of the buttons below, or /cancel."), self.prompt(turn, d)]
            )
        if d.step == "tz":
            tz = None
            if isinstance(event, Press):
                tz = zones.zone_from_press(event.value)
            elif isinstance(event, TextIn):
                tz = zones.zone_from_text(event.text)
                if tz is None:
                    return Outcome(
                        d,
                        [
                            Reply(zones.NOT_A_ZONE.format(text=esc(event.text[:100]))),
                            self.prompt(turn, d),
                        ],
                    )
            if tz is None:
                return Outcome(d, [self.prompt(turn, d)])
            nd = d.at("menu", tz=tz)
            return Outcome(
                nd,
                [
                    Reply(f"Time zone set to {esc(zones.describe(tz, turn.now))}."),
                    self.prompt(turn, nd),
                ],
                [SaveSettings(tz=tz)],
            )
        if d.step == "cadence":
            raw = (
                event.value
                if isinstance(event, Press)
                else (
                    event.text.lower().replace("weeks", "").strip()
                    if isinstance(event, TextIn)
                    else ""
                )
            )
            if not raw.isdigit() or not 2 <= int(raw) <= 26:
                return Outcome(
                    d,
                    [
                        Reply("Type a number of weeks from 2 to 26, or tap one."),
                        self.prompt(turn, d),
                    ],
                )
            nd = d.at("menu", weeks=int(raw))
            return Outcome(
                nd,
                [Reply(f"Keep-in-touch reminders every {int(raw)} weeks."), self.prompt(turn, nd)],
                [SaveSettings(keep_in_touch_weeks=int(raw))],
            )
        # quiet hours
        quiet = None
        if (
            isinstance(event, Press)
            and event.value.isdigit()
            and int(event.value) < len(QUIET_CHOICES)
        ):
            quiet = QUIET_CHOICES[int(event.value)]
        elif isinstance(event, TextIn):
            quiet = parse_quiet_hours(event.text)
            if quiet is None:
                return Outcome(
                    d,
                    [
                        Reply(
                            f"I couldn't read <b>{esc(event.text[:100])}</b> as a range of hours. "
                            "Type it like <i>22:00-07:00</i> (start, a dash, end)."
                        ),
                        self.prompt(turn, d),
                    ],
                )
        if quiet is None:
            return Outcome(d, [self.prompt(turn, d)])
        nd = d.at("menu", quiet=list(quiet))
        return Outcome(
            nd,
            [Reply(f"Quiet hours set to {quiet[0]}–{quiet[1]}."), self.prompt(turn, nd)],
            [SaveSettings(quiet_start=quiet[0], quiet_end=quiet[1])],
        )
