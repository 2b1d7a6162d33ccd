"""'They ask' mode: the persona asks the questions contacts ask back ("tell me about
yourself"), listens, and each answer gets instant feedback on length, specifics, filler words,
tone and whether it turns back to the contact.

Listening is what makes it a rehearsal rather than a form: the persona names something
specific from the answer, asks once more when an answer was thin, skips a question the user
has already answered in passing, answers briefly when the user turns a question back, and
closes as a contact would, with a goodbye. Typing time on a phone
says nothing about hesitation out loud, so it is kept but never scored.
"""

from __future__ import annotations

import random
import re
from datetime import datetime

from bot.banks.model import AskBack, Bank
from bot.features.practice import favours, listening
from bot.features.practice.acknowledge import found_me
from bot.features.practice.answer_notes import (
    ASKS_WORRY,
    FIRST_ASK_BACK,
    TURN_BACK_TIP,
    bare_under,
    notes_on,
)
from bot.features.practice.answers import (
    count_fillers,
    find_specifics,
    is_thin,
    slang_words,
    tone_flags,
    turns_back,
    word_count,
)
from bot.features.practice.asides import APOLOGY_NOTE, apologised, worry_in_passing
from bot.features.practice.asked_as import asked_as
from bot.features.practice.background import background_of, work_of
from bot.features.practice.cues import CLOSING_THANKS, PLEASANTRIES, STOP_THERE, spelled_thanks
from bot.features.practice.follow_ups import GOOD_FIT, follow_up
from bot.features.practice.jargon import field_acronyms
from bot.features.practice.matcher import Matcher
from bot.features.practice.people import answer_of, persona_of, works_in
from bot.features.practice.state import ENDED_TEXT, Feedback, TheyAskState, iso, parse_iso
from bot.features.practice.understand import read_message
from bot.features.practice.where import in_their_spelling
from bot.features.practice.worries import in_admitted_gap, worry_met

__all__ = ["asked_as", "start_they_ask", "current_ask_back", "they_ask_turn"]

THEY_ASK_MIN, THEY_ASK_MAX = 4, 6


def start_they_ask(bank: Bank, now: datetime, count: int = 5, seed: int = 0,
                   persona_id: str = "", variant: int = 0) -> TheyAskState:
    """Pick 4-6 ask-back questions: "tell me about yourself" first, the rest chosen
    deterministically from ``seed`` so a session can be replayed (and tested)."""
    count = max(THEY_ASK_MIN, min(THEY_ASK_MAX, count))
    ids = [a.id for a in bank.asks_back]
    first = FIRST_ASK_BACK if FIRST_ASK_BACK in ids else ids[0]
    rest = [i for i in ids if i != first]
    picked = random.Random(seed).sample(rest, min(count - 1, len(rest)))
    return TheyAskState(
        field=bank.field,
        queue=[first, *picked],
        started_at=iso(now),
        updated_at=iso(now),
        asked_at=iso(now),
        persona_name=persona_of(bank, persona_id).name,
        persona_id=persona_id,
        variant=variant,
        title=bank.title,
    )


def current_ask_back(state: TheyAskState, bank: Bank) -> str | None:
    """The question waiting for an answer (or the follow-up to it), or None at the end."""
    if state.ended or state.index >= len(state.queue):
        return None
    ask = bank.ask_back(state.queue[state.index])
    if ask is None:
        return None
    return follow_up(ask, state.pending_text, state.told) if state.follow_up_asked \
        else asked_as(ask, state.told, bank.field)


