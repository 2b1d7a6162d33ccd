"""What the persona says: the opening greeting, answers and "as I mentioned" repeats,
"did you mean ...?", and the stock lines of a meeting (time hint, goodbyes, time up)."""

from __future__ import annotations

import re
import zlib

from bot.banks.model import Bank, Question
from bot.engine.text import first_name
from bot.features.practice.amounts import amount_told
from bot.features.practice.coaching import suggest
from bot.features.practice.cues import pick
from bot.features.practice.listening import as_sentence
from bot.features.practice.people import persona_of, told
from bot.features.practice.state import TheyAskState, YouAskState
from bot.features.practice.terms import rough_stems
from bot.features.practice.they_ask import current_ask_back

__all__ = ["opening_line", "greeting", "said_again"]

TIME_HINT = "Just so you know, we have about five minutes left."


def time_hint(minutes_left: float) -> str:
    """The persona's "not long left" line, with the minutes the clock really shows."""
    left = max(1, round(minutes_left))
    return f"Just so you know, we have about {left} minute{'s' if left != 1 else ''} left."
_LEAVING = "my next meeting is about to start"


def time_up(leaving: str = "", offered: bool = False) -> str:
    """The persona stopping when the time is up, for the reason their greeting gave ("before
    a site walk"); on the turn they offered an introduction, the user's last word can still
    take it."""
    stop = f"Oh, I'm sorry, I'm going to have to stop there: {leaving or _LEAVING}."
    return stop + (" If you'd like me to introduce you, just say so and I'll do it by email"
                   " tonight." if offered else "")
LAST_ACCEPT = "Lovely, I'll send that introduction tonight."
LAST_NAME = "And yes, do mention my name when you write to them."
"""Asked on the way out whether the user may say the contact sent them: a yes, not silence."""
LAST_THANKS = "Thank you too, it was a pleasure."
"""The user's thanks as the persona leaves: there is always time for a thank-you."""
LAST_REFERRAL = "Email me and I'll send you a couple of names, happily."
LAST_STOP = "Sorry, I really have to stop there."
LAST_DECLINE = ("No pressure at all: the offer stands, and they'd be glad to hear from you"
                " whenever you're ready.")
def just_one(name: str) -> str:
    """Narrowing an introduction already agreed to one person."""
    return f"Of course, just {name} then. I'll send that introduction tonight and copy you in."


HELD_OFF = ("Of course, I'll hold off on the introduction. Just drop me a line when you're"
            " ready and I'll make it then.")
GOOD_LUCK = "Good luck, and feel free to email me if anything else comes up."
GOODBYE_THANKED = (
    "It was a pleasure, thanks for being so well prepared. Good luck, and do let me know"
    " how you get on."
)


def goodbye_thanked(prepared: bool, asked_to_hear: bool, seed: int = 0,
                    casual: bool = False) -> str:
    """The goodbye to a thank-you: "so well prepared" only after a real set of questions
    asked as to someone just met (not a meeting typed in "u" and "lol"), in one of a few
    wordings, and "let me know how you get on" once (not after "do tell me how it goes")."""
    if prepared and not casual and not asked_to_hear and seed % 3 == 0:
        return GOODBYE_THANKED
    if casual:
        first = ("That was fun, thanks for reaching out.", "It was a pleasure to talk.")[seed % 2]
    elif prepared:
        first = ("It was a pleasure, thanks for being so well prepared.",
                 "I enjoyed that: you asked good questions.",
                 "Thanks, that was a really good conversation.")[seed % 3]
    else:
        first = "It was a pleasure to talk."
    return f"{first} Good luck{'' if asked_to_hear else ', and do let me know how you get on'}."
GOODBYE_PLAIN = "All right, I'll let you go then. Best of luck with it all."
LAST_CHANCE = "Lovely, I'll look out for it. Anything else before we finish?"
"""Something said (not asked) once the wrap-up is under way: no goodbye yet, so the user
still has their thank-you."""
WRAP_ACK = (
    "That's kind of you to keep an eye on the clock. I've got a couple of minutes left:"
    " was there anything last you wanted to ask?"
)
def wrap_ack(minutes_left: float) -> str:
    """The contact's answer to an offer to wrap up: with most of the meeting still to go it
    says so, never "a couple of minutes left" at minute 7 of 20."""
    if minutes_left > 5:
        return (f"No rush at all: we've still got about {int(minutes_left)} minutes if you'd like"
                " them. Was there anything else you wanted to ask?")
    return WRAP_ACK


