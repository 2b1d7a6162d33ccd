"""The field's jargon, explained when a user stops to ask ("sorry whats power bi?").

Contacts use their field's words ("ordering the backlog", "full-stack"), and a newcomer asks
what they mean. The matcher would read such a message as the nearest bank question (who
makes decisions, which tools matter), so a question about a word the bank's glossary knows
is answered with what it means instead.
"""

from __future__ import annotations

import functools
import re

from bot.banks.model import Bank, Term

__all__ = ["asked_term"]

_ARTICLE = r"(?:(?:a|an|the|this|that)\s+)?"  # never "whats ur stack?": theirs, not a meaning
_BEFORE = (
    r"\b(?:what(?:'s|s|\s+is|\s+are|\s+was)|wats|wots|what\s+exactly\s+is|mean(?:t)?\s+by"
    r")\s+(?:actually\s+|exactly\s+)?" + _ARTICLE
)
_ENDS = (r"(?=\s*(?:[?.!,;:]|$|(?:exactly|actually)\s*(?:[?.!,;:]|$|again\b|then\b|tho\b|though\b|"
         r"btw\b|lol\b|pls\b|please\b)|again\b|then\b|mean\b|means\b|u\s+said\b|tho\b|"
         r"though\b|btw\b|lol\b|pls\b|please\b))")
"""After the word, the question stops ("whats a backlog exactly?"); "what's the backlog like
on your team?" asks about their backlog, not what one is, and "whats a newly qualified
teacher actually on these days?" their pay."""
_AFTER = (
    r"(?:\s*\??\s*what(?:'s|s|\s+is)\s+(?:that|this|it)(?:\s+(?:exactly|tho|though|btw|lol))?"
    r"\s*(?:\?|$|,)|\s+(?:actually\s+)?(?:mean|means|stand\s+for|stands\s+for)\s*(?:(?:exactly|tho|"
    r"though|btw|lol)\s*)?(?:\?|$|,))"
)
"""After the word: "full stack? whats that", "what does KYC stand for?"; never "did u do the
fast stream? what's that like?" or "does a PGCE mean i can teach abroad?"."""


@functools.cache
def _patterns(glossary: tuple[Term, ...]) -> tuple[tuple[re.Pattern[str], Term], ...]:
    """One pattern per term, longest names first ("power bi" before "bi")."""
    named = sorted(((name, term) for term in glossary for name in (term.term, *term.aliases)),
                   key=lambda pair: -len(pair[0]))
    found = []
    for name, term in named:
        word = r"[\s-]+".join(re.escape(part) for part in re.split(r"[\s-]+", name.lower()))
        word = rf"{word}(?:s|es)?"
        found.append((re.compile(rf"{_BEFORE}{word}\b{_ENDS}|\b{word}{_AFTER}|^\W*{_ARTICLE}{word}"
                                 r"\s*\?+\W*$", re.IGNORECASE), term))
    return tuple(found)


def asked_term(text: str, bank: Bank) -> Term | None:
    """The glossary term the message asks the meaning of, if it asks one: "whats power bi?",
    "what do u mean by a backlog", "full stack? what's that"; never a mention in passing."""
    if not bank.glossary:
        return None
    return next((term for pattern, term in _patterns(bank.glossary) if pattern.search(text)),
                None)
