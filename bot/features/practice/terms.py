"""Words to terms: how the practice matcher reads a message or a bank sentence.

Split from ``matcher.py`` so the scoring there reads on its own. ``normalise`` lowers case,
expands contractions and chat shorthand and drops polite filler; ``terms_of`` folds the
lexicon's concepts and constructions into single terms and drops stop words; a light
stemmer joins "change/changes/changing"; ``plausible_typo`` says whether a word is one slip
of the fingers from another. Everything comes from lexicon.yaml (``lexicon.py``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from bot.banks.model import Question
from bot.features.practice.lexicon import LEXICON
from bot.features.practice.triggers import may_match, triggers_of

__all__ = [
    "CONTEXT_MARK",
    "GENERIC_TERMS",
    "OFF_TOPIC",
    "WH_REACH",
    "WORK_TERMS",
    "content_terms",
    "field_words",
    "no_sign_off_topic",
    "normalise",
    "own_places",
    "places_asked",
    "plausible_typo",
    "rough_stems",
    "stem",
    "terms_of",
    "wh",
    "which_head",
]

# Sections of the lexicon that the hot path looks up per word, as fast module globals.
_CONTRACTIONS = LEXICON.contractions
_SUFFIXES = LEXICON.suffixes
_SHORTHAND = LEXICON.shorthand
_FILLER_PHRASES = LEXICON.filler_phrases
_FILLER_WORDS = LEXICON.filler_words
_LEADING_FILLER = LEXICON.leading_filler
_STOPWORDS = LEXICON.stopwords
_SYNONYMS = LEXICON.synonyms
_PHRASES = LEXICON.phrases
OFF_TOPIC = "#chat"  # small talk's term: no bank has it, so the message is off-topic
_SMALL_TALK = re.compile(r"(?<!\S)(?:" + "|".join(
    map(re.escape, (*LEXICON.small_talk, *LEXICON.weather))) + r")(?!\S)")
_PATTERN_CONCEPTS = tuple(
    (pattern, f" {concept} ", triggers_of(pattern))
    for pattern, concept in (*LEXICON.patterns, (_SMALL_TALK, OFF_TOPIC))
)
"""Constructions a phrase list cannot catch ("go from junior to lead"), then small talk: each
with the text that replaces it and the words it cannot match without."""
_LONGEST_FIRST = sorted(_PHRASES, key=len, reverse=True)  # "get on your nerves" first
_PHRASE_RE = re.compile(r"(?<!\S)(" + "|".join(map(re.escape, _LONGEST_FIRST)) + r")(?!\S)")

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_NON_WORD = re.compile(r"[^a-z0-9' ]+")


_WITH_SLASH = re.compile(r"(?<![\w/])w/o\b|(?<![\w/])w/(?=\s)")
"""Chat shorthand for without and with ("a fresher w/o a cs degree"), before "/" is a space."""
_HOURS = re.compile(r"\b(\d+)(?:\s?(?:hrs|hours?)|hr|h)\b")


_HOW_EARLY = re.compile(
    r"\bhow\s+(?:far\s+(?:out|ahead|in\s+advance)|early)\b(?!\s+(?:in|into|of|from)\b)")


_WISE = re.compile(r"\b(?!(?:it|that|this|be|is|was|very|so|too|not|more|less|most|a|the|penny|"
                   r"street|pound|other|like|clock)\s)([a-z]+)\s+wise\b")
"""A topic with "-wise" ("pay wise", "money-wise"), hyphen already a space: the topic; "is it
wise to…" keeps its word."""


_PRODUCT_OWNER = re.compile(r"\bPOs?\b|(?:(?<=\ba\s)|(?<=\bthe\s)|(?<=\bvs\s)|(?<=\band\s)|"
                            r"(?<=\bor\s))pos?\b(?!\s*\?)|\bpos?(?=\s+(?:and|vs|or|roles?|jobs?)\b)")
