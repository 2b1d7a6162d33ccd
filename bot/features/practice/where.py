"""Where the user lives, read from their time zone, against where a contact works: a
contact's pay, credentials and hiring are their own country's, so a user meets someone from
theirs first, and hears it said when the figures are another country's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.banks.model import Persona, Question
from bot.engine.timezones import zone_of_place
from bot.features.practice.countries import country_of
from bot.features.practice.credentials import ACRONYMS
from bot.features.practice.lexicon import LEXICON
from bot.features.practice.recognition import degree_from_abroad

_AMERICAN = {"organisation": "organization", "organisations": "organizations",
             "organisation's": "organization's", "organisations'": "organizations'",
             "organise": "organize", "organised": "organized", "organising": "organizing",
             "programme": "program", "programmes": "programs", "favourite": "favorite",
             "colour": "color", "behaviour": "behavior", "specialise": "specialize",
             "specialised": "specialized", "prioritise": "prioritize", "analyse": "analyze",
             "travelling": "traveling", "enrolment": "enrollment", "judgement": "judgment",
             # the sector's name: "a small local charity" is "a small local nonprofit" there
             "charity": "nonprofit", "charities": "nonprofits", "charity's": "nonprofit's"}
_BRITISH = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _AMERICAN), key=len,
                                                  reverse=True)) + r")(?![\w'])", re.IGNORECASE)


def in_their_spelling(text: str, works_in: str) -> str:
    """A US contact's words as an American writes them: the lines the bot composes for every
    contact ("…from one organisation to the next") are in British spelling."""
    if works_in != "US":
        return text

    def american(m: re.Match[str]) -> str:
        word = _AMERICAN[m.group(0).lower()]
        return word[:1].upper() + word[1:] if m.group(0)[:1].isupper() else word

    text = _BRITISH.sub(american, text)
    for british, us in _BRITISH_PHRASES:
        text = text.replace(british, us)
    return text


_BRITISH_PHRASES = (("Lovely, ", "Great, "), ("Lovely.", "Great."), ("Lovely to ", "Great to "),
                    ("copy you in", "cc you"), ("copy you both in", "cc you both"),
                    ("how you get on", "how it goes"), ("your CV", "your résumé"),
                    ("Shall I", "Should I"))
"""The British turns of phrase of the lines composed for every contact."""


_COUNTRIES = frozenset({"uk", "usa", "america", "britain", "england", "scotland", "wales",
                        "ireland"})
_PLACES = frozenset(p for p in LEXICON.places if p not in _COUNTRIES)


_TWO_WORDS = (("los angeles", "la"), ("new york", "nyc"), ("san francisco", "sf"),
              ("san diego", "sd"), ("san antonio", "satx"), ("san jose", "sanjose"),
              ("el paso", "elpaso"), ("fort worth", "fortworth"), ("new orleans", "nola"),
              ("salt lake city", "slc"), ("st louis", "stl"), ("st. louis", "stl"),
              *((two, two.replace(" ", "")) for two in (
                  "north carolina", "south carolina", "north dakota", "south dakota", "new jersey",
                  "new mexico", "new hampshire", "west virginia", "rhode island")))
_STATES = {two.replace(" ", ""): two.title() for two, _ in _TWO_WORDS[12:]}
"""Places of two words ("North Carolina"), read as one: not "a rough guide for North"."""
_DIRECTIONS = frozenset({"north", "south", "northern", "southern", "northeast", "northwest",
                         "southeast", "southwest"})
_REGION = re.compile(r"\b(?:the\s+)?(north|south|northeast|northwest|southeast|southwest)\s+of\s+"
                     r"(england|scotland|wales|ireland|the\s+uk|the\s+us)\b", re.IGNORECASE)
_SAID_AS = {"la": "LA", "nyc": "New York", "sf": "San Francisco", "sd": "San Diego",
            "satx": "San Antonio", "sanjose": "San Jose", "elpaso": "El Paso",
            "fortworth": "Fort Worth", "nola": "New Orleans", "slc": "Salt Lake City",
            "stl": "St. Louis", **_STATES}


def _places_in(text: str) -> list[str]:
    """The places ``text`` names, in its own order ("Columbus, Ohio": Columbus first)."""
    text = text.lower()
    for two, one in _TWO_WORDS:  # "a skincare brand in Los Angeles" is in LA
        text = text.replace(two, one)
    return list(dict.fromkeys(w for w in re.findall(r"[a-z]+", text) if w in _PLACES
                              or w in _STATES))


def _shown(place: str, asked: str) -> str:
    """A place as said back: "LA", "Manchester", "the north of England" (not "North")."""
    region = _REGION.search(asked) if place in _DIRECTIONS else None
    if region:
        country = region[2].lower()
        country = country.upper() if country in ("the uk", "the us") else country.title()
        return f"the {region[1].lower()} of {country.replace('THE ', 'the ')}"
    return _SAID_AS.get(place) or (place.upper() if len(place) <= 3 else place.title())


_PEOPLE_IN = re.compile(r"\b(?:agenc(?:y|ies)|companies|firms?|studios?|startups?)\b[^.?!]{0,25}?"
                        r"\b(?:in|from|based\s+in|"
                        r"over\s+in|near|around)\s+(?:the\s+)?(?P<place>[a-z]+(?:\s+[a-z]+){0,2})",
                        re.IGNORECASE)


def _home(persona: Persona) -> str:
    """Where a contact works, in the words that name it."""
    return " ".join((persona.organisation, persona.role, *persona.distinctive)).lower()


def people_in_city(text: str, persona: Persona) -> str:
    """The city whose firms the user asks to meet people at ("u know any ppc agencies in
    columbus?"), as said back, when it is not where the contact works; "" otherwise (people
    asked for in a city are ``first_answer``'s: "I don't know anyone in Chicago")."""
    theirs = _places_in(_home(persona))
    for found in _PEOPLE_IN.finditer(text):
        named = [p for p in _places_in(found["place"]) if p not in theirs and p not in _DIRECTIONS]
        if named:
            return _shown(named[0], text)
    here = "the US" if persona.country == "US" else "the UK"
    for found in _ANYONE.finditer(text):  # "anyone working with data in the energy sector, in
        rest = without_moves(re.split(r"[?!]", text[found.end():])[0][:160])  # Norway"; not
        there = country_named(rest, here)  # "someone who came to Canada": a newcomer here
        if there and there not in ("the UK", "the US"):
            return there
    return ""


def without_moves(text: str) -> str:
    """``text`` without where someone moved to or from ("someone who moved here from india"):
    a newcomer's story, not people asked for there."""
    return _MOVED.sub(" ", text)


_MOVED = re.compile(r"\b(?:came|come|moved|move|moving|emigrated|immigrated|relocated)\s+"
                    r"(?:over\s+)?(?:here\s+)?(?:to|from)\s+\w+(?:\s+\w+)?", re.IGNORECASE)
_ANYONE = re.compile(r"\b(?:someone|somebody|anyone|anybody|people|person|contacts?)\b",
                     re.IGNORECASE)


MARKET_QUESTIONS = frozenset({"job-prospects", "is-it-hard-to-get-in", "are-you-hiring",
                              "job-search-length", "remote-developers", "remote-hybrid-general"})
"""The questions whose answers are about the job market where the contact works: only these
get "I only know the market here in Seattle" before them (not a work-life answer)."""


def another_country(asked: str, persona: Persona, question: Question) -> tuple[str, str]:
    """Pay or the job market asked of another country ("What's the data job market like in
    Sydney right now?" to a London analyst): the contact's own figures do not answer it, so
    they say so, and offer how it looks where they work, for comparison, as the reply and
    that offer; ("", "") otherwise."""
    pay = "pay" in question.flags
    alone = JUST_A_PLACE.fullmatch(asked)  # "and in Lisbon?", to the offer of theirs
    if not (pay or question.id in MARKET_QUESTIONS) or not (_MARKET_OR_PAY.search(
            asked) or alone) or _REMOTE.search(asked):  # (remote for a US company: theirs)
        return "", ""
    here = "the US" if persona.country == "US" else "the UK"
    abroad = country_named(asked, here)
    theirs = _places_in(_home(persona))
    if not abroad or abroad in ("the UK", "the US") or not (
            pay or alone or _together(asked, _MARKET, here)) or (theirs and any(
                p not in theirs and country_named(p, here) in (None, here)
                for p in _places_in(asked))):  # a city of theirs as well
        return "", ""
    what = "pay" if pay else "the market"
    offer = f"Shall I tell you how {'it works' if pay else 'it looks'} here, for comparison?"
    if alone:  # "and melbourne?", just after that offer
        there = next((_shown(p, asked) for p in _places_in(asked)), abroad)
        return f"Same for {there}, I'm afraid: I only know {what} here in {here}. {offer}", offer
    return (f"I only know {what} here in {here}, so I can't really speak for {abroad}: someone"
            f" who works there would know it far better. {offer}", offer)


def _together(asked: str, words: re.Pattern[str], here: str) -> bool:
    """Whether one question of the message asks with these words of another country: "shud i
    learn java since all indian companies want it? n is DSA needed for backend roles" asks of
    no market in India."""
    return any(words.search(part) and country_named(part, here) for part in asked.split("?"))


JUST_A_PLACE = re.compile(r"\W*(?:(?:ok|okay|hmm|so|and|oh)\W+)?(?:(?:what|how)\s+about|and)\s+"
                          r"(?:in\s+|for\s+)?(?:\w+\W*){1,3}?", re.IGNORECASE)
"""A place said alone after an answer ("what about texas?", "and in lisbon?"): that answer
asked again, for there."""


_MARKET_OR_PAY = re.compile(r"\b(?:pay|paid|salar|earn|wage|market|jobs?|roles?|hiring|openings|"
                            r"opportunit|demand|compar)", re.IGNORECASE)
"""Words that ask about pay or the market themselves, and not, say, how to get in there."""


def from_here(asked: str, persona: Persona, flags: Sequence[str], question_id: str = "",
              alone: bool = False, answer: str = "") -> str:
    """Before a pay answer to a question about another place in the contact's country ("what
    would a new chem teacher start on in arizona?" to a Columbus teacher): whose figures
    these are, said first; before any other answer to a question about a credential in
    another country ("whether my ACCA would be recognised here in Canada" to a Chicago
    manager): whose rules these are. "" when the question names no other place. ``alone``: no
    answer follows, so no "take this as a rough guide" to nothing; an ``answer`` that names
    the place itself ("…a bit more in London") needs no word on a country's figures."""
    theirs = _places_in(_home(persona))  # "Texas"
    here = "the US" if persona.country == "US" else "the UK"
    named = [p for p in _places_in(asked) if p not in theirs  # a city of theirs, not Mexico's
             and country_named(p, here) is None]
    abroad = country_named(asked, here)  # "teacher pay in Australian schools" to a Leeds one
    market = _MARKET.search(asked) and (not question_id or question_id in MARKET_QUESTIONS)
    remote_from = "pay" not in flags and _REMOTE.search(asked) and (_named_anywhere(
        asked, here) or (abroad if _ACROSS.search(asked) else None))
    if remote_from:  # "would ur company hire a PM based in nigeria full remote?", "hiring devs
        return _REMOTE_FROM.format(here=here, there=remote_from)  # … in another country"
    if abroad and ("pay" in flags or market and _together(asked, _MARKET, here)) and not (
            theirs and named):  # (a city: as below)
        what = "pay" if "pay" in flags else "the market"
        if alone:
            return (f"I only know {what} here in {here}, so I can't really speak for {abroad}:"
                    " someone who works there would know it far better.")
        return (f"I only know pay here in {here}, so these figures won't tell you much about"
                f" {abroad}." if what == "pay" else f"I only know the market here in {here}, so"
                f" take this with a pinch of salt for {abroad}.")
    if "pay" not in flags:  # a question's flags
        if theirs and named and market:  # "many dev jobs in glasgow?"
            there = _shown(named[0], asked)
            return (f"I only know the market here in {_shown(theirs[0], '')}, so I can't really"
                    f" speak for {there}: someone who hires there would know it far better."
                    if alone else f"I only know the market here in {_shown(theirs[0], '')}, so"
                    f" take this as a rough guide for {there}.")
        return _rules_from_here(asked, persona.country)
    if not named:
        return ""
    if not theirs:  # a contact who names no city of theirs gives the country's figures
        zone = zone_of_place(named[0])
        if re.search(rf"\b{re.escape(_shown(named[0], asked))}\b", answer, re.IGNORECASE):
            return ""
        return (f"My figures are for the {persona.country} as a whole, so take them as a rough"
                f" guide for {_shown(named[0], asked)}." if zone and country_of(
                    zone) == persona.country else "")
    return (f"I only know the numbers here in {_shown(theirs[0], '')}, so take these as a rough"
            f" guide for {_shown(named[0], asked)}.")


def again_elsewhere(answer: str, asked: str, persona: Persona, question: Question) -> str:
    """A question answered before, asked now of another place ("and what's the market like
    in Toronto?" after the UK's): that the contact can't speak for it, as the whole reply; or
    a caveat before the answer said again ("I only know the numbers here in Atlanta, so take
    these as a rough guide for DC."). ``answer`` as it was when no other place is asked, or
    the question asks for people (weighed with the referral)."""
    if "referral" in question.flags:
        return answer
    alone = from_here(asked, persona, question.flags, question.id, alone=True)
    if not alone:
        return answer
    return alone if alone != from_here(asked, persona, question.flags, question.id) \
        else f"{alone} {answer}"


_REMOTE = re.compile(r"\bremote(?:ly)?\b|\bwork(?:ing)?\s+from\s+(?:home|abroad|overseas|another\s+"
                     r"country)\b|\bwfh\b"
                     # "doing the job from nigeria", "based in lagos and join a london team"
                     r"|\b(?:do(?:ing)?|work(?:ing)?)\s+(?:the\s+(?:job|role|work)|it|this(?:\s+"
                     r"(?:job|role|work))?)\s+from\b|\bbased\s+(?:in|out\s+of)\s+[\w ]{2,24}?\s+"
                     r"(?:and|but|while)\s+(?:join|work)", re.IGNORECASE)
_ACROSS = re.compile(r"\b(?:another|other|different)\s+country\b|\babroad\b|\boverseas\b|"
                     r"\bcross[\s-]border\b", re.IGNORECASE)
"""Remote work asked of across a border ("fully remote in another country like nigeria")."""
_REMOTE_FROM = (
    "Working for a team in {here} from {there} is its own question: most employers, mine"
    " included, can only put people on the payroll where they're registered, so roles across"
    " borders tend to be contracts, sometimes through an employer-of-record service, and"
    " they'll want a few hours' overlap with the team's day. Look for postings that say"
    " remote worldwide, or name your region.")
"""Working remotely from another country, which a contact answers apart from remote work."""


def _named_anywhere(asked: str, here: str) -> str | None:
    """The other country the user would work from ("applying from lagos", "a PM based in
    nigeria"); not a place whose jobs are asked about ("mostly London and remote roles?")."""
    found = _countries(asked, here, r"(?:from|(?:based|living|located|sitting)\s+in|live\s+in|"
                                    r"i'?m\s+in|(?:someone|people|candidates?|folks?)\s+in|"
                                    r"based\s+out\s+of)\s+(?:the\s+)?")
    return found[0][1] if found else None


def _countries(asked: str, here: str, before: str = "") -> list[tuple[int, str]]:
    """Each other country ``asked`` names (or a city of), where, in order; ``before``: what
    must come just before the name."""
    found = sorted((m.start(), country) for country, pattern in _ABROAD.items() if country != here
                   for m in re.finditer(rf"\b{before}(?:{pattern})\b", asked, re.IGNORECASE))
    if found and not all(country in _REGIONS for _, country in found):
        return found
    known = re.compile(rf"\b(?:{'|'.join(_ABROAD.values())})\b", re.IGNORECASE)  # "Northern
    masked = known.sub(lambda m: " " * len(m[0]), asked)  # "Northern Ireland" is here
    return sorted(found + _elsewhere(masked, before))  # "Norway or elsewhere in Scandinavia"


def _elsewhere(asked: str, before: str) -> list[tuple[int, str]]:
    """Places in no contact's country, as the user named them ("pay in lisbon": Lisbon): the
    table above holds the countries users name most, the time-zone names all the others."""
    found: list[tuple[int, str]] = []
    for m in re.finditer(rf"\b{before}(?=([A-Za-z][\w'-]+)(\s+[A-Za-z][\w'-]+)?)", asked):
        if found and m.start() < found[-1][0] + len(found[-1][1]):
            continue  # the second word of "Sao Paulo"
        one = m.group(1)
        place = f"{one}{m.group(2)}" if m.group(2) and zone_of_place(f"{one}{m.group(2)}") else one
        zone = zone_of_place(place)
        if zone and country_of(zone) in ("", "CA") and place.lower() not in _NOT_ELSEWHERE:
            found.append((m.start(), "Canada" if country_of(zone) == "CA" else (
                "the " if place.lower() in _THE else "") + place.title()))
    return found


_NOT_ELSEWHERE = frozenset({"turkey", "chile", "china", "jordan", "georgia", "victoria",
                            "hamilton", "waterloo", "sofia"})
"""Place names more often a word or a name here ("turkey", "china", "Sofia on my team")."""
_THE = frozenset({"netherlands", "czech republic", "united arab emirates"})


_MARKET = re.compile(r"\b(?:jobs|roles|openings|positions|opportunities|market|going\s+on|goin|"
                     r"hiring|in\s+demand|demand\s+for)\b|\bis\s+it\s+all\b|\b(?:much|enough|any|lots\s+of|a\s+lot\s+of)\s+"
                     r"(?:\w+\s+)?work\b", re.IGNORECASE)
"""The job market, asked about in another place ("is it all london?", "much marketing work in
Dublin")."""


_CAVEAT = re.compile(r"^[^.!?\d]*\b(?:rough|vary|varies)\b[^.!?\d]*[.!?]\s+(?=[A-Z])")
"""An opening sentence that only hedges: one with figures in it ("As a rough guide, first jobs
start around 65 to 75 thousand") is the answer itself."""


def without_caveat(answer: str, said: str = "") -> str:
    """An answer without its own opening caveat ("Ranges vary a lot by city and company, so
    treat these as rough."), when one was said first ("take these as a rough guide for
    Austin"); nor, when that hedge (``said``) named their city, "Here in Chicago," again."""
    answer = _CAVEAT.sub("", answer, count=1)
    place = _HERE_IN.match(answer)
    if place and said and re.search(rf"\bhere\s+in\s+{re.escape(place['place'])}\b", said):
        rest = answer[place.end():]
        return rest[:1].upper() + rest[1:]
    return answer


_HERE_IN = re.compile(r"(?:[Hh]ere\s+)?[Ii]n\s+(?P<place>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?),\s+")


_ABROAD = {"Canada": r"canad\w*|toronto|vancouver|calgary|montreal|ottawa",
           "Ireland": r"(?<!northern\s)(?:ireland|irish)|dublin|cork|galway|limerick",
           "Australia": r"australi\w*|sydney|melbourne|brisbane|adelaide",
           "New Zealand": r"new\s+zealand|auckland", "Germany": r"german\w*|berlin|munich|hamburg",
           "India": r"india|indian|bangalore|bengaluru|mumbai|delhi|pune|chennai|hyderabad",
           "Singapore": r"singapore\w*",
           "South Africa": r"south\s+africa\w*|johannesburg|cape\s+town",
           "Nigeria": r"nigeria\w*|lagos|abuja", "Ghana": r"ghana\w*|accra",
           "Kenya": r"kenya\w*|nairobi", "the Philippines": r"philippines|filipino|manila",
           "Pakistan": r"pakistan\w*|karachi|lahore", "the UAE": r"uae|dubai",
           "the UK": r"uk|britain|british|england|scotland|scottish|wales|welsh|london|manchester|"
           r"birmingham|edinburgh|glasgow|bristol|cardiff|northern\s+ireland|northern\s+irish|"
           r"belfast|derry",
           "Saudi Arabia": r"saudi(?:\s+arabia)?|riyadh|jeddah",
           # "working for a US company" says whose company, not where the work is paid
           "the US": r"(?-i:US)(?!\s+(?:company|companies|firm|firms|employer|employers|client|"
           r"clients|startup|startups|team|teams))|usa|(?<!latin\s)(?<!south\s)(?<!central\s)"
           r"america|(?<!latin\s)(?<!south\s)(?<!central\s)american|the\s+states|new\s+york|nyc|"
           r"seattle|san\s+francisco|chicago|boston"}
_REGION_NAMES = {
           "Latin America": r"latin\s+americ\w*|latam|south\s+americ\w*|central\s+americ\w*",
           # regions people ask of as one market ("FP&A roles in the Gulf", "the Nordics")
           "the Middle East": r"middle[\s-]+east(?!ern)|gulf\s+(?:states|countries|region)|gcc\s+"
           r"(?:countries|states|region)|mena|the\s+gulf(?=\s*(?:[?.,!;]|$|\s+(?:or|and|region|"
           r"area|right\s+now|at\s+the\s+moment|these\s+days)\b))",  # not "the gulf in pay"
           "Scandinavia": r"scandinavia|nordics|nordic\s+countries",
           "the EU": r"the\s+eu|eu|european\s+union|mainland\s+europe|continental\s+europe",
           "Europe": r"(?:eastern\s+|western\s+|northern\s+|southern\s+)?europe(?!an)",
           "Southeast Asia": r"south[\s-]?east\s+asia",
           "East Asia": r"(?<!south)(?<!south\s)(?<!south-)east\s+asia",
           "South Asia": r"south\s+asia",
           "Asia-Pacific": r"apac|asia[\s-]+pacific"}
"""Places of several countries, which a country named with them says more exactly."""
_ABROAD.update(_REGION_NAMES)
_REGIONS = frozenset(_REGION_NAMES)
_CREDENTIAL = re.compile(r"\b(?:recogni[sz]\w*|accredit\w*|licen[cs]\w*|registration|regist\w+|"
                         r"qualif\w*|certif\w*|credentials?|degrees?|" + "|".join(ACRONYMS)
                         + r")\b", re.IGNORECASE)


def country_named(asked: str, here: str) -> str | None:
    """Another country the question asks about, or the country of a city it names
    ("Sydney": Australia); not one the user only comes from ("moved from Nigeria to Canada") or
    worked in ("would my seven years in Kenya count on the pay scale?")."""
    there = [c for at, c in _countries(asked, here)
             if not _CAME_FROM.search(asked[max(0, at - 30):at])
             and not _OWN_THING.match(re.sub(r"^\S+\s*", "", asked[at:]))]
    return there[0] if there else None


_OWN_THING = re.compile(r"(?:cv|resume|r\u00e9sum\u00e9|format|degree|qualifications?|experience|"
                        r"background|accent|english|credentials?|certificates?|certification|"
                        r"licen[cs]e|education|training|schooling|university|uni)\b",
                        re.IGNORECASE)
"""What the user brings from a country ("my Nigerian CV format", "my Indian degree"): theirs,
not a market the question asks about."""


def names_here(asked: str, works_in: str) -> bool:
    """Whether the question names the contact's own country, or a city in it ("is that enough
    to live in london?"): then their figures are the ones asked for."""
    here = "the US" if works_in == "US" else "the UK"
    return bool(re.search(rf"\b(?:{_ABROAD[here]})\b", asked, re.IGNORECASE))


_CAME_FROM = re.compile(r"\b(?:from|left|leaving)\s+$|\b(?:years?|yrs|experience|worked|working|"
                        r"trained|qualified|studied|practised|practiced|nursing|teaching)\s+"
                        r"(?:\w+\s+)?(?:in|back\s+home\s+in)\s+$", re.IGNORECASE)
"""Where the user comes from or has worked ("moved from Nigeria", "my seven years in Kenya"):
not the country a question about pay or the market asks of."""


def _rules_from_here(asked: str, works_in: str) -> str:
    """"I only know how it works here in the US …" before a credential answer asked about
    another country; "" when none is named or it is the contact's own."""
    credential, hiring = _CREDENTIAL.search(asked), _HIRING.search(asked)
    if credential and _STUDIED.fullmatch(credential.group(0)):  # "is an MBA necessary?": no
        credential, hiring = None, hiring or credential  # professional body rules a degree
    if not credential and not hiring:
        return ""
    here = "the US" if works_in == "US" else "the UK"
    named = country_named(degree_from_abroad(asked, " "), here)  # not where the degree is from
    last = [s for s in re.split(r"(?<=[.!?])\s+", asked.strip()) if s][-1:] or [asked]
    if named is None or names_here(last[0], works_in) and country_named(last[0], here) is None:
        return ""  # "…a museum in Berlin. … My question: in the UK, what is the usual route?"
    if not credential and _FROM_THERE.search(asked):  # "do you hire juniors working remotely
        return ""  # from Ghana?": whether they take people from there, which is theirs to say
    if not credential:  # "do Australian employers look for different things?"
        return (f"I only know how hiring works here in {here}, so check with someone who hires"
                f" in {named}: the basics travel, the details don't.")
    return (f"I only know how it works here in {here}, so check how {named} sees it with the"
            " professional body there, or someone who qualified there.")


_FROM_THERE = re.compile(r"\bremote\w*|\bfrom\s+(?:another|other|a\s+different)\s+countr\w+|"
                         r"\b(?:from|in)\s+abroad\b|\boverseas\b|\bsponsor\w*|\bvisas?\b",
                         re.IGNORECASE)
"""Asking whether they take people from the other country, not how hiring works there."""
_STUDIED = re.compile(r"mbas?|degrees?|masters?|ms[cs]?|ma|ba|bsc|phd|bootcamps?|certificates?",
                      re.IGNORECASE)
"""A course of study, which employers weigh: no professional body there to ask."""
_HIRING = re.compile(r"\b(?:employers?|hiring|hire|recruit\w*|look\s+for|cvs?|r[eé]sum[eé]s?|"
                     r"interviews?|applications?)\b", re.IGNORECASE)
"""Hiring, asked about in another country ("do Australian employers look for …")."""


def from_the_question(text: str, question: str) -> str:
    """The message from its question on: a place named in the story before it ("I trained as
    an architect in Mumbai… does architecture count?") is where the user has been, while one
    after it ("…social media jobs? like in texas not LA") says what is asked, as does a
    credential named just before a question that points back to it ("…they give…")."""
    at = text.find(question[:24]) if question else -1
    if at < 0:
        return question or text
    before = re.split(r"(?<=[.!?])\s+", text[:at].strip())[-1]
    if before.endswith("?"):  # "is CPA Canada compulsory …? What is the scope without CPA?":
        return f"{before} {text[at:]}"  # a question just before, no story: asked too
    # "I'd go the CPA Canada route. Do you know if they give exemptions…?": the body asked of
    points = re.search(r"\b(?:they|them|their|it|there|that|those)\b", question, re.IGNORECASE)
    return f"{before} {text[at:]}" if points and _CREDENTIAL.search(before) and not (
        _OWN_STUDIES.search(before)) else text[at:]


_OWN_STUDIES = re.compile(r"\b(?:my\s+(?:\w+\s+)?(?:degree|masters?|master's|bachelor'?s|diploma|"
                          r"qualifications?)|i\s+(?:studied|graduated|trained|qualified))\b",
                          re.IGNORECASE)
"""The user's own studies told before the question ("My degree is a Master in Pharmacy from
the University … in Bucharest."): where they have been, not a body the question asks of."""


def based_here(country: str) -> str:
    """"wait are u in the uk?": where the contact works, and so what their answers hold for."""
    return f"Yes, I'm in the {country}, so what I tell you is how it works here."  # told or not yet


NOT_THERE = ("How it compares with where you are, I honestly couldn't say: someone working"
             " there would give you a far better picture.")
_MONEY = {"UK": "pounds", "US": "dollars"}


def only_figures(country: str, answer: str = "1") -> str:
    """Before a pay answer to someone living elsewhere: the figures' country, said first; or,
    when the ``answer`` gives no figures ("Lower than business…"), whose pay it describes."""
    if not re.search(r"\d|thousand|hundred", answer):
        return f"I only know how pay works here in the {country}, since that's where I work."
    return (f"I can only give you {country} figures, in {_MONEY.get(country, 'local money')},"
            " since that's where I work.")


_FIGURE = re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:k|thousand)\b|[£$€]\s?\d", re.IGNORECASE)
_PAY_WORD = re.compile(r"\b(?:pay|pays|paid|earn\w*|salar\w*|wages?)\b|\bstart(?:s|ing)?\s+"
                       r"(?:on\s+|at\s+)?(?:roughly\s+|around\s+|about\s+|from\s+)?[£$]?\d",
                       re.IGNORECASE)


