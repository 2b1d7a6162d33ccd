"""The one question the persona asks when an answer in 'they ask' was short: the field's
own follow-up, or one drawn from what a strong answer covers, never asking again for an
example the user already gave."""

from __future__ import annotations

import re

from bot.banks.model import AskBack
from bot.features.practice.answers import find_specifics, is_example_cue
from bot.features.practice.background import names_a_title
from bot.features.practice.covered import covered
from bot.features.practice.listening import made_or_moved

__all__ = ["GOOD_FIT", "follow_up"]


_FOLLOW_UPS = {
    "tell-me-about-yourself": "Tell me a bit more: what are you doing now, and what's pulling"
                              " you towards this field?",
    "why-this-field": "What was the moment you realised this was the work for you?",
    "explored-so-far": "Have you tried anything hands-on yet, or spoken to anyone else?",
    "how-can-i-help": "If you could leave today with one thing, what would it be?",
    "role-aiming-for": "If you picture your first role, what's the job title, roughly?",
    "transferable-skills": "Could you give me one example from your current work?",
    "biggest-concern": "And what are you doing about that?",
    "timeline": "Is there anything that has to happen first?",
    "why-me": "How did you come across me, and what made you want to talk to me?",
}


_CHANNEL = re.compile(r"\b(?:linkedin|alumni|alum|friend|colleague|coworker|co-worker|event|meetup|"
                      r"conference|google\w*|search\w*|website|article|post|podcast|talk|webinar|"
                      r"twitter|instagram|tiktok|youtube|referred|recommended|newsletter|blog|"
                      r"slack|discord|reddit|group|forum|directory|uni|university|school)\b",
                      re.IGNORECASE)
"""Where the user found the contact ("LinkedIn."): the how of "how did you come across me"."""
GOOD_FIT = "And what makes that kind of role a good fit for you?"
"""What draws them to the work, asked of the role they named: "What draws you to …?" after
it is the same question again."""
_CARRY_OVER = "And how do you picture using that in this kind of job?"
"""Instead of asking for an example the short answer already gave ("transfer bookings went
up about 30%" was met with "Could you give me one example from your current work?"), not in
the question's own words ("How do you see that carrying over…?" after "What… would carry
over?" read as the question again), and not as a job interview would ("…use that here, in
your first few months?": the user is not applying to the contact's team)."""


def follow_up(ask: AskBack, said: str = "", earlier: str = "") -> str:
    """One more question when an answer (``said``) was short: the field's own, or from what a
    strong answer covers; not for an example when it or an ``earlier`` answer gave one."""
    if ask.id == "role-aiming-for" and (covered(ask.id, said) or names_a_title(said)):  # the
        # title given already ("Data scientist, I think, though I am not yet sure.")
        return GOOD_FIT
    if ask.id == "why-me" and _CHANNEL.search(said):  # "LinkedIn.": how, but not why
        return "And what made you want to talk to me in particular?"
    if ask.id in _FOLLOW_UPS:
        asked = _FOLLOW_UPS[ask.id]
        if "example" in asked and any(made_or_moved(told, find_specifics(told), 0) or any(
                is_example_cue(s) for s in find_specifics(told)) for told in (
                said, *earlier.splitlines()) if told):
            return _CARRY_OVER  # an example given ("…and transfer bookings went up 30%")
        return asked
    cover = ask.covers[0] if ask.covers else "that"
    for them, me in (("them", "me"), ("their", "my"), ("theirs", "mine")):  # I am "them"
        cover = re.sub(rf"\b{them}\b", me, cover)
    return f"Could you say a bit more, for example about {cover}?"
