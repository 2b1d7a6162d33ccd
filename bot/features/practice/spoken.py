"""A spoken answer's pace (#12): words and fillers per minute from a voice note's length.

The shell transcribes a voice note and hands its words on as typed text with the note's
seconds; everything typed text gets applies, and this adds how it sounded. About 130-160
words a minute is comfortable to follow in conversation; under 110 drags, over 170 rushes.
Transcribers often drop "um" and "uh", so fillers per minute is a floor, not a count.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bot.engine.flow import Outcome
from bot.engine.ui import Reply
from bot.features.practice.answers import count_fillers

COMFORTABLE = (130, 160)
MIN_SECONDS = 5  # shorter notes say nothing reliable about pace
MANY_FILLERS = 4  # a minute: listeners start to notice


def pace_note(text: str, seconds: float | None) -> str | None:
    if not seconds or seconds < MIN_SECONDS:
        return None
    minutes = seconds / 60
    wpm = len(text.split()) / minutes
    low, high = COMFORTABLE
    if wpm > high + 10:
        pace = f"quick: slow down a little, {low}–{high} is comfortable to follow"
    elif wpm < low - 20:
        pace = f"unhurried: a little quicker keeps them with you ({low}–{high} is comfortable)"
    else:
        pace = "a comfortable pace"
    fillers = sum(count_fillers(text).values()) / minutes
    said = f"🎙 You spoke at about {wpm:.0f} words a minute, {pace}."
    if fillers >= MANY_FILLERS:
        said += f" About {fillers:.0f} fillers a minute (listeners notice from about 4)."
    elif fillers:
        said += f" Fillers: about {fillers:.1f} a minute, fine."
    return said


def with_pace(result: Any, text: str, seconds: float | None) -> Any:
    """A step's result (Go or Outcome) with the pace note after its feedback."""
    note = pace_note(text, seconds)
    if note is None:
        return result
    if isinstance(result, Outcome):
        result.replies.insert(max(len(result.replies) - 1, 0), Reply(note))
        return result
    if hasattr(result, "say"):
        return replace(result, say=[*result.say, Reply(note)])
    return result
