"""What the persona says back when the user answers its question or tells it what they do:
the concrete part of the answer, in the user's own words or said back to them, so the user
hears that they were listened to and learns what to lead with.

A clause is quoted only when it is something to be proud of: not a "no", a correction, an
age or life outside work.
"""

from __future__ import annotations

import re

from bot.engine.text import written_out
from bot.features.practice.answers import find_specifics, slang_words
from bot.features.practice.background import background_of
from bot.features.practice.cues import pick
from bot.features.practice.listening import as_sentence, made_or_moved
from bot.features.practice.results import AGREE

__all__ = ["acknowledge_answer", "where_you_fit"]


_CLAUSE_CUT = re.compile(
    r"[.,](?!\d)|[!?;:()\u201c\u201d]|\s[-\u2013\u2014]+\s|\s(?:but|so|which)\s"
    r"|(?<!ing)\sand\s(?!\w+ing\b)")
"""Where a clause ends: never inside a number ("3,500 staff") or between two things done
("mostly designing and analysing experiments", which cut short claims only the first)."""


def _clause_with(text: str, detail: str, typed: bool = False) -> str | None:
    """The user's own words around a detail, up to the next "and"/"but" or punctuation;
    ``typed``: what they did said with a lower-case "i", whole when short."""
    for part in _CLAUSE_CUT.split(text):
        if part and detail in part:
            # "i built a gradebook in excel w pivot tables that the whole department uses
            # now": what they did, without what follows about it
            words = part.replace('"', "").split()
            relative = _RELATIVE.search(part, part.index(detail) + len(detail))
            if len(words) > 12 and relative:
                words = part[:relative.start()].replace('"', "").split()
            if 3 <= len(words) <= 12:
                return " ".join(words)
            did = [m.start() for m in re.finditer(r"\b[Ii]\b" if typed else r"\bI\b",
                                                  part[:part.index(detail)])]
            if did:  # "…last year I pushed for a fix … that cut complaints by about 30%": what
                # they did, through to the result
                words = part[did[-1]:part.index(detail) + len(detail)].replace('"', "").split()
                if typed:  # all of "i did a DCF on lululemon for a …", or none of it
                    words = part[did[-1]:].replace('"', "").split()
                if len(words) <= _DID_WORDS:
                    return " ".join(words)
    return None


_DID_WORDS = 16
"""What the user did, through to its result, is quoted up to this long."""
_RELATIVE = re.compile(r"\s(?:that|who|where|which|because|since|so\s+that)\s", re.IGNORECASE)


def _standout(text: str) -> str | None:
    """The user's most concrete clause ("rolling out e-prescribing across 3 hospitals")."""
    specifics = [s for s in find_specifics(text) if len(s) > 1]
    clauses = [c for s in specifics if (c := _clause_with(text, s)) and not _DOUBT.search(c)]
    if not any(len(c.split()) > _BARE_WORDS for c in clauses):  # "we placed 3rd" says little:
        clauses = [c for s in specifics if (c := _clause_with(text, s, typed=True))  # "i did a
                   and not _DOUBT.search(c) and len(c.split()) > _BARE_WORDS]  # DCF on …"
    # a figure is what a listener repeats back first ("a 15k trips budget")
    best = max(clauses, key=lambda c: (bool(re.search(r"\d", c)) and not _AGE.search(c), len(c))
               ) if clauses else None
    if not best:  # no figure or name: what they did ("I handled most of the complaints…")
        did = _DID.search(text)
        best = _DID_DO.sub(lambda m: _PAST.get(m[2].lower(), m[0]), did.group(0).strip()
                           ) if did else None
    if not best:
        return None
    best = _DANGLING.sub("", best)  # "…of 40 lab groups to pick": cut before "which"
    return re.sub(r"\bi\b(?='|\s|$)", "I", best)  # typed "i made…": said as "I"


_DOUBT = re.compile(r"\b(?:sketchy|dodgy|shaky|rubbish|terrible|awful|messy|mediocre|"
                    r"embarrassing|cringe|amateur(?:ish)?|basic|bad|wrong)\b", re.IGNORECASE)
