"""The contact's full answer to a question asked for the first time, and what it costs the
clock.

The answer is the session's variant of the persona's words, unless another variant opens on
what was asked; it may carry a follow-up (an offer, a question back) that the next message
can answer, and the question's tip for the coaching.
"""

from __future__ import annotations

import functools
import re

from bot.banks.model import Bank, Question
from bot.features.practice import replies
from bot.features.practice.answers import find_specifics, word_count
from bot.features.practice.background import as_told
from bot.features.practice.covered import TAUGHT, covered
from bot.features.practice.cues import REFERRAL
from bot.features.practice.elsewhere import anyone_named
from bot.features.practice.listening import SPOKEN_NUMBERS, made_or_moved
from bot.features.practice.people import (
    answer_of,
    as_insider,
    fitting_variant,
    follow_up_of,
    in_the_field,
    works_in,
)
from bot.features.practice.referrals import offer_to_lead, people_for, without_none_there
from bot.features.practice.state import YouAskState
from bot.features.practice.terms import GENERIC_TERMS, content_terms

__all__ = ["ASK_AGAIN", "ASSESS", "QUESTION_MINUTES", "SPEAKING_WORDS_PER_MINUTE", "first_answer",
           "minutes_for_answer"]

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


_VERDICT = re.compile(r"(?:(?:For|In)\s+[^,.]{1,30},\s+)?(?:yes|definitely|absolutely)\.\s+"
                      r"(?=[A-Z])", re.IGNORECASE)
_ASKS_WHAT = re.compile(r"\W*(?:(?:ok|okay|so|and|but|well|hmm+|right|then|also|um+)\b[\s,]*)*"
                        r"(?:what|which|how|where|who|when|why)\b", re.IGNORECASE)
"""A verdict opening an answer, and a question it cannot answer: one asking what, which or
how."""
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
_EITHER = re.compile(r"\bthe\s+(?P<a>[\w-]+)\s+(?:side|part|bit)\s+or\s+the\s+(?P<b>[\w-]+)\s+"
                     r"(?:side|part|bit)\b", re.IGNORECASE)


def _chose_already(follow_up: str, asked: str) -> bool:
    """Whether the message already says how the user weighs the two sides a follow-up would
    ask about ("…closest to research, but I also really enjoy the visual, making side":
    no "What pulls you toward UX, the people side or the making side?")."""
    sides = _EITHER.search(follow_up)
    both = (sides["a"], sides["b"]) if sides else ()
    return bool(both) and (all(re.search(rf"\b{side}", asked, re.IGNORECASE) for side in both)
                           or any(re.search(rf"\b{side}\s+(?:side|part|bit)\b", asked,
                                            re.IGNORECASE) for side in both))


def first_answer(state: YouAskState, bank: Bank, question: Question, flags: list[str],
                 notes: list[str] | None, asked: str = "") -> str:
    """The full answer to a question asked for the first time, which covers its category and
    adds the question's tip to ``notes`` (unless a note made that point, or ``notes`` is None:
    a pay question's tip is for someone who asked the contact's own). A follow-up that asks
    something of the user (an offer, a question) is remembered for the next message."""
    variant = fitting_variant(bank, question, state.persona_id, state.variant, asked)
    if variant != state.variant:  # said again or quoted later, it is this telling
        state.told_variant[question.id] = variant
    inside = as_insider(state, question, asked) and bool(question.answer_of(
        state.persona_id).insider)  # the words for someone in the field, not a newcomer's
    answer = answer_of(bank, question, state.persona_id, variant, inside)
    verdict = _VERDICT.match(answer) if _ASKS_WHAT.match(asked.rsplit(". ", 1)[-1]) else None
    if verdict:  # "what would u tell me to do: finish the exams, or go all in on the CFA?"
        answer = answer[verdict.end():]  # is no yes or no question: no "For research, yes."
    plain = answer
    if "referral" in question.flags:
        answer = people_for(bank, state.persona_id, answer, asked)
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
    follow_up = None if state.awaiting or shown else as_told(follow_up_of(
        bank, question, state.persona_id, state.variant), state.left_work)  # one at a time
    if follow_up and (heard and set(content_terms(asked)) & set(content_terms(follow_up)) - (
            GENERIC_TERMS) or _chose_already(follow_up, asked)):  # "I built the department's
        follow_up = None  # budget model": no "Have you ever owned or helped build a budget?"
    aim = asked if covered("role-aiming-for", asked) else state.aim  # said now, or before
    if follow_up and (state.told_background and (_ASKS_WHERE_FROM.search(follow_up) or (
            _ASKS_EXPOSURE.search(follow_up))) or (
            _ASKS_WHAT_ROLE.search(follow_up) and aim and not (
                _ASKS_WHAT_CLASS.search(follow_up) and not _NAMES_CLASS.search(aim))) or (
            (_ASKS_WHAT_ROLE.search(follow_up) or _ASKS_WHY_FIELD.search(follow_up)) and (
                state.insider or in_the_field(state.background, state.field))) or (
            inside and replies.prompt_kind(follow_up, answer) != "offer")):  # a newcomer's
        follow_up = None  # "I'm a CPA in audit… how did u end up in FP&A?": no "coming from
        # accounting, or somewhere else?" after it; "i want to teach hs biology…": no "what
        # grade level and subject do you picture yourself teaching?", nor, to a maths teacher
        # of 20 years, "What age group and subject could you picture yourself teaching?"
    if follow_up and answer != plain:
        follow_up = offer_to_lead(follow_up, answer, plain)
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
    if question.tip and notes is not None and not notes and not (habit_tip and not flags) and not (
            question.tip_met_by and re.search(question.tip_met_by, asked, re.IGNORECASE)):
        notes.append(f"Tip: {_tip(state, bank, question, answer)}")
    state.elapsed += minutes_for_answer(answer)
    return answer


_NO_NAMES_YET = ("Say which of those you'd like to start with, then ask whether you may mention"
                 " this contact when you get in touch: a name they know gets your message read.")
"""The referral tip when the contact offered areas, not names: no names to write down yet."""


def _tip(state: YouAskState, bank: Bank, question: Question, answer: str) -> str:
    """The question's tip, in the contact's country's words ("résumé" to a US contact); for a
    referral answer that names no one ("I know people in HR, logistics and hospitality"), the
    tip for choosing among them, since there are no names to write down yet."""
    if "referral" in question.flags and REFERRAL.search(question.text) and not anyone_named(
            without_none_there(answer)):  # (not "Apart from me, I don't know …")
        return _NO_NAMES_YET
    assert question.tip is not None
    return re.sub(r"\bCV(s?)\b", "r\u00e9sum\u00e9\\1", question.tip) if works_in(
        bank, state.persona_id) == "US" else question.tip
