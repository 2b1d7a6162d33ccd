"""What a contact can honestly say to a question the bank does not cover.

Never an answer on another topic: a named other employer gets "I can't speak for them", a
colleague the contact mentioned gets an introduction, "what do you mean by …?" gets the
contact's own point put another way, and anything else what the persona's own facts and
lines can speak to, or who would know.
"""

from __future__ import annotations

import re
import zlib

from bot.banks.model import Bank, Persona, Term
from bot.features.practice import replies
from bot.features.practice.change_of_mind import after_change_of_mind
from bot.features.practice.cues import HOW_TO_REACH, REFERRAL, WANTS_TO_MEET, pick
from bot.features.practice.elsewhere import as_a_school, named_colleague
from bot.features.practice.pay_again import pay_said
from bot.features.practice.people import answer_of, introduced, persona_of, referred, told, works_in
from bot.features.practice.recognition import from_abroad_reply
from bot.features.practice.state import YouAskState
from bot.features.practice.terms import normalise, stem, terms_of
from bot.features.practice.where import (
    JUST_A_PLACE,
    NOT_THERE,
    another_country,
    based_here,
    from_here,
    from_the_question,
    people_in_city,
    without_moves,
)

__all__ = ["about_own_words", "after_mention", "asks_more", "asks_tenure", "people_elsewhere",
           "asks_where_based", "honest_reply", "JUST_A_PLACE", "said_so_far"]

_WHAT_YOU_MEAN = re.compile(
    r"\bwhat\s+(?:do|did)\s+(?:you|u)\s+mean\b|\bwhat\s+(?:means|is\s+the\s+meaning\s+of)\b|"
    r"\bwhat\s+does\s+(?:that|it)\s+(?:actually\s+)?"
    r"mean\b|\bmeaning\s+what\b|\bwhat(?:\s+is|'s|s|\s+s)\s+(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+exactly\b",
    re.IGNORECASE)
"""Asking the contact to explain what they just said ("wait what do u mean by dig into
data?"), which only they can."""


_PLACES = {"UK": r"uk|england|britain|scotland|wales|london|europe",
           "US": r"us|usa|states|america|the\s+us|the\s+states"}
_WHERE_BASED = re.compile(
    r"\b(?:are|r)\s+(?:you|u)\s+(?:\w+\s+)?(?:in|based\s+in|from)\s+(?:the\s+)?(?P<asked>"
    + "|".join(_PLACES.values()) + r")\b|(?:^|[.!?,]\s*|\b(?:and|but|think|saw|"
    r"realised|realized|guess|assume|heard|so)\s+)\W*(?:(?:so|oh|wait|ok)\W+)*(?:you'?re|ur|you\s+"
    r"are|u\s+r)\s+"  # "ur in england?", not "your team in the UK"
    r"(?:\w+\s+)?(?:in|based\s+in)\s+(?:the\s+)?(?P<said>" + "|".join(_PLACES.values())
    + r")\b|\bwhere\s+(?:are|r)\s+(?:you|u)\s+(?:based|located|working|from)\b", re.IGNORECASE)
"""Asking where the contact works ("ur in england right?"), which they can simply say."""


_SAYS_MINE = re.compile(r"\b(?:i'?m|im|i\s+am|i\s+live|i\s+work|we'?re|we\s+are)\s+(?:\w+\s+)?"
                        r"(?:in|from)\b|\bhere\s+in\b", re.IGNORECASE)
"""The user saying where they are ("wait are u in the uk? im in arizona")."""
_PROMISES = re.compile(r"\b(?:taught|showed|told)\s+me\s+(?:what|how|which|a\s+lot)\b|"
                       r"\bhere'?s\s+(?:what|how)\b|:$", re.IGNORECASE)
"""A sentence that announces the next one, so is never said without it."""


