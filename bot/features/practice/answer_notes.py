"""The feedback lines on one answer in 'they ask': length against the target, specifics,
filler words, jargon, tone and turning it back, one line per point, in the order a user
reads them. Kept apart from the turn itself, which decides what the persona says."""

from __future__ import annotations

import re

from bot.banks.model import AskBack
from bot.engine.timezones import zone_of_place
from bot.features.practice import favours, listening
from bot.features.practice.answers import (
    find_specifics,
    is_example_cue,
    is_shrug,
    slang_words,
    uncommitted_words,
    vague_result,
)
from bot.features.practice.background import names_a_title
from bot.features.practice.details import scene_of
from bot.features.practice.jargon import acronyms_in, acronyms_of, unexplained_acronyms

__all__ = ["ASKS_WORRY", "FIRST_ASK_BACK", "TURN_BACK_TIP", "bare_under", "duration",
           "length_note", "notes_on"]

FIRST_ASK_BACK = "tell-me-about-yourself"
ASKS_WORRY = re.compile(r"\b(?:worr\w*|concerns?|nervous|scares?|scared|hesitations?)\b",
                        re.IGNORECASE)
"""A question about a worry, which an answer needs no figures to meet."""

_NAME_ANSWERS = frozenset({"why-me", "role-aiming-for"})
"""Questions a bare name can answer ("LinkedIn.", "Product marketing."), if barely."""


