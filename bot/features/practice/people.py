"""Which persona a session meets and which of their answers it gives.

A field has several personas (people at different stages or kinds of organisation) and the
questions asked most have several answer variants, so a second session meets someone new
or hears new words. The session keeps the persona's id and a variant number (how many
sessions came before); everything here reads the bank through those two, and falls back to
the bank's first persona and first answer when a bank has only one of each.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.banks.choice import field_key
from bot.banks.model import Bank, Persona, Question
from bot.engine.text import HONORIFICS
from bot.features.practice.countries import closest
from bot.features.practice.cues import USES_YOUR_NAME
from bot.features.practice.elsewhere import people_named
from bot.features.practice.insider import asks_past_entry
from bot.features.practice.lexicon import LEXICON
from bot.features.practice.moves import ORDINAL
from bot.features.practice.replies import (
    accept_offer,
    introduces_by_email,
    name_with_introduction,
    offers_telling,
)
from bot.features.practice.terms import stem

if TYPE_CHECKING:
    from bot.features.practice.state import YouAskState

__all__ = ["personas", "persona_of", "persona_id", "answer_of", "fitting_variant", "follow_up_of",
           "narrowed_to", "nearest_first", "next_persona", "introduction_offer", "referred", "told",
           "titled", "works_in", "in_the_field", "option_named", "one_named", "names_in",
           "accepted", "another_path"]


def personas(bank: Bank) -> tuple[Persona, ...]:
    """Every persona of the bank, in file order."""
    return tuple(getattr(bank, "personas", None) or (bank.persona,))


def persona_id(persona: Persona) -> str:
    return str(getattr(persona, "id", "") or "")


def persona_of(bank: Bank, wanted: str) -> Persona:
    """The persona with this id, or the bank's first (for an unknown or stale id)."""
    for persona in personas(bank):
        if persona_id(persona) == wanted:
            return persona
    return personas(bank)[0]


def nearest_first(bank: Bank, tz: str) -> tuple[Persona, ...]:
    """Every persona, those working where the user lives first (a Houston nurse's "1" is the
    Houston nurse manager), in file order otherwise: the same order on every visit."""
    people = personas(bank)
    near = closest([getattr(p, "country", "UK") for p in people], tz)
    return tuple(people[i] for i in near) + tuple(p for i, p in enumerate(people)
                                                   if i not in near)


def next_persona(bank: Bank, sessions_before: int) -> Persona:
    """Who a new session meets by default: the next persona in turn, so the next session
    is not the same person."""
    people = personas(bank)
    return people[sessions_before % len(people)]


def works_in(bank: Bank, wanted: str) -> str:
    """The country a persona works in ("UK" or "US"): their pay and credentials are its."""
    return str(getattr(persona_of(bank, wanted), "country", "UK"))


_ASKS_NEED = re.compile(
    r"\b(?:do|would|will|does)\s+(?:i|you|u|people|someone|one|they)\s+(?:really\s+|actually\s+|"
    r"still\s+|even\s+)?need\b|\b(?:required|requirement|necessary|essential|mandatory|a\s+must)\b"
    r"|\bwithout\s+(?:a|an|one|any)\b|\bno\s+(?:degree|qualifications?)\b", re.IGNORECASE)
"""Whether something is needed ("do I need a degree?", "can I get in without one?")."""
_SAYS_NEED = re.compile(r"\b(?:need|needed|required|essential|necessary|must|without)\b",
                        re.IGNORECASE)


def fitting_variant(bank: Bank, question: Question, persona: str, variant: int,
                    asked: str = "") -> int:
    """The session's variant, unless another one opens on what was asked: "do I need a
    degree?" hears first whether one is needed, not which degree the contact holds."""
    count = getattr(bank, "variant_count", lambda *_: 1)(question.id, persona)
    if count < 2 or not _ASKS_NEED.search(asked):
        return variant
    for step in range(count):
        text = answer_of(bank, question, persona, variant + step)
        if _SAYS_NEED.search(re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]):
            return variant + step
    return variant


