"""Who else to talk to: the contact's names led by the one who fits the kind of person asked
for, or an honest word that none of them is that kind; and, asked again, the same names
weighed anew rather than said over.

The names come from the bank's answer; nothing here invents a person.
"""

from __future__ import annotations

import os
import re
import zlib

from bot.banks.model import Bank, Question
from bot.engine.timezones import parse_timezone
from bot.features.practice.lexicon import LEXICON
from bot.features.practice.people import names_in, persona_of, told
from bot.features.practice.state import YouAskState
from bot.features.practice.terms import GENERIC_TERMS, PLACE_WORDS, content_terms

__all__ = ["changers_asked", "fitting_person", "more_people", "offer_to_lead", "people_for",
           "without_none_there"]


_KIND_ASKED = re.compile(
    r"\b(?:some(?:one|body)|any(?:one|body)|people|ppl|a\s+person|folks?)\s+(?:else\s+)?"
    # "anyone you know in audit", "anyone you could suggest who does people analytics"
    r"(?:(?:you|u)\s+(?:know|(?:could|can|would|might)\s+(?:suggest|recommend|think\s+of))\s+)?"
    # "anyone you'd suggest I speak to who works in NHS analytics"
    r"(?:(?:you|u)(?:'d|\s+would)\s+(?:suggest|recommend)\s+(?:i\s+(?:speak|talk|reach\s+out)\s+to\s+)?)?"
    r"(?:who(?:'s|\s+is|\s+has|\s+was)?|that|in|at|from|with|on|for|doing|working)\s+"
    r"(?P<kind>[^?.!,;]+)", re.IGNORECASE)
"""The kind of person a referral question asks for ("ideally someone who switched from
retail", "anyone in data")."""
_ANOTHER = re.compile(r"\b(?:another|a\s+fellow)\s+(?=[\w-])", re.IGNORECASE)
"""A kind of person asked for as one like the user ("ideally another ex-journalist")."""
_A_KIND = re.compile(r"\b(?:ideally|preferably|especially|esp|particularly|in\s+particular|"
                     r"is\s+there(?!\s+an?\s+(?:good\s+|great\s+)?(?:course|meetup|group|event|"
                     r"book|website|site|podcast|newsletter|bootcamp|program|programme|class|"
                     r"certificate|conference|resource|tool|app|job\s+board|community|forum|"
                     r"place|way|chance|list)s?\b)"
                     r"(?=\s+an?\s+[^?.!]*?\b(?:(?:you|u)\s+know\b(?!\s+of)|(?:i|we)\s+"
                     r"(?:could|can|might|should)\s+(?:message|talk|speak|contact|email|reach|chat|"
                     r"ask)\b|(?:in|at|on)\s+(?:your|ur)\s+(?:trust|team|company|org\w*|hospital|"
                     r"department|unit|ward|office|firm)\b)))\s+(?P<kind>an?\s+[^?.!,;]+)",
                     re.IGNORECASE)
"""A kind of person named with "a" ("ideally a veteran working in healthcare admin in Texas",
"is there a pharmacist you know?"; not "is there a way I could meet them?")."""
_HEAD = re.compile(r"an?\s+(?P<head>[\w&'-]+(?:\s+(?!(?:working|who|that|in|at|from|with|on|for|"
                   r"like|based|doing|or|and|you|u|i|we)\b)[\w&'-]+){0,2})", re.IGNORECASE)
"""Who the person is, before where they work ("a veteran", "a business partner"): the words
that must fit, however the rest overlaps ("healthcare admin" is not a veteran)."""
_IS_A = re.compile(r"(?:\bwho(?:'s|\s+is|\s+was)|\b(?:ideally|preferably|especially|esp|"
                   r"particularly|in\s+particular|is\s+there))\s+$", re.IGNORECASE)
"""What comes before a kind that is the person themself ("someone who's a veteran")."""
_PRAISE = re.compile(r"an?\s+(?:really\s+)?(?:good|great|nice|friendly|helpful|approachable|kind|"
                     r"generous|useful|solid|strong|fun)\b", re.IGNORECASE)
"""A kind of person that is praise ("a good mentor"), which no contact says they know none of."""
_NOT_THAT_KIND = re.compile(r"(?:\b(?:not|never|already)|n't|\b(?:isnt|arent|wasnt|dont|doesnt|"
                            r"didnt))\s+(?:\w+\s+){0,2}$|^\s*(?:not|never|(?:is|are|was|were|do|"
                            r"does|did|has|have|had|wo|ca|could|would|should)n'?t)\b",
                            re.IGNORECASE)
_MET_ALREADY = re.compile(r"\b(?:spoke|spoken|talked|chatted|met|asked|emailed|messaged|"
                          r"reached\s+out|called)\s+(?:to|with)?\s*$", re.IGNORECASE)