def _based(text: str, country: str) -> str:
    """"Yes, I'm in the UK", or "No, I'm in the US" to "are you in the UK?"; "I'm in …" to
    "where are you based?"."""
    found = _WHERE_BASED.search(text)
    place = (found.group("asked") or found.group("said") or "") if found else ""
    here = based_here(country)
    if not place:
        return here.replace("Yes, I'm", "I'm")
    right = re.fullmatch(_PLACES.get(country, "$^"), place, re.IGNORECASE)
    return here if right else here.replace("Yes, I'm", "No, I'm")
_ELSEWHERE_ASKED = re.compile(r"\b(?:the\s+us|usa|america|american|states|canada|australia|india|"
                              r"nigeria|ireland|europe)\b", re.IGNORECASE)
_MENTIONED = re.compile(r"\b(?:you|u)\s+(?:mentioned|said|talked\s+about|brought\s+up)\b",
                        re.IGNORECASE)
"""Coming back to something the contact said ("u mentioned the scheme moved u between teams,
how did that go?"): a question about their own words."""


_PLAIN = frozenset({"what", "whats", "that", "this", "those", "these", "with", "your", "about",
                    "have", "been", "they", "them", "their", "there", "when", "were", "said",
                    "mean", "exactly", "actually", "really", "mentioned", "earlier", "before",
                    "time", "just", "like", "some", "much", "more", "from", "into", "does"})


_SHORT = frozenset({"the", "and", "you", "for", "how", "did", "was", "its", "are", "but", "not",
                    "can", "has", "had", "who", "why", "use", "get", "got", "one", "all", "any",
                    "out", "off", "too", "yes", "now", "new", "way", "day", "see", "say", "ask",
                    "do", "is", "it", "of", "to", "in", "on", "at", "an", "or", "as", "be", "by",
                    "me", "my", "we", "so", "if", "up", "no", "go", "ur", "her", "his", "our"})


def _words(text: str) -> set[str]:
    """The words that carry a phrase ("ordering the backlog", "HR", "the PhD"), as stems:
    plain words, since the contact is asked about the very words they used."""
    return {stem(w) for w in normalise(text).split()
            if len(w) >= 2 and w not in _PLAIN and w not in _SHORT}


def _naming(answer: str, phrase: set[str]) -> str | None:
    """The sentence of an answer that speaks most of the phrase asked about ("the pack")."""
    best, most = None, 0
    for sentence in re.split(r"(?<=[.!?])\s+", answer.strip()):
        shared = len(phrase & _words(sentence))
        if shared > most:
            best, most = sentence, shared
    return best


def _own_words(state: YouAskState, bank: Bank, text: str) -> tuple[bool, str, str] | None:
    """(asked what it means, the sentence that said it, its other telling) when the message
    asks about something the contact said in this meeting. "What's an X?" must name words
    they used, all of them ("whats a ux researcher exactly?" is not about "ux" in passing)."""
    meant = _WHAT_YOU_MEAN.search(text)
    cue = meant or _MENTIONED.search(text)
    if cue is None:
        return None
    # "whats a backlog exactly?": that sentence; "u mentioned the scheme …, how did that
    # go?": the words of the clause it opens
    about = re.split(r"[?.!]", text[cue.start():])[0] if meant else re.split(
        r"[,.;?!]|\s-\s", text[cue.end():])[0]
    phrase = _words(about)
    best, most = None, 0
    for qid in reversed(state.asked) if phrase else ():  # the closest, the latest on a tie
        said = told(state, bank, bank.question(qid))
        sentence = _naming(said, phrase)
        shared = len(phrase & _words(sentence or ""))
        if sentence and shared > most:
            best, most = (qid, said, sentence), shared
    if best is None or (meant and most < len(phrase)):
        return None
    qid, said, sentence = best
    other = told(state, bank, bank.question(qid), 1)
    retold = _naming(other, phrase) if other.strip() != said.strip() else None
    if not meant:  # the same point in the answer's other telling, so not the same words again
        same = retold and retold.strip() != sentence.strip() and len(
            phrase & _words(retold)) >= most
        return False, sentence, retold if same else ""
    return True, sentence, retold or ""