def told(state: YouAskState, bank: Bank, question: Question, step: int = 0) -> str:
    """The answer this meeting gave to ``question`` (the variant fitted to how it was asked,
    if one was), or with ``step`` the telling after it."""
    variant = state.told_variant.get(question.id, state.variant)
    return answer_of(bank, question, state.persona_id, variant + step, as_insider(state, question))


def as_insider(state: YouAskState, question: Question, asked: str = "") -> bool:
    """Whether ``question`` is answered as to someone already in the field: they are, or this
    pay question was asked of a post past the first rung ("What does an FP&A manager earn?"),
    which is remembered, so the answer said back later is the one given."""
    if not state.insider and "pay" in question.flags and asks_past_entry(asked):
        state.told_insider = [*dict.fromkeys([*state.told_insider, question.id])]
    return state.insider or question.id in state.told_insider


def answer_of(bank: Bank, question: Question, persona: str, variant: int,
              insider: bool = False) -> str:
    """The persona's answer to a question, in this session's variant; with ``insider``, the
    one for a user already in the field, where the bank has one."""
    answer = getattr(bank, "answer", None)
    if callable(answer):
        try:
            return str(answer(question.id, persona, variant, insider=True) if insider
                       else answer(question.id, persona, variant))
        except (KeyError, LookupError, ValueError):
            pass
    return question.answer


def follow_up_of(bank: Bank, question: Question, persona: str, variant: int) -> str | None:
    """The persona's follow-up to that answer (a question back, an offer), if any."""
    follow_up = getattr(bank, "follow_up", None)
    if callable(follow_up):
        try:
            found = follow_up(question.id, persona, variant)
            return str(found) if found else None
        except (KeyError, LookupError, ValueError):
            pass
    return question.follow_up


_ABOUT_INTRO = re.compile(r"\b(?:intro\w*|introduc\w*|email|e-mail|put\s+me\s+in\s+touch|"
                          r"connect)\b", re.IGNORECASE)
_ASKS_ABOUT = re.compile(r"\b(?:how|what|why|when|where|did|does|is|was)\s+(?:did|does|do|is|was|"
                         r"has|he|she|they|\w+\s+(?:get|do|end|start))\b|\b(?:hold\s+off|not\s+yet|"
                         r"later)\b", re.IGNORECASE)


def referred(state: YouAskState, bank: Bank) -> list[str]:
    """The people the contact has named as worth talking to ("Joe on my team…")."""
    referral = next((q for q in bank.questions if "referral" in q.flags), None)
    if referral is None or referral.id not in state.asked:
        return []
    return people_named(told(state, bank, referral), bank)


def narrowed_to(state: YouAskState, bank: Bank, text: str) -> str | None:
    """The one person of an introduction already agreed whom the user now wants alone:
    "could you just introduce me to Daniel for now?", "only Hana, not the bank one"."""
    referral = next((q for q in bank.questions if "referral" in q.flags), None)
    if not state.accepted or referral is None or referral.id not in state.asked:
        return None
    said = told(state, bank, referral)
    names = people_named(said, bank)  # "Daniel on our platform team", not "Two" or "And"
    swapped = any(re.search(rf"\b{a}\s+(?:rather\s+than|instead\s+of)\s+{b}\b", text,
                            re.IGNORECASE) for a in names for b in names if a != b)
    dropped = [n for n in names if re.search(
        rf"\b(?:not|skip|without|rather\s+than|except)\s+(?:(?:bother|trouble|disturb|contact|email|"
        rf"message|need|involve)\s+)?(?:(?:to|for|with)\s+)?(?:mr|mrs|ms|dr)?\.?\s*{n}\b", text,
        re.IGNORECASE)]  # "just Mr Patel, not Grace", "I will not bother Andre"
    if not (_ABOUT_INTRO.search(text) or swapped or dropped) or _ASKS_ABOUT.search(text):
        return None  # "just to check, how did Grace get into teaching?" asks about her
    named = [n for n in names if re.search(rf"\b{n}\b", text, re.IGNORECASE) and n not in dropped]
    title = r"(?:(?:mr|mrs|ms|dr)\.?\s+)?"
    aimed = [n for n in named if re.search(rf"\b(?:to|just|only)\s+{title}{n}\b", text,
                                           re.IGNORECASE)]  # "the introduction to Mr Patel"
    named = aimed if len(named) > 1 else named
    if len(named) != 1 or not re.search(r"\b(?:just|only|instead|rather|for\s+now)\b", text,
                                        re.IGNORECASE):
        return None
    titled = re.search(rf"\b(?:Mr|Mrs|Ms|Dr)\.?\s+{named[0]}\b", said)
    return titled.group(0) if titled else named[0]