_AFTER_KIND = re.compile(r"\s+(?:at\s+another|last|yesterday|because|bc|since|before|ago|"
                         r"a\s+while)\b.*$", re.IGNORECASE)
_INTO = re.compile(r"(\bfrom\s+[\w&'-]+(?:\s+(?!(?:in)?to\b)[\w&'-]+)?)\s+(?:in)?to\b.*$",
                   re.IGNORECASE)
"""Where someone who moved went ("from support into PM"): the contact's own work, which says
nothing of the kind of person asked for."""
_POINTS_BACK = re.compile(r"^(?:she|he|they|her|his|their|both|either|all|each)\b", re.IGNORECASE)
_ASKER = re.compile(r"\b(?:i|u|you|me|we)\s+(?:could|can|should|might|would|may|to)\b.*",
                    re.IGNORECASE)
_NO_KIND = frozenset(("talk", "balance", "event", "current", "company", "maybe", "perhap"))
"""Words of an ask that name no kind: "to chat to", "later in life", "at an edtech company
maybe" (its kind is edtech)."""
_ONLY_WITH = frozenset(("part", "non"))  # "the non-clinical side": its "side" alone says nothing


def _alike(wanted: set[str], said: set[str]) -> set[str]:
    """The wanted terms a sentence says, a word's own kin too: "research" in "a UX researcher"
    (who had been met with "Nobody in research comes to mind")."""
    return {w for w in wanted if any(_kin(w, s) for s in said)}


_NOT_KIN = ({"clinic", "clinical"}, {"part", "partner"})
"""Words that look of one family but name different things: a clinic is a place, clinical
work is with patients (a clinic's manager came from no clinical work); a business partner is
no "part" of anything."""


def _kin(one: str, other: str) -> bool:
    """Words of one family: "research" and "researcher", "teaching" and "teacher"."""
    short, long_ = sorted((one, other), key=len)
    if {short.rstrip("s"), long_} in _NOT_KIN:
        return False
    return one == other or len(short) >= 4 and (long_.startswith(short) or len(
        os.path.commonprefix((one, other))) >= max(5, len(short) - 3))


_ANY_OF = re.compile(r"\bany\s+(?:other\s+|more\s+)?(?!(?:one|body|more|other|others|else|tips?|"
                     r"advice|ideas?|thoughts?|questions?|chance|way|good|of)\b)(?P<who>(?:[a-z]+\s+)?[a-z]+?)(?:s|es)\b"
                     r"(?:\s+(?:you|u)\s+(?:know|could\s+suggest))?", re.IGNORECASE)
"""People asked for by what they are ("any veterans you know?", "any instructional designers"),
which is read as "anyone who's a veteran"."""


_COLLEAGUE = re.compile(r"\b(?P<who>anyone|anybody|someone|somebody|people|ppl)\s+(?:else\s+)?"
                        r"(?:on|in|at)\s+(?:your|ur|the)\s+(?:team|company|department|office|org)"
                        r"\s+(?=(?:who|that)\b)", re.IGNORECASE)
"""A colleague asked for by the contact's own team ("anyone on your team who…"): the kind is
who they are, not the team, which every name is on."""
_INTO_FROM = re.compile(r"\b(?P<verb>came|moved|switched|went|jumped|transitioned)\s+(?:in)?to\s+"
                        r"(?P<into>[\w&'-]+(?:\s+[\w&'-]+)?)\s+from\s+(?P<from>[\w&'-]+"
                        r"(?:\s+[\w&'-]+)?)", re.IGNORECASE)
"""A move said where-to first ("moved into product from healthcare"), read as from-then-to."""


def _kind_of(asked: str) -> re.Match[str] | None:
    """The kind of person asked for; not "not someone from hiring", nor "i spoke to someone in
    hiring last week"; "i've already talked to people in hiring, so someone who switched": who
    switched."""
    asked = _INTO_FROM.sub(r"\g<verb> from \g<from> into \g<into>", _COLLEAGUE.sub(
        r"\g<who> ", asked))
    asked = _ANY_OF.sub(lambda m: f"anyone who's {'an' if m['who'][0] in 'aeiouAEIOU' else 'a'}"
                        f" {m['who']}", asked)
    asked = _ANOTHER.sub(lambda m: "an " if m.string[m.end():m.end() + 1].lower() in "aeiou"
                         else "a ", asked)  # "ideally another ex-journalist": an ex-journalist
    return next((k for k in _KIND_ASKED.finditer(asked) if not (
        _NOT_THAT_KIND.search(asked[:k.start()])
        or _NOT_THAT_KIND.match(k["kind"]) or _MET_ALREADY.search(asked[:k.start()]))),
        None) or _A_KIND.search(asked)


