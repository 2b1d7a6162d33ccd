"""The time-zone question, shared by onboarding and /settings."""

from __future__ import annotations

from datetime import datetime

from bot.engine.steps import Answer, Invalid
from bot.engine.text import CLOCK, local
from bot.engine.timezones import COMMON_ZONES, is_fixed_offset, parse_timezone, several_zones
from bot.engine.ui import esc

ASK = (
    "Which time zone are you in? I use it so reminders arrive at a sensible hour.\n"
    "Tap one, or type a city (<i>Madrid</i>, <i>NYC</i>), an abbreviation (<i>EST</i>, "
    "<i>CET</i>), a zone name (<i>America/Toronto</i>) or an offset (<i>UTC+5:30</i>)."
)
NOT_A_ZONE = (
    "I couldn't read <b>{text}</b> as a time zone. Try your country if it has one time zone,"
    " like <i>Poland</i>, a big city near you, like <i>Lisbon</i>, a name like"
    " <i>Europe/Lisbon</i>, or an offset like <i>UTC-3</i>."
)
NOT_A_PLACE = (
    "I only need where you are, to send reminders at sensible hours. Type just your city, like"
    " <i>Lisbon</i>, a name like <i>Europe/Lisbon</i>, or an offset like <i>UTC-3</i>."
)
_ECHO_WORDS = 6
"""Longer than this, what was typed is not said back as a place name."""
SEVERAL = (
    "<b>{region}</b> has several time zones, and I can't tell which one {place} is in. Type "
    "the {part} after the city{e_g}, a bigger city nearby, or an offset like <i>UTC-5</i>."
)
_US = ("state", "IL")
_PARTS = {"canada": ("province", "Ontario"), "australia": ("state", "Victoria"),
          "usa": _US, "us": _US, "united states": _US, "america": _US}
"""What to add in a country with several zones, and an example of it."""
CHOICES = tuple((label, str(i)) for i, (label, _) in enumerate(COMMON_ZONES))


def read_zone(a: Answer) -> str | Invalid:
    """A zone from a button, or from a city, name or offset typed."""
    if a.pressed is not None:
        i = a.pressed
        if i.isdecimal() and int(i) < len(COMMON_ZONES):
            return COMMON_ZONES[int(i)][1]
        return Invalid("Tap one of the time zones, or type yours.")
    zone = parse_timezone(a.text)
    if zone:
        return zone
    several = several_zones(a.text[:100])
    if several:  # "Kingston, Canada": which Canadian zone, not "try a city like Lisbon"
        place, region = several
        part, example = _PARTS.get(region.casefold(), ("region", ""))
        e_g = f" (e.g. <i>{esc(place)}, {example}</i>)" if example else ""
        if region.islower():  # "kingston canada": said back as a name is written
            region = region.upper() if len(region) <= 3 else region.title()
        return Invalid(SEVERAL.format(region=esc(region), place=esc(place), part=part,
                                      e_g=e_g))
    if len(a.text.split()) > _ECHO_WORDS:  # a sentence about themselves, not a place: no
        return Invalid(NOT_A_PLACE)  # half of it quoted back, cut mid-word
    return Invalid(NOT_A_ZONE.format(text=esc(a.text[:100])))


def describe(tz: str, now: datetime) -> str:
    """The zone and its time now; an offset says it never moves, so a user who typed
    "UTC-5" in winter knows reminders will be an hour off once daylight saving starts."""
    fixed = ", a fixed offset: no daylight-saving changes" if is_fixed_offset(tz) else ""
    return f"{tz} (it is {local(now, tz, CLOCK)} there now{fixed})"
