"""Question bank types: what a loaded bank is, and the schema of the files it comes from.

A field's bank is built from two files in ``bot/question_banks/``:

* ``_core.yaml`` — the TIARA questions every field shares (how did you get started, a typical
  day, who else should I talk to…), written once: wording, matching hints, coaching, but no
  answers, because an answer belongs to a person.
* ``<field>.yaml`` — at least two personas (people at different career stages or kinds of
  organisation), each persona's answers to the core questions (``core_answers``), the
  questions people in that field ask (``questions``, with answers per persona), and the
  questions a contact asks back.

An answer is keyed by persona id, or by ``shared`` when personal facts don't matter; either
may be one text or a list of variants, so a second session need not replay the first.

The loaded API (what the features use):

* ``Bank.personas`` — every persona, in file order; ``Bank.persona`` is the first (the
  default before a user picks one). ``Bank.persona_by_id(id)`` → Persona or None;
  ``Bank.persona_for(id)`` → that persona, or the first for an unknown/stale id.
* ``Bank.answer(question_id, persona_id, variant)`` → the answer text; ``variant`` is the
  caller's choice (e.g. the user's session count) and is taken modulo the number of
  variants. ``Bank.follow_up(...)`` likewise (None when that persona has none), and
  ``Bank.variant_count(question_id, persona_id)``.
* ``Bank.questions`` — core and field questions merged (core first); ``Question.core`` says
  which. ``Question.answer`` / ``Question.follow_up`` are the first persona's first variant,
  kept for callers written before personas were plural.

The file schema (``CoreFile``, ``FieldFile`` and their parts) is validated with file:line
errors by :mod:`bot.banks.loader`; the content rules (every persona answers every question,
first person, facts consistent…) live in :mod:`bot.banks.rules`.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    StringConstraints,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

__all__ = [
    "CATEGORIES",
    "FLAGS",
    "VALUES",
    "SHARED",
    "CORE_FILE",
    "MIN_QUESTIONS",
    "MIN_FIELD_QUESTIONS",
    "MIN_PERSONAS",
    "MIN_VARIANTS_COMMON",
    "MIN_ASKS_BACK",
    "GENERAL_FIELD",
    "Persona",
    "PersonaAnswer",
    "Question",
    "AskBack",
    "Bank",
    "CoreQuestion",
    "CoreFile",
    "CoreAnswers",
    "FieldQuestion",
    "FieldFile",
]

CATEGORIES = ("trends", "insights", "advice", "resources", "assignments")
"""TIARA (Dalton): the five kinds of question worth asking in an informational interview."""

FLAGS = ("googleable", "closed", "job_ask", "referral", "wrap_up")
"""Markers the practice mode uses to coach on a question (weak, job ask, referral...)."""

VALUES = ("high", "normal", "low")

SHARED = "shared"
"""The answers key for a persona-neutral answer, used by every persona without their own."""

CORE_FILE = "_core.yaml"
"""The shared questions; a leading underscore keeps it from being read as a field."""

MIN_QUESTIONS = 25
"""A 20-30 minute meeting uses 5-8 questions; 25 leave room for choice and for weak ones."""

MIN_FIELD_QUESTIONS = 25
"""Questions of the field's own (credentials, timelines, tools…) on top of the core."""

MIN_PERSONAS = 2
"""Two people at different stages or organisations, so a second session meets someone new."""

MIN_VARIANTS_COMMON = 2
"""A ``common`` question (asked in nearly every meeting) needs this many answers a persona."""

MIN_ASKS_BACK = 8

GENERAL_FIELD = "general"
"""The catch-all bank, listed after the specific fields."""

Category = Literal["trends", "insights", "advice", "resources", "assignments"]
Flag = Literal["googleable", "closed", "job_ask", "referral", "wrap_up", "pay"]
Value = Literal["high", "normal", "low"]

