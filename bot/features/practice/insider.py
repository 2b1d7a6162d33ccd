"""Whether the user already works in the contact's field: an ICU nurse asking a ward manager
how to start needs the answer for a nurse, not the one for someone who has never been on a
ward."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["asks_past_entry", "is_insider"]

_AIM = re.compile(
    r"\b(?:(?:i'?d|i\s+would)\s+(?:like|love)\s+to|want(?:s|ed|ing)?\s+to|wanna|hop(?:e|es|ing)\s+"
    r"to|plan(?:ning)?\s+to|trying\s+to|(?:thinking|thought|dreaming)\s+(?:about|of)|looking\s+"
    r"(?:to|at|into)|interested\s+in|curious\s+about|explor(?:e|ing)|consider(?:ing)?|"
    r"(?:mov(?:e|ing)|switch(?:ing)?|transition(?:ing)?|pivot(?:ing)?|chang(?:e|ing)|head(?:ing)?|"
    r"step(?:ping)?|branch(?:ing)?)\s+(?:\w+\s+)?(?:into|to|towards?|over)|get(?:ting)?\s+into|"
    r"break(?:ing)?\s+into|becom(?:e|ing)|aim(?:ing)?\s+(?:for|at)|re-?train(?:ing)?\s+as|"
    r"eventually|one\s+day|"
    r"goal\s+is)[^.;!?\n]*", re.IGNORECASE)
"""What the user is after, which names the field they are not yet in ("I'm a teacher
thinking about nursing"): left out before looking for their work."""
_SOMEONE_ELSE = re.compile(
    r"\b(?:(?:my|our)\s+(?:wife|husband|partner|mum|mom|mother|dad|father|sister|brother|son|"
    r"daughter|friend|cousin|aunt|uncle|parents?|flatmate|roommate|neighbou?r)|a\s+(?:friend|"
    r"cousin|neighbou?r)\s+of\s+mine)\b[^.;!?,\n]*", re.IGNORECASE)
"""Work that is someone else's ("my sister is a nurse")."""
_SELF_TAUGHT = re.compile(r"\b(?:teach(?:ing)?|taught)\s+(?:myself|themselves|yourself)\b",
                          re.IGNORECASE)
"""Learning alone ("I've been teaching myself SQL"), which is no teaching job."""
_NOT_HELD = re.compile(
    r"\b(?:no|without|not\s+(?:an?|any)|lacking\s+(?:an?\s+)?)\s+(?:formal\s+|official\s+|proper\s+)?"
    r"[\w-]+\s+(?:qualifications?|training|experience|degree|background|certificates?|"
    r"licen[cs]es?|status)\b|\b(?:i'?m|i\s+am)\s+not\s+(?:yet\s+)?an?\s+[\w-]+|\bnever\s+"
    r"(?:taught|worked\s+as\s+an?\s+[\w-]+)", re.IGNORECASE)
"""Work said not to be theirs ("a master's in biology, but no teaching qualification")."""


@lru_cache(maxsize=64)
def _roles_pattern(roles: tuple[str, ...]) -> re.Pattern[str] | None:
    words = sorted({r.strip().lower() for r in roles if r.strip()}, key=len, reverse=True)
    if not words:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    other = "".join(rf"(?<!\b{w}\s)" for w in _OTHER_WORK)
    return re.compile(rf"(?<![\w&-]){other}(?:{alternatives})(?:s|es)?(?![\w&-])", re.IGNORECASE)


_OTHER_WORK = ("vet", "veterinary", "nursery", "dental", "yoga", "pilates", "swimming", "driving",
               "piano", "guitar", "golf", "tennis", "ski", "surf", "fitness", "riding", "sound")
"""Words before a role's name that make it other work ("a registered vet nurse", "a yoga
teacher", "a sound engineer"): no insider of the contact's field."""


def is_insider(told: str, roles: Iterable[str]) -> bool:
    """Whether what the user told of themself names work of the field (``roles``, from the
    bank), leaving out the work they are after and other people's."""
    pattern = _roles_pattern(tuple(roles))
    if pattern is None or not told:
        return False
    own = _NOT_HELD.sub(" ", _SELF_TAUGHT.sub(" ", _SOMEONE_ELSE.sub(" ", _AIM.sub(" ", told))))
    held = {_one(m.group(0)) for m in pattern.finditer(own)}
    # "emt for 4 yrs, wanna be an RN": a newcomer to the work they are after, which the
    # answers for someone already doing it (a nurse moving into management) do not fit
    wanted = {_one(m.group(0)) for a in _AIM.finditer(told) for m in pattern.finditer(a.group(0))
              if _TO_BE.search(a.group(0)[:m.start()])}
    return bool(held) and not wanted - held


_TO_BE = re.compile(r"\b(?:be|become|becoming|(?:re)?train(?:ing)?\s+as|qualify(?:ing)?\s+as)"
                    r"\s+(?:an?\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
"""Becoming the role named next ("wanna be an RN"), not moving on within it ("thinking about
nurse management")."""


def _one(role: str) -> str:
    return re.sub(r"(?:e?s)$", "", " ".join(role.lower().split()))


_PAST_ENTRY = re.compile(
    r"\b(?:managers?|senior|seniors|leads?|directors?|head\s+of|principal|mid[\s-]?level|"
    r"experienced|business\s+partners?|controllers?|supervisors?|after\s+(?:\d+|a\s+few|"
    r"several|five|ten)\s+years)\b", re.IGNORECASE)
_ENTRY = re.compile(r"\b(?:junior|entry[\s-]?level|graduates?|grads?|trainees?|starting|"
                    r"new(?:ly)?[\s-]qualified|interns?|apprentices?|first\s+(?!(?:senior|manager|management|"
                    r"lead|controller|director|head|principal|staff)\b)(?:[\w&-]+\s+)?(?:job|role|"
                    r"position|post))\b",  # "what does a first pm role pay", from a senior csm
                    re.IGNORECASE)


def asks_past_entry(asked: str) -> bool:
    """Whether a question on pay is about posts past the first rung ("What does an FP&A
    manager earn in the North West?"), which the answer for insiders gives, not graduate
    pay."""
    return bool(_PAST_ENTRY.search(asked)) and not _ENTRY.search(asked)
