"""What the persona says to a message that is not a bank question: yes or no to its offer,
an answer to its own question, small talk, passing thanks, and an honest reply to a fair
question the bank does not cover.

An honest reply never answers another topic: it says what this persona can tell from their
own facts, or that the question is outside what they see day to day and who would know,
because a contact who bluffs teaches the user nothing and one who redirects well is real.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.banks.model import Persona
from bot.features.practice.credentials import ACRONYMS, credential, own_fact
from bot.features.practice.cues import pick
from bot.features.practice.lexicon import LEXICON
from bot.features.practice.moves import IMPOSING, puts_off
from bot.features.practice.said import TIME_SPLIT
from bot.features.practice.terms import GENERIC_TERMS, NOT_A_TOPIC, WORK_TERMS, content_terms
from bot.features.practice.worries import CAREER_GAP

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
    r"\b(?:What\s+I\s+can\s+do\s+is|(?:But\s+)?I\s+can)\s+tell\s+you\s+(?:exactly\s+)?"
    r"(?P<what>(?:what|how)\s+[^.;]+?)(?=,\s*(?:which|if|since|so)\b|\.|;|$)")
"""An offer to tell more inside an answer ("What I can do is tell you exactly what got our last
hire through"): a yes to it is answered with what was offered."""
OFFERED_TELLING = "Shall I tell you {}?"


def tell_offer(answer: str) -> str | None:
    """The persona's offer to tell more, put as the question it is, or None."""
    found = TELLS_MORE.search(answer)
    return OFFERED_TELLING.format(found["what"].strip()) if found else None


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
_VISIT = re.compile(r"\b(?:shadow\w*|observ\w*|spend\s+a\s+(?:day|morning|afternoon)|visit|"
                    r"sit\s+in|come\s+(?:in|along|by))\b", re.IGNORECASE)
"""An invitation to see the work in person, which is arranged, not an email introduction."""
_REVIEW = re.compile(r"\b(?:look\s+(?:at|over)|read|review|go\s+(?:over|through)|give\s+(?:you\s+)?"
                     r"feedback\s+on)\s+(?:your|it)\b", re.IGNORECASE)
"""Offering to look over something of the user's, which they send when it is ready."""
_WILL_INTRODUCE = re.compile(r"\bI(?:'ll|\s+will|\s+can|\s+could)\s+(?:\w+\s+)?(?:introduce|"
                             r"connect|put\s+you\s+in\s+touch)\b", re.IGNORECASE)


def accept_offer(offer: str, seed: int) -> str:
    """The persona's reply to "yes please" to its offer."""
    if offers_telling(offer):  # what it offered to tell follows
        return pick(("Of course.", "Sure."), seed)
    if _CHECK_FIRST.search(offer):  # "want me to check with Jenna and Devon first?"
        return pick(("Great, I'll check with them this week and let you know what they say.",
                     "Will do. I'll ask them first and get back to you in a few days."), seed)
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
    return pick((
        "Good, I'll sort that out after this call and copy you in.",
        "Great, leave it with me: I'll send the emails later today and copy you in.",
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


def decline_offer(seed: int, said: str = "") -> str:
    """A no, or a "let me think about it", which leaves the offer open rather than closed."""
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


def passing_thanks(seed: int, thanked: bool = True) -> str:
    """A passing "thanks, that's useful", or a nod with no thanks in it ("ok that makes
    sense"), which no one answers with "you're welcome"."""
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


_OVERQUALIFIED = (
    "From the hiring side, it's rarely the qualification itself that worries a manager; it's"
    " whether you'll stay, and whether you want this job or just any job. Say in a sentence"
    " why this role, now, and lead with the practical work you've done.")
_TOPICS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE) if isinstance(pattern, str) else pattern, who)
    for pattern, who in (
        # "how would you explain an 8 year gap … on a resume?": the gap, before the resume
        (CAREER_GAP,
         "What I've seen, for what it's worth: one honest line on what you were doing and that"
         " you're ready now, then straight on to what you bring. People who hire worry about"
         " someone being evasive far more than about the gap itself."),
        # "there is people that are not native english speakers? I am worry that my english
        # is not enough good": a worry about language, not a case to walk through
        (r"\bmy\s+(?:english|accent|german|french|spanish|dutch)\b|\bnon[\s-]?native\b|"
         r"\bnative\s+(?:english\s+)?speakers?\b|\b(?:english|language)\s+as\s+(?:a\s+)?"
         r"second\s+language\b|\bsecond\s+language\b",
         "What I've seen: people are judged on being clear, not on sounding native. Short"
         " sentences, checking you've been understood, and a written recap after a meeting go"
         " a long way, and an accent is no problem at all."),
        # "how do hiring managers look at someone with only foreign experience?", "have you
        # hired someone who qualified abroad?": what any contact has seen of it, before the
        # credential named with it ("like ICAN or ACCA")
        (r"\b(?:foreign|overseas|international|abroad|(?:an)?other\s+countr(?:y|ies))\s+"
         r"(?:\w+\s+)?(?:experience|qualifications?|degrees?|credentials?|background|training|"
         r"work)\b|\b(?:qualified|trained|studied|worked|experience)\s+(?:abroad|overseas|in\s+"
         r"(?:an)?other\s+countr(?:y|ies))\b|\b(?:no|without|lack\s+of|any)\s+(?:canadian|uk|"
         r"british|us|american|local|irish|australian|german)\s+experience\b",
         "I can only tell you what I've seen: experience from another country counts once"
         " people here can read it, so say what the organisation was, how big, and what you"
         " did, in the words local job postings use, and get one local reference or a short"
         " local project early. Whether a qualification carries over is for the professional"
         " body here to say, so ask them first."),
        (r"\b(?:salar\w*|pay(?!\s+for\b)|paid(?!\s+(?:for|routes?|training|programmes?|places?|stuff|work|experience|projects?|clients?|gigs?)\b)|"
         # not a credential or respect earned ("something people earn once they're in")
         r"(?<!something\s)(?<!something\speople\s)(?<!something\syou\s)(?<!something\sthey\s)"
         r"earn(?:s|ed|ing)?(?!\s+(?:it|them|one|that|this|(?:a|an|the|your|their)\s+(?:[\w-]+\s+)?"
         r"(?:credential|cert\w*|qualification|title|designation|place|spot|respect|trust|"
         r"stripes|seat|right|reputation))\b)|wages?|compensation|"
         r"band\s+\d(?!\d*\s+(?:\w+\s+){0,3}?(?:roles?|posts?|jobs?|positions?|manager|management|"
         r"level))|how\s+much\s+"
         r"(?:do|does|can|will|would)\s+(?:\w+\s+){1,4}?(?:make|take\s+home|bring\s+in))\b",
         "Pay depends so much on the employer and the city that I'd only be guessing for roles"
         " outside my own team. A specialist recruiter or a recent salary survey will give you"
         " real ranges, and it's a fair question for HR once you're in a process."),
        (r"^(?=.*\b(?:visas?|sponsor\w*)\b)(?=.*\b(?:(?:ur|your|una|you\s+guys|y'?all)\s+(?:company|"
         r"firm|bank|team|employer|organi[sz]ation|school|hospital|trust|charity)\b|(?:do|would|can)"
         r"\s+(?:you|u|una)\s+(?:guys\s+|dey\s+)?sponsor|una\s+dey\s+sponsor))",
         "Whether we sponsor is our HR team's call, so I'd have to check rather than guess. Bigger"
         " employers sponsor more often, and the government publishes which do: check first."),
        (r"\b(?:visa|visas|sponsor\w*|immigration)\b",
         "Visa rules aren't something I know well enough to advise on; the employer's HR team"
         " or an immigration adviser would give you a straight answer."),
        # "ive sent like 80 applications and got basically nothing back. is that normal?": the
        # silence most applicants meet, and what changes it, not "outside what I see"
        (r"\b(?:\d+|dozens|hundreds|so\s+many|loads\s+of|tons\s+of)\s+(?:job\s+)?(?:applications|"
         r"apps|applied|cvs|resumes)\b[^?]*\b(?:nothing|no\s+(?:reply|replies|response|responses|"
         r"luck|interviews?|callbacks?)|ghosted|silence|rejections?|rejected|zero)\b"
         r"|\b(?:nothing|no\s+(?:reply|replies|response|responses|interviews?|callbacks?))\s+back\b",
         "Sadly that's common: most applications for a first role get no reply at all, so it"
         " says less about you than it feels. After that many, I'd change the approach rather"
         " than the number: fewer applications, each fitted to the job, and a referral or a"
         " conversation like this one before you apply."),
        (r"\b(?:portfolio|portfolios|cv|cvs|resume|resumes|(?<!user\s)(?<!customer\s)(?<!client\s)"
         r"(?<!research\s)(?<!exit\s)(?:interview(?:s|ed|ers?)?\b|interviewing\s+(?:for|at)\b)"
         r"(?!\s+(?:users?|clients?|customers?|participants?|people|patients?|families|them)\b)"
         r"|case\s+stud\w*|leetcode|application\w*|apply\w*|shortlist\w*)\b",  # not user interviews
         "That changes from one hiring round to the next, so I'd only be guessing at the"
         " details. Someone who hires for those roles often, or a recruiter in the field,"
         " would know; it's a great question to ask them."),
        # "my district is cutting positions and I'm the newest hire": the user's own job at
        # risk, which only their employer can speak to; said kindly, with a next step
        (r"\b(?:cutting|cut|cuts|slashing|eliminating|axing)\s+(?:\w+\s+)?(?:positions|posts|jobs|"
         r"roles|staff|headcount)\b|\blast[\s-]+in,?[\s-]+first[\s-]+out\b|\blifo\b|\b(?:made|"
         r"being|be|get|getting)\s+redundant\b|\bredundanc(?:y|ies)\b|\b(?:my|our)\s+(?:job|post|"
         r"position|role)\s+(?:is|might\s+be|could\s+be|may\s+be)\s+(?:at\s+risk|cut|on\s+the\s+line)",
         "I'm sorry, that's a stressful spot. I can't tell how your employer will decide; HR, or"
         " your union rep if you have one, can tell you exactly how it works and what notice"
         " you'd get. Meanwhile I'd quietly bring your CV up to date and keep having"
         " conversations like this one, so you have options either way."),
        # "realistically how long does the switch take for someone like me?": a span the
        # contact can honestly give as a range, not "outside what I see"
        (r"\bhow\s+long\b[^?]{0,60}?\b(?:switch\w*|mov(?:e|ing)\s+(?:in)?to|transition\w*|"
         r"chang\w+\s+(?:careers?|fields?)|pivot\w*|get\s+in(?:to)?|break\w*\s+in(?:to)?|land\w*|"
         r"retrain\w*|make\s+the\s+(?:switch|move|jump|leap))\b",
         "It varies too much for one honest number: I've seen people do it in six months and"
         " others take two years. What shortens it most is one or two pieces of work that look"
         " like the job, and talking to people who hire for it, as you're doing now."),
        # "what will the cost per click be next black friday?": nobody knows, which is the
        # honest answer, not "outside what I see day to day"
        (r"\b(?:will|'ll|going\s+to|gonna)\b[^?]{0,60}\bnext\s+(?:year|quarter|month|season|"
         r"black\s+friday|christmas|summer|winter|spring|autumn|fall|election|budget)\b|\bcan\s+"
         r"(?:you|u|anyone)\s+predict\b",
         "Nobody can call that in advance, me included: it moves with the market. What I'd do is"
         " look at last year's figures and how they're trending now, and plan for a range."),
        # "does a PhD read as overqualified?": how hiring sees it, not whether it is worth doing
        (r"\bover[-\s]?qualified\b|\btoo\s+(?:qualified|senior|experienced)\b", _OVERQUALIFIED),
        # "writing to deadline" and "tight deadlines" are the work, not dates to apply by
        (r"\b(?:when\s+(?:do|does|should|is|are)|(?<!to\s)(?<!on\s)(?<!under\s)(?<!tight\s)"
         r"(?<!hard\s)deadlines?(?!\s+(?:pressure|driven))|timeline\w*|intake|"
         r"recruit(?!ers?\b)\w*)\b",  # "does it matter for recruiters" asks no dates
         "I don't know the current dates, and they shift every year; the organisations' own"
         " careers pages, or a careers adviser, will have them."),
        # "i dont have a degree … is that gonna kill me?": a worry about going without one,
        # not whether to take one
        (r"\b(?:(?:do\s*n[o']?t|did\s*n[o']?t|never)\s+(?:have|get|got|finish(?:ed)?|complete[d]?)|"
         r"without|lack\s+of|no)\s+(?:a\s+|any\s+|my\s+)?(?:college\s+|university\s+|uni\s+|"
         r"bachelor\W?s?\s+|4[\s-]year\s+|four[\s-]year\s+)?degree\b",
         "Plenty of postings say \"a degree or equivalent experience\", and they mean it more"
         " often than people think. Where it's a hard rule, it's usually a large employer's"
         " graduate scheme. Look at ten postings you'd really apply for and count how many"
         " insist; elsewhere, work you can show and someone who'll vouch for you count for"
         " more."),
        # "a marketing degree, is that a problem for grad schemes?": the subject of one held,
        # not whether to take one
        (r"\b(?:(?:my|a|an)\s+(?!(?:college|university|uni|bachelor\W?s?|master\W?s?|good|"
         r"proper|real|first|second|2|4|four)\b)[a-z]+\s+degree|degree\s+(?:is\s+|was\s+)?in\s+"
         r"[a-z]+|already\s+(?:have|got)\s+a\s+degree)\b(?=.*\b(?:problem|issue|matter|count|hold|"
         r"against|look\s+at\s+me|put\s+(?:them\s+)?off|disadvantage)\w*)",
         "It depends on the role, but for many the subject matters less than people fear:"
         " employers want to see you can do the work, so an internship, a project or a course"
         " you've started does a lot. Where one subject is a hard rule, the posting says so;"
         " check a handful you'd really apply for."),
        # "which certification would you recommend for billing?", "is there a course you'd
        # recommend": which one, not whether one is worth it
        (r"\b(?:(?:which|what)\s+(?:\w+\s+){0,2}(?:certificat\w*|certs?|courses?|qualification\w*|"
         r"credentials?|bootcamps?|programs?|programmes?)\b[^?.!]*\b(?:recommend|suggest|best|"
         r"should\s+i|go\s+for|look\s+at)|(?:is|are)\s+there\s+(?:an?\s+|any\s+)?(?:\w+\s+){0,2}"
         r"(?:certificat\w*|certs?|courses?|qualification\w*|credentials?)\b[^?.!]*\b(?:you|u)"
         r"(?:'d|\s+would|\s+)?\s*(?:recommend|suggest))",
         "I can't name the one to get from where I sit: which one counts differs from one"
         " employer to the next. Look at ten postings you'd really apply for and see which one"
         " they name most; start there, and ask someone doing that job now to confirm it."),
        # a credential against another ("an associate degree vs a bachelors") is about the
        # credential, not the other side of a comparison
        (r"\b(?:degree|degrees|masters?|" + "|".join(ACRONYMS) + r"|certificat\w*|certs?|"
         r"qualification\w*|credentials?|bootcamps?|courses?|diploma)\b",
         "My honest view: whether {thing} is worth it depends on the roles you're aiming"
         " at. Look at ten postings you'd really apply for and count how many ask for one;"
         " then ask someone who did one recently what it changed for them."),
        # ("see it as a different world" compares nothing)
        (r"\b(?:differ(?:s|ence|ences)?|different\s+(?:from|to|than|between)|vs|versus|"
         r"compared?\s+(?:to|with)|rather\s+than)\b",
         "Honestly, I only know my own side of that from the inside, so I'd be comparing with"
         " half the picture. Someone who has done both would tell you far more."),
    )
)
_HIRING = next(p for p, line in _TOPICS if line.startswith("That changes from one hiring"))
_JOB_AT_RISK = next(t for t in _TOPICS if "stressful spot" in t[1])  # also said in context
_CREDENTIAL_TOPIC = next(t for t in _TOPICS if "{thing}" in t[1])
_NO_DEGREE = next(t for t in _TOPICS if "equivalent experience" in t[1])
_FROM_ABROAD = next(t for t in _TOPICS if "from another country counts" in t[1])
_SILENCE, _VERSUS = next(t for t in _TOPICS if t[1].startswith("Sadly that's common")), _TOPICS[
    -1][1]  # the comparison: not for their own week ("how much of it is SQL versus people?")
