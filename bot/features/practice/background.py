"""What a message tells of the user: who they are, in a sentence that is not a question."""

from __future__ import annotations

import re

__all__ = ["tells_background"]


_ABOUT_ME = re.compile(
    r"\bI(?:'m|m|\s+am|'?ve\s+been|\s+have\s+been|\s+was)\s+"
    r"(?:an?\s+(?!(?:bit|little|lot|few)\b)[a-z]+|working\s+(?:as|in|at))\b"
    r"|\bI\s+(?:work(?:ed)?|trained|studied)\s+(?:as|in|at|for)\b"
    r"|\bI(?:'ve|ve|\s+have)?\s+(?:left|spent|worked|graduated)\b"
    # "I've got 10 years of MATLAB", "I have six years in retail"
    r"|\bI(?:'ve|ve|\s+have)(?:\s+got)?\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"many|several)\s*(?:years?|yrs?)\s+(?:of|in|as|at)\b"
    r"|(?:^|[,;]\s*)(?:been|worked)\s+(?:as\s+)?an?\s+(?!(?:\w+\s+)?(?:while|bit|lot|long|little|few|"
    r"week|day|month|year|morning|time|nightmare|help|pleasure|mess|journey)\b)[a-z]+(?:\s+[a-z]+)?"
    r"\s+(?:for|in|at|since)\b"
    r"|(?:^|[,;]\s*)(?:i'?ve\s+)?been\s+(?:in|at|doing|teaching|nursing|coding|working\s+in)\s+"
    r"(?:\w+\s+){0,6}?(?:for|since)\s+(?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|many)\s*(?:years?|yrs?|months?)\b",
    re.IGNORECASE)
"""Telling the contact who the user is: "I'm a hospital pharmacist", "I work in retail"."""


def tells_background(text: str) -> bool:
    """Whether a message says who the user is, in a sentence that is not a question ("How do
    I manage my time?" and "I'm a bit nervous" do not)."""
    return any(_ABOUT_ME.search(s) for s in re.split(r"(?<=[.!?])\s+|\n+", text)
               if s.strip() and not s.rstrip().endswith("?"))
