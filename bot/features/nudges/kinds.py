"""Every kind of reminder, one `Kind` each in `KINDS`: its names, message, buttons and Done.

Pure: the dispatcher hands in due nudges (with their user, contact and meeting) and gets
back the messages to send; a button press comes back here to decide what changes.

Adding a kind: write its message function and its `Kind` below, and plan it in
planner.py (its KINDS and the rule that says when). Nothing else names kinds one by one:
the sweeper, /followups, the meeting summary and the Done button all go through `KINDS`.
A kind the planner can produce without an entry here fails at import.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.engine.callbacks import item_button, menu_button
from bot.engine.fields import is_reply
from bot.engine.models import User
from bot.engine.text import and_list, first_name, local, point_phrase, untitled
from bot.engine.ui import Button, Reply, esc, rows
from bot.features.formats import NOUN
from bot.features.network.pipeline import Event
from bot.features.nudges.planner import KINDS as PLANNED
from bot.features.nudges.planner import (
    in_quiet_hours,
    next_keep_in_touch,
    out_of_quiet_hours,
    snooze,
    timing,
)

ITEM = "nudge"  # the row kind of a reminder's buttons (feature.py's items)
REPLIED = ("🎉 Great news! No more follow-up reminders for them. Once you agree a time, log "
           "it with /meeting.")
SNOOZES = {"s1h": "1h", "stom": "tomorrow", "swk": "week"}
# what `act` understands
ACTIONS = ("done", "skip", "replied", "debrief", "names", "write_new", "open", *SNOOZES)
DEBRIEF_FIRST = timedelta(hours=1)  # how long a thank-you waits for its meeting's debrief

Buttons = tuple[tuple[Button, ...], ...]

# --------------------------------------------------------------------------- the types


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
    advanced: list[tuple[int, Event]] = field(default_factory=list)  # (contact, pipeline event)
    replied: list[int] = field(default_factory=list)  # contacts who answered the outreach
    next_keep_in_touch: list[tuple[int, datetime]] = field(default_factory=list)
    cancel_kinds: tuple[str, ...] = ()  # pending nudges of the same meeting to cancel
    start_flow: str | None = None  # "debrief", "names", "outreach" (someone new), "open"


@dataclass(frozen=True)
class Act:
    """A button above Done/Skip that acts on this reminder (an action of `act`)."""

    text: str
    action: str

    def button(self, row_id: int) -> Button:
        return item_button(self.text, ITEM, row_id, self.action)


@dataclass(frozen=True)
class Open:
    """A button above Done/Skip that opens a menu entry instead."""

    text: str
    target: str

    def button(self, row_id: int) -> Button:
        return menu_button(self.text, self.target)


@dataclass(frozen=True)
class Done:
    """What ✅ Done changes besides closing the reminder."""

    reply: str = "✅ Done. Nice work."
    label: str = "✅ Done"  # the button says what it records: "✅ Thank-you sent"
    touched: bool = False  # the user was in touch: stamp it, restart the keep-in-touch cadence
    event: Event | None = None  # where it moves the contact on the pipeline
    cancel: tuple[str, ...] = ()  # the same meeting's pending reminders this makes moot


Compose = Callable[[DueNudge, Buttons], list[Reply]]
Digest = Callable[[Sequence[DueNudge], Buttons], list[Reply]]


@dataclass(frozen=True)
class Kind:
    """One kind of reminder, whole: a new kind is one of these plus its line in the planner."""

    label: str  # in the meeting summary: "I'll nudge you: … — thank-you draft"
    title: str  # in /followups: "Thank <name>"
    compose: Compose  # its message(s); gets its buttons (extras, Done/Skip, snoozes)
    extras: tuple[Act | Open, ...] = ()
    done: Done = Done()
    digest: Digest | None = None  # set: a user's nudges of this kind due at once are one message


def nudge_buttons(batch_id: int, extras: Sequence[Act | Open] = (),
                  done: str = "✅ Done") -> Buttons:
    main = [item_button(done, ITEM, batch_id, "done"),
            item_button("⏭ Skip", ITEM, batch_id, "skip")]
    later = [item_button("⏰ 1 h", ITEM, batch_id, "s1h"),
             item_button("🌅 Tomorrow", ITEM, batch_id, "stom"),
             item_button("📆 Next week", ITEM, batch_id, "swk")]
    return rows([x.button(batch_id) for x in extras], 1) + (tuple(main), tuple(later))


# --------------------------------------------------------------------------- the messages


def _who(n: DueNudge) -> str:
    return esc((n.contact or {}).get("name") or "your contact")


def _first(n: DueNudge) -> str:
    return esc(first_name((n.contact or {}).get("name", "")))


def _when(moment: datetime, user: User) -> str:
    return local(moment, user.tz)


def _second_contact(n: DueNudge, buttons: Buttons) -> list[Reply]:
    org = esc((n.contact or {}).get("organisation") or "their organisation")
    return [Reply(
        f"📬 No reply from {_who(n)} yet — 3 business days since you wrote. That's normal: "
        f"people are busy. Don't wait on one person: write to a second contact at {org} now.",
        buttons)]


def _asked_minutes(n: DueNudge) -> int:
    """The minutes the sent draft asked for (the follow-up repeats the same small ask)."""
    minutes = (n.payload or {}).get("minutes")
    return int(minutes) if str(minutes).isdecimal() and 10 <= int(minutes) <= 30 else 20


def _follow_up(n: DueNudge, buttons: Buttons) -> list[Reply]:
    payload = n.payload or {}
    referrer = esc(str(payload.get("referrer") or "").strip())
    linkedin = payload.get("channel") == "linkedin_note"
    minutes = _asked_minutes(n)
    if linkedin:
        opening = ("I sent you a connection request on LinkedIn last week"
                   + (f" — {referrer} suggested I get in touch —" if referrer else "")
                   + f" asking for {minutes} minutes of your advice, and thought email might "
                   "reach you more easily.")
    else:
        opening = ("I wrote a week or so ago"
                   + (f" — {referrer} suggested I get in touch —" if referrer else "")
                   + f" asking for {minutes} minutes of your advice.")
    draft = (f"Hi {_first(n)},\n\n{opening} I know your time is in demand, so I'll keep this "
             "short: if a quick call in the next few weeks suits you, I'd be grateful. If not, "
             f"no problem at all.\n\nThank you,\n{esc(untitled(n.user.name or ''))}")
    lead = f"📬 Still no reply from {_who(n)} after 7 business days. "
    if linkedin:
        org = (n.contact or {}).get("organisation")
        site = f"{esc(org)}'s website" if org else "their organisation's website"
        lead += ("A connection request can sit unseen for weeks, so send this one by email if "
                 f"you can find their address ({site}"
                 + (f", or ask {referrer}" if referrer else "") + "). ")
    lead += "One polite follow-up — only once. Here's a draft to copy:"
    return [Reply(lead), Reply(draft, alone=True),
            Reply("Tap <b>Follow-up sent</b> once it's gone.", buttons)]


def _prep(n: DueNudge, buttons: Buttons) -> list[Reply]:
    m = n.meeting or {}
    start = datetime.fromisoformat(m["starts_at"]) if m.get("starts_at") else n.due_at
    fmt = NOUN.get(m.get("format", ""), "meeting")
    lines = [f"📋 Coming up: your {m.get('minutes', 20)}-minute {fmt} with {_who(n)} on "
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
    return [Reply("\n".join(lines), buttons)]


def _debrief(n: DueNudge, buttons: Buttons) -> list[Reply]:
    return [Reply(
        f"📝 How did it go with {_who(n)}? Debrief now while it's fresh: what you learned, who "
        "they suggested you talk to, what you'd do differently. Two minutes.", buttons)]


def _day_gone(n: DueNudge) -> bool:
    """More than a day since the meeting ended (one logged late)."""
    m = n.meeting or {}
    if not m.get("starts_at"):
        return False
    ends = datetime.fromisoformat(m["starts_at"]) + timedelta(minutes=m.get("minutes") or 0)
    return n.due_at > ends + timedelta(hours=24)


def _suggested(notes: dict) -> list[str]:
    return [x.strip() for x in (notes.get("names") or "").split(",") if x.strip()]


def _thanks(lead: str) -> Compose:
    """The thank-you and its reminder: the same draft, naming what the debrief recorded
    (what was learned, and the people suggested)."""

    def compose(n: DueNudge, buttons: Buttons) -> list[Reply]:
        notes = (n.meeting or {}).get("notes") or {}
        learned = notes.get("learned") or ""
        point = "" if is_reply(learned) else point_phrase(learned)
        specific = (f" I especially appreciated {esc(point[:220])}." if point
                    else " Your advice gave me a much clearer picture.")
        names = _suggested(notes)
        people = (f" Thank you too for suggesting I talk to {esc(and_list(names))} — I'll "
                  "get in touch and mention your name, if that's all right."
                  if names else "")
        draft = (f"Hi {_first(n)},\n\nThank you for making time to talk with me.{specific} "
                 f"I'm going to act on it and will let you know how it goes.{people}\n\n"
                 f"Thanks again,\n{esc(untitled(n.user.name or ''))}")
        tail = "" if point else " (Debrief first and the draft will name what you learned.)"
        when = ("a day late is still far better than no thanks" if _day_gone(n)
                else "within 24 hours of the meeting")
        return [Reply(f"{lead} {_who(n)} — {when}. A draft to copy and make your own:{tail}"),
                Reply(draft, alone=True),
                Reply("Tap <b>Thank-you sent</b> once it's gone.", buttons)]

    return compose


def _referrals(n: DueNudge, buttons: Buttons) -> list[Reply]:
    return [Reply(
        f"🔗 Did {_who(n)} suggest anyone else to talk to? If not, ask in a short note: "
        "“Is there anyone else you think I should talk to? May I mention your name?” "
        "Each name you add becomes a contact, and its outreach opens with "
        f"“{_first(n)} suggested I contact you”.", buttons)]


def keep_in_touch_draft(n: DueNudge) -> str:
    """A short update built from the last debrief: what they said, what you did with it."""
    c, meeting = n.contact or {}, n.meeting or {}
    notes = meeting.get("notes") or {}
    learned = notes.get("learned") or ""
    point = "" if is_reply(learned) else point_phrase(learned)
    names = _suggested(notes)
    example = (f"I talked to {names[0]}" if names else "I took the first step you suggested")
    when = ""
    if meeting.get("starts_at"):
        when = f" in {datetime.fromisoformat(meeting['starts_at']).strftime('%B')}"
    lines = [f"Hi {_first(n)},", "",
             f"A quick update since we talked{when}: I followed your advice and [say what you "
             f"did — e.g. {esc(example)}]."]
    if point:
        lines[-1] += f" I keep coming back to {esc(point[:220])}."
    org = f" at {esc(c['organisation'])}" if c.get("organisation") else ""
    lines += ["", f"I hope all is well{org}. Thank you again for your time.", "",
              "Best,", esc(untitled(n.user.name or ""))]
    return "\n".join(lines)


def _keep_in_touch(due: Sequence[DueNudge], buttons: Buttons) -> list[Reply]:
    """One message for all due at once; each person's draft on its own, to copy."""
    if len(due) == 1:
        lead = (f"🌱 Time to keep in touch with {_who(due[0])}. A two-line update on what you "
                "did with their advice keeps the connection warm. A draft to fill in and copy:")
        return [Reply(lead), Reply(keep_in_touch_draft(due[0]), alone=True),
                Reply("Tap <b>Update sent</b> when you've written — I'll remind you again in a "
                      "few months.", buttons)]
    lines = [f"🌱 Time to keep in touch with {len(due)} people. A two-line update on what you "
             "did with their advice keeps each connection warm:"]
    for n in due:
        c = n.contact or {}
        org = f" ({esc(c['organisation'])})" if c.get("organisation") else ""
        lines.append(f"• {esc(c.get('name', 'a contact'))}{org}")
    lines.append("A draft for each follows.")
    drafts = [Reply(keep_in_touch_draft(n), alone=True) for n in due]
    return [Reply("\n".join(lines)), *drafts,
            Reply("Tap <b>Update sent</b> when you've written to them — I'll remind you again "
                  "in a few months.", buttons)]