def fitting_person(answer: str, asked: str, own: str = "", role: str = "", home: str = "") -> str:
    """The contact's names led by the one who fits the kind of person asked for ("ideally
    someone in data": the data analyst first), so the answer shows it heard the ask; ``own``:
    the contact's own facts, so no "I don't know anyone from ops" from one who came from ops."""
    kind = _kind_of(asked)
    said = _INTO.sub(r"\1", _AFTER_KIND.sub("", _ASKER.sub("", kind["kind"]))) if kind else ""
    wanted = set(content_terms(said)) - GENERIC_TERMS - _NO_KIND
    head = _HEAD.match(said) if kind and _IS_A.search(kind.string[:kind.start("kind")]) and not (
        _PRAISE.match(said) or _CHANGER.search(said)) else None  # "a career changer" is anyone
    # who switched, said in any words (``changers_asked``); "at a big company" is no person
    who = set(content_terms(head["head"].split()[-1])) - GENERIC_TERMS if head else set()
    sentences = re.split(r"(?<=[.!?])\s+", answer.strip())
    start = int(len(sentences[0].split()) <= 6 and not re.search(r"\s[A-Z][a-z]", sentences[0]))
    shared = [_alike(wanted, _in_a_sector(set(content_terms(sentence)))) for sentence in sentences]
    overlaps = [(len(both) + 10 * bool(who and who <= both)) if both - _ONLY_WITH else 0
                for both in shared]  # "a veteran …": the veteran first, whoever is in admin
    best = max(range(start, len(sentences)), key=overlaps.__getitem__, default=start)
    if wanted and not any(overlaps) and not any(shared) or _from_none(answer, kind) or (
            who and not any(who <= both for both in shared)):
        came_too = bool(own and kind and _CAME_FROM.search(kind["kind"])) and not _from_none(
            own, kind, whole=True)  # "Apart from me": the contact came from there themself
        # (all of it: a Chicago accountant is no one "from banking operations"); "another
        # veteran" is one like the user, who says nothing of the contact
        return _none_there(answer, asked, kind, came_too, role, home)
    if best <= start or overlaps[best] <= overlaps[start] or _POINTS_BACK.match(sentences[best]):
        return answer
    name = re.match(r"[A-Z][a-z]+\b", sentences[best])
    named = next((i for i in range(start, best) if name and name.group(0) in sentences[i]), None)
    if named is not None:  # "Luis began as a teacher, so …" after "Talk to Luis Ortega":
        first = re.sub(r"^(?:and|also|or|plus|then),?\s+", "", sentences[named], flags=re.I)
        return " ".join([*sentences[:start], first[:1].upper() + first[1:],  # the person whole
                         *sentences[named + 1:best + 1], *sentences[start:named],
                         *sentences[best + 1:]])
    lead = re.sub(r"^(?:and|also|or|plus|then),?\s+", "", sentences[best], flags=re.IGNORECASE)
    lead = re.sub(r",?\s+(?:too|as\s+well)(?=[.!?]$)", "", lead)  # first now: "too" of nothing
    return " ".join([*sentences[:start], lead[:1].upper() + lead[1:], *sentences[start:best],
                     *sentences[best + 1:]])


def _in_a_sector(terms: set[str]) -> set[str]:
    """A sentence's terms with the sector its work is in: "came from a bank" is the private
    sector, asked for as such."""
    return terms | {work for work in _SECTORS if terms & _THE_WORK_OF[work]}


_CHANGER = re.compile(
    r"\b(?:came|moved|switched|got|went|jumped)\s+(?:in(?:to)?\s+(?:\w+\s+){0,3}?)?(?:later(?:\s+on|"
    r"\s+in\s+life)?|mid-?career)\b|\bfrom\s+(?:a\s+)?(?:different|another|other)\s+(?:job|career|"
    r"field|industry|background|line\s+of\s+work|sector)\b|\b(?:career[\s-]+changers?|"
    r"(?:switched|changed)\s+careers?|second\s+career|retrained|start(?:ed)?\s+over|starting\s+"
    r"over|started\s+again|start\s+again|starting\s+again)\b", re.IGNORECASE)
"""Asking for someone who changed careers ("ideally someone who came into marketing later on
from a different job"), whatever they did before."""
_SWITCHED = re.compile(
    r"\b(?:before|used\s+to|was\s+an?|were\s+an?|switched|moved\s+(?:over|across|into|from)|"
    r"came\s+(?:from|over|in\s+from)|retrained|changed\s+careers?|career\s+changer|from\s+"
    r"[\w ]{2,20}?\s+(?:to|into)\b|started\s+(?:out\s+)?(?:as|in)|came\s+in\s+(?:through|via|"
    r"after)|after\s+(?:a\s+decade|(?:\w+\s+)?years?|a\s+career)\s+(?:in|as|at)|second\s+career|"
    r"left\s+(?:a|an|his|her|their|the)?\s*[\w-]+|began\s+(?:as|in)|joined\s+(?:us\s+)?from)\b",
    re.IGNORECASE)