_WHEN = re.compile(r"\b(?:when|how\s+(?:far|soon|early|long))\b", re.IGNORECASE)
"""Applications, CVs, portfolios and interviews: what every contact has seen something of."""


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
    topic = next(((pattern, line) for pattern, line in _TOPICS if pattern.search(plain)
                  and not (line is _VERSUS and TIME_SPLIT.search(plain.lower()))), None)
    if topic is None:  # "… last in, first out. What would you do in my spot?", "I've applied
        # to 40 jobs and heard nothing back, what am I doing wrong?": told before the question
        topic = next((t for t in (_JOB_AT_RISK, _SILENCE) if t[0].search(context)), None)
    if topic is None and re.search(r"\b(?:that|it|this|them)\b", text, re.IGNORECASE):
        # "I took 5 years off … how do I explain that?": the gap; "the CFRE credential. Does
        # it open doors?": the credential
        topic = next((t for t in (_TOPICS[0], _FROM_ABROAD, _NO_DEGREE, _CREDENTIAL_TOPIC)
                      if t[0].search(context)), None)
        text = context if topic is _CREDENTIAL_TOPIC else text  # which credential it is
    if applying and topic and topic[0] is _HIRING and not _WHEN.search(text):  # reads them
        seen = _lower_first(applying)
        return f"From my own side: {seen} Beyond that, it changes from one hiring round to" \
               " the next."
    who = (topic[1] if topic else pick(DEFAULT_WHO, seed + _own_start(persona))).replace(
        "{thing}", credential(text))
    fact = own_fact(text, persona) if who is not _OVERQUALIFIED and topic != _FROM_ABROAD \
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
_WEAK_TERMS = frozenset({"day", "typical", "often", "work", "time", "year", "enjoy", "use"})
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
_TOPICS_OF_THEIR_OWN = LEXICON.topic_words | LEXICON.tool_words | {"salary"}