HELP_OFFERED = (
    "That's kind of you to offer! Honestly, the best thing you can do is keep me posted on"
    " where you land.",
    "Kind of you to ask. If you come across something good on the field, send it my way.",
)
"""Thanks for the user's offer of help: what a contact asks in return is news of them."""
WRAP_NOTED = "And thanks for watching the time. Was there anything last you wanted to ask?"
ANYTHING_ELSE = "Now, what else would you like to know?"
EARLY_THANKS = "You're welcome! We've still got time, though, if you have more questions."
GREETING_REPLY = "Happy to help. Go ahead: what would you like to know?"
_MET = re.compile(r"\b(?:nice|lovely|good|great|pleasure)\s+(?:to\s+)?(?:meet|meeting)\b",
                  re.IGNORECASE)
_THANKED = re.compile(r"\b(?:thanks|thank\s+you|thank\s+u|thx|ty|cheers)\b", re.IGNORECASE)


def greeting_reply(said: str) -> str:
    """The reply to a hello after the contact's own: in kind, never to words not said
    ("Nice to meet you too" only to "nice to meet you")."""
    wished = _WELL_WISH.search(said)
    back = (" It is, thanks: busy, but a good one." if wished and wished["time"] else
            " I'm well, thanks." if wished else "")
    back += " No need to be nervous: this is just a chat." if _NERVOUS.search(said) else ""
    if _MET.search(said):
        return f"Nice to meet you too.{back} {GREETING_REPLY}"
    if _THANKED.search(said):
        return f"You're very welcome.{back} {GREETING_REPLY}"
    return f"{back.strip()} {GREETING_REPLY}".strip()


_NERVOUS = re.compile(r"(?<!\bnot\s)(?<!\bnot\sso\s)\b(?:nervous|anxious|scared|terrified|jittery|"
                      r"shaking|bricking\s+it|butterflies)\b", re.IGNORECASE)
"""Nerves owned up to in a hello ("ngl im kinda nervous lol"), met with a word of ease."""


_WELL_WISH = re.compile(
    r"\bhope\s+(?:your|ur)\s+(?P<time>week|day|morning|afternoon|monday|friday)|\bhope\s+(?:you'?re|"
    r"you\s+are|ur|u\s+are|you'?ve\s+been|all\s+is)\s+(?:well|ok|okay|good|doing|having)|\bhow\s+(?:are|r)\s+"
    r"(?:you|u|things)\b|\bhow'?s\s+(?:your|ur)\s+(?P<time2>week|day)|\bhope\s+you'?re\s+well\b",
    re.IGNORECASE)
"""A well-wish in a hello ("Hope your week's going ok!"), answered in kind."""
GREETING_AFTER_BACKGROUND = ("Thanks for the background: it helps me pitch my answers. Go"
                             " ahead: what would you like to know?")


def greeting_after_background(state: YouAskState, bank: Bank) -> str:
    """The hello to a user who said who they are, naming what they said ("Eight years of
    teaching science tells me where you're starting from"), not one line for everyone, nor
    the same line from every contact."""
    if not state.background:
        return GREETING_AFTER_BACKGROUND
    told = as_sentence(state.background)
    place = next((i for i, p in enumerate(bank.personas) if p.id == state.persona_id), 0)
    return pick(_AFTER_BACKGROUND, place + state.variant).format(
        told=told[:1].lower() + told[1:], Told=told[:1].upper() + told[1:])


def chat_then_background(chatted: str, state: YouAskState, bank: Bank) -> str:
    """Small talk answered ("Pretty good so far, thanks!"), then what the user told of
    themselves taken in, instead of the small talk's own "fire away" that left it unheard."""
    first = re.split(r"(?<=[.!?])\s+", chatted, maxsplit=1)[0]
    then = greeting_after_background(state, bank)
    if "thank" in first.lower() and then.startswith("Thanks, "):  # thanked once, not twice
        then = then[len("Thanks, "):][:1].upper() + then[len("Thanks, ") + 1:]
    return f"{first} {then}"


_AFTER_BACKGROUND = (
    "Thanks, that helps: {told} tells me where you're starting from. Go ahead: what would you"
    " like to know?",
    "Good to know, thank you. {Told} gives me a picture of where you're coming from. What"
    " would you like to ask?",
    "That's useful: with {told} behind you, I can pitch my answers better. What's your first"
    " question?",
)


EMPTY = "Sorry, I didn't catch that. What did you want to ask?"


