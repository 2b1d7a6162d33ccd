"""Credentials and training as a contact speaks of them: what a question names ("an MSN"),
and which of the contact's own facts answers it from their path.

People name credentials by their letters (MSN, CPA, PGCE), so those letters are what ties a
question to the fact about the one the contact holds.
"""

from __future__ import annotations

import re

from bot.banks.model import Persona

ACRONYMS = ("mba", "cfa", "acca", "cima", "pgce", "cim", "phd", "msn", "bsn", "adn", "cpa",
            "cma", "mha", "mph", "mpa", "mpp", "msw", "pmp", "cspo", "nclex", "cfre", "cipd",
            "ciof")
"""Credentials people name by their letters, in both countries' fields."""
_MASTERS = frozenset({"mba", "msn", "mha", "mph", "mpa", "mpp", "msw"})
_BACKGROUND = re.compile(
    r"\b(?:degree|degrees|masters?|master's|studied|study|qualif\w*|certif\w*|certs?|course\w*|"
    r"bootcamp\w*|trained|training|taught|self[\s-]taught|diploma|apprentice\w*|"
    r"graduate\w*|university|uni|college|" + "|".join(ACRONYMS) + r")\b",
    re.IGNORECASE,
)
_FIRST_PERSON = (
    (re.compile(r"\b(?:herself|himself|themself|themselves)\b"), "myself"),
    (re.compile(r"\b(?:her|his|their)\b"), "my"),
    (re.compile(r"\b(?:she|he|they)\b"), "I"),
)


_DONE = re.compile(r"(?:[A-Z][a-z]+ed|Did|Took|Spent|Ran|Made|Got|Began|Went|Left|Taught|Grew|"
                   r"Built|Became|Came|Wrote|Led|Won|Held|Kept|Sat|Had)\b")
"""A fact told without its subject ("Did a part-time master's"), which the contact says of
themself ("I did a part-time master's")."""


def _named(text: str) -> set[str]:
    """The credentials a text names by letters, an MSN or MBA also as a master's."""
    found = {m.lower().replace("'", "").removesuffix("s") for m in _BACKGROUND.findall(text)}
    named = {m for m in found if m in ACRONYMS or m == "master"}
    return named | ({"master"} if named & _MASTERS else set())


def own_fact(text: str, persona: Persona) -> str | None:
    """The persona's own background fact, when the question is about qualifications or
    training (the one kind of off-bank question their story can honestly speak to): the
    fact naming the credential asked about, else the first about their training."""
    if not _BACKGROUND.search(text):
        return None
    facts = [f for f in persona.facts if _BACKGROUND.search(f)]
    if not facts:
        return None
    named = _named(text)
    fact = max(facts, key=lambda f: len(named & _named(f)))  # the first of the best
    for pattern, word in _FIRST_PERSON:
        fact = pattern.sub(word, fact)
    if _DONE.match(fact):  # "Did a part-time master's …": said as "I did …"
        fact = f"I {fact[:1].lower()}{fact[1:]}"
    for pattern, words in _SUBJECTLESS:  # "Has passed CFA Levels I and II and is studying…"
        fact = pattern.sub(words, fact)
    # "…in California; worked as a store associate…": a clause of its own, with its subject
    return _THEN_DID.sub(r", and I \1", _voiced(fact))


_THEN_DID = re.compile(r";\s+(worked|spent|did|studied|trained|moved|joined|took|earned|ran|taught|"
                       r"volunteered|qualified|started|left)\b")


def _voiced(fact: str) -> str:
    """A fact told as a noun phrase ("Journalism degree from a state university, then eight
    years…"), said as a sentence of the contact's ("I did a journalism degree…")."""
    if re.match(r"(?:I|My)\b", fact):
        return fact
    first, _, rest = fact.partition(" ")
    lowered = (first if first.isupper() or not first[1:].islower() and first[1:] != "aster's"
               else first[:1].lower() + first[1:]) + (f" {rest}" if rest else "")
    if _GRADUATE.match(fact):  # "History graduate who joined through the graduate scheme"
        return f"I'm a {lowered}"
    if _QUALIFICATION.match(fact):
        return f"I did {'an' if lowered[:1].lower() in 'aeiou' else 'a'} {lowered}"
    if _SPAN.match(fact):  # "Three years in audit at a regional CPA firm"
        return f"I did {lowered}"
    if first == "Paid":  # "Paid on a step-and-lane salary schedule"
        return f"I'm {lowered}"
    return fact


_GRADUATE = re.compile(r"(?:[A-Z][\w-]*\s+){1,2}(?:graduate|grad)\b")
_QUALIFICATION = re.compile(r"(?:[\w'&-]+\s+){0,3}?(?:degree|BA|BSc|BS|MA|MSc|MBA|Master's|"
                            r"PhD|diploma)\b")
_SPAN = re.compile(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)\s+(?:years?|"
                   r"months?)\b")


_SUBJECTLESS = (
    (re.compile(r"^Has\b"), "I have"), (re.compile(r"^Is\b"), "I'm"),
    (re.compile(r"^(Mentor|Work|Run|Sit|Own|Use|Read|Lead|Teach|Manage|Design|Help|Interview|"
                r"Write|Train|Coach|Volunteer|Advise|Review)(?:e?s)\b"),
     lambda m: f"I {m.group(1).lower()}"),
    (re.compile(r"\b(and|but)\s+is\b"), r"\1 am"), (re.compile(r"\b(and|but)\s+has\b"), r"\1 have"),
    (re.compile(r"\b(and|but)\s+says\b"), r"\1 I'd say"),
    (re.compile(r"\b(and|but)\s+(sits|runs|works|reads|owns|uses|mentors)\b"),
     lambda m: f"{m.group(1)} {m.group(2)[:-1]}"),
)
"""A fact told of the contact ("Has no master's", "and says you rarely need one"), said by
them ("I have no master's", "and I'd say you rarely need one")."""


_CREDENTIAL = re.compile(
    r"\b(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?P<name>" + "|".join(ACRONYMS) + r"|masters?|"
    r"master's|bootcamp|degree|certificate|certification|credential|diploma|course|qualification)\b",
    re.IGNORECASE,
)


def credential(text: str) -> str:
    """The credential a question is about, as the persona would say it ("an MBA")."""
    m = _CREDENTIAL.search(text)
    if not m:
        return "it"
    name = m.group("name").lower()
    if name in ACRONYMS:
        word = "PhD" if name == "phd" else name.upper()
        return f"{'an' if word[0] in 'AEFHILMNORSX' else 'a'} {word}"
    if name.startswith("master"):
        return "a master's"
    return f"a {name}"