"""A product owner, in capitals or beside what it is compared with; the Filipino "po" of
respect ("take po?") is filler."""
_CO = re.compile(r"\bco-(?=[a-z])")
NOT_A_TOPIC = re.compile(
    r"(?<!well\s)(?<!badly\s)(?<!better\s)(?<!poorly\s)\bpaid\s+(?=(?:media|social|search|ads?|"
    r"adverts?|advertising|campaigns?|channels?|acquisition)\b)"
    r"|\bequity\s+(?=(?:research|analysts?|markets?|capital|sales|trading|derivatives|desks?)\b)"
    r"|(?<=\bprivate\s)equity\b|(?<=\bpublic\s)equity\b|(?<=\bhealth\s)equity\b|(?<=\bbrand\s)"
    r"equity\b|(?<=\bracial\s)equity\b|(?<=\bsocial\s)equity\b|(?<=\bgender\s)equity\b"
    r"|(?<=\beducational\s)equity\b|(?<=\bdigital\s)equity\b"
    r"|\bportfolio\s+(?=(?:managers?|management)\b)"
    # "offered a junior title with lower pay": the level offered, its pay said in passing
    r"|(?<=\b(?:title|level|grade)\s)(?:with|and|for)\s+(?:lower|less|reduced|a\s+bit\s+less)\s+"
    r"(?:pay|salary|money)\b", re.IGNORECASE)
"""A topic word that is part of a field's or a job's name: the "paid" of advertising bought
("paid social") names no pay, the "equity" of equity research, private equity, health or
brand equity no shares, the "portfolio" of a portfolio manager no work samples. Left out
where a message's or a question's topic words are read, so "what got you into equity
research?" is the question about how they started."""


_YOU_YOURSELF = re.compile(r" you (?:yourself|personally|yourselves|urself|yourself personally) ")
""""How did you personally become a PM?", "how you yourself got into it": the "you" of their
own story, which the emphasis kept from reading as "you became", "you got into"."""


_R_LANG = re.compile(r"(?<![\w'&.-])R(?![\w'&-])|(?i:(?<=\bpython\s(?:or|vs)\s)r\b|"
                     r"\br(?=\s+(?:or|vs)\s+python\b))")
"""The R language: "R" in capitals, or beside Python ("python or r"); a lone "r" is "are"."""


def normalise(text: str) -> str:
    """Lower-case words with shorthand expanded and filler removed, for fuzzy comparison."""
    text = _PRODUCT_OWNER.sub("product owner", text)  # "PO and PM", not the Filipino "po"
    text = _R_LANG.sub("rlang", text)  # "is R still used much in teams like yours?"
    text = text.lower().translate(_APOSTROPHES).replace("&", " and ")
    text = _CO.sub("co", text)  # "co-workers" is one word, not "co" (company) and "workers"
    text = _WITH_SLASH.sub(lambda m: " without " if m.group(0)[-1:] == "o" else " with ", text)
    text = _NON_WORD.sub(" ", text.replace("-", " ").replace("/", " "))
    text = _HOURS.sub(r"\1 hours", text)  # "8hr shifts", "a 50hr week"
    text = _HOW_EARLY.sub("when", text)  # "how far out do banks recruit": a time
    text = _WISE.sub(r"\1", text)  # "and pay wise?": about pay
    words: list[str] = []
    for raw in text.split():
        word = raw.strip("'")
        if not word:
            continue
        if word in _CONTRACTIONS:
            words.append(_CONTRACTIONS[word])
            continue
        for suffix, expansion in _SUFFIXES:
            if word.endswith(suffix):
                word = word[: -len(suffix)] + expansion
                break
        else:
            if word.endswith("'s"):  # possessive: "charity's" -> "charity"
                word = word[:-2]
        word = word.replace("'", "")
        words.append(_SHORTHAND.get(word, word))
    joined = _YOU_YOURSELF.sub(" you ", " " + " ".join(words) + " ")
    for phrase in _FILLER_PHRASES:
        joined = joined.replace(f" {phrase} ", " ")
    kept = [w for w in joined.split() if w not in _FILLER_WORDS]
    while kept and kept[0] in _LEADING_FILLER:
        kept.pop(0)
    return " ".join(kept)


_VOWELS = frozenset("aeiou")


