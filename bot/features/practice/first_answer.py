"""The contact's full answer to a question asked for the first time, and what it costs the
clock.

The answer is the session's variant of the persona's words, unless another variant opens on
what was asked; it may carry a follow-up (an offer, a question back) that the next message
can answer, and the question's tip for the coaching.
"""

from __future__ import annotations

import functools
import os
import re

from bot.banks.model import Bank, Question
from bot.features.practice import replies
from bot.features.practice.answers import find_specifics, word_count
from bot.features.practice.covered import TAUGHT, covered
from bot.features.practice.lexicon import LEXICON
from bot.features.practice.listening import SPOKEN_NUMBERS, made_or_moved
from bot.features.practice.people import (
    answer_of,
    as_insider,
    fitting_variant,
    follow_up_of,
    in_the_field,
    names_in,
    persona_of,
    works_in,
)
from bot.features.practice.state import YouAskState
from bot.features.practice.terms import GENERIC_TERMS, PLACE_WORDS, content_terms

__all__ = ["ASK_AGAIN", "ASSESS", "QUESTION_MINUTES", "SPEAKING_WORDS_PER_MINUTE", "first_answer",
           "minutes_for_answer", "without_none_there"]

QUESTION_MINUTES = 1.5
"""Simulated time to ask a question, listen to the lead-in and take a note."""

SPEAKING_WORDS_PER_MINUTE = 45.0
"""Bank answers are written summaries; said aloud with examples they run about three
times longer at ~130 spoken words a minute, so ~45 written words cost a minute."""


@functools.lru_cache(maxsize=1024)
def minutes_for_answer(text: str) -> float:  # the bank's answers: a fixed set, each counted once
    return QUESTION_MINUTES + word_count(text) / SPEAKING_WORDS_PER_MINUTE


ASSESS = "assess-my-background"
"""The question whose answer and tip ask the user for their background first."""
ASK_AGAIN = re.compile(r"(?:^|(?<=[.!?])\s+)(?:Tell me (?:a (?:bit|little) )?(?:more )?"
                       r"(?:about |what |your )|Give me (?:a quick rundown|the short version))"
                       r"[^.!?]*[.!?]")
"""The answer's own request for the background ("Tell me what you've worked on.")."""


_IN_WORDS = {n: w for w, n in SPOKEN_NUMBERS.items() if w not in ("a", "an") and " " not in w}


def _spelled(background: str) -> str:
    """"8 years as a dentist" as a sentence opens: "eight years as a dentist"."""
    number = re.match(r"\d{1,2}\b", background)
    word = _IN_WORDS.get(int(number.group())) if number else None
    return f"{word}{background[number.end():]}" if number and word else background


_IF_YOU_WORKED = re.compile(r"If you(?:'ve|\s+have)\s+worked\s+in\s+(?P<areas>[^:;.]+?),\s+"
                            r"(?P<then>that'?s[^.!?]*[.!?])\s*")
"""A guess at the user's background ("If you've worked in customer service, operations or
sales, that's worth more than you think"), which a contact drops once they have heard it,
or says plainly when it was right."""


def _not_theirs(answer: str, told: str) -> str:
    """The answer without a guess at backgrounds the user's is not among."""
    guess = _IF_YOU_WORKED.search(answer)
    if not guess:
        return answer
    areas = re.split(r",\s*|\s+or\s+|\s+and\s+", guess["areas"].lower())
    then = ""  # theirs: "That's worth more than you think", said of it, without the "if"
    if any(area and area in told.lower() for area in areas):
        then = guess["then"][:1].upper() + guess["then"][1:] + " "
    return (answer[:guess.start()] + then + answer[guess.end():]).strip()


_OUTSIDER_GAP = re.compile(
    r"\s*[^.!?]*\bgap\b[^.!?]*\b(?:knowing|understanding|learning)\s+how\s+(?:health\s+services|"
    r"hospitals?|schools?|charities|government|the\s+nhs|a\s+hospital|the\s+sector)\b[^.!?]*[.!?]",
    re.IGNORECASE)
