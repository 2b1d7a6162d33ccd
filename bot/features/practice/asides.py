"""What an answer in 'they ask' says besides answering, which a listening contact or coach
would not let pass: a worry told in passing ("i need sponsorship for skilled worker visa"),
met with what the contact has seen of it, and a habit of apologising ("Sorry, I always get
nervous", "I guess. Sorry."), named kindly once it is a habit."""

from __future__ import annotations

import re

from bot.features.practice.worries import worry_met

__all__ = ["APOLOGY_NOTE", "apologised", "apology_tip", "worry_in_passing"]


_NEEDS_SPONSOR = re.compile(
    r"\b(?:i|we)(?:'d|'ll|\s+will|\s+would|\s+do|\s+also|\s+still|\s+definitely)?\s+"
    r"(?:need|needs|require|depend\s+on|rely\s+on)\s+(?:a\s+|an\s+|visa\s+|work\s+)?(?:visa|"
    r"sponsor\w*|work\s+permit)|\bsponsor\s+(?:me|my\s+visa)\b|\b(?:my|the)\s+(?:\w+\s+)?visa\s+"
    r"(?:runs?\s+out|expires?|ends?|matter|issue|problem|wahala|dey)\b|\bvisa\s+(?:matter|wahala)\b",
    re.IGNORECASE)
"""A visa the user's next job depends on, said in passing ("whichever one go sponsor me")."""
_ON_VISA = re.compile(r"\bon\s+an?\s+(?:student|graduate|tier\s*[24]|dependa?e?nt'?s?|"
                      r"skilled\s+worker|spouse|partner)\s+visa\b", re.IGNORECASE)
"""The visa they hold ("on a graduate visa"), when no sponsor is said to be needed."""


def worry_in_passing(said: str) -> list[str]:
    """What the contact has seen of a worry the answer tells without calling it one (a
    visa to be sponsored), so it is met rather than left unheard; [] when there is none. A
    sponsor needed is met as that, whatever visa they hold now."""
    told = _NEEDS_SPONSOR.search(said) or _ON_VISA.search(said)
    return [line for line in worry_met(told.group(0)) if line.startswith("On the visa")] \
        if told else []


_SORRY = re.compile(r"\b(?:sorry|soz|apologies|i\s+apologi[sz]e|my\s+bad)\b(?!\s+(?:to\s+hear|"
                    r"for\s+(?:your|their|his|her)\s+loss|about\s+(?:your|that)\b))",
                    re.IGNORECASE)
_NOT_SORRY = re.compile(r"\b(?:feel|felt|feeling|not)\s+sorry\b", re.IGNORECASE)


def apologised(text: str) -> bool:
    """Whether a reply apologises for itself ("Sorry, let me try again"), not for someone
    else ("sorry to hear", "I felt sorry for her")."""
    return any(not _NOT_SORRY.search(text[max(0, m.start() - 8):m.end()])
               for m in _SORRY.finditer(text))


APOLOGY_NOTE = ("That's the second \u201csorry\u201d: nothing here needs an apology, and nerves"
                " are normal. Start straight with your answer; it sounds more sure.")
"""Said once, on the reply where apologising becomes a habit, not on every one."""


def apology_tip(answers: list[dict]) -> tuple[int, str] | None:
    """The scorecard's line on apologising, when two or more replies did: the count, and
    the tip."""
    sorry = sum(int(a.get("sorry", 0)) for a in answers)
    if sorry < 2:
        return None
    return sorry, (f"Drop the apologies: you said sorry in {sorry} replies. Nothing needed one;"
                   " go straight into the answer and you'll sound as capable as you are.")
