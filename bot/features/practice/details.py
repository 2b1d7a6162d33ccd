"""Concrete details an answer types in lower case or in words, which a listener would still
remember: where the user studied ("msc finance at warwick", "warwick alumni"), an organisation
named by its kind ("a state human services dept"), a company they analysed ("did dangote
cement analysis"), a concrete task ("reconciliations"), a share said in words ("dropped by
about a third"), and a real moment told with someone in it ("when a customer ... ends up
crying at my till")."""

from __future__ import annotations

import re

from bot.features.practice.lexicon import LEXICON

__all__ = ["SCENE", "lower_case_details", "scene_of", "spelled"]

_NOT_A_NAME = (r"(?:the|a|an|my|our|your|ur|his|her|their|this|that|uni|university|college|"
               r"school|home|night|work|evening|weekends?|least|first|last|all|some|one|same|"
               r"times|most|it|them|there|here|end|start|moment|once|now|big|top)")
_SCHOOL = re.compile(
    r"\b(?:msc|bsc|ba|ma|mba|phd|llb|degree|masters?|master'?s|bachelor'?s|diploma|studied|"
    r"studying|study|student|graduated|alumni|alumnus|alum)"
    r"(?:\s+[a-z&]+){0,3}?\s+(?:at|from)\s+"
    rf"(?P<school>(?!{_NOT_A_NAME}\b)(?-i:[a-z][a-z'-]{{2,}}))\b"
    # "warwick alumni": the school before what they are of it
    rf"|\b(?P<of>(?!{_NOT_A_NAME}\b|recent|fellow|new|proud|former|old|bootcamp|course|"
    r"program|programme)(?-i:[a-z][a-z'-]{2,})\s+(?:alumni|alumnus|alum))\b",
    re.IGNORECASE)
"""Where the user studied, typed in lower case ("doing msc finance at warwick")."""
_ORG = re.compile(
    r"\b(?:at|in|for|with|from|joined|join|joining)\s+(?:a|an|the|your|ur|my|our)\s+"
    r"(?P<org>(?!(?:big|small|little|local|new|good|great|nice|busy|large|huge|same|other|"
    r"different|similar|real|proper|top)\b)(?:(?-i:[a-z&][a-z&-]*)\s+){1,3}"
    r"(?:dept|department|agency|ministry|council|authority|bureau|nonprofit|non-profit|"
    r"charity|foundation|housing\s+association|ngo|consultancy|trust))\b", re.IGNORECASE)
"""An organisation named by its kind ("11 yrs at a state human services dept")."""
_ANALYSED = re.compile(
    r"\b(?:did|do|doing|done|wrote|write|writing|built|build|building)\s+(?:an?\s+|the\s+|my\s+)?"
    r"(?P<subject>(?!(?:some|any|this|that|the|my|our|an?|data|financial|market|ratio|"
    r"variance|case|cost|risk|sales|credit|stock|industry|company|business)\b)(?-i:[a-z][a-z'-]+"
    r"(?:\s+[a-z][a-z'-]+)?))\s+(?:analysis|case\s+study|valuation|dcf|teardown|audit)\b"
    r"|\b(?:analysis|case\s+study|valuation|dissertation|(?<=did\s)one)\s+(?:on|of|about|into)"
    r"\s+(?P<topic>(?!(?:the|a|an|my|our|their|it|them|this|that|how|why|what|some|data|"
    r"companies|firms|businesses)\b)(?-i:[a-z][a-z'-]+(?:\s+(?!(?:for|in|at|and|but|to|with|"
    r"because|which|that|when)\b)[a-z][a-z'-]+)?))\b"
    r"|\b(?P<whose>(?!(?:it|that|what|there|here|he|she|one|everyone|someone|today|"
    r"year|company|business|team|manager|uncle|aunt|dad|mum|mom)\b)(?-i:[a-z]{3,}))'s\s+"
    r"(?:revenue|margins?|share\s+price|results|accounts|annual\s+report|profits?|earnings|"
    r"valuation|balance\s+sheet|cash\s+flow|app|website|checkout)\b", re.IGNORECASE)
"""A company or subject the user studied ("dangote cement analysis", "jumia's margins")."""
_COMMON = (frozenset(LEXICON.synonyms) | LEXICON.stopwords | LEXICON.work_words
           | LEXICON.topic_words)
"""Everyday words of the work: "a report on sales" names no company."""
_TASKS = re.compile(
    r"\b(?:(?:bank|account|balance\s+sheet)\s+)?reconciliations?|bookkeeping|payroll|"
    r"month[-\s]end(?:\s+close)?|accounts\s+(?:payable|receivable)|invoicing|stock\s*takes?|"
    r"purchase\s+orders|(?:shift|staff)\s+rotas?|safeguarding\s+referrals\b", re.IGNORECASE)
"""Concrete pieces of work typed in lower case: a listener can picture "reconciliations"."""
_FRACTION = re.compile(
    r"\b(?:by|about|around|roughly|nearly|almost|over|under|than|cut|dropped|fell|rose|"
    r"halved)\s+(?P<share>(?:(?:about|around|roughly|nearly|almost|over|under)\s+)?"
    r"(?:(?:a|one|two|three)\s+(?:thirds?|quarters?|fifths?|tenths?)|half))\b(?!\s+(?:an?\s+)?"
    r"(?:hour|day|week|month|year|term|mile)s?\b)"
    r"|\b(?P<of>(?:(?:about|around|roughly|nearly|almost|over|under)\s+)?(?:(?:a|one|two|three)"
    r"\s+(?:thirds?|quarters?)|half))\s+of\s+(?:the|our|my|all|them|those|these|their)\b"
    r"|\b(?P<moved>(?:(?!(?:it|this|that|they|we|and|so|then|which)\b)[a-z]+\s+)?"
    r"(?:doubled|tripled|halved|quadrupled))\b", re.IGNORECASE)
