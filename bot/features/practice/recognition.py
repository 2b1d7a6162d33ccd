"""A degree from another country: whether employers here count it, and how it is recognised.

No persona's story covers it, and the nearest bank question mostly answers something else (a
"do I need a degree?" answer tells someone who has one that they don't), yet any contact knows
where people go for it in their own country and what they have seen employers care about. A
bank question on it (internationally trained nurses) still answers it.
"""

from __future__ import annotations

import re

from bot.engine.timezones import zone_of_place
from bot.features.practice.countries import country_of

__all__ = ["ACCENT_REPLY", "asks_accent", "asks_recognition", "degree_from_abroad",
           "from_abroad_reply", "recognition_reply"]

_COUNTRIES = (
    r"ghana|nigeria|kenya|uganda|ethiopia|somalia|zimbabwe|south\s+africa|egypt|morocco|algeria|"
    r"india|pakistan|bangladesh|sri\s+lanka|nepal|philippines|china|vietnam|indonesia|malaysia|"
    r"korea|japan|iran|iraq|syria|lebanon|turkey|romania|poland|ukraine|russia|bulgaria|hungary|"
    r"greece|italy|spain|portugal|france|germany|brazil|mexico|colombia|venezuela|peru|argentina|"
    r"jamaica|cuba|haiti|abroad|overseas|another\s+country|back\s+home|my\s+(?:home\s+)?country|"
    r"outside\s+(?:the\s+)?(?:uk|us|usa|states|britain|england)"
)
_PAPER = r"(?:degrees?|qualifications?|diplomas?|credentials?|masters?|master'?s|bachelor'?s|phd)"
_FROM_ABROAD = re.compile(
    rf"\b(?:foreign|overseas|international|non-?uk|non-?us|[A-Z][a-z]+(?:an|ian|ish|ese|i|o))\s+"
    rf"(?:[a-z]+\s+)?(?:university\s+|uni\s+)?{_PAPER}"
    rf"|\b{_PAPER}\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:(?:earned|gained|obtained|done|"
    rf"taken)\s+)?(?:from|in)\s+(?:a\s+uni(?:versity)?\s+in\s+)?(?:{_COUNTRIES})\b"
    rf"|\b{_PAPER}\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:\w+\s+)?from\s+(?:a\s+|the\s+)?"
    rf"(?:[A-Z][a-z]+(?:an|ian|ish|ese|i))\s+(?:university|uni|college|polytechnic|institute)\b"
    rf"|\b(?:studied|graduated|trained|qualified)\s+(?:\w+\s+){{0,3}}?in\s+(?:the\s+)?(?:{_COUNTRIES})\b",
    re.IGNORECASE)
"""A degree said to be from elsewhere ("my Romanian degree", "my degree is from ghana")."""
_HERE_TOO = re.compile(r"\b(?:American|British|English|Christian)\b")
"""Words shaped like a demonym that name no degree from elsewhere to a UK or US contact."""
_RECOGNISED = re.compile(
    r"\b(?:recogni[sz](?:ed|e|ing)|recognition|evaluat(?:ed|ion|e)|equivalen(?:t|ce|cy)|"
    r"convert(?:ed)?|accept(?:ed)?|valid)\b"
    r"|\b(?:care|mind|matter|matters|count|counts|problem|issue|held\s+against)\b[^.?!]{0,40}?"
    rf"(?:\b{_PAPER}\b|\bwhere\b[^.?!]{{0,20}}\bfrom\b)"
    rf"|\b{_PAPER}\b[^.?!]{{0,40}}?\b(?:count|counts|matter|matters|care|problem|held\s+against)\b",
    re.IGNORECASE)
"""Asking whether it counts, or how it is recognised ("do employers here actually care where
the degree is from?", "how can I get my degree officially recognised?")."""


_BANKS_OWN = re.compile(r"\b(?:internationally|international|abroad|overseas)\b", re.IGNORECASE)
"""A bank question on it ("How do internationally trained nurses get registered here?")."""


_WORKED_IN = re.compile(
    r"\b(?:was|were|worked|working|practi[sc]ed|practi[sc]ing|trained|qualified|studied|"
    r"graduated|years?|yrs)\s+(?:[\w'-]+\s+){0,4}?in\s+(?P<place>[a-z][\w'-]+(?:\s+[a-z][\w'-]+)?)",
    re.IGNORECASE)
"""Where the user worked or studied ("I was a GP in Lagos for 6 years")."""


_DONE_HERE = re.compile(
    rf"\b(?:did|got|took|earned|finished|completed|have|has|hold)\s+(?:my|a|an|the)\s+"
    rf"(?:\w+\s+)?{_PAPER}\s+(?:\w+\s+){{0,3}}?in\s+(?P<place>[a-z][\w'-]+(?:\s+[a-z][\w'-]+)?)",
    re.IGNORECASE)