"""What says someone named came from other work ("who was a nurse before her MBA")."""


_PATH = re.compile(r"\b(?:started|began|before|spent|worked|was|were|taught|trained|ran|managed|"
                   r"served|joined|moved|switched|came|retrained|left|after|then)\b", re.IGNORECASE)
"""A fact of the contact's path, where they came from ("Started as a customer success manager"),
not what they do now ("Works with six engineers"), which says nothing of where they were."""


def changers_asked(answer: str, asked: str, own: str) -> str:
    """The names after an honest word that none of them changed careers, when someone who did
    was asked for ("Apart from me": the contact did, their facts say)."""
    if not _CHANGER.search(asked) or _NONE_THERE.match(answer):
        return answer
    if _SWITCHED.search(answer):
        return answer
    me = "Apart from me, I" if _SWITCHED.search(own) else "I"
    return (f"{me} can't think of anyone who changed careers, I'm afraid, but these would still"
            f" be worth a conversation. {answer}")


def _from_none(answer: str, kind: re.Match[str] | None, whole: bool = False) -> bool:
    """Whether the ask was for someone who came from somewhere ("anyone who jumped from news
    into content?") that none of the contact's names did: "Tom is still at the agency" is no
    one from news, however the words of the rest overlap; "from teaching or from a PhD": from
    either."""
    came = _CAME_FROM.search(kind["kind"]) if kind else None
    if not came:
        return False
    where = re.split(r"\s+(?:in|into|to|at|for|with|that|who|like)\s+", kind["kind"][
        came.start("place"):])[0]
    switch = re.search(r"\s(?:in)?to\s", kind["kind"][came.start("place"):])  # "from X into Y"
    told = {_SPELLED_OUT.get(w, w) for w in re.findall(r"[a-z&'-]+", " ".join(  # "Greg manages
        clause for clause in _CLAUSES.split(answer.lower())  # our east clinic and left banking":
        if not switch or _SWITCHED.search(clause) or _FORMER.search(clause)))}  # from banking,
    # not clinical work
    words = [found for place in re.split(r"\s+(?:or|and)\s+(?:from\s+)?|\s*,\s*", where)
             if (found := {w for w in (_SPELLED_OUT.get(w, w) for w in re.findall(
                 r"[a-z&'-]+", place.lower())) if len(w) >= 3} - _NO_PLACE)]  # ("TV": none
    # of the place left would be found anywhere, "Apart from me" included)
    # "Qualified as a nurse" is clinical work (the contact's own path); "came from a bank" is
    # the private sector, whoever came from it
    told |= {work for work, said in _THE_WORK_OF.items() if (whole or work in _SECTORS) and (
        told & said)}
    return any(words) and not any(
        _alike(place, told) == place if whole else _alike(place, told) for place in words)


_NEWS = frozenset(("reporter", "reporters", "newsroom", "newspaper", "journalist", "journalists",
                   "journalism", "broadcaster", "broadcasting", "radio", "television", "news"))
_THE_WORK_OF = {
    "clinical": frozenset(("nurse", "nurses", "nursing", "doctor", "gp", "pharmacist", "midwife",
                           "physiotherapist", "physio", "paramedic", "clinician", "ward")),
    "classroom": frozenset(("teacher", "teachers", "teaching", "taught")),
    # "from the private sector": a bank, a company, corporate work, a newsroom
    "private": frozenset(("bank", "banking", "corporate", "business", "company", "firm",
                          "consulting", "consultancy", "retail", "sales", "hotel", "hotels",
                          "tech", "industry", "marketing", "finance", "law", "agency",
                          "newsroom", "newspaper", "reporter", "journalist", "broadcaster")),
    "journalism": _NEWS,
    "news": _NEWS,
    "media": _NEWS,
}
"""Work said by its setting ("from clinical work", "out of the classroom"), which a path names
by the job ("Qualified as a nurse", "Taught in a primary school"): the same work."""
_SECTORS = ("private", "journalism", "news", "media")
"""Settings anyone named may have come from ("a former reporter" is from journalism), not only
the contact: a nurse named now did not come from clinical work."""


_CLAUSES = re.compile(r"[.!?;]\s+|,?\s+(?:and|but|while|whereas)\s+|\s+[-\u2013\u2014]\s+")
"""A sentence in its clauses, one person's path in each ("Joanna, a practice nurse, for the
clinical side. And Tariq came from retail")."""
_FORMER = re.compile(r"\b(?:former|ex-|previously|originally|formerly|spent|worked|taught)\b")
"""A past of someone named said without a verb of moving ("a former ward sister")."""