_MORE_WORDS = 3
"""Words a mention must share with another sentence of the contact's to be the same thing."""


def _more_about(state: YouAskState, bank: Bank, text: str, sentence: str) -> str:
    """Something this contact has not said yet about what the user came back to ("you
    mentioned the pay cut, how did you manage it?"): the sentence of another of their answers
    that speaks most of it, from a question not asked yet, so it is new and still theirs."""
    cue = _MENTIONED.search(text)
    phrase = _words(text[cue.end():] if cue else text) & _words(sentence)
    if len(phrase) < _MORE_WORDS:  # "the clinic calls": too little to tell another mention
        return ""  # from a different thing
    best, most = "", len(phrase) - 2  # all but one of its words: "fifth" alone is another
    for question in bank.questions:
        if {"wrap_up", "referral", "job_ask"} & set(question.flags) or question.id in state.asked:
            continue
        for step in (0, 1):
            line = _naming(told(state, bank, question, step), phrase) or ""
            shared = len(phrase & _words(line))
            if shared > most and line.strip() != sentence.strip():
                best, most = line, shared
    return best


def _after(said: str, sentence: str) -> list[str]:
    """The sentence that follows ``sentence`` in an answer, which says more about it."""
    parts = [p for p in re.split(r"(?<=[.!?])\s+", said.strip()) if p]
    at = next((i for i, p in enumerate(parts) if sentence.strip() in p), None)
    return parts[at + 1:at + 2] if at is not None else []


def after_mention(text: str) -> str | None:
    """What follows "you mentioned the scheme," ("how did that go?"), when the message
    comes back to something the contact said; that part says what is asked about it."""
    if _WHAT_YOU_MEAN.search(text):
        return None
    cue = _MENTIONED.search(text)
    cut = re.search(r"[,.;?!]|\s-\s", text[cue.end():]) if cue else None
    return text[cue.end() + cut.end():].strip() if cue and cut else None


_OWN_TOPIC = 4
"""Words of its own (not the mention's) that make what follows a mention a question of its
own: "what do u even ask them" has none, "how would the sector see police experience, is it
valued or is it baggage?" has five."""


_YOU_BEEN = (r"(?:(?:have|'ve|ve)\s+(?:you|u)|(?:you|u)(?:'ve|ve|\s+have)?|uve)\s+(?:been|worked|"
             r"stayed|spent)")
_PLACE = (r"(?:company|organi[sz]ation|org|firm|place|employer|team|role|job|position|post|school|"
          r"hospital|trust|charity|agency|department|dept|practice|unit|ward|bank|studio)")
_ENDS = r"(?=\s*(?:now|so\s+far|then|already|roughly|in\s+total|all\s+told)?\W*$)"
_TENURE = re.compile(
    rf"\bhow\s+long\s+(?:now\s+)?{_YOU_BEEN}\s+(?:(?:at|with|in|for)\s+(?:your|ur|the|this)\s+"
    rf"(?:current\s+|present\s+)?{_PLACE}|there|here|(?:doing\s+|in\s+)?(?:this|that|the|your|ur)"
    rf"\s+(?:job|role|work|line\s+of\s+work|field|industry|sector)|doing\s+(?:this|that|it|what\s+"
    rf"(?:you|u)\s+do))\b{_ENDS}"
    rf"|\b(?:have|'ve)\s+(?:you|u)\s+been\s+(?:there|at\s+(?:your|ur|the)\s+{_PLACE})\s+long\b"
    rf"{_ENDS}|\bwhen\s+did\s+(?:you|u)\s+(?:join|start\s+at)\s+(?:your|ur|the|this)\s+"
    rf"(?:current\s+)?{_PLACE}\b{_ENDS}"
    # "how long u been a backend engineer?", "how many years have u been working as an engineer?"
    rf"|\bhow\s+(?:long|many\s+(?:years|yrs))\s+(?:now\s+)?{_YOU_BEEN}\s+(?:working\s+)?(?:as\s+)?"
    rf"an?\s+(?!(?:bit|lot|little|while)\b)[\w-]+(?:\s+[\w-]+){{0,2}}{_ENDS}", re.IGNORECASE)
