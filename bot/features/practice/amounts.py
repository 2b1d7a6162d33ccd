"""An amount asked for again, right after an answer that gave it ("how many projects tho?"
after "Two or three projects done like that beat ten tutorials"): a follow-up on that
answer, not a new question about whatever else shares the noun (the contact's own
projects)."""

from __future__ import annotations

import re

from bot.features.practice.lexicon import LEXICON
from bot.features.practice.terms import rough_stems

__all__ = ["amount_told"]

_HOW_MANY = re.compile(r"\bhow\s+(?:many|much)\s+(?P<what>[a-z]+)\b", re.IGNORECASE)
_NUMBER = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
                     r"a\s+couple|a\s+few|a\s+handful|dozens?|half)\b", re.IGNORECASE)
_SHORT = 12
"""Words of a follow-up that only asks the amount again ("sorry but how many projects
exactly, like 2 or 5?"); a longer one says something of its own."""
_ASIDE = frozenset(rough_stems("tho though exactly roughly ideally realistically typically "
                               "usually want see sorry like should show actually "
                               "would minimum least good enough"))
"""Words that ask the amount again in other words, not a new topic."""


def amount_told(asked: str, said: str) -> str | None:
    """The sentence of ``said`` that gives the amount ``asked`` for, when the message asks
    only that; ``None`` when it asks more, or the answer gave no such amount."""
    found = _HOW_MANY.search(asked)
    if not found or len(asked.split()) > _SHORT or found["what"].lower() in LEXICON.stopwords:
        return None
    what = rough_stems(found["what"])
    if rough_stems(re.sub(r"\d+", " ", asked)) - what - _ASIDE - rough_stems("many much"):
        return None  # "how many projects should be in python?": more than the amount
    noun = re.escape(found["what"].lower()[:5])
    near = re.compile(rf"(?:{_NUMBER.pattern})\s+(?:[\w-]+\s+){{0,2}}?{noun}", re.IGNORECASE)
    return next((sentence for sentence in re.split(r"(?<=[.!?])\s+", said.strip())
                 if near.search(sentence)), None)  # "two or three projects", not "at 34"
