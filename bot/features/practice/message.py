"""What one message of 'you ask' says, read before the turn changes anything.

The matcher's question, the guess a "yes" confirms or a "not quite" turns down, and the cues
(thanks, wrap-up, referral, another employer, a glossary word) a handler then acts on.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.banks.model import Bank, Question, Term
from bot.features.practice.amounts import amount_told
from bot.features.practice.background import tells_background
from bot.features.practice.cues import (
    ANYTHING_MISSED,
    CONFIRM_TEXT,
    GOODBYE,
    KEEP_IN_TOUCH,
    OFFERS_HELP,
    REFERRAL,
    THANKS,
    USES_YOUR_NAME,
    is_affirmative,
    is_goodbye,
    is_second,
)
from bot.features.practice.elsewhere import named_colleague, named_elsewhere
from bot.features.practice.glossary import asked_term
from bot.features.practice.honest import (
    about_own_words,
    after_mention,
    asks_tenure,
    asks_where_based,
    said_so_far,
)
from bot.features.practice.honest_topics import weighs_places
from bot.features.practice.leaning import narrows
from bot.features.practice.matcher import CONFIDENCE_THRESHOLD, SURE, Matcher
from bot.features.practice.options import picked, picks_option
from bot.features.practice.people import persona_of, told
from bot.features.practice.recognition import asks_accent, asks_recognition
from bot.features.practice.replies import offers_telling
from bot.features.practice.several import best_of
from bot.features.practice.state import YouAskState
from bot.features.practice.understand import Reading, wording_flags
from bot.features.practice.where import JUST_A_PLACE, another_country, from_the_question
from bot.features.questions.habits import asks_for_a_job

_USE_NAME = "use-your-name"
MAX_MESSAGE_CHARS = 1_000  # a question comes early; a 4,000-character paste is read this far
OPENING_MINUTES = 3.0
"""Greetings and thanks before any question, this early, open the meeting."""
ASIDES = ("small_talk", "unclear", "statement", "passing_thanks", "greeting")
"""Moves that leave an open offer standing ("haha another chloe!")."""


@dataclass
class Message:
    """What one message says, read before the state changes."""

    text: str
    reading: Reading
    flags: list[str]  # habits the user's own words show
    coached: set[str]  # habits already coached in the message a "yes" confirms
    question: Question | None  # the bank question it asks, if any
    score: float
    runner_up: str | None  # the matcher's best guess when it was unsure
    alternative: str | None  # as close as the guess: "did you mean A, or B?"
    prompt: tuple[str, str] | None  # what the persona had asked of the user: (kind, words)
    wrap: bool  # offers to wrap up
    thanks: bool  # thanks them for the meeting
    referral: bool  # asks who else to talk to
    elsewhere: str | None  # another employer it asks about ("does Siemens pay a bonus?")
    term: Term | None  # a word of the field's glossary it asks the meaning of, read once
    told: bool  # says who the user is ("I'm a chemical engineer ...")
    late: bool  # far enough in that thanks means goodbye
    opening: bool  # nothing asked yet, early: hellos and thanks open the meeting
    nearly_over: bool = False  # so far in that thanks with a yes to an offer mean goodbye too
    narrowed: str | None = None  # "just Daniel for now": the one person of an agreed intro
    nodded_at: str = ""  # the persona's question, met with a nod ("that makes sense.")
    offers_help: bool = False  # "is there anything I can help you with?"
    far: str = ""  # pay or the market asked of another country: the question set aside
    confirmed: bool = False  # a yes to "did you mean …?" ("the first"): the bank's words
    asked: str = ""  # the message that "did you mean …?" was for, when this one confirms it

    @property
    def asks_people(self) -> bool:
        """Asks who else to talk to, at another employer too ("do you know anyone at
        Benchling?"), which the scorecard counts though the contact has no one to give."""
        return self.referral or bool(self.elsewhere and self.reading.move == "question"
                                     and REFERRAL.search(self.reading.question or ""))

    @property
    def thanked_goodbye(self) -> bool:  # "thanks so much, I know you're busy" opens, not ends
        return self.thanks and not self.thanks_for_offer and (
            (self.late and not self.asks_on) or (self.wrap and not self.opening)
            or (self.reading.move == "yes" and is_goodbye(self.text))  # "yes please! … have a
            # lovely rest of your day": the offer taken, and a goodbye however early
            or (self.reading.move == "no" and self.prompt is not None and not self.asks_on
                and bool(_FOR_THE_MEETING.search(self.text))))  # "no thats ok … thank you
        # so much for your time": the offer declined, and the meeting ended with thanks

    @property
    def thanks_for_offer(self) -> bool:
        """"Oh yes please, that would be lovely! Thank you so much, I'd really appreciate an
        introduction": thanks for the offer taken, which the words say, not a goodbye, unless it
        says one or thanks them for their time (a bare "yes please, Tom especially. Thank you so
        much." late in the meeting still closes it)."""
        return bool(self.prompt and self.prompt[0] == "offer" and self.reading.move == "yes"
                    and (_FOR_THE_OFFER.search(self.text) or not self.nearly_over)
                    and not self.wrap and not GOODBYE.search(self.text)
                    and not _FOR_THE_MEETING.search(self.text))  # "yes please, thanks a
        # million" at 11 of 20 minutes thanks for the offer: with time left, no goodbye is meant

    @property
    def asks_on(self) -> bool:
        """Thanks (for an offer, an answer) said before a question, with no word of winding
        down: "Thank you so much, that is very kind. … What do the interviews involve?"."""
        said, asked = self.text.lower(), (self.reading.question or "").lower()[:30]
        at = said.find(asked) if asked else -1
        return at > 0 and not self.wrap and not THANKS.search(said[at:])


_FOR_THE_MEETING = re.compile(
    r"\bfor\s+(?:(?:your|ur|the|this)\s+(?:time|chat|call|meeting|conversation|advice|insights?)|"
    r"making\s+(?:the\s+)?time|taking\s+the\s+time|talking|chatting|speaking|meeting|"
    r"all\s+(?:your|ur|the|of\s+this)|everything)\b", re.IGNORECASE)
"""Thanks for the meeting itself ("thank you for your time"), not for what was offered."""
_FOR_THE_OFFER = re.compile(
    r"\bappreciate\s+(?:an?\s+|the\s+|your\s+)?(?:intro|introduction|offer|help|that|it)\b|\b(?:that|"
    r"it)\s+(?:would|'d)\s+be\s+(?:\w+\s+)?(?:lovely|great|amazing|brilliant|helpful|wonderful|"
    r"perfect|fantastic|class|deadly|ace|grand|fab|brill|super|ideal|magic|awesome)\b|"
    r"\bkind\s+of\s+(?:you|u)\b|\bmeans\s+a\s+lot\b", re.IGNORECASE)
"""What a yes says of the offer itself ("that would be lovely", "I'd appreciate an intro")."""
_NEARLY_OVER = 0.75
"""The share of the meeting after which a yes to an offer with bare thanks closes it."""


_MORE_OF_THEM = re.compile(
    r"\s*(?:(?:thx|thanks|ty|cheers|great|cool|got\s+it|perfect)\W+)?"  # "thx. anyone in SD?"
    r"(?:(?:and|so|ok(?:ay)?|or|hm+|what|how)\s+(?:about\s+)?|maybe\s+|(?:do|d'?)\s*(?:you|u)\s+"
    r"know\s+)*(?:(?:ideally|preferably|especially|esp)\s+(?:an?\s+)?\w+|any(?:one|body|1)|"
    r"some(?:one|body|1)|any\s+(?:other\s+|more\s+)?(?:[a-z]+\s+)?(?:[a-z]+s|people|folks|ppl)|"
    r"people|ppl)(?:\s+(?:else|(?:you|u)\s+know))?(?:\s+(?:in|at|"
    r"from|who|with|on|doing|working|like|that)\b[^?.!]*)?\s*(?:maybe|perhaps|too|as\s+well)?"
    r"\s*[?.!]*\s*$", re.IGNORECASE)
"""A short ask for more people, after the contact's names ("anyone in texas?", "what about
someone from finance?", "any veterans you know?"): the names weighed again."""


def _chosen(state: YouAskState, bank: Bank, text: str, reading: Reading) -> tuple[str | None, str]:
    """The guess a reply to "did you mean A, or B?" takes up, and the text to read: an option
    named ("the routes one") or placed ("the second one, …") reads as a plain yes to it."""
    guess = state.pending_guess
    options = [bank.question(q).text for q in (guess, state.pending_alt) if q and bank.question(q)]
    named = picks_option(text, options) if state.pending_alt and reading.move != "question" \
        else None
    chose = picked(text) if state.pending_alt else None  # "the second one, where do ppl go…"
    if state.pending_alt and (is_second(text) or named == 1 or chose == 1):
        return state.pending_alt, CONFIRM_TEXT
    if named == 0 or chose == 0:
        return guess, CONFIRM_TEXT
    return guess, text


_REJECTS = re.compile(r"\W*(?:no+|nope|nah|not\s+(?:quite|really|that(?:\s+one)?|exactly)|"
                      r"neither(?:\s+(?:really|one|of\s+those))?|wrong\s+one)\b", re.IGNORECASE)


_CORRECTS = re.compile(
    r"\b(?:(?:but|no|nah|sorry)\W+i\s+meant|i\s+meant\s+(?:more\s+)?(?:the|an?|like|about|for|how|"
    r"what|why|whether|if)|not\s+(?:quite\s+|really\s+|exactly\s+)?what\s+i\s+(?:meant|asked|"
    r"was\s+asking)|(?<!like\s)(?<!that\s)i\s+was\s+(?:actually\s+)?asking\s+(?:about|how|what|"
    r"whether|if)|(?<!like\s)(?<!that\s)(?:i'?m|im|i\s+am)\s+asking\s+about)\b"
    # (not "I feel like I'm asking about job levels when…", which tells how they feel)
    # "Neither, sorry. Only about certifications like CSPO"
    r"|^\W*(?:neither|no|nope|nah|not\s+(?:that|quite))\W+(?:sorry\W+)?(?:only|just|specifically|"
    r"more)\s+(?:about|asking|the|how|what)\b", re.IGNORECASE)
"""The last answer missed: "but i meant the training route not the salary"."""


def _rejected(state: YouAskState, text: str, reading: Reading) -> tuple[set[str], Reading]:
    """The guesses a "not quite, i mean …" turns down, which its new words must not be
    answered with, and the reading of those words: said again, they ask, even with a "haha".
    With no guess pending, "but i meant …" turns down the answer just given."""
    corrects = _CORRECTS.search(text)
    if corrects and _LET_GO.search(text, corrects.end()):  # "I meant more the recognition of
        return set(), reading  # foreign diploma, but never mind. … How did you learn …?"
    if not state.pending_guess and (state.asked or state.off_bank) and corrects:
        # what it asks is then read afresh: a weak guess is no answer to a correction ("sorry
        # i meant like a normal day on the ward", after an honest "outside what I see")
        return {*state.asked[-1:], "?"}, _meant(text, reading)
    if not state.pending_guess or not (_REJECTS.match(text) or _CORRECTS.search(text)):
        return set(), reading  # "I meant the job market …" turns a "did you mean" down too
    return {q for q in (state.pending_guess, state.pending_alt) if q}, _meant(text, reading)


_LET_GO = re.compile(r"\b(?:never\s*mind|nvm|no\s+matter|forget\s+(?:it|that)|(?:it\s+)?"
                     r"(?:doesn'?t|does\s+not)\s+matter|not\s+important)\b",
                     re.IGNORECASE)
"""A correction let go in the same breath ("…, but never mind"): what follows is asked."""


def _meant(text: str, reading: Reading) -> Reading:
    """What a correction asks: the words after "i meant", or after "Neither, sorry."."""
    said = re.sub(r"^.*?\bi\s+(?:mean|meant)\b\W*", "", text, count=1, flags=re.IGNORECASE)
    if said == text:  # "Neither, sorry. Only about certifications like CSPO": what follows
        said = re.sub(r"^\W*(?:(?:sorry|apologies|haha|lol|oops)\W+)*", "",
                      _REJECTS.sub("", text, count=1)) or text
    # "i meant the schedule, like do new nurses mostly work night shift?": the question
    said, cut = re.subn(r"^[^?]{0,40}?,\s*like\s+(?=(?:do|does|is|are|would|could|can|should|"
                        r"what|how|which|where|who|when)\b)", "", said, count=1,
                        flags=re.IGNORECASE)
    said = _NOT_THAT.sub(lambda m: "." if m.group(0)[-1:] in ".!" and m.end() < len(said)
                         else "", said) or said  # "…a first PM job, not remote work", "I meant
    # the title rather than the salary. Would taking a junior position hurt me…?"
    if (cut or reading.move in ("small_talk", "statement", "unclear", "answer",
                                "passing_thanks", "question")) and (
            said != text and len(said.split()) >= 2):  # (an "answer" to their question: a
        # correction, not one)
        reading = dataclasses.replace(reading, move="question", question=said, questions=[said])
    return reading


_NOT_THAT = re.compile(r"[,;]?\s+(?:and\s+)?(?:not|rather\s+than|instead\s+of)\s+"
                       r"(?:the\s+|about\s+)?[^,.;?!]{1,40}(?:[.!]?$|[.!](?=\s+\S))", re.IGNORECASE)
"""What a correction says it did not mean, after what it did: no part of what it asks."""


_NEW_TOPIC = re.compile(r"^\W*(?:(?:ok|okay|sorry|so|right|and|also|um|oh)\W+){0,2}(?:(?:a\s+)?"
                        r"(?:different|another|new|separate|other)\s+(?:question|"
                        r"topic|thing)|on\s+a\s+(?:different|separate|other)\s+note|switching\s+"
                        r"gears|change\s+of\s+(?:topic|subject))\b",
                        re.IGNORECASE)
"""Says it asks something new: then it is no repeat of an answer already given."""


_I_SAY = re.compile(r"\W*(?:(?:so|well|ok|okay|right|hi|hey|hello|yeah|and)\W+)*(?:i|i'm|i've|i'd|"
                    r"i'll|im|ive|my|we|we're|we've)\b", re.IGNORECASE)
"""A statement about the user, which a contact takes in rather than answers..."""
_ASKS_THEM = re.compile(r"\b(?:how|what|why|where|when|which|who)\b[^.!?]*\b(?:you|your)\b",
                        re.IGNORECASE)
"""...unless it asks about them: "I want to know how you got into this"."""


@dataclass
class _Match:
    """The matcher's reading of a message that was not a "yes" to a guess."""

    reading: Reading
    flags: list[str]
    question: Question | None = None
    score: float = 0.0
    runner_up: str | None = None
    alternative: str | None = None
    theirs: bool = True  # False: no bank question is the contact's answer to it
    far: str = ""  # the pay or market question it asks of another country, set aside


_AGAIN = re.compile(r"\b(?:again|remind\s+me|(?:you|u)\s+said|you\s+mentioned|go(?:ing)?\s+back\s+"
                    r"to|repeat)\b", re.IGNORECASE)
"""Asking to hear an answer again, which a repeat then is."""
_FOLLOW_ON = 0.6
"""A runner-up this close to an answer already given is the follow-up's real question."""


def _follow_on(state: YouAskState, bank: Bank, matcher: Matcher, found: _Match) -> None:
    """A follow-up shares words with the answer before it ("what was hard for u personally
    that first year?" after the first months): when the best match was answered already and
    a close runner-up was not, the runner-up is what it asks, rather than a repeat. An amount
    the last answer gave, asked again ("how many projects tho?"), is that answer's."""
    question, runner = found.question, found.runner_up
    last = bank.question(state.asked[-1]) if state.asked else None
    if last and found.reading.question and amount_told(found.reading.question, told(
            state, bank, last)):  # "how many projects tho?": the amount the answer just gave
        found.question, found.runner_up = last, None
        return
    if question is None or runner is None or question.id != (state.asked or [""])[-1] or (
            runner in state.times_asked) or _AGAIN.search(found.reading.question or ""):
        return
    if not matcher.apart(found.reading.question or "", question.id, runner):
        return  # the runner-up must rest on words of its own ("hard", not "first year")
    score = next((sc for sc, qid in matcher.scores(found.reading.question) if qid == runner), 0.0)
    if score >= max(CONFIDENCE_THRESHOLD, _FOLLOW_ON * found.score):
        found.question, found.runner_up = bank.question(runner), question.id
        found.score = score


def _match(bank: Bank, matcher: Matcher, text: str, reading: Reading) -> _Match:
    """The bank question a new message asks, with the matcher's guesses when it was unsure."""
    found = _Match(reading, list(reading.flags))
    if not (reading.question or reading.move == "unclear"):
        return found
    if not reading.question:  # no shape of a question, but its words may be one
        reading = dataclasses.replace(reading, question=text)
    reading, match = best_of(matcher, reading)
    if match.question_id and "wrap_up" in bank.question(match.question_id).flags and (
            not ANYTHING_MISSED.search(reading.question)):  # its cue only in context
        match = matcher.match(reading.question, reading.flags)
    if not match.confident and USES_YOUR_NAME.search(reading.question) and bank.question(
            _USE_NAME):  # "is it okay if I mention your name when I write to Renee and Luis?":
        # the names only say to whom, which the matcher cannot know
        match = dataclasses.replace(match, question_id=_USE_NAME, confident=True)
    found.reading = reading
    found.flags = [f for f in found.flags if f in reading.flags or f != "multiple"]
    if "job_ask" not in found.flags and asks_for_a_job(text):  # "…have a look at my
        found.flags.append("job_ask")  # projects? Also if any opening comes, refer me": asked
    found.score, found.runner_up, found.alternative = match.score, match.runner_up, \
        match.alternative
    found.question = bank.question(match.question_id) if match.question_id else next((
        q for q in bank.questions if "job_ask" in q.flags), None) if "job_ask" in found.flags \
        else None  # "could you maybe recommend me to the head?": met as the job ask it is
    if reading.move == "statement" and found.score < SURE and (
            _I_SAY.match(text) or _I_SAY.match(reading.question) or tells_background(text)) \
            and not _ASKS_THEM.search(text):
        # "I've been in audit for years and want to move." tells, it does not ask:
        # taken in, not answered with whichever question shares its words.
        found.question, found.runner_up, found.alternative = None, None, None
    return found


def _not_theirs(state: YouAskState, bank: Bank, matcher: Matcher, text: str,
                found: _Match) -> tuple[str | None, Term | None]:
    """Another employer asked about, or a glossary word asked the meaning of: then the bank
    question is dropped (``found`` is changed), since it is not the contact's to answer."""
    reading, question = found.reading, found.question
    at = text.find(reading.question) if narrows(reading.question) else -1
    before = text[:at] if at > 0 else ""  # what came before a check, when it is found as typed
    elsewhere = named_elsewhere(reading.question, reading.context, bank) or (
        named_elsewhere(before, "", bank) if before.strip() else None) or (  # "…the PME at UCC?
        # is it really 2 yrs with no pay": a check on the course they can't speak for, not
        # their pay; "whether Skyscanner's CRM team is hiring, and what they pay?": theirs
        next((n for q in reading.questions if q != reading.question
              and (n := named_elsewhere(q, "", bank))), None)
        if _THEY.search(reading.question) else None)
    rest = after_mention(text)  # "u mentioned the clinic calls, WHAT DO U ASK THEM"
    asks = matcher.match(rest).question_id if rest else question and question.id
    if rest and asks and "wrap_up" in bank.question(asks).flags and not ANYTHING_MISSED.search(
            text):  # "u mentioned the rest of ur time is writing - what…?" is no wrap-up
        asks, found.question = None, None
    # "what IS power bi? is it like excel?" is one question; "whats a sprint? and how many
    # engineers do u work with?" is answered by the bank question it reaches
    term = asked_term(text if found.question is None else reading.question, bank)
    found.flags = [f for f in found.flags if f != "multiple"] if term else found.flags
    tenure = len(reading.questions) <= 1 and asks_tenure(reading.question or text)
    abroad = asks_recognition(reading.question or text, text, question.text if question else ""
                              ) or asks_accent(text)  # "will my accent be a problem?"
    if elsewhere or term or KEEP_IN_TOUCH.search(text) or abroad or asks_where_based(  # (the
            reading.question or text) or tenure or (  # question answered, not "where are you
            # from and…"
            named_colleague(text, said_so_far(state, bank), bank)) or (
            about_own_words(state, bank, text, bool(asks) and asks not in state.asked)):
        found.question, found.runner_up, found.alternative = None, None, None
        found.theirs = False
    elif question is not None and another_country(from_the_question(
            text, reading.question), persona_of(bank, state.persona_id), question)[0]:
        found.far = question.id  # "the data job market in Sydney?" to a London analyst
        found.question, found.runner_up, found.alternative = None, None, None
    return elsewhere, term


_USES_TOOLS = re.compile(
    r"\b(?:what|which|wat|wht)\s+(?:programming\s+|coding\s+|main\s+)?(?:languages?|tech\s+stack|"
    r"stack|frameworks?|systems?|tools?|software|apps?|platforms?|programs?)\s+(?:do|does|did)\s+"
    r"(?:(?:you|u)(?:\s+(?:guys|all|lot|folks))?|"
    r"(?:your|ur)\s+(?:team|devs|developers|engineers|company|clinics?|practice|office|unit|ward|"
    r"school|charity))\s+(?:mostly\s+|actually\s+|normally\s+)?(?:use|work\s+in|write|code\s+in|"
    r"rely\s+on)\b"
    r"(?!\s+(?:to|for|when|while|in\s+(?:interviews?|recruiting|hiring))\b)", re.IGNORECASE)
"""The languages, systems and tools the contact's team works in ("what systems do u actually use
day to day? EMIS?"), never "what tools do the patients use" or "what frameworks do you use to
measure impact"."""
_OK = re.compile(r"\W*(?:ok(?:ay)?|k|kk|okie|okey)\W*", re.IGNORECASE)


def _asks_for_people(state: YouAskState, bank: Bank, text: str, reading: Reading) -> bool:
    """Whether the message asks for people to talk to: outright ("who else should I talk
    to?"), or in passing after the contact's names ("anyone in texas?", "yes please! any
    pharmacists you know?"), which weighs the same names again."""
    if REFERRAL.search(reading.question or "") and reading.move == "question":
        return True
    return bool(state.asked) and "referral" in bank.question(state.asked[-1]).flags and any(
        all(_MORE_OF_THEM.match(part) for part in re.split(r"(?<=\?)\s+", said.strip()))
        for said in (text, reading.question or text))


def _take_prompt(state: YouAskState, reading: Reading
                 ) -> tuple[tuple[str, str] | None, str, str]:
    """What the persona had asked of the user, taken off the state: its offer or question,
    the bank question it offered to tell, and its question met with a nod ("that makes
    sense."). The next message answers them or they are forgotten; an offer outlives an
    aside ("haha another chloe!")."""
    prompt = (state.awaiting, state.awaiting_text) if state.awaiting else None
    offered = state.offered_question if state.awaiting == "offer" else ""
    state.pending_guess, state.pending_alt, state.pending_flags, state.pending_text = (
        None, None, [], "")
    if not (state.awaiting == "offer" and reading.move in ASIDES and not state.declined):
        state.awaiting, state.awaiting_text, state.offered_question = None, "", ""
    nodded_at = prompt[1] if prompt and prompt[0] == "question" and (
        reading.move == "passing_thanks") and not state.asked_again else ""
    state.declined = state.asked_again = False
    return prompt, offered, nodded_at


def read_turn(state: YouAskState, bank: Bank, matcher: Matcher, text: str, reading: Reading
              ) -> Message:
    """Match the message's question (or take the guess a "yes" confirms) and read its cues. A
    "did you mean ...?" and the persona's question are answered by the very next message, or
    forgotten (an offer outlives an aside), so both are cleared here."""
    coached, alt, before = set(state.pending_flags), state.pending_alt, state.pending_text
    guess, text = _chosen(state, bank, text, reading)
    rejected, reading = _rejected(state, text, reading)
    prompt, offered, nodded_at = _take_prompt(state, reading)
    confirmed = bank.question(guess) if guess and (is_affirmative(text) or (
        not alt and _OK.fullmatch(text))) else None  # "ok" to one guess takes it
    # A confirmed guess is what the user asked: what it asks for (a job, a fact a search finds)
    # is coached from the bank's words, how it was worded only from theirs ("did you mean 'Is
    # it too late …?'" is no yes/no question of theirs); its two parts are the bank's.
    found = _Match(reading, sorted({f for f in wording_flags(confirmed.text) if f in (
        "googleable", "job_ask")} | (coached - {"multiple"})), confirmed) if confirmed else \
        _match(bank, matcher, text, reading)
    if confirmed is None and offered and found.question is None and JUST_A_PLACE.fullmatch(text):
        found.question = bank.question(offered)  # "what about texas?", to "how it is here?"
    if confirmed is None:
        _follow_on(state, bank, matcher, found)
        coached = set()  # a new message: its habits are its own
    reading = found.reading
    if found.runner_up and not reading.wrap and "wrap_up" in bank.question(found.runner_up).flags:
        found.runner_up, found.alternative = found.alternative, None  # "how much of your time…"
    elsewhere, term = _not_theirs(state, bank, matcher, text, found) if (
        confirmed is None and reading.question) else (None, None)
    question = found.question
    wrap = reading.wrap or bool(question and "wrap_up" in question.flags)
    if confirmed is None and question is not None and "wrap_up" in question.flags and (
            "?" not in text):
        question = None  # "I'm conscious of your time, I'll let you go." asks nothing
    if (question or found.runner_up) and (question.id if question else found.runner_up) in (
            state.times_asked) and _NEW_TOPIC.search(text):
        # "different question: what's the most common route in?" is never one answered before
        rejected |= {*state.times_asked, "?"}
    question = None if question and question.id in rejected else question  # "not quite, …"
    if question and confirmed is None and found.score < SURE and weighs_places(text):
        question = None  # "…which is better place to start, or stay in dubai?": the honest reply
    question, runner_up, alternative = _choices(state, bank, matcher, found, text, question,
                                                rejected)
    referral = _asks_for_people(state, bank, text, reading) and not elsewhere  # "do you know
    # anyone at Deloitte?": theirs is not the contact's to give
    if referral and (question is None or not set(question.flags) & {"referral", "job_ask"}):
        # "do u know any researchers i could talk to?", however the matcher read it, asks
        # for the persona's referral answer.
        question = next((q for q in bank.questions if "referral" in q.flags), None)
    if referral:  # "would ravi be open to a quick chat?" is rightly a yes or no
        found.flags = [f for f in found.flags if f != "closed"]
    if question is None and not elsewhere and _USES_TOOLS.search(reading.question or ""):
        # "what languages does ur team use?": the everyday-skills answer names them (the
        # matcher, rightly, will not take it for "which language should I learn first?")
        question = bank.question("skills-used-most") or question
    told = None if question else _told_as_offered(bank, matcher, prompt, reading, state.asked,
                                                  offered)
    took_offer = told is not None
    if told is not None:  # "yes pls sir, what got them through?", to what it offered to tell
        question, found.flags = told, []  # no question of theirs to coach
    offers_help = bool(OFFERS_HELP.search(reading.question or text))
    if offers_help and question is not None and OFFERS_HELP.search(reading.question or ""):
        question = None  # "anything I can help you with?" asks nothing of the work
    return Message(
        text=text, reading=reading, flags=found.flags, coached=coached, question=question,
        score=found.score, runner_up=runner_up, alternative=alternative,
        prompt=prompt if reading.move in ("yes", "no", "answer") else None,
        wrap=wrap, thanks=reading.thanks or bool(wrap and THANKS.search(text)), referral=referral,
        elsewhere=elsewhere, term=term, told=tells_background(text),
        **_how_far(state),
        opening=not (state.asked or state.off_bank) and state.elapsed < OPENING_MINUTES,
        nodded_at=nodded_at,
        offers_help=offers_help, confirmed=confirmed is not None or took_offer, far=found.far,
        asked=before if confirmed is not None else "",
    )


_OTHER_THAN = re.compile(r"\b(?:tho|though|instead|rather|what\s+about|how\s+about|(?:that'?s|"
                         r"thats|that\s+is)\s+(?:your|ur|you|u|for\s+(?:you|u)))\b",
                         re.IGNORECASE)
"""Words that set a question against the answer just given ("that's your day though")."""


def _choices(state: YouAskState, bank: Bank, matcher: Matcher, found: _Match, text: str,
             question: Question | None, rejected: set[str]
             ) -> tuple[Question | None, str | None, str | None]:
    """The question, and the two to choose between when it is unsure, none of them one the
    user said they did not mean."""
    runner_up, alternative = (None if q in rejected else q
                              for q in (found.runner_up, found.alternative))
    if "?" in rejected and found.theirs:  # "but i meant …": the close questions not yet
        # answered, to choose from
        runner_up, alternative = ([qid for sc, qid in matcher.scores(
            found.reading.question or text) if sc >= CONFIDENCE_THRESHOLD and qid not in
            rejected][:2] + [None, None])[:2]
    if question is None and runner_up and alternative and state.asked and (
            state.asked[-1] in (runner_up, alternative)) and _OTHER_THAN.search(text):
        # "thats ur day tho right, what would a junior person be doing?": set against the
        # answer just given, not asked again at once
        fresh = alternative if state.asked[-1] == runner_up else runner_up
        if fresh not in state.times_asked:
            return bank.question(fresh), None, None
    return question, runner_up, alternative


def _how_far(state: YouAskState) -> dict[str, bool]:
    """How far into the meeting thanks mean goodbye: past half way, or (with a yes to an
    offer) in its last quarter; at once when the user is closing or was told time is short."""
    ending = state.closing or state.time_hint_given
    return {"late": ending or state.elapsed >= state.minutes / 2,
            "nearly_over": ending or state.elapsed >= state.minutes * _NEARLY_OVER}


def _told_as_offered(bank: Bank, matcher: Matcher, prompt: tuple[str, str] | None,
                     reading: Reading, asked: Sequence[str] = (), offered: str = ""
                     ) -> Question | None:
    """The bank question that tells what the persona offered to tell ("What I can do is tell
    you what got our last hire through"), when the user takes the offer up. An offer made
    instead of a fact the website gives ("I'm happy to tell you how operations works behind
    the scenes") is to tell what the work is like inside (what has not been told yet), unless
    its words name a question outright; one made instead of a job, what gets someone hired,
    unless they name another; ``offered``: the question it offered to tell, when known."""
    telling = prompt[1] if prompt and prompt[0] == "offer" else ""
    if not offers_telling(telling) or reading.move not in (
            "yes", "question"):
        return None
    if offered and bank.question(offered) and reading.move == "yes":  # "Shall I tell you how
        # it looks here, for comparison?" "yes please"
        return bank.question(offered)
    offered = matcher.match(telling)
    nearest = matcher.scores(telling)[:1]  # what it offered, however the words fall
    origin = bank.question(asked[-1]) if asked else None  # the answer that made the offer
    inside = origin is not None and "googleable" in origin.flags
    if offered.confident and (not inside or offered.score >= SURE):
        return bank.question(offered.question_id)
    fallback = [q for q in (_INSIDE if inside else _HIRED if origin is not None and (
        "job_ask" in origin.flags) else ()) if bank.question(q)]
    if fallback:
        return bank.question(next((q for q in fallback if q not in asked), fallback[0]))
    return bank.question(nearest[0][1]) if nearest and nearest[0][0] >= _OFFERED_NEAR else None


_OFFERED_NEAR = 20.0
"""How near the bank question must be to what the persona offered to tell, to tell it."""
_INSIDE = ("typical-day", "toughest-part", "like-most")
"""What the work is like inside, in the order a contact would tell it."""
_HIRED = ("application-stand-out", "qualities-valued")


_THEY = re.compile(r"\b(?:they|their|them|theirs)\b", re.IGNORECASE)
"""A question that points at someone named in another question of the message."""


def nearest_unanswered(matcher: Matcher, message: Message) -> list[str]:
    """The bank questions a question left unanswered was closest to, however unsure (the best
    and any nearly as close: "how is the interview process for APM?" is as near the interviews
    as the programmes): never suggested afterwards as "worth asking next time", since asked."""
    if message.reading.move != "question" or message.question is not None:
        return []
    scored = [matcher.scores(text)[:3] for text in {message.reading.question or message.text,
                                                    message.text}]
    top = max((s[0][0] for s in scored if s), default=0.0)  # the question with its context too
    if top < _NEAR_ENOUGH:
        return []
    return list(dict.fromkeys(qid for s in scored for score, qid in s
                              if score >= top * _NEARLY_AS_CLOSE))


_NEARLY_AS_CLOSE = 0.7  # 0.75 let a new question elsewhere in the bank tip "interviews" out
_NEAR_ENOUGH = 20.0