"""How long the contact has been where they are: their years say it ("how long have u been
at ur company?" was answered with the contact's current projects)."""
_IN_WORDS = ("", "a year", "two years", "three years", "four years", "five years", "six years",
             "seven years", "eight years", "nine years", "ten years", "eleven years",
             "twelve years")


def asks_tenure(text: str) -> bool:
    return bool(_TENURE.search(text))


def _tenure(years: int, turns: int) -> str:
    said = _IN_WORDS[years] if 0 < years < len(_IN_WORDS) else f"{years} years"
    return pick((f"About {said} in this line of work now, all told.",
                         f"{said[:1].upper()}{said[1:]} or so in this line of work, all told."),
                        turns)


_IN_PLACE = re.compile(r"\b(?:someone|somebody|anyone|anybody|people|person|contacts?)\b"
                       r"[^.?!]{0,25}?\b(?:in|from|based\s+in|over\s+in|near)\s+(?:the\s+)?(?P<place>"
                       + "|".join(_PLACES.values()) + r")\b", re.IGNORECASE)
"""People asked for in a place ("maybe someone in the uk?"), not where the user is from."""


_ABROAD_PLACES = (r"canada|toronto|vancouver|montreal|calgary|ottawa|australia|sydney|"
                  r"melbourne|ireland|dublin|india|new\s+zealand|germany|berlin|munich|"
                  r"switzerland|zurich|basel|geneva|france|paris|netherlands|amsterdam|spain|"
                  r"madrid|poland|sweden|singapore|nigeria|lagos|ghana|accra|south\s+africa|"
                  r"europe")
_IN_ABROAD = re.compile(r"\b(?:someone|somebody|anyone|anybody|people|person|contacts?)\b"
                       r"[^.?!]{0,25}?\b(?:in|from|based\s+in|over\s+in|near)\s+(?:(?:europe|"
                       rf"the\s+eu)\s+or\s+(?:in\s+)?)?(?P<place>(?:{_ABROAD_PLACES})(?:\s+(?:or|and)"
                       rf"\s+(?:in\s+)?(?:{_ABROAD_PLACES}))?)\b", re.IGNORECASE)
"""People asked for in a place neither contact country holds ("anyone in Toronto?")."""


_ONLY_HERE = ("I don't really know people in {place}, so I can only point you to people here;"
              " they'd still be glad to talk, and might know someone there.")


def people_elsewhere(text: str, country: str, persona: Persona | None = None) -> str:
    """ "who should I talk to next, maybe someone in the UK?" to a contact in Denver: who they
    know is where they work, said before the names (a UK user was given two Denver people
    as if they were what was asked); a city too ("anyone out here in columbus?" to LA)."""
    text = without_moves(text)  # "someone who moved here from india": a newcomer, not there
    abroad = _IN_ABROAD.search(text)
    if abroad:  # "is there anyone in Toronto or in Canada you would suggest?"
        return _ONLY_HERE.format(place=re.sub(r"\b(?!(?:or|and|in)\b)\w+", lambda m: m.group(
            0).title(), abroad["place"].lower()))  # "Switzerland or Germany"
    city = people_in_city(text, persona) if persona is not None else ""
    if city:
        return _ONLY_HERE.format(place=city)
    found = _IN_PLACE.search(text)
    if not found or re.fullmatch(_PLACES.get(country, "$^"), found["place"], re.IGNORECASE):
        return ""
    place = next(k for k, v in _PLACES.items() if re.fullmatch(v, found["place"], re.I))
    return _ONLY_HERE.format(place=f"the {place}")


