"""The debrief after a practice session: what the scorecard holds and how either mode is
scored out of 10, with a one-line explanation and the few things to improve next time."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.banks.model import CATEGORIES
from bot.features.practice.answers import is_example_cue
from bot.features.practice.asides import apology_tip
from bot.features.practice.people import already_one, another_path, in_the_field
from bot.features.practice.state import Stored, TheyAskState, YouAskState

__all__ = ["Scorecard", "job_asks_said", "scorecard", "verdict"]


@dataclass
class Scorecard(Stored):
    """The debrief after a session, kept in the user's history (JSON via ``to_dict``)."""

    mode: str
    field: str
    title: str
    persona_name: str
    score: float  # out of 10
    explanation: str
    improvements: list[str] = field(default_factory=list)
    # you ask
    minutes_planned: int = 0
    minutes_used: float = 0.0
    questions_asked: int = 0
    categories_covered: list[str] = field(default_factory=list)
    categories_missing: list[str] = field(default_factory=list)
    asked_referral: bool = False
    offered_wrap_up: bool = False
    wrap_up_on_time: bool = False
    # how the wrap-up went: "on_time"; "kept_going" (offered near the end, then asked on until
    # the contact called time); "no_chance" (time ran out mid-answer, unwarned); "" (never)
    wrap_up: str = ""
    thanked: bool = False
    thanked_early: bool = False  # thanked them at the start (which is not a close)
    introduced: bool = False  # took up an introduction without asking "who else?"
    never_asked_for_job: bool = True
    job_asks: int = 0
    cv_asks: int = 0  # of the job asks, the CVs put up for review or offered
    googleable: int = 0
    closed: int = 0
    multiple: int = 0
    end_reason: str | None = None
    short: bool = False  # ended in its first exchanges: shown as short, kept out of progress
    not_asked: list[dict[str, str]] = field(default_factory=list)  # id, category, text
    # they ask
    answers: list[dict[str, Any]] = field(default_factory=list)
    averages: dict[str, float] = field(default_factory=dict)


def scorecard(state: YouAskState | TheyAskState) -> Scorecard:
    """The debrief for either mode (works mid-session too: it scores what happened)."""
    if isinstance(state, TheyAskState):
        return _they_ask_card(state)
    return _you_ask_card(state)


def category_label(category: str) -> str:
    return category.capitalize()


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def job_asks_said(job_asks: int, cv_asks: int) -> str:
    """"1 job ask", "1 CV request", or both: a CV put up for review ("would you look at my CV
    once I've rewritten it?") is not an ask for a job, though it costs the same."""
    said = [_plural(job_asks - cv_asks, "job ask")] if job_asks > cv_asks else []
    return " and ".join(said + ([_plural(cv_asks, "CV request")] if cv_asks else []))


# --------------------------------------------------------------------------- you ask

# Points for 'you ask' (out of 10): what domain.md §3 says a good meeting does.
_POINTS_PER_CATEGORY = 0.6  # 3.0 for all five TIARA categories
_POINTS_REFERRAL = 2.0
_POINTS_WRAP_UP = 1.5
_POINTS_THANKS = 1.5
_POINTS_NO_JOB_ASK = 1.0
_POINTS_CLEAN = 1.0  # minus 0.25 per googleable / closed / several-at-once question
_FULL_MEETING_QUESTIONS = 5  # domain.md: a 20-30 minute meeting fits about 5-8 questions
_WAY_IN = re.compile(
    r"\b(?:someone\s+new|first\s+role|move\s+into\s+this|test\s+whether|routes\s+into|bootcamp|"
    r"too\s+old\s+to|from\s+a\s+different\s+career|learn\s+first|while\s+they\s+train|student\s+"
    r"placements|after\s+qualifying|clinical\s+and\s+non-clinical|portfolio\s+projects|frontend,\s+"
    r"backend|difference\s+between|early\s+in\s+a\s+career|which\s+career|different\s+from\s+"
    r"(?:project|programme|program)|train\s+as\s+an?\b|someone\s+new\s+to)", re.IGNORECASE)