def one_named(state: YouAskState, bank: Bank, offer: str, text: str) -> str | None:
    """The one person a yes to an introduction is for, as the contact named them; or the one
    they left unnamed ("an old colleague … is a UX researcher"), asked for by what they do
    while the named one waits ("the researcher would be amazing! Ines also maybe later").
    Someone named in asking to use the contact's name is not whom the yes is for ("yes
    please! Can I mention your name when I reach out to Priyam also?" to an offer of Sam)."""
    names = introduction_offer(state, bank)[1]
    text = " ".join(s for s in re.split(r"(?<=[.!?])\s+", text) if not USES_YOUR_NAME.search(s))
    one = one_of(offer, text, names)
    if one:
        return titled(one, state, bank)
    referral = next((q for q in bank.questions if "referral" in q.flags), None)
    role = re.search(r"\bthe\s+(?!(?:other|former|latter|number|order|matter|answer|letter|offer|"
                     r"either|neither|rather|better|later|first|last|second)\b)([a-z]+(?:er|ist|or|"
                     r"ant|ian))\b", text, re.IGNORECASE)
    said = told(state, bank, referral) if referral is not None and role else ""
    if len(names) == 1 and role and re.search(rf"\b{role.group(1)}\b", said, re.IGNORECASE) and (
            not re.search(rf"\b{names[0]}\b[^.!?]*\b{role.group(1)}\b", said, re.IGNORECASE)):
        return f"the {role.group(1).lower()}"
    return None


def introduction_offer(state: YouAskState, bank: Bank) -> tuple[str, list[str]]:
    """The introduction the contact offered with their names, and those names, while none
    is accepted yet."""
    return ("", []) if introduced(state) else _offered(state, bank)


def introduced(state: YouAskState) -> bool:
    """Whether an offer of people was taken up: a yes to "Shall I tell you how it looks here?"
    had counted, and the introduction offered after it then named nobody."""
    return any(not offers_telling(offer) for offer in state.accepted)


def name_reply(state: YouAskState, bank: Bank, offer: str, question: str, seed: int
               ) -> str | None:
    """The reply to "may I mention your name?" asked with a yes to an introduction, where the
    bank's answer would not fit: someone else the contact named is asked about ("… when I
    reach out to Priyam also?" after an introduction to Sam), or the contact's own email will
    carry the name already."""
    offered = _offered(state, bank)[1]
    named = [n for n in offered if re.search(rf"\b{n}\b", offer)]  # none: all of them
    other = next((n for n in offered if named and n not in named and re.search(
        rf"\b{n}\b", question, re.IGNORECASE)), None)
    if other:
        return f"Of course, mention me to {other}: say I suggested you get in touch."
    return name_with_introduction(seed) if introduces_by_email(offer) else None


def _offered(state: YouAskState, bank: Bank) -> tuple[str, list[str]]:
    referral = next((q for q in bank.questions if "referral" in q.flags), None)
    if referral is None or referral.id not in state.asked:
        return "", []
    offer = follow_up_of(bank, referral, state.persona_id, state.variant) or \
        "Shall I introduce you?"
    said = f"{answer_of(bank, referral, state.persona_id, state.variant)} {offer}"
    return offer, names_in(said)