def opening_line(state: YouAskState | TheyAskState, bank: Bank) -> str:
    """The persona's first message: the greeting, plus the first question in 'they ask'."""
    if isinstance(state, TheyAskState):
        first = current_ask_back(state, bank) or ""
        name = first_name(persona_of(bank, state.persona_id).name)
        intro = f"Hi, I'm {name}, good to meet you."
        if "about yourself" not in first.lower():  # said once: "tell me a bit about yourself"
            intro += " I'd like to start by hearing a bit about you."
        return f"{intro}\n\n{first}".strip()
    return greeting(bank, state.minutes, state.persona_id)


def greeting(bank: Bank, minutes: int, persona_id: str = "") -> str:
    """The persona's hello, stating the length the user chose (`{minutes}` in the bank)."""
    text = persona_of(bank, persona_id).greeting
    if "{minutes}" in text:
        return text.replace("{minutes}", str(minutes))
    return f"{text} I've got {minutes} minutes."


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip()]


_WHOLE_POINT = 6
_HEDGED = re.compile(r"(?:it|that)\s+(?:really\s+)?(?:varies|depends)\b", re.IGNORECASE)
"""An opening that only hedges ("It varies a lot."), which the next sentence makes a point of."""
_LEAD_IN = re.compile(r"(?:that'?s\s+my\s+world|good\s+question|great\s+question|happy\s+to|gladly|"
                      r"sure|of\s+course|honestly|ha|oh|well)\b[^.!?]{0,25}[.!?]$|^(?:\w+\s+){0,3}"
                      r"(?:people|names|colleagues|friends)\s+(?:come|spring)\s+to\s+mind[.!?:]$",
                      re.IGNORECASE)
"""An answer's opening that is only a way in ("That's my world, so gladly.", "Two people
come to mind.")."""
"""Words a sentence needs to stand for a whole answer when it is said again."""


_COMMON_START = frozenset((
    "the", "a", "an", "it", "its", "we", "our", "my", "most", "some", "plenty", "many",
    "growing", "almost", "honestly", "mostly", "yes", "no", "not", "that", "this", "there",
    "every", "each", "after", "before", "when", "if", "in", "on", "at", "for", "with", "about",
    "around", "usually", "often", "sometimes", "very", "really", "quite", "all", "one", "two",
    "three", "few", "lots", "nobody", "everyone", "anyone", "people", "good", "great", "strong",
    "hard", "long", "short", "what", "how"))
"""Words that open a sentence in lower case once it is carried on after a comma; a name
("Daniel on our platform team") is not among them and keeps its capital."""


def _names_in(bank: Bank) -> frozenset[str]:
    """Words the bank's answers capitalise inside a sentence ("my colleague Daniel"): names,
    which keep their capital after "As I mentioned earlier". Read only for a repeat, which is
    rare, so nothing is cached."""
    texts = " ".join(v for q in bank.questions for a in q.answers for v in a.variants)
    return frozenset(re.findall(r"(?<=[a-z,;:] )([A-Z][a-z]+)\b", texts))


def _said_again(sentence: str, names: frozenset[str] = frozenset()) -> str:
    """ "As I mentioned earlier, plenty of …", or with a colon before a name ("…: Daniel on
    our platform team …"), whose capital must stay."""
    first = sentence.split()[0].strip(",.:;") if sentence.split() else ""
    word = first.lower()
    if word == "i" or word.startswith("i'"):
        return f"As I mentioned earlier, {sentence}"
    if word in _COMMON_START or (names and first[1:].islower() and first not in names):
        # "Banks recruit early." is no name; "Daniel …" and "NHS …" keep their capitals
        return f"As I mentioned earlier, {sentence[:1].lower()}{sentence[1:]}"
    return f"As I mentioned earlier: {sentence}"


def said_again(reply: str) -> str:
    """A reply of the contact's own said before, said again briefly: its first sentence, or
    the next when the first only sympathises ("I'm sorry, that's a stressful spot."), carried
    on after "As I mentioned earlier," in lower case ("from the side that makes offers: …")."""
    sentences = _sentences(reply)
    if not sentences:
        return ""
    said = sentences[1] if len(sentences[0].split()) < _WHOLE_POINT + 2 and len(
        sentences) > 1 else sentences[0]
    first = said.split()[0]
    kept = first in ("I", "I'm", "I've", "I'd") or first.isupper()
    return f"As I mentioned earlier, {said if kept else said[:1].lower() + said[1:]}"