"""A question about the way into a field, no use to someone who told they work in it."""
_ROOM_MINUTES = 8
"""Minutes left at the end that would have fit another question or two: worth saying when a
TIARA category went unasked (finishing early is polite; leaving a gap unasked is not)."""
SHORT_SESSION = 2
"""A session with fewer questions asked (or answered) than this ended in its first
exchanges: it is shown as short and kept out of the progress line, because scoring an
abandoned rehearsal against full ones only makes progress look like a fall."""


def _weak(state: YouAskState) -> int:
    return state.googleable + state.closed + state.multiple


_LAST_MINUTES = 5.0
"""An offer this close to the end counts even if the contact's last answer ran out the clock."""


def _wrap_ok(state: YouAskState) -> bool:
    """Offered before time ran out, and the meeting then ended on the user's word: one the
    contact had to cut off ran over, whatever was said on the way, unless the offer was the
    last word or so before the end."""
    asked_on = state.turns - state.wrap_up_turn - state.wrap_closing  # questions after it
    return state.offered_wrap_up and state.wrap_up_on_time and (
        state.end_reason != "time_up" or asked_on == 0 or (  # "I am conscious of the time.
            # Anyone else I should talk to?", a yes to the offer, and the contact ran out the
            # clock: nothing more was asked of them
            (state.wrap_up_at or 0) >= state.minutes - _LAST_MINUTES and asked_on < _KEPT_GOING))


_KEPT_GOING = 2
"""Turns after "oh ok i'll be quick" until the contact had to stop the meeting: no wrap-up."""
_NEAR_THE_END = 0.75
"""From this share of the meeting, saying the time is nearly up is a wrap-up offer, even if
more questions followed ("I know we are almost out of time" at 26 of 30); before it, it is a
courtesy ("i know ur busy" at minute 8)."""


def _wrap_up(state: YouAskState) -> str:
    """How the user handled the end of the meeting, as the card says it: on time; offered near
    the end, then kept asking until the contact called time (credit, with a note); no chance,
    when the time ran out in the middle of an answer before any warning; or never."""
    if _wrap_ok(state):
        return "on_time"
    if state.offered_wrap_up and (state.wrap_up_at or 0) >= state.minutes * _NEAR_THE_END and (
            state.wrap_up_on_time):
        return "kept_going"
    if state.end_reason == "time_up" and not state.offered_wrap_up and not state.time_hint_given:
        return "no_chance"
    return ""


_WRAP_POINTS = {"on_time": 1.0, "no_chance": 1.0, "kept_going": 0.5}
"""The share of the wrap-up's points each way earns: no chance is not held against them."""


def _depth(state: YouAskState) -> float:
    """How much of a full meeting was held, up to 1: every question about the work counts,
    those the contact could only answer honestly too ("do you like pizza?" is no question
    of the meeting), so the card says one number."""
    return min(1.0, _questions(state) / _FULL_MEETING_QUESTIONS)


def _you_ask_score(state: YouAskState, covered: list[str]) -> float:
    """Good manners in a meeting cut short earn in proportion to the meeting held: three
    questions, a thank-you and a goodbye is not an 8/10 rehearsal."""
    conduct = (
        _POINTS_WRAP_UP * _WRAP_POINTS.get(_wrap_up(state), 0.0)
        + (_POINTS_THANKS if state.thanked else 0)
        + (_POINTS_NO_JOB_ASK if state.job_asks == 0 else 0)
        + max(0.0, _POINTS_CLEAN - 0.25 * _weak(state))
    )
    score = (
        _POINTS_PER_CATEGORY * len(covered)
        + (_POINTS_REFERRAL if state.asked_referral or _introduced(state) else 0)
        + _depth(state) * conduct
    )
    return round(min(10.0, score), 1)


def _introduced(state: YouAskState) -> bool:
    """Whether the user took up an introduction to someone else: what asking "who else?" is
    for, though the contact offered it first."""
    return any("introduc" in accepted.lower() for accepted in state.accepted)


