"""Question bank types: Bank, Persona, Question, AskBack, and the vocabulary they use.

Each YAML file in ``bot/question_banks/`` describes one field (software engineering, finance,
...): a persona the user can rehearse with, the questions the user may ask that persona, and
the questions the persona may ask back. These pydantic models are that file's schema; they
are kept apart from the YAML reading in :mod:`bot.banks.loader` so the features that only
use a loaded bank need not import the loader's error reporting.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
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
    "MIN_QUESTIONS",
    "MIN_ASKS_BACK",
    "GENERAL_FIELD",
    "Persona",
    "Question",
    "AskBack",
    "Bank",
]

CATEGORIES = ("trends", "insights", "advice", "resources", "assignments")
"""TIARA (Dalton): the five kinds of question worth asking in an informational interview."""

FLAGS = ("googleable", "closed", "job_ask", "referral", "wrap_up")
"""Markers the practice mode uses to coach on a question (weak, job ask, referral...)."""

VALUES = ("high", "normal", "low")

MIN_QUESTIONS = 25
"""A 20-30 minute meeting uses 5-8 questions; 25 leave room for choice and for weak ones."""

MIN_ASKS_BACK = 8

GENERAL_FIELD = "general"
"""The catch-all bank, listed after the specific fields."""

Category = Literal["trends", "insights", "advice", "resources", "assignments"]
Flag = Literal["googleable", "closed", "job_ask", "referral", "wrap_up"]
Value = Literal["high", "normal", "low"]

_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
_FIELD_PATTERN = r"^[a-z0-9]+(_[a-z0-9]+)*$"

# Strict types: YAML turns `yes` into True and `11` into an int; we want those reported,
# not silently converted.
Text = Annotated[StrictStr, StringConstraints(strip_whitespace=True, min_length=1)]
Id = Annotated[StrictStr, StringConstraints(pattern=_ID_PATTERN)]
FieldId = Annotated[StrictStr, StringConstraints(pattern=_FIELD_PATTERN)]


class _Model(BaseModel):
    # Frozen: one loaded bank is shared by every chat, nobody should mutate it.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Persona(_Model):
    """The professional the user rehearses with; facts keep the answers consistent."""

    name: Text
    role: Text
    organisation: Text
    years: Annotated[StrictInt, Field(ge=0, le=60)]
    facts: Annotated[tuple[Text, ...], Field(min_length=3, max_length=6)]
    greeting: Text


class Question(_Model):
    """A question the user may ask the persona, with the persona's answer and coaching."""

    id: Id
    text: Text
    category: Category
    phrasings: Annotated[tuple[Text, ...], Field(min_length=2, max_length=5)]
    keywords: Annotated[tuple[Text, ...], Field(min_length=1)]
    answer: Text
    follow_up: Text | None = None
    tip: Text | None = None
    flags: tuple[Flag, ...] = ()
    value: Value = "normal"

    @field_validator("flags")
    @classmethod
    def _flags_unique(cls, flags: tuple[str, ...]) -> tuple[str, ...]:
        """A repeated flag is almost always a copy-paste slip."""
        seen: set[str] = set()
        for flag in flags:
            if flag in seen:
                raise PydanticCustomError(
                    "duplicate_flag", "flag '{flag}' is listed twice", {"flag": flag}
                )
            seen.add(flag)
        return flags


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


class Bank(_Model):
    """One field's question bank, as loaded from ``bot/question_banks/<field>.yaml``."""

    field: FieldId
    title: Text
    persona: Persona
    questions: tuple[Question, ...]
    asks_back: tuple[AskBack, ...]

    @model_validator(mode="after")
    def _ids_unique(self) -> Bank:
        """Handlers look questions up by id (e.g. from callback data), so ids must be unique."""
        for kind, items in (("question", self.questions), ("ask-back", self.asks_back)):
            seen: set[str] = set()
            for item in items:
                if item.id in seen:
                    raise PydanticCustomError(
                        "duplicate_id", "duplicate {kind} id '{id}'", {"kind": kind, "id": item.id}
                    )
                seen.add(item.id)
        return self

    def question(self, question_id: str) -> Question | None:
        """The question with this id, or None (ids may come from stale buttons)."""
        return next((q for q in self.questions if q.id == question_id), None)

    def ask_back(self, ask_back_id: str) -> AskBack | None:
        """The ask-back question with this id, or None."""
        return next((a for a in self.asks_back if a.id == ask_back_id), None)
