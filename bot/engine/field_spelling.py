"""A field typed with a slip of the fingers, put right before it is stored.

The field is said back in drafts and replies ("I'm exploring softwear engineering" in an
outreach message), so a word one slip from a field's everyday word ("managment", "desgin",
"anaylst") is spelled as that word; any other word (a name, a niche) is left as typed.
"""

from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from bot.engine.fields import _FIELD_WORDS, _ROLE_NOUNS

__all__ = ["spelled_field"]

_KNOWN = _FIELD_WORDS | _ROLE_NOUNS
_VOCABULARY = tuple(sorted(_KNOWN))
_WORD = re.compile(r"[A-Za-z]{5,}")


def _slip(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with letters swapped ("desgin", "softwear") or with one
    letter inside it dropped ("managment"); other slips are often other words ("baking",
    "medic", "system")."""
    if sorted(typed) == sorted(word):
        return DamerauLevenshtein.distance(typed, word) <= 2
    dropped = [i for i in range(1, len(word) - 1) if word[:i] + word[i + 1:] == typed]
    if not dropped or len(word) != len(typed) + 1 or typed[-1] != word[-1]:
        return False
    # a long word, or a vowel dropped from between consonants ("projct", "nursng"): a slip;
    # a consonant dropped from a short word is often another word ("baking", "mining")
    return len(typed) >= 7 or (len(typed) >= 5 and any(word[i] in "aeiou" for i in dropped)
                               and re.search(r"[^aeiouy]{3}", typed) is not None)


def _spelled(word: str) -> str:
    """The one field word ``word`` is a slip of, in the case typed; else the word as typed."""
    low = word.lower()
    if low in _KNOWN:
        return word
    near = [c for c, _, _ in process.extract(low, _VOCABULARY, scorer=DamerauLevenshtein.distance,
                                             score_cutoff=2, limit=5) if _slip(low, c)]
    if len(near) != 1:
        return word
    return near[0].upper() if word.isupper() else near[0].title() if word.istitle() else near[0]


def spelled_field(field: str) -> str:
    """``field`` with each slip of a field's word put right."""
    return _WORD.sub(lambda m: _spelled(m.group(0)), field)