def _questions(state: YouAskState) -> int:
    """Questions the persona answered, honestly too ("I can't speak for Siemens"), and those
    it answered again ("As I mentioned…", a "did you mean …?" confirmed to one already asked):
    all were asked, though only the bank's first answers count towards the categories."""
    again = sum(n - 1 for n in state.times_asked.values() if n > 1)  # a question heard in
    # the "they ask" round before is seeded at 1: asking it here is its first time
    return len(state.asked) + state.off_bank + again


def _you_ask_explanation(state: YouAskState, covered: list[str]) -> str:
    if _questions(state) < SHORT_SESSION:
        return (f"A short session ({_plural(_questions(state), 'question')}), so this score"
                " is not counted in your progress.")
    good: list[str] = [f"covered {len(covered)} of 5 TIARA categories"]
    lost: list[str] = []
    if _depth(state) < 1:
        lost.append(f"a short meeting ({_plural(_questions(state), 'question')})")
    if _introduced(state) and not state.asked_referral:
        good.append("coming away with an introduction")
    else:
        (good if state.asked_referral else lost).append("asking who else to talk to")
    wrap = _wrap_up(state)
    if wrap == "kept_going":
        good.append("saying the time was nearly up (though you asked on after it)")
    elif wrap != "no_chance":
        (good if wrap else lost).append("offering to wrap up on time")
    (good if state.thanked else lost).append("thanking them")
    cost: list[str] = []  # what was done and cost points, apart from what was left undone
    if state.job_asks:  # "Points missed: … asking for a job" read as advice to ask for one
        cost.append(job_asks_said(state.job_asks, state.cv_asks))
    weak = _weak(state)
    if weak:
        cost.append(_plural(weak, "weak question"))
    explanation = "You " + good[0]
    extra = good[1:]
    if extra:
        explanation += ", with credit for " + _join(extra)
    explanation += "."
    if lost:
        explanation += " Points missed: " + _join(lost) + "."
    if cost:
        explanation += " Points lost for " + _join(cost) + "."
    return explanation


def _not_asked(state: YouAskState) -> list[dict[str, str]]:
    """Three high-value questions worth asking next time, uncovered categories first; not
    one the user asked in words that missed ("did you mean …?")."""
    seen = set(state.asked) | set(state.near)
    inside = state.insider or in_the_field(state.background, state.field)
    options = [(qid, cat, text) for qid, cat, text in state.high_value if qid not in seen
               and not already_one(state.background, text)  # no routes into nursing for a nurse
               and not another_path(state.background, text)  # nor the PhD route to an accountant
               and not (inside and _WAY_IN.search(text))]  # nor a way in for a teacher of 20 years
    # one for each category missed first (a Resources gap gets a Resources question), then
    # the rest of the missed categories' questions, then the others
    firsts = [next(o for o in options if o[1] == c) for c in CATEGORIES
              if c not in state.categories and any(o[1] == c for o in options)]
    rest = sorted((o for o in options if o not in firsts), key=lambda o: o[1] in state.categories)
    return [{"id": i, "category": c, "text": t} for i, c, t in [*firsts, *rest][:3]]


_HABIT_TWICE = 2
"""A habit shown this often is worth a line of its own among what to do next time."""


def _you_ask_improvements(state: YouAskState, missing: list[str]) -> list[str]:
    improvements: list[str] = []
    if _depth(state) < 1:
        improvements.append(
            f"Use the time: {state.minutes} minutes fit about 5\u20138 questions, and you "
            f"asked {_questions(state)}."
        )
    if missing:
        left = int(state.minutes - state.elapsed)
        room = (f" (you finished with {left} of {state.minutes} minutes left)"
                if _depth(state) >= 1 and left >= _ROOM_MINUTES else "")
        improvements.append(
            f"Cover the missing TIARA categories{room}: "
            + ", ".join(category_label(c) for c in missing)
        )
    if state.multiple >= _HABIT_TWICE:  # counted among the weak questions: said what to do
        improvements.append(f"Ask one question at a time: {state.multiple} of your messages"
                            " asked several, and a contact often answers only one of them.")
    if not state.asked_referral and not _introduced(state):
        improvements.append(
            "Before you finish, ask \u201cWho else would you suggest I talk to?\u201d"
        )
    if _wrap_up(state) == "kept_going":
        improvements.append("Once you've said time is nearly up, ask one last question at most,"
                            " then thank them and close.")
    elif not _wrap_up(state):
        improvements.append("Watch the clock and offer to wrap up yourself before time runs out.")
    if not state.thanked:
        improvements.append("You thanked them at the start; thank them again as you close."
                            if state.thanked_at_start else "Close by thanking them for their time.")
    if state.job_asks:
        improvements.append(
            "Share your CV only when they ask for it: offered unasked, it can read as a job hunt."
            if state.cv_asks >= state.job_asks else
            "Never ask for a job or hand over a CV unless they ask for it.")
    return improvements[:3]