"""A clause running the user's own work down ("my WACC was prob sketchy"): heard, never held
up as what to lead with."""
_DID = re.compile(
    r"\b[Ii]\s+(?:(?:did|also|actually|have|'ve)\s+)?(?:handled|led|ran|built|managed|organi[sz]ed|set\s+up|created|designed|wrote|"
    r"trained|fixed|rolled\s+out|launched|started|coordinated|redesigned|automated|mentored|"
    r"handle|lead|run|manage|organi[sz]e|write|train|coordinate|mentor|draft|drafted|"
    r"analy[sz]e|analy[sz]ed|plan|planned|deal\s+with|dealt\s+with)\b[^.,;!?]{8,80}")
"""Something the user did, in their words, when it carries no figure or name to pick out."""
_DID_DO = re.compile(r"\b([Ii])\s+did\s+(\w+)")
_PAST = {"write": "I wrote", "run": "I ran", "lead": "I led", "build": "I built",
         "manage": "I managed", "train": "I trained", "handle": "I handled", "plan": "I planned",
         "organise": "I organised", "organize": "I organized", "draft": "I drafted",
         "coordinate": "I coordinated", "mentor": "I mentored", "deal": "I dealt"}
""""I did write the reports" said back as "You wrote the reports", not "You did write…"."""
_DANGLING = re.compile(r"(?:\s+(?:to\s+(?!\d)\w+|to|for|of|which|that|and|or|the|a|an|with|at|"
                       r"in|on|by|from))+\s*$", re.IGNORECASE)
"""Words left hanging where a clause was cut: "a survey of 40 lab groups to pick"."""


_AGE = re.compile(r"\b(?:i'?m|i\s+am|aged?)\s+\d{2}\b|\b\d{2}\s+(?:years?\s+old|yo)\b", re.I)
"""The user's age ("I'm 34 now"): a figure, but not the concrete thing to lead with."""


_PERSONAL = re.compile(r"\b(?:divorce\w*|kids|children|child|married|wedding|baby|pregnan\w*|"
                       r"partner|husband|wife|ill|illness|sick|moved|mortgage|age|years\s+old)\b",
                       re.IGNORECASE)
"""Life outside work, which a contact would not tell someone to lead with."""


_OPENER = re.compile(r"^(?:(?:so|well|ok|okay|um|uh|erm|like|and|but|yeah|honestly|i\s+suppose|"
                     r"i\s+guess|i\s+think|i\s+mean|i\s+reckon|i'd\s+say|maybe|probably)\W+)+",
                     re.IGNORECASE)
"""What opens a clause but is no part of it: "so", and a hedge ("I suppose I wrote a small
Python script" is said back as "You wrote…", not "You suppose you wrote…")."""
_CLOSER = re.compile(r"(?:\W+(?:lol|lmao|haha+|tbh|ngl|honestly|xd|innit))+\W*$", re.IGNORECASE)


def _tidied(clause: str | None) -> str | None:
    """A clause as it is quoted back: "so 6 yrs litigation paralegal" → "6 years litigation
    paralegal" (no "so" it opened with, chat shorthand spelled out)."""
    if not clause:
        return clause
    clause = _CLOSER.sub("", _OPENER.sub("", clause))
    clause = _HEDGE_LIKE.sub(r"\1 ", clause)  # "went from like 2k to 9k": the figures said back
    return written_out(clause) or None


_HEDGE_LIKE = re.compile(r"\b(from|to|got|get|had|have|was|were|is|are|made|make|earned|earn|"
                         r"for|in|around|of|with|at|sent|did|applied)\s+like\s+(?=\d)",
                         re.IGNORECASE)
"""A chat "like" before a figure, which the contact would not say back."""


def where_you_fit(text: str, seed: int) -> str:
    """The persona keeping its word after "tell me what you do now and I'll say where you'd
    fit": what to lead with, from what the user just said."""
    clause = _tidied(_standout(text))
    clause = None if clause and _PERSONAL.search(clause) else clause  # "a divorce last year"
    lead = (f"Thanks. From what you've told me, I'd lead with “{clause}”" if clause
            else "Thanks. From what you've told me, I'd lead with your current work")
    return lead + pick((
        ": it's the part of your background closest to this work. Put it first on your CV and"
        " in conversations like this one, as the problem, what you did and the result, in the"
        " words people in this field use.",
        ". It's the closest thing you have to the work here, so tell it as a short story: the"
        " problem, what you did, what changed. That's what makes people picture you in the"
        " role.",
    ), seed)