_SPELLED_OUT = {"tv": "television", "ops": "operations", "mgmt": "management", "eng": "engineering",
                "comms": "communications", "admin": "administration", "pharma": "pharmaceutical"}
"""Shorthand for where someone came from, as the contact's words would spell it."""
_NO_PLACE = frozenset(("the", "profession", "job", "jobs", "role", "roles", "career", "work",
                       "works", "working", "background", "side", "world", "field", "sector",
                       "industry", "similar", "same"))
"""Words of where someone came from that say nothing of where ("a therapy profession")."""


def offer_to_lead(offer: str, answer: str, plain: str) -> str:
    """The introduction offered to the one the answer now leads with, when the offer named one
    other ("…from a PhD into analytics?": Ama first, so not "Shall I put you in touch with
    Rafael?")."""
    names = set(names_in(plain))
    offered = [n for n in re.findall(r"\b[A-Z][a-z]+\b", offer) if n in names]
    lead = next((n for n in names_in(answer) if n in names), None)
    if len(offered) != 1 or not lead or lead == offered[0]:
        return offer
    return re.sub(rf"\b{offered[0]}\b", lead, offer)


_WHERE_KIND = re.compile(r"(?:in|at|on|working\s+(?:in|at|on))\s+(?:like\s+)?(?P<place>(?:the\s+)?"
                         r"[\w&'-]+(?:\s+[\w&'-]+){0,2}?(?:\s+(?:or|and)\s+[\w&'-]+(?:\s+[\w&'-]+)??)?)"
                         r"\s*(?:(?:here\s+)?in\s+[\w'-]+(?:\s+[\w'-]+)?\s*)?"
                         r"(?:(?:specifically|especially|particularly|ideally|in\s+particular|maybe|perhaps|"
                         r"possibly|too|by\s+any\s+chance|at\s+all)\s*)?"
                         r"(?:(?:that|who|whom|i|we|you|u)\b.*)?\W*$", re.IGNORECASE)
"""Where the person asked for works ("anyone working in paeds I could speak to", "anyone at
like dell or indeed here in austin i could talk to"): a team or a place, which a contact
either has someone in or has not."""
_WHO_WORKS = re.compile(r"^(?:person\s+|one\s+)?(?:who|that)(?:'s|\s+is|\s+are)?\s+(?:works?|"
                        r"working)\s+(?=(?:in|at|on)\b)", re.IGNORECASE)


_CAME_FROM = re.compile(r"(?:who(?:'s|\s+has|\s+had)?\s+|that\s+)?(?:came|come|moved|switched|went|"
                        r"jumped|pivoted|transitioned|transferred|crossed\s+over|made\s+(?:the|a|"
                        r"that|this|their|the\s+same)\s+(?:\w+\s+)?(?:move|switch|jump|leap|"
                        r"transition)|left)\s+(?:over\s+|in\s+|across\s+)?(?:from|out\s+(?:of\s+)?"
                        r"(?=the\s)|(?<=left\s)(?=the\s))\s*(?P<place>(?:the\s+)?"
                        r"(?:(?:a|an)\s+)?(?!(?:the|a|an)\b)[\w&'-]+(?:\s+(?!(?:in|into|to|at|"
                        r"for|and|or)\b)[\w&'-]+)?)\s*"
                        r"(?:(?:in|into|to|at|for|with|that|who|whom|i|we|like|or|and)\b.*)?\W*$",
                        re.IGNORECASE)
"""Where the person asked for came from ("someone who came from healthcare")."""


_ONE_OF_MANY = frozenset(("agency", "startup", "start-up", "bank", "charity", "hospital", "school",
                          "consultancy", "newsroom", "nonprofit", "university", "clinic",
                          "pharmacy", "firm", "restaurant", "store", "shop", "factory",
                          "warehouse", "hotel", "council", "ngo"))
"""Places one works at one of, said with "a" ("from an agency"), not as a field ("from news")."""
_LETTERS = frozenset({"uk", "us", "usa", "nyc", "sf", "la", "sd"})
_ROLES = frozenset({"ic", "ics", "em", "ems", "pm", "pms", "swe", "swes"})
"""A role in shorthand, which no one works "in" or comes "from" as from a place ("EMS" in
capitals is the ambulance service, which people do come from)."""


def without_none_there(answer: str) -> str:
    """The names without the word that none of them works there, when the reply says it in
    its own way first ("I don't really know people in Australia …"): said once."""
    return _NONE_THERE.sub("", answer, count=1)


_NONE_THERE = re.compile(r"^(?:Apart from me, )?I (?:don't know (?:anyone|any\s|an?\s)|can't think"
                         r" of anyone who changed careers)[^.]*?, I'm afraid, but these"
                         r" would still be worth a conversation\. ")