def _you_ask_card(state: YouAskState) -> Scorecard:
    covered = [c for c in CATEGORIES if c in state.categories]
    missing = [c for c in CATEGORIES if c not in state.categories]
    return Scorecard(
        mode="you_ask",
        field=state.field,
        title=state.title,
        persona_name=state.persona_name,
        score=_you_ask_score(state, covered),
        explanation=_you_ask_explanation(state, covered),
        improvements=_you_ask_improvements(state, missing),
        minutes_planned=state.minutes,
        minutes_used=round(state.elapsed, 1),
        questions_asked=_questions(state),
        categories_covered=covered,
        categories_missing=missing,
        asked_referral=state.asked_referral,
        offered_wrap_up=state.offered_wrap_up,
        wrap_up_on_time=_wrap_ok(state),
        wrap_up=_wrap_up(state),
        thanked=state.thanked,
        thanked_early=state.thanked_at_start,
        introduced=_introduced(state),
        never_asked_for_job=state.job_asks == 0,
        job_asks=state.job_asks,
        cv_asks=state.cv_asks,
        googleable=state.googleable,
        closed=state.closed,
        multiple=state.multiple,
        end_reason=state.end_reason,
        short=_questions(state) < SHORT_SESSION,
        not_asked=_not_asked(state),
    )


# --------------------------------------------------------------------------- they ask

_FALLBACK_TIPS = (
    "Rehearse \u201ctell me about yourself\u201d aloud: present, past, then why this field,"
    " in under a minute.",
    "Keep one short story ready (what happened, what you did, the result) to reuse.",
)
"""Tips that fill the list up to two when the answers gave little to pick on."""


def _answer_points(answer: dict[str, Any]) -> float:
    """Out of 10: length 4, specifics 3, fillers and tone 2, turning back 1; a non-answer
    scores 0. A good length reached only after a follow-up question earns part of its points
    (three short first answers had scored 9/10), and chat slang costs one of the two."""
    if answer.get("thin"):
        return 0.0
    points = (2.5 if answer.get("followed_up") else 4.0) if answer["length"] == "good" else 1.5
    points += min(3.0, 1.5 * len(answer["specifics"]))
    points += max(0.0, (2.0 if answer["filler_count"] == 0 else 1.0 if answer["filler_count"] <= 2
                        else 0.0) - (1.0 if answer.get("tone") else 0.0))
    points += 1.0 if answer["turns_back"] else 0.0
    return points


def _summary(answer: dict[str, Any]) -> dict[str, Any]:
    """One answer as the scorecard keeps it: counts rather than the lists behind them."""
    return {
        "id": answer["ask_back_id"],
        "question": answer["question"],
        "words": answer["words"],
        "target": list(answer["target"]),
        "length": answer["length"],
        "said_before": bool(answer.get("said_before")),  # "As I said, …": told already
        # as the feedback showed them: each detail named, and "an example" once
        "specifics": _counted(answer["specifics"]),
        "fillers": answer["filler_count"],
        "seconds": answer["seconds"],
        "turns_back": answer["turns_back"],
        "followed_up": answer.get("followed_up", False),
    }


def _averages(summary: list[dict[str, Any]]) -> dict[str, float]:
    n = len(summary)

    def avg(key: str) -> float:
        return round(sum(s[key] for s in summary) / n, 1) if n else 0.0

    return {key: avg(key) for key in ("words", "specifics", "fillers")}


