"""The scorecard as Telegram HTML: a phone-sized debrief using only <b> and <i>, with every
bank and user text escaped."""

from __future__ import annotations

from bot.banks.model import CATEGORIES
from bot.engine.text import plural
from bot.engine.ui import esc
from bot.features.practice.scorecard import Scorecard, category_label, job_asks_said, verdict

__all__ = ["MAX_RENDER_CHARS", "render_scorecard"]

MAX_RENDER_CHARS = 3500


def _tick(ok: bool) -> str:
    return "\u2705" if ok else "\u274c"


_OVER = ("you ran over", "the contact had to call time")
"""Why a meeting went past its plan: the user kept going, or their last question used the
time up and the contact stopped them (the wrap-up line already says what to do instead)."""


_WRAP_LINES = {
    "on_time": "\u2705 Offered to wrap up on time",
    "kept_going": "\u2705 Offered to wrap up (then asked on, and the contact had to call time)",
    "no_chance": "\u2796 Offered to wrap up: no chance, the time ran out mid-answer",
    # offered near the end, and the one question after it ran the clock out
    "last_over": "\u2705 Offered to wrap up (your last question ran just past the time)",
}
"""The wrap-up line by how it went: a user who said the time was nearly up is credited, with
a note if they asked on; one the clock ran out on unwarned gets no cross."""


def render_scorecard(card: Scorecard) -> str:
    """The scorecard as Telegram HTML (only <b> and <i>; every text escaped), sized for a
    phone and kept under ``MAX_RENDER_CHARS``."""
    lines = [f"<b>Practice debrief: {esc(card.title or card.field)}</b>"]
    who = esc(card.persona_name) if card.persona_name else "the contact"
    if card.mode == "they_ask":
        lines.append(f"<i>{who} asked the questions</i>")
    else:
        lines.append(f"<i>You asked {who} the questions</i>")
    lines.append(f"Score: <b>{card.score:g}/10</b>")
    lines.append(f"<i>{esc(card.explanation)}</i>")
    lines.append("")
    if card.mode == "they_ask":
        lines.extend(_render_they_ask(card))
    else:
        lines.extend(_render_you_ask(card))
    if card.improvements:
        lines.append("")
        lines.append("<b>Next time</b>")
        lines.extend(f"\u2022 {esc(text)}" for text in card.improvements)
    text = "\n".join(lines)
    if len(text) > MAX_RENDER_CHARS:
        # Only very long bank texts could get here; cut at a line, never inside a tag.
        cut = text.rfind("\n", 0, MAX_RENDER_CHARS - 2)
        text = text[:cut] + "\n\u2026"
    return text


def _render_you_ask(card: Scorecard) -> list[str]:
    tiara = ", ".join(
        f"{category_label(c)} {_tick(c in card.categories_covered)}" for c in CATEGORIES
    )
    lines = [
        f"<b>TIARA</b> ({len(card.categories_covered)}/5): {tiara}",
        "\u2705 Came away with an introduction to someone else" if card.introduced and not (
            card.asked_referral) else f"{_tick(card.asked_referral)} Asked who else to talk to",
        _WRAP_LINES.get("last_over" if card.wrap_up == "on_time" and card.end_reason == "time_up"
                        else card.wrap_up or ("on_time" if card.wrap_up_on_time else ""),
                        "\u274c Offered to wrap up on time"),
        f"{_tick(card.thanked)} Thanked them"
        + (" as you closed (you did at the start)" if card.thanked_early and not card.thanked
           else ""),
        f"{_tick(card.never_asked_for_job)} Never asked for a job"
        + (" or offered your CV" if card.cv_asks else "")
        + (f" ({job_asks_said(card.job_asks, card.cv_asks)})" if card.job_asks else ""),
        # whole minutes, as the clock during the meeting shows them ("6 in 16.2 of 20 min")
        f"Questions: {card.questions_asked} in {max(1, round(card.minutes_used))} of "
        f"{card.minutes_planned} min"
        if round(card.minutes_used) <= card.minutes_planned else  # "8 in 22 of 20 min" read
        # oddly; "20.1 min (20 planned: you ran over)" scolded six seconds
        f"Questions: {card.questions_asked} in {max(1, round(card.minutes_used))} min"
        f" ({card.minutes_planned} planned: {_OVER[card.end_reason == 'time_up']})",
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
                f"{number}. {esc(item['text'])} <i>({esc(category_label(item['category']))})</i>"
            )
    return lines


def _render_they_ask(card: Scorecard) -> list[str]:
    lines = ["<b>Your answers</b>"]
    for number, a in enumerate(card.answers, 1):
        low, high = a["target"]
        said = verdict(a)  # within the leeway "close enough", as the summary counts it
        lines.append(f"{number}. <i>{esc(a['question'])}</i>")
        lines.append(
            f"   {plural(a['words'], 'word')}{' with a follow-up' if a.get('followed_up') else ''}"
            f" ({low}\u2013{high}, {said}) \u00b7 "
            f"{plural(a['specifics'], 'specific')} \u00b7 {plural(a['fillers'], 'filler')}"
            # credit where it was done; not a ❌ on every answer where it did not fit
            + (f" \u00b7 turned back {_tick(True)}" if a["turns_back"] else "")
        )
    av = card.averages
    if av:
        lines.append("")
        lines.append(
            f"<b>Averages</b>: {av.get('words', 0):g} words, {av.get('specifics', 0):g}"
            f" specific{'' if av.get('specifics') == 1 else 's'}, {av.get('fillers', 0):g}"
            f" filler{'' if av.get('fillers') == 1 else 's'}"
        )
    return lines