_DOES_KIND = re.compile(r"(?:who|that)\s+(?:does|do|runs|handles|works\s+on|speciali[sz]es\s+in)\s+"
                        r"(?P<work>(?:[\w&'-]+\s+){0,2}?[\w&'-]+)\s*$", re.IGNORECASE)
"""The work of the person asked for ("esp someone who does email")."""


def _none_there(answer: str, asked: str, kind: re.Match[str] | None, me_too: bool = False,
                role: str = "", home: str = "") -> str:
    """The contact's names after an honest word that none of them works where the user asked
    ("I don't know anyone in paeds, but …"), when the ask was for a place or a team, not a
    kind of story, which names can fit without saying so."""
    said = kind.group(0)[len(re.match(r"(?:is\s+there|\S+)\s+(?:else\s+)?(?:(?:you|u)\s+(?:know|"
                                      r"(?:could|can|would|might)\s+(?:suggest|recommend|think\s+"
                                      r"of))\s+)?"
                                      r"(?:(?:you|u)(?:'d|\s+would)\s+(?:suggest|recommend)\s+(?:i"
                                      r"\s+(?:speak|talk|reach\s+out)\s+to\s+)?)?",
                                      kind.group(0)).group(0)):] if kind else ""
    said = _WHO_WORKS.sub("", said)  # "a person who works in public health"
    person = _HEAD.match(re.sub(r"^(?:who|that)(?:'s|\s+is|\s+was)?\s+", "", said))
    if person and not (_PRAISE.match(person.group(0)) or _CHANGER.search(said)):  # "ideally
        # a veteran working in Texas"
        named = re.split(r"\s+(?:like|who|that|so|because|bc|if|since|i|we|you|u|to|for\s+(?:me|"
                         r"advice))\b", person.string)[0].strip()
        me = "Apart from me, I" if me_too or set(content_terms(person["head"].split()[-1])) & set(
            content_terms(role)) else "I"  # "any instructional designers?", to one
        did = _WHO_DID.match(person.string[person.string.find(named) + len(named):])
        if did:  # "another mom who went back to work": none of those, not "who's a mom"
            return (f"{me} don't know any {_plural(_placed(named))} who {did['did']}, I'm "
                    f"afraid, but these would still be worth a conversation. {answer}")
        return (f"{me} don't know anyone who's {_placed(named)}, I'm afraid, but these would"
                f" still be worth a conversation. {answer}")
    does = _DOES_KIND.match(said)  # "someone who does email": the work, not a place
    if does:  # "Apart from me": the email marketer asked for someone who does email
        me = "Apart from me, I" if set(content_terms(does["work"])) & set(content_terms(
            role)) else "I"
        return (f"{me} don't know anyone who does {does['work'].strip()} as their main job, "
                f"I'm afraid, but these would still be worth a conversation. {answer}")
    where = _WHERE_KIND.match(said) or _CAME_FROM.match(said)
    if not where:
        return answer
    prep = "at" if re.match(r"(?:working\s+)?at\b", said, re.IGNORECASE) else "from" if (
        where.re is _CAME_FROM) else "in"
    place = re.sub(r"(?:\s+(?:recently|lately|before|already|earlier|too|maybe|perhaps|possibly|"
                   r"though|tho|ideally|please|pls))+$", "",
                   re.sub(r"\s+(?:or|and)\s+(?:maybe\s+|perhaps\s+|possibly\s+|even\s+)?(?:someone|"
                          r"somebody|anyone|anybody|people|a\s+person)\b.*$", "", where[
                              "place"].strip(), flags=re.IGNORECASE),  # "in FP&A or maybe
                   flags=re.IGNORECASE)  # someone who left…": in FP&A; "from IC recently": IC
    own = re.match(r"(?:your|ur)\s+(?P<rest>[\w&'-]+(?:\s+[\w&'-]+){0,2})$", place, re.IGNORECASE)
    if own and prep == "in":  # "anyone on your informatics team?": theirs, whom they know
        return (f"I'll ask around our {own['rest']} whether someone has time for a chat. These "
                f"would be worth a conversation too. {answer}")
    bare = re.sub(r"^(?:an?|the)\s+", "", place, flags=re.IGNORECASE)  # "at a hospital", to
    if place.lower() in _ROLES and place != "EMS" or (prep in ("in", "at") and re.search(
            rf"\b{re.escape(bare)}\b", home, re.IGNORECASE)):  # one at a hospital; "I don't
        # know anyone from IC"
        return answer  # is no English; "anyone in atlanta?" to an Atlanta contact: their own
    if prep == "at" and re.match(r"(?:an?)\s", place, re.IGNORECASE):  # "at a bank": no name
        return (f"I don't know anyone {prep} {_placed(place)}, I'm afraid, but these would "
                f"still be worth a conversation. {answer}")
    if prep == "from" and place.lower() in _ONE_OF_MANY:  # "from agency": from an agency
        place = f"{'an' if place[0].lower() in 'aeiou' else 'a'} {place}"
    into = re.search(r"\s(?:in)?to\s+(?P<to>(?:an?\s+|the\s+)?[\w&'-]+(?:\s+(?!(?:that|who|i|we|"
                     r"you|u|at|in|for|with|so|because|bc|to|and|or|is|was)\b)[\w&'-]+){0,2})",
                     said[where.end("place"):], re.IGNORECASE)
    if prep == "from" and into:  # "who went from eng into pm": none made that move, which is
        place = re.sub(r"[a-z]+", lambda m: _SPELLED_OUT.get(m.group(0), m.group(0)), place)
        to = re.sub(r"(?<![\w&])(?:pms?|ux|ui|hr|qa|ops|fp&a)(?![\w&])", lambda m: m.group(
            0).upper(), into["to"])  # "into pm", "into fp&a": PM, FP&A
        return (f"{'Apart from me, I' if me_too else 'I'} don't know anyone who made the move "
                f"from {_placed(place)} to {to.strip()}, I'm afraid, but these would still be "
                f"worth a conversation. {answer}")  # not the same as knowing no one in eng
    if prep == "at":  # employers by name: "dell or indeed" is Dell or Indeed
        place = re.sub(r"\b(?!(?:or|and|the)\b)([a-z])", lambda m: m.group(1).upper(), place)
    return (f"{'Apart from me, I' if me_too else 'I'} don't know anyone {prep} {_placed(place)},"
            f" I'm afraid, but these would still be worth a conversation. {answer}")