def names_in(said: str) -> list[str]:
    """The people a contact's words name, in the order they come."""
    return [w for w in _NAMED.findall(said) if w not in _NOT_NAMES]


_NAMED = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!I\b)[A-Z][a-z]+\b|(?:(?<=[.!?]\s)|^)[A-Z][a-z]+"
                    r"(?=,?\s+(?:on|at|in|from|who|runs|leads)\b)")  # "Denise, who leads …"
"""A name in the contact's words: mid-sentence, or opening one before where they work."""
_NOT_NAMES = frozenset({"And", "The", "Two", "Three", "One", "But", "So", "Talk", "Ask", "She",
                        "He", "They", "We", "My", "Our", "Your", "Both", "Then", "If", "When",
                        "Also", "Someone", "Anyone", "People", "Most", "Many", "Some", "There",
                        "This"})
"""Words that open a sentence before "on", "at" or "in" and name nobody ("Someone at a bank")."""


def titled(names: str, state: YouAskState, bank: Bank) -> str:
    """The names as the contact said them: "Grace and Mr Patel", not "Grace and Patel"."""
    referral = next((q for q in bank.questions if "referral" in q.flags), None)
    said = told(state, bank, referral) if referral is not None else ""
    return re.sub(r"\b[A-Z][a-z]+\b", lambda m: (t.group(0) if (t := re.search(
        rf"\b(?:Mr|Mrs|Ms|Dr)\.?\s+{m.group(0)}\b", said)) else m.group(0)), names)


_ROLE_STEMS = frozenset({"nurs", "teacher", "teach", "designer", "researcher", "developer",
                         "engineer", "scientist", "analyst", "accountant", "banker", "lecturer",
                         "doctor", "midwife", "therapist", "pharmacist", "consultant"})
"""The kinds of work a field's contacts differ by ("a nurse", "a designer")."""