"""A degree said to be from a place ("did my masters in Manchester")."""


def _country_of_place(words: str) -> str | None:
    """The country of a place named in one or two words, if it is one."""
    parts = words.split()
    zone = next((z for n in (2, 1) if len(parts) >= n and (z := zone_of_place(" ".join(
        parts[:n])))), None)
    return country_of(zone) if zone else None


def _worked_abroad(text: str) -> bool:
    """Whether the user says they worked or studied in a place outside the UK, the US and
    Canada: the degree they ask about is from there, said or not."""
    if any(_country_of_place(found["place"]) in ("UK", "US") for found in _DONE_HERE.finditer(
            text)):
        return False  # "I studied in Lagos but did my masters in Manchester"
    return any(_country_of_place(found["place"]) == "" for found in _WORKED_IN.finditer(text))


def asks_recognition(question: str, text: str, matched: str = "") -> bool:
    """Whether ``question`` asks whether a degree from another country counts here, or how to
    have it recognised, with ``text`` (the whole message) saying it is from elsewhere; not when
    the bank question ``matched`` (its text) is about just that."""
    return bool(_RECOGNISED.search(question)) and bool(
        _FROM_ABROAD.search(_HERE_TOO.sub("", text)) or _OFFICIALLY.search(question)
        and _worked_abroad(text)) and not _BANKS_OWN.search(matched)


_OFFICIALLY = re.compile(r"\b(?:recogni[sz](?:ed|e|ing)|recognition|evaluat(?:ed|ion|e)|"
                         r"equivalen(?:t|ce|cy)|accepted|valid)\b", re.IGNORECASE)
"""Recognition asked in so many words: a degree from where the user only says they worked
or studied is asked about as such ("would my medical degree be recognised here?"), not when
the question is whether its subject counts ("does a science degree like mine count?")."""


_REPLIES = {
    "UK": (
        "I've never had to do it myself, so I can't walk you through the steps. What I do know:"
        " UK ENIC issues a statement of comparability that says what your degree equals here,"
        " and it's worth having to hand if an application asks. In my experience most employers"
        " care far more about what you can show you can do than where the degree is from; a"
        " regulated profession has its own body, and that's the one to check with."),
    "US": (
        "I've never had to do it myself, so I can't walk you through the steps. What I do know:"
        " a credential evaluation from a service like WES or ECE says what your degree equals"
        " here, and some employers and every licensing board will ask for one. In my experience"
        " most hiring managers care far more about what you can show you can do than where the"
        " degree is from."),
}


def recognition_reply(works_in: str) -> str:
    """What a contact in ``works_in`` (UK or US) can honestly say about it."""
    return _REPLIES.get(works_in, _REPLIES["UK"])


def degree_from_abroad(text: str, mask: str) -> str:
    """``text`` with where a degree is from masked ("my Nigerian nursing degree"): a place
    the user studied, not one whose rules the question asks about."""
    return _FROM_ABROAD.sub(lambda m: mask * len(m.group(0)), text)


_ACCENT = re.compile(r"\baccents?\b", re.IGNORECASE)
_ACCENT_WORRY = re.compile(
    r"\b(?:problems?|issues?|matters?|count\s+against|held\s+against|hold\s+(?:me\s+)?back|"
    r"hurt|judge[ds]?|laugh\w*|mock\w*|make\s+fun|made\s+fun|teas(?:e|ed|ing)|understand|"
    r"worr(?:y|ied|ies)|afraid|scared|nervous|care|mind|disadvantage|barrier|okay|ok|fine|"
    r"accept(?:ed)?)\b", re.IGNORECASE)


def asks_accent(question: str) -> bool:
    """Whether the question worries about the user's accent ("I have strong Polish accent. Will
    teenagers make fun of it, and will it be problem at interview?"): no bank question is on
    it, and the nearest (what the contact enjoys, for "fun") answers something else."""
    return bool(_ACCENT.search(question)) and bool(_ACCENT_WORRY.search(question))


ACCENT_REPLY = (
    "Honestly, plenty of people I've worked with have an accent from somewhere else, and it"
    " rarely holds anyone back. What interviewers listen for is whether you're clear and easy to"
    " follow, so slow down a little when you're nervous and check you've been understood. If"
    " anyone does comment, a light, confident answer usually ends it quickly.")
"""What any contact can honestly say to it, in any field."""


def from_abroad_reply(question: str, text: str, works_in: str) -> str:
    """What any contact can say to a degree from another country or a worry about an accent
    (``question``: the question the message asks; ``text``: all of it); "" to anything else."""
    if asks_recognition(question, text):  # "will they care my degree is from ghana?"
        return recognition_reply(works_in)
    return ACCENT_REPLY if asks_accent(text) else ""  # "will my accent be a problem?"