def they_ask_turn(
    state: TheyAskState, bank: Bank, answer_text: str, answered_at: datetime,
    answer_back: listening.AnswerBack | None = None,
) -> tuple[TheyAskState, Feedback]:
    """Score one answer, react to it, and move on: a follow-up to a thin answer, the next
    question not yet covered, or the close. ``answer_back`` lets the persona answer a
    question the user turned back to them."""
    if state.ended or state.index >= len(state.queue):
        state.ended = True
        return state, _after_the_end()
    ask = bank.ask_back(state.queue[state.index])
    if ask is None:  # the bank changed under a stored session: skip the stale id
        state.index += 1
        return they_ask_turn(state, bank, answer_text, answered_at, answer_back)

    latest = said = (answer_text or "").strip()
    stops = STOP_THERE.search(latest)
    if stops and len(PLEASANTRIES.sub(" ", latest[:stops.start()]).split()) <= 2 or (
            _only_thanks(spelled_thanks(latest), persona_of(bank, state.persona_id).name)):
        state.ended = True  # "thanks for the practice rosa, i think ill stop here": no answer
        return state, _after_the_end(listening.closing(len(state.answers), True))
    before: dict = {}
    if state.follow_up_asked:  # the follow-up adds to the thin answer before it
        before = state.answers.pop()
        joint = "" if state.pending_text.rstrip().endswith((".", "!", "?")) else "."
        said = f"{state.pending_text.rstrip()}{joint} {said}".strip()
    earlier = [a for a in (*state.answers, before) if a]
    shorthand_before = {w for a in earlier for w in a.get("slang", ())} if any(
        a.get("tone") for a in earlier) else None  # the tone lesson is given once, a
    reminded = sum(bool(a.get("tone")) for a in earlier) >= 2  # reminder once, then quiet
    fb = _score(ask, said, latest,
                max(0, int((answered_at - parse_iso(state.asked_at)).total_seconds())),
                first=not any(TURN_BACK_TIP in a.get("notes", ()) for a in state.answers),
                contact=persona_of(bank, state.persona_id).name,
                shorthand_before=shorthand_before, reminded=reminded, told_before=state.told,
                known=field_acronyms(bank))
    fb["followed_up"] = bool(before)
    # apologising named once, on the reply that makes it a habit
    sorry = before.get("sorry", 0) + apologised(latest)
    if apologised(latest) and sum(a.get("sorry", 0) for a in earlier) == 1:
        fb["notes"].append(APOLOGY_NOTE)
    fb["question"] = asked_as(ask, state.told, bank.field)  # as it was put to them
    if earlier and fb["length"] == "too_short" and _SAID_IT.search(said):
        # "like i said, hs biology" to a question already answered: short is right, and the
        # contact says so ("Sorry, yes, you did say.")
        fb["length"], fb["said_before"] = "good", True
        fb["notes"] = [n for n in fb["notes"] if not n.startswith(("Too short", "No specifics"))]
    if before and fb["notes"]:  # "54 words" for a 32-word reply read as a miscount
        count = f"{fb['words']} words"
        fb["notes"][0] = fb["notes"][0].replace(count, f"{count} across both your replies", 1)
    if before:  # what the first part of the answer showed still counts on the scorecard
        fb["tone"] = list(dict.fromkeys([*before.get("tone", []), *fb["tone"]]))
        fb["fillers"] = {k: fb["fillers"].get(k, 0) + before.get("fillers", {}).get(k, 0)
                         for k in {*fb["fillers"], *before.get("fillers", {})}}
        fb["filler_count"] = sum(fb["fillers"].values())
    state.updated_at = state.asked_at = iso(answered_at)
    reaction, next_ask = _react(state, bank, ask, said, fb, answer_back, before, latest)
    if next_ask and stops:  # "…a new challenge. thanks Rosa, I'll stop there": goodbye
        state.ended, next_ask, reaction = True, None, "\n\n".join(
            p for p in (reaction, listening.closing(len(state.answers), True)) if p)
    reaction = in_their_spelling(reaction, works_in(bank, state.persona_id))  # "your résumé"
    feedback = Feedback(**{**fb, "reaction": reaction, "ended": state.ended,
                           "next_question": next_ask, "next_id": (
                               state.queue[state.index] if next_ask else None)})
    state.answers.append({**feedback.to_dict(), "sorry": sorry})
    return state, feedback


def _only_thanks(said: str, contact: str) -> bool:
    """Whether a reply only thanks them for their time ("not really, i think i'm good, thanks
    so much for your time dana!"): a goodbye, not an answer to praise."""
    if not CLOSING_THANKS.search(said):
        return False
    rest = _DONE_WORDS.sub(" ", PLEASANTRIES.sub(" ", CLOSING_THANKS.sub(" ", said)))
    rest = re.sub(rf"\b{re.escape(contact.split()[0])}\b" if contact else r"^$", " ", rest,
                  flags=re.IGNORECASE)
    return not re.search(r"\w", rest)


