"""The time-zone question, shared by onboarding and /settings."""

from __future__ import annotations

from datetime import datetime

from bot.engine.models import Dialogue
from bot.engine.timezones import COMMON_ZONES, local_time, parse_timezone
from bot.engine.ui import Button, step_button

ASK = (
    "Which time zone are you in? I use it so reminders arrive at a sensible hour.\n"
    "Tap one, or type a city (<i>Madrid</i>), a zone name (<i>America/Toronto</i>) "
    "or an offset (<i>UTC+5:30</i>)."
)
NOT_A_ZONE = (
    "I couldn't read <b>{text}</b> as a time zone. Try a city like <i>Lisbon</i>, "
    "a name like <i>Europe/Lisbon</i>, or an offset like <i>UTC-3</i>."
)


def zone_buttons(d: Dialogue) -> list[Button]:
    return [step_button(d, label, str(i)) for i, (label, _) in enumerate(COMMON_ZONES)]


def zone_from_press(value: str) -> str | None:
    if value.isdigit() and int(value) < len(COMMON_ZONES):
        return COMMON_ZONES[int(value)][1]
    return None


def zone_from_text(text: str) -> str | None:
    return parse_timezone(text)


def describe(tz: str, now: datetime) -> str:
    return f"{tz} (it is {local_time(tz, now)} there now)"