"""The gap an outsider has ("The gap is usually knowing how health services are organised"),
no gap for someone who works in the field already (a band 7 pharmacist)."""
_INSIDER = "Coming from inside the field, you already know how it runs, which many changers don't."


_ASKS_WHERE_FROM = re.compile(
    r"\b(?:coming\s+(?:at\s+this\s+)?from|where\s+are\s+you\s+in\s+your\s+(?:own\s+)?career|"
    r"what\s+(?:do\s+you\s+do|are\s+you\s+doing)\s+(?:now|at\s+the\s+moment)|your\s+background"
    r"|what\s+(?:kind\s+of\s+|sort\s+of\s+)?work\s+(?:are\s+you\s+doing|do\s+you\s+do)\s+now"
    # "Do you work close to customers in your current job?", to a physio of nine years (not
    # "What data do you work with in your current job?", which asks what was not told)
    r"|^(?:do|are|is|have)\s+you\b[^?]*\bin\s+your\s+(?:current|present)\s+(?:job|role|work|"
    r"position))\b",
    re.IGNORECASE)
"""A follow-up asking where the user comes from, which a user who has said so has answered."""
_ASKS_EXPOSURE = re.compile(r"\b(?:spent|had|done)\s+any\s+time\s+(?:on|in|at|with|working)\b",
                            re.IGNORECASE)
"""A follow-up asking whether the user has seen the work at all ("Have you spent any time on a
hospital floor yet?"), which a paramedic of ten years who just said so has answered."""
_ASKS_WHAT_ROLE = re.compile(r"\b(?:picture\s+yourself|aiming\s+for|what\s+(?:kind\s+of\s+)?role|"
                             r"which\s+subject|what\s+age\s+group)\b", re.IGNORECASE)
"""A follow-up asking what the user wants to do, which a user who has said so has answered."""
_ASKS_WHY_FIELD = re.compile(r"\b(?:pulls?|draws?|drew|attracts?|brings?)\s+you\s+(?:to(?:wards?)?|"
                             r"into)\b|\bmade\s+you\s+(?:interested|want|curious)\b", re.IGNORECASE)
"""A follow-up asking what draws the user to the field, which one already in it is not asked."""
_ASKS_WHAT_CLASS = re.compile(r"\b(?:subject|grade|age\s+group)\b", re.IGNORECASE)
_NAMES_CLASS = re.compile(
    rf"\b(?:{TAUGHT}|bio|chem|computer\s+science|\d{{1,2}}(?:st|nd|rd|th)\s+grade|year\s+\d|ks\d)\b",
    re.IGNORECASE)
"""A grade or a subject named ("hs biology"), which "what grade and subject?" asks for."""
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
_NO_KIND = frozenset(("talk", "balance", "event", "current"))  # "to chat to", "later in life"
_ONLY_WITH = frozenset(("part", "non"))  # "the non-clinical side": its "side" alone says nothing


def _alike(wanted: set[str], said: set[str]) -> set[str]:
    """The wanted terms a sentence says, a word's own kin too: "research" in "a UX researcher"
    (who had been met with "Nobody in research comes to mind")."""
    return {w for w in wanted if any(_kin(w, s) for s in said)}


def _kin(one: str, other: str) -> bool:
    """Words of one family: "research" and "researcher", "teaching" and "teacher"."""
    short, long_ = sorted((one, other), key=len)
    return one == other or len(short) >= 4 and (long_.startswith(short) or len(
        os.path.commonprefix((one, other))) >= max(5, len(short) - 3))