_NEGATIVE = re.compile(r"\b(?:not|never|no|hate|dislike|cannot|\w+n[\'\u2019]t|wouldnt|dont|cant|"
                       r"wont|didnt|isnt|doesnt)\b", re.IGNORECASE)
"""A clause saying what the user does not want: heard, never held up as what to lead with."""
_SETBACK = re.compile(r"\b(?:laid\s+off|let\s+go|made\s+redundant|redundancy|fired|sacked|"
                      r"lost\s+my\s+job|unemployed|out\s+of\s+work)\b", re.IGNORECASE)
"""A setback ("got laid off in june"): heard kindly, never held up as what to lead with."""
_NO_CREDIT = re.compile(r"^\W*(?:just|only|merely)\b|\b(?:answering|asking)\s+(?:your|ur|my|the)\s+"
                        r"question\b|\bi\s+(?:meant|said|told)\b|" + _SETBACK.pattern
                        # "18 yrs of two-a-days is a lot": a strain, not what to lead with
                        + r"|\b(?:is|was)\s+a\s+lot\b|\btoo\s+much\b|\bexhaust\w*|"
                        r"\bburn(?:t|ed)?\s*out\b|\b(?:tired|drained|fed\s+up|worn\s+out|sick\s+of)\b",
                        re.IGNORECASE)
_NOT_REALLY = re.compile(r"\W*(?:no|nope|nah|not\s+(?:really|much|yet|at\s+all)|never|none|"
                         r"hardly)\b", re.IGNORECASE)


_HARDSHIP = re.compile(
    r"\b(?:flood(?:s|ed|ing)?|died|dying|death|passed\s+away|cancer|terminal(?!\s+leave)|bereave\w*|"
    r"grief|"
    r"griev\w*|homeless\w*|evicted|eviction|abuse[ds]?|poverty|food\s+bank|hungry|starv\w*|"
    r"refugees?|war|fire\s+(?:destroyed|burned)|lost\s+(?:their|his|her|my|our)\s+(?:home|homes|"
    r"job|jobs|house|mum|mom|dad|father|mother|son|daughter|child|brother|sister)|overdose\w*|"
    r"suicide|self[\s-]harm)\b", re.IGNORECASE)
"""Hardship told as a reason: met with care, never "I like that" (a soldier's "terminal leave"
is the paid leave before discharge)."""
_AT_WORK_ON = re.compile(r"\b(?:report\w*|cover(?:ed|ing)|writ\w*\s+about|research\w*|"
                         r"campaign\w*)\s+(?:on\s+|about\s+)?", re.IGNORECASE)
_SAID_OF_SELF = re.compile(r"^\W*(?:i|i'?ve|i'?m|i'?d|we|we'?ve)\s+\w+", re.IGNORECASE)
_SWAP = {"i": "you", "i'm": "you're", "im": "you're", "i've": "you've", "ive": "you've",
         "i'd": "you'd", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
         "we": "you", "we've": "you've", "our": "your", "us": "you"}


def _second_person(clause: str) -> str:
    """What the user said of themself, said back to them: "I trained 4 new aides last year"
    → "You trained 4 new aides last year"."""
    said = written_out(" ".join(_SWAP.get(w.lower(), w) for w in clause.split()))
    for pattern, agreed in AGREE:  # "I was acting nurse unit manager": "You were …"
        said = pattern.sub(agreed, said)
    return said[:1].upper() + said[1:]


_UNSURE = re.compile(r"\W*(?:(?:hmm+|um+|erm+|honestly|tbh)\W+)*(?:not\s+(?:really\s+)?sure|idk|"
                     r"dunno|no\s+idea|i\s+(?:don'?t|do\s+not)\s+(?:really\s+)?know)"
                     r"(?=\W*$|\s*[,.;!?]|\s+(?:yet|tbh|honestly|maybe|really|lol)\b)",
                     re.IGNORECASE)
"""An answer that opens unsure ("not sure, maybe the data?"): no "keep telling it that way"."""


_SLANG_PRAISE = re.compile(r"\b(?:would\s+be|be|is|so|lowkey|kinda|hella)\s+(?:sick|dope|lit|"
                           r"fire|goated)\b", re.IGNORECASE)
