"""Question prep for /questions: pick 5-8 good questions and turn them into a cheat sheet.

domain.md §2: research first and never ask what a web search answers; ask open questions
about their own path, spread over TIARA (trends, insights, advice, resources,
assignments); a 20-30 minute meeting fits about 5-8 questions; always ask who else to
talk to. These functions encode those rules so the handler only shows what they return.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.banks.model import Bank, Question
from bot.engine.text import first_name, plural
from bot.engine.ui import esc
from bot.features.questions.habits import analyse_question

__all__ = [
    "MIN_SELECTED",
    "MAX_SELECTED",
    "MEETING_ORDER",
    "recommended",
    "flags_for",
    "validate_selection",
    "cheat_sheet",
]

MIN_SELECTED, MAX_SELECTED = 5, 8
"""Questions that fit a 20-30 minute meeting (domain.md §2)."""

MEETING_ORDER = ("insights", "trends", "assignments", "advice", "resources")
"""The order a conversation flows in: their story first, referrals last."""

_WEAK = frozenset(("googleable", "closed", "job_ask"))
_EXPLANATIONS = {
    "googleable": (
        "A web search answers this: look it up beforehand and ask about their own"
        " experience instead."
    ),
    "closed": "Yes/no question: it invites a one-word answer. Start with what or how.",
    "job_ask": (
        "Asks for a job: an informational interview is for advice, and this can sour it."
        " Share your CV only if they ask."
    ),
}
WRAP_UP_LEAD_MINUTES = 3
"""Offer to wrap up this many minutes before the promised end: time for the referral
question and a thank-you."""


def _weak_flags(question: Question) -> list[str]:
    """The bank's own flags plus what the coaching rules see in the wording."""
    found = set(question.flags) | set(analyse_question(question.text))
    if found & {"googleable", "job_ask"}:
        found.discard("closed")  # the bigger problem is the one worth explaining
    return [flag for flag in ("googleable", "closed", "job_ask") if flag in found]


def _is_good(question: Question) -> bool:
    return not _weak_flags(question)


def recommended(bank: Bank, count: int = 6) -> list[str]:
    """Question ids for a balanced meeting: one high-value question from each TIARA
    category plus a referral question, topped up with further high-value ones; returned
    in meeting order (their story first, "who else should I talk to?" last)."""
    count = max(1, count)
    good = [q for q in bank.questions if _is_good(q) and "wrap_up" not in q.flags]
    high = [q for q in good if q.value == "high"]
    referral = next((q for q in high if "referral" in q.flags), None) or next(
        (q for q in good if "referral" in q.flags), None
    )

    picks: list[Question] = []
    for category in MEETING_ORDER:
        pool = [q for q in high if q.category == category and "referral" not in q.flags]
        if not pool and referral and referral.category == category:
            continue  # the referral question stands for this category
        if pool:
            picks.append(pool[0])
    # Top up round-robin over the categories so no single one dominates.
    extras = [q for q in high if q not in picks and q is not referral]
    slots = count - len(picks) - (1 if referral else 0)
    while slots > 0 and extras:
        for category in MEETING_ORDER:
            nxt = next((q for q in extras if q.category == category), None)
            if nxt is not None and slots > 0:
                picks.append(nxt)
                extras.remove(nxt)
                slots -= 1
    order = {c: i for i, c in enumerate(MEETING_ORDER)}
    position = {q.id: i for i, q in enumerate(bank.questions)}
    picks.sort(key=lambda q: (order[q.category], position[q.id]))
    room = count - (1 if referral else 0)
    chosen = picks[: max(room, 0)]
    if referral is not None:
        chosen.append(referral)
    return [q.id for q in chosen]


def flags_for(question: Question) -> list[str]:
    """Plain-English reasons a question is weak (empty when it is a good one)."""
    return [_EXPLANATIONS[flag] for flag in _weak_flags(question)]


