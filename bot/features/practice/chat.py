"""The contact's line of chat back to chat around the meeting ("how's your week?", "hope
chicago aint too cold"), fitted to what kind of chat it was, then back to the point."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.features.practice.acknowledge import acknowledge_answer
from bot.features.practice.cues import pick
from bot.features.practice.lexicon import LEXICON
from bot.features.practice.moves import DROPPED, OFFERS_INTRO, PERSONAL, TRAVELS, WHERE_TODAY
from bot.features.practice.understand import Reading, asks_leave, is_small_talk

__all__ = ["after_their_news", "asks_their_news", "small_talk"]


_HOW_ARE_YOU = re.compile(
    r"\bhow(?:'s|s|\s+is|\s+was|\s+are|\s+r|\s+has)\b|\b(?:good|nice|busy|long)\s+(?:week|day|"
    r"weekend|morning)\b|\bbusy\b|\bexhausted\b|\btired\b|\bhope\s+(?:you|u|ur|your|the)\b",
    re.IGNORECASE,
)
_WHERE_FROM = re.compile(r"\bwhere\s+(?:are|r)\s+(?:you|u)\s+\w+ing\s+(?:in\s+)?from\b|"
                         + WHERE_TODAY, re.IGNORECASE)
_WEEKEND = re.compile(r"\b(?:weekend|holiday|holidays|time\s+off|(?<!lunch\s)(?<!coffee\s)break)\b",
                      re.IGNORECASE)  # not "time in your lunch break"
_THEIR_TOWN = re.compile(r"\bhow\s+(?:things\s+are|(?:are\s+)?things|life\s+is|is\s+life)\s+"
                         r"(?:(?:over|down|up|out)\s+)?in\s+[A-Z]|\bhow(?:'s|s|\s+is)\s+(?-i:[A-Z][a-z])",
                         re.IGNORECASE)
""""how are things in Atlanta?", "How is Houston?": asked after their town, not the work."""
_WEATHER = re.compile(r"\b(?:weather|cold|hot|freezing|pouring|brutal\s+down\s+there|snow|melting|"
                      + "|".join(LEXICON.weather) + r")\b", re.IGNORECASE)
_TRAVELS = re.compile(TRAVELS, re.IGNORECASE)
_SORRY = re.compile(r"\b(?:sorry|apologies|oops|brb|one\s+sec|hang\s+on|hear\s+me|wifi|"
                    r"connection)\b", re.IGNORECASE)


_THEIR_NEWS = re.compile(
    r"\bhow\s+(?:was|did|'s|is|has|were|are)\s+(?:the|your|ur|that|this|those)\s+"
    r"(?P<what>(?:[\w-]+\s+){0,3}?[\w-]+)(?:\s+(?:go|going|gone|been|went))?"
    r"(?:\s+(?:today|this\s+morning|so\s+far|then))?\W*$", re.IGNORECASE)
_THIS_WEEK = re.compile(r"\bhow(?:'s|s|\s+is|\s+has)\s+(?:your|ur|the)\s+(?:week|day|morning|"
                        r"afternoon|month)\b(?!\s+(?:been|gone|went))", re.IGNORECASE)
"""Their week or day so far, still going: "how is your week going?"."""
_LITTLE = frozenset({"the", "a", "an", "our", "my", "of", "big", "new", "last", "first"})


def after_their_news(reading: Reading, greeting: str) -> Reading:
    """"How was the sprint review?", asked of a contact who opened with "we just wrapped our
    sprint review": chat about their day, not a question for the bank ("how was the interview
    process?" still is, unless they had just mentioned it)."""
    found = _THEIR_NEWS.search(reading.question) if reading.move == "question" and len(
        reading.questions) == 1 else None
    words = {w[:5] for w in found.group("what").lower().split() if w not in _LITTLE} if found \
        else set()  # "quarter close" after "we closed the quarter": roughly, by their stems
    said = {w[:5] for w in re.findall(r"[\w-]+", greeting.lower())}
    if not words or not words <= said:
        return reading
    return replace(reading, move="greeting" if reading.greeting else "small_talk")


def chats(text: str) -> bool:
    """Whether a message, or a sentence of it, is chat ("Hello Maria! Busy day on the ward?")."""
    return any(is_small_talk(s) for s in [text, *re.split(r"(?<=[.!?])\s+", text)]) or (
        asks_their_news(text))


def asks_their_news(text: str) -> bool:
    """Whether a message asks after something of the contact's day ("how did it go?")."""
    return any(_THEIR_NEWS.search(s) for s in re.split(r"(?<=[.!?])\s+", text))


_PERSONAL = re.compile(PERSONAL, re.IGNORECASE)
_DROPPED = re.compile(rf"\b(?:{DROPPED})\b", re.IGNORECASE)
_TOLD_AFTER = re.compile(r"(?<=[?])\s+|(?<=myself[.!:])\s+|(?<=first[.!:])\s+", re.IGNORECASE)
_TOLD_WORDS = 10


def small_talk(text: str, seed: int, under_way: bool = False) -> str:
    """A line of chat back, fitted to what kind of chat it was, then back to the point (which,
    ``under_way``, is where the conversation was, not its start)."""
    said = _chat_back(text, seed, under_way)
    if not under_way:
        return said
    # "how is the weather in uk now" at minute 17: not "fire away", as if nothing was asked yet
    return _OPENING_ASK.sub(" Anyway, where were we?", said)


