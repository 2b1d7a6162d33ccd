"""A contact's card: who they are, where they are, everything that happened, what's next.

Pure: built from what `store.card` read. The history is one list in time order, whatever
feature wrote each row (drafts sent, replies, meetings, debrief notes, thank-yous,
reminders done or skipped, what the user logged by hand).
"""

from __future__ import annotations

from datetime import datetime

from bot.engine.callbacks import item_button
from bot.engine.models import User
from bot.engine.text import DATE, local, plural
from bot.engine.ui import Button, Reply, esc, rows
from bot.features.network.interactions import KINDS, STAGE_SET
from bot.features.network.pipeline import STAGES

ITEM = "ct"  # a contact's buttons: ct|<contact id>|<action>
LIST = "cl"  # back to the list: cl|<page>|back
NEWEST = "ctnew"  # the contact just added by hand: ctnew|0|view
STAGE_LABELS = {
    "identified": "🔍 Identified", "drafted": "✍️ Drafted", "asked": "📨 Asked",
    "replied": "💬 Replied", "scheduled": "📅 Scheduled", "met": "🤝 Met",
    "thanked": "💌 Thanked", "keeping_in_touch": "🌱 Keeping in touch",
}
REMINDERS = {
    "prep": "prep reminder", "debrief": "debrief", "thanks": "thank-you",
    "thanks_reminder": "thank-you reminder", "referrals": "ask for referrals",
    "second_contact": "no reply: write to a second person", "follow_up": "one follow-up",
    "keep_in_touch": "keep in touch",
}
NOTE_LABELS = {"learned": "learned", "fit": "how it fits", "names": "suggested",
               "differently": "next time"}
FIELDS = {"name": "name", "role": "role", "organisation": "organisation",
          "connection": "how you're connected", "notes": "notes",
          "referred_by": "who suggested them"}
HISTORY_SHOWN = 15
MAX_QUESTIONS = 8


def stage_label(stage: str) -> str:
    return STAGE_LABELS.get(stage, stage)


def _when(stamp: str, user: User) -> str:
    return local(datetime.fromisoformat(stamp), user.tz, DATE)