def validate_selection(ids: Sequence[str], bank: Bank) -> list[str]:
    """Warnings about a chosen question list; an empty list means it is ready to use."""
    warnings: list[str] = []
    seen: set[str] = set()
    chosen: list[Question] = []
    for qid in ids:
        question = bank.question(qid)
        if question is None:
            warnings.append(f"Unknown question '{qid}': it is no longer in the bank.")
        elif qid in seen:
            warnings.append(f"\u201c{question.text}\u201d is in the list twice.")
        else:
            seen.add(qid)
            chosen.append(question)
    n = len(chosen)
    if n < MIN_SELECTED:
        warnings.append(
            f"Only {plural(n, 'question')}: a 20\u201330 minute meeting fits about"
            f" {MIN_SELECTED}\u2013{MAX_SELECTED}. Add {MIN_SELECTED - n} more."
        )
    elif n > MAX_SELECTED:
        warnings.append(
            f"{n} questions is more than a 20\u201330 minute meeting fits"
            f" ({MIN_SELECTED}\u2013{MAX_SELECTED}). Drop {n - MAX_SELECTED}."
        )
    if not any("referral" in q.flags for q in chosen):
        referral = next((q for q in bank.questions if "referral" in q.flags), None)
        hint = f" Add \u201c{referral.text}\u201d" if referral else ""
        warnings.append(f"No referral question: always ask who else to talk to.{hint}")
    for question in chosen:
        for reason in flags_for(question):
            warnings.append(f"\u201c{question.text}\u201d: {reason}")
    return warnings


def _field_phrase(bank: Bank) -> str:
    """ "software engineering", "UX design"; the catch-all bank has no field to name."""
    if bank.field == "general":
        return "a move into your line of work"
    title = bank.title.split("(")[0].strip()
    if len(title) > 1 and title[1].islower():
        title = title[0].lower() + title[1:]
    return title


def cheat_sheet(bank: Bank, ids: Sequence[str], contact_name: str | None, minutes: int = 20) -> str:
    """The chosen questions as Telegram HTML (only <b>/<i>, everything escaped): numbered,
    grouped by TIARA category in meeting order, with an opening line to say and when to
    offer to wrap up."""
    name = (contact_name or "").strip()
    questions: list[Question] = []
    for qid in dict.fromkeys(ids):
        question = bank.question(qid)
        if question is not None:
            questions.append(question)

    heading = f"Questions for {esc(name)}" if name else "Your questions"
    lines = [f"<b>{heading}</b> <i>({minutes} min, {esc(bank.title)})</i>", ""]
    greeting = (
        f"Thanks so much for making the time, {first_name(name, name)}."
        if name
        else ("Thanks so much for making the time.")
    )
    opening = (
        f"{greeting} As I mentioned, I'm exploring {_field_phrase(bank)} and would love to"
        f" hear how you got where you are. I'll keep to the {minutes} minutes I asked for."
    )
    lines.append("<b>Open with</b>")
    lines.append(f"<i>\u201c{esc(opening)}\u201d</i>")

    number = 0
    for category in MEETING_ORDER:
        group = [q for q in questions if q.category == category]
        if not group:
            continue
        lines.append("")
        lines.append(f"<b>{category.capitalize()}</b>")
        for question in group:
            number += 1
            lines.append(f"{number}. {esc(question.text)}")
    if not questions:
        lines.append("")
        lines.append("<i>No questions chosen yet.</i>")

    wrap_at = max(1, minutes - WRAP_UP_LEAD_MINUTES)
    lines.append("")
    lines.append("<b>Before you go</b>")
    lines.append(
        f"\u2022 At minute {wrap_at}, offer to wrap up: <i>\u201cI know you're busy, so I'll"
        " let you go soon.\u201d</i>"
    )
    lines.append("\u2022 Ask who else to talk to, and whether you may mention their name.")
    lines.append("\u2022 Thank them, and send a thank-you note within 24 hours.")
    return "\n".join(lines)