def repeat_reply(state: YouAskState, bank: Bank, question: Question, asked: str = "") -> str:
    """A short "as I mentioned" answer, never the same words as before: the sentence that
    speaks most of what was ``asked`` ("…will it replace people at your level?"), else the
    first."""
    said = told(state, bank, question)
    sentences = _sentences(said)
    if len(sentences) > 1 and _LEAD_IN.match(sentences[0]):
        sentences = sentences[1:]  # "That's my world, so gladly." says nothing said again
    wanted = rough_stems(asked) - rough_stems(question.text)
    fits = [len(wanted & rough_stems(s)) for s in sentences]
    best = max(range(len(sentences)), key=fits.__getitem__, default=0)
    if sentences and fits[best] >= _ASKED_WORDS and fits[best] > fits[0]:
        sentences = sentences[best:]  # "Will it replace people at my level? Not the way …"
        if len(sentences) > 1 and sentences[0].endswith("?"):  # asked of themself: the reply
            sentences = sentences[1:]
    amount = amount_told(asked, said)  # "how many projects tho?": the sentence that said
    sentences = sentences[sentences.index(amount):] if amount in sentences else sentences
    first = sentences[0] if sentences else said
    hedged = bool(_HEDGED.search(first))  # "It depends on the week of the month." alone
    if (len(first.split()) < _WHOLE_POINT or hedged) and len(sentences) > 1 and len(
            sentences[1].split()) <= (6 if hedged else 3) * _WHOLE_POINT:  # "Growing fast."
        # says little alone, and "As I mentioned earlier, it varies a lot." answers nothing
        first = f"{first} {sentences[1]}"
    last = sentences[-1] if len(sentences) > 1 and not amount else first
    alt = suggest(state, bank, [question.id])
    options = [
        _said_again(first, _names_in(bank)),
        f"Like I said, we touched on that. {last}",
    ]
    if alt:
        options.append(
            "I think I've said all I can on that one. Is there something else you'd like to"
            f" dig into? People often ask me \u201c{alt.text}\u201d"
        )
    options.append("We've covered that one, so I'll keep it short: nothing new to add, I'm afraid.")
    options.append("I'm repeating myself now! Let's use the time for something new.")
    for option in options:
        if zlib.crc32(option.encode()) not in state.reply_keys:
            return option
    return f"{options[-1]} (That's {state.times_asked.get(question.id, 0)} times now.)"


_ASKED_WORDS = 2
"""Words of the question's own a later sentence must share to be said again first."""


def _asked(quoted: str) -> str:
    """The question mark after a quoted question, unless it ends in its own (“…engineering?”?
    read as a typo)."""
    return "" if quoted.rstrip().endswith(("?", "!")) else "?"


def rephrase(state: YouAskState, question: Question | None,
             other: Question | None = None) -> str:
    """Ask the user to put it another way, naming the best guess (or the two equally close
    ones) when there is one."""
    if question is not None and other is not None:
        return (
            f"Just so I answer the right thing: do you mean \u201c{question.text}\u201d, or"
            f" \u201c{other.text}\u201d{_asked(other.text)}"
        )
    if question is not None:
        return (
            "Sorry, I'm not quite sure what you're asking. Did you mean"
            f" \u201c{question.text}\u201d{_asked(question.text)} If so, just say yes; if not,"
            " could you put it another way?"
        )
    options = (
        "Sorry, I'm not sure I follow. Could you put that another way?",
        "Hmm, I'm not sure how to answer that one. Could you ask it differently?",
        "I didn't quite get that, I'm afraid. Can you rephrase it?",
    )
    return options[state.unmatched % len(options)]


FAVOUR_LATER = (
    "Of course. Send it over when it's ready, and I'll take a proper look.",
    "Happy to. No rush: send it when you're happy with it, and I'll give you honest notes.",
)
"""Yes to a favour asked for later ("would you look at my case study once it's done?")."""


def recap(state: YouAskState, bank: Bank) -> str:
    """Where the meeting had got to, for someone coming back to it: what the persona was
    waiting on, or that they are still there (only just, when time is up); the meeting
    carries on from there."""
    if state.time_up:  # the last word is still theirs
        return "Still here, just! I do have to dash in a moment, though."
    if state.awaiting_text and not state.declined:  # not an offer just put off ("maybe later")
        return f"No problem, welcome back! I'd just asked: \u201c{state.awaiting_text}\u201d"
    guess = bank.question(state.pending_guess) if state.pending_guess else None
    alt = bank.question(state.pending_alt) if guess is not None and state.pending_alt else None
    if guess is not None:  # the two it was between, as the question named them
        meant = f"\u201c{guess.text}\u201d" + (f" or \u201c{alt.text}\u201d" if alt else "")
        return (f"No problem, welcome back! I'd asked whether you meant {meant}"
                f"{_asked(alt.text if alt else guess.text)}")
    if not state.asked and not state.off_bank:
        return "No problem, welcome back! We hadn't started yet: ask me anything you like."
    return "No problem, welcome back! Go ahead with your next question whenever you're ready."
