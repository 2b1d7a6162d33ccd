"""Mock informational interviews: the pure core of /practice.

Two modes (design.md, flow 4):

- *You ask*: the bot plays the bank's persona. Each message the user types is matched to
  a bank question and answered in character; weak habits get a coaching note (job ask,
  googleable, yes/no, several at once). A simulated clock runs against the promised 20 or
  30 minutes, because watching the time and offering to wrap up is part of the skill
  (domain.md §3), and a real clock would make practice either rushed or meaningless.
- *They ask*: the persona asks the questions contacts ask back ("tell me about
  yourself"); each answer gets instant feedback on length, specifics, filler words,
  whether it turns back to the contact, and how long it took.

Both end in a scorecard. Everything here is plain data in, plain data out: no Telegram,
no SQL, no clock reads (times are passed in), and every state object round-trips through
JSON (``to_dict``/``from_dict``) because the shell stores it in SQLite between messages.
"""

from __future__ import annotations

import functools
import html
import random
import re
import zlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import Any, Literal

from bot.banks.model import CATEGORIES, Bank, Question
from bot.features.practice.matcher import Matcher, analyse_question, split_questions

__all__ = [
    "ALLOWED_MINUTES",
    "CONFIRM_TEXT",
    "QUESTION_MINUTES",
    "SPEAKING_WORDS_PER_MINUTE",
    "TIME_HINT_MINUTES",
    "YouAskState",
    "TurnResult",
    "TheyAskState",
    "Feedback",
    "Scorecard",
    "start_you_ask",
    "you_ask_turn",
    "start_they_ask",
    "they_ask_turn",
    "opening_line",
    "current_ask_back",
    "state_from_dict",
    "scorecard",
    "render_scorecard",
    "count_fillers",
    "find_specifics",
    "turns_back",
    "is_affirmative",
]

ALLOWED_MINUTES = (20, 30)
"""Meeting lengths the user can rehearse (domain.md: ask for 15-30 minutes)."""

QUESTION_MINUTES = 1.5
"""Simulated time to ask a question, listen to the lead-in and take a note."""

SPEAKING_WORDS_PER_MINUTE = 45.0
"""Bank answers are written summaries; said aloud with examples they run about three
times longer at ~130 spoken words a minute, so ~45 written words cost a minute."""

REPHRASE_MINUTES = 0.5
SMALL_TALK_MINUTES = 0.5
OPENING_MINUTES = 3.0
"""Greetings and thanks before any question, this early, open the meeting."""
TIME_HINT_MINUTES = 5.0
"""The persona mentions the time once this many simulated minutes are left."""

THEY_ASK_MIN, THEY_ASK_MAX = 4, 6
FIRST_ASK_BACK = "tell-me-about-yourself"

Mode = Literal["you_ask", "they_ask"]


# --------------------------------------------------------------------------- helpers


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def _parse(moment: str) -> datetime:
    return datetime.fromisoformat(moment)


def _words(text: str) -> list[str]:
    """Words as a word counter sees them: "FP&A", "I'm" and "\u00a33,000" count once."""
    return [token for token in text.split() if any(c.isalnum() for c in token)]


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip()]


def _from_dict(cls: type, data: dict[str, Any]) -> Any:
    """Build a dataclass from JSON data, ignoring unknown keys and keeping defaults for
    missing ones (states written by an older version still load)."""
    known = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in known})


