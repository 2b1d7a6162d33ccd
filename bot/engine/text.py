"""Names and times as the bot writes them: one helper for each, used everywhere.

A name typed as "Dr. Miriam Schöller-Hansen" is greeted warmly as "Miriam" and formally
as "Dr. Schöller-Hansen"; a title is never taken for a first name. Every time shown to a
user is in their zone and in one of the shapes below.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.engine.timezones import zone

HONORIFICS = frozenset({
    "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "rev", "hon",
})


def _is_title(word: str) -> bool:
    return word.lower().rstrip(".") in HONORIFICS


def name_parts(full_name: str) -> tuple[str, list[str]]:
    """("Dr.", ["Miriam", "Schöller-Hansen"]) from "Dr. Miriam Schöller-Hansen"."""
    words = full_name.split()
    titles = [w for w in words if _is_title(w)]
    rest = [w for w in words if not _is_title(w)]
    title = titles[0] if titles else ""
    if title and not title.endswith(".") and title.lower() != "professor":
        title += "."
    return title[:1].upper() + title[1:], rest


def first_name(full_name: str, fallback: str = "them") -> str:
    """The warm form: "Miriam" from "Dr. Miriam Schöller-Hansen"."""
    _, rest = name_parts(full_name or "")
    return rest[0] if rest else fallback


def formal_name(full_name: str) -> str:
    """The formal form: "Dr. Schöller-Hansen" with a title, else the full name."""
    title, rest = name_parts(full_name or "")
    if title and rest:
        return f"{title} {rest[-1] if len(rest) > 1 else rest[0]}"
    return " ".join(rest) or full_name.strip()


# The shapes of every time the bot shows; `when` is the usual one.
WHEN = "%a %d %b, %H:%M"  # Tue 01 Dec, 15:00
WHEN_YEAR = "%a %d %b %Y, %H:%M"  # Tue 01 Dec 2026, 15:00: a meeting being confirmed
DAY = "%a %d %b"  # Tue 01 Dec
DATE = "%d %b %Y"  # 01 Dec 2026: when a contact was last seen
CLOCK = "%H:%M"


def local(moment: datetime, tz: str, shape: str = WHEN) -> str:
    return moment.astimezone(zone(tz)).strftime(shape)


# Words a sentence starts with and a name does not ("Will", "An", "May" are names: not here).
_SENTENCE_STARTS = frozenset({
    "i", "i'm", "im", "i've", "my", "we", "what", "who", "how", "why", "when", "where",
    "which", "is", "are", "do", "does", "can", "could", "should", "would", "not", "no", "yes",
    "the", "a", "he", "she", "they", "it", "this", "that", "someone", "somebody", "maybe",
})
_DOMAIN = re.compile(r"\w\.(?:com|org|net|io|co|edu|gov|uk|de)\b|\bwww\.", re.IGNORECASE)
_NOT_NAMES = frozenset({  # one word typed for "their name?" that is no name
    "idk", "dunno", "hmm", "um", "uh", "yes", "no", "none", "nobody", "someone", "somebody",
    "unknown", "n/a", "na", "skip", "ok", "okay", "thanks", "hi", "hello", "help",
})


def not_a_name(text: str) -> str | None:
    """Why a typed answer reads like something other than a person's name, or None.

    A name is a few words with no question mark, no digits and no address; "I met her at a
    conference" or "who should I write to?" typed at "their name?" is asked about, not
    stored. Long names (María José García de la Fuente) and particles pass.
    """
    words = text.split()
    if not words:
        return "that's empty"
    if "?" in text:
        return "that reads like a question"
    if "@" in text or "://" in text or _DOMAIN.search(text):
        return "that looks like an address, not a name"
    if any(c.isdigit() for c in text):
        return "names don't usually have digits"
    first = words[0].lower().strip(",.!")
    if len(words[0]) == 2 and words[0].endswith(".") and words[0][0].isalpha():
        first = ""  # an initial: "A. Smith"
    if len(words) == 1 and first in _NOT_NAMES:
        return "that doesn't look like a name"
    if len(words) > 6 or (first in _SENTENCE_STARTS and len(words) > 1) or len(text) > 80:
        return "that reads like a sentence"
    return None


USE_AS_NAME = "as_name"  # the value of "✅ Use … as the name"


def name_answer(typed: str, pressed: str | None, pending: str) -> tuple[str, str]:
    """(name, why): a name to store, or why to ask about `typed` first.

    A doubtful answer is asked about once: typing it again, or tapping the button the
    question offers (value USE_AS_NAME), stores it as typed.
    """
    if pressed == USE_AS_NAME and pending:
        return pending, ""
    why = not_a_name(typed) if typed else "I need a name here"
    if why and typed != pending:
        return "", why
    return typed, ""


def use_as_name_choice(pending: str) -> tuple[tuple[str, str], ...]:
    return ((f"✅ Use “{pending[:40]}” as the name", USE_AS_NAME),) if pending else ()


def name_key(full_name: str) -> str:
    """What two spellings of one person share: "Ms Dana Lee" and "dana lee" are one contact."""
    _, rest = name_parts(full_name)
    return " ".join(w.lower() for w in rest)


_TOPIC_LEAD = re.compile(
    r"^(?:(?:i(?:'m| am)?|i'd|i would)\s+(?:really\s+)?(?:want|like|love|hope|plan|am trying|"
    r"'m trying|am looking|'m looking|am hoping|'m hoping)?\s*(?:to\s+)?"
    r"(?:move|get|break|transition|switch|go|pivot|learn|know|hear|understand|explore|work)?"
    r"\s*(?:more\s+)?(?:into|in|about|toward|towards)?\s+"
    r"|(?:i'm|i am)\s+(?:interested|curious)\s+(?:in|about)\s+"
    r"|(?:interested|curious)\s+(?:in|about)\s+|(?:more\s+)?about\s+)",
    re.IGNORECASE)


def topic_of(text: str) -> str:
    """The subject in an answer typed as a sentence: "I want to move into nursing
    informatics" → "nursing informatics", so it reads inside "your perspective on …"."""
    text = " ".join(text.split()).rstrip(".!")
    topic = _TOPIC_LEAD.sub("", text, count=1).strip()
    return topic if len(topic) >= 3 else text