_DONE_WORDS = re.compile(r"\b(?:not\s+really|no|nope|nah|(?:i'?m|im|i\s+am)\s+(?:good|done|all\s+"
                         r"set)|that'?s\s+(?:all|it)|all\s+good|nothing\s+else|honestly|"
                         r"really|very\s+much|a\s+lot|again)\b", re.IGNORECASE)


_SAID_IT = re.compile(r"\b(?:(?:like|as)\s+i\s+(?:said|mentioned|told\s+(?:you|u))|i\s+"
                      r"(?:kinda\s+|kind\s+of\s+|sort\s+of\s+)?(?:already\s+)?(?:said|mentioned|"
                      r"told\s+(?:you|u))\s+(?:(?:that|it|this)\s+)?(?:earlier|before|already)|"
                      r"i\s+(?:kinda\s+|kind\s+of\s+|sort\s+of\s+)?(?:just|already)\s+(?:told\s+(?:you|u)|"
                      r"said|mentioned|gave\s+(?:you|u))\s+(?:that|this|it|one|the)\b|"
                      r"as\s+mentioned|i\s+(?:just|already)\s+(?:mentioned|described|talked\s+about|"
                      r"told\s+(?:you|u)\s+about)|(?:the\s+)?(?:one|example|story)\s+i\s+(?:gave|"
                      r"mentioned|told\s+(?:you|u))\s+(?:earlier|before|just\s+now))\b"
                      r"(?!\s+(?:to\s+(?:my|a|an|his|her|our|their)\b|in\s+my\s+(?:email|message|"
                      r"note|letter|cover)))", re.IGNORECASE)
"""An answer pointing back to one given before, which asking for more would not hear."""
_THANKED = re.compile(r"\b(?:thanks|thank\s+you|helpful|useful)\b", re.IGNORECASE)
LENGTH_LEEWAY = 0.1
"""A target is a guide: 59 words where 60-120 fits is not "too short" to a listener."""


def _score(ask: AskBack, text: str, latest: str, seconds: int, first: bool,
           contact: str = "", shorthand_before: set[str] | None = None,
           reminded: bool = False, told_before: str = "", known: frozenset[str] = frozenset()
           ) -> dict:
    """The measurable side of an answer (``text``, with what a follow-up added), and the
    notes on it; fillers and tone are read in ``latest``, the words just sent, so a slip
    already noted is not noted again. The ``contact``'s own name ("Thanks Arjun") is no
    detail about the user. ``shorthand_before``: what earlier answers were told about
    (None when none was); ``reminded``: the same shorthand has been named again once;
    ``told_before``: the earlier answers, whose acronyms add up with these; ``known``: the
    acronyms of the contact's field."""
    words = word_count(text)
    low, high = ask.target_words
    length = ("too_short" if words < low * (1 - LENGTH_LEEWAY)
              else "too_long" if words > high * (1 + LENGTH_LEEWAY) else "good")
    thin = is_thin(text)
    names = {n.lower() for n in (contact, *contact.split())}
    specifics = [] if thin else [s for s in find_specifics(text, theirs_too=ask.id == "why-me")
                                 if s.lower() not in names  # why them: their 11 years too
                                 and not in_admitted_gap(text, s)]  # "no user research yet"
    fillers = count_fillers(latest)
    # "would you look over my resume?", asked "How can I help you?", is a favour, not the
    # question turned back to them
    back = not thin and turns_back(latest) and not _granted(ask, latest)
    tone = tone_flags(latest)
    notes = notes_on(ask, words, length, specifics, fillers, back, tone, thin, first, latest,
                   shorthand_before, reminded, text, told_before, known)
    return {
        "ask_back_id": ask.id, "question": ask.text, "words": words, "target": (low, high),
        "length": length, "specifics": specifics, "fillers": fillers,
        "filler_count": sum(fillers.values()), "turns_back": back, "seconds": seconds,
        "notes": notes, "covers": list(ask.covers), "tone": tone, "thin": thin,
        "slang": slang_words(latest),
    }