def asks_where_based(text: str) -> bool:
    """Whether the message asks where the contact works ("are u in the uk?")."""
    return bool(_WHERE_BASED.search(text))


def about_own_words(state: YouAskState, bank: Bank, text: str, new: bool) -> bool:
    """Whether the message asks about the contact's own words rather than a bank question:
    "what do you mean by …" about words they used; "you mentioned …, how did that go?"
    unless what follows reaches a ``new`` bank question (one not answered yet)."""
    return _asked_about(state, bank, text, new) is not None


def _asked_about(state: YouAskState, bank: Bank, text: str, new: bool = False
                 ) -> tuple[bool, str, str] | None:
    """``_own_words``, when the message asks about them rather than about something new."""
    found = _own_words(state, bank, text)
    if found is None or found[0]:
        return found
    # "you mentioned kwame coming from a bank. with police it's different, how would the
    # sector see police experience?": the mention is context for a question of its own
    rest = after_mention(text) or ""
    mention = text[:len(text) - len(rest)]
    own = set(terms_of(normalise(rest))) - set(terms_of(normalise(mention)))
    return found if not new and len(own) < _OWN_TOPIC else None


def said_so_far(state: YouAskState, bank: Bank) -> list[str]:
    """The answers this persona has given in this meeting, in bank order."""
    return [told(state, bank, q) for q in bank.questions if q.id in state.asked]


_SAY_MORE = re.compile(
    r"\W*(?:(?:ok|okay|oh|ah|hmm+|sorry|wait|and|so|right|interesting)\W+)*(?:(?:[\w'-]+\s+){0,2}"
    r"like\s+what|such\s+as|for\s+example|for\s+instance|examples?|any\s+examples?|(?:what|how)\s+"
    r"do\s+(?:you|u)\s+mean(?:\s+by\s+(?:that|it|this))?|meaning|how\s+so|in\s+what\s+way|"
    r"(?:can|could|would)\s+(?:you|u)\s+(?:say|tell\s+me|explain)\s+(?:a\s+(?:bit|little)\s+)?"
    r"more(?:\s+about\s+(?:that|it|this))?|(?:say|tell\s+me)\s+more(?:\s+about\s+(?:that|it|this))?"
    r"|go\s+on|expand\s+on\s+that|what\s+does\s+that\s+look\s+like(?:\s+in\s+practice)?)\W*$",
    re.IGNORECASE)
"""Asking the contact to take their last answer further ("nearby like what?", "such as?")."""


def _said_more(state: YouAskState, bank: Bank, text: str) -> str:
    """The last answer taken further: its other telling, the sentences not said yet, or
    plainly that there is not much more ("" when the message asks for no more)."""
    last = bank.question(state.asked[-1]) if state.asked else None
    if last is None or not asks_more(text) or not state.reply_keys:
        return ""
    said = told(state, bank, last)
    if state.reply_keys[-1] not in (zlib.crc32(said.encode()), state.more_key):
        return ""  # the last thing said was not that answer: nothing of it to take further
    new = [s for s in re.split(r"(?<=[.!?])\s+", told(state, bank, last, 1).strip())
           if s and s not in said]
    if new and state.reply_keys[-1] != state.more_key:
        more = pick(("Sure. ", "Of course. "), state.turns) + " ".join(new[:3])
        state.more_key = zlib.crc32(more.encode())
        return more
    said_all = pick(("Not much more to it than I said, honestly. If there's one part you want"
                     " to dig into, ask me about that.", "That's really all I have on it, I'm"
                     " afraid. Ask me about one part of it and I'll tell you what I've seen."),
                    state.turns)
    state.more_key = zlib.crc32(said_all.encode())
    return said_all