"""Slang praise ("would be sick"), which the shorthand list leaves out ("sick days" is no
slang): said back as a model, it would teach the register the tone tip warns about."""


_CUT_OFF = re.compile(r"\b(?:i|you|we|they|he|she|it|when|where|who|is|was|are|were|my|your|"
                      r"our|their|but|so|because|than|as)\W*$", re.IGNORECASE)
"""A clause cut off mid-way ("That is when I"), which is no line to say back (the words of
``_DANGLING`` are trimmed off already)."""
_DEPENDENT = re.compile(r"\W*(?:when|while|whenever|if|because|as|since|although|though|after|"
                        r"before|until|once)\b", re.IGNORECASE)
"""A clause that hangs on another ("When I worked on a hospital extension"): no sentence."""


def acknowledge_answer(text: str, seed: int, said_no: bool = False, side: str | None = None
                       ) -> str:
    """The persona taking in the user's answer to its question, echoing what stood out: what
    they did, else the ``side`` of its either/or they picked. A bare "no" or "not really" gets
    no advice to have an example of it ready."""
    done = made_or_moved(text, find_specifics(text), seed)
    if done:  # "I built a tracker that cut no-shows by about 15%": that, not the first clause
        return done
    if side:  # "def the people side… figuring out what happened", not quoted back
        side = side[:1].upper() + side[1:]
        return pick((f"{side}, then: good to know.", f"{side}: that makes sense, thanks."),
                    seed)  # not "The patients? …", which reads as doubting the answer
    told = background_of(text)
    if told and told[:1].isdigit():  # "20 years of teaching maths", said back, not quoted
        return pick((
            f"{as_sentence(told)}: that's a real base to build on, and it's the kind"
            " of thing I'd want to hear from someone moving into this work.",
            f"{as_sentence(told)} is worth leading with when you introduce yourself:"
            " say what you did in it that looks most like this work.",
        ), seed)
    if _HARDSHIP.search(text) and not _AT_WORK_ON.search(text):
        # "kids whose homes flooded … it stuck with me": not "I like that" (20 years of
        # "reporting on the problems - evictions, food bank queues" is work, said back)
        return pick(("That sounds like it stayed with you, and it's a real reason to want this"
                     " work. Say it that simply when people ask why.",
                     "That's a powerful reason, and it comes across. It's worth saying just as"
                     " plainly when people ask what draws you to this."), seed)
    clause = _tidied(_standout(text))
    if clause and _CUT_OFF.search(clause):  # "…3k followers and seeing what makes a vid blow up
        clause = re.split(r",\s+|\s+(?:and|but|so)\s+", clause)[0]  # is": the whole part before
    clause = None if clause and (_NEGATIVE.search(clause) or _NO_CREDIT.search(clause) or (
        slang_words(clause) or _SLANG_PRAISE.search(clause)) or _CUT_OFF.search(clause)
        or _DEPENDENT.match(clause) or len(clause.split()) <= _BARE_WORDS) else clause
    # "wouldn't want to …", "just my LPN diploma", "I was answering YOUR question"; "10th or
    # 11th grade would be sick" is no line to lead with
    if clause and _SAID_OF_SELF.search(clause):  # "I trained 4 new aides": "You trained …"
        yours = _second_person(clause)
        return pick((
            f"{yours}: I like that. It's the kind of thing I'd want to hear from someone moving"
            " into this work.",
            f"{yours}: that's worth leading with when you introduce yourself.",
        ), seed)
    if clause:
        clause = clause[:1].upper() + clause[1:]
        return pick((
            f"\u201c{clause}\u201d: I like that. It's the kind of thing I'd want to hear from"
            " someone moving into this work.",
            f"I like that: \u201c{clause}\u201d. I'd lead with something like that when you"
            " introduce yourself.",
        ), seed)
    if _SETBACK.search(text):
        return pick(("Sorry to hear that. It happens to good people, and it says nothing about"
                     " what you'd bring.", "That's a hard year, I'm sorry. Plenty of people I"
                     " respect got here after a layoff."), seed)
    if _UNSURE.match(text) and len(text.split()) <= 12:  # "not sure, maybe the data?"
        return pick(("That's fine for now, but it's worth pinning down: people will ask you"
                     " exactly that.", "Fair enough. It's worth having a clearer answer ready,"
                     " though: it's one of the first things people ask."), seed)
    if (said_no or _NOT_REALLY.match(text)) and len(text.split()) <= 4:
        return pick(("Fair enough, that's useful to know.", "Fair enough. Plenty of people"
                     " come to it from somewhere else."), seed)
    if len(text.split()) <= 4:
        return "Good to know. Have one short example of it ready: people will ask about it."
    return pick((
        "Thanks, that helps me picture where you're coming from.",
        "That makes sense, and it's a good angle: keep telling it that way.",
    ), seed)