def _cut(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def history(detail: dict, now: datetime) -> list[tuple[str, str]]:
    """(UTC stamp, line) for everything that happened with them, in time order."""
    events: list[tuple[str, str]] = []
    for d in detail["drafts"]:
        channel = d["channel"].replace("_", " ")
        if d["sent_at"]:
            events.append((d["sent_at"], f"📨 {channel} sent (checks {d['score']}/{d['total']})"))
        if d["replied_at"]:
            events.append((d["replied_at"], "💬 They replied"))
    for m in detail["meetings"]:
        coming = " — coming up" if m["starts_at"] > now.isoformat() else ""
        events.append((m["starts_at"], f"📅 {m['format']}, {m['minutes']} min{coming}"))
        notes = "; ".join(f"{NOTE_LABELS.get(k, k)}: {_cut(v, 80)}"
                          for k, v in m["notes"].items() if v)
        if notes:
            events.append((m["starts_at"] + "~", f"📝 Debrief — {esc(notes)}"))
    for i in detail["interactions"]:
        if i["kind"] == STAGE_SET:
            events.append((i["at"], f"🏷 Stage set to {stage_label(i['note'])}"))
        elif i["kind"] in KINDS:
            events.append((i["at"], KINDS[i["kind"]].history))
    for n in detail["reminders"]:
        name = REMINDERS.get(n["kind"], n["kind"].replace("_", " "))
        if n["status"] == "done":
            events.append((n["due_at"], f"✅ {name.capitalize()}: done"))
        elif n["status"] == "skipped":
            events.append((n["due_at"], f"⏭ {name.capitalize()}: skipped"))
    # a reply logged by hand also marks the draft answered, at the same moment: once
    return sorted(set(events), key=lambda e: e[0])


def _next_up(detail: dict, user: User, now: datetime) -> list[str]:
    pending = [n for n in detail["reminders"] if n["status"] in ("pending", "sending", "sent")]
    lines = [f"⏰ {REMINDERS.get(n['kind'], n['kind']).capitalize()} — "
             + ("due since " if datetime.fromisoformat(n["due_at"]) < now else "")
             + _when(n["due_at"], user) for n in pending[:3]]
    waiting = [d for d in detail["drafts"] if not d["sent_at"]]
    lines += [f"✍️ {d['channel'].replace('_', ' ')} draft not marked as sent yet"
              for d in waiting[:2]]
    return lines


def _referred(detail: dict) -> list[list]:
    cid = detail["contact"]["id"]
    return [row for row in detail["index"] if row[4] == cid]


def card_text(detail: dict, user: User, now: datetime) -> str:
    c = detail["contact"]
    lines = [f"👤 <b>{esc(c['name'])}</b>"]
    role = ", ".join(x for x in (c["role"], c["organisation"]) if x)
    lines.append(esc(role) if role else "<i>role and organisation not set</i>")
    lines.append(f"Stage: {stage_label(c['status'])}")
    if c["connection"]:
        lines.append(f"Connection: {esc(c['connection'])}")
    if c["referrer"]:
        lines.append(f"Suggested by: {esc(c['referrer'])} ({stage_label(c['referrer_stage'])})")
    referred = _referred(detail)
    if referred:
        lines.append("They suggested: " + ", ".join(
            f"{esc(r[1])} ({stage_label(r[3])})" for r in referred))
    if c["last_contact_at"]:
        lines.append(f"Last contact: {_when(c['last_contact_at'], user)}")
    if c["notes"]:
        lines.append(f"Notes: {esc(_cut(c['notes'], 600))}")
    events = history(detail, now)
    lines.append("\n<b>History</b>" if events else "\n<i>Nothing logged yet.</i>")
    if len(events) > HISTORY_SHOWN:
        lines.append(f"… {len(events) - HISTORY_SHOWN} earlier")
    lines += [f"{_when(at.rstrip('~'), user)} · {line}" for at, line in events[-HISTORY_SHOWN:]]
    if detail["questions"]:
        qs = detail["questions"]
        lines.append(f"\n<b>Questions prepared</b> ({len(qs)})")
        lines += [f"{i}. {esc(_cut(q, 120))}" for i, q in enumerate(qs[:MAX_QUESTIONS], 1)]
    coming = _next_up(detail, user, now)
    if coming:
        lines.append("\n<b>Next</b>")
        lines += coming
    return "\n".join(lines)


def card_buttons(detail: dict, page: int = 0) -> tuple[tuple[Button, ...], ...]:
    c = detail["contact"]
    cid = c["id"]
    first: list[Button] = []
    if c["status"] == "identified":
        first.append(item_button("✉️ Write to them", "ref", cid, "write"))
    if c["status"] in ("drafted", "asked"):
        first.append(item_button("🎉 They replied", ITEM, cid, "replied"))
    grid = [
        (item_button("🗣 Log contact", ITEM, cid, "log"),
         item_button("✏️ Edit", ITEM, cid, "edit")),
        (item_button("🏷 Set stage", ITEM, cid, "stage"),
         item_button("🌳 Referral tree", ITEM, cid, "tree")),
        (item_button("🗑 Delete", ITEM, cid, "del"),
         item_button("👥 Back to the list", LIST, page, "back")),
    ]
    return ((tuple(first),) if first else ()) + tuple(grid)


def card_reply(detail: dict, user: User, now: datetime, page: int = 0,
               before: str = "") -> Reply:
    text = card_text(detail, user, now)
    return Reply(f"{before}\n\n{text}" if before else text, card_buttons(detail, page))


def edit_menu(detail: dict) -> Reply:
    c = detail["contact"]
    keys = {field: key for key, field in FIELD_KEYS.items()}
    buttons = [item_button(f"✏️ {label.capitalize()}", ITEM, c["id"], f"ed:{keys[f]}")
               for f, label in FIELDS.items()]
    return _card_menu(c, f"What should change for <b>{esc(c['name'])}</b>?", buttons)


def _card_menu(contact: dict, text: str, buttons: list[Button]) -> Reply:
    """A menu of the card's: its buttons two a row, then the way back to the card."""
    back = (item_button("⬅️ Back to the card", ITEM, contact["id"], "view"),)
    return Reply(text, rows(buttons) + (back,))


FIELD_KEYS = {"name": "name", "role": "role", "org": "organisation", "conn": "connection",
              "notes": "notes", "ref": "referred_by"}


def log_menu(detail: dict) -> Reply:
    c = detail["contact"]
    buttons = [item_button(k.button, ITEM, c["id"], f"lg:{k.key}") for k in KINDS.values()]
    return _card_menu(c, f"What happened with <b>{esc(c['name'])}</b>? It goes in their history "
                         "and restarts the keep-in-touch reminder.", buttons)


def stage_menu(detail: dict) -> Reply:
    c = detail["contact"]
    buttons = [item_button(("✓ " if s == c["status"] else "") + STAGE_LABELS[s], ITEM, c["id"],
                           f"st:{s}") for s in STAGES]
    return _card_menu(c, f"Where is <b>{esc(c['name'])}</b> really? Now: "
                         f"{stage_label(c['status'])}. Reminders already planned stay as they are.",
                      buttons)


def delete_question(detail: dict) -> Reply:
    c = detail["contact"]
    what = [plural(len(detail["drafts"]), "draft"), plural(len(detail["meetings"]), "meeting"),
            plural(len(detail["reminders"]), "reminder")]
    return Reply(f"🗑 Delete <b>{esc(c['name'])}</b> and everything about them ("
                 + ", ".join(what) + ")? This cannot be undone. The people they suggested stay.",
                 ((item_button("🗑 Yes, delete", ITEM, c["id"], "delok"),
                   item_button("No, keep", ITEM, c["id"], "view")),))