def asks_more(text: str) -> bool:
    """Whether a short message asks the contact to take their last answer further ("That's
    really helpful. Could you say more about that?", "nearby like what? ops or something?")."""
    parts = re.split(r"(?<=[?.!])\s+", text.strip())[:2]
    return len(text.split()) <= _MORE_ASK_WORDS and any(_SAY_MORE.fullmatch(p) for p in parts)


_MORE_ASK_WORDS = 25


def _far(state: YouAskState, bank: Bank, question: str, text: str, far: str) -> str:
    """Pay or the market asked of another country: whose the contact knows, with theirs
    offered for comparison (the offer, and the question a yes takes, kept); "" otherwise."""
    asked = bank.question(far) if far else None
    said, offer = another_country(from_the_question(text, question), persona_of(
        bank, state.persona_id), asked) if asked else ("", "")
    if said and far in state.asked:  # "and in norway?" just after the UK's answer: told
        return said.removesuffix(offer).strip()
    if said:
        state.awaiting, state.awaiting_text, state.offered_question = "offer", offer, far
    return said


def _far_unmatched(bank: Bank, asked: str) -> str:
    """The bank's pay question for pay asked of another country that matched no question, or
    its market question for the market: what a yes to the offer of theirs gets."""
    pay = next((q.id for q in bank.questions if "pay" in q.flags), "")
    if _ASKS_PAY.search(asked) and pay:
        return pay
    return _MARKET_ID if bank.question(_MARKET_ID) is not None else ""


_ASKS_PAY = re.compile(r"\b(?:pay|paid|salar\w*|earn\w*|wages?|income)\b|\bhow\s+much\b[^?.!]{0,40}"
                       r"\bmake\b", re.IGNORECASE)
_MARKET_ID = "job-prospects"


def honest_reply(state: YouAskState, bank: Bank, question: str, text: str,
                 elsewhere: str | None, term: Term | None = None, far: str = "") -> str:
    """The reply to a fair question the bank does not cover, from this persona (``term``: the
    glossary word it asks the meaning of, as the turn read it; ``far``: the pay or market
    question it asks of another country, whose answer here a yes then takes)."""
    said = _far(state, bank, question, text, far)
    if said:  # "What's the data job market like in Sydney?" to a London analyst
        return said
    if _WHERE_BASED.search(text):  # "wait are u in the uk? im in arizona": said plainly
        based = _based(text, works_in(bank, state.persona_id))
        elsewhere_named = _ELSEWHERE_ASKED.search(text) and works_in(bank, state.persona_id) == "UK"
        return based + (f" {NOT_THERE}" if elsewhere_named or state.abroad and _SAYS_MINE.search(
            text) else "")  # "im in arizona", from abroad; not to a plain "where are u based?"
    if asks_tenure(question or text):
        return _tenure(persona_of(bank, state.persona_id).years, state.turns)
    more = _said_more(state, bank, text)
    if more:  # "like what?", "can you say more about that?": the last answer, taken further
        return more
    about_pay = pay_said(state, bank, text)
    if about_pay:
        return about_pay
    abroad = from_abroad_reply(question or text, text, works_in(bank, state.persona_id))
    if abroad:  # "will they care my degree is from ghana?", "will my accent be a problem?"
        return abroad
    if elsewhere and REFERRAL.search(text):  # "do you know anyone at Benchling?": people
        return (f"I don't know anyone at {elsewhere}, I'm afraid. A short, polite message to"
                " someone in the team you'd want to join usually gets an answer.")
    if elsewhere:  # "Loyola's or DePaul's accelerated program": a school, not an employer
        return as_a_school(elsewhere, text) or replies.elsewhere(elsewhere, state.turns)
    if "multilingual" in terms_of(normalise(text)) and _WORTH.search(text):  # "does being
        # bilingual help?", "I speak Yoruba and Igbo, does that count?": the lexicon's term
        return _LANGUAGE_REPLY
    if term is not None:  # "sorry whats power bi?": the field's own word, explained
        return replies.define(term.meaning, state.turns)
    if HOW_TO_REACH.search(text) and introduced(state):
        return replies.how_to_reach(state.turns)  # "best way to reach rafael, linkedin or email?"
    said = said_so_far(state, bank)
    colleague = named_colleague(text, said, bank)
    again = _who_they_are(colleague, text, said) if colleague else None
    if again:  # "Sorry, who is Luis? I did not catch his role.": said again, not "his to tell"
        return again
    if colleague:  # "how did femi get in from retail?": theirs to tell, and an introduction
        meet = bool(WANTS_TO_MEET.search(text))  # "would she be open to a quick chat?"
        if any(colleague in offer for offer in state.accepted) or (  # "yes please!! Joe
                state.accepted and colleague in referred(state, bank)):  # especially": agreed
            return replies.colleague(colleague, state.turns, introduced=True, meet=meet)
        state.awaiting, state.awaiting_text = "offer", f"Shall I introduce you to {colleague}?"
        return replies.colleague(colleague, state.turns, meet=meet)
    if WANTS_TO_MEET.search(text) and _THOSE_PEOPLE.search(text) and said:
        # "would any of those friends be open to a quick call with me?": people the contact
        # spoke of, so theirs to ask, and an introduction offered
        state.awaiting, state.awaiting_text = "offer", "Shall I introduce you by email?"
        return "I think they'd be glad to, yes. Shall I introduce you by email?"
    own = _asked_about(state, bank, text)
    if own is not None:
        meant, sentence, retold = own
        if meant:
            # "…: do people need us less over time?" is a question the next sentence answers
            then = next((s for t in said for s in _after(t, sentence)), "") \
                if sentence.rstrip().endswith("?") else ""
            return replies.put_another_way(retold, sentence, state.turns, then)
        more = "" if retold else _more_about(state, bank, text, sentence)
        return replies.about_what_i_said(retold or more or sentence, state.turns,
                                         again=not (retold or more))
    return _off_bank(state, bank, question, text, far)