def fitting_person(answer: str, asked: str, own: str = "", role: str = "", home: str = "") -> str:
    """The contact's names led by the one who fits the kind of person asked for ("ideally
    someone in data": the data analyst first), so the answer shows it heard the ask; ``own``:
    the contact's own facts, so no "I don't know anyone from ops" from one who came from ops."""
    # not "not someone from hiring", "i spoke to someone in hiring last week"; "i've already
    # talked to people in hiring, so someone who switched": who switched
    kind = next((k for k in _KIND_ASKED.finditer(asked) if not (
        _NOT_THAT_KIND.search(asked[:k.start()])
        or _NOT_THAT_KIND.match(k["kind"]) or _MET_ALREADY.search(asked[:k.start()]))), None)
    said = _INTO.sub(r"\1", _AFTER_KIND.sub("", _ASKER.sub("", kind["kind"]))) if kind else ""
    wanted = set(content_terms(said)) - GENERIC_TERMS - _NO_KIND
    sentences = re.split(r"(?<=[.!?])\s+", answer.strip())
    start = int(len(sentences[0].split()) <= 6 and not re.search(r"\s[A-Z][a-z]", sentences[0]))
    shared = [_alike(wanted, set(content_terms(sentence))) for sentence in sentences]
    overlaps = [len(both) if both - _ONLY_WITH else 0 for both in shared]
    best = max(range(start, len(sentences)), key=overlaps.__getitem__, default=start)
    if wanted and not any(overlaps) and not any(shared) or _from_none(answer, kind):
        came_too = bool(own and kind and _CAME_FROM.search(kind["kind"])) and not _from_none(
            own, kind, whole=True)  # "Apart from me": the contact came from there themself
            # (all of it: a Chicago accountant is no one "from banking operations")
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


_CHANGER = re.compile(
    r"\b(?:came|moved|switched|got|went|jumped)\s+(?:in(?:to)?\s+(?:\w+\s+){0,3}?)?(?:later(?:\s+on|"
    r"\s+in\s+life)?|mid-?career)\b|\bfrom\s+(?:a\s+)?(?:different|another|other)\s+(?:job|career|"
    r"field|industry|background|line\s+of\s+work|sector)\b|\b(?:career[\s-]+changers?|"
    r"(?:switched|changed)\s+careers?|second\s+career|retrained)\b", re.IGNORECASE)
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
    told = set(re.findall(r"[a-z&'-]+", answer.lower()))
    words = [{_SPELLED_OUT.get(w, w) for w in re.findall(r"[a-z&'-]+", place.lower())
              if len(w) >= 3} - _NO_PLACE
             for place in re.split(r"\s+(?:or|and)\s+(?:from\s+)?|\s*,\s*", where)]
    return any(words) and not any(
        _alike(place, told) == place if whole else _alike(place, told) for place in words)


_SPELLED_OUT = {"ops": "operations", "mgmt": "management", "eng": "engineering",
                "comms": "communications", "admin": "administration", "pharma": "pharmaceutical"}
"""Shorthand for where someone came from, as the contact's words would spell it."""
_NO_PLACE = frozenset(("the", "profession", "job", "jobs", "role", "roles", "career", "work",
                       "works", "working", "background", "side", "world", "field", "sector",
                       "industry", "similar", "same"))
"""Words of where someone came from that say nothing of where ("a therapy profession")."""


def _offer_to_lead(offer: str, answer: str, plain: str) -> str:
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
                         r"(?:(?:specifically|especially|particularly|ideally|in\s+particular)\s*)?"
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
"""A role in shorthand, which no one works "in" or comes "from" as from a place."""


def without_none_there(answer: str) -> str:
    """The names without the word that none of them works there, when the reply says it in
    its own way first ("I don't really know people in Australia …"): said once."""
    return _NONE_THERE.sub("", answer, count=1)


_NONE_THERE = re.compile(r"^(?:Apart from me, )?I (?:don't know anyone|can't think of anyone who"
                         r" changed careers)[^.]*?, I'm afraid, but these"
                         r" would still be worth a conversation\. ")