_WHO_DID = re.compile(r"\s+(?:who|that)\s+(?P<did>(?!(?:is|was|are|were|has|have|does|do)\b)"
                      r"[a-z]+(?:ed|ent|ame|ook|ot|ew|ft|un|ought)\b(?:\s+(?!(?:but|and|or|so|i|"
                      r"like|ideally|maybe)\b)[\w&'-]+){0,6})", re.IGNORECASE)
"""What the person asked for did ("who went back to work", "who moved into edtech product"):
a past verb and its words, up to a clause of the user's own."""


def _plural(kind: str) -> str:
    """"a mom" as "moms", "a veteran nurse" as "veteran nurses"."""
    kind = re.sub(r"^(?:an?|another|one|other)\s+", "", kind, flags=re.IGNORECASE)
    if kind.endswith("s"):
        return kind
    if re.search(r"[^aeiou]y$", kind):
        return kind[:-1] + "ies"
    return kind + ("es" if re.search(r"(?:ch|sh|x)$", kind) else "s")


def _placed(words: str) -> str:
    """Places and letters in their capitals ("chicago", "uk", "san diego"), as the user may
    not have typed them."""
    words = re.sub(r"\b[a-z]+\s+[a-z]+\b", lambda m: m.group(0).title() if (
        parse_timezone(m.group(0)) and not set(m.group(0).split()) & _NOT_PLACES) else m.group(0),
        words)  # "san diego", "new york"
    return re.sub(r"\b[a-z]+\b", lambda m: m.group(0).upper() if m.group(0) in _LETTERS else (
        m.group(0).title() if m.group(0) in PLACE_WORDS or (len(m.group(0)) > 3 and m.group(
            0) not in _NOT_PLACES and parse_timezone(m.group(0))) else m.group(0)), words)


_NOT_PLACES = frozenset(("central", "eastern", "western", "pacific", "mountain", "north", "south",
                         "east", "west", "sales", "reading", "bath", "time", "zone", "in", "at",
                         "the", "a", "an", "and", "or", "of"))
"""Words a time-zone reader takes for places that are more often something else ("sales")."""


_APART_FROM = re.compile(r"\b(?:apart\s+from|aside\s+from|besides|other\s+than|except(?:\s+for)?|"
                         r"not\s+counting|as\s+well\s+as|on\s+top\s+of)\s+([A-Za-z]+)",
                         re.IGNORECASE)