@dataclass(frozen=True)
class _Answers:
    """What the 'they ask' issue checks look at."""

    raw: list[dict[str, Any]]  # Feedback.to_dict()s
    summary: list[dict[str, Any]]
    averages: dict[str, float]

    @property
    def n(self) -> int:
        return len(self.raw)


_Issue = tuple[float, str]  # (weight, improvement): the heaviest three are shown


def _say_more(a: _Answers) -> _Issue | None:
    short = [s for s in a.summary if s["length"] == "too_short"]
    if not short:
        return None
    s = short[0]
    return (
        len(short) / max(a.n, 1) + 0.5,
        f"Say more: {len(short)} of {a.n} answers {_were(len(short))} under target (e.g."
        f" {s['words']}"
        f" words where {s['target'][0]}\u2013{s['target'][1]} fits). Add one example.",
    )


def _were(count: int) -> str:
    return "was" if count == 1 else "were"


def _weighed(found: list[dict[str, Any]], a: _Answers, bonus: float, text: str) -> _Issue | None:
    """An improvement weighed by the share of answers it concerns (None when none does)."""
    return (len(found) / max(a.n, 1) + bonus, text) if found else None


def _first_time(a: _Answers) -> _Issue | None:
    """A thin first reply the persona had to follow up: in a real meeting, not every contact
    asks twice."""
    helped = [s for s in a.summary if s.get("followed_up")]
    return _weighed(helped, a, 0.45, f"Answer fully the first time: {len(helped)} of {a.n}"
                    " answers needed a follow-up question to get going. Give a sentence of"
                    " context and one example straight away.")


def _tighten_up(a: _Answers) -> _Issue | None:
    long_ = [s for s in a.summary if s["length"] == "too_long"]
    return _weighed(long_, a, 0.4, f"Tighten up: {len(long_)} of {a.n} answers ran long. Lead"
                    " with the point, give one example, then stop and let them ask.")


_NO_FIGURES_NEEDED = frozenset({"biggest-concern", "how-can-i-help", "why-me"})
"""Answers judged on saying it, not on figures: a worry, a request, why this contact."""


def _be_concrete(a: _Answers) -> _Issue | None:
    # named by number: "1 answer had no specifics" beside two listed with none (a worry needs
    # no figures) read as a miscount
    plain = [n for n, s in enumerate(a.summary, 1)
             if s["specifics"] == 0 and s.get("id") not in _NO_FIGURES_NEEDED
             and not s.get("said_before")]  # "As I said, …": its details were told before
    if not plain:
        return None
    which = " and ".join(", ".join(map(str, plain)).rsplit(", ", 1))
    return (
        len(plain) / max(a.n, 1) + 0.45,
        f"Be concrete: answer{'s' if len(plain) != 1 else ''} {which} had no"
        " specifics. Name a tool, an organisation or a number, or say \u201cfor"
        " example, when I...\u201d.",
    )


def _cut_fillers(a: _Answers) -> _Issue | None:
    per_answer = a.averages["fillers"]
    if per_answer < 1.5:
        return None
    totals: dict[str, int] = {}
    for answer in a.raw:
        for name, count in answer["fillers"].items():
            totals[name] = totals.get(name, 0) + count
    worst = max(totals, key=totals.__getitem__)
    return (
        0.4 + per_answer / 10,
        f"Cut the fillers: {per_answer} per answer on average, mostly"
        f" \u201c{worst}\u201d (\u00d7{totals[worst]}). Pause instead.",
    )


def _hand_back(a: _Answers) -> _Issue | None:
    if not a.n or any(s["turns_back"] for s in a.summary):
        return None
    return (
        0.3,
        "Turn it back at least once: end an answer with a question about their path"
        " (\u201c...how did you get into it?\u201d). It keeps the meeting about them.",
    )


def _mind_the_tone(a: _Answers) -> _Issue | None:
    toned = [r for r in a.raw if r.get("tone")]
    if not toned:
        return None
    kinds = {t for r in toned for t in r["tone"]}
    what = ("chat shorthand" if kinds == {"slang"} else  # (said in their words, not quoted)
            "sounding as if any job would do" if kinds == {"uncommitted"} else
            "chat shorthand and sounding as if any job would do")
    why = "" if kinds == {"slang"} else ", and say what draws you to the work"
    return (
        0.55 + 0.4 * len(toned) / max(a.n, 1),  # in every answer, it is the point to make
        f"Mind the tone: {what} came up in {_plural(len(toned), 'answer')}. Speak as you"
        f" would to a professional you've just met{why}.",
    )


