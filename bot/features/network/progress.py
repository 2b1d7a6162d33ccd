"""/stats: the numbers of the user's search, computed once, shown as text and as a chart.

Pure. The chart (`chart.py`) draws exactly the `Progress` the text is written from, so the
picture and the words beside it cannot disagree; every funnel step counts the contacts who
reached that stage or a later one, so each number is at most the one before it and the
reply rate is the funnel's own two numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.engine.models import User
from bot.engine.text import plural
from bot.engine.timezones import zone
from bot.engine.ui import esc
from bot.features.network.pipeline import STAGES

MONTHS = 6
SCORES_SHOWN = 6  # the last scores of each mode, in words, beside the chart's line
MODES = {"you_ask": "You ask", "they_ask": "They ask"}
FUNNEL = (("asked", "Asked"), ("replied", "Replied"), ("met", "Met"), ("thanked", "Thanked"))


@dataclass(frozen=True)
class Progress:
    contacts: int
    funnel: tuple[tuple[str, int], ...]  # (label, people), asked → … → referrals received
    reply_rate: int | None  # % of the people asked who replied; None before anyone was asked
    drafts: int
    drafts_sent: int
    avg_check: int | None  # % of draft checks passed, on average
    meetings: int
    meetings_ahead: int
    months: tuple[tuple[str, int], ...]  # ("Jul 26", meetings) for the last MONTHS months
    practice: tuple[tuple[datetime, str, float], ...]  # (local end, mode label, score /10)
    as_of: str  # "30 Nov 2026"
    next_time: str = ""  # the last rehearsal's first "do next time"

    @property
    def empty(self) -> bool:
        return self.contacts == 0 and not self.practice


def _reached(by_status: dict[str, int], stage: str) -> int:
    at = STAGES.index(stage)
    return sum(n for s, n in by_status.items() if s in STAGES and STAGES.index(s) >= at)


def _month_keys(now: datetime) -> list[tuple[int, int]]:
    y, m = now.year, now.month
    keys = []
    for _ in range(MONTHS):
        keys.append((y, m))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return list(reversed(keys))


def progress(rows: dict, user: User, now: datetime) -> Progress:
    """`rows` as store.progress_rows reads them."""
    tz = zone(user.tz)
    by = rows["by_status"]
    funnel = tuple((label, _reached(by, stage)) for stage, label in FUNNEL)
    asked, replied = funnel[0][1], funnel[1][1]
    local_now = now.astimezone(tz)
    starts = [datetime.fromisoformat(s).astimezone(tz) for s in rows["meeting_starts"]]
    counts = {k: 0 for k in _month_keys(local_now)}
    for s in starts:
        if (s.year, s.month) in counts and s <= local_now:
            counts[(s.year, s.month)] += 1
    months = tuple((datetime(y, m, 1).strftime("%b %y"), n) for (y, m), n in counts.items())
    counted = [p for p in rows["sessions"]
               # a session abandoned early is "not counted in your progress", as its scorecard
               # says
               if p["score"] is not None and not ((p.get("scorecard") or {}).get("short")
                                                  or (p.get("scorecard") or {}).get("follow_on"))]
    # each field its own line once there are two: a UX 7.9 then a first teaching 6.8 is no
    # decline, and the scorecard's progress line keeps fields apart too
    fields = len({p.get("field") for p in counted}) > 1
    practice = tuple(
        (datetime.fromisoformat(p["ended_at"]).astimezone(tz),
         MODES.get(p["mode"], p["mode"]) + (f" ({field_label(p.get('field'))})" if fields else ""),
         p["score"] / 10) for p in counted)
    return Progress(
        contacts=sum(by.values()),
        funnel=(*funnel, ("Referrals received", rows["referrals"])),
        reply_rate=round(100 * replied / asked) if asked else None,
        drafts=rows["drafts"], drafts_sent=rows["sent"],
        avg_check=None if rows["avg_score"] is None else round(100 * rows["avg_score"]),
        meetings=len(starts), meetings_ahead=sum(1 for s in starts if s > local_now),
        months=months, practice=practice, as_of=local_now.strftime("%d %b %Y"),
        next_time=_next_time(rows.get("last_rehearsal")),
    )


_FIELD_LABELS = {"ux_design": "UX design", "nonprofit_public": "nonprofit & public sector"}


def field_label(field: str | None) -> str:
    """A bank's field as a label reads it: "data analytics", "UX design"."""
    return _FIELD_LABELS.get(field or "", (field or "other").replace("_", " "))


def _next_time(last: dict | None) -> str:
    tips = (last or {}).get("scorecard", {}).get("improvements") or []
    return str(tips[0]) if tips else ""


def _practice_lines(p: Progress) -> list[str]:
    if not p.practice:
        return ["No rehearsals yet — /practice takes five minutes."]
    lines = []
    for mode in dict.fromkeys(m for _, m, _ in p.practice):
        scores = [s for _, m, s in p.practice if m == mode]
        shown = " → ".join(f"{s:.1f}" for s in scores[-SCORES_SHOWN:])  # the chart's points
        earlier = f"{scores[0]:.1f} … " if len(scores) > SCORES_SHOWN else ""
        lines.append(f"{mode}: {plural(len(scores), 'session')}, "
                     f"{earlier}{shown} (best {max(scores):.1f}/10)")
    return lines


def stats_text(p: Progress) -> str:
    """The numbers in words: the chart's caption, and all of /stats if it cannot be drawn."""
    steps = " → ".join(f"{label.lower()} {n}" for label, n in p.funnel)
    lines = [f"📊 <b>Your funnel</b> and progress (as of {p.as_of})",
             f"Contacts: {p.contacts}", f"People: {steps}"]
    if p.reply_rate is not None:
        lines.append(f"Reply rate: {p.reply_rate}% ({p.funnel[1][1]} of the {p.funnel[0][1]} "
                     "people you asked)")
    drafts = f"Drafts written: {p.drafts} · sent: {p.drafts_sent}"
    if p.avg_check is not None:
        drafts += f" · checks passed: {p.avg_check}% on average"
    lines.append(drafts)
    ahead = f" ({p.meetings_ahead} still to come)" if p.meetings_ahead else ""
    lines.append(f"Meetings logged: {p.meetings}{ahead}")
    lines.append(f"Per month, last {len(p.months)}: "
                 + ", ".join(f"{label} {n}" for label, n in p.months))
    lines += ["", "<b>Practice</b>", *_practice_lines(p)]
    if p.next_time:
        lines.append(f"Next time: {esc(p.next_time)}")
    return "\n".join(lines)