def _reminder(n: DueNudge, buttons: Buttons) -> list[Reply]:
    return [Reply(f"🔔 Reminder about {_who(n)}.", buttons)]


# --------------------------------------------------------------------------- the registry

THEY_REPLIED = Act("🎉 They replied", "replied")
THANKS = ("thanks", "thanks_reminder")
THANKED = Done("✅ Thank-you sent — that's what people remember. Nice work.",
               "✅ Thank-you sent", touched=True, event=Event.THANKED, cancel=THANKS)

KINDS: dict[str, Kind] = {
    "second_contact": Kind(
        "a second person to write to", "No reply: write to a second person besides",
        _second_contact, extras=(Act("✉️ Write to someone new there", "write_new"),
                                 THEY_REPLIED),
        done=Done("✅ Noted. Nice work.", "✅ Wrote to someone new")),
    "follow_up": Kind("one polite follow-up", "One follow-up to", _follow_up,
                      extras=(THEY_REPLIED,),
                      done=Done("✅ Follow-up sent. That's the last nudge for them — if they "
                                "write back, tap They replied in /contacts.",
                                "✅ Follow-up sent", touched=True)),
    "prep": Kind("prep reminder with your questions", "Prep for the meeting with", _prep,
                 done=Done("✅ Ready. Good luck!", "✅ I'm prepared")),
    "debrief": Kind("debrief questions", "Debrief the meeting with", _debrief,
                    extras=(Act("📝 Debrief now", "debrief"),),
                    done=Done(label="✅ Debriefed already")),
    "thanks": Kind("thank-you draft", "Thank", _thanks("💌 Time to thank"), done=THANKED),
    "thanks_reminder": Kind("thank-you reminder (if not done)", "Thank-you reminder:",
                            _thanks("⏰ Reminder: your thank-you to"), done=THANKED),
    "referrals": Kind("ask for referrals (if none noted)", "Ask for referrals:", _referrals,
                      extras=(Act("➕ Add names", "names"),),
                      done=Done(label="✅ Asked for names")),
    "keep_in_touch": Kind("keep in touch", "Keep in touch with",
                          lambda n, buttons: _keep_in_touch([n], buttons),
                          done=Done("✅ Update sent — I'll remind you again in a few months.",
                                    "✅ Update sent", touched=True,
                                    event=Event.KEPT_IN_TOUCH),
                          digest=_keep_in_touch),
}

