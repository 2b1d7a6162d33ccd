"""The coach's notes in 'you ask': which weak habits a message shows (job ask, googleable,
yes/no, several at once), one short note per habit, and a better bank question to ask
instead."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.banks.model import Bank, Question
from bot.features.practice.state import YouAskState
from bot.features.questions.habits import split_questions

# Where a better question usually lies for each habit: ask for advice or trends instead of
# a job; for their own experience instead of web facts.
_PREFER = {
    "job_ask": ("advice", "resources"),
    "googleable": ("insights", "assignments"),
}

_COUNTERS = {
    "job_ask": "job_asks",
    "googleable": "googleable",
    "closed": "closed",
    "multiple": "multiple",
}
"""The state's tally for each habit, which the scorecard reads."""


def suggest(
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
    return suggest(state, bank, [question.id] if question else [])


def _excluded(question: Question | None) -> list[str]:
    return [question.id] if question else []


Finder = Callable[[str, YouAskState, Bank, Question | None], str | None]


@dataclass(frozen=True)
class _Note:
    text: str
    lead: str  # how the better question is introduced: "Ask instead", "Try"
    better: Finder  # the better question's text, if there is one


def _suggested(habit: str) -> Finder:
    def find(text: str, state: YouAskState, bank: Bank, question: Question | None) -> str | None:
        alt = suggest(state, bank, _excluded(question), _PREFER[habit])
        return alt.text if alt else None
    return find


def _open_instead(text: str, state: YouAskState, bank: Bank, question: Question | None
                  ) -> str | None:
    alt = _open_alternative(state, bank, question)
    return alt.text if alt else None


def _first_of_several(text: str, state: YouAskState, bank: Bank, question: Question | None
                      ) -> str | None:
    parts = split_questions(text)
    first = parts[0].rstrip(" ?.") + "?" if parts else ""
    return (first[:1].upper() + first[1:]) or None


_NOTES: dict[str, _Note] = {
    "job_ask": _Note("Job ask: an informational interview is for advice, not openings; asking"
                     " for a job can use up their goodwill.", "Ask instead",
                     _suggested("job_ask")),
    "googleable": _Note("A quick web search answers that. Spend your minutes on what only they"
                        " can tell you.", "For example", _suggested("googleable")),
    "closed": _Note("Yes/no question: start with what or how so they tell you a story.", "Try",
                    _open_instead),
    "multiple": _Note("Several questions at once: they will usually answer only one. Ask one,"
                      " listen, then follow up.", "Start with", _first_of_several),
}
"""The note for each habit the coach teaches; other flags get none."""


def coaching(
    flags: Iterable[str], text: str, state: YouAskState, bank: Bank, question: Question | None
) -> list[str]:
    """One short note per weak habit, each with a better question to ask instead."""
    notes = []
    for flag in flags:
        if flag in _NOTES:
            note = _NOTES[flag]
            better = note.better(text, state, bank, question)
            notes.append(f"{note.text} {note.lead}: \u201c{better}\u201d" if better else note.text)
    return notes


def lessons(flags: Iterable[str], question: Question | None) -> list[str]:
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


def count_habits(state: YouAskState, flags: Iterable[str]) -> None:
    """Tally each habit once per message."""
    for flag in set(flags):
        counter = _COUNTERS.get(flag)
        if counter is not None:
            setattr(state, counter, getattr(state, counter) + 1)
