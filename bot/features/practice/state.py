"""The stored state of a /practice session, and what one turn hands back to the shell.

Two modes (design.md, flow 4): in *you ask* the persona answers the user's questions
(``you_ask.py``); in *they ask* it asks the questions contacts ask back (``they_ask.py``).
Both end in a scorecard (``scorecard.py``). The core is plain data in, plain data out: no
Telegram, no SQL, no clock reads (times are passed in), and every state object here
round-trips through JSON (``to_dict``/``from_dict``) because the shell stores it in SQLite
between messages.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import Any

__all__ = [
    "ENDED_TEXT",
    "YouAskState",
    "TurnResult",
    "TheyAskState",
    "Feedback",
    "state_from_dict",
]

ENDED_TEXT = "This practice meeting has finished. Send /practice to start another one."
"""What either mode says to a message that arrives after the session ended."""


def iso(moment: datetime) -> str:
    """A time as the states store it."""
    return moment.isoformat()


def parse_iso(moment: str) -> datetime:
    return datetime.fromisoformat(moment)


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


class Stored:
    """A dataclass kept as JSON in the dialogue row or the practice history. Its fields hold
    JSON types only (lists, dicts, strings, numbers, None)."""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _json_copy(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Any:
        return _from_dict(cls, data)


# --------------------------------------------------------------------------- you ask


@dataclass
class YouAskState(Stored):
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
    wrap_up_turn: int = 0  # the turn of that offer: questions after it mean it was no close
    wrap_closing: int = 0  # turns since, that closed (a yes to an offer, who else to talk to)
    thanked: bool = False
    thanked_at_start: bool = False
    job_asks: int = 0
    cv_asks: int = 0  # of the job asks, those that put a CV up for review or offer it
    googleable: int = 0
    closed: int = 0
    multiple: int = 0
    unmatched: int = 0
    follow_ups_offered: int = 0
    told_variant: dict[str, int] = field(default_factory=dict)  # a variant fitted to the ask
    told_insider: list[str] = field(default_factory=list)  # answered as to an insider, asked so
    time_hint_given: bool = False
    closing: bool = False  # the user offered to wrap up; the next goodbye ends it
    time_up: bool = False  # the persona had to stop: the user has one last word
    goodbye_due: bool = False  # ...and, not having thanked them in it, one more to say goodbye
    # The question the persona asked about ("did you mean ...?") when it could not match a
    # message with confidence; a "yes" next answers it. ``pending_flags`` are the habits
    # already coached in that message, so confirming does not count them twice.
    pending_guess: str | None = None
    pending_alt: str | None = None  # "did you mean A, or B?": B, which "the second" picks
    pending_flags: list[str] = field(default_factory=list)
    pending_text: str = ""  # the message it was guessed from, whose words the answer meets
    # What the persona last asked of the user: "offer" (a yes/no offer, such as an
    # introduction) or "question" (a question about them), and its words; the next message
    # may answer it.
    awaiting: str | None = None
    awaiting_text: str = ""
    offered_question: str = ""  # the bank question the open offer would tell, when known
    offers_accepted: int = 0
    accepted: list[str] = field(default_factory=list)  # the offers taken, in the persona's words
    declined: bool = False  # the open offer was just declined: it stands for one more reply
    asked_again: bool = False  # the question was put again after a nod; not a third time
    abroad: bool = False  # the user lives outside the UK, where the contacts' figures are from
    prompts_answered: int = 0
    off_bank: int = 0
    chat: int = 0  # small talk and passing thanks, which vary the persona's reply
    missed: bool = False  # the last reply said it did not catch the message: "ok" is no thanks
    long_preambles: int = 0
    terse: int = 0  # questions of a word or two ("salary"), coached once
    slang: list[str] = field(default_factory=list)  # chat shorthand coached ("ngl"), once
    told_background: bool = False  # the user has said who they are ("I'm a pharmacist ...")
    background: str = ""  # what they said they do, as the contact would put it back
    insider: bool = False  # what they do is the contact's field: answers for an insider
    aim: str = ""  # the message in which they said the role they are after
    left_work: bool = False  # retired, laid off, between jobs: no "at your current job"
    asked_me: str = ""  # the persona's last question to the user, which a late answer meets
    left_over: str = ""  # the part of the last question not answered ("…, and will it replace
    # people?"), which "and the replacing part?" asks for
    ended: bool = False
    end_reason: str | None = None  # "thanked" | "wrapped_up" | "time_up"
    reply_keys: list[int] = field(default_factory=list)  # crc32 of answers given
    more_key: int = 0  # crc32 of the last answer taken further ("like what?")
    # Snapshot for the scorecard, which only receives the state.
    persona_name: str = ""
    persona_id: str = ""
    leaving: str = ""  # why the persona must stop at time up (their greeting's reason)
    variant: int = 0  # which of a question's answers this session gives (its number)
    title: str = ""
    high_value: list[list[str]] = field(default_factory=list)  # [id, category, text]
    near: list[str] = field(default_factory=list)  # guessed at for a message left unanswered


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
    alt_id: str | None = None  # the second option of "did you mean A, or B?"
    kind: str = ""  # what the persona did: "answer", "off_bank", "did_you_mean", "yes", ...

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# --------------------------------------------------------------------------- they ask


@dataclass
class TheyAskState(Stored):
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
    persona_id: str = ""
    variant: int = 0
    title: str = ""
    skipped: list[str] = field(default_factory=list)  # ask-back ids answered in passing
    follow_up_asked: bool = False  # a thin answer got one follow-up already
    pending_text: str = ""  # the thin answer the follow-up adds to
    told: str = ""  # every answer so far, so a question already covered is not asked


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
    reaction: str = ""  # the persona taking the answer in, before its next question
    tone: list[str] = field(default_factory=list)  # "slang", "uncommitted"
    thin: bool = False  # no real answer: nothing in it is praised
    followed_up: bool = False  # it took the persona's follow-up to a thin first reply
    slang: list[str] = field(default_factory=list)  # the shorthand typed ("tbh"), once each
    said_before: bool = False  # "As I said, …" to a question answered already: short is right

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["target"] = list(self.target)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Feedback:
        data = dict(data)
        data["target"] = tuple(data.get("target", (0, 0)))
        return _from_dict(cls, data)


def state_from_dict(data: dict[str, Any]) -> YouAskState | TheyAskState:
    """Either state from its JSON form, by its ``mode``. A copy: a turn changes the state in
    place, and the stored dialogue it came from must stay as it was until the step commits."""
    data = _json_copy(data)
    if data.get("mode") == "they_ask":
        return TheyAskState.from_dict(data)
    return YouAskState.from_dict(data)
