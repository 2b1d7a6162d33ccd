"""How much a question leans on what came before it.

"Is that normal?" after a sentence of context asks about the context; "which would you
recommend?" says too little alone; "scared AI will take the content jobs, is that happening at
your company?" points at its own first clause. The contact answers the question with what
it leans on (bot/features/practice/several.py).
"""

from __future__ import annotations

import re

from bot.features.practice.terms import normalise, terms_of

__all__ = ["CLAUSE_BREAK", "leans_on_context", "points_within"]

CLAUSE_BREAK = re.compile(r",|;|:|\s[-\u2013\u2014]+\s")
"""Where one clause of a sentence ends and the next begins."""


_REFERS_BACK = re.compile(
    r"(?<!think )(?<!say )(?<!feel )(?<!mean )(?<!know )(?<!hear )(?<!true )"
    r"\b(?:that|this|those|these(?!\s+days\b)|each|either|both|one|such|there)\b"
    r"(?!\s+(?:of\s+)?(?:you|your|field|job|role|work|line|industry|sector|career|area|"
    r"profession|company|team|kind|sort|type|is|are|was|were|any|anyone|anything|last|more|"
    r"final|thing|question|day|year)\b)"
    r"|\b(?:use|do|make|show|explain|handle|get|call|count|try|put|treat)\s+(?:it|them)\b"
    r"|^\W*(?:\w+\s+){0,2}?(?:do|does|are|were|would|will|can|could|should|did)\s+they\b",
    re.IGNORECASE,
)


def points_within(question: str) -> bool:
    """Whether what a question points at is told in its own earlier clause: "scared ai will
    take the content jobs, is that happening at ur company?"."""
    pointer = next(reversed(list(_REFERS_BACK.finditer(question))), None)
    told = CLAUSE_BREAK.split(question[:pointer.start()]) if pointer else []
    return len(told) > 1 and len(terms_of(normalise(" ".join(told[:-1])))) >= 3


_MY_SITUATION = re.compile(
    r"\b(?:in|from)\s+my\s+(?:shoes|position|situation|spot|place|case|boat)\b"
    r"|\bif\s+you\s+were\s+me\b|\b(?:someone|somebody|people)\s+like\s+me\b"
    r"|\bwhat\s+am\s+i\s+(?:doing|getting)\s+wrong\b|\bthink\s+about\s+it\b",
    re.IGNORECASE,
)
"""The user's own situation ("what would you do in my shoes?"), told in the sentences before."""


_FEW_WORDS = 5  # "which would you pick?" says too little alone; "what does your week look like?"


def leans_on_context(question: str) -> str:
    """How much a question sentence needs what came before it: "points" back ("is that
    normal?", "can I use it as a case study?"), says too "little" of its own ("which would you
    recommend?", "how did you decide?"), or "" (it stands alone)."""
    if _REFERS_BACK.search(question):
        return "points"
    if _MY_SITUATION.search(question):  # unless it says what it is about ("... to land a job")
        rest = normalise(_MY_SITUATION.sub(" ", question))
        return "points" if len(rest.split()) <= _FEW_WORDS else ""
    plain = normalise(question)
    return "little" if len(terms_of(plain)) <= 1 and len(plain.split()) <= _FEW_WORDS else ""