def _off_bank(state: YouAskState, bank: Bank, question: str, text: str, far: str) -> str:
    """The reply when nothing the contact said or knows answers it: pay or the market abroad
    ("whats the job market like for ops managers in australia?", matching no question)
    declined with the same offer, else what they can honestly say."""
    said = "" if far else _far(state, bank, question, text, _far_unmatched(bank, question or text))
    if said:
        return said
    said_before = (answer_of(bank, q, state.persona_id, state.variant) for q in bank.questions
                   if not q.flags and q.id not in state.asked)  # never a line said already
    stand_out = bank.question(_STAND_OUT)
    seen = re.split(r"(?<=[.!?])\s+", told(state, bank, stand_out).strip()) \
        if stand_out is not None else []
    # "But months of applying taught me what changed things." promises the sentence after it
    applying = " ".join(seen[:3 if len(seen) > 2 and _PROMISES.search(seen[1]) else 2])
    # "what are the hours like on ur unit?" is theirs, so no "outside what I see day to day";
    # "whether my ACCA would be recognised here in Canada": whose rules they know, first
    persona = persona_of(bank, state.persona_id)
    # (a place in the story before the question is where the user has been, not what is asked)
    return _path_once(state, _with_rules(
        from_the_question(text, question), persona, replies.off_bank(
            question, persona, said_before, state.off_bank, applying,
            of_their_work=bool(_OF_THEIR_WORK.search(question or text)),
            context=after_change_of_mind(text))))  # not the bootcamp taken back


_OWN_PATH = re.compile(r"I can only speak from my own path: [^.]*(?:\.\d[^.]*)*\.\s+")
"""The contact's own path, told before their view ("I can only speak from my own path: a
journalism BA …. My honest view: …")."""


def _path_once(state: YouAskState, reply: str) -> str:
    """The reply with the contact's own path told once a meeting: a third question on degrees
    had heard "a journalism BA from Ohio University" a third time."""
    path = _OWN_PATH.match(reply)
    if not path:
        return reply
    key = zlib.crc32(path.group(0).strip().encode())
    if key in state.reply_keys and reply[path.end():].strip():
        return reply[path.end():].strip()
    state.reply_keys.append(key)
    return reply