def _react(state: TheyAskState, bank: Bank, ask: AskBack, said: str, fb: dict,
           answer_back: listening.AnswerBack | None, nudged: dict | None = None,
           latest: str = "") -> tuple[str, str | None]:
    """The persona's reaction and its next question (None when the meeting closes);
    ``nudged``: the short answer before it asked for more, and what it said then, so a detail
    it already took in is not praised twice."""
    seed = len(state.answers) + state.variant  # a second session is not word for word
    low = ask.target_words[0]
    # "like i said, hs biology": no "say more" (not "as i mentioned in my email" at the start)
    pointed_back = bool(state.answers and _SAID_IT.search(said))
    # "an intro to someone in CRM would be amazing", to "How can I help you?": a yes, and no
    # "say more" or "ask me later" after it
    granted = _granted(ask, said)
    if (fb["thin"] or fb["words"] < bare_under(low)) and not state.follow_up_asked \
            and not pointed_back and not granted:
        return _ask_more(state, bank, ask, said, fb, answer_back, seed)
    state.follow_up_asked, state.pending_text = False, ""
    # a detail already taken in ("22 years") is not praised a second time
    earlier = {s.lower() for a in state.answers for s in a.get("specifics", ())}
    heard = (nudged or {}).get("reaction", "")
    if heard and heard not in listening.NUDGES:  # "Transfer bookings went up about 30%: …"
        earlier |= {s.lower() for s in (nudged or {}).get("specifics", ())}
    fresh = [s for s in fb["specifics"] if s.lower() not in earlier]
    before = [*(a.get("reaction", "") for a in state.answers), heard]
    # a question in the first, short reply was met before the follow-up: only the latest
    # (a favour granted is no question left: any other in the answer still is)
    back = _unsaid(listening.answer_their_question(_without_favours(latest or said) if granted
                                                   else latest or said, answer_back,
                                                   ask.id == "why-me"), before)
    heard = granted or ("Sorry, yes, you did say." if pointed_back and fb["words"] < low else
                        _NOT_WORKED_OUT if nudged and _NOT_KNOWN.fullmatch(latest) else
                        _acknowledged(said, fresh, fb["thin"], seed, before,
                                      ASKS_WORRY.search(ask.text)
                                      and (not heard or heard in listening.NUDGES),
                                      ask.id == "why-me"))
    # a question kept for later still leaves the answer heard ("falls from 14 to 5 a quarter")
    parts = [heard, back] if back and (granted or back in listening.LATER and fresh) else [
        back or heard]
    # "i need sponsorship for skilled worker visa", told in passing: met, not left unheard
    parts = _met_in_passing(said, parts, before)
    state.told = f"{state.told}\n{said}".strip()
    state.index += 1
    skips: list[str] = []
    met: list[str] = []
    while state.index < len(state.queue):
        upcoming = bank.ask_back(state.queue[state.index])
        if upcoming is not None and not listening.covered(upcoming.id, state.told):
            break
        if upcoming is not None:
            state.skipped.append(upcoming.id)
            skips.append(upcoming.id)
            # a worry told in passing is met with what the contact has seen, not only noted
            met += [m for m in worry_met(state.told) if not any(m in p for p in parts)] \
                if upcoming.id == "biggest-concern" else []
            spare = next((a.id for a in bank.asks_back if a.id not in state.queue
                          and not listening.covered(a.id, state.told)), None)
            if spare and len(state.queue) - len(state.skipped) < THEY_ASK_MIN:
                state.queue.append(spare)  # four asked, however many were answered in passing
        state.index += 1
    if skips:
        parts.append(" ".join([listening.skip_line(*skips), *met]))
    if state.index >= len(state.queue):
        state.ended = True
        # after a favour granted, "that gives me a good picture of you" misreads the answer
        reaction = " ".join(p for p in parts if p)  # the closing on its own: after the
        # contact's advice ("…say yes or no quickly."), a thanks run on reads as self-thanks
        close = listening.closing(seed, bool(granted or _THANKED.search(reaction)))
        return "\n\n".join(p for p in (reaction, close) if p), None
    upcoming = bank.ask_back(state.queue[state.index])
    return " ".join(p for p in parts if p), (asked_as(upcoming, state.told, bank.field)
                                             if upcoming else None)