def without_local_pay(answer: str) -> str:
    """An answer on something else, to someone living elsewhere, without its aside on local
    pay ("Juniors outside London start roughly 28 to 35k."): no figure for them, and not
    what they asked."""
    sentences = re.split(r"(?<=[.!?])\s+", answer.strip())
    kept = [s for s in sentences if not (_FIGURE.search(s) and _PAY_WORD.search(s))]
    return " ".join(kept) if kept and len(kept) < len(sentences) else answer


_VARIES = {"UK": "region", "US": "state and city"}
_OWN_MONEY = {"UK": re.compile(r"\b(?:pounds?|quid|gbp|sterling)\b|£", re.IGNORECASE),
              "US": re.compile(r"\b(?:dollars?|usd|bucks)\b|\$", re.IGNORECASE)}


def figures_again(country: str, abroad: bool = True, asked: str = "") -> str:
    """"is that in pounds? im in phoenix": whose figures they were, and where to look; or,
    to someone living where the contact works who names the contact's own money, yes."""
    money = _MONEY.get(country, "Local money")
    own = _OWN_MONEY.get(country)
    others = [m for c, m in _OWN_MONEY.items() if c != country]
    if not abroad and own is not None and own.search(asked) and not any(
            m.search(asked) for m in others):
        return (f"Yes, {money}: those are {country} figures, and they vary a lot by "
                f"{_VARIES.get(country, 'place')}.")
    return (f"{money[:1].upper()}{money[1:]}, sorry: I work in the {country}, so those are "
            f"{country} figures. Where you are, the ranges in local job adverts and a recent "
            "salary survey will give you the real numbers.")