_OPENING_ASK = re.compile(r"\s+(?:Anyway|Okay),?\s+(?:fire\s+away|I\s+want\s+you\s+to\s+get\s+"
                          r"the\s+most\s+out\s+of\s+our\s+time)[.:]\s+[Ww]hat\s+would\s+you\s+"
                          r"like\s+to\s+(?:ask\s+me|know)\?$")


def _chat_back(text: str, seed: int, under_way: bool) -> str:
    if asks_leave(text):  # "can i ask something a bit personal?"
        return pick(("Of course, go ahead.", "Sure, ask away."), seed)
    if _DROPPED.search(text) and "?" not in text:  # "just being nosy! never mind"
        return pick(("No worries at all! What else would you like to ask?",
                     "Ha, no problem. Go on, what's next?"), seed)
    if _PERSONAL.search(text):  # "have you always been in the Midlands?" (even
        # after "sorry, totally off topic, but")
        return pick((
            "Ha, that's a longer story than we have time for, but I'll happily tell it over a"
            " coffee some day. Go on, what else would you like to ask about the work?",
            "Ha, that one deserves a proper chat of its own! Let's keep your minutes for your"
            " questions, though: what's next?",
        ), seed)
    if _SORRY.search(text):
        return _after_sorry(text, seed, under_way)
    return _chat_on(text, seed, under_way)


def _after_sorry(text: str, seed: int, under_way: bool) -> str:
    """"No problem", and to chat asked after the apology ("sorry my wifi dropped! is it snowing
    in Chicago yet?"), a line back as well."""
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    rest = " ".join(parts[1:]) if len(parts) > 1 and not _SORRY.search(parts[-1]) else ""
    if "?" in rest:
        return f"No problem at all! {_chat_back(rest, seed, under_way)}"
    return pick(("No problem at all, these things happen. Whenever you're ready: what would you"
                 " like to ask?", "Don't worry about it! Go ahead whenever you're ready."), seed)


def _chat_on(text: str, seed: int, under_way: bool) -> str:
    offer = OFFERS_INTRO.search(text)
    told = _TOLD_AFTER.split(text[offer.start():], maxsplit=1)[1:] if offer else []
    told = told[0] if told else ""
    if len(told.split()) >= _TOLD_WORDS:  # "May I tell you a little about myself? For eight
        # years I worked as an interpreter…": told already, so taken in, not asked for
        return f"{acknowledge_answer(told, seed)} What would you like to ask me?"
    if offer:  # "Shall I give a brief introduction of myself first?"
        return pick(("Please do! I'd love to hear a bit about you.",
                     "Yes, go ahead: tell me a bit about yourself."), seed)
    if _WHERE_FROM.search(text):  # "where are you calling from today?"
        return pick(("From home today, with a coffee! Okay, fire away: what would you like to"
                     " ask me?", "From my desk at home today. Anyway, I want you to get"
                     " the most out of our time: what would you like to know?"), seed)
    if _TRAVELS.search(text):  # "have you ever visited the States?"
        return pick(("Once or twice, and I'd happily go back! Anyway, I want you to get the most"
                     " out of our time: what would you like to know?", "I have, a while ago now,"
                     " and loved it. Okay, fire away: what would you like to ask me?"), seed)
    if _WEATHER.search(text):  # "hope chicago aint too cold rn lol"
        return pick(("Ha, it has its moments! Anyway, I want you to get the most out of our"
                     " time: what would you like to know?", "Don't get me started on the"
                     " weather! Okay, fire away: what would you like to ask me?"), seed)
    if _THEIR_TOWN.search(text):  # "may I ask how things are in Denver?"
        return pick(("Good, thanks for asking: I can't complain! Anyway, I want you to get the"
                     " most out of our time: what would you like to know?", "All good here,"
                     " thanks! Okay, fire away: what would you like to ask me?"), seed)
    if _THIS_WEEK.search(text):  # "How is your week going so far?": not "It went fine"
        return pick(("Busy but good, thanks for asking! Anyway, I want you to get the most out"
                     " of our time: what would you like to know?", "Pretty good so far, thanks!"
                     " Okay, fire away: what would you like to ask me?"), seed)
    if asks_their_news(text) and not _WEEKEND.search(text):  # "how was the sprint review?"
        return pick((
            "It went fine, thanks for asking, and it's off my plate now. Anyway, I want you to"
            " get the most out of our time: what would you like to know?",
            "Good, thanks: better than expected, which is always nice. Okay, fire away: what"
            " would you like to ask me?",
        ), seed)
    if _WEEKEND.search(text) and _HOW_ARE_YOU.search(text):  # "how was your weekend?"
        return pick((
            "Lovely, thanks: quiet, which was just what I needed. Anyway, I want you to get the"
            " most out of our time. What would you like to know?",
            "Good, thanks for asking! Too short, as always. Okay, fire away: what would you"
            " like to ask me?",
        ), seed)
    if _HOW_ARE_YOU.search(text):
        return pick((
            "Not bad at all, thanks for asking: busy, but the good kind. Anyway, I want you to"
            " get the most out of our time. What would you like to know?",
            "Good, thanks! One of those weeks, but a good one. Okay, fire away: what would you"
            " like to ask me?",
        ), seed)
    if under_way:
        return pick(("Ha! Anyway, where were we? Go on.", "Ha, quite! Carry on, what's next?"),
                    seed)
    return pick((
        "Ha, we could chat about that all day! But let's make the most of your minutes: what"
        " would you like to know about the work?",
        "Ha, that's one for another time. Shall we get into it? Ask me anything about the job.",
    ), seed)