def _ask_more(state: TheyAskState, bank: Bank, ask: AskBack, said: str, fb: dict,
              answer_back: listening.AnswerBack | None, seed: int) -> tuple[str, str]:
    """The follow-up to a short answer, and what the persona says before it: a question in
    it ("Do bootcamps actually get people hired?") answered or kept for later, a visa told in
    passing met, else room to say more."""
    state.follow_up_asked, state.pending_text = True, said
    nudge = listening.nudge(said, fb["specifics"], fb["thin"], seed,
                            bool(ASKS_WORRY.search(ask.text)))
    asked = None if fb["thin"] else listening.answer_their_question(said, answer_back,
                                                                    ask.id == "why-me")
    nudge = " ".join(_met_in_passing(said, [asked or nudge],
                                     [a.get("reaction", "") for a in state.answers]))
    told = (background_of(said) or work_of(said)) if ask.id == FIRST_ASK_BACK and not fb[
        "thin"] else ""
    if told:  # "im a bank teller rn, been 3 yrs": not "what are you doing now?" again
        work = told.removeprefix("your work as ")
        heard = f"Ah, so you're {work} at the moment." if work != told else \
            f"{listening.as_sentence(told)}: that's useful to know."
        why_later = "why-this-field" in state.queue[state.index + 1:] or listening.covered(
            "why-this-field", said)  # the reason is asked, or told, already
        return heard if nudge in listening.NUDGES else nudge, \
            _A_NORMAL_WEEK if why_later else _AND_THE_PULL
    more = follow_up(ask, said, state.told)
    if more == GOOD_FIT and "why-this-field" in state.queue[state.index + 1:]:
        # what draws them, asked now of the role they named: not again in other words, but
        # another question in its place, so the meeting is no shorter
        spare = next((a.id for a in bank.asks_back if a.id not in state.queue and not
                      listening.covered(a.id, state.told)), None)
        at = state.queue.index("why-this-field", state.index + 1)
        state.queue[at:at + 1] = [spare] if spare else []
    return nudge, more


def _met_in_passing(said: str, parts: list[str], before: list[str]) -> list[str]:
    """The reaction with a worry told in passing met ("i need sponsorship … whichever one go
    sponsor me"): once, in the words that fit what they need, in place of a line on the same
    worry that fits less ("if yours already lets you work" to someone who needs a sponsor)."""
    for line in worry_in_passing(said):
        topic = line.split(":")[0]  # "On the visa"
        if any(topic in r for r in before):
            continue
        others = [m for m in worry_met(said) if m.startswith(topic) and m != line]
        parts = [_said_as(p, others, line) for p in parts]
        if not any(line in p for p in parts):
            parts.append(line)
    return parts


def _said_as(text: str, others: list[str], line: str) -> str:
    """``text`` with any of ``others`` said as ``line`` instead."""
    for other in others:
        text = text.replace(other, line)
    return text


_AND_THE_PULL = "And what's pulling you towards this field?"
_A_NORMAL_WEEK = "And what does a normal week look like in that job?"
"""The first question's follow-up when what the user does now was told."""
_NOT_KNOWN = re.compile(r"\W*(?:h+m+\W*)?(?:idk|dunno|not\s+(?:really\s+)?sure(?:\s+yet)?|"
                        r"no\s+idea|i\s+(?:don'?t|dont|do\s+not)\s+(?:really\s+)?know(?:\s+yet)?|pass)"
                        r"(?:\s+(?:tbh|honestly|sorry|lol))?\W*", re.IGNORECASE)
"""A follow-up met with a shrug ("idk"): not "I can see where you're coming from"."""
_NOT_WORKED_OUT = "That's fine: you don't need it all worked out yet."


_ASKS_YOU = re.compile(r"\b(?:(?:could|would|can|will)\s+(?:you|u)|if\s+(?:you'?d|youd))\s+"
                       r"(?:\w+\s+){0,3}?(?:look|review|"
                       r"check|glance|skim|cast|run|introduce|intro|put\s+me|connect|pass|"
                       r"recommend|suggest|point)",
                       re.IGNORECASE)


def _without_favours(said: str) -> str:
    """The answer without the sentences asking a favour ("Would you look at my portfolio?"),
    which the yes has answered."""
    return " ".join(s for s in re.split(r"(?<=[.!?])\s+", said)
                    if not (_ASKS_YOU.search(s) or favours.asked_of_them(s)))