"""A share or a change said in words ("dropped by about a third", "bookings doubled")."""
_AMOUNT = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half\s+an?|\d+)"
_SPAN = re.compile(
    rf"\bfrom\s+(?:about\s+|around\s+|over\s+)?{_AMOUNT}\s+(?:minute|min|hour|hr|day|week|month)s?"
    rf"\s+(?:down\s+)?to\s+(?:about\s+|around\s+|under\s+|less\s+than\s+|just\s+)?{_AMOUNT}\s+"
    r"(?:minute|min|hour|hr|day|week|month)s?\b|\b(?:cut|cutting|halved|halving)\b[^.!?]{0,30}?"
    r"\bin\s+half\b", re.IGNORECASE)
"""A change in time said in words ("from a day to an hour", "cut it in half"): a result."""
_WHERE = re.compile(
    r"\b(?:in|at|near|from|to|around|outside|(?:based|living|located)\s+in|out\s+of)\s+"
    r"(?P<place>(?-i:[a-z]{3,}))\b", re.IGNORECASE)
_TOWNS = frozenset(p for p in LEXICON.places if len(p) > 2) - {
    "north", "south", "northern", "southern", "northeast", "northwest", "southeast", "southwest",
    "midlands", "america", "providence", "jersey"}
"""A city or country typed in lower case after "in" or "from" ("our team in melbourne"):
somewhere real, as its capitalised name would be."""
_PEOPLE = (r"(?:customer|client|patient|student|pupil|user|shopper|guest|caller|tenant|resident|"
           r"parent|kid|child|member|visitor|passenger|learner|colleague|volunteer|driver|"
           r"family|lady|man|woman|guy|girl|boy|mum|mom|dad|teacher|nurse|doctor|manager)")
SCENE = re.compile(
    rf"\b(?:when|whenever|once|if)\s+(?:a|an|one|this|that|my|our)\s+(?:\w+\s+)?{_PEOPLE}s?\b"
    rf"|\b(?:i\s+(?:remember|had|met|saw|watched)|there\s+was)\s+(?:a|an|one|this)\s+"
    rf"(?:\w+\s+)?{_PEOPLE}\b|\bone\s+of\s+(?:my|our)\s+{_PEOPLE}s\b", re.IGNORECASE)
"""A real moment told with someone in it ("when a customer can't figure out our website"):
an example, however few figures it names."""
_SCENE_CLAUSE = re.compile(r"[^.!?,;:]+")
_SCENE_WORDS = 9
"""A scene longer than this is quoted by its start and its end, with "…" between."""


def lower_case_details(text: str) -> list[str]:
    """The details above, as typed."""
    found = [m["school"] or m["of"] for m in _SCHOOL.finditer(text)]
    found += [m["org"] for m in _ORG.finditer(text)]
    found += [m["subject"] or m["topic"] or m["whose"] for m in _ANALYSED.finditer(text)
              if not set((m["subject"] or m["topic"] or m["whose"]).lower().split()) <= _COMMON]
    found += [m.group(0) for m in _TASKS.finditer(text)]
    found += [(m.group(0) if m["share"] == "half" else m["share"]) or m["of"] or m["moved"]
              for m in _FRACTION.finditer(text)]  # "by half", not a bare "half"
    found += [m.group(0) for m in _SPAN.finditer(text)]
    found += [m["place"] for m in _WHERE.finditer(text) if m["place"] in _TOWNS]
    return [" ".join(f.split()) for f in found if f]


def scene_of(text: str) -> str | None:
    """The moment told, quoted short from the person in it ("a customer … ends up crying at
    my till"), or None."""
    scene = SCENE.search(text)
    if not scene:
        return None
    who = list(re.finditer(rf"\b(?:(?:a|an|one|this|that|my|our)\s+)(?:of\s+(?:my|our)\s+)?"
                           rf"(?:\w+\s+)?{_PEOPLE}s?\b", scene.group(0), re.IGNORECASE))[-1]
    clause = _SCENE_CLAUSE.match(text, scene.start() + who.start())
    words = clause.group(0).split() if clause else []
    head = len(who.group(0).split())
    if len(words) > _SCENE_WORDS and len(words) - head > 6:
        words = [*words[:head], "\u2026", *words[-6:]]
    return " ".join(words) or None


def spelled(detail: str, said: str) -> str:
    """A school or company typed in lower case, said back with capitals as a person would
    ("warwick alumni" -> "Warwick alumni", "dangote cement" -> "Dangote Cement")."""
    names = {(m["school"] or m["of"] or "").lower() for m in _SCHOOL.finditer(said)} | {
        (m["subject"] or m["topic"] or m["whose"] or "").lower() for m in _ANALYSED.finditer(said)}
    if detail.lower() not in names - {""}:
        return detail
    return " ".join(w if w in ("alumni", "alumnus", "alum") else w[:1].upper() + w[1:]
                    for w in detail.split())