def _without_met(answer: str, asked: str) -> str:
    """The people to talk to, without one the user has already been given ("anyone else apart
    from ines?"): a sentence naming only them is left out, when others remain."""
    names = {m.group(1).lower() for m in _APART_FROM.finditer(asked)} - LEXICON.stopwords
    if not names:
        return answer
    sentences = re.split(r"(?<=[.!?])\s+", answer.strip())
    kept = [s for s in sentences if not {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", s)}
            & names]
    if not kept or len(kept) == len(sentences):
        return answer
    kept[0] = re.sub(r"^(?:And|Also|Plus),?\s+", "", kept[0])
    return " ".join([kept[0][:1].upper() + kept[0][1:], *kept[1:]])


def people_for(bank: Bank, persona_id: str, answer: str, asked: str) -> str:
    """The referral answer fitted to the kind of person ``asked`` for, with the contact's own
    path weighed ("Apart from me") and anyone already met left out."""
    who = persona_of(bank, persona_id)
    own = ". ".join(f for f in who.facts if _PATH.search(f))
    home = " ".join((who.organisation, *who.distinctive))
    moved = _MOVED_TO.search(asked) or _MOVED_FROM.search(asked)
    place = _placed(moved["place"]) if moved else ""
    if place and (place[:1].isupper() and _a_place(moved["place"]) or place.startswith("the ") and (
            moved.re is _MOVED_TO or place[4:5].isupper())) and (  # not "the private sector"
            place.lower() not in f"{answer} {home}".lower()):
        # "someone who came to Canada and moved into finance", to a Chicago manager; "maybe
        # someone who moved from india?": a newcomer here, not people there
        went = "to" if moved.re is _MOVED_TO else "here from"
        return _without_met(f"I don't know anyone who moved {went} {place}, I'm afraid, "
                            f"but these would still be worth a conversation. {answer}", asked)
    return _without_met(changers_asked(fitting_person(answer, asked, own, who.role, home),
                                       asked, own), asked)


def _a_place(words: str) -> bool:
    """Whether words name a place, not work typed in capitals ("moved from QA into dev")."""
    return words.lower() in PLACE_WORDS or bool(len(words) > 3 and words.lower() not in
                                                _NOT_PLACES and parse_timezone(words))


_MOVED_TO = re.compile(r"\b(?:came|come|moved|move|emigrated|immigrated|relocated)\s+(?:over\s+)?"
                       r"(?:to|here\s+to)\s+(?P<place>the\s+(?:us|uk|states)|[a-z]+(?:\s+(?!(?:and|or|but|to|into|in|"
                       r"for|from|with|who|that|then|as|so|because|bc|after|at|when|where|"
                       r"too|also|later|recently)\b)[a-z]+)?)\b",
                       re.IGNORECASE)
"""Someone who moved country, asked for by where they moved ("someone who came to Canada and
moved into finance"): a newcomer's story, which none of the contact's names may have."""
_MOVED_FROM = re.compile(_MOVED_TO.pattern.replace(r"(?:to|here\s+to)", r"(?:here\s+)?from"),
                         re.IGNORECASE)
"""The same, asked for by where they came from ("someone who moved from india?")."""


_ASK_AROUND = re.compile(r"(I'll ask around our [^.]*\.) These would be worth a conversation"
                         r" too\. ")
"""A team of the contact's own, asked after: they ask there, then the names follow."""
_MORE = re.compile(r"\b(?:else|other|others|more|another|additional)\b", re.IGNORECASE)
_GROWS = ("When you talk to them, ask each who else they'd suggest: that's how a list like this"
          " grows.")


def more_people(state: YouAskState, bank: Bank, question: Question, asked: str) -> str:
    """Who else to talk to, asked again: the one already named who fits the kind of person
    asked for now, or an honest word that nobody beyond them does; never the first name said
    over as if it answered "ideally a veteran in Texas". Empty when a plain repeat will do."""
    if "referral" not in question.flags:
        return ""
    said = told(state, bank, question)
    fitted = people_for(bank, state.persona_id, said, asked)
    none = _NONE_THERE.match(fitted)
    lead = next((new for new, old in zip(re.split(r"(?<=[.!?])\s+", fitted), re.split(
        r"(?<=[.!?])\s+", said), strict=False) if new != old), "")  # the one moved first
    own_team = _ASK_AROUND.match(fitted)
    if own_team:  # "anyone in your IT department?", after the names: theirs to ask
        reply = own_team.group(1)
    elif none:
        honest = none.group(0).split(", but these")[0]
        reply = (f"Apart from me and the people I mentioned, {honest[len('Apart from me, '):]}"
                 if honest.startswith("Apart") else f"Beyond the people I mentioned, {honest}")
        reply = f"{reply}. Any of them might know someone, though, so it's worth asking them."
    elif lead:
        reply = f"Of the people I mentioned, I'd start with this one. {lead}"
    elif _kind_of(asked):  # "anyone in texas?" to a Houston contact: all of them are
        names = re.split(r"(?<=[.!?])\s+", said)
        start = int(len(names) > 1 and len(names[0].split()) <= 6 and not re.search(
            r"\s[A-Z][a-z]", names[0]))  # not "Two people come to mind."
        reply = f"The people I mentioned are the closest I have to that. {names[start]}"
    elif _MORE.search(asked):
        reply = f"Those are the people I'd point you to; nobody else comes to mind now. {_GROWS}"
    else:
        return ""
    return "" if zlib.crc32(reply.encode()) in state.reply_keys else reply
