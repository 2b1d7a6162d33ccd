"""What the persona says to a message that is not a bank question: yes or no to its offer,
an answer to its own question, small talk, passing thanks, and an honest reply to a fair
question the bank does not cover.

An honest reply never answers another topic: it says what this persona can tell from their
own facts, or that the question is outside what they see day to day and who would know,
because a contact who bluffs teaches the user nothing and one who redirects well is real.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.banks.model import Persona
from bot.features.practice.credentials import credential, own_fact
from bot.features.practice.cues import pick
from bot.features.practice.honest_topics import (
    BEHAVIOURS,
    CREDENTIAL_TOPIC,
    FROM_ABROAD,
    GAP_TOPIC,
    HIRING,
    JOB_AT_RISK,
    NO_DEGREE,
    OVERQUALIFIED,
    SILENCE,
    TOPICS,
    VERSUS,
    WHEN,
)
from bot.features.practice.lexicon import LEXICON
from bot.features.practice.moves import IMPOSING, puts_off
from bot.features.practice.said import TIME_SPLIT
from bot.features.practice.terms import GENERIC_TERMS, NOT_A_TOPIC, WORK_TERMS, content_terms

__all__ = [
    "ANYTHING_ELSE",
    "colleague",
    "put_another_way",
    "no_invitation",
    "prompt_kind",
    "accept_offer",
    "decline_offer",
    "ask_again",
    "passing_thanks",
    "off_bank",
    "off_topic",
    "statement",
]

_OFFER = re.compile(
    r"\b(?:shall\s+i|should\s+i|would\s+you\s+like\s+me\s+to|do\s+you\s+want\s+me\s+to|"
    r"(?:would|do)\s+you\s+(?:like|want)\s+an?\s+(?:intro|introduction|email\s+intro)\b|"
    r"would\s+it\s+help\s+if\s+i|"
    # "Would it help to see one of our old letters of inquiry?": something to be sent
    r"would\s+it\s+help\s+to\s+(?:see|have|read|look\s+at|get)\s+(?:one\s+of|a\s+copy|an?\s+|some\s+of|"
    r"our|my)|"
    # "Would you like to shadow Marisol for a morning?": an invitation, answered yes or no
    r"(?:would|do)\s+you\s+(?:like|want)\s+to\s+(?:shadow|spend|come|visit|sit\s+in|join|observe)|"
    # "Would you like one of our old fiscal notes as a model?": something offered
    r"(?:would|do)\s+you\s+(?:like|want)\s+(?:one\s+of|a\s+copy|a\s+look|an?\s+example|some\s+of)|"
    r"want\s+me\s+to|happy\s+to\s+(?:introduce|connect|send|email|ask)|i\s+(?:can|could)\s+"
    r"(?:introduce|connect|send|email|ask|put))\b",
    re.IGNORECASE,
)
_INTRODUCTION = re.compile(
    r"\b(?:introduc\w*|put\s+you\s+in\s+touch|connect\s+you|pass\s+on|email\s+them|"
    r"send\s+(?:you\s+both|a\s+(?:short|quick)\s+introduction))\b",
    re.IGNORECASE,
)


TELLS_MORE = re.compile(
    r"\b(?:What\s+I\s+can\s+do\s+is|(?:But\s+)?I\s+can|I'?m\s+(?:happy|glad)\s+to|I\s+am\s+"
    r"(?:happy|glad)\s+to|I'?d\s+be\s+(?:happy|glad)\s+to)\s+tell\s+you\s+(?:exactly\s+)?"
    r"(?P<what>(?:what|how|which|when|why)\s+[^.;]+?)(?=,\s*(?:which|if|since|so)\b|\.|;|$)")
"""An offer to tell more inside an answer ("What I can do is tell you exactly what got our last
hire through", "I'm happy to tell you how data is used behind it"): a yes to it is answered
with what was offered."""
OFFERED_TELLING = "Shall I tell you {}?"
_TALKS_MORE = re.compile(
    r"\b(?:I'?m|I\s+am|I'?d\s+be)\s+(?:happy|glad)\s+to\s+(?:talk\s+about|walk\s+you\s+through|go\s+"
    r"through)\s+(?:that|it|them)\b|\bthat\s+I'?m\s+(?:happy|glad)\s+to\s+talk\s+about\b",
    re.IGNORECASE)
"""An offer to say more about what was just named ("…how messy a clinic's diary really is, and
I'm happy to talk about that")."""


def tell_offer(answer: str) -> str | None:
    """The persona's offer to tell more, put as the question it is, or None."""
    found = TELLS_MORE.search(answer)
    if found:
        return OFFERED_TELLING.format(found["what"].strip())
    return OFFERED_TELLING.format("more about that") if _TALKS_MORE.search(answer) else None


def invitation_in(answer: str) -> str | None:
    """An offer put as a question inside an answer ("…so I can't help directly. Would you like
    to come in for an observation day? It's the best way…"), which a yes then takes."""
    return next((s for s in re.split(r"(?<=[.!?])\s+", answer.strip())
                 if s.endswith("?") and _OFFER.search(s)), None)


def offers_telling(offer: str) -> bool:
    """Whether an open offer is one to tell more (made by ``tell_offer``)."""
    return offer.startswith(OFFERED_TELLING.format("")[:-1])


def prompt_kind(follow_up: str | None, answer: str = "") -> str | None:
    """What a follow-up asks of the user: "offer" (yes or no, or which of the people the
    ``answer`` offered to introduce), "question" (tell me), or None (a remark that expects
    nothing back)."""
    if not follow_up:
        return None
    if _OFFER.search(follow_up) or _SEND_ME.search(follow_up) or (
            follow_up.rstrip().endswith("?") and _WILL_INTRODUCE.search(answer)):
        return "offer"
    return "question" if follow_up.rstrip().endswith("?") else None



_SEND_ME = re.compile(r"\b(?:send|show|share|email)\s+(?:me|it\s+(?:to\s+me|over|across|my\s+way)|"
                      r"(?:me\s+)?(?:your|ur)\s+\w+)\b[^.!]*"
                      r"(?:\b(?:and|then)\s+|[;,?]\s*)i(?:'ll|\s+will|\s+can|'d\s+(?:love|like)\s+to|"
                      r"\s+would\s+(?:love|like)\s+to)\b", re.IGNORECASE)
"""An offer made on a condition ("Send me the link when it's live and I'll review it", "If you
map a patient journey, send it to me; I'd love to see what you spot")."""
_CHECK_FIRST = re.compile(r"\b(?:check|ask)\s+(?:with\s+)?\w+(?:\s+and\s+\w+)?\s+(?:first|whether|"
                          r"if)\b|\b(?:check|ask)\s+(?:with\s+)?(?:them|him|her)\b", re.IGNORECASE)
"""Offering to ask the people first, which is not yet the introduction."""
_HEADS_UP = re.compile(r"\bheads[\s-]?up\b|\bsend\s+\w+\s+a\s+(?:quick\s+|short\s+)?note\s+"
                       r"first\b|\blet\s+\w+\s+know\s+(?:you(?:'ll|\s+will|\s+might)|to\s+expect)",
                       re.IGNORECASE)
"""Offering to tell the people to expect the user's message, which the user then sends."""
_NAMED = re.compile(r"(?<!^)(?<![.?!]\s)\b(?!I\b)[A-Z][a-z]+\b")
"""The people an offer names ("Want me to give Andre and Nicole a heads-up…?")."""
_VISIT = re.compile(r"\b(?:shadow\w*|observ\w*|spend\s+a\s+(?:day|morning|afternoon)|visit|"
                    r"sit\s+in|come\s+(?:in|along|by))\b", re.IGNORECASE)
"""An invitation to see the work in person, which is arranged, not an email introduction."""
_REVIEW = re.compile(r"\b(?:look\s+(?:at|over)|read|review|go\s+(?:over|through)|give\s+(?:you\s+)?"
                     r"feedback\s+on)\s+(?:your|it)\b", re.IGNORECASE)
"""Offering to look over something of the user's, which they send when it is ready."""
_WILL_INTRODUCE = re.compile(r"\bI(?:'ll|\s+will|\s+can|\s+could)\s+(?:\w+\s+)?(?:introduce|"
                             r"connect|put\s+you\s+in\s+touch)\b", re.IGNORECASE)


def accept_offer(offer: str, seed: int, wanted: Sequence[str] = ()) -> str:
    """The persona's reply to "yes please" to its offer; ``wanted``: the people the user
    asked for, when more than the offer named."""
    if offers_telling(offer):  # what it offered to tell follows
        return pick(("Of course.", "Sure."), seed)
    if _CHECK_FIRST.search(offer):  # "want me to check with Jenna and Devon first?"
        return pick(("Great, I'll check with them this week and let you know what they say.",
                     "Will do. I'll ask them first and get back to you in a few days."), seed)
    if _HEADS_UP.search(offer):  # "want me to give Brianna a heads-up?": no email to copy
        who = " and ".join(wanted or _NAMED.findall(offer)[:2]) or "them"  # the user writes
        return pick((
            f"Great, I'll give {who} a heads-up today, so your message won't come out of the"
            " blue.",
            f"Will do: I'll tell {who} to expect you. Then it's over to you to get in touch.",
        ), seed)
    if _INTRODUCTION.search(offer):
        return pick((
            "Great, I'll write a short introduction email tonight and copy you in. Reply within"
            " a day or two while it's fresh, and do tell me how it goes.",
            "Lovely, consider it done: I'll introduce you by email this evening. When they"
            " reply, offer two or three times that suit you, so they only have to pick one.",
        ), seed)
    if _VISIT.search(offer):  # "yes please" to "would you like to shadow Marisol?"
        return pick(("Lovely. I'll check which days work and email you two or three to choose"
                     " from.", "Great, I'll sort out a date after this call and email you a"
                     " couple of options."), seed)
    if _SEND_ME.search(offer) or _REVIEW.search(offer):  # "yes please" to "send me the link
        # and I'll review it", or "I could look at your project. Want me to?"
        return pick(("Great: send it over whenever it's ready, and I'll take a proper look.",
                     "Good, I'll look out for it. No rush: send it when you're happy with it."),
                    seed)
    if _A_THING.search(offer):  # "Would it help to see one of our old letters of inquiry?"
        return pick(("Good, I'll dig one out and email it to you after this call.",
                     "Great, I'll send it over later today."), seed)
    return pick((
        "Good, I'll sort that out after this call and copy you in.",
        "Great, leave it with me: I'll send the emails later today and copy you in.",
    ), seed)


_A_THING = re.compile(r"\b(?:see|have|read|look\s+at|get|like|want)\s+(?:one\s+of|a\s+copy|an?\s+"
                      r"(?:example|sample|template|copy)|some\s+of)\b|\bsend\s+(?:you\s+)?(?:one|a\s+"
                      r"copy|an?\s+(?:example|sample|template|link)|the\s+(?:link|slides|template|"
                      r"guide|list))\b", re.IGNORECASE)
"""Something offered to be sent (an old letter, a template), not people to introduce."""


def introduces_by_email(offer: str) -> bool:
    """Whether the offer is an introduction the contact writes, copying the user in (not a
    heads-up, nor asking the people first), so the user never writes the first line."""
    return bool(_INTRODUCTION.search(offer)) and not offers_telling(offer) and not (
        _CHECK_FIRST.search(offer) or _HEADS_UP.search(offer))


def name_with_introduction(seed: int) -> str:
    """"May I mention your name?" with a yes to an introduction by email: it will be there."""
    return pick((
        "Of course, though my email will have done that for you: just reply on the thread,"
        " and say what you'd most like to learn from them.",
        "Please do, though you'll be in my email already: reply to it, keep your note short,"
        " and suggest a couple of times.",
    ), seed)


def put_another_way(retold: str, sentence: str, seed: int, then: str = "") -> str:
    """ "What do you mean by …?" about the contact's words: the same point in other words
    (that answer's other telling), what the answer said next about it (``then``), or the
    ``sentence`` that said it, plainly."""
    if retold and retold.strip() != sentence.strip():
        return pick(("Fair question, I went quickly there. Put another way: ",
                     "Sorry, let me say that better: "), seed) + retold
    if then:
        return pick(("Fair question, I went quickly there. In practice: ",
                     "Sorry, I rushed that. What it comes down to: "), seed) + then
    return f"Nothing fancy, really. {sentence} It's less mysterious than it sounds."


def define(meaning: str, seed: int) -> str:
    """What a word of the field's jargon means, as the contact would say it."""
    return pick(("Good question. {}", "{}", "Sure. {}"), seed).format(meaning.strip())


def how_to_reach(seed: int) -> str:
    """How to contact someone the contact named or is introducing."""
    return pick(("LinkedIn is fine, but wait for my email: I'll copy you both in, so you'll "
                 "have the address.", "Email is best; I'll send you the address with the "
                 "introduction, and LinkedIn works too."), seed)


def keep_in_touch(seed: int, closing: bool = False) -> str:
    """Yes to "is it ok if I message you if I have another question?"; as a goodbye, a short
    yes, since the goodbye that follows says the rest."""
    if closing:
        return "Of course, please do."
    return pick(("Of course, please do: a short message with your question is easy to answer.",
                 "Yes, any time. Drop me a line, and tell me how you're getting on."), seed)


def about_what_i_said(sentence: str, seed: int, again: bool = False) -> str:
    """Asked about something the contact said earlier ("u mentioned the scheme, how did that
    go?"): the point told another way, or (``again``: there is no other telling) said again
    as the recap it is, not pasted back as if new."""
    if again:
        return (f"Not much more to it than I said, honestly. {sentence} If there's one part you"
                " want to dig into, ask me about that.")
    return pick(("Right, that one. {}", "Yes. {}"), seed).format(sentence)


def colleague(name: str, seed: int, introduced: bool = False, meet: bool = False) -> str:
    """About someone the contact mentioned: theirs to tell, and an introduction offered (or,
    ``introduced`` already, the meeting to come); asked whether they would talk (``meet``),
    the answer to that."""
    who = name.removeprefix("my ")
    if meet and introduced:
        return f"Yes, I'm sure. I'll say so when I write to {who}, and you can take it from there."
    if meet:
        return f"I think {name} would be glad to, yes. Shall I introduce you by email?"
    if introduced:
        return (f"That's {name}'s story to tell, and you'll hear it first-hand when you meet:"
                " ask exactly that.")
    if name.startswith("my "):  # a role: "my analytics manager"
        return (f"Honestly, {name} should tell you that one: I only know the outline. Would"
                " you like me to introduce you?")
    return pick((
        f"That's {name}'s story to tell, and {name} tells it better than I would. Shall I"
        " introduce you?",
        f"Honestly, {name} should tell you that one: I only know the outline, and you'd get"
        " far more from the real thing. Would you like me to introduce you?",
    ), seed)


def elsewhere(name: str, seed: int) -> str:
    """An honest reply to a question about another employer the user named."""
    return pick((
        f"I can't speak for {name}: I only know my own employer from the inside, and pay,"
        " perks and interviews differ a lot from one organisation to the next. Someone who"
        " works there would know, and a short, polite message to one of them usually gets"
        " an answer.",
        f"Honestly, I don't know {name} from the inside, and I'd only be guessing. Their own"
        " people are the ones to ask: a message to someone in that team is worth sending.",
    ), seed)


def decline_offer(seed: int, said: str = "", offer: str = "") -> str:
    """A no, or a "let me think about it", which leaves the offer open rather than closed; a
    no to more told ("Shall I tell you how it works here?") simply moves on."""
    if offers_telling(offer):
        return pick(("No problem.", "Sure, no problem."), seed)
    if IMPOSING.search(said):  # "i dont want to disturb them"
        return pick((
            "You wouldn't be disturbing anyone: people who say yes to these chats enjoy them,"
            " and I'd ask them first. The offer stands whenever you're ready.",
            "Honestly, they'd be glad to hear from you, and I'll check with them before I"
            " pass on your details. Just say the word, now or later.",
        ), seed)
    if puts_off(said):
        return pick((
            "No rush at all. Have a think, and if you'd like the introduction, just say the"
            " word, now or after today.",
            "Of course, take your time. The offer stands: drop me a line whenever you're ready.",
        ), seed)
    return pick((
        "No problem at all, and if you change your mind later, just drop me a line.",
        "That's fine. If you'd like an introduction later, just drop me a line.",
    ), seed)


def passing_thanks(seed: int, thanked: bool = True, unfinished: bool = False) -> str:
    """A passing "thanks, that's useful", or a nod with no thanks in it ("ok that makes
    sense"), which no one answers with "you're welcome"; a question not typed yet ("ok this
    is kinda awkward but"), waited for."""
    if unfinished:
        return pick(("No rush, go on: I'm listening.", "Take your time. Go on."), seed)
    if not thanked:
        return pick((
            "Good. What else would you like to know?",
            "Glad that helps. What's next on your list?",
            "Sure. Anything else you'd like to ask?",
        ), seed)
    return pick((
        "Glad it's useful. What else would you like to know?",
        "You're welcome. Go on, what's next on your list?",
        "Happy to help. Anything else you'd like to ask?",
    ), seed)


AFTER_MISS = "Go ahead whenever you're ready: what would you like to ask?"


def ask_again(question: str, seed: int, thanked: bool) -> str:
    """After a nod that left the contact's question unanswered: the nod taken, then the
    question put once more, as anyone would who wanted to know."""
    taken = "You're welcome." if thanked else pick(("Glad that helps.", "Good."), seed)
    return f"{taken} {pick(_AGAIN, seed)} {question}"


_AGAIN = ("I'm curious about you, though.", "But tell me about you.",
          "Before you go on, though.")


ANYTHING_ELSE = ("What else would you like to know?", "What's next on your list?",
                 "Go on, what else can I tell you?")
"""The persona inviting the next question, which it drops when time runs out."""


def no_invitation(said: str) -> str:
    """``said`` without a closing "What's next on your list?": not in the breath that says
    "I'm going to have to stop there"."""
    return _INVITATION.sub("", said)


_INVITATION = re.compile(r"\s+(?:Go\s+on,\s+)?(?:what(?:'s\s+next|\s+else)|anything\s+else)\b"
                         r"[^.!?\n]*\?$", re.IGNORECASE)
"""The closing invitation of a reply ("You're welcome. Go on, what's next on your list?")."""


def statement(seed: int) -> str:
    """Context with no question yet: take it in and invite the question."""
    return pick((
        "That's useful background, thanks. What would you like to ask me about it?",
        "Got it. So what would be most useful to know from my side?",
    ), seed)


def off_topic(seed: int) -> str:
    """A question about anything but the work ("what's your favourite film?")."""
    return pick((
        "Ha, that could take the rest of our time! Let's save it for another chat: what would"
        " you like to know about the work?",
        "I'll happily talk about that another day, but let's use your minutes well. What"
        " would you like to ask about the job?",
    ), seed)




DEFAULT_WHO = (
    "Good question, but I don't have a solid answer to that one, and I'd rather not make one"
    " up. It's worth putting to someone closer to it.",
    "Honestly, that's outside what I see day to day, so I'd only be guessing. Someone who"
    " deals with it every week would give you a straight answer.",
    "I'd rather not give you a half-right answer on that one: it's beyond my own work. It's"
    " a good one to put to someone closer to it.",
    "That one's beyond what I deal with, so I'd be making it up. Someone who works on it"
    " directly would know far better.",
    "I'm not close enough to that to give you a straight answer, and I'd rather not guess."
    " It's a good one for someone who handles it every day.",
    "I honestly don't know, and I don't want to send you off with a guess. Put it to someone"
    " closer to that side of things.",
)
"""What a contact says to a question it has nothing of its own to say about, in turn (one
line said nine times in two meetings read as a machine), each contact starting at its own
place in the list (three contacts had opened with the same sentence)."""


def _own_start(persona: Persona) -> int:
    """Where in a list of lines this contact starts: the same every meeting, not for all."""
    return sum(map(ord, persona.id))


ASK_FOR_A_CASE = (
    "It depends so much on the case that a general answer from me would be half made up. Ask"
    " me about a real example, like something from last week, and I'll tell you exactly how"
    " it went.",
    "I don't want to give you a neat answer that isn't quite true. Pick a specific case, a"
    " recent week or project, and I'll walk you through it.",
)
"""An honest reply to a question about the contact's own work the bank cannot answer: what
they can do instead, which is also how to ask (a real example over a generality)."""
SAID_ALL = ("I'm not the right person for that one either, I'm afraid; someone closer to it"
            " would know. What else would you like to ask?")  # every other line said; not
# "I've told you all I can", said where nothing had been told


def off_bank(text: str, persona: Persona, said_before: Iterable[str] = (), seed: int = 0,
             applying: str = "", of_their_work: bool = False, context: str = "") -> str:
    """An honest in-character reply to a fair question the bank does not cover: the
    persona's own background when it is about qualifications, what they see of applications
    (``applying``, their own words) when it is about CVs, portfolios or interviews, else a
    line it has in its answers that speaks to the question ("In earnings season it all
    compresses…"), then who would know better; or, asked ``of_their_work`` (their unit,
    their week), an offer to go through a real case, since "outside what I see" would
    contradict it. ``context``: the whole message, for a gap the question points back to."""
    plain = NOT_A_TOPIC.sub("", text)  # "paid social" names no pay
    topic = next(((pattern, line) for pattern, line in TOPICS if pattern.search(plain)
                  and not (line is VERSUS and TIME_SPLIT.search(plain.lower()))), None)
    if re.search(r"\bdegree", plain, re.IGNORECASE) and NO_DEGREE[0].search(context):
        topic = NO_DEGREE  # "I have no university degree… Will companies check my degree?"
    if topic is None:  # "… last in, first out. What would you do in my spot?", "I've applied
        # to 40 jobs and heard nothing back, what am I doing wrong?": told before the question
        topic = next((t for t in (JOB_AT_RISK, SILENCE) if t[0].search(context)), None)
    if topic is None and re.search(r"\b(?:that|it|this|them|those)\b", text, re.IGNORECASE):
        # "I took 5 years off … how do I explain that?": the gap; "the CFRE credential. Does
        # it open doors?": the credential
        topic = next((t for t in (GAP_TOPIC, FROM_ABROAD, NO_DEGREE, CREDENTIAL_TOPIC, BEHAVIOURS)
                      if t[0].search(context)), None)
        text = context if topic is CREDENTIAL_TOPIC else text  # which credential it is
    if applying and topic and topic[0] is HIRING and not WHEN.search(text):  # reads them
        seen = _lower_first(applying)
        return f"From my own side: {seen} Beyond that, it changes from one hiring round to" \
               " the next."
    who = (topic[1] if topic else pick(DEFAULT_WHO, seed + _own_start(persona))).replace(
        "{thing}", credential(text))
    fact = own_fact(text, persona) if who is not OVERQUALIFIED and topic != FROM_ABROAD \
        else None  # not their path
    if fact:  # their own path, then no "that's outside what I see", which it just spoke to
        beyond = who if topic else _BEYOND_MY_PATH
        return f"I can only speak from my own path: {_lower_first(fact).rstrip('.')}. {beyond}"
    line = None if topic else own_line(text, said_before)
    if line:
        return f"I can only tell you what I see myself. {line[:1].upper()}{line[1:]} {_BEYOND}"
    return pick(ASK_FOR_A_CASE, seed) if of_their_work and not topic else who


_BEYOND = "Beyond that I'd be guessing, so it's worth asking someone closer to it as well."
_BEYOND_MY_PATH = ("Beyond my own path I'd only be guessing, so it's worth asking people who"
                   " took other routes too.")


def _lower_first(text: str) -> str:
    """A sentence carried on after a colon: its first letter in lower case, unless its first
    word is a name in capitals ("NHS", "I") rather than "A business degree"."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if re.sub(r"[^A-Za-z]", "", first).lower() not in _COMMON_OPENERS:
        return text  # "Epic already sends…", "NHS trusts…", "I …": names stay as written
    return text[:1].lower() + text[1:]


_COMMON_OPENERS = frozenset((
    "a", "an", "the", "my", "our", "we", "it", "its", "this", "that", "these", "those", "there",
    "most", "some", "many", "much", "in", "on", "at", "for", "when", "if", "after", "before", "as",
    "so", "but", "and", "then", "with", "one", "two", "three", "every", "each", "all", "any",
    "people", "you", "your", "they", "their", "what", "how", "honestly", "usually", "often",
    "mostly", "schools", "teachers", "districts", "nurses", "analysts", "employers", "hiring",
    "did", "earned", "worked", "finished", "spent", "taught", "studied", "tough", "hard", "harder",
    "easy", "easier", "quite", "very", "not", "no", "yes", "lots", "plenty", "fewer", "more",
    "less", "almost", "about", "around", "roughly", "fairly", "pretty", "really", "still", "only",
    "just", "even", "both", "nobody", "everyone", "someone", "here", "since", "because",
    "although", "though", "while", "sometimes", "rarely", "never", "always", "generally",
    "typically", "mainly", "partly", "competitive", "busy", "slow", "better", "worse", "good",
    "great", "fine", "depends", "anything", "something", "nothing", "everything", "whatever"))
"""First words of a contact's sentence that are no names ("A business degree" → "a business
degree", "Tough for a first PM job": a judgement); any other capital is kept ("Epic", "NHS")."""
_WEAK_TERMS = frozenset({"day", "typical", "often", "work", "time", "year", "enjoy", "use", "need",
                         "know", "want", "get", "lot", "thing", "really", "much"})
"""Terms too common in answers to show that a sentence speaks to the question."""


def own_line(text: str, said_before: Iterable[str]) -> str | None:
    """The sentence of the persona's own answers that shares most with the question: two
    topic terms at least, so a word in passing does not make a sentence an answer."""
    asked = {t for t in content_terms(text)  # "product" or "company" speaks to no question,
             if t not in GENERIC_TERMS and t not in _WEAK_TERMS and t not in WORK_TERMS
             and not _COUNT.fullmatch(t)}  # nor "three" ("learn in the next three months")
    topics = asked & _TOPICS_OF_THEIR_OWN  # "equity": a sentence must speak to it
    best, best_shared = None, max(1, (2 * len(asked) - 1) // 5)  # 2 of 5 asked, 3 of 7
    for answer in said_before:
        for sentence in re.split(r"(?<=[.!?])\s+", answer.strip()):
            terms = set(content_terms(sentence))
            shared = len(asked & terms)
            if shared > best_shared and len(sentence.split()) >= 6 and (
                    not topics or topics & terms) and not _LEANS_BACK.match(sentence) and (
                    not _ADVISES.match(sentence)):
                best, best_shared = sentence.strip(), shared
    return _lower_first(best) if best else best


_COUNT = re.compile(r"\d+|one|two|thre\w*|four|five|six|seven|eight|nine|ten|twelv\w*|twent\w*")
_LEANS_BACK = re.compile(r"(?:and|but|or|so|also|plus|then|that|this|these|those|it|they|"
                         r"which)\b", re.IGNORECASE)
"""A sentence that leans on the one before it ("And data engineering basics, like ...")
makes no sense quoted alone."""
_ADVISES = re.compile(r"(?:ask|try|look|talk|check|read|start|get|make|find|take|keep|go|join|"
                      r"spend|pick|use|do|don'?t|be|think|write|build|apply|email|volunteer|"
                      r"consider|choose|learn|focus|avoid|aim|expect|run|grow|show|send|share|"
                      r"practi[sc]e|set|put|bring|follow|sign|pin|lead|treat|offer|shadow|save|"
                      r"list|count|note|prepare|research|reach|attend|search|skip|stop|stay|sit|"
                      r"tell|say|plan|create|map|test|review|study|open|sort|collect|track|"
                      r"record|lean|mention|name|quantify|cut|add|drop|swap|frame|turn|"
                      r"call|visit|ring|never|always|just|remember|do\s+not)\b",
                      re.IGNORECASE)
"""Advice to the user ("Ask yourself which part draws you"), which is no account of what the
persona sees ("I can only tell you what I see myself. ...")."""
_TOPICS_OF_THEIR_OWN = LEXICON.topic_words | LEXICON.tool_words | {"salary", "rung"}
"""("rung": "or would I need to start as an assistant accountant?" is not answered by "School
hours in FP&A is realistic …", which shares only the field's name and a judgement.)"""