def _kinds(words: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[a-z]+", words.lower())} & _ROLE_STEMS


def already_one(background: str, text: str) -> bool:
    """Whether a question asks how to become what the user already is: "What are the routes
    into nursing?" for a band 6 nurse."""
    return bool(_kinds(background) & _kinds(text))


def another_path(background: str, text: str) -> bool:
    """Whether a question is for someone coming from a background the user said is not
    theirs: "How do people with a PhD move into data jobs?" is no question for an accountant
    of nine years (for a user who told none, it may be)."""
    paths = _paths(text)
    return bool(paths and background) and not paths & _paths(background)


def _paths(text: str) -> set[str]:
    return {path for path, said in _PATHS.items() if said.search(text)}


_PATHS = {path: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for path, words in {
    "academic": r"phd|doctora\w*|academi\w*|postdoc\w*|lectur\w*|research\s+scientist",
    "military": r"militar\w*|veterans?|armed\s+forces|army|navy|air\s+force|marines?|soldiers?",
    "design": r"graphic\s+design\w*|print\s+design\w*",
    "news": r"journalis\w*|newsrooms?|reporters?",
    "law": r"lawyers?|solicitors?|attorneys?|paralegals?",
    "teaching": r"teach\w*|classroom|teachers?",
    "clinical": r"nurs\w*|clinical|clinicians?|doctors?|pharmacists?|paramedics?|emts?",
    "retail": r"retail|hospitality|store\s+managers?|restaurants?"}.items()}
"""Backgrounds a question can be written for ("from teaching", "with a PhD")."""


def in_the_field(background: str, field: str) -> bool:
    """Whether what the user said they do is work in ``field`` already ("20 years of teaching
    PE" in education): no way in to ask about, nor what draws them to it."""
    if field == "healthcare" and _ANIMALS.search(background or ""):
        return False  # "10 years as a registered vet nurse": care of animals, not of people
    return bool(background and field) and (field_key(background) == field or bool(
        _CLINICAL.search(background) and field == "healthcare"))


_ANIMALS = re.compile(r"\b(?:vet|vets|veterinary|animal|equine)\b", re.IGNORECASE)


_CLINICAL = re.compile(r"\b(?:pharmacists?|physio(?:therapist)?s?|midwi(?:fe|ves)|radiographers?|"
                       r"paramedics?|(?:health\s*)?care\s+assistants?|hcas?|cnas?|lpns?|dental\s+"
                       r"(?:assistant|hygienist|nurse)s?|dietitians?|band\s+[5-9])\b",
                       re.IGNORECASE)
"""Clinical jobs people say they do ("a band 7 pharmacist"), which the setup's field words
leave to the field the user is moving into."""


def of_their_kind(bank: Bank, persona: Persona, text: str) -> bool:
    """Whether a question fits this contact's kind of work: "What are the routes into
    nursing?" is for a ward manager, not a practice manager who is no clinician, though both
    work in healthcare (it was suggested to a pharmacist moving into administration)."""
    def kinds(words: str) -> set[str]:
        return {stem(w) for w in re.findall(r"[a-z]+", words.lower())} & _ROLE_STEMS

    others = set().union(*(kinds(p.role) for p in bank.personas)) - kinds(persona.role)
    return not kinds(text) & others


def one_of(offer: str, text: str, offered: list[str]) -> str | None:
    """The one person a yes names, of an introduction offered to several ("Shall I introduce
    you to Omar and Helen?", or "… to both?" after naming them)."""
    text = re.sub(r"\([^)]*\)", " ", text)  # "(funny, another marco haha)": an aside
    to = re.search(r"\b(?:to|with)\s+(.+?)\s*\?*$", offer)
    in_offer = re.findall(r"\b(?!I\b)[A-Z][a-z]+\b", to.group(1)) if to else []
    names = [n for n in (in_offer if len(in_offer) > 1 else offered)
             if n.lower() not in HONORIFICS]  # "Mr Patel" is one person
    named = [n for n in dict.fromkeys(names) if re.search(rf"\b{n}\b", text, re.IGNORECASE)
             and not re.search(rf"\b(?:not|skip|without|except|rather\s+than|hold\s+off\s+on|"
                               rf"leave|not\s+sure(?:\s+(?:abt|about|on|if|whether))?|(?:later|"
                               rf"another\s+time|not\s+now)\s+(?:for|on|with))\s+(?:on\s+)?{n}\b|"
                               # "I don't think I need Helen", "no need for Helen"
                               rf"\b(?:don'?t|dont|do\s+not)\s+(?:think\s+)?(?:i\s+)?(?:really\s+)?"
                               rf"(?:need|want)(?:\s+to\s+(?:meet|talk\s+to|speak\s+(?:to|with)))?"
                               rf"\s+{n}\b|\bno\s+need\s+(?:for|to\s+\w+(?:\s+(?:to|with))?)\s+{n}\b|"
                               rf"\b{n}\b(?:\s+(?:and|&)\s+\w+)?\s+"  # "Luis and Keisha later"
                               rf"(?:(?:also|too|prob(?:ably)?|maybe|def(?:initely)?|honestly|i\s+"
                               rf"think)\s+){{0,2}}"
                               rf"(?:not|no\s+thanks?|can\s+wait|later|another\s+time|some\s+other\s+"
                               rf"time|next\s+time|down\s+the\s+line|isn'?t|isnt|is\s+not|won'?t\s+be|"
                               rf"wouldn'?t\s+be|less\s+so|not\s+needed|less\s+relevant)\b", text,
                               re.IGNORECASE)]  # "not Theo", "joanna prob not tho"
    also = [n for n in named if n not in in_offer and re.search(
        rf"\b{n}\b[^.!?]{{0,80}}\b(?:too|as\s+well)\b|\b{n}\s+also\b(?!\s+(?:not|no)\b)|"
        rf"\b(?:also|and)\s+(?:to\s+)?(?:(?:mr|mrs|ms|dr)"
        rf"\.?\s+|(?:their|your|ur|the)\s+\w+\s+)?{n}\b", text,
        re.IGNORECASE)]
    if in_offer and also:  # "yes please. And Felix too": Mariam, offered, and Felix
        return " and ".join(dict.fromkeys([*in_offer, *also]))
    if len(named) == 1 and re.search(
            rf"\b(?:especially|esp|particularly|specially|above\s+all)\b[^.!?]{{0,40}}\b{named[0]}"
            rf"\b|\b{named[0]}\b[^.!?]{{0,12}}\b(?:especially|esp|particularly|in\s+particular)\b",
            text, re.IGNORECASE):  # "yes please, especially Leah's view": both, Leah most
        return None
    if len(names) == 1 and named and re.search(r"\b(?:both|them)\b", offer) and not re.search(
            r"\b(?:both|them|two|other|colleague|her|as\s+well|too)\b", text, re.IGNORECASE):
        return named[0]  # "…to both?", one of them unnamed: "daniel sounds ideal" is Daniel;
        # "Shall I email them…?": "Kwame please… Council one can wait" is Kwame
    if len(names) == 2 and not named and re.search(rf"\b(?:{'|'.join(names)})\b", text,
                                                   re.IGNORECASE):  # "daniel prob not needed":
        return next(n for n in names if not re.search(rf"\b{n}\b", text, re.IGNORECASE))
    at = ORDINAL.search(text) if len(names) > 1 and not named else None
    if at:  # "maybe the second one?": the one said second
        return names[min(_AT.get(at.group("at").lower(), -1), len(names) - 1)]
    return named[0] if len(names) > 1 and len(named) == 1 else None


_AT = {"first": 0, "former": 0, "second": 1, "third": 2}
"""Where in the list "the second one" is; "last" and "latter" are the end of it."""


def option_named(state: YouAskState, bank: Bank, offer: str, text: str) -> str:
    """The option named in reply to "Which of those should we start with?" ("ooh logistics
    please"), from those the contact listed ("people in HR, logistics and hospitality")."""
    if not re.match(r"\W*which\b", offer, re.IGNORECASE):
        return ""
    listed = " ".join(told(state, bank, q) for q in bank.questions if q.id in state.asked[-1:])
    named = [w for w in re.findall(r"[A-Za-z][A-Za-z&-]+", text) if w.lower() not in (
        LEXICON.stopwords | {"please", "great", "yes", "yeah", "ooh", "one", "first", "think",
                             "people", "someone", "person", "team", "work"})
             and re.search(rf"\b{re.escape(w)}\b", listed, re.IGNORECASE)]  # "HR please" too
    return named[-1] if named else ""  # "the one with people in hospitality": hospitality


def accepted(state: YouAskState, bank: Bank, offer: str, text: str, seed: int) -> str:
    """The contact's word on a yes to its offer: the option picked from those it listed, or
    the offer taken up for everyone the user names of the people it suggested ("an
    introduction to Renee and Luis", to a heads-up offered for Renee alone)."""
    chosen = option_named(state, bank, offer, text)
    if chosen:
        return (f"{chosen[:1].upper()}{chosen[1:]} it is: I'll introduce you to someone there "
                "after this call and copy you in.")
    text = " ".join(s for s in re.split(r"(?<=[.!?])\s+", text) if not USES_YOUR_NAME.search(s))
    found = {n.split()[0]: re.search(rf"\b{re.escape(n.split()[0])}\b", text, re.IGNORECASE)
             for n in referred(state, bank)}
    wanted = sorted((n for n, at in found.items() if at), key=lambda n: found[n].start())
    if len(wanted) < 2:
        return accept_offer(offer, seed)
    if state.accepted:  # both are agreed, for a later "how do I reach Luis?"
        state.accepted[-1] = f"{state.accepted[-1]} ({' and '.join(wanted)})"
    return accept_offer(offer, seed, wanted)
