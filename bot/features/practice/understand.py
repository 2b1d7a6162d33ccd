"""What one 'you ask' message says, read from the user's own words before any bank match.

A real message is rarely one clean question: people give a sentence of context first ("I'm
switching from teaching. What does a typical week look like?"), ask two things at once,
answer the persona's own question, say yes to an offer, thank, greet or chat. Matching the
whole message against bank questions (as the practice mode first did) lets the context
decide the answer and turns every "Yes please!" into "I didn't quite get that". So a message
is read here first: its question sentences, the context before them, and the conversational
move it makes. Only the question sentence goes to the matcher, and the coaching labels come
from that sentence's own wording.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.features.practice import telling
from bot.features.practice.asking import (
    ELABORATES,
    LEAD_INS,
    TAG_ASKS,
    narrows,
    takes_up,
    tells_then_asks,
    with_i,
)
from bot.features.practice.asking import EMBEDDED as _EMBEDDED
from bot.features.practice.asking import QUESTION_START as _QUESTION_START
from bot.features.practice.asking import TELLS_ON as _TELLS_ON
from bot.features.practice.asking import asks as _asks
from bot.features.practice.asking import reacts as _reacts
from bot.features.practice.asking import sentences as _sentences
from bot.features.practice.background import tells_background
from bot.features.practice.change_of_mind import after_change_of_mind
from bot.features.practice.cues import (
    ASIDE_ONLY,
    CLOSING_THANKS,
    GOODBYE,
    GREETING,
    HEDGE,
    LEAVE_ABOUT,
    NO_BUT,
    NOD,
    STOP_THERE,
    THANKS,
    TO_YOU,
    USES_YOUR_NAME,
    WRAP_UP,
    asks_for_introduction,
    is_goodbye,
    resumes,
    trails_off,
)
from bot.features.practice.leaning import EITHER_TAIL
from bot.features.practice.moves import DONE_THANKS as _DONE_THANKS
from bot.features.practice.moves import (
    DROPPED_IT,
    IMPOSING,
    NAME_FIRST,
    OFFERS_INTRO,
    asks_their_pay,
    later_on,
    picks_one,
    puts_off,
)
from bot.features.practice.moves import NO as _NO
from bot.features.practice.moves import PASSING_THANKS as _PASSING_THANKS
from bot.features.practice.moves import SHORT_CHAT as _SHORT_CHAT
from bot.features.practice.moves import SMALL_TALK as _SMALL_TALK
from bot.features.practice.moves import YES as _YES
from bot.features.practice.options import picks_side
from bot.features.practice.terms import normalise, terms_of
from bot.features.questions.habits import analyse_question, split_questions

__all__ = [
    "LEAD_INS", "Reading", "asks_for_introduction", "asks_their_pay",
    "is_small_talk", "read_message",
    "wording_flags", "LONG_PREAMBLE_WORDS",
]

LONG_PREAMBLE_WORDS = 22
"""Context before the question that earns "lead with your question": two spoken sentences."""

_WORDS = re.compile(r"[A-Za-z0-9']+")


@dataclass(frozen=True)
class Reading:
    """What one message does, from its wording alone.

    ``move`` is the main thing it does: "question" (``question`` holds the sentence to
    match), "yes"/"no" (to the persona's offer or question), "answer" (to the persona's
    question), "thanks" (for the meeting), "passing_thanks", "greeting", "small_talk",
    "goodbye", "wrap" (offers to wrap up, asks nothing), "statement" (context about the
    work or themself, no question yet), "unclear" (words, but none of that) or "empty".
    A yes, an answer or a greeting may come with a question too: ``question`` is then set.
    """

    move: str
    question: str = ""
    questions: list[str] = field(default_factory=list)
    preamble_words: int = 0
    flags: list[str] = field(default_factory=list)
    thanks: bool = False  # thanks for the meeting somewhere in it
    greeting: bool = False
    wrap: bool = False
    reply_to_prompt: str = ""  # the part that answers the persona (yes/no/answer)
    context: str = ""  # the (up to two) sentences just before the first question


_MORE_JOB_ASKS = re.compile(
    r"\b(?:looking\s+for|taking\s+on|recruiting)\s+(?:anyone|anybody|someone|people|juniors?|"
    r"new\s+people)\b.*\b(?:at\s+the\s+moment|now|currently|rn|right\s+now|this\s+year|"
    r"apply|join)\b|\b(?:i'?d|i\s+would)\s+(?:love|like)\s+to\s+(?:apply|join\s+(?:you|your))\b"
    r"|\b(?:is|are)\s+(?:your|ur)\s+(?:team|company|firm|school|ward|charity|trust|hospital|unit|"
    r"department|practice|agency|organi[sz]ation|org)\s+(?:looking\s+"
    r"for|taking\s+on|recruiting)\b|^\W*any\s+(?:\w+\s+)?(?:vacanc\w*|openings?|jobs?\s+going)",
    re.IGNORECASE,
)
"""Job asks ``analyse_question`` does not know ("is your team looking for anyone? I'd love
to apply")."""


def is_small_talk(text: str) -> bool:
    """Whether a message chats about something besides the work ("how's your week?", "busy
    week?"); "how many hours do you work in a busy week" is about the work."""
    return bool(_SMALL_TALK.search(text) or _SHORT_CHAT.match(text))


def wording_flags(text: str) -> list[str]:
    """The coaching flags of a question in the user's own words.

    The questions feature's flags (only handing a CV over is a job ask, not asking what
    makes a good one), plus the job asks casual speech adds.
    """
    flags = analyse_question(text)
    if "job_ask" not in flags and _MORE_JOB_ASKS.search(text):
        flags = ["job_ask", *flags]
    if "closed" in flags and _REQUEST.search(text):
        flags = [f for f in flags if f != "closed"]  # a request is rightly put as yes or no
    return flags


_REQUEST = re.compile(
    r"\b(?:introduc\w*\s+me|put\s+me\s+in\s+touch|connect\s+me|(?:can|could|may)\s+i\s+"
    r"(?:mention|use|email|message|contact|send|follow\s+up|reach\s+out|keep\s+in\s+touch)|"
    r"would\s+(?:it|that)\s+be\s+(?:ok|okay|alright|all\s+right|fine)|is\s+it\s+(?:ok|okay|"
    r"alright|fine)\s+if\s+i\s+(?:email|message|contact|mention|follow|send|reach|ask|connect)|"
    r"would\s+(?:you|u)\s+(?:mind|be\s+(?:happy|willing|ok|okay|open)\s+"
    r"to\s+(?:introduce|pass|share|send|connect|forward|look)))\b", re.IGNORECASE)
"""Asking for something ("would you be happy to introduce me to him?", "can I mention your
name?"): a yes or a no is the answer wanted, so it is no yes/no habit to coach."""


def _words(text: str) -> int:
    return len(_WORDS.findall(text))


_CONTEXT_SENTENCES = 2
"""Sentences before a question that it may point back to ("...a take-home with a messy CSV.
I ran out of time for the write-up. How do you approach those?")."""


_LEAD_IN = re.compile(rf"^\W*(?:{LEAD_INS}[\s,:-]+)+(?=\S)", re.IGNORECASE)
_LIKE_ASKS = re.compile(r"(^|[.!?]\s+|\n|\bbut\s+(?:more\s+)?|\bmore\s+)\s*like\s+"
                        r"(?=(?:(?:what|how|which|where|who)\s+(?:\w+\s+)?"
                        r"(?:would|do|does|did|is|are|can|could|should|will)|(?:do|does|is|are|"
                        r"would|could|can|should)\s+(?:you|u|they|people|i))\b)", re.IGNORECASE)
"""A question opened with "like" ("like what would a grad analyst be on", "kinda the first but
more like which one should i go for"), read only when no other question was found: "Like
where you started, I was…" is a comment."""
_HEDGE_BUT = re.compile(r"^\W*(?:sorry|apologies|i\s+hope\s+(?:this|that|it)|not\s+sure\s+if|"
                        r"this\s+(?:might|may)\s+be|excuse|forgive|pardon|no\s+pressure)\b"
                        r"(?:(?!\b(?:what|how|why)\b)[^?]){0,100}?\bbut\s+",
                        re.IGNORECASE)
"""An apology or hedge in the question's own sentence ("sorry if this is a bit cheeky but
roughly what does …"): how it is asked, not what."""


def _without_lead_in(question: str) -> str:
    """ "no sorry, i mean who funds ur charity" asks "who funds ur charity": words before a
    question that are not part of it would only dilute its match."""
    rest = _LEAD_IN.sub("", _HEDGE_BUT.sub("", question))
    after = rest.split(":", 1)[1].strip() if ":" in rest else ""
    if _QUESTION_START.match(after):  # "Sorry, just to pin that down: how technical…"
        rest = after
    asks = _QUESTION_START.search(re.sub(r"^(?:roughly|realistically)\s+", "", rest, flags=re.I))
    return rest if rest != question and asks else question


_WHAT_ABOUT = re.compile(r"\W*(?:\w+[\s,]+){0,3}?(?:what|how)\s+about\s+(?:\S+\s+){0,8}?\S+\W*",
                         re.IGNORECASE)
"""A short "what about your own team then?" before the question that says what about it."""
_SURPRISE = re.compile(r"^\W*(?:(?:wait|oh|ooh|so|ok|okay|omg|hold\s+on)\W+)+", re.IGNORECASE)


def _checks_fact(sentence: str) -> bool:
    """"wait are u in the uk?": a question after the surprise, not "oh are you?"."""
    bare = _SURPRISE.sub("", sentence)
    return bool(_QUESTION_START.match(bare)) and _words(bare) >= 4 and not re.match(
        r"\W*(?:is|was|are|were)\s+(?:that|it|this)\b", bare, re.IGNORECASE)  # "is that true?"


def _split(text: str) -> tuple[list[str], int, str]:
    """The question sentences of a message, the words of context before the first, and the
    sentences just before it."""
    sentences = telling.labelled([part for s in _sentences(text) for part in tells_then_asks(s)],
                                 lambda s: _asks(s) and s.count(",") < 2)  # not a bare list
    asked = [i for i, s in enumerate(sentences) if _asks(s)]
    # "wait u work w legal?? … is knowing compliance a plus?", "ok and the night shift thing?
    # do new grads start on nights": a short reaction or topic before the real question is
    # context, not a second question.
    while len(asked) > 1 and (_reacts(sentences[asked[0]]) or _ASKS_LEAVE.match(
            sentences[asked[0]]) or LEAVE_ABOUT.match(sentences[asked[0]]) or
            _WHAT_ABOUT.fullmatch(sentences[asked[0]]) or _checks(
            sentences[asked[0]]) or _OFFERS_WRAP.search(sentences[asked[0]])):
        asked = asked[1:]
    meant = next((i for i in asked[1:] if _I_MEAN.match(sentences[i])), None)
    if meant is not None:  # "lol i think thats for nurses going into management? im not a
        asked = [i for i in asked if i >= meant]  # nurse yet. i mean do my EMT hours help…"
    if not asked or (len(asked) == 1 and len(sentences) > 1 and _reacts(sentences[asked[0]])
                     and not _checks_fact(sentences[asked[0]])):
        return [], 0, ""  # "yo fr? yes please that'd be brilliant": a reaction, nothing asked;
        # "wait are u in the uk? im in dubai" asks
    taken_up = next((i for i, s in enumerate(sentences[:asked[0]]) if not takes_up(s)), asked[0])
    preamble = sum(_words(s) for s in sentences[taken_up: asked[0]])  # not "Thanks, that helps."
    questions: list[str] = []
    for index in asked:
        if index - 1 in asked and _is_tag(sentences[index]):
            # "... see that - relevant, or not really?", "Three? Five?": not a question of its
            # own; "… proof I can do the job - some kind of portfolio?" says what is meant
            topic = len(terms_of(normalise(sentences[index]))) >= _TOPIC_TERMS and not (
                _LISTS.search(sentences[index]))  # not options ("for example Excel, Power BI?")
            if questions and (_NAMES_TOPIC.match(sentences[index]) or topic and _one_of_examples(
                    sentences, asked, index)):  # "… get ready? cfa level 1? excel courses?"
                questions[-1] = f"{questions[-1].rstrip('?')} - {sentences[index].strip()}"
            elif topic:  # "Veterans preference there?": its own
                questions.append(sentences[index])
            continue
        if index - 1 in asked and questions and _VERSUS_TOPIC.fullmatch(questions[-1]) and (
                re.match(r"\W*(?:which|what|who)\b", sentences[index], re.IGNORECASE)):
            questions[-1] = f"{questions[-1]} - {sentences[index].strip()}"
            continue
        if index - 1 in asked and questions and narrows(text, sentences[index - 1],
                                                         sentences[index]):
            questions[-1] = f"{questions[-1]} - {sentences[index].strip()}"
            continue  # "best way to network into FP&A - do cold messages work?": one ask
        if index - 1 in asked and questions and ELABORATES.match(sentences[index]):
            continue  # "…? would be really useful to hear how they did it": why they ask
        if index - 1 in asked and questions and _OTHER_SIDE.match(sentences[index]):
            # "Would my work project count? Or does it have to be a side project?": one choice
            questions[-1] = f"{questions[-1].rstrip('?')} {sentences[index].strip()}"
            continue
        questions.extend(split_questions(sentences[index]) or [sentences[index]])
    return questions, preamble, " ".join(sentences[max(0, asked[0] - _CONTEXT_SENTENCES):asked[0]])


def _one_of_examples(sentences: list[str], asked: list[int], index: int) -> bool:
    """A tag next to another tag: examples of the question ("… get ready? cfa level 1? excel
    courses?"), not questions of their own."""
    return (index + 1 in asked and _is_tag(sentences[index + 1])) or (
        index - 2 in asked and _is_tag(sentences[index - 1]))


_OFFERS_WRAP = re.compile(r"\b(?:should|shall|do\s+(?:you|u)\s+(?:want|wanna)\s+(?:to\s+)?)\s*we\s+"
                          r"(?:wrap\s+(?:it\s+|this\s+|things\s+)?up|stop\s+(?:there|here)|call\s+it)"
                          r"\W*$", re.IGNORECASE)
"""An offer to wrap up put as a question ("should we wrap up? last q: …"): no second
question of its own."""


_TAG_WORDS = 5
_TOPIC_TERMS = 2
_LISTS = re.compile(r",|\b(?:or|like|for\s+example|e\.?g|such\s+as|say|maybe|perhaps)\b",
                    re.IGNORECASE)
"""Terms enough for a short question after another to name a topic of its own."""
_NAMES_TOPIC = re.compile(r"\W*(?:(?:like|maybe|say|some|any|a|an)\s+)*(?:kind|sort|type)\s+of"
                          r"\s+\w+", re.IGNORECASE)
"""A tag that names what the question meant ("some kind of portfolio?")."""


_I_MEAN = re.compile(r"\W*(?:(?:no|sorry|oh|ok|okay|well|sry)\W+)*i\s+(?:mean|meant)\b", re.I)
"""A question put right ("i mean, do my EMT hours help…"): what came before it is set aside."""
_ASKS_LEAVE = re.compile(
    r"\W*(?:(?:so|ok|okay|and|also|um+)\s+)?(?:(?:can|could|may)\s+i\s+ask|(?:do|would)\s+(?:you|u)\s+"
    r"mind\s+if\s+i\s+ask)(?:\s+about\s+(?:money|pay|salary|something|that|this))?"
    r"(?:\s+(?!(?:what|how|why|when|where|which|who|if|whether|about|for|"
    r"ur|your)\b)[\w'-]+){0,5}(?:,(?!\s*(?:what|how|why|when|where|which|who|do|does|did|are|can|"
    r"could|would|will|should|have|has)\b)[^?.!]*)?\W*$", re.IGNORECASE)
"""Asking leave to ask ("can i ask something a bit personal?") before the question itself."""


def asks_leave(text: str) -> bool:
    """Whether the whole message only asks leave to ask ("can i ask something personal?")."""
    return bool(_ASKS_LEAVE.fullmatch(text.strip()))


def _is_tag(sentence: str) -> bool:
    """Whether a question sentence only adds options or a tail to the one before it: a few
    words that neither open a question nor hold one, or the user's own guess at the answer
    ("Funding, I'd guess, but maybe something else?")."""
    if EITHER_TAIL.match(sentence) and len(sentence.split()) <= 2 * _TAG_WORDS + 2:
        return True  # "who led it? was it a pharmacist, nurse or IT person?": its options
    return ((len(sentence.split()) <= _TAG_WORDS or _GUESS.search(sentence) or (
        len(sentence.split()) <= 2 * _TAG_WORDS and (
            _OPTIONS.search(sentence)
            or sentence.count(",") >= 2 and telling.EXAMPLES.search(sentence))))
            and not _QUESTION_START.search(sentence)
            and not _EMBEDDED.search(sentence) and not _ANOTHER.match(sentence))


_OPTIONS = re.compile(r",?\s+or\s+(?!(?:do|does|did|is|are|should|would|will|can|could)\b)",
                      re.IGNORECASE)
"""Options offered ("- leetcode-style puzzles, or something more practical?")."""
_GUESS = re.compile(r"\b(?:i'?d\s+(?:guess|imagine|assume)|i\s+(?:guess|imagine|suppose|assume)|"
                    r"presumably)\b", re.IGNORECASE)
_CHECK_TAG = re.compile(r"\b(?:right|yeah|correct|innit|isn'?t\s+it|didn'?t\s+(?:you|u)|"
                        r"aren'?t\s+(?:you|u)|wasn'?t\s+it)\W*$", re.IGNORECASE)
_TOPIC_OPENS = re.compile(r"\W*(?:\w+[\s,]+){0,2}?(?:what|how)\s+about\s+", re.IGNORECASE)


def _checks(sentence: str) -> bool:
    """Before another question, a sentence that only checks what the user believes ("so u
    came in as an APM right?") or names a topic and then tells ("what about my resume, its
    full of army stuff."): context for the question, not one to answer or to ask next."""
    if _TOPIC_OPENS.match(sentence) and not sentence.rstrip().endswith("?"):
        return True
    return bool(_CHECK_TAG.search(sentence)) and not _QUESTION_START.search(sentence)


_ANOTHER = re.compile(r"\W*(?:and|also|plus)\b", re.IGNORECASE)
"""An elliptical second question ("What do you like most? And least?")."""
_VERSUS_TOPIC = re.compile(r"\W*(?:[\w+#.&-]+\s+){0,2}?[\w+#.&-]+\s+(?:vs\.?|versus|or)\s+"
                           r"(?:[\w+#.&-]+\s+){0,2}?[\w+#.&-]+(?:\s+(?:for|as|at)\s+(?:\w+\s+){0,3}?\w+)?"
                           r"\W*", re.IGNORECASE)
"""Two options named and nothing asked yet ("embedded vs web", "agency vs in-house for a first
job"), before "which is easier…"."""
_OTHER_SIDE = re.compile(r"\W*or\b(?!\s+(?:also|and)\b)", re.IGNORECASE)
"""The other side of a choice put over two sentences ("Would it count? Or not?")."""


_LIKE_TAIL = re.compile(r"(?<=\?)\s*like\s+(?:what|how|which|where|who|when|do|does|is|are)\b[^?]*?"
                        r"(?=[\s.!]*$)", re.IGNORECASE)
"""A question narrowed after its "?", typed without one ("…honestly? like what do new nurses
struggle with most")."""
_HOW_WAS_THAT = re.compile(
    r"\b(?:big|huge|massive)\s+(?:jump|switch|move|change|leap|shift)\b[^?.!]{0,30}?\bhow\s+"
    r"(?:was|did\s+(?:you|u)\s+find)\s+(?:that|it)(?=[\s.!]*$)", re.IGNORECASE)
"""A question typed without its "?" ("TV news to housing is a big jump lol how was that")."""


def _without_framing(questions: list[str]) -> list[str]:
    """The questions without a wish said as a statement before an asked one ("I would like to
    understand whether my experience could be of use there. … could you tell me how you came
    into the sector?"): what the meeting is for, which the question after it asks."""
    asked = [q for q in questions if not q.rstrip().endswith(".")]
    framed = [q for q in questions if q.rstrip().endswith(".") and telling.INDIRECT_ASK.search(q)]
    return [q for q in questions if q not in framed] if framed and asked and (
        questions.index(asked[-1]) > questions.index(framed[0])) else questions


def _rides_on(sentence: str) -> bool:
    """Whether a sentence after a yes or no asks something: "…, do you think i should…?", "I
    may mention your name when I write to them, na?", "and on pay: roughly what does …?"; not
    "Can I think about it and get back to you?"."""
    after = re.sub(r"^\W*(?:roughly|approximately|ballpark)\b[\s,]*", "", sentence.split(":")[-1],
                   flags=re.IGNORECASE)  # "…: roughly what does an operations manager earn?"
    return bool(_QUESTION_START.search(after) or _EMBEDDED.search(sentence)
                or USES_YOUR_NAME.search(sentence) or (_words(sentence) > _RIDER_WORDS
                                                        and _asks(sentence))) and not puts_off(
        sentence)


def _all_chat(questions: list[str]) -> bool:
    """"I hope the lessons weren't too exhausting? Is it a busy week at school?": all chat."""
    return is_small_talk(" ".join(questions)) or all(map(is_small_talk, questions))


def read_message(text: str, awaiting: str | None = None, asked: str = "",
                 offered: Sequence[str] = ()) -> Reading:
    """Read one message. ``awaiting`` is what the persona last asked of the user: "offer"
    (a yes/no offer such as an introduction), "question" (a question about them, ``asked``)
    or None; ``offered`` names the people an introduction offer is for."""
    text = with_i(DROPPED_IT.sub("It's ", (text or "").strip()))
    if not _WORDS.search(text):
        return Reading("empty")
    # "yes please!! … have a lovely rest of ur day x": the offer is taken before the goodbye
    if is_goodbye(text) and not (awaiting == "offer" and _YES.match(text)):
        return Reading("goodbye", thanks=bool(_DONE_THANKS.search(text) or THANKS.search(text)
                                              or re.search(r"\b(?:cheers|ty)\b", text, re.I)),
                       wrap=bool(WRAP_UP.search(text)))  # "I'll let you go. Thanks, bye!"
    questions, preamble, before = _split(after_change_of_mind(_LIKE_TAIL.sub(r"\g<0>?", text)))
    for opener, cut in ((_LIKE_ASKS, r"\1. "), (telling.RUN_ON_ASK, r"\1. "),
                        (_HOW_WAS_THAT, r"\g<0>?")):  # "… like what
        # would a grad analyst be on", "im at amazon … do i need a degree or nah": the question
        tail_only = opener is telling.RUN_ON_ASK and len(questions) == 1 and "?" not in text \
            and not _QUESTION_START.match(questions[0]) and TAG_ASKS.search(questions[0])
        if (not questions or tail_only) and opener.search(text):
            # (one question found only by its "or nah" tail: the ask typed on is the question)
            questions, preamble, before = _split(after_change_of_mind(opener.sub(cut, text)))
    questions = [_without_lead_in(q) for q in questions]
    wrap = bool(WRAP_UP.search(text) or (  # a thank-you said while winding down closes it
        STOP_THERE.search(text) and not questions and awaiting != "question"))
    thanks = bool(_DONE_THANKS.search(text) or CLOSING_THANKS.search(text) or (
        wrap and THANKS.search(text)))
    greeting = bool(GREETING.search(text))
    common = {"thanks": thanks, "greeting": greeting, "wrap": wrap}
    if resumes(text):  # "hi sorry phone died, where were we": small talk, with a recap
        return Reading("small_talk", **common)
    if awaiting and not (awaiting == "question" and (wrap or thanks)):
        # "Thanks so much, I'm conscious of your time. Shall we wrap up?" answers nothing
        reply = _reply_to_prompt(text, awaiting, asked, offered) or picks_side(
            (_sentences(text) or [text])[0], awaiting, asked)
        if reply is not None:
            move, said = reply
            rest = [q for q in questions if q.strip() not in said and not HEDGE.fullmatch(q)
                    and not _RHETORICAL.fullmatch(q + "?")  # "Honestly? …" asked themself
                    and not (move == "answer" and _TENTATIVE.search(q + "?"))
                    and (q.rstrip().endswith("?") or not _TELLS_ON.match(q))]  # "When I did…" tells
            if move in ("yes", "no"):  # "Yes please! And Hana too?" adds to the yes
                rest = [q for q in rest if _rides_on(q)]
            question = _main_question(rest)
            return Reading(move, question, rest, 0, wording_flags(question) if question else [],
                           reply_to_prompt=said, **common)
    if asks_leave(text) or (OFFERS_INTRO.search(text) and len(questions) <= 1):
        # "can i ask something a bit personal?", "Shall I give a brief introduction of myself
        # first?": with nothing else asked yet
        return Reading("small_talk", **common)
    if greeting and (not questions or _all_chat(questions)):
        return Reading("greeting", **common)
    if questions:
        questions = _without_framing(questions)
        question = _main_question(questions)
        if is_small_talk(question) and (len(questions) == 1 or all(map(is_small_talk, questions))):
            return Reading("small_talk", **common)
        flags = wording_flags(" ".join(questions) if len(questions) > 1 else question)
        if len(questions) > 1 and "multiple" not in flags:
            flags.append("multiple")
        return Reading("question", question, questions, preamble, flags, context=before,
                       **common)
    if is_small_talk(text) and not (thanks and wrap):  # "…over half term. I'll let you go.
        return Reading("small_talk", **common)  # Thank you so much": a goodbye, not chat
    if thanks:
        return Reading("thanks", **common)
    if greeting:
        return Reading("greeting", **common)
    if GOODBYE.search(text):
        return Reading("goodbye", **common)
    if wrap:
        return Reading("wrap", **common)
    if THANKS.search(text) or _PASSING_THANKS.search(text) or NOD.fullmatch(text) or (
            _YES_INSIDE.search(text)) or trails_off(text):  # "yes please that'd be brilliant"
        return Reading("passing_thanks", **common)
    if _chats(text):
        return Reading("small_talk", **common)
    if not _CONTEXT.search(text):
        return Reading("unclear", **common)
    return Reading("statement", question=text, flags=wording_flags(text), **common)


_CHAT = re.compile(
    r"\b(?:sorry|brb|haha+|lol|lmao|oops|my\s+(?:dog|cat|kid|kids|baby|neighbour)|coffee|tea|"
    r"one\s+sec|hang\s+on|be\s+right\s+back)\b",
    re.IGNORECASE,
)
_LAUGHS = re.compile(r"\b(?:haha+|lol|lmao)\b", re.IGNORECASE)


def _chats(text: str) -> bool:
    """Chat beside the work ("sorry, my dog!"); a laugh in who they are ("so im tyler, i serve
    at a restaurant in phoenix rn lol.") is no chat."""
    return bool(_CHAT.search(text)) and bool(
        _CHAT.search(_LAUGHS.sub(" ", text)) or not tells_background(text))


_CONTEXT = re.compile(
    r"\b(?:i|i'm|im|i've|ive|i'd|my|we|we're|our|me)\b|\b(?:work|job|role|career|field|"
    r"skills?|hours|pay|salary|team|company|industry|day|week|advice|tips?)\b",
    re.IGNORECASE,
)
"""Words of a message about the work or the user; without any it is not context to take in."""


def _main_question(questions: list[str]) -> str:
    """The question to answer first: the first one that is not a job ask, else the first."""
    for question in questions:
        if "job_ask" not in wording_flags(question):
            return question
    return questions[0] if questions else ""


_ASIDE_WORDS = 5
_YES_INSIDE = re.compile(
    r"\b(?:yes\s+please|(?:that|it|this)(?:\s+would|['\u2019]?d|\s+'d)\s+be\s+(?:\w+\s+)?(?:amazing|great|"
    r"brilliant|lovely|fantastic|perfect|helpful|ideal|ace|fab|grand|class|mint)|"
    r"(?:i\s+)?(?:would|'d)\s+love\s+(?:that|an?\s+intro\w*)|please\s+do|"
    r"sounds\s+(?:great|good|perfect))\b", re.IGNORECASE)
_WHICH_OF = re.compile(r"\W*which\b", re.IGNORECASE)  # an offer put as a choice
_UNDECIDED = re.compile(r"\b(?:not\s+sure|unsure|idk|dunno|no\s+idea|don'?t\s+know|can'?t\s+decide|"
                        r"hard\s+to\s+say)\b|^\W*(?:hmm+|um+|erm+)\W*$", re.IGNORECASE)
_PICK_WORDS = _RIDER_WORDS = 6
"""A rider on a yes ("And Hana too?") is short; a longer question is one of its own."""


_OFFERED = re.compile(r"\b(?!(?:I|Shall|Should|Would|Want|Can|Could|Do|Happy|If|And|Or|Both|"
                      r"Either|Maybe|Let|How|What)\b)[A-Z][a-z]+\b")
"""The people an offer names ("Shall I introduce you to Joanna and Tariq?")."""


_SOMEONE_ELSE = re.compile(r"^\W*(?:(?:and|also|but|ok|so)\W+)?(?:is\s+there|do\s+(?:you|u)\s+know|"
                           r"would\s+(?:you|u)\s+know|know)\s+(?:of\s+)?(?:anyone|anybody|someone|"
                           r"somebody)\s+(?:at|in|who|from|working|that|else)\b", re.IGNORECASE)
"""A further person asked for ("is there anyone at an international school…?"), no yes."""


def _reply_to_prompt(text: str, awaiting: str, asked: str = "", offered: Sequence[str] = ()
                     ) -> tuple[str, str] | None:
    """Yes, no or an answer to what the persona just asked, and the words that say it."""
    sentences = _sentences(text) or [text]
    first = NAME_FIRST.sub("", sentences[0])  # "Rachel, yes, I'd appreciate that."
    if awaiting == "offer" and IMPOSING.search(text) and not _asks(text):
        return "no", text  # "hmm not sure sir, i dont want to disturb them": shy, not a no
    thinking = [*_STILL_THINKING.finditer(text)]
    if awaiting == "offer" and thinking and not _YES_INSIDE.search(text, thinking[-1].end()) \
            and not asks_for_introduction(text[thinking[-1].end():]):
        return "no", text  # "leon sounds good but let me think first": not yet, however warm
    if awaiting == "offer" and _WHICH_OF.match(asked) and len(sentences) == 1 and not _asks(
            first) and not _NO.search(first) and not _UNDECIDED.search(first) and not (
            THANKS.fullmatch(first.strip(" !.")) or NOD.fullmatch(first)) and len(
            _WORDS.findall(first)) <= _PICK_WORDS:
        return "yes", first  # "Which of those should we start with?" "logistics!": a choice
    if awaiting == "offer" and picks_one(text, [*_OFFERED.findall(asked), *offered]):
        return "yes", text  # "joanna yes pls tho", "maybe the second one?": one of them
    if awaiting == "offer" and later_on(text) and not any(_YES.search(s) for s in sentences):
        return "no", text  # "Thank you, that is very kind. I am in Nairobi so maybe later…"
    if awaiting == "offer" and len(sentences) > 1 and not (_YES.search(first) or _NO.search(
            first) or _YES_INSIDE.search(first) or (_asks(first) and not _reacts(first))) and len(
            first.split()) <= _ASIDE_WORDS:
        first = sentences[1]  # "haha another chloe! yes please", "yo fr?? yes pls": the aside,
        # then the yes (but "omar yes please!! helen maybe not" is the yes)
    # To a question, "sure - I lead digital projects…" is all answer, not only its "sure".
    asking = next((i for i, s in enumerate(sentences) if _asks(s)), len(sentences))
    # "the coding. how much remote work is realistic? I'm in Coventry …": what follows the
    # question is its context, not the answer
    kept = [s for s in (sentences[:asking] or sentences) if not _asks(s) and not (
        len(s.split()) <= 2 and (_YES.search(s) or _NO.search(s)))]  # "sure - I lead …"
    told = text if len(kept) == len(sentences) else " ".join(kept)  # its dashes, as typed
    after_no = NO_BUT.match(first) and (_YES_INSIDE.search(text) or _YES.search(
        NO_BUT.sub("", first)))
    if awaiting == "offer" and (asks_for_introduction(text) and not _SOMEONE_ELSE.search(text)
                                or after_no):
        return "yes", text  # "oh no worries! actually could u introduce me to gemma after all?"
    if (_YES.search(first) or (awaiting == "offer" and _YES_INSIDE.search(first) and not (
            _NO.search(first)))) and not _QUESTION_START.search(first):  # "HR defo, that'd be ace"
        return "yes", first if awaiting == "offer" else told
    if (_NO.search(first) and not _QUESTION_START.search(first)) or (
            awaiting == "offer" and puts_off(first)):  # "hmm not sure": no, for now
        return "no", first if awaiting == "offer" else told
    if awaiting == "question" and (NOD.fullmatch(text) or (told != text and (NOD.fullmatch(
            told) or THANKS.fullmatch(told.strip(" !.,"))))):  # "that makes sense.", "makes
        # sense. and what about pay?" or "Thank you. How much…?" answer nothing
        return None
    if awaiting == "question" and ASIDE_ONLY.match(told) and any(_asks(s) and (TO_YOU.search(
            s) or len(s.split()) >= _ASIDE_WORDS) for s in sentences):
        return None  # "sorry back! you said …, how did that go?", "sorry my phone died! is…"
    why = first.lower().lstrip(" ¿").startswith("why")  # "Why PM? Because …", not "why tho?"
    if awaiting == "question" and _RHETORICAL.fullmatch(first) and len(sentences) > 1 and not any(
            _asks(s) for s in sentences[1:]) and (not why or _BECAUSE.match(sentences[1])):
        return "answer", " ".join(sentences[1:])
    if awaiting == "question" and _TENTATIVE.search(first) and not any(
            _asks(s) for s in sentences[1:]):  # "not really, the dashboard thing maybe? i never
        return "answer", text  # wrote it up": unsure, not asking
    if awaiting == "question" and (not _asks(first) or (HEDGE.fullmatch(first) and told)):
        return "answer", told
    return None


_STILL_THINKING = re.compile(
    r"\b(?:let\s+me|lemme|i\s+(?:need|want|have|would\s+like|'?d\s+like)\s+to|i'?ll\s+"
    r"(?:need\s+to\s+)?|i\s+will|gotta|gonna|going\s+to|(?:can|could|may)\s+i)\s+(?:think|"
    r"have\s+a\s+think|sleep\s+on\s+it|mull\s+it\s+over)(?:\s+(?:about|abt|on|over)\s+(?:it|that|"
    r"this))?(?:\s+(?:a\s+bit|first|over|more|tho|though))*(?=\s*(?:[,.;:!?)\u2013\u2014-]|$|\s+"
    r"(?:and|but|before|then|if|thank|thanks|ty)\b))", re.IGNORECASE)
"""Still deciding, anywhere in the reply to an offer ("X sounds good but let me think first"),
though not what to ask them ("yes please! I'll think about what to ask him")."""
_BECAUSE = re.compile(r"\W*(?:because|bc|cos|cause|coz)\b", re.IGNORECASE)
_TENTATIVE = re.compile(r"^\W*(?:(?:hmm+|um+|erm+|oh|ah)\W+)*(?:not\s+really|no|nah|kind\s+of|"
                        r"sort\s+of|i\s+mean|well|not\s+sure|idk|dunno|honestly|tbh)\b(?!\W*(?:what|how|"
                        r"why|when|where|which|who|do|does|did|is|are|can|could|would|should)\b)(?![^?]*\b"
                        r"(?:should|could|would|do|does|is|are|can|what|how|why|when|where|which)\s+"
                        r"(?:i|you|u|we|it|they)\b).*\b(?:"
                        r"maybe|i\s+guess|i\s+think|probably|prob|sort\s+of|kind\s+of)"
                        r"(?:\W*|\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}\W*)\?\W*$",
                        re.IGNORECASE)
_RHETORICAL = re.compile(r"\W*(?:honestly|why|why\s+(?!tho\b|though\b)(?:\w+\s+)?\w+|really|me|"
                         r"truthfully|simple|easy|short\s+answer|the\s+truth|well|good\s+question)"
                         r"\W*\?\W*", re.IGNORECASE)
"""A question put to oneself before the answer ("Honestly? …", "Why PM? Because …")."""