def _json_copy(value: Any) -> Any:
    """A copy of JSON data (lists, dicts, scalars): what ``asdict`` gives for these states,
    at a tenth of its cost (it deep-copies every leaf). Practice steps serialise their state
    on every message, so this is on the bot's hot path."""
    if isinstance(value, list):
        return [_json_copy(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_copy(v) for k, v in value.items()}
    return value


class _Stored:
    """A dataclass kept as JSON in the dialogue row or the practice history. Its fields hold
    JSON types only (lists, dicts, strings, numbers, None)."""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _json_copy(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Any:
        return _from_dict(cls, data)


# --------------------------------------------------------------------------- you ask


@dataclass
class YouAskState(_Stored):
    """One 'you ask' rehearsal. All fields are JSON types; times are ISO strings."""

    field: str
    minutes: int
    started_at: str
    updated_at: str
    mode: str = "you_ask"
    elapsed: float = 0.0  # simulated minutes
    turns: int = 0
    asked: list[str] = field(default_factory=list)  # distinct matched ids, in order
    times_asked: dict[str, int] = field(default_factory=dict)
    categories: list[str] = field(default_factory=list)  # TIARA categories covered
    asked_referral: bool = False
    offered_wrap_up: bool = False
    wrap_up_on_time: bool = False
    wrap_up_at: float | None = None
    thanked: bool = False
    thanked_at_start: bool = False
    job_asks: int = 0
    googleable: int = 0
    closed: int = 0
    multiple: int = 0
    unmatched: int = 0
    follow_ups_offered: int = 0
    time_hint_given: bool = False
    closing: bool = False  # the user offered to wrap up; the next goodbye ends it
    # The question the persona asked about ("did you mean ...?") when it could not match a
    # message with confidence; a "yes" next answers it. ``pending_flags`` are the habits
    # already coached in that message, so confirming does not count them twice.
    pending_guess: str | None = None
    pending_flags: list[str] = field(default_factory=list)
    ended: bool = False
    end_reason: str | None = None  # "thanked" | "wrapped_up" | "time_up"
    reply_keys: list[int] = field(default_factory=list)  # crc32 of answers given
    # Snapshot for the scorecard, which only receives the state.
    persona_name: str = ""
    title: str = ""
    high_value: list[list[str]] = field(default_factory=list)  # [id, category, text]



@dataclass(frozen=True)
class TurnResult:
    """What the shell shows after one message in 'you ask' mode.

    ``reply`` is the persona speaking (plain text: escape it before sending as HTML);
    ``coaching`` are the coach's short notes; ``time_hint`` is the persona's "about five
    minutes left" line, set on the one turn it is due. ``guess_id`` is set when the persona
    asks "did you mean ...?": the bank question it guessed, which an affirmative next
    message ("yes", or ``CONFIRM_TEXT`` from a button) answers. ``score`` is the matcher's
    score for the message (0 for a confirmation).
    """

    reply: str
    coaching: list[str]
    elapsed_minutes: float
    time_hint: str | None
    ended: bool
    question_id: str | None = None
    score: float = 0.0
    guess_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def start_you_ask(bank: Bank, minutes: int, now: datetime) -> YouAskState:
    """A fresh 'you ask' session against ``bank``'s persona for ``minutes`` (20 or 30)."""
    if minutes not in ALLOWED_MINUTES:
        raise ValueError(f"minutes must be one of {ALLOWED_MINUTES}, got {minutes!r}")
    return YouAskState(
        field=bank.field,
        minutes=minutes,
        started_at=_iso(now),
        updated_at=_iso(now),
        persona_name=bank.persona.name,
        title=bank.title,
        high_value=[[q.id, q.category, q.text] for q in bank.questions if q.value == "high"],
    )


# Rules for what a message *does*, besides asking a question. Each is one regex so the
# behaviour is easy to read and to test.
_WRAP_UP = re.compile(
    r"\b(?:i\s+know\s+you(?:'re|\s+are)\s+(?:really\s+|very\s+|so\s+)?busy"
    r"|(?:i'm|i\s+am)\s+(?:conscious|aware|mindful)\s+of\s+(?:your|the)\s+time"
    r"|mindful\s+of\s+(?:your|the)\s+time|respect\s+your\s+time"
    r"|let\s+you\s+go|wrap\s+(?:this\s+|things\s+|it\s+)?up|wind\s+(?:this\s+|things\s+)?down"
    r"|(?:don't|do\s+not)\s+want\s+to\s+keep\s+you|not\s+keep\s+you|keep\s+you\s+(?:much\s+)?longer"
    r"|take\s+up\s+(?:any\s+)?more\s+of\s+your\s+time"
    r"|(?:we're|we\s+are)\s+(?:almost|nearly|about)\s+(?:out\s+of|at)\s+time)",
    re.IGNORECASE,
)
"""Offering to wrap up (domain.md §3: watch the clock and offer it yourself)."""

_CLOSING_THANKS = re.compile(
    r"\b(?:thank(?:s|\s+you)(?:\s+(?:so|very|ever\s+so)\s+much|\s+a\s+lot|\s+again)?"
    r"(?:\s+\w+){0,3}\s+for\s+(?:your\s+time|the\s+time|taking\s+the\s+time|making\s+(?:the\s+)?time"
    r"|(?:this|the|our)\s+(?:chat|conversation|call|meeting|talk)|meeting|talking|speaking"
    r"|chatting|sharing|all\s+(?:of\s+)?(?:this|that|your\s+help|the\s+advice)|your\s+help"
    r"|the\s+advice|everything)"
    r"|(?:really|truly)?\s*appreciate\s+(?:your|the)\s+time|much\s+appreciated)",
    re.IGNORECASE,
)
"""Thanking the contact for the meeting (not a passing "thanks, that's helpful")."""

_GOODBYE = re.compile(
    r"\b(?:bye|goodbye|take\s+care|talk\s+soon|have\s+a\s+(?:good|great|nice)\s+\w+)\b",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|good\s+(?:morning|afternoon|evening)|(?:nice|great|lovely)\s+to\s+meet"
    r"|thanks?\s+(?:you\s+)?(?:so\s+much\s+)?for\s+(?:meeting|making|taking|agreeing|having))",
    re.IGNORECASE,
)
_THANKS = re.compile(r"\b(?:thanks|thank\s+you|appreciate)\b", re.IGNORECASE)
_REFERRAL = re.compile(
    r"\b(?:who\s+else|anyone\s+else|anybody\s+else|someone\s+else|other\s+people\s+(?:i|to|who)"
    r"|introduce\s+me|put\s+me\s+in\s+touch|connect\s+me\s+with"
    r"|people\s+i\s+(?:should|could|might)\s+(?:talk|speak|reach))",
    re.IGNORECASE,
)
"""Asking for more people to talk to (every seed: "who else should I talk to?")."""


CONFIRM_TEXT = "Yes, that one"
"""What a "did you mean ...?" button sends: an affirmative (``is_affirmative``)."""

_YES = (
    r"(?:yes|yeah|yeh|yep|yup|yea|ya|aye|sure\s+thing|sure|right|correct|exactly|absolutely|"
    r"definitely|indeed|precisely|bingo|spot\s+on|you\s+got\s+it|i\s+did|i\s+do|"
    r"that(?:'s|s|\s+is|\s+was)\s+(?:it|right|correct|the\s+one|what\s+i\s+meant)|"
    r"that\s+one|the\s+first\s+one)"
)
_AFFIRMATIVE = re.compile(
    rf"(?:oh\s+|ah\s+|um\s+|well\s+|ok\s+|okay\s+)?{_YES}"
    rf"(?:\s+(?:{_YES}|please|thanks|thank\s+you|so|just|really))*"
)
"""A whole message that only says yes: "yes", "Yeah!", "that's it", "Yes, that one"."""


def is_affirmative(text: str) -> bool:
    """Whether ``text`` is only a yes (any case, any punctuation): the answer to "did you
    mean ...?" that confirms the guess. "Yes, and who else should I talk to?" is not."""
    cleaned = re.sub(r"[^a-z' ]+", " ", text.lower().replace("\u2019", "'").replace("`", "'"))
    return bool(_AFFIRMATIVE.fullmatch(" ".join(cleaned.replace(" '", " ").split())))


def _category_label(category: str) -> str:
    return category.capitalize()


@functools.lru_cache(maxsize=1024)
def _minutes_for_answer(text: str) -> float:  # the bank's answers: a fixed set, each counted once
    return QUESTION_MINUTES + len(_words(text)) / SPEAKING_WORDS_PER_MINUTE


def _suggest(
    state: YouAskState, bank: Bank, exclude: Iterable[str] = (), prefer: Iterable[str] = ()
) -> Question | None:
    """A high-value question not yet asked: the "better alternative" a coaching note points
    at. Preferred categories first, then TIARA categories not yet covered, then bank order."""
    skip = set(state.asked) | set(exclude)
    options = [q for q in bank.questions if q.value == "high" and q.id not in skip]
    if not options:
        return None
    preferred = list(prefer)
    covered = set(state.categories)
    options.sort(
        key=lambda q: (
            preferred.index(q.category) if q.category in preferred else len(preferred),
            q.category in covered,
        )
    )
    return options[0]


# Where a better question usually lies for each habit: ask for advice or trends instead of
# a job; for their own experience instead of web facts.
_PREFER = {
    "job_ask": ("advice", "resources"),
    "googleable": ("insights", "assignments"),
}


def _coaching(
    flags: Iterable[str], text: str, state: YouAskState, bank: Bank, question: Question | None
) -> list[str]:
    """One short note per weak habit, each with a better question to ask instead."""
    notes: list[str] = []
    exclude = [question.id] if question else []
    for flag in flags:
        if flag == "job_ask":
            alt = _suggest(state, bank, exclude, _PREFER["job_ask"])
            note = (
                "Job ask: an informational interview is for advice, not openings; asking"
                " for a job can use up their goodwill."
            )
            if alt:
                note += f" Ask instead: \u201c{alt.text}\u201d"
        elif flag == "googleable":
            alt = _suggest(state, bank, exclude, _PREFER["googleable"])
            note = (
                "A quick web search answers that. Spend your minutes on what only they"
                " can tell you."
            )
            if alt:
                note += f" For example: \u201c{alt.text}\u201d"
        elif flag == "closed":
            alt = _open_alternative(state, bank, question)
            note = "Yes/no question: start with what or how so they tell you a story."
            if alt:
                note += f" Try: \u201c{alt.text}\u201d"
        elif flag == "multiple":
            parts = split_questions(text)
            first = parts[0].rstrip(" ?.") + "?" if parts else ""
            first = first[:1].upper() + first[1:]
            note = (
                "Several questions at once: they will usually answer only one. Ask one,"
                " listen, then follow up."
            )
            if first:
                note += f" Start with: \u201c{first}\u201d"
        else:
            continue
        notes.append(note)
    return notes


def _open_alternative(state: YouAskState, bank: Bank, question: Question | None) -> Question | None:
    """An open question on the same topic area as a closed one, not yet asked."""
    if question is not None:
        same = [
            q
            for q in bank.questions
            if q.category == question.category
            and q.id != question.id
            and q.id not in state.asked
            and q.value == "high"
            and not ({"closed", "googleable", "job_ask"} & set(q.flags))
        ]
        if same:
            return same[0]
    return _suggest(state, bank, [question.id] if question else [])


def _repeat_reply(state: YouAskState, bank: Bank, question: Question) -> str:
    """A short "as I mentioned" answer, never the same words as before."""
    sentences = _sentences(question.answer)
    first = sentences[0] if sentences else question.answer
    last = sentences[-1] if len(sentences) > 1 else first
    alt = _suggest(state, bank, [question.id])
    options = [
        f"As I mentioned earlier: {first}",
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


def _answer(state: YouAskState, question: Question) -> str:
    """The persona's answer, with its follow-up on every other occasion one exists."""
    text = question.answer
    if question.follow_up:
        if state.follow_ups_offered % 2 == 0:
            text = f"{text}\n\n{question.follow_up}"
        state.follow_ups_offered += 1
    return text


def _rephrase(state: YouAskState, bank: Bank, question: Question | None) -> str:
    if question is not None:
        return (
            "Sorry, I'm not quite sure what you're asking. Did you mean"
            f" \u201c{question.text}\u201d? If so, just say yes; if not, could you put it"
            " another way?"
        )
    options = (
        "Sorry, I'm not sure I follow. Could you put that another way?",
        "Hmm, I'm not sure how to answer that one. Could you ask it differently?",
        "I didn't quite get that, I'm afraid. Can you rephrase it?",
    )
    return options[state.unmatched % len(options)]


_TIME_HINT = "Just so you know, we have about five minutes left."
_TIME_UP = (
    "Oh, I'm sorry, I'm going to have to stop there: my next meeting is about to start."
    " Good luck, and feel free to email me if anything else comes up."
)
_GOODBYE_THANKED = (
    "It was a pleasure, thanks for being so well prepared. Good luck, and do let me know"
    " how you get on."
)
_GOODBYE_PLAIN = "All right, I'll let you go then. Best of luck with it all."
_WRAP_ACK = (
    "That's kind of you to keep an eye on the clock. I've got a couple of minutes left:"
    " was there anything last you wanted to ask?"
)
_EARLY_THANKS = "You're welcome! We've still got time, though, if you have more questions."
_GREETING_REPLY = "Nice to meet you too, and happy to help. Go ahead: what would you like to know?"
_ENDED = "This practice meeting has finished. Send /practice to start another one."
_EMPTY = "Sorry, I didn't catch that. What did you want to ask?"


def you_ask_turn(
    state: YouAskState, bank: Bank, matcher: Matcher, text: str, now: datetime
) -> tuple[YouAskState, TurnResult]:
    """Play one exchange: the user's message in, the persona's reply and coaching out.

    The state is updated in place and also returned, so the shell can write it back.
    """
    if state.ended:
        return state, TurnResult(_ENDED, [], round(state.elapsed, 1), None, True)
    text = (text or "").strip()
    state.updated_at = _iso(now)
    if not text:
        return state, TurnResult(
            _EMPTY, [], round(state.elapsed, 1), None, False, guess_id=state.pending_guess
        )

    before = state.elapsed
    state.turns += 1
    # A "did you mean ...?" is answered by the very next message, or forgotten.
    guess, coached = state.pending_guess, set(state.pending_flags)
    state.pending_guess, state.pending_flags = None, []
    confirmed = bank.question(guess) if guess and is_affirmative(text) else None
    if confirmed is None:
        coached = set()  # a new message: its habits are its own
    if confirmed is not None:
        # "Yes": the guessed question, asked in the earlier message's words (whose habits
        # were coached then); only the question's own flags can still teach something.
        flags: list[str] = []
        score = 0.0
        question: Question | None = confirmed
        runner_up = None
    else:
        flags = analyse_question(text)
        match = matcher.match(text, flags)
        score, runner_up = match.score, match.runner_up
        question = bank.question(match.question_id) if match.question_id else None
    wrap = bool(_WRAP_UP.search(text)) or bool(question and "wrap_up" in question.flags)
    if (
        confirmed is None
        and question is not None
        and "wrap_up" in question.flags
        and "?" not in text
    ):
        question = None  # "I'm conscious of your time, I'll let you go." asks nothing
    thanks = bool(_CLOSING_THANKS.search(text))
    referral = bool(_REFERRAL.search(text))
    if question is None and referral:
        # "Who else should I talk to?" phrased in a way the matcher missed still deserves
        # the persona's referral answer.
        question = next((q for q in bank.questions if "referral" in q.flags), None)
    late = state.closing or state.time_hint_given or before >= state.minutes / 2
    opening = not state.asked and before < OPENING_MINUTES

    parts: list[str] = []
    coaching: list[str] = []
    ends: str | None = None

    if wrap and not state.offered_wrap_up:
        state.offered_wrap_up = True
        state.wrap_up_at = round(before, 1)
        state.wrap_up_on_time = before < state.minutes

    if question is not None:
        # A real question: answer it (even inside a goodbye: "...and who else should I
        # talk to?"), then see whether the message also closes the meeting.
        flags = [f for f in _lessons(flags, question) if f not in coached]
        coaching = _coaching(flags, text, state, bank, question)
        _count(state, flags)
        seen = state.times_asked.get(question.id, 0)
        state.times_asked[question.id] = seen + 1
        if seen:
            reply = _repeat_reply(state, bank, question)
            state.elapsed += QUESTION_MINUTES / 2 + len(_words(reply)) / SPEAKING_WORDS_PER_MINUTE
        else:
            reply = _answer(state, question)
            state.asked.append(question.id)
            if question.category not in state.categories:
                state.categories.append(question.category)
            # A closed question's tip scolds the yes/no shape; skip it when the user's
            # own words were open and only the topic matched.
            if question.tip and ("closed" not in question.flags or "closed" in flags):
                coaching.append(f"Tip: {question.tip}")
            state.elapsed += _minutes_for_answer(reply)
        state.reply_keys.append(zlib.crc32(reply.encode()))
        if "referral" in question.flags or referral:
            state.asked_referral = True
        parts.append(reply)
        if opening and _THANKS.search(text):
            state.thanked_at_start = True
        if thanks and (late or wrap):
            state.thanked = True
            parts.append(_GOODBYE_THANKED)
            ends = "thanked"
        elif wrap:
            state.closing = True
    elif opening and (thanks or _GREETING.search(text)) and "?" not in text:
        # "Hi, thanks so much for making the time" opens the meeting; it is not a goodbye.
        state.elapsed += SMALL_TALK_MINUTES
        state.thanked_at_start = state.thanked_at_start or thanks or bool(_THANKS.search(text))
        parts.append(_GREETING_REPLY)
    elif thanks or wrap or state.closing:
        # Closing the meeting: thanks, an offer to wrap up, or anything but a question
        # once the wrap-up was offered.
        state.elapsed += SMALL_TALK_MINUTES
        if thanks and (late or wrap):
            state.thanked = True
            parts.append(_GOODBYE_THANKED)
            ends = "thanked"
        elif thanks:
            parts.append(_EARLY_THANKS)
        elif wrap and not state.closing:
            state.closing = True
            parts.append(_WRAP_ACK)
        else:
            parts.append(_GOODBYE_PLAIN)
            ends = "wrapped_up"
    elif _GOODBYE.search(text) and "?" not in text:
        parts.append(_GOODBYE_PLAIN)
        ends = "wrapped_up"
    else:
        flags = _lessons(flags, None)
        coaching = _coaching(flags, text, state, bank, None)
        _count(state, flags)
        offered = bank.question(runner_up) if runner_up else None
        if offered is not None:
            state.pending_guess, state.pending_flags = offered.id, list(flags)
        parts.append(_rephrase(state, bank, offered))
        state.unmatched += 1
        state.elapsed += REPHRASE_MINUTES

    if ends is None and state.elapsed >= state.minutes:
        parts.append(_TIME_UP)
        ends = "time_up"
    time_hint = None
    if (
        ends is None
        and not state.time_hint_given
        and not state.offered_wrap_up  # they are already watching the clock
        and state.minutes - state.elapsed <= TIME_HINT_MINUTES
    ):
        state.time_hint_given = True
        time_hint = _TIME_HINT
    if ends is not None:
        state.ended = True
        state.end_reason = ends
        state.closing = False

    state.elapsed = round(state.elapsed, 2)
    return state, TurnResult(
        reply="\n\n".join(parts),
        coaching=coaching,
        elapsed_minutes=round(state.elapsed, 1),
        time_hint=time_hint,
        ended=state.ended,
        question_id=question.id if question else None,
        score=score,
        guess_id=state.pending_guess,
    )


def _lessons(flags: Iterable[str], question: Question | None) -> list[str]:
    """The habits to coach on for one message, one lesson at a time.

    The bank's flags add what the wording may hide (a job ask or a googleable question is
    one whatever the phrasing), but "closed" is judged on the user's own words: "How hard
    is it to get in?" is open even if it matched the bank's yes/no version. A job ask or a
    googleable question is the bigger problem, so its yes/no shape is not mentioned too.
    """
    found = list(flags)
    if question is not None:
        found += [f for f in question.flags if f in ("job_ask", "googleable")]
    found = list(dict.fromkeys(found))
    if "job_ask" in found or "googleable" in found:
        found = [f for f in found if f != "closed"]
    return found


def _count(state: YouAskState, flags: Iterable[str]) -> None:
    for flag in set(flags):
        if flag == "job_ask":
            state.job_asks += 1
        elif flag == "googleable":
            state.googleable += 1
        elif flag == "closed":
            state.closed += 1
        elif flag == "multiple":
            state.multiple += 1


# --------------------------------------------------------------------------- they ask


@dataclass
class TheyAskState(_Stored):
    """One 'they ask' rehearsal: the persona's questions and the feedback so far."""

    field: str
    queue: list[str]  # ask-back ids, in the order they are asked
    started_at: str
    updated_at: str
    asked_at: str  # when the current question was sent
    mode: str = "they_ask"
    index: int = 0  # position in queue of the question waiting for an answer
    answers: list[dict[str, Any]] = field(default_factory=list)  # Feedback.to_dict()s
    ended: bool = False
    persona_name: str = ""
    title: str = ""



@dataclass(frozen=True)
class Feedback:
    """Instant feedback on one answer, plus what comes next."""

    ask_back_id: str
    question: str
    words: int
    target: tuple[int, int]
    length: str  # "too_short" | "good" | "too_long"
    specifics: list[str]
    fillers: dict[str, int]
    filler_count: int
    turns_back: bool
    seconds: int
    notes: list[str]
    covers: list[str]
    next_question: str | None
    next_id: str | None
    ended: bool

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["target"] = list(self.target)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Feedback:
        data = dict(data)
        data["target"] = tuple(data.get("target", (0, 0)))
        return _from_dict(cls, data)


def start_they_ask(bank: Bank, now: datetime, count: int = 5, seed: int = 0) -> TheyAskState:
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
        started_at=_iso(now),
        updated_at=_iso(now),
        asked_at=_iso(now),
        persona_name=bank.persona.name,
        title=bank.title,
    )


def current_ask_back(state: TheyAskState, bank: Bank) -> str | None:
    """The question waiting for an answer, or None once the session is over."""
    if state.ended or state.index >= len(state.queue):
        return None
    ask = bank.ask_back(state.queue[state.index])
    return ask.text if ask else None


def opening_line(state: YouAskState | TheyAskState, bank: Bank) -> str:
    """The persona's first message: the greeting, plus the first question in 'they ask'."""
    if isinstance(state, TheyAskState):
        first = current_ask_back(state, bank) or ""
        name = bank.persona.name.split()[0]
        intro = (
            f"Hi, I'm {name}, good to meet you. Before we get to your questions, I'd like to"
            " hear a bit about you."
        )
        return f"{intro}\n\n{first}".strip()
    return greeting(bank, state.minutes)


def greeting(bank: Bank, minutes: int) -> str:
    """The persona's hello, stating the length the user chose (`{minutes}` in the bank)."""
    text = bank.persona.greeting
    if "{minutes}" in text:
        return text.replace("{minutes}", str(minutes))
    return f"{text} I've got {minutes} minutes."


_FILLER_PATTERNS: dict[str, re.Pattern[str]] = {
    "um": re.compile(r"\b(?:um+|umm+|erm+)\b", re.IGNORECASE),
    "uh": re.compile(r"\b(?:uh+|er)\b(?!-)", re.IGNORECASE),
    # "like" only as a filler: set off by commas, or after was/is/it's; never "I like
    # data", "would like to", "looks like", "something like".
    "like": re.compile(
        r"(?:(?<=,)\s*like\b|\blike\s*,|\b(?:was|is|it's|were|and|just|so)\s+like\b(?!\s+to\b))",
        re.IGNORECASE,
    ),
    "you know": re.compile(
        r"(?<!\bdo )(?<!\bdid )(?<!\blet )(?<!\bif )\byou\s+know\b(?!\s+(?:what|how|who|where|when"
        r"|why|about|anyone|someone|of)\b)",
        re.IGNORECASE,
    ),
    "basically": re.compile(r"\bbasically\b", re.IGNORECASE),
    "actually": re.compile(r"\bactually\b", re.IGNORECASE),
    "kind of": re.compile(
        r"(?<!\bwhat )(?<!\bthe )(?<!\ba )(?<!\bthis )(?<!\bthat )(?<!\bany )(?<!\bwhich )"
        r"(?<!\bsome )(?<!\bsame )\bkind\s+of\b",
        re.IGNORECASE,
    ),
    "sort of": re.compile(
        r"(?<!\bwhat )(?<!\bthe )(?<!\ba )(?<!\bthis )(?<!\bthat )(?<!\bany )(?<!\bwhich )"
        r"(?<!\bsome )(?<!\bsame )\bsort\s+of\b",
        re.IGNORECASE,
    ),
    "I mean": re.compile(r"\bI\s+mean\b", re.IGNORECASE),
    "literally": re.compile(r"\bliterally\b", re.IGNORECASE),
}
"""Filler words counted in 'they ask' answers; each rule skips the word's real uses."""


def count_fillers(text: str) -> dict[str, int]:
    """Filler words and how often each occurs (only those that occur)."""
    counts = {name: len(p.findall(text)) for name, p in _FILLER_PATTERNS.items()}
    return {name: n for name, n in counts.items() if n}


_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    "fifty|hundred|hundreds|thousand|thousands|million|dozen"
)
_UNITS = (
    r"(?:years?|months?|weeks?|days?|hours?|people|students|pupils|patients|customers|clients"
    r"|users|projects|reports|teams?|stores|sites|countries|languages|percent|per\s+cent)"
)
_NUMBER = re.compile(
    r"[$\u00a3\u20ac]\s?\d[\d,.]*\s?[kKmM]?"  # money: "\u00a33,000", "$40k"
    rf"|\b\d[\d,.]*(?:\s?%|\s+{_UNITS}\b)?"  # "12%", "3 years", "2019"
    rf"|\b(?:{_NUMBER_WORDS})\s+[a-z]+",  # "five people", "two books"
    re.IGNORECASE,
)
_EXAMPLE = re.compile(
    r"\b(?:for\s+example|for\s+instance|e\.g\.|such\s+as|when\s+I|last\s+(?:year|month|week|summer)"
    r"|I\s+once|one\s+time|in\s+my\s+(?:last|current|previous)\s+(?:role|job)"
    r"|I\s+(?:led|built|ran|organised|organized|managed|created|launched|wrote|designed|taught"
    r"|analysed|analyzed|set\s+up|started))\b",
    re.IGNORECASE,
)
# fmt: off
_NOT_NAMES = frozenset(
    (
        "I", "I'm", "I've", "I'd", "I'll", "Im", "Ive", "Id", "Hi", "Hello", "Yes", "No", "Yeah",
        "OK", "Okay", "So", "And", "But", "Or", "Also", "Well", "Then", "Now", "Right", "Sure",
        "Thanks", "Thank", "Mr", "Mrs", "Ms", "Dr"
    )
)
# fmt: on


def find_specifics(text: str) -> list[str]:
    """Concrete details in an answer: numbers, names (tools, organisations, places) and
    example phrases ("for example", "when I"). Returned in order, without duplicates."""
    found: list[str] = []
    for m in _NUMBER.finditer(text):
        found.append(m.group(0).strip(" ,."))
    sentence_starts = {0} | {m.end() for m in re.finditer(r"[.!?]\s+|\n+", text)}
    for m in re.finditer(
        r"\b[A-Z][A-Za-z0-9&+#.'\u2019-]*[A-Za-z0-9+#](?:\s+(?:of\s+|&\s+)?[A-Z][A-Za-z0-9&+#'-]*)*",
        text,
    ):
        name = m.group(0)
        first = name.split()[0]
        if first in _NOT_NAMES and len(name.split()) == 1:
            continue
        at_start = m.start() in sentence_starts
        acronym = len(first) >= 2 and first.isupper()
        mixed = any(c.isupper() for c in first[1:]) or any(c.isdigit() for c in first)
        if at_start and not (acronym or mixed or len(name.split()) > 1):
            continue  # an ordinary capitalised first word
        if at_start and len(name.split()) > 1 and not (acronym or mixed):
            name = " ".join(name.split()[1:])  # "Then Google" -> "Google"
            if name in _NOT_NAMES:
                continue
        found.append(name)
    for m in _EXAMPLE.finditer(text):
        found.append(m.group(0))
    seen: set[str] = set()
    unique: list[str] = []
    for item in found:
        key = item.lower()
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_YOU_FILLER = re.compile(r"\byou\s+know\b", re.IGNORECASE)


def turns_back(text: str) -> bool:
    """Does the answer hand the conversation back: a closing question, or a mention of
    them ("you"/"your", not the filler "you know")?"""
    stripped = text.strip()
    if stripped.endswith("?"):
        return True
    return bool(_YOU.search(_YOU_FILLER.sub(" ", stripped)))


def they_ask_turn(
    state: TheyAskState, bank: Bank, answer_text: str, answered_at: datetime
) -> tuple[TheyAskState, Feedback]:
    """Score one answer and move to the next question (or the end)."""
    if state.ended or state.index >= len(state.queue):
        state.ended = True
        return state, Feedback(
            ask_back_id="",
            question="",
            words=0,
            target=(0, 0),
            length="good",
            specifics=[],
            fillers={},
            filler_count=0,
            turns_back=False,
            seconds=0,
            notes=[_ENDED],
            covers=[],
            next_question=None,
            next_id=None,
            ended=True,
        )
    ask = bank.ask_back(state.queue[state.index])
    if ask is None:  # the bank changed under a stored session: skip the stale id
        state.index += 1
        return they_ask_turn(state, bank, answer_text, answered_at)

    text = (answer_text or "").strip()
    words = len(_words(text))
    low, high = ask.target_words
    length = "too_short" if words < low else "too_long" if words > high else "good"
    specifics = find_specifics(text)
    fillers = count_fillers(text)
    filler_total = sum(fillers.values())
    back = turns_back(text)
    seconds = max(0, int((answered_at - _parse(state.asked_at)).total_seconds()))

    notes = [_length_note(length, words, low, high)]
    if specifics:
        shown = ", ".join(f"\u201c{s}\u201d" for s in specifics[:3])
        notes.append(f"Specifics: {len(specifics)} ({shown}). Concrete details make you memorable.")
    else:
        notes.append("No specifics yet: add a number, a name or a quick \u201cfor example\u201d.")
    if filler_total:
        listed = ", ".join(f"{name} \u00d7{n}" for name, n in fillers.items())
        notes.append(f"Filler words: {filler_total} ({listed}). A short pause sounds more sure.")
    else:
        notes.append("No filler words. Nice and clean.")
    if back:
        notes.append("You turned it back to them. Good: it keeps the conversation about them.")
    else:
        notes.append(
            "Turn it back to them at the end, e.g. \u201c...which is why I'd love to hear how"
            " you made that move.\u201d"
        )
    notes.append(f"Answered in {_duration(seconds)}.")
    if length == "too_short":
        notes.append("A strong answer covers: " + "; ".join(ask.covers) + ".")

    state.index += 1
    state.updated_at = _iso(answered_at)
    state.asked_at = _iso(answered_at)
    next_id = state.queue[state.index] if state.index < len(state.queue) else None
    next_ask = bank.ask_back(next_id) if next_id else None
    if next_ask is None:
        state.ended = True
        next_id = None

    feedback = Feedback(
        ask_back_id=ask.id,
        question=ask.text,
        words=words,
        target=(low, high),
        length=length,
        specifics=specifics,
        fillers=fillers,
        filler_count=filler_total,
        turns_back=back,
        seconds=seconds,
        notes=notes,
        covers=list(ask.covers),
        next_question=next_ask.text if next_ask else None,
        next_id=next_id,
        ended=state.ended,
    )
    state.answers.append(feedback.to_dict())
    return state, feedback


def _length_note(length: str, words: int, low: int, high: int) -> str:
    count = f"{words} word{'' if words == 1 else 's'}"
    if length == "too_short":
        return f"Too short: {count}; aim for {low}\u2013{high}."
    if length == "too_long":
        return f"Too long: {count}; aim for {low}\u2013{high}, then let them ask more."
    return f"Good length: {count} (target {low}\u2013{high})."


def _duration(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} s"
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


def state_from_dict(data: dict[str, Any]) -> YouAskState | TheyAskState:
    """Either state from its JSON form, by its ``mode``."""
    if data.get("mode") == "they_ask":
        return TheyAskState.from_dict(data)
    return YouAskState.from_dict(data)


# --------------------------------------------------------------------------- scorecard


@dataclass
class Scorecard(_Stored):
    """The debrief after a session, kept in the user's history (JSON via ``to_dict``)."""

    mode: str
    field: str
    title: str
    persona_name: str
    score: float  # out of 10
    explanation: str
    improvements: list[str] = field(default_factory=list)
    # you ask
    minutes_planned: int = 0
    minutes_used: float = 0.0
    questions_asked: int = 0
    categories_covered: list[str] = field(default_factory=list)
    categories_missing: list[str] = field(default_factory=list)
    asked_referral: bool = False
    offered_wrap_up: bool = False
    wrap_up_on_time: bool = False
    thanked: bool = False
    never_asked_for_job: bool = True
    job_asks: int = 0
    googleable: int = 0
    closed: int = 0
    multiple: int = 0
    end_reason: str | None = None
    not_asked: list[dict[str, str]] = field(default_factory=list)  # id, category, text
    # they ask
    answers: list[dict[str, Any]] = field(default_factory=list)
    averages: dict[str, float] = field(default_factory=dict)



# Points for 'you ask' (out of 10): what domain.md §3 says a good meeting does.
_POINTS_PER_CATEGORY = 0.6  # 3.0 for all five TIARA categories
_POINTS_REFERRAL = 2.0
_POINTS_WRAP_UP = 1.5
_POINTS_THANKS = 1.5
_POINTS_NO_JOB_ASK = 1.0
_POINTS_CLEAN = 1.0  # minus 0.25 per googleable / closed / several-at-once question
_FULL_MEETING_QUESTIONS = 5  # domain.md: a 20-30 minute meeting fits about 5-8 questions


def scorecard(state: YouAskState | TheyAskState) -> Scorecard:
    """The debrief for either mode (works mid-session too: it scores what happened)."""
    if isinstance(state, TheyAskState):
        return _they_ask_card(state)
    return _you_ask_card(state)


def _you_ask_card(state: YouAskState) -> Scorecard:
    covered = [c for c in CATEGORIES if c in state.categories]
    missing = [c for c in CATEGORIES if c not in state.categories]
    weak = state.googleable + state.closed + state.multiple
    clean = max(0.0, _POINTS_CLEAN - 0.25 * weak)
    wrap_ok = state.offered_wrap_up and state.wrap_up_on_time
    # Good manners in a meeting cut short earn in proportion to the meeting held: three
    # questions, a thank-you and a goodbye is not an 8/10 rehearsal.
    asked = len(state.asked)
    depth = min(1.0, asked / _FULL_MEETING_QUESTIONS)
    conduct = (
        (_POINTS_WRAP_UP if wrap_ok else 0)
        + (_POINTS_THANKS if state.thanked else 0)
        + (_POINTS_NO_JOB_ASK if state.job_asks == 0 else 0)
        + clean
    )
    score = (
        _POINTS_PER_CATEGORY * len(covered)
        + (_POINTS_REFERRAL if state.asked_referral else 0)
        + depth * conduct
    )
    good: list[str] = [f"covered {len(covered)} of 5 TIARA categories"]
    lost: list[str] = []
    if depth < 1:
        lost.append(f"a short meeting ({asked} question{'s' if asked != 1 else ''})")
    (good if state.asked_referral else lost).append("asking who else to talk to")
    (good if wrap_ok else lost).append("offering to wrap up on time")
    (good if state.thanked else lost).append("thanking them")
    if state.job_asks:
        lost.append("asking for a job")
    if weak:
        lost.append(f"{weak} weak question{'s' if weak != 1 else ''}")
    explanation = "You " + good[0]
    extra = good[1:]
    if extra:
        explanation += ", with credit for " + _join(extra)
    explanation += "."
    if lost:
        explanation += " Points missed: " + _join(lost) + "."

    seen = set(state.asked)
    options = [(qid, cat, text) for qid, cat, text in state.high_value if qid not in seen]
    options.sort(key=lambda o: o[1] in state.categories)  # uncovered categories first
    not_asked = [{"id": i, "category": c, "text": t} for i, c, t in options[:3]]

    improvements: list[str] = []
    if depth < 1:
        improvements.append(
            f"Use the time: {state.minutes} minutes fit about 5\u20138 questions, and you "
            f"asked {asked}."
        )
    if missing:
        improvements.append(
            "Cover the missing TIARA categories: " + ", ".join(_category_label(c) for c in missing)
        )
    if not state.asked_referral:
        improvements.append(
            "Before you finish, ask \u201cWho else would you suggest I talk to?\u201d"
        )
    if not wrap_ok:
        improvements.append("Watch the clock and offer to wrap up yourself before time runs out.")
    if not state.thanked:
        improvements.append("Close by thanking them for their time.")
    if state.job_asks:
        improvements.append("Never ask for a job or hand over a CV unless they ask for it.")

    return Scorecard(
        mode="you_ask",
        field=state.field,
        title=state.title,
        persona_name=state.persona_name,
        score=round(min(10.0, score), 1),
        explanation=explanation,
        improvements=improvements[:3],
        minutes_planned=state.minutes,
        minutes_used=round(state.elapsed, 1),
        questions_asked=len(state.asked),
        categories_covered=covered,
        categories_missing=missing,
        asked_referral=state.asked_referral,
        offered_wrap_up=state.offered_wrap_up,
        wrap_up_on_time=wrap_ok,
        thanked=state.thanked,
        never_asked_for_job=state.job_asks == 0,
        job_asks=state.job_asks,
        googleable=state.googleable,
        closed=state.closed,
        multiple=state.multiple,
        end_reason=state.end_reason,
        not_asked=not_asked,
    )


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _answer_points(answer: dict[str, Any]) -> float:
    """Out of 10: length 4, specifics 3, fillers 2, turning back 1."""
    points = 4.0 if answer["length"] == "good" else 1.5
    points += min(3.0, 1.5 * len(answer["specifics"]))
    points += 2.0 if answer["filler_count"] == 0 else 1.0 if answer["filler_count"] <= 2 else 0.0
    points += 1.0 if answer["turns_back"] else 0.0
    return points


def _they_ask_card(state: TheyAskState) -> Scorecard:
    answers = state.answers
    summary = [
        {
            "id": a["ask_back_id"],
            "question": a["question"],
            "words": a["words"],
            "target": list(a["target"]),
            "length": a["length"],
            "specifics": len(a["specifics"]),
            "fillers": a["filler_count"],
            "seconds": a["seconds"],
            "turns_back": a["turns_back"],
        }
        for a in answers
    ]
    n = len(answers)

    def avg(key: str) -> float:
        return round(sum(s[key] for s in summary) / n, 1) if n else 0.0

    averages = {
        "words": avg("words"),
        "specifics": avg("specifics"),
        "fillers": avg("fillers"),
        "seconds": avg("seconds"),
    }
    score = round(sum(_answer_points(a) for a in answers) / n, 1) if n else 0.0

    issues: list[tuple[float, str]] = []
    short = [s for s in summary if s["length"] == "too_short"]
    long_ = [s for s in summary if s["length"] == "too_long"]
    if short:
        s = short[0]
        issues.append(
            (
                len(short) / max(n, 1) + 0.5,
                f"Say more: {len(short)} of {n} answers were under target (e.g. {s['words']}"
                f" words where {s['target'][0]}\u2013{s['target'][1]} fits). Add one example.",
            )
        )
    if long_:
        issues.append(
            (
                len(long_) / max(n, 1) + 0.4,
                f"Tighten up: {len(long_)} of {n} answers ran long. Lead with the point, give"
                " one example, then stop and let them ask.",
            )
        )
    plain = [s for s in summary if s["specifics"] == 0]
    if plain:
        issues.append(
            (
                len(plain) / max(n, 1) + 0.45,
                f"Be concrete: {len(plain)} answer{'s' if len(plain) != 1 else ''} had no"
                " specifics. Name a tool, an organisation or a number, or say \u201cfor"
                " example, when I...\u201d.",
            )
        )
    filler_totals: dict[str, int] = {}
    for a in answers:
        for name, count in a["fillers"].items():
            filler_totals[name] = filler_totals.get(name, 0) + count
    if averages["fillers"] >= 1.5:
        worst = max(filler_totals, key=filler_totals.__getitem__)
        issues.append(
            (
                0.4 + averages["fillers"] / 10,
                f"Cut the fillers: {averages['fillers']} per answer on average, mostly"
                f" \u201c{worst}\u201d (\u00d7{filler_totals[worst]}). Pause instead.",
            )
        )
    no_back = [s for s in summary if not s["turns_back"]]
    if n and len(no_back) > n / 2:
        issues.append(
            (
                0.3,
                f"Hand it back: {len(no_back)} of {n} answers ended without turning to them."
                " Finish with a question about their path.",
            )
        )
    if averages["seconds"] > 120:
        issues.append(
            (
                0.2,
                f"Answer sooner: {averages['seconds']:.0f} s on average. Rehearse these until"
                " you can start straight away.",
            )
        )
    issues.sort(key=lambda i: -i[0])
    improvements = [text for _, text in issues[:3]]
    for fallback in (
        "Rehearse \u201ctell me about yourself\u201d aloud: present, past, then why this field,"
        " in under a minute.",
        "Keep one short story ready (what happened, what you did, the result) to reuse.",
    ):
        if len(improvements) >= 2:
            break
        improvements.append(fallback)

    good_len = sum(1 for s in summary if s["length"] == "good")
    explanation = (
        f"{good_len} of {n} answers were a good length, with {averages['specifics']}"
        f" specifics and {averages['fillers']} filler words per answer on average."
        if n
        else "No answers yet."
    )
    return Scorecard(
        mode="they_ask",
        field=state.field,
        title=state.title,
        persona_name=state.persona_name,
        score=score,
        explanation=explanation,
        improvements=improvements,
        answers=summary,
        averages=averages,
    )


# --------------------------------------------------------------------------- rendering

MAX_RENDER_CHARS = 3500


def _e(text: object) -> str:
    return html.escape(str(text), quote=False)


def _tick(ok: bool) -> str:
    return "\u2705" if ok else "\u274c"


def render_scorecard(card: Scorecard) -> str:
    """The scorecard as Telegram HTML (only <b> and <i>; every text escaped), sized for a
    phone and kept under ``MAX_RENDER_CHARS``."""
    lines = [f"<b>Practice debrief: {_e(card.title or card.field)}</b>"]
    who = _e(card.persona_name) if card.persona_name else "the contact"
    if card.mode == "they_ask":
        lines.append(f"<i>{who} asked the questions</i>")
    else:
        lines.append(f"<i>You asked {who} the questions</i>")
    lines.append(f"Score: <b>{card.score:g}/10</b>")
    lines.append(f"<i>{_e(card.explanation)}</i>")
    lines.append("")
    if card.mode == "they_ask":
        lines.extend(_render_they_ask(card))
    else:
        lines.extend(_render_you_ask(card))
    if card.improvements:
        lines.append("")
        lines.append("<b>Next time</b>")
        lines.extend(f"\u2022 {_e(text)}" for text in card.improvements)
    text = "\n".join(lines)
    if len(text) > MAX_RENDER_CHARS:
        # Only very long bank texts could get here; cut at a line, never inside a tag.
        cut = text.rfind("\n", 0, MAX_RENDER_CHARS - 2)
        text = text[:cut] + "\n\u2026"
    return text


def _render_you_ask(card: Scorecard) -> list[str]:
    tiara = ", ".join(
        f"{_category_label(c)} {_tick(c in card.categories_covered)}" for c in CATEGORIES
    )
    lines = [
        f"<b>TIARA</b> ({len(card.categories_covered)}/5): {tiara}",
        f"{_tick(card.asked_referral)} Asked who else to talk to",
        f"{_tick(card.wrap_up_on_time)} Offered to wrap up on time",
        f"{_tick(card.thanked)} Thanked them",
        f"{_tick(card.never_asked_for_job)} Never asked for a job"
        + (
            f" ({card.job_asks} job ask{'s' if card.job_asks != 1 else ''})"
            if card.job_asks
            else ""
        ),
        f"Questions: {card.questions_asked} in {card.minutes_used:g} of {card.minutes_planned} min",
    ]
    weak = []
    if card.googleable:
        weak.append(f"{card.googleable} googleable")
    if card.closed:
        weak.append(f"{card.closed} yes/no")
    if card.multiple:
        weak.append(f"{card.multiple} several-at-once")
    if weak:
        lines.append("Weak questions: " + ", ".join(weak))
    if card.not_asked:
        lines.append("")
        lines.append("<b>Worth asking next time</b>")
        for number, item in enumerate(card.not_asked, 1):
            lines.append(
                f"{number}. {_e(item['text'])} <i>({_e(_category_label(item['category']))})</i>"
            )
    return lines


def _render_they_ask(card: Scorecard) -> list[str]:
    lines = ["<b>Your answers</b>"]
    for number, a in enumerate(card.answers, 1):
        low, high = a["target"]
        verdict = {"good": "good length", "too_short": "too short", "too_long": "too long"}.get(
            a["length"], a["length"]
        )
        lines.append(f"{number}. <i>{_e(a['question'])}</i>")
        lines.append(
            f"   {a['words']} words ({low}\u2013{high}, {verdict}) \u00b7 {a['specifics']}"
            f" specifics \u00b7 {a['fillers']} fillers \u00b7 {_duration(a['seconds'])}"
            f" \u00b7 turned back {_tick(a['turns_back'])}"
        )
    av = card.averages
    if av:
        lines.append("")
        lines.append(
            f"<b>Averages</b>: {av.get('words', 0):g} words, {av.get('specifics', 0):g}"
            f" specifics, {av.get('fillers', 0):g} fillers, {av.get('seconds', 0):g} s"
        )
    return lines