_BARE_WORDS = 3
"""A figure this bare ("11 to 16", asked what age group) is an answer, not a result to lead
with when introducing yourself."""


_WHERE_FOUND = re.compile(
    r"(?:(?:on|through|via|at|from|in)\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+|your\s+|ur\s+)?(?:[\w'-]+"
    r"\s+){0,3}?(?:linkedin|alumni\s+(?:group|network|association|page|event)|alumni|group|event|"
    r"meetup|conference|talk|webinar|podcast|panel|careers?\s+fair|newsletter|blog|article|post|"
    r"profile|website|twitter|instagram|tiktok|youtube|reddit|slack|discord|forum|directory)\b\s*)"
    r"{1,2}", re.IGNORECASE)
"""Where the user found the contact ("on LinkedIn through the alumni group")."""
_WHO_LED = re.compile(
    r"\b(?:an?|my)\s+(?:old\s+|former\s+|close\s+|good\s+)?(?:(?:college|uni|university|school|"
    r"high\s+school|work|army|church)\s+)?(?:friend|colleague|classmate|cousin|"
    r"sister|brother|mentor|tutor|professor|lecturer|teacher|manager|boss|coworker|co-worker|"
    r"roommate|flatmate|aunt|uncle|neighbou?r)(?:-in-law)?(?:'s\s+(?:son|daughter|husband|wife|"
    r"partner|boyfriend|girlfriend|friend|colleague|boss|kid))?(?:\s+of\s+mine)?(?:\s+from\s+(?:my\s+|the\s+|an?\s+|our\s+)?"
    r"(?!(?:an?|the)\b)[\w-]+(?:\s+(?:meetup|meet-up|group|club|course|class|conference|event|"
    r"job|company|school|college|uni|university|church|gym|team))?)?"
    r"(?:,?\s+(?-i:(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?)"
    r"(?!\s+(?:I|I'm)\b))?", re.IGNORECASE)  # "Dr. Achieng Otieno", title and all
"""Someone who led the user to the contact ("a friend of mine from college")."""


def found_me(said: str, seed: int) -> str:
    """The contact taking in how the user found them and why them: the person or the place
    named back ("Through the alumni group on LinkedIn: …"), else the reason heard; never
    "that helps me see where you are", which answers another question."""
    who = _WHO_LED.search(said)
    if who:
        person = re.sub(r"\b(?:my|mine)\b", lambda m: {"my": "your", "mine": "yours"}[
            m.group(0).lower()], who.group(0), flags=re.IGNORECASE)
        person = person[:1].lower() + person[1:]
        return pick((f"Ah, through {person}: it's always nice to have someone in common.",
                     f"Oh, {person}, how nice. Someone in common is the best way in.",
                     f"Through {person}, lovely: say hello from me."), seed)
    where = _WHERE_FOUND.search(said)
    if where:
        place = re.sub(r"\b(?:my|our)\b", "your", re.sub(r"\blinkedin\b", "LinkedIn",
                                                         where.group(0).strip(), flags=re.I))
        place = re.sub(r"^in\s+(?=(?:LinkedIn|Facebook|Instagram|Twitter|X|TikTok|Slack|"
                       r"Discord|Reddit|Meetup)\b)", "on ", place, flags=re.I)  # "in LinkedIn"
        place = place[:1].upper() + place[1:]
        return pick((f"{place}: good to know how people find me.",
                     f"{place}, right. It helps to know where people find me.",
                     f"{place}: that's a good way to find people, and worth saying when you"
                     " write to someone."), seed)
    return pick(("That's a good reason to get in touch.", "Thanks, it's nice to hear why you"
                 " picked me.", "That makes sense as a reason to reach out to me."), seed)