_DOES_KIND = re.compile(r"(?:who|that)\s+(?:does|do|runs|handles|works\s+on|speciali[sz]es\s+in)\s+"
                        r"(?P<work>(?:[\w&'-]+\s+){0,2}?[\w&'-]+)\s*$", re.IGNORECASE)
"""The work of the person asked for ("esp someone who does email")."""


def _none_there(answer: str, asked: str, kind: re.Match[str] | None, me_too: bool = False,
                role: str = "", home: str = "") -> str:
    """The contact's names after an honest word that none of them works where the user asked
    ("I don't know anyone in paeds, but …"), when the ask was for a place or a team, not a
    kind of story, which names can fit without saying so."""
    said = kind.group(0)[len(re.match(r"\S+\s+(?:else\s+)?(?:(?:you|u)\s+(?:know|(?:could|can|"
                                      r"would|might)\s+(?:suggest|recommend|think\s+of))\s+)?"
                                      r"(?:(?:you|u)(?:'d|\s+would)\s+(?:suggest|recommend)\s+(?:i"
                                      r"\s+(?:speak|talk|reach\s+out)\s+to\s+)?)?",
                                      kind.group(0)).group(0)):] if kind else ""
    said = _WHO_WORKS.sub("", said)  # "a person who works in public health"
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
    place = re.sub(r"\s+(?:recently|lately|before|already|earlier|too)$", "",
                   where["place"].strip(), flags=re.IGNORECASE)  # "from IC recently": from IC
    if place.lower() in _ROLES or (prep == "in" and re.search(
            rf"\b{re.escape(place)}\b", home, re.IGNORECASE)):  # "I don't know anyone from IC"
        return answer  # is no English; "anyone in atlanta?" to an Atlanta contact: their own
    if prep == "from" and place.lower() in _ONE_OF_MANY:  # "from agency": from an agency
        place = f"{'an' if place[0].lower() in 'aeiou' else 'a'} {place}"
    if prep == "at":  # employers by name: "dell or indeed" is Dell or Indeed
        place = re.sub(r"\b(?!(?:or|and|the)\b)([a-z])", lambda m: m.group(1).upper(), place)
    place = re.sub(r"[a-z]+", lambda m: m.group(0).upper() if m.group(0) in _LETTERS else (
        m.group(0).title() if m.group(0) in PLACE_WORDS else m.group(0)), place)  # "chicago"
    return (f"{'Apart from me, I' if me_too else 'I'} don't know anyone {prep} {place}, I'm"
            f" afraid, but these would still be worth a conversation. {answer}")


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


