"""A question list saved for a meeting."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SaveQuestions:
    """A question list (texts) for a meeting, on a contact when one was chosen."""

    field: str
    questions: tuple[str, ...]
    contact_id: int | None = None
    inst: int | None = None  # the run of the flow; the engine fills it in
