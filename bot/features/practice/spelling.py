"""Slips of the fingers in a model question made from the user's own words.

"Ask next: 'How much do you work with the product team or is it more seperate?'" hands a typo
back as the wording to copy. A word the bank never uses that is one slip from a word it does
use ("seperate", "shuold", "underestiamte") is put right; a word that is merely unknown (a
name, a tool) is left as typed.
"""

from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from bot.banks.model import Bank
from bot.features.practice.elsewhere import bank_words
from bot.features.practice.lexicon import LEXICON
from bot.features.practice.terms import plausible_typo

__all__ = ["spelled", "vocabulary"]


_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_COMMON = frozenset({
    "between", "definitely", "difficult", "environment", "experience", "experienced", "first",
    "interview", "interviews", "learn", "need", "opportunities", "opportunity", "people",
    "realistic", "realistically", "recommend", "recommended", "separate", "separately",
    "through", "underestimate", "underestimated", "usually",
})
"""Everyday words a bank may never use (beside the lexicon's stop words), so their typos are
put right too ("underestiamte")."""
_MISSPELT = {"seperate": "separate", "seperately": "separately", "definately": "definitely",
             "recieve": "receive", "alot": "a lot", "untill": "until",
             "occured": "occurred", "neccessary": "necessary", "begining": "beginning",
             "truely": "truly", "wich": "which", "diffrence": "difference",
             "diffrent": "different", "lern": "learn", "lerning": "learning"}
"""Misspellings that are no slip of the fingers ("seperate"), which are put right too."""
_DROPPED_G = frozenset({"doing", "getting", "going", "looking", "thinking", "working", "trying",
                        "making", "taking", "moving", "applying", "learning", "starting"})
_vocabularies: dict[int, tuple[Bank, frozenset[str], tuple[str, ...]]] = {}


def vocabulary(bank: Bank) -> frozenset[str]:
    """The words the bank's questions and its answers use, with the lexicon's and everyday ones."""
    cached = _vocabularies.get(id(bank))
    if cached is None or cached[0] is not bank:  # an id is unique only while its bank lives
        words = set(bank_words(bank)) | _COMMON
        for question in bank.questions:
            for persona in bank.personas:
                for variant in range(bank.variant_count(question.id, persona.id)):
                    words.update(w.lower() for w in _WORD.findall(
                        bank.answer(question.id, persona.id, variant)))
        known = frozenset(w for w in words if w.isalpha())
        cached = _vocabularies[id(bank)] = (bank, known, tuple(sorted(w for w in known
                                                                        if len(w) >= 4)))
    return cached[1]


_KEPT_SHORT = frozenset({"co", "ai", "uni", "stats", "diff", "cert", "certs", "cred", "creds",
                         "fav", "fave", "mgmt", "mgr", "mgrs", "yr", "yrs", "hrs", "wk", "wks",
                         "incl", "atm", "dey", "wey", "wetin", "ya", "ye", "ty", "thx"})
"""Shorthand a model question may keep as typed: the field's own abbreviations, and words
whose spelled-out form would not read as the user meant ("dey" is Pidgin, not "do")."""
_SPELLED_OUT = {short: full for short, full in LEXICON.shorthand.items()
                if short not in _KEPT_SHORT and (len(short) > 1 or short == "u")}
"""Chat shorthand put in full in a model question: "What shud I…?" is "What should I…?"."""


_INFLECTED = (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
"""Endings of a word the bank uses in another form: "involves", "reviewed", "hiring"."""


def _right(word: str, bank: Bank) -> str:
    lower = word.lower()
    if lower in _MISSPELT or lower in _SPELLED_OUT:
        fixed = _MISSPELT.get(lower) or _SPELLED_OUT[lower]
        return fixed.capitalize() if word[:1].isupper() else fixed
    if lower.endswith("in") and lower + "g" in vocabulary(bank) | _DROPPED_G:
        return word + "g"  # "doin", "gettin"
    if len(lower) < 5 or not lower.isalpha() or lower in vocabulary(bank) or any(
            lower.endswith(end) and lower[:-len(end)] + back in vocabulary(bank)
            for end, back in _INFLECTED):
        return word  # "involves", when the bank says "involve": no slip
    choices = _vocabularies[id(bank)][2]
    close = process.extract(lower, choices, scorer=DamerauLevenshtein.distance, score_cutoff=1,
                            limit=4)
    fixed = next((c for c, _, _ in close if plausible_typo(lower, c)), None)
    if fixed is None:
        return word
    return fixed.capitalize() if word[:1].isupper() else fixed


def spelled(text: str, bank: Bank) -> str:
    """``text`` with each slip of the fingers put right against the bank's own words."""
    return _WORD.sub(lambda m: _right(m.group(0), bank), text)
