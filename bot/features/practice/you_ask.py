"""'You ask' mode: the persona answers the user's questions on a simulated clock.

Each message is matched to a bank question and answered in character; weak habits get a
coaching note (``coaching.py``). A simulated clock runs against the promised 20 or 30
minutes, because watching the time and offering to wrap up is part of the skill
(domain.md §3), and a real clock would make practice either rushed or meaningless.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from datetime import datetime

from bot.banks.model import Bank
from bot.features.practice import acknowledge, chat, persona, replies
from bot.features.practice.answers import word_count
from bot.features.practice.background import background_of, left_work, work_of, years_of
from bot.features.practice.clock import (
    REPHRASE_MINUTES,
    SMALL_TALK_MINUTES,
    TIME_HINT_MINUTES,
    closes,
    run_clock,
)
from bot.features.practice.closing import (
    Reply,
    on_closing,
    on_favour_later,
    on_goodbye,
    on_hold_off,
    on_last_word,
    on_narrow,
    on_offer_help,
    thank_and_end,
)
from bot.features.practice.coaching import coaching, count_habits, lessons
from bot.features.practice.covered import covered
from bot.features.practice.cues import (
    ANSWERS_LATE,
    ASKS_VERDICT,
    HOLD_OFF,
    KEEP_IN_TOUCH,
    LATER_FAVOUR,
    NOWHERE_NEAR,
    TAKES_BACK,
    THANKS,
    about_life,
    pick,
    resumes,
    spelled_thanks,
    tiara_of,
    trails_off,
)
from bot.features.practice.elsewhere import only_my_side, other_side
from bot.features.practice.favours import ASKS_A_LOOK, SHADOW, asked_outright
from bot.features.practice.first_answer import (
    ASK_AGAIN,
    QUESTION_MINUTES,
    SPEAKING_WORDS_PER_MINUTE,
    first_answer,
)
from bot.features.practice.honest import (
    asks_more,
    asks_tenure,
    asks_where_based,
    honest_reply,
    people_elsewhere,
)
from bot.features.practice.honest_topics import weighs_places
from bot.features.practice.insider import is_insider
from bot.features.practice.left_over import asks_left_over, left_over
from bot.features.practice.matcher import GUESS_FLOOR, Matcher
from bot.features.practice.message import (
    MAX_MESSAGE_CHARS,
    Message,
    nearest_unanswered,
    read_turn,
)
from bot.features.practice.options import side_picked
from bot.features.practice.pay_again import pay_again
from bot.features.practice.people import (
    accepted,
    introduction_offer,
    name_reply,
    narrowed_to,
    of_their_kind,
    one_named,
    persona_of,
    works_in,
)
from bot.features.practice.referrals import more_people, without_none_there
from bot.features.practice.replies import offers_telling
from bot.features.practice.state import ENDED_TEXT, TurnResult, YouAskState, iso
from bot.features.practice.understand import asks_for_introduction, asks_their_pay, read_message
from bot.features.practice.where import (
    again_elsewhere,
    from_here,
    from_the_question,
    in_their_spelling,
    names_here,
    only_figures,
    without_caveat,
    without_local_pay,
)

__all__ = ["ALLOWED_MINUTES", "QUESTION_MINUTES", "SPEAKING_WORDS_PER_MINUTE", "TIME_HINT_MINUTES",
           "start_you_ask", "you_ask_turn"]

ALLOWED_MINUTES = (20, 30)
"""Meeting lengths the user can rehearse (domain.md: ask for 15-30 minutes)."""



def start_you_ask(bank: Bank, minutes: int, now: datetime, persona_id: str = "",
                  variant: int = 0, abroad: bool = False) -> YouAskState:
    """A fresh 'you ask' session with one of ``bank``'s personas for ``minutes`` (20 or 30);
    ``variant`` picks the telling heard; ``abroad``: the user lives where the contact does not."""
    if minutes not in ALLOWED_MINUTES:
        raise ValueError(f"minutes must be one of {ALLOWED_MINUTES}, got {minutes!r}")
    who = persona_of(bank, persona_id)
    return YouAskState(
        field=bank.field,
        minutes=minutes,
        started_at=iso(now),
        updated_at=iso(now),
        persona_name=who.name,
        persona_id=persona_id,
        leaving=who.leaving,
        variant=variant,
        abroad=abroad,
        title=bank.title,
        # the field's own first: a teacher's questions to a teacher, not the shared ones
        high_value=[[q.id, q.category, q.text] for q in sorted(bank.questions, key=lambda q: q.core)
                    if q.value == "high" and not q.flags and of_their_kind(bank, who, q.text)
                    and (not q.suits or who.id in q.suits)],
    )


def you_ask_turn(
    state: YouAskState, bank: Bank, matcher: Matcher, text: str, now: datetime
) -> tuple[YouAskState, TurnResult]:
    """Play one exchange: the user's message in, the persona's reply and coaching out. The
    state is updated in place and also returned, so the shell can write it back."""
    if state.ended:
        return state, TurnResult(ENDED_TEXT, [], round(state.elapsed, 1), None, True,
                                 kind="ended")
    text = spelled_thanks((text or "").strip()[:MAX_MESSAGE_CHARS])
    pointed = not state.awaiting and asks_left_over(text, state.left_over)  # not "The coding
    # part" to "Which part sounds most like you?"
    if pointed:  # "And the replacing part? Be blunt…": the part not answered, coached already
        text = f"{state.left_over.rstrip('?')}?"
    state.updated_at = iso(now)
    if not state.awaiting and state.asked_me and ANSWERS_LATE.search(text):
        # "oh and to answer you from before, the coding bit": their question, met late
        state.awaiting, state.awaiting_text = "question", state.asked_me
    offer, names = introduction_offer(state, bank)
    if not state.awaiting and offer and asks_for_introduction(text, names):
        # "actually, could u introduce me to gemma after all?": the referral offer, taken up
        state.awaiting, state.awaiting_text = "offer", offer
    offered = names if state.awaiting == "offer" and offer else []
    reading = read_message(text, state.awaiting, state.awaiting_text, offered)
    reading = chat.after_their_news(reading, persona_of(bank, state.persona_id).greeting)
    missed, state.missed = state.missed, reading.move == "empty"
    if reading.move == "empty":
        return state, TurnResult(persona.EMPTY, [], round(state.elapsed, 1), None, False,
                                 guess_id=state.pending_guess, kind="empty")
    if missed and reading.move == "passing_thanks" and not THANKS.search(text):  # "ok" after
        # "Sorry, I didn't catch that" thanks them for nothing
        state.missed = True
        return state, TurnResult(replies.AFTER_MISS, [], round(state.elapsed, 1), None, False,
                                 guess_id=state.pending_guess, kind="passing_thanks")

    state.turns += 1
    if reading.move == "small_talk" and resumes(text):  # "sorry phone died, where were we?"
        return state, TurnResult(persona.recap(state, bank), [], round(state.elapsed, 1), None,
                                 False, guess_id=state.pending_guess, kind="small_talk")
    message = read_turn(state, bank, matcher, text, reading)
    message.narrowed = narrowed_to(state, bank, text)
    state.near = list(dict.fromkeys([*state.near, *(q for q in (  # answered or not: the next
        message.runner_up, message.alternative, *nearest_unanswered(matcher, message)) if q and (
        message.question is None or q == message.runner_up))]))[-_NEAR:]  # best was asked too
    _take_in(state, bank, message, text, reading.context or "")
    if message.wrap and not message.opening:
        # "I know you're busy" in the first hello is a courtesy, not an offer to wrap up; the
        # latest offer counts ("i know ur busy" at minute 8, then 25 more minutes, is not one)
        state.offered_wrap_up = True
        state.wrap_up_at = round(state.elapsed, 1)
        state.wrap_up_turn, state.wrap_closing = state.turns, 0
        state.wrap_up_on_time = state.elapsed < state.minutes
    kind = _kind(state, message)
    reply = _HANDLERS[kind](state, bank, message)
    reply.coaching = [] if pointed else reply.coaching
    state.wrap_closing += state.offered_wrap_up and state.turns > state.wrap_up_turn and closes(
        kind, message.question and message.question.id, message.referral or message.thanks)
    state.missed = reply.kind == "unclear"
    reply.parts, time_hint = run_clock(state, reply.parts, reply.ends)
    state.asked_me = state.awaiting_text if state.awaiting == "question" else (
        "" if kind == "prompt" else state.asked_me)  # answered: no later reply is to it
    state.left_over = left_over(reading, message.reading.question or "") if (
        kind == "question") else ""

    state.elapsed = round(state.elapsed, 2)
    return state, TurnResult(
        reply=in_their_spelling("\n\n".join(reply.parts), works_in(bank, state.persona_id)),
        coaching=reply.coaching,
        elapsed_minutes=round(state.elapsed, 1),
        time_hint=time_hint,
        ended=state.ended,
        question_id=message.question.id if message.question and kind != "last_word" else None,
        score=message.score,
        guess_id=state.pending_guess,
        alt_id=state.pending_alt,
        kind=reply.kind,
    )


_NEAR = 30  # guesses kept, so the scorecard suggests nothing asked in words that missed


def _take_in(state: YouAskState, bank: Bank, message: Message, text: str, context: str) -> None:
    """What the message (``text``, as typed; ``context``, before its question) tells of the
    user: their background, their aim, what they ask for."""
    # "would 18 years of teaching count?"; "I've taught chemistry for nine years. Would …?"
    passing = "" if message.told else years_of(text) or background_of(context)
    state.told_background = state.told_background or message.told or bool(passing)
    state.left_work = state.left_work or left_work(text)  # "I recently retired from the Navy"
    state.asked_referral = state.asked_referral or message.asks_people
    state.background = (background_of(text) or years_of(text) or work_of(text) if message.told
                        else passing) or (
        "" if message.told else state.background)  # told anew: the old one no longer holds
    state.insider = is_insider(text if message.told else passing and (context or text),
                               getattr(bank, "insider_roles", ())) or (
        state.insider and not (message.told and state.background))  # "i'm 15 yrs in": still
    state.aim = text if covered("role-aiming-for", text) else state.aim  # no "what grade?" later


def _kind(state: YouAskState, message: Message) -> str:
    """Which handler plays this turn; the first that fits wins."""
    move = message.reading.move
    if state.time_up:
        return "last_word"
    if message.prompt is not None:
        return "prompt"
    if message.narrowed:  # "perhaps just the introduction to Mr Patel for now"
        return "narrow"
    if state.accepted and (HOLD_OFF.search(message.text) or TAKES_BACK.search(message.text)):
        return "hold_off"
    if LATER_FAVOUR.search(message.reading.question or message.text) or (
            ("?" not in message.text or SHADOW.search(message.text) or ASKS_A_LOOK.search(
                message.text)) and not message.referral
            and asked_outright(message.text)):
        return "favour_later"  # "I would be very happy for an introduction": asked outright
    if message.question is not None:
        return "question"
    if message.offers_help:
        return "offer_help"
    if message.opening and (message.thanks or message.reading.greeting) and move in (
            "thanks", "greeting", "passing_thanks"):
        return "greeting"
    if move in ("question", "statement") and not (state.closing and move == "statement"):
        return "unmatched"
    if move == "small_talk":
        return "chat"
    if move == "thanks" or message.wrap or state.closing:
        return "closing"
    return move if move in ("goodbye", "greeting", "unclear") else "chat"


def _on_question(state: YouAskState, bank: Bank, message: Message) -> Reply:
    """A real question: answer it (even inside a goodbye: "...and who else should I talk
    to?"), then see whether the message also closes the meeting."""
    reply = Reply(kind="answer")
    _answer_into(state, bank, message, reply)
    if message.opening and THANKS.search(message.text):
        state.thanked_at_start = True
    if message.thanked_goodbye and state.awaiting:  # the answer asked something back ("Shall
        state.thanked = state.closing = True  # I introduce you?"): the goodbye waits for it
    elif message.thanked_goodbye:
        thank_and_end(state, reply)
    elif message.wrap and not message.opening:
        state.closing = True
    return reply


def _answer_into(state: YouAskState, bank: Bank, message: Message, reply: Reply) -> None:
    """The persona's answer to the message's question, with its coaching, into ``reply``."""
    question, words = message.question, message.asked or message.text  # "yes": what it meets
    assert question is not None
    flags = [f for f in lessons(message.flags, question) if f not in message.coached]
    reply.coaching.extend(coaching(flags, message.reading, state, bank, question,
                                   message.confirmed))
    count_habits(state, flags, message.reading.question or message.text)
    seen = state.times_asked.get(question.id, 0)
    state.times_asked[question.id] = seen + 1
    again = pay_again(state, bank, words) if seen and "pay" in question.flags else ""
    if again:  # "wait london?? is that in pounds?", "and in portugal?"
        answer = again
        reply.kind = "repeat"
        state.elapsed += SMALL_TALK_MINUTES
    elif seen:
        answer = more_people(state, bank, question, words) or persona.repeat_reply(
            state, bank, question, words)  # "anyone else, ideally a veteran?": weighed anew
        answer = again_elsewhere(answer, from_the_question(words, "" if message.asked else (
            message.reading.question)), persona_of(bank, state.persona_id), question)
        reply.kind = "repeat"
        state.elapsed += QUESTION_MINUTES / 2 + word_count(answer) / SPEAKING_WORDS_PER_MINUTE
    else:
        tip = question.tip and ("pay" not in question.flags or asks_their_pay(words)) \
            and not ("wrap_up" in question.flags and message.wrap) and not (  # they just did
                message.prompt and offers_telling(message.prompt[1]))  # it, or took an offer
        answer = first_answer(state, bank, question, flags, reply.coaching if tip else None,
                               words)
        other = other_side(message.reading.question or words, bank.field)
        side = only_my_side(other) if other and not message.elsewhere else ""  # "…easier
        # than dev?": only their side of it, said first
        # the asking counts too: "how are AI tools changing research?" is Trends, whichever
        # question the contact answered (its own words, not the context before it)
        state.categories += tiara_of(message.reading.question or "", state.categories)
        if "pay" in question.flags and state.abroad and not names_here(  # a Chicago user
                words, works_in(bank, state.persona_id)):  # hears London figures
            answer = without_caveat(answer)
            answer = f"{only_figures(works_in(bank, state.persona_id), answer)} {answer}"
            answer = f"{side} {answer}" if side else answer
        else:  # "…start on in arizona" to a Columbus teacher; "my ACCA … in Canada" to her
            answer = without_local_pay(answer) if state.abroad and "pay" not in question.flags \
                else answer  # "Juniors outside London start roughly 28 to 35k", to Basel
            here = from_here(  # "I trained in Mumbai… does architecture count?": his story
                from_the_question(words, "" if message.asked else message.reading.question),
                persona_of(bank, state.persona_id), question.flags, question.id,
                answer=answer)  # "…a bit more in London": the answer speaks for London itself
            answer = " ".join(p for p in (side, here, without_caveat(answer, here) if here
                                          else answer) if p)
    state.reply_keys.append(zlib.crc32(answer.encode()))
    if "referral" in question.flags or message.referral:
        state.asked_referral = True
        there = people_elsewhere(words, works_in(bank, state.persona_id),
                                 persona_of(bank, state.persona_id))
        answer = f"{there} {without_none_there(answer)}" if there and not seen else answer
    reply.parts.append(answer)


def _on_greeting(state: YouAskState, bank: Bank, message: Message) -> Reply:
    """"Hi, thanks so much for making the time" opens the meeting; it is not a goodbye."""
    state.elapsed += SMALL_TALK_MINUTES
    state.thanked_at_start = state.thanked_at_start or message.thanks or bool(
        THANKS.search(message.text))
    told = message.told or bool(state.background)  # "Hi, a bit about me: I'm a chemical engineer"
    if chat.chats(message.text):  # "how was it?", "…lovely to meet you! Busy day on the ward?"
        said = chat.small_talk(message.text, state.variant + zlib.crc32(  # two contacts: not
            state.persona_id.encode()))  # the same line; "how's ur week going? im kwame, …"
        return Reply(parts=[persona.chat_then_background(said, state, bank) if told else said],
                      kind="greeting")
    return Reply(parts=[persona.greeting_after_background(state, bank) if told
                         else persona.greeting_reply(message.text)], kind="greeting")


def _on_prompt(state: YouAskState, bank: Bank, message: Message) -> Reply:
    """Yes or no to the persona's offer, or an answer to its question: taken in, in
    character, then any question that came with it is answered too."""
    assert message.prompt is not None
    kind, words = message.prompt
    move = message.reading.move
    seed = state.turns
    one = one_named(state, bank, words, message.text) if (kind, move) == ("offer", "yes") else None
    if one:  # "omar sounds like exactly the person id love to talk to": Omar, not both
        state.offers_accepted += 1
        state.accepted.append(f"introduce you to {one}")
        said = f"Lovely, I'll introduce you to {one} tonight and copy you in."
    elif kind == "offer" and move == "yes":
        state.offers_accepted += 1
        state.accepted.append(words)
        said = accepted(state, bank, words, message.text, seed)
    elif kind == "offer" and move == "no":
        said = replies.decline_offer(seed, message.reading.reply_to_prompt, words)
        state.awaiting, state.awaiting_text, state.declined = kind, words, True  # for one reply
    else:
        state.prompts_answered += 1
        answer = message.reading.reply_to_prompt or message.text
        said = acknowledge.where_you_fit(answer, seed) if ASK_AGAIN.match(words) else \
            acknowledge.acknowledge_answer(answer, seed, said_no=move == "no",
                                           side=side_picked(answer, words))
    reply = Reply(parts=[said], kind=move)
    state.elapsed += SMALL_TALK_MINUTES
    if message.question is not None:
        _answer_into(state, bank, message, reply)
        named = name_reply(state, bank, words, message.reading.question, seed) if (
            message.question.id, kind, move) == ("use-your-name", "offer", "yes") else None
        if named:  # "yes please! may I mention your name?"
            reply.parts[-1] = named
            reply.coaching = [c for c in reply.coaching if "suggested I contact" not in c]
    elif message.reading.question and not (kind == "question" and ASK_AGAIN.match(words)
                                           and ASKS_VERDICT.search(message.reading.question)):
        # after "tell me about yourself and I'll tell you what I'd think", "so what would you
        # think?" is answered by the reply to the background: no "I'd only be guessing"
        reply.parts.append(_honest(state, bank, message))
    elif message.thanked_goodbye or (state.closing and state.thanked):
        thank_and_end(state, reply)  # thanked already, with the offer still to answer
    elif message.wrap and not state.closing:  # "yes please! … I'll let you go"
        state.closing = True
        reply.parts[-1] += " " + persona.wrap_ack(state.minutes - state.elapsed)
    else:
        reply.parts[-1] += " " + pick(replies.ANYTHING_ELSE, seed)
    return reply


def _honest(state: YouAskState, bank: Bank, message: Message) -> str:
    """A fair question the bank does not cover: what this persona can honestly say; one
    about anything but work ("do you like pizza?") is waved back, and not counted."""
    if (message.score < NOWHERE_NEAR or message.reading.move == "question") and about_life(
            message.text) and not message.term:  # "do you have any hobbies outside work?"
        state.elapsed += SMALL_TALK_MINUTES
        return replies.off_topic(state.turns)
    state.off_bank += 1  # TIARA follows what was asked, though the contact could not answer
    state.categories += tiara_of(message.reading.question or message.text, state.categories)
    state.elapsed += QUESTION_MINUTES  # asked and answered, if briefly
    reply = honest_reply(state, bank, message.reading.question, message.text, message.elsewhere,
                         message.term, message.far)
    if zlib.crc32(reply.encode()) in state.reply_keys and not (
            message.elsewhere or message.term or state.awaiting == "offer" or asks_tenure(
                message.reading.question or message.text) or asks_more(message.text)):
        # never twice, but a plain fact asked again is said again; what they have seen of it
        # (experience from abroad, asked twice), briefly, not "I don't have a solid answer"
        again = "" if reply in (*replies.DEFAULT_WHO, *replies.ASK_FOR_A_CASE) else (
            persona.said_again(reply))
        reply = again if again and zlib.crc32(again.encode()) not in state.reply_keys else next(
            (line for line in replies.DEFAULT_WHO if zlib.crc32(line.encode()) not in
             state.reply_keys), replies.SAID_ALL)
    state.reply_keys.append(zlib.crc32(reply.encode()))
    return reply


def _on_chat(state: YouAskState, bank: Bank, message: Message) -> Reply:
    """Small talk or a passing "thanks, that's useful": a line in character, then on."""
    state.chat += 1
    state.elapsed += SMALL_TALK_MINUTES
    if message.reading.move == "small_talk":
        return Reply(parts=[chat.small_talk(message.text, state.chat, bool(state.asked))],
                      kind="small_talk")
    thanked = bool(THANKS.search(message.text))
    if message.nodded_at:  # "that makes sense." leaves their question open: put it once more
        state.awaiting, state.awaiting_text, state.asked_again = "question", message.nodded_at, True
        return Reply([replies.ask_again(message.nodded_at, state.chat, thanked)],
                      kind="passing_thanks")
    return Reply(parts=[replies.passing_thanks(state.chat, thanked, trails_off(message.text))],
                  kind="passing_thanks")


def _on_unmatched(state: YouAskState, bank: Bank, message: Message) -> Reply:
    """No bank question fits. A near miss gets "did you mean ...?" (a "yes" next answers
    it); a fair question the bank does not cover gets an honest reply; context with no
    question yet is taken in. Habits in the user's own words are coached either way."""
    flags = [] if about_life(message.text) or asks_where_based(message.text) else lessons(
        message.flags, None)  # "do u have kids?", "are you in London?": not coached
    reply = Reply(coaching=coaching(flags, message.reading, state, bank, None))
    count_habits(state, flags, message.reading.question or message.text)
    state.unmatched += 1
    guess = bank.question(message.runner_up) if message.runner_up else None
    if KEEP_IN_TOUCH.search(message.text):
        closing = message.thanked_goodbye or (message.thanks and message.late)
        reply.parts.append(replies.keep_in_touch(state.turns, closing))
        reply.kind = "answer"
        if closing:
            thank_and_end(state, reply)
            reply.kind = "closing"
    elif guess is not None and message.score >= GUESS_FLOOR and not about_life(message.text) \
            and not weighs_places(message.text):  # "…casablanca or paris, or stay?"
        other = bank.question(message.alternative) if message.alternative else None
        state.pending_guess, state.pending_flags = guess.id, list(flags)
        state.pending_text = message.text
        state.pending_alt = other.id if other else None
        reply.parts.append(persona.rephrase(state, guess, other))
        reply.kind = "did_you_mean"
        state.elapsed += REPHRASE_MINUTES
    elif message.reading.move == "statement":
        state.chat += 1  # "so bit abt me, was a chef for 12 yrs …": what they said, named
        reply.parts.append(persona.greeting_after_background(state, bank)
                           if message.told and state.background else replies.statement(state.chat))
        reply.kind = "statement"
    else:
        reply.parts.append(_honest(state, bank, message))
        reply.kind = "off_bank"
    return reply


def _on_unclear(state: YouAskState, bank: Bank, message: Message) -> Reply:
    """Words that are neither a question nor context ("asdfgh"): ask again."""
    state.unmatched += 1
    state.elapsed += REPHRASE_MINUTES
    return Reply(parts=[persona.rephrase(state, None)], kind="unclear")


_HANDLERS: dict[str, Callable[[YouAskState, Bank, Message], Reply]] = {
    "last_word": on_last_word,
    "unclear": _on_unclear,
    "question": _on_question,
    "prompt": _on_prompt,
    "greeting": _on_greeting,
    "closing": on_closing,
    "offer_help": on_offer_help,
    "goodbye": on_goodbye,
    "chat": _on_chat,
    "unmatched": _on_unmatched,
    "hold_off": on_hold_off,
    "favour_later": on_favour_later,
    "narrow": on_narrow,
}