def notes_on(ask: AskBack, words: int, length: str, specifics: list[str],
             fillers: dict[str, int], back: bool, tone: list[str], thin: bool, first: bool,
             said: str = "", shorthand_before: set[str] | None = None,
             reminded: bool = False, told: str = "", told_before: str = "",
             known: frozenset[str] = frozenset()) -> list[str]:
    """The feedback lines, one per point, in the order the user reads them. A thin answer
    gets no praise at all: only what a real one would cover."""
    low, high = ask.target_words
    if thin and not is_shrug(said) and ask.id != FIRST_ASK_BACK and (
            ask.id not in _NAME_ANSWERS or find_specifics(said)):
        # "LinkedIn." to "how did you find me?", "Communication, mostly." to what would carry
        # over: an answer, if a bare one (to "tell me about yourself", two words are none)
        return [f"That's an answer, but a bare one: add a sentence or two (aim for {low}\u2013"
                f"{high} words).", "A strong answer covers: " + "; ".join(ask.covers) + "."]
    if thin:
        return [f"That isn't an answer yet: even two sentences help (aim for {low}\u2013{high}"
                " words).", "A strong answer covers: " + "; ".join(ask.covers) + "."]
    notes = [length_note(length, words, low, high)]
    acronyms = unexplained_acronyms(said, told_before, known)  # not praised, then jargon
    jargon = {*acronyms, *acronyms_in(said, told_before, known)}
    notes += _specifics_notes(ask, [s for s in specifics if s not in jargon], told or said,
                              said, words < max(8, low // 4))
    filler_total = sum(fillers.values())
    if filler_total:
        listed = ", ".join(f"{name} \u00d7{n}" for name, n in fillers.items())
        notes.append(f"Filler words: {listed}. A short pause sounds more sure.")
    if acronyms:  # "battalion S4 NCOIC": precise to a soldier, opaque to a charity
        own = [a for a in acronyms if a in acronyms_of(said)] or acronyms
        earlier = [a for a in acronyms if a not in own]  # named as said before, not here
        listed = ", ".join(own[:-1]) + " and " + own[-1] if len(own) > 1 else own[0]
        notes.append(f"Jargon: {listed}{_after_earlier(earlier)} may mean nothing outside"
                     " your world. Say what each was in plain words, as you would to a friend.")
    shorthand = slang_words(said)[:3]
    typed = ", ".join(f"\u201c{w}\u201d" for w in shorthand) or "gonna, tbh"
    if tone == ["slang"] and shorthand_before is not None:  # the lesson once, then named
        if set(shorthand) <= shorthand_before:  # "tbh" again, or "u" after "tbh"; once
            if not reminded:
                notes.append(f"Tone: {typed} again: keep the shorthand for friends.")
        else:  # only the new words named
            new = ", ".join(f"\u201c{w}\u201d" for w in shorthand if w not in shorthand_before)
            notes.append(f"Tone: more shorthand ({new}): keep it for friends.")
    elif tone:
        notes.append(_TONE_NOTES["both" if len(tone) > 1 else tone[0]].replace(
            "{typed}", typed).replace("{said}", uncommitted_words(said)))  # their words
    if back:
        notes.append("You turned it back to them with a question: it keeps them talking.")
    elif first and words >= low * _FAR_SHORT:  # on a 3-word answer, noise: say more first
        notes.append(TURN_BACK_TIP)
    if length == "too_short" and words < low * _FAR_SHORT:  # 21 of 30 words may cover it all
        notes.append("A strong answer covers: " + "; ".join(ask.covers) + ".")
    return notes


def _after_earlier(earlier: list[str]) -> str:
    """", after CSM and QBR earlier": the run's earlier acronyms, said as earlier."""
    if not earlier:
        return ""
    return ", after " + (", ".join(earlier[:-1]) + " and " + earlier[-1] if len(earlier) > 1
                         else earlier[0]) + " earlier,"


def bare_under(low: int) -> int:
    """Under this many words an answer is too little to go on: the contact asks for more."""
    return max(12, low // 2)


def _specifics_notes(ask: AskBack, specifics: list[str], said: str, latest: str,
                     bare: bool = False) -> list[str]:
    """What the answer (``said``, with what a follow-up added) named, as the user would say it
    back ("80 families", not "80"), or what would make it concrete; a result told without a
    figure in the ``latest`` words ("mistakes went down a lot") is asked for one, since that
    is what a listener remembers (once: not again under the reply to a follow-up). A ``bare``
    answer, a few words where a quarter of the target would start one ("Mostly Excel, I
    think."), is told a name in it is only a start, not praised for it."""
    named = sorted((listening.with_unit(said, s) for s in specifics if not is_example_cue(s)),
                   key=lambda s: not _SUM_OR_SHARE.search(s))  # a result first: "15%"
    notes = []
    if named and bare and all(zone_of_place(s) for s in named):  # "I'm an architect in
        # Toronto": where they live is no selling detail to build on
        notes.append("Add one thing you've done that fits this field: a project, a number,"
                     " a result. Where you live is no detail to build on.")
    elif named and bare:
        shown = ", ".join(f"\u201c{s}\u201d" for s in named[:3])
        what = ": what you did, and one example" if "example" in " ".join(ask.covers) else ""
        notes.append(f"You named {shown}: a start, but on its own it says little. Build a"
                     f" sentence or two around it{what}.")
    elif named:  # the details themselves; "for example" only says one follows
        shown = ", ".join(f"\u201c{s}\u201d" for s in named[:3])
        if len(named) > 3:  # the scorecard counts them all: say so here too
            shown += f" and {len(named) - 3} more"
        example = ", and an example" if len(named) < len(specifics) else ""
        notes.append(f"Specifics: {shown}{example}. Concrete details make you memorable.")
    elif specifics and scene_of(said):  # "a customer … ends up crying at my till"
        notes.append(f"You told a real moment (\u201c{scene_of(said)}\u201d): that's what"
                     " people remember.")
    elif specifics and not vague_result(latest):
        notes.append("You gave an example: name one detail in it (a number, a tool, a place)"
                     " so it sticks.")
    elif specifics:
        notes.append("You gave an example with a result, which is what people remember.")
    elif ask.id == "how-can-i-help":  # a request is judged on being one, not on figures
        if not favours.asked_of_them(latest):
            notes.append("Ask for one concrete thing they can do: an introduction to someone"
                         " in the team you're aiming at, or a look at your CV.")
    elif ask.id == "role-aiming-for" and names_a_title(latest):  # "Ideally senior analyst
        # level at a mid-size manufacturer": the role is the detail this question asks for
        notes.append("A clear aim: the role is named. Say in a line why it fits you, and"
                     " the answer is complete.")
    elif not ASKS_WORRY.search(ask.text):  # a worry needs no figures to be heard
        notes.append("No specifics yet: add a number, a name or a quick \u201cfor example\u201d.")
    result = vague_result(latest)
    if result and not any(_SUM_OR_SHARE.search(s) or s[:1].isdigit() for s in named):
        notes.append(f"Put a number on the result: \u201c{result}\u201d, by about how much?"
                     " One figure makes it stick.")
    return notes


_SUM_OR_SHARE = re.compile(r"[%$£€]|\d(?:k|m|bn)\b|\b(?:thousand|million|billion|thirds?|"
                           r"quarters?|half|doubled|tripled|halved)\b", re.I)
_FAR_SHORT = 0.6
TURN_BACK_TIP = ("When it fits, end by turning it back to them: \u201c...which is why I'd love"
                  " to hear how you got into it.\u201d")
"""Given once, on the first answer long enough to end well; the notes kept show whether."""
"""Under this share of the target, an answer gets the list of what a strong one covers."""


_TONE_NOTES = {
    "slang": "Tone: chat shorthand ({typed}) reads as casual; put it as you would to a"
             " contact you have just met.",
    "uncommitted": "Tone: \u201c{said}\u201d sounds as if the field doesn't matter to you."
                   " Say what draws you to this work instead.",
    "both": "Tone: chat shorthand ({typed}) reads as casual, and \u201c{said}\u201d sounds as if"
            " any job would do. Say it in full, and say what draws you to this work.",
}


def length_note(length: str, words: int, low: int, high: int) -> str:
    count = f"{words} word{'' if words == 1 else 's'}"
    if length == "too_short":
        return f"Too short: {count}; aim for {low}\u2013{high}."
    if length == "too_long":
        return f"Too long: {count}; aim for {low}\u2013{high}, then let them ask more."
    if not low <= words <= high:  # within the leeway, and said so
        return f"Close enough: {count} (target {low}\u2013{high})."
    return f"Good length: {count} (target {low}\u2013{high})."


def duration(seconds: int) -> str:
    """Seconds as a person says them: "45 s", "2 min", "1 min 5 s"."""
    if seconds < 60:
        return f"{seconds} s"
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"