_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
_FIELD_PATTERN = r"^[a-z0-9]+(_[a-z0-9]+)*$"

# Strict types: YAML turns `yes` into True and `11` into an int; we want those reported,
# not silently converted.
Text = Annotated[StrictStr, StringConstraints(strip_whitespace=True, min_length=1)]
Id = Annotated[StrictStr, StringConstraints(pattern=_ID_PATTERN)]
FieldId = Annotated[StrictStr, StringConstraints(pattern=_FIELD_PATTERN)]


def _one_or_many(value: Any) -> Any:
    """One answer may be written as plain text; variants as a list."""
    return value if isinstance(value, list | tuple) else (value,)


Variants = Annotated[tuple[Text, ...], BeforeValidator(_one_or_many), Field(min_length=1)]


def _compiles(value: str) -> str:
    try:
        re.compile(value)
    except re.error as error:
        raise PydanticCustomError("bad_pattern", "not a regular expression ({error})",
                                  {"error": str(error)}) from None
    return value


Pattern = Annotated[Text, AfterValidator(_compiles)]
"""A regular expression, matched without regard to case."""
AnswerMap = dict[Id, Variants]


class _Model(BaseModel):
    # Frozen: one loaded bank is shared by every chat, nobody should mutate it.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Persona(_Model):
    """The professional the user rehearses with; facts keep the answers consistent.

    ``distinctive`` lists words only this persona would use about themself (their employer's
    name, their city); the check flags them in another persona's answers.
    """

    id: Id
    name: Text
    role: Text
    organisation: Text
    years: Annotated[StrictInt, Field(ge=0, le=60)]
    facts: Annotated[tuple[Text, ...], Field(min_length=3, max_length=6)]
    greeting: Text
    distinctive: tuple[Text, ...] = ()
    country: Literal["UK", "US"] = "UK"
    """Where they work: their pay, credentials and hiring are that country's, so a user
    living there meets them first."""
    leaving: Text = "my next meeting is about to start"
    """Why they must stop when the time is up, in the words that end "I'm going to have to
    stop there: …"; the reason their greeting gave ("before a site walk") and no other."""


def _unique_flags(flags: tuple[str, ...]) -> tuple[str, ...]:
    """A repeated flag is almost always a copy-paste slip."""
    seen: set[str] = set()
    for flag in flags:
        if flag in seen:
            raise PydanticCustomError(
                "duplicate_flag", "flag '{flag}' is listed twice", {"flag": flag}
            )
        seen.add(flag)
    return flags


Flags = Annotated[tuple[Flag, ...], AfterValidator(_unique_flags)]


class CoreQuestion(_Model):
    """A question as written in ``_core.yaml``: everything but the answers.

    ``common`` marks a question asked in nearly every meeting: each persona needs
    :data:`MIN_VARIANTS_COMMON` answers to it, so a second session is not a replay.
    """

    id: Id
    text: Text
    category: Category
    phrasings: Annotated[tuple[Text, ...], Field(min_length=2, max_length=16)]
    keywords: Annotated[tuple[Text, ...], Field(min_length=1)]
    tip: Text | None = None
    tip_met_by: Pattern | None = None
    """Words in the user's question that show the tip already followed ("what did yesterday
    look like?" asks about one real day): the tip is not given then."""
    flags: Flags = ()
    value: Value = "normal"
    common: StrictBool = False


class FieldQuestion(CoreQuestion):
    """A field's own question, answered per persona (or once, ``shared``)."""

    answers: AnswerMap
    follow_ups: AnswerMap = {}
    insider_answers: AnswerMap = {}
    """Given instead of ``answers`` to a user already working in the field (the file's
    ``insider_roles``): an ICU nurse asking a ward manager how to start is not told to try
    a healthcare assistant's job first."""
    suits: tuple[Id, ...] = ()
    """The personas whose kind of work the question is about ("What makes a good stock
    pitch?" is for the equity researcher, not the FP&A managers): only their meetings
    suggest it afterwards. Empty: it suits everyone."""