def first_answer(state: YouAskState, bank: Bank, question: Question, flags: list[str],
                 notes: list[str] | None, asked: str = "") -> str:
    """The full answer to a question asked for the first time, which covers its category and
    adds the question's tip to ``notes`` (unless a note made that point, or ``notes`` is None:
    a pay question's tip is for someone who asked the contact's own). A follow-up that asks
    something of the user (an offer, a question) is remembered for the next message."""
    variant = fitting_variant(bank, question, state.persona_id, state.variant, asked)
    if variant != state.variant:  # said again or quoted later, it is this telling
        state.told_variant[question.id] = variant
    answer = answer_of(bank, question, state.persona_id, variant, as_insider(state, question,
                                                                             asked))
    plain = answer
    if "referral" in question.flags:
        who = persona_of(bank, state.persona_id)
        own = " ".join(f for f in who.facts if _PATH.search(f))
        home = " ".join((who.organisation, *who.distinctive))
        answer = _without_met(changers_asked(fitting_person(answer, asked, own, who.role, home),
                                             asked, own), asked)
    ask = ASK_AGAIN.search(answer) if question.id == ASSESS else None
    # "I grew the open rate from 22% to 41%… would that count?": the result, heard, and not
    # asked for again ("Have you ever promoted anything, and tracked how it went?")
    shown = made_or_moved(asked, find_specifics(asked), state.variant) if (
        question.id == ASSESS and asked) else ""
    heard = question.id == ASSESS and state.told_background
    if ask and heard:
        # They have told the contact who they are: no "tell me about your background" again,
        # and no tip to give one.
        answer, notes = ASK_AGAIN.sub("", answer).strip() or answer, None
        answer = answer[:1].upper() + answer[1:]
    elif ask and not shown:  # the reply is the background asked for, not a new question
        state.awaiting, state.awaiting_text = "question", ask.group().strip()
    if shown:
        answer = f"{shown} {ASK_AGAIN.sub('', answer).strip() or answer}"
    elif heard and state.background:  # "15 years teaching economics": what they told, heard
        told = _spelled(state.background)
        told = told[:1].upper() + told[1:]
        answer = f"{told} gives you something real to build on. {_not_theirs(answer, told)}"
        if in_the_field(state.background, state.field) and _OUTSIDER_GAP.search(answer):
            answer = _OUTSIDER_GAP.sub(f" {_INSIDER}", answer, count=1).strip()
    follow_up = None if state.awaiting or shown else follow_up_of(
        bank, question, state.persona_id, state.variant)  # one thing asked of them at a time
    if follow_up and heard and set(content_terms(asked)) & set(content_terms(follow_up)) - (
            GENERIC_TERMS):  # "I built the department's budget model": no "Have you ever
        follow_up = None     # owned or helped build a budget?"
    aim = asked if covered("role-aiming-for", asked) else state.aim  # said now, or before
    if follow_up and (state.told_background and (_ASKS_WHERE_FROM.search(follow_up) or (
            _ASKS_EXPOSURE.search(follow_up))) or (
            _ASKS_WHAT_ROLE.search(follow_up) and aim and not (
                _ASKS_WHAT_CLASS.search(follow_up) and not _NAMES_CLASS.search(aim))) or (
            (_ASKS_WHAT_ROLE.search(follow_up) or _ASKS_WHY_FIELD.search(follow_up)) and (
                state.insider or in_the_field(state.background, state.field)))):
        follow_up = None  # "I'm a CPA in audit… how did u end up in FP&A?": no "coming from
        # accounting, or somewhere else?" after it; "i want to teach hs biology…": no "what
        # grade level and subject do you picture yourself teaching?", nor, to a maths teacher
        # of 20 years, "What age group and subject could you picture yourself teaching?"
    if follow_up and answer != plain:
        follow_up = _offer_to_lead(follow_up, answer, plain)
    if follow_up:
        kind = replies.prompt_kind(follow_up, answer)
        if "referral" in question.flags or kind == "offer" or state.follow_ups_offered % 2 == 0:
            answer = f"{answer}\n\n{follow_up}"  # an offer is always made
            if kind:
                state.awaiting, state.awaiting_text = kind, follow_up
        state.follow_ups_offered += 1
    telling = None if state.awaiting else replies.tell_offer(answer) or replies.invitation_in(
        answer)  # "Would you like to come in for an observation day?" in the answer itself
    if telling:  # "What I can do is tell you what got our last hire through": a yes takes it
        state.awaiting, state.awaiting_text = "offer", telling
    state.asked.append(question.id)
    if question.category not in state.categories:
        state.categories.append(question.category)
    if question.id == ASSESS and (state.told_background or shown):
        notes = None  # no "give a 20-second summary of your background first" after one
    habit_tip = bool(set(question.flags) & {"closed", "googleable", "job_ask"})
    if question.tip and notes is not None and not notes and not (habit_tip and not flags):
        tip = re.sub(r"\bCV(s?)\b", "r\u00e9sum\u00e9\\1", question.tip) if works_in(
            bank, state.persona_id) == "US" else question.tip  # said to a US contact: résumé
        notes.append(f"Tip: {tip}")
    state.elapsed += minutes_for_answer(answer)
    return answer
