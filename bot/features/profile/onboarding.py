"""/start: name, target field, time zone; then the main menu or a deep-linked flow."""

from __future__ import annotations

from bot.engine.effects import SaveProfile
from bot.engine.flow import Event, NonText, Outcome, Press, TextIn, non_text_reprompt
from bot.engine.models import Dialogue, Turn
from bot.engine.ui import Reply, esc, rows, step_button
from bot.features.menu import main_menu
from bot.features.profile import zones

STEPS = ("name", "field", "tz")
TITLES = {
    "again": "keep or redo your profile",
    "name": "your name",
    "field": "your target field",
    "tz": "your time zone",
}

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


class Onboarding:
    name = "ob"
    title = "setting you up"

    def __init__(self, fields: tuple[str, ...] = DEFAULT_FIELDS) -> None:
        self.fields = fields

    def start(self, turn: Turn, inst: int, payload: str | None = None) -> Outcome:
        data = {"then": payload} if payload else {}
        if turn.user.onboarded:
            d = Dialogue(self.name, "again", inst, data)
        else:
            d = Dialogue(self.name, "name", inst, data)
        intro = (
            []
            if turn.user.onboarded
            else [
                Reply(
                    "👋 Hi! I'm your informational-interview coach. I'll help you ask people in a "
                    "field for a short advice chat, prepare and rehearse it, and follow up at the "
                    "right moments. Setup takes three quick questions."
                )
            ]
        )
        return Outcome(d, [*intro, self.prompt(turn, d)])

    def step_title(self, d: Dialogue) -> str:
        return TITLES.get(d.step, d.step)

    def prompt(self, turn: Turn, d: Dialogue) -> Reply:
        back = [step_button(d, "⬅️ Back", "back")]
        if d.step == "again":
            u = turn.user
            return Reply(
                f"You're already set up as <b>{esc(u.name)}</b>, exploring <b>{esc(u.field)}</b>, "
                f"time zone <b>{esc(u.tz)}</b>. Keep this or start over?",
                rows([step_button(d, "Keep it", "keep"), step_button(d, "Redo setup", "redo")]),
            )
        if d.step == "name":
            buttons = []
            if turn.first_name:
                buttons = [step_button(d, f"Call me {turn.first_name[:40]}", "tgname")]
            return Reply("What should I call you?", rows(buttons))
        if d.step == "field":
            buttons = [step_button(d, f, str(i)) for i, f in enumerate(self.fields)]
            return Reply(
                f"Nice to meet you, {esc(d.data['name'])}! Which field or role are you "
                "exploring? Tap one or type your own (e.g. <i>climate policy</i>).",
                rows(buttons, 2) + (tuple(back),),
            )
        return Reply(zones.ASK, rows(zones.zone_buttons(d), 2) + (tuple(back),))

    def handle(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
        if isinstance(event, NonText):
            return non_text_reprompt(self, turn, d, event.kind)
        if isinstance(event, Press) and event.value == "back":
            i = STEPS.index(d.step) if d.step in STEPS else 0
            prev = d.at(STEPS[max(i - 1, 0)])
            return Outcome(prev, [self.prompt(turn, prev)])
        if d.step == "again":
            return self._again(turn, d, event)
        if d.step == "name":
            return self._name(turn, d, event)
        if d.step == "field":
            return self._field(turn, d, event)
        return self._tz(turn, d, event)

    def _again(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
        if isinstance(event, Press) and event.value == "keep":
            return self._finish(turn, d, kept=True)
        if isinstance(event, Press) and event.value == "redo":
            nd = d.at("name")
            return Outcome(nd, [self.prompt(turn, nd)])
        return Outcome(
            d, [Reply("Please tap <b>Keep it</b> or <b>Redo setup</b>."), self.prompt(turn, d)]
        )

    def _name(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
        if isinstance(event, Press) and event.value == "tgname" and turn.first_name:
            name = turn.first_name.strip()
        elif isinstance(event, TextIn):
            name = " ".join(event.text.split())
        else:
            name = ""
        if not name:
            return Outcome(
                d, [Reply("I didn't catch a name. What should I call you?"), self.prompt(turn, d)]
            )
        nd = d.at("field", name=name)
        return Outcome(nd, [self.prompt(turn, nd)])

    def _field(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
        field = ""
        if (
            isinstance(event, Press)
            and event.value.isdigit()
            and int(event.value) < len(self.fields)
        ):
            field = self.fields[int(event.value)]
        elif isinstance(event, TextIn):
            field = " ".join(event.text.split())
        if not field:
            return Outcome(
                d,
                [
                    Reply("Tell me a field or role, e.g. <i>product design</i>."),
                    self.prompt(turn, d),
                ],
            )
        if len(field) > MAX_FIELD_CHARS:
            return Outcome(
                d,
                [
                    Reply(
                        f"That's {len(field)} characters; a field name fits in {MAX_FIELD_CHARS}. "
                        "Try a few words, e.g. <i>renewable energy finance</i>."
                    ),
                    self.prompt(turn, d),
                ],
            )
        nd = d.at("tz", field=field)
        return Outcome(nd, [self.prompt(turn, nd)])

    def _tz(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
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
        profile = SaveProfile(name=d.data["name"], field=d.data["field"], tz=tz)
        done = Reply(
            f"All set, <b>{esc(profile.name)}</b>! Exploring <b>{esc(profile.field)}</b>, "
            f"time zone {esc(zones.describe(tz, turn.now))}. "
            "You can change these any time in /settings."
        )
        out = self._finish(turn, d, kept=False)
        out.replies.insert(0, done)
        out.effects.append(profile)
        return out

    def _finish(self, turn: Turn, d: Dialogue, kept: bool) -> Outcome:
        target = d.data.get("then")
        replies = [Reply("Great, nothing changed.")] if kept else []
        if target:
            return Outcome(None, replies, next_flow=target)
        replies.append(main_menu())
        return Outcome(None, replies)