class CoreAnswers(_Model):
    """A field's answers to one core question; ``text``/``phrasings``/``keywords`` given
    here replace the core's wording for this field ("your school" rather than "your
    company")."""

    id: Id
    text: Text | None = None
    phrasings: Annotated[tuple[Text, ...], Field(min_length=2, max_length=16)] | None = None
    keywords: Annotated[tuple[Text, ...], Field(min_length=1)] | None = None
    answers: AnswerMap
    follow_ups: AnswerMap = {}
    insider_answers: AnswerMap = {}  # as on FieldQuestion


class AskBack(_Model):
    """A question the persona may ask the user, and what a good answer covers."""

    id: Id
    text: Text
    covers: Annotated[tuple[Text, ...], Field(min_length=1)]
    target_words: Annotated[tuple[StrictInt, ...], Field(min_length=2, max_length=2)]

    @field_validator("target_words")
    @classmethod
    def _min_not_above_max(cls, words: tuple[int, ...]) -> tuple[int, ...]:
        """Both bounds feed the answer-length coaching; a reversed pair would reject all."""
        low, high = words
        if low < 1:
            raise PydanticCustomError(
                "target_words_low",
                "target_words minimum must be at least 1, not {low}",
                {"low": low},
            )
        if low > high:
            raise PydanticCustomError(
                "target_words_order",
                "target_words minimum {low} is larger than the maximum {high}"
                " (write them as [min, max])",
                {"low": low, "high": high},
            )
        return words


class CoreFile(_Model):
    """``_core.yaml``: the questions (and asks-back) every field shares."""

    questions: Annotated[tuple[CoreQuestion, ...], Field(min_length=1)]
    asks_back: tuple[AskBack, ...] = ()


class Term(_Model):
    """A word of the field's jargon and what it means, as a contact would say it when asked
    "sorry, what's a backlog?": one or two plain sentences."""

    term: Text
    aliases: tuple[Text, ...] = ()
    meaning: Text


class FieldFile(_Model):
    """``<field>.yaml`` as written by a coach."""

    field: FieldId
    title: Text
    personas: tuple[Persona, ...]  # how many: the loader's rule, reported with its line
    insider_roles: tuple[Text, ...] = ()
    """Words of work in this field ("nurse", "gp"): a user who says they do it is an
    insider, and hears the ``insider_answers``."""
    core_answers: tuple[CoreAnswers, ...] = ()
    questions: tuple[FieldQuestion, ...] = ()
    asks_back: tuple[AskBack, ...] = ()
    glossary: tuple[Term, ...] = ()

    @model_validator(mode="after")
    def _terms_unique(self) -> FieldFile:
        """"what's a sprint?" must find one meaning: a term or alias named twice is a slip."""
        seen: set[str] = set()
        for term in self.glossary:
            for name in (term.term, *term.aliases):
                key = " ".join(name.lower().replace("-", " ").split())
                if key in seen:
                    raise PydanticCustomError(
                        "duplicate_term", "glossary names '{name}' twice", {"name": name})
                seen.add(key)
        return self


# --- the loaded bank -------------------------------------------------------------------


class PersonaAnswer(_Model):
    """One persona's answer variants to a question (``shared`` when written for all)."""

    persona: Id
    variants: Annotated[tuple[Text, ...], Field(min_length=1)]
    follow_ups: tuple[Text, ...] = ()
    shared: bool = False
    insider: tuple[Text, ...] = ()  # the answer to a user already in the field, if written