_WHO_IS = re.compile(r"\bwho(?:'s|s|\s+is|\s+was)\s+(?P<a>[a-z]+)\b|\bwhat\s+(?:does|is)\s+"
                     r"(?P<b>[a-z]+)(?:'s)?\s+(?:do|role|job)\b|\b(?P<c>[a-z]+)['\u2019]s\s+(?:role|"
                     r"job)\b", re.IGNORECASE)
"""Asking who someone the contact named is ("who is Luis? I did not catch his role")."""


def _who_they_are(name: str, text: str, said: list[str]) -> str | None:
    """The sentence that named them, said again, when the user asks who they are."""
    asked = _WHO_IS.search(text)
    if not asked or (asked["a"] or asked["b"] or asked["c"]).lower() != name.lower():
        return None
    sentence = next((s for t in said for s in re.split(r"(?<=[.!?])\s+", t)
                     if re.search(rf"\b{re.escape(name)}\b", s)), None)
    if sentence is None:
        return None
    sentence = re.sub(r"^(?:and|also|plus|then)\s+|^(?:talk|speak)\s+to\s+", "", sentence,
                      flags=re.IGNORECASE)
    return f"Sorry, I rushed that. {sentence[:1].upper()}{sentence[1:]}"


def _with_rules(text: str, persona: Persona, reply: str) -> str:
    """The reply after whose rules or market the contact knows ("I only know the market here
    in Denver"), when the question names another place; that alone when the reply would say
    "outside what I see" again, or when a "rough guide" would come before no figures."""
    rules = from_here(text, persona, ())
    alone = from_here(text, persona, (), alone=True) if rules else ""
    if rules and (reply in replies.DEFAULT_WHO or alone != rules):
        return alone
    return f"{rules} {reply}" if rules else reply


_WORTH = re.compile(r"\b(?:help|helps|helpful|plus|asset|advantage|edge|useful|count|counts|"
                    r"matter|matters|valued?|worth)\b", re.IGNORECASE)
_LANGUAGE_REPLY = (
    "In my experience, yes. Where the people you'd work with or serve speak it, it's a real"
    " asset, and some employers name it in the advert or pay a little extra for it. Put it near"
    " the top of your application with your level, and have one example ready of using it at"
    " work.")
"""Speaking another language, asked as a plus: what any contact has seen of it."""
_OF_THEIR_WORK = re.compile(
    r"\b(?:your|ur)\s+(?:own\s+)?(?:unit|team|ward|week|day|days|job|role|shifts?|class|"
    r"classroom|department|dept|squad|clients?|patients?|students?)\b(?!\s+(?:pension|benefits?|"
    r"perks|policy|policies|pay|salary|leave|holiday))|\b(?:you|u)\s+or\s+(?:the\s+)?\w+\W*$|"
    r"\b(?:of|in)\s+(?:the|this)\s+(?:job|role)\b|\b(?:do|did|would)\s+(?:you|u)\s+(?:personally\s+)?"
    r"(?:own|handle|deal\s+with|spend|work\s+on|juggle|look\s+after|take\s+on)\b", re.IGNORECASE)
"""A question about the contact's own work, which "outside what I see" would contradict."""
_STAND_OUT = "application-stand-out"
"""The question every contact answers about applications, in their own words."""


_THOSE_PEOPLE = re.compile(r"\b(?:any\s+of\s+(?:those|them|your)|those\s+(?:friends|colleagues|"
                           r"people|folks|contacts)|(?:your|ur)\s+(?:friends|colleagues|contacts)|"
                           r"(?:would|could|might)\s+(?:they|one\s+of\s+them))\b", re.IGNORECASE)
"""People the contact spoke of, asked after as a group ("any of those friends")."""

