"""The other half of a two-part question, asked for again by a label ("And the replacing
part?", "you skipped the age bit"): the contact answered one part; the label points at the
part it left, which is answered now."""

from __future__ import annotations

import re

from bot.features.practice.terms import rough_stems
from bot.features.practice.understand import Reading

__all__ = ["asks_left_over", "left_over"]

_LABEL = re.compile(
    r"^\W*(?:(?:and|but|so|ok(?:ay)?|right|hm+|um+|sorry|also)\W+)*(?:(?:what|how)\s+about\s+)?"
    r"(?:(?:you|u)\s+(?:skipped|missed|didn'?t\s+(?:answer|get\s+to)|dodged|ducked)\s+)?"
    r"(?:the|that|your|ur|my)\s+(?P<what>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+"
    r"(?:part|bit|thing|question|one|half)\b(?:,?\s+(?:though|tho|then))?\W*(?:$|[?.!]\s*)",
    re.IGNORECASE)
_WHICH = frozenset({"second", "other", "last", "rest", "latter", "2nd"})


def left_over(reading: Reading, answered: str) -> str:
    """The first of the message's questions other than the one answered, when it says enough
    alone to be asked again."""
    return next((q for q in reading.questions if q.strip() != answered.strip()
                 and len(q.split()) >= 3), "")


def asks_left_over(text: str, left: str) -> bool:
    """Whether the message asks for that other part by a label, and nothing else: its words
    meet the part's ("the replacing part" of "…will it replace people at your level?"), or it
    names it by place ("the second question")."""
    found = _LABEL.match(text)
    if not left or not found or "?" in text[found.end():]:
        return False
    what = found["what"].lower().split()
    return bool(set(what) & _WHICH) or bool(rough_stems(" ".join(what)) & rough_stems(left))