class Question(_Model):
    """A question the user may ask, with each persona's answers and the coaching."""

    id: Id
    text: Text
    category: Category
    phrasings: Annotated[tuple[Text, ...], Field(min_length=2, max_length=16)]
    keywords: Annotated[tuple[Text, ...], Field(min_length=1)]
    answers: Annotated[tuple[PersonaAnswer, ...], Field(min_length=1)]
    tip: Text | None = None
    tip_met_by: str | None = None  # as on CoreQuestion
    flags: Flags = ()
    value: Value = "normal"
    common: bool = False
    core: bool = False
    suits: tuple[str, ...] = ()  # as on FieldQuestion

    @property
    def answer(self) -> str:
        """The first persona's first answer (for callers that know one persona)."""
        return self.answers[0].variants[0]

    @property
    def follow_up(self) -> str | None:
        """The first persona's first follow-up, if any."""
        follow_ups = self.answers[0].follow_ups
        return follow_ups[0] if follow_ups else None

    def answer_of(self, persona_id: str) -> PersonaAnswer:
        """This persona's answers; the first persona's for an unknown id."""
        return next((a for a in self.answers if a.persona == persona_id), self.answers[0])


class Bank(_Model):
    """One field's bank: its personas, the core and field questions merged, the asks-back."""

    field: FieldId
    title: Text
    personas: Annotated[tuple[Persona, ...], Field(min_length=1)]
    questions: tuple[Question, ...]
    asks_back: tuple[AskBack, ...]
    glossary: tuple[Term, ...] = ()
    insider_roles: tuple[Text, ...] = ()

    @model_validator(mode="after")
    def _ids_unique(self) -> Bank:
        """Handlers look things up by id (e.g. from callback data), so ids must be unique."""
        for kind, items in (
            ("persona", self.personas),
            ("question", self.questions),
            ("ask-back", self.asks_back),
        ):
            seen: set[str] = set()
            for item in items:
                if item.id in seen:
                    raise PydanticCustomError(
                        "duplicate_id", "duplicate {kind} id '{id}'", {"kind": kind, "id": item.id}
                    )
                seen.add(item.id)
        return self

    @property
    def persona(self) -> Persona:
        """The first persona: the default, and what single-persona callers use."""
        return self.personas[0]

    def persona_by_id(self, persona_id: str | None) -> Persona | None:
        """The persona with this id, or None."""
        return next((p for p in self.personas if p.id == persona_id), None)

    def persona_for(self, persona_id: str | None) -> Persona:
        """The persona with this id, or the first (an id stored before a file changed)."""
        return self.persona_by_id(persona_id) or self.personas[0]

    def question(self, question_id: str) -> Question | None:
        """The question with this id, or None (ids may come from stale buttons)."""
        return next((q for q in self.questions if q.id == question_id), None)

    def ask_back(self, ask_back_id: str) -> AskBack | None:
        """The ask-back question with this id, or None."""
        return next((a for a in self.asks_back if a.id == ask_back_id), None)

    def _answers(self, question_id: str, persona_id: str | None) -> PersonaAnswer:
        question = self.question(question_id)
        if question is None:
            raise KeyError(question_id)
        return question.answer_of(self.persona_for(persona_id).id)

    def answer(self, question_id: str, persona_id: str | None, variant: int = 0,
               insider: bool = False) -> str:
        """The persona's answer; ``variant`` is taken modulo the number written. With
        ``insider``, the answer for a user already in the field, where one is written.

        Raises KeyError for an unknown question; an unknown persona means the first.
        """
        found = self._answers(question_id, persona_id)
        variants = found.insider if insider and found.insider else found.variants
        return variants[variant % len(variants)]

    def follow_up(self, question_id: str, persona_id: str | None, variant: int = 0) -> str | None:
        """The persona's follow-up question after that answer, or None; like :meth:`answer`."""
        follow_ups = self._answers(question_id, persona_id).follow_ups
        return follow_ups[variant % len(follow_ups)] if follow_ups else None

    def variant_count(self, question_id: str, persona_id: str | None) -> int:
        """How many answers the persona has to this question (1 when it never varies)."""
        return len(self._answers(question_id, persona_id).variants)