def _lost_e(short: str) -> str:
    """ "cod" (from "coding") is "code" and "grad" (from "graded") is "grade": a short stem
    ending consonant-vowel-consonant lost an "e"; "send", "meet", "edit" and "open" did not."""
    if len(short) >= 3 and short[-1] not in _VOWELS | {"w", "x", "y"} and short[-2] in _VOWELS \
            and short[-3] not in _VOWELS and not (len(short) == 4 and short[0] in _VOWELS):
        return short + "e"
    return short


def stem(word: str) -> str:
    """A deliberately small suffix stripper: enough to join "change/changes/changing"."""
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("ing") and len(word) >= 6:
        word = word[:-3]
        if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls":
            word = word[:-1]
        elif len(word) <= 4 and word + "e" not in _SYNONYMS:
            return _lost_e(word)  # "grading" is not "grad": a short stem may have lost its "e"
    elif word.endswith("ed") and len(word) >= 5:
        word = word[:-2]
        if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls":
            word = word[:-1]
        elif len(word) <= 4 and word + "e" not in _SYNONYMS:
            return _lost_e(word)
    elif (
        word.endswith("es")
        and len(word) >= 5
        and (word[-3] in "sxz" or word[-4:-2] in ("ch", "sh"))
    ):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) >= 4:
        word = word[:-1]
    if word.endswith("ly") and len(word) >= 6:
        word = word[:-2]
    if word.endswith("e") and len(word) >= 5 and word[:-1] not in _SYNONYMS:
        word = word[:-1]  # but "grade" is not "grad" (a new graduate)
    # "introducing" -> "introduc": the concept is listed as "introduce".
    return _SYNONYMS.get(word) or _SYNONYMS.get(word + "e") or word


_RECENT_TEXTS = 64
"""Folded texts kept: a message's own few readings, never a conversation's worth."""

CONTEXT_MARK = "~"
"""Prefix of a field-word term ("~teacher"): it only ever meets the same field word."""


@functools.lru_cache(maxsize=_RECENT_TEXTS)
def _folded(normalised: str) -> str:
    """The text with the lexicon's patterns and phrases folded into concepts: the costly part
    of reading a text, which one message asks for several times (the matcher, the topic
    checks, each of its questions), so the last few are kept."""
    for pattern, replacement, triggers in _PATTERN_CONCEPTS:
        if may_match(triggers, normalised):
            normalised = pattern.sub(replacement, normalised)
    return _PHRASE_RE.sub(lambda m: _PHRASES[m.group(1)], normalised)


def terms_of(normalised: str, context: frozenset[str] = frozenset()) -> list[str]:
    """Content terms of an already normalised text: concepts folded, stop words dropped.

    Words in ``context`` (or whose stem is) become "~stem" terms, which only meet the same
    field word.
    """
    folded = _folded(normalised)
    terms: list[str] = []
    for word in folded.split():
        if word in _STOPWORDS or _is_adverb(word):
            continue
        root = stem(word)
        if word in context or root in context:
            terms.append(CONTEXT_MARK + root)
        elif root not in _STOPWORDS:
            terms.append(root)
    return terms


def _is_adverb(word: str) -> bool:
    """An adverb of manner ("genuinely", "roughly"), unless it names a concept ("typically",
    "remotely")."""
    return (word.endswith("ly") and len(word) >= 7 and word not in _SYNONYMS
            and word[:-2] not in _SYNONYMS)