def _apologies(a: _Answers) -> _Issue | None:
    """Apologising as a habit ("Sorry, I always get nervous", "I guess. Sorry."): said
    kindly, once, and weighed by how often."""
    tip = apology_tip(a.raw)
    return (0.45 + 0.1 * min(tip[0], 4), tip[1]) if tip else None


_ISSUE_CHECKS: tuple[Callable[[_Answers], _Issue | None], ...] = (
    _say_more,
    _first_time,
    _tighten_up,
    _be_concrete,
    _mind_the_tone,
    _apologies,
    _cut_fillers,
    _hand_back,
)
"""Each check in the order ties are broken: the earlier wins at equal weight."""


def _they_ask_improvements(answers: _Answers) -> list[str]:
    issues = [issue for check in _ISSUE_CHECKS if (issue := check(answers)) is not None]
    issues.sort(key=lambda i: -i[0])
    improvements = [text for _, text in issues[:3]]
    for fallback in _FALLBACK_TIPS:
        if len(improvements) >= 2:
            break
        improvements.append(fallback)
    return improvements


def _they_ask_explanation(answers: _Answers) -> str:
    if not answers.n:
        return "No answers yet."
    if answers.n < SHORT_SESSION:
        return "A short session (1 answer), so this score is not counted in your progress."
    verdicts = [verdict(s) for s in answers.summary]
    good_len = verdicts.count("good length")
    helped = sum(1 for s, v in zip(answers.summary, verdicts, strict=True)
                 if v == "good length" and s.get("followed_up"))
    # said as the list below shows each answer ("close enough", "too short"): "4 of 4 … a
    # good length (2 close enough)" beside two marked "close enough" read as a contradiction
    after = f" ({helped} only after a follow-up question)" if helped else ""
    rest = [f"{verdicts.count(v)} {v}" for v in ("close enough", "too short", "too long",
                                                    "said before") if v in verdicts]
    others = f" and {_join(rest)}" if len(rest) == 1 else f", {_join(rest)}" if rest else ""
    return (
        f"{good_len} of {answers.n} answers {_were(good_len)} a good length{after}{others},"
        f" with {_figure(answers.averages['specifics'])} specific"
        f"{'' if answers.averages['specifics'] == 1 else 's'} and"
        f" {_figure(answers.averages['fillers'])} filler"
        f" word{'' if answers.averages['fillers'] == 1 else 's'} per answer on average."
    )


def verdict(answer: dict[str, Any]) -> str:
    """An answer's length as the card shows it: "good length", "close enough" (within the
    leeway of its target), "too short" or "too long"."""
    low, high = answer["target"]
    if answer.get("said_before"):  # "As I said, seeing the children develop": 11 words is right
        return "said before"
    if answer["length"] == "good":
        return "good length" if low <= answer["words"] <= high else "close enough"
    return {"too_short": "too short", "too_long": "too long"}.get(answer["length"],
                                                                   answer["length"])


def _figure(value: float) -> str:
    """An average as it is read: "3", not "3.0"; "1.5" as it is."""
    return f"{value:g}"


def _they_ask_card(state: TheyAskState) -> Scorecard:
    summary = [_summary(a) for a in state.answers]
    answers = _Answers(state.answers, summary, _averages(summary))
    n = answers.n
    return Scorecard(
        mode="they_ask",
        field=state.field,
        title=state.title,
        persona_name=state.persona_name,
        score=round(sum(_answer_points(a) for a in state.answers) / n, 1) if n else 0.0,
        explanation=_they_ask_explanation(answers),
        improvements=_they_ask_improvements(answers),
        answers=summary,
        averages=answers.averages,
        short=n < SHORT_SESSION,
    )


def _counted(specifics: list[str]) -> int:
    named = [s for s in specifics if not is_example_cue(s)]
    return len(named) + (len(named) < len(specifics))
