"""What each nudge says, with its draft where a message is due, and what its buttons do.

Pure: the dispatcher hands in due nudges (with their user, contact and
meeting), gets back the messages to send; a button press comes back here to
decide what changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.engine.models import User
from bot.engine.timezones import zone
from bot.engine.ui import Button, Reply, esc, rows
from bot.features.nudges.planner import in_quiet_hours, out_of_quiet_hours, snooze, timing

REPLIED = ("🎉 Great news! No more follow-up reminders for them. Once you agree a time, log "
           "it with /meeting.")
SNOOZES = {"s1h": "1h", "stom": "tomorrow", "swk": "week"}
FORMAT_WORDS = {"coffee": "coffee", "phone": "phone call", "video": "video call"}


@dataclass(frozen=True)
class Kind:
    """One kind of reminder: how the bot names it when planning, and in /followups."""

    label: str  # "I'll nudge you: … — thank-you draft"
    title: str  # "/followups: Thank <name>"


KINDS: dict[str, Kind] = {
    "second_contact": Kind("a second person to write to",
                           "No reply: write to a second person besides"),
    "follow_up": Kind("one polite follow-up", "One follow-up to"),
    "prep": Kind("prep reminder with your questions", "Prep for the meeting with"),
    "debrief": Kind("debrief questions", "Debrief the meeting with"),
    "thanks": Kind("thank-you draft", "Thank"),
    "thanks_reminder": Kind("thank-you reminder (if not done)", "Thank-you reminder:"),
    "referrals": Kind("ask for referrals (if none noted)", "Ask for referrals:"),
    "keep_in_touch": Kind("keep in touch", "Keep in touch with"),
}


def label_of(kind: str) -> str:
    return KINDS[kind].label


def title_of(kind: str) -> str:
    return KINDS[kind].title


@dataclass(frozen=True)
class DueNudge:
    id: int
    user: User
    kind: str
    due_at: datetime
    payload: dict[str, Any]
    attempts: int = 0
    contact: dict[str, Any] | None = None  # id, name, role, organisation, status
    meeting: dict[str, Any] | None = None  # id, starts_at, minutes, format, questions, notes


@dataclass
class Composed:
    ids: list[int]
    user: User
    replies: list[Reply] = field(default_factory=list)
    wait_until: datetime | None = None  # set when quiet hours hold the message back


def nudge_buttons(batch_id: int, extra: list[Button] | None = None) -> tuple:
    def b(text: str, act: str) -> Button:
        return Button(text, f"nudge|{batch_id}|{act}")

    main = [b("✅ Done", "done"), b("⏭ Skip", "skip")]
    later = [b("⏰ 1 h", "s1h"), b("🌅 Tomorrow", "stom"), b("📆 Next week", "swk")]
    return rows(extra or [], 1) + (tuple(main), tuple(later))


def _first(name: str) -> str:
    return name.split()[0] if name and name.split() else "them"


def _when(moment: datetime, user: User) -> str:
    return moment.astimezone(zone(user.tz)).strftime("%a %d %b, %H:%M")


def compose(due: list[DueNudge], now: datetime) -> list[Composed]:
    """One message per nudge, except keep-in-touch nudges of a user: one digest."""
    out: list[Composed] = []
    digests: dict[int, Composed] = {}
    for n in due:
        t = timing(n.user)
        if in_quiet_hours(now, t):
            out.append(Composed([n.id], n.user, wait_until=out_of_quiet_hours(now, t)))
            continue
        if n.kind == "keep_in_touch":
            digest = digests.get(n.user.id)
            if digest is None:
                digest = digests[n.user.id] = Composed([], n.user)
                out.append(digest)
            digest.ids.append(n.id)
            continue
        out.append(Composed([n.id], n.user, _message(n)))
    for digest in digests.values():
        contacts = [n for n in due if n.id in digest.ids]
        digest.replies = [_keep_in_touch(contacts, min(digest.ids))]
    return out


def _message(n: DueNudge) -> list[Reply]:
    c = n.contact or {}
    m = n.meeting or {}
    who = esc(c.get("name") or "your contact")
    first = esc(_first(c.get("name", "")))
    org = esc(c.get("organisation") or "their organisation")
    sender = esc(n.user.name or "")
    if n.kind == "second_contact":
        return [Reply(
            f"📬 No reply from {who} yet — 3 business days since you wrote. That's normal: people "
            f"are busy. Don't wait on one person: write to a second contact at {org} now.",
            nudge_buttons(n.id, [Button("✉️ Write to someone new", "menu|outreach"),
                                 Button("🎉 They replied", f"nudge|{n.id}|replied")]))]
    if n.kind == "follow_up":
        draft = (f"Hi {first},\n\nI wrote a week or so ago asking for 20 minutes of your advice. "
                 "I know your time is in demand, so I'll keep this short: if a quick call in the "
                 "next few weeks suits you, I'd be grateful. If not, no problem at all.\n\n"
                 f"Thank you,\n{sender}")
        return [Reply(f"📬 Still no reply from {who} after 7 business days. Send one polite "
                      "follow-up — only once. Here's a draft to copy:"),
                Reply(draft, alone=True),
                Reply("Tap Done once it's sent.", nudge_buttons(
                    n.id, [Button("🎉 They replied", f"nudge|{n.id}|replied")]))]
    start = datetime.fromisoformat(m["starts_at"]) if m.get("starts_at") else n.due_at
    fmt = FORMAT_WORDS.get(m.get("format", ""), "meeting")
    if n.kind == "prep":
        lines = [f"📋 Coming up: your {m.get('minutes', 20)}-minute {fmt} with {who} on "
                 f"{_when(start, n.user)}.",
                 "• Research their path and organisation; skip anything a web search answers.",
                 "• Open by thanking them, why you asked, and the time you promised.",
                 "• Offer to wrap up yourself when time is nearly up.",
                 "• Before leaving, ask: “Who else should I talk to?”"]
        if m.get("format") == "video":
            lines.append("• Test the platform now: link, camera, microphone.")
        questions = m.get("questions") or []
        if questions:
            lines.append("\n<b>Your questions</b>")
            lines += [f"{i}. {esc(q)}" for i, q in enumerate(questions, 1)]
        else:
            lines.append("\nNo question list yet — /questions builds one in two minutes.")
        return [Reply("\n".join(lines), nudge_buttons(n.id))]
    if n.kind == "debrief":
        return [Reply(
            f"📝 How did it go with {who}? Debrief now while it's fresh: what you learned, who "
            "they suggested you talk to, what you'd do differently. Two minutes.",
            nudge_buttons(n.id, [Button("📝 Debrief now", f"nudge|{n.id}|debrief")]))]
    if n.kind in ("thanks", "thanks_reminder"):
        notes = m.get("notes") or {}
        learned = (notes.get("learned") or "").strip().rstrip(".")
        specific = (f" I especially appreciated what you said about {esc(learned[:200])}."
                    if learned else " Your advice gave me a much clearer picture.")
        draft = (f"Hi {first},\n\nThank you for making time to talk with me.{specific} I'm going "
                 "to act on it and will let you know how it goes.\n\n"
                 f"Thanks again,\n{sender}")
        lead = ("💌 Time to thank" if n.kind == "thanks" else "⏰ Reminder: your thank-you to")
        tail = "" if learned else " (Debrief first and the draft will name what you learned.)"
        return [Reply(f"{lead} {who} — within 24 hours of the meeting. A draft to copy and "
                      f"make your own:{tail}"),
                Reply(draft, alone=True),
                Reply("Tap Done once it's sent.", nudge_buttons(n.id))]
    if n.kind == "referrals":
        return [Reply(
            f"🔗 Did {who} suggest anyone else to talk to? If not, ask in a short note: "
            "“Is there anyone else you think I should talk to? May I mention your name?” "
            "Each name you add becomes a contact, and its outreach opens with "
            f"“{first} suggested I contact you”.",
            nudge_buttons(n.id, [Button("➕ Add names", f"nudge|{n.id}|names")]))]
    return [Reply(f"🔔 Reminder about {who}.", nudge_buttons(n.id))]


def _keep_in_touch(due: list[DueNudge], batch_id: int) -> Reply:
    lines = ["🌱 Time to keep in touch. A two-line update on what you did with their advice "
             "keeps the connection warm:"]
    for n in due:
        c = n.contact or {}
        org = f" ({esc(c['organisation'])})" if c.get("organisation") else ""
        lines.append(f"• {esc(c.get('name', 'a contact'))}{org}")
    lines.append("Tap Done when you've written — I'll remind you again in a few months.")
    return Reply("\n".join(lines), nudge_buttons(batch_id))


@dataclass(frozen=True)
class NudgeRow:
    id: int
    kind: str
    status: str
    contact_id: int | None
    meeting_id: int | None


@dataclass
class ActionResult:
    reply: Reply
    status: str | None = None  # new status of the batch's rows
    due_at: datetime | None = None  # for a snooze
    touched_contacts: list[int] = field(default_factory=list)  # contact logged now
    thanked: list[int] = field(default_factory=list)
    replied: list[int] = field(default_factory=list)  # contacts who answered the outreach
    next_keep_in_touch: list[tuple[int, datetime]] = field(default_factory=list)
    cancel_kinds: tuple[str, ...] = ()  # pending nudges of the same meeting to cancel
    start_flow: str | None = None  # "debrief" or "names"


def act(rows_: list[NudgeRow], action: str, user: User, now: datetime) -> ActionResult:
    """What a nudge button does. Rows are already checked to belong to `user`."""
    from bot.features.nudges.planner import next_keep_in_touch

    if not rows_:
        return ActionResult(Reply("That reminder is no longer there (it may have been deleted)."))
    t = timing(user)
    kind = rows_[0].kind
    if action in SNOOZES:
        due = snooze(now, SNOOZES[action], t)
        return ActionResult(Reply(f"⏰ Snoozed until {_when(due, user)}."), "pending", due)
    if action == "skip":
        return ActionResult(Reply("Skipped."), "skipped")
    if action == "replied":
        result = ActionResult(Reply(REPLIED), "done")
        result.replied = [r.contact_id for r in rows_ if r.contact_id]
        return result
    if action == "debrief":
        return ActionResult(Reply("Let's debrief."), start_flow="debrief")
    if action == "names":
        return ActionResult(Reply("Who did they suggest?"), start_flow="names")
    if action != "done":
        return ActionResult(Reply("That button isn't one I know."))
    result = ActionResult(Reply("✅ Done. Nice work."), "done")
    contacts = [r.contact_id for r in rows_ if r.contact_id]
    if kind in ("thanks", "thanks_reminder"):
        result.thanked = contacts
        result.cancel_kinds = ("thanks", "thanks_reminder")
        result.reply = Reply("✅ Thank-you sent — that's what people remember. Nice work.")
    if kind in ("keep_in_touch", "follow_up", "thanks", "thanks_reminder"):
        result.touched_contacts = contacts
        result.next_keep_in_touch = [(c, next_keep_in_touch(now, t).due_at) for c in contacts]
    return result