GENERIC_TERMS = frozenset(LEXICON.generic | {stem(w) for w in LEXICON.generic})
"""Terms of ``LEXICON.generic`` words, as ``_terms_of`` spells them."""
WORK_TERMS = frozenset({stem(w) for w in LEXICON.work_words} - set(LEXICON.concepts))
"""Terms of ``LEXICON.work_words``, as ``_terms_of`` spells them (none of them a concept)."""
PLACE_WORDS = frozenset(LEXICON.places)
"""``LEXICON.places`` as typed ("leeds", "the north"): where a job is, never an employer."""
PLACE_TERMS = frozenset(stem(w) for w in PLACE_WORDS)
"""Terms of ``LEXICON.places``: no sign of an off-topic message in a question about pay."""
_ASKING = r"how|what|which|where|when|why|who|is|are|do|does|can|could|should|would|will"
_PLACES_ALT = '|'.join(sorted(map(re.escape, PLACE_WORDS), key=len, reverse=True))
_OWN_PLACE = re.compile(
    rf"\b(?:i|my|we|our)\s+(?:(?!(?:{_ASKING})\b)\w+\s+){{0,9}}?(?:in|from|out\s+of)\s+"
    rf"(?:the\s+)?({_PLACES_ALT})\b"
    # "what could i do this month from glasgow": where they do it from, asked or not
    rf"|\bi\s+(?:\w+\s+){{0,5}}?from\s+(?:here\s+in\s+)?({_PLACES_ALT})\b"
    rf"(?!\s+(?:to|into)\s+(?:the\s+)?(?:{_PLACES_ALT})\b)")
"""Where the user says they are or were ("i am an engineer in chennai", "i studied economics
in manila"): their own story, which no more takes a message off topic than their job does."""


def own_places(plain: str) -> frozenset[str]:
    """Terms of the places the user tells of themselves in ``plain`` (``normalise``d)."""
    return frozenset(stem(m.group(1) or m.group(2)) for m in _OWN_PLACE.finditer(plain))


_PLACE_ASKED = re.compile(
    r"\b(?:in|around|near|outside(?:\s+of)?)\s+(?:the\s+)?([a-z]+(?:\s+[a-z]+)?)")


def places_asked(plain: str) -> frozenset[str]:
    """Terms of the words after "in", "around" or "near" in ``plain``: in a question about
    pay, where it is asked about ("here in San Antonio", "in Bray"), which no list of places
    can hold in full."""
    return frozenset(stem(w) for m in _PLACE_ASKED.finditer(plain) for w in m.group(1).split())


def no_sign_off_topic(term: str, terms: Iterable[str], own: frozenset[str] = frozenset(),
                      asked: frozenset[str] = frozenset()) -> bool:
    """Whether a term the bank never uses is still no sign of an off-topic message: a word of
    everyday work ("code", "patients"), a number, a place in a question about pay or remote
    work ("is remote a thing for pm or should i look at raleigh"), any word
    of the user's own background in a question about it, or where the people work whom the
    user asks to be put in touch with."""
    return term in WORK_TERMS or term.isdigit() or term in own or ((
        term in PLACE_TERMS or term in asked) and (
        "salary" in terms or "balance" in terms or "remote" in terms or "localjobs" in terms)) \
        or "gap" in terms or (  # "would my 5 years in PHARMACY count": the user's background
            "referral" in terms) or (  # "anybody i should talk to in YOUTH MENTORING?"
            "origin" in terms)  # "how you made your own transition from TV NEWS": theirs


_WH_SIGNAL = frozenset(("who", "where", "when", "why", "which", "how"))
WH_REACH = 4


def wh(words: Iterable[str], reach: int | None = None) -> set[str]:
    """Question words as extra terms: "who ..." points at people, "when ..." at dates.
    ``reach`` keeps only those near the start, where a question word asks: a bank phrasing
    "... care experience when you apply" asks nothing about dates."""
    return {"?" + w for w in list(words)[:reach] if w in _WH_SIGNAL}


def content_terms(text: str) -> list[str]:
    """The content terms of ``text`` that the TF-IDF and keyword signals compare."""
    return terms_of(normalise(text))


def rough_stems(text: str) -> set[str]:
    """The first five letters of each content term: enough to meet a word in another form
    ("replacing" in "replace", "application" in "applications") when two texts are set side
    by side, not for matching."""
    return {term[:5] for term in content_terms(text)}


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_POSITION = {
    key: (row, column) for row, keys in enumerate(_KEYBOARD_ROWS) for column, key in enumerate(keys)
}