# A stored row whose kind is no longer registered (removed since it was planned) still
# reaches the user as a plain reminder rather than stopping the sweep.
STORED_UNKNOWN = Kind("a reminder", "Reminder:", _reminder)


class UnknownKind(KeyError):
    """A kind named in code that has no entry in KINDS."""


def kind_of(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise UnknownKind(f"no nudge kind {name!r}: add a Kind to KINDS in "
                          "bot/features/nudges/kinds.py") from None


def label_of(kind: str) -> str:
    return kind_of(kind).label


def title_of(kind: str) -> str:
    """A kind removed since its rows were stored still has a title in /followups."""
    if kind not in KINDS:
        return STORED_UNKNOWN.title
    return kind_of(kind).title


def _check(kinds: dict[str, Kind], planned: Sequence[str]) -> None:
    """Fail at import, not in a user's chat: every planned kind has an entry, every extra
    button an action that `act` understands."""
    missing = [k for k in planned if k not in kinds]
    if missing:
        raise UnknownKind(f"planner.KINDS plans {missing} with no Kind in nudges/kinds.py")
    for name, kind in kinds.items():
        for extra in kind.extras:
            if isinstance(extra, Act) and extra.action not in ACTIONS:
                raise ValueError(f"nudge kind {name!r}: button action {extra.action!r} is not "
                                 f"one of {ACTIONS}")


_check(KINDS, PLANNED)

# --------------------------------------------------------------------------- sending


def _waits_for_debrief(n: DueNudge, debriefing: set[tuple[int, int]]) -> bool:
    """A thank-you due with its meeting's debrief, before anything was learned: the debrief
    goes first and the thank-you waits, so its draft can name what the user learned."""
    meeting = n.meeting or {}
    return (n.kind in THANKS and (n.user.id, meeting.get("id")) in debriefing
            and not (meeting.get("notes") or {}).get("learned"))


def show(n: DueNudge, kind: Kind | None = None) -> list[Reply]:
    """One reminder's message(s) with its buttons: as the sweeper sends it, or again from
    /followups."""
    kind = kind or KINDS.get(n.kind, STORED_UNKNOWN)
    buttons = nudge_buttons(n.id, kind.extras, kind.done.label)
    if kind.digest is not None:
        return kind.digest([n], buttons)
    return kind.compose(n, buttons)


def _begun(n: DueNudge, now: datetime) -> bool:
    starts = (n.meeting or {}).get("starts_at")
    return bool(starts) and datetime.fromisoformat(starts) <= now


def compose(due: list[DueNudge], now: datetime) -> list[Composed]:
    """One message per nudge, except digest kinds (keep in touch): one per user and kind.

    Due together, a debrief goes before everything else; a thank-you due with its own
    meeting's debrief waits DEBRIEF_FIRST (saving the debrief brings it forward)."""
    out: list[Composed] = []
    digests: dict[tuple[int, str], tuple[Composed, Digest, Kind]] = {}
    due = sorted(due, key=lambda n: n.kind != "debrief")  # stable: otherwise as claimed
    debriefing = {(n.user.id, (n.meeting or {}).get("id")) for n in due
                  if n.kind == "debrief" and n.meeting}
    thanking = {(n.user.id, (n.meeting or {}).get("id")) for n in due
                if n.kind == "thanks" and n.meeting}
    for n in due:
        t = timing(n.user)
        if in_quiet_hours(now, t):
            out.append(Composed([n.id], n.user, wait_until=out_of_quiet_hours(now, t)))
            continue
        moot = n.kind == "prep" and _begun(n, now)  # preparing for a meeting under way
        moot |= n.kind == "thanks_reminder" and (n.user.id, (n.meeting or {}).get("id")) \
            in thanking  # its thank-you goes out now: reminding of it too says it twice
        if moot:
            out.append(Composed([n.id], n.user, []))
            continue
        if _waits_for_debrief(n, debriefing):
            out.append(Composed([n.id], n.user, wait_until=now + DEBRIEF_FIRST))
            continue
        kind = KINDS.get(n.kind, STORED_UNKNOWN)
        if kind.digest is not None:
            key = (n.user.id, n.kind)
            if key not in digests:
                digests[key] = (Composed([], n.user), kind.digest, kind)
                out.append(digests[key][0])
            digests[key][0].ids.append(n.id)
            continue
        out.append(Composed([n.id], n.user, show(n, kind)))
    for digest, write, kind in digests.values():
        batch = [n for n in due if n.id in digest.ids]
        digest.replies = write(batch, nudge_buttons(min(digest.ids), kind.extras, kind.done.label))
    return out


# --------------------------------------------------------------------------- buttons


def act(rows_: list[NudgeRow], action: str, user: User, now: datetime) -> ActionResult:
    """What a nudge button does. Rows are already checked to belong to `user`."""
    if not rows_:
        return ActionResult(Reply("That reminder is no longer there (it may have been deleted)."))
    if action in SNOOZES:
        due = snooze(now, SNOOZES[action], timing(user))
        return ActionResult(Reply(f"⏰ Snoozed until {_when(due, user)}."), "pending", due)
    if action == "skip":
        return ActionResult(Reply("Skipped."), "skipped")
    if action == "replied":
        return ActionResult(Reply(REPLIED), "done",
                            replied=[r.contact_id for r in rows_ if r.contact_id])
    if action == "debrief":
        return ActionResult(Reply("Let's debrief."), start_flow="debrief")
    if action == "names":
        return ActionResult(Reply("Who did they suggest?"), start_flow="names")
    if action == "write_new":
        return ActionResult(Reply("Let's write to someone new there."), start_flow="outreach")
    if action == "open":
        return ActionResult(Reply(""), start_flow="open")
    if action != "done":
        return ActionResult(Reply("That button isn't one I know."))
    return _done(rows_, KINDS.get(rows_[0].kind, STORED_UNKNOWN).done, user, now)


def _done(rows_: list[NudgeRow], done: Done, user: User, now: datetime) -> ActionResult:
    contacts = [r.contact_id for r in rows_ if r.contact_id]
    result = ActionResult(Reply(done.reply), "done", cancel_kinds=done.cancel)
    if done.event is not None:
        result.advanced = [(c, done.event) for c in contacts]
    if done.touched:
        result.touched_contacts = contacts
        due = next_keep_in_touch(now, timing(user)).due_at
        result.next_keep_in_touch = [(c, due) for c in contacts]
    return result
