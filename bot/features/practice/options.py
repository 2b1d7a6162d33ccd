"""Which option of "did you mean A, or B?" a reply picks: by naming it ("the routes one"),
or by its place before saying it again ("the second one, where do ppl go after FP&A")."""

from __future__ import annotations

import re

from bot.features.practice.cues import TO_YOU
from bot.features.practice.terms import normalise, terms_of

__all__ = ["picked", "picks_option", "picks_side", "side_picked"]


_PICKED = re.compile(r"^\W*(?:(?:more\s+or\s+less|mostly|kind\s+of|kinda|sort\s+of|sorta|i\s+think|"
                     r"probably|prob|maybe|rather|more\s+like|hmm+|um+|well|yeah|yes|ok|okay)\W+)*"
                     # "more or less the first one. what research…", "Rather the second one, I
                     # believe…", "kinda the first one I guess, but really I just mean…"
                     r"(?:the\s+(?P<which>first|1st|second|2nd|other)(?:\s+one)?|(?P<one>first|"
                     r"1st|second|2nd|other)\s+one)(?:\s+(?:i\s+(?:guess|think|believe|suppose|"
                     r"reckon)|probably|tbh|really))?\s*[,:;.!\-\u2013\u2014\u2026]+\s*\S",
                     re.IGNORECASE)


def picked(text: str) -> int | None:
    """Which option of "did you mean A, or B?" a reply names before saying it again in its
    own words ("the second one, where do ppl go after FP&A"): 0, 1 or None."""
    found = _PICKED.match(text)
    if not found:
        return None
    return 0 if (found["which"] or found["one"]).lower() in ("first", "1st") else 1


_PICK_WORDS = 6
_PLACES = {"first", "second", "other", "last", "former", "latter", "that", "this"}


def picks_option(text: str, options: list[str]) -> int | None:
    """Which option of "did you mean A, or B?" a short typed reply names ("the routes one"
    for "What are the routes into nursing …?"), or None when it names neither or both."""
    if len(text.split()) > _PICK_WORDS or re.search(r"\b(?:no|not|never|neither)\b", text, re.I):
        return None
    def words(line: str) -> set[str]:  # its terms, and its longer words as typed
        plain = normalise(line)
        return set(terms_of(plain)) | {w.rstrip("s") for w in plain.split() if len(w) > 3}

    said = words(text) - _PLACES  # "yes the first" places it; no word of it names one
    hits = [len(said & words(option)) for option in options]
    best = max(hits, default=0)
    return hits.index(best) if best and hits.count(best) == 1 else None


_SIDE_WORDS = 5
_YES_NO = re.compile(r"\W*(?:have|has|had|did|do|does|is|are|was|were|can|could|will|would|"
                     r"should)\b", re.IGNORECASE)
_PREFERS = re.compile(r"\b(?:prefer|rather|more|drawn|pulled|leaning|lean|enjoy\s+more|"
                      r"which)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:…?!]|\.\.\.|\s[-–—]\s")
_LEAD = re.compile(r"^\s*(?:more\s+)?(?:to|towards?|into|in|for|by)\s+|\b(?:drawn|pulled|"
                   r"leaning|lean|more)\s+(?:more\s+)?(?:to|towards?|into)\s+"
                   # "Does the heads-down coding or …": the question's verb is no part of a side
                   r"|^\s*(?:does|do|is|are|would|will|did|was|were|could|can|should)\s+(?=the\b)",
                   re.IGNORECASE)
_TAIL = re.compile(r"\s+(?:sounds?|appeals?|suits?|feels?|seems?|fits?)\b.*$", re.IGNORECASE)
""""… the mentoring side sound more like you": the side is "the mentoring side"."""


def side_picked(text: str, asked: str) -> str | None:
    """The side of the persona's either/or ("…, the people side or the making side?") that an
    answer opens by naming ("def the people side… figuring out what happened"), as the
    persona worded it, so it can be said back; None when it names neither, both, or a side too
    long to say back."""
    sides = [side.strip(" ,;:") for side in re.split(r"\s+or\s+", asked.strip().rstrip(" ?"))]
    if len(sides) != 2 or (_YES_NO.match(asked) and not _PREFERS.search(asked)):
        return None  # "Have you ever owned a budget, or planned one?" offers no sides
    opening = _CLAUSE.split(text.strip())[0]
    if re.search(r"\b(?:less|not|never|neither|both|either)\b|n't\b", opening, re.IGNORECASE):
        return None  # "the making side less so, I love the people"
    first, second = _CLAUSE.split(sides[0])[-1], _CLAUSE.split(sides[1])[0]
    # "are you drawn more to patient care or to how services run": what each side names
    sides = [_TAIL.sub("", _LEAD.split(first)[-1]).strip(),
             _TAIL.sub("", _LEAD.sub("", second, count=1)).strip()]
    index = picks_option(opening, sides)
    if index is None or not all(sides) or not 0 < len(sides[index].split()) <= _SIDE_WORDS:
        return None
    return sides[index]


_BOTH = re.compile(r"\W*(?:\w+\s+){0,2}?(?:both|either|neither|a\s+(?:bit\s+of\s+|mix\s+of\s+)?"
                   r"(?:both|each))\b", re.IGNORECASE)


def picks_side(first: str, awaiting: str, asked: str) -> tuple[str, str] | None:
    """ "how services run, 100%." to "are you drawn to patient care or to how services
    run?", or "honestly both??": an answer that names a side of the either/or asked, though
    it opens like a question. ``first``: the reply's first sentence."""
    sides = re.split(r"\s+or\s+", asked.rstrip(" ?"))
    if awaiting != "question" or len(sides) != 2:
        return None
    clause = re.split(r"[,;:…]|\.\.\.|\s[-–—]\s", first)[0]  # "def the people side… figuring out"
    if re.match(r"\W*(?:is|are|do|does|did|can|could|would|will|should|was|were)\b", clause,
                re.IGNORECASE) or (re.match(r"\W*(?:what|which|how|why|when|where|who)\b", clause,
                                            re.IGNORECASE) and TO_YOU.search(clause)):
        return None  # "is patient care better paid?" asks about a side; "what tools do you
        # use most?" is a question of their own, whatever word it shares with a side
    named = picks_option(clause, sides) is not None
    return ("answer", first) if named or _BOTH.match(first) else None  # a question after it stays