def plausible_typo(typed: str, word: str) -> bool:
    """One slip of the fingers: a letter missing, doubled or swapped, or a neighbouring key.

    A substitution between distant keys usually means a different word ("decade" is not a
    typo of "decide"), and so does one in a short word ("shirt" is not "shift"), or a letter
    more or less before the first ("reference", "preference"): none is corrected.
    """
    if len(typed) != len(word):  # one letter missing or extra, past the first: a word is
        return typed[0] == word[0]  # begun right ("reference" is no typo of "preference")
    diffs = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
    if len(diffs) == 2:
        return True  # swapped neighbours (Damerau distance 1 with two differing positions)
    if len(diffs) == 1 and len(typed) >= 5 and {typed[diffs[0]], word[diffs[0]]} == {"i", "y"}:
        return True  # the same sound: "tipical", "sistem" (common in a second language)
    if len(diffs) != 1 or len(typed) < 7:
        return False
    a, b = _KEY_POSITION.get(typed[diffs[0]]), _KEY_POSITION.get(word[diffs[0]])
    return bool(a and b and abs(a[0] - b[0]) <= 1 and abs(a[1] - b[1]) <= 1)


_WHICH_HEAD = re.compile(
    r"^(?:which|what)(?: (?:kind|kinds|sort|sorts|type|types) of)? ((?:[a-z0-9]+ ){1,4}?)"
    r"(?:do|does|did|is|are|was|were|would|should|could|can|will|have|has|might|must) ")
"""A "which X Y do you ..." question: the words before its verb name what it asks about,
and the last of them is the thing itself ("which supply chain SOFTWARE do you use")."""


_USED_THING = re.compile(
    r"\b(?:do|does|did|would|should) (?:you|u|they|i|your \w+|\w+s) (?:use|recommend) "
    r"(?:(?:any|a|an|the|particular|specific|special) )*"
    r"(?!(?:day|daily|every|most|much|lot|these|nowadays|at|on|in|for|to|it|them|that|this)\b)"
    r"((?:[a-z0-9]+ ){0,3}?[a-z0-9]+)"  # (not "do you use day to day": when, not what)
    r"(?= (?:for|to|in|at|on|when|or|and|with|day|every|most|much|a lot|these|nowadays)\b|$)")
"""A question about a thing used ("do you use any supply chain SOFTWARE", "does your ward
use an APP for rotas"): the last word before what qualifies it is the thing itself."""


def which_head(plain: str) -> str:
    """The word a question asks about: the last before the verb of "which/what X do you
    ...", or the thing in "do you use X"; "" for any other question."""
    found = _WHICH_HEAD.match(plain) or _USED_THING.search(plain)
    if not found:
        return ""
    # "which TOOLS or systems do you use": the first of two heads, the more general one
    words = found.group(1).split(" or ")[0].split()
    pair = " ".join(words[-2:])
    if len(words) > 1 and len(terms_of(pair)) == 1 and terms_of(words[-1]) and terms_of(
            pair) not in (terms_of(words[-1]), terms_of(words[-2])):
        return pair  # "what WORK SAMPLES do you want": one idea in two words
    return words[-1]


def field_words(questions: Sequence[Question], context: Iterable[str]) -> frozenset[str]:
    """Field words from ``context`` (and their plurals) that do not name a question's topic.

    Kept out: words of a concept ("staff" is the head-count topic), job-title words, numbers,
    and any word a non-googleable question lists as a keyword ("software" for the AI one).
    Compared as whole words, so "marketing" is context but "market" stays a topic.
    """
    topical = {
        word
        for q in questions
        if "googleable" not in q.flags
        for keyword in q.keywords
        for word in normalise(keyword).split()
    }
    words: set[str] = set()
    for text in context:
        for word in normalise(text).split():
            if (
                len(word) < 2
                or word.isdigit()
                or word in _STOPWORDS
                or word in LEXICON.role_words
                or word in _SYNONYMS
                or stem(word) in LEXICON.concepts
                or word in topical
            ):
                continue
            words.add(word)
            words.add(word[:-1] if word.endswith("s") else word + "s")
            words.add(stem(word))  # "teaching" -> "teach" (unless that is a topic word)
    return frozenset(words - topical)