def _granted(ask: AskBack, said: str) -> str:
    """A yes to a favour asked: in answer to "How can I help you?", or asked of the contact
    outright in any answer ("could you look over my CV at some point?"), never a course named
    ("an intro to Python")."""
    if ask.id == "how-can-i-help" or _ASKS_YOU.search(said):
        return favours.asked_of_them(said)
    return ""




def _acknowledged(said: str, fresh: list[str], thin: bool, seed: int, before: list[str],
                  worry: object = None, found: bool = False) -> str:
    """The persona taking the answer in, in words it has not just used ("Okay, I can see
    where you're coming from" twice running reads as a machine); ``found``: the answer says
    how the user found them, which is heard as that ("On LinkedIn: good to know …")."""

    def hear(n: int) -> str:
        if found and not thin:
            return found_me(said, n)
        return listening.acknowledge(said, fresh, thin, n, bool(worry))

    first = hear(seed)
    for step in range(3):
        line = hear(seed + step)
        if not any(line in r for r in before[-2:]):
            return line
    return first


def _unsaid(reply: str | None, before: list[str]) -> str | None:
    """An answer to a question turned back, without the "Good question." it opened with last
    time: said to every question, it stops sounding like a person."""
    opener = "Good question. "
    if reply and reply.startswith(opener) and any(opener in r for r in before):
        return reply[len(opener):]
    return reply


_AND_ASKS = re.compile(r",?\s+(?:and|or)\s+(?=(?:did|do|does|is|are|was|were|have|has|can|could|"
                       r"would|will|should)\s+(?:you|u)\b)", re.IGNORECASE)
"""Where a second question starts inside one sentence: "…, and did you take a pay cut?"."""


_ASKS_THE_USER = re.compile(r"(?:tell|give|send|show|walk)\s+me\b", re.IGNORECASE)
"""A sentence of a bank answer that asks the user for their story: meant for the user's own
meeting, it makes no sense as the contact's answer to a question turned back."""


def answer_back_for(bank: Bank, matcher: Matcher, state: TheyAskState) -> listening.AnswerBack:
    """How this session's persona answers a question the user turns back to them: the
    first two sentences of its bank answer, when the question is one it knows."""

    def reply(question: str) -> str | None:
        # "… which is why I wanted to talk to you - how did you find the jump, and did you
        # take a pay cut?": each question in it, the first the persona knows
        parts = (_AND_ASKS.split(q) for q in read_message(question).questions or [question])
        for asked in (part for split in parts for part in split):
            match = matcher.match(asked)
            found = bank.question(match.question_id) if match.question_id else None
            if found is not None and not set(found.flags) - {"pay"}:
                text = answer_of(bank, found, state.persona_id, state.variant)
                told = [s for s in re.split(r"(?<=[.!?])\s+", text.strip())
                        if not _ASKS_THE_USER.match(s)]  # "Give me the short version…"
                said = " ".join(told[:2])
                if said and any(said in a.get("reaction", "") for a in state.answers):
                    continue  # said once already: the same words again would not answer it
                return said or None
        return None

    return reply


def _after_the_end(goodbye: str = "") -> Feedback:
    """The reply to an answer once the session is over, or to a goodbye: nothing scored."""
    return Feedback(ask_back_id="", question="", words=0, target=(0, 0), length="good",
                    specifics=[], fillers={}, filler_count=0, turns_back=False, seconds=0,
                    notes=[] if goodbye else [ENDED_TEXT], covers=[], next_question=None,
                    next_id=None, ended=True, reaction=goodbye)


def answered_back(state: TheyAskState, bank: Bank) -> list[str]:
    """The bank questions whose answer the contact gave when a question was turned back to
    them, so a "you ask" round straight after hears them as said already, not word for word
    again."""
    said = " ".join(str(a.get("reaction", "")) for a in state.answers)
    heard = []
    for question in bank.questions:
        for variant in range(bank.variant_count(question.id, state.persona_id)):
            sentences = re.split(r"(?<=[.!?])\s+", answer_of(bank, question, state.persona_id,
                                                             variant).strip())
            first = next((x for x in sentences[:2] if len(x.split()) >= _SAID_WORDS), "")
            if first and first in said:
                heard.append(question.id)
                break
    return heard


_SAID_WORDS = 5
"""A sentence this long, found in the contact's replies, is that answer said, not a phrase."""
