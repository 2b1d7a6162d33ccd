"""/contacts, /stats and /export: the network as a pipeline, the funnel, the data as files."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from bot.engine.callbacks import item_button
from bot.engine.models import User
from bot.engine.text import DATE, local
from bot.engine.ui import Button, Reply, esc, rows
from bot.features.meetings.rules import calendar

STAGE_LABELS = {
    "identified": "🔍 Identified", "drafted": "✍️ Drafted", "asked": "📨 Asked",
    "replied": "💬 Replied", "scheduled": "📅 Scheduled", "met": "🤝 Met",
    "thanked": "💌 Thanked", "keeping_in_touch": "🌱 Keeping in touch",
}


def pipeline_view(data: dict) -> Reply:
    contacts = data["contacts"]
    if not contacts:
        return Reply("No contacts yet. /outreach writes to your first one; /meeting logs a "
                     "meeting with someone you already know.")
    lines = ["<b>Your network</b>"]
    buttons: list[Button] = []
    for stage, label in STAGE_LABELS.items():
        group = [c for c in contacts if c["status"] == stage]
        if not group:
            continue
        lines.append(f"\n<b>{label}</b> ({len(group)})")
        for c in group[:10]:
            org = f", {esc(c['organisation'])}" if c["organisation"] else ""
            via = f" — via {esc(c['referrer'])}" if c["referrer"] else ""
            lines.append(f"• {esc(c['name'])}{org}{via}")
            if len(buttons) < 12:
                buttons.append(item_button(c["name"][:30], "ct", c["id"], "view"))
    lines.append("\nTap a name for its history.")
    return Reply("\n".join(lines), rows(buttons, 2))


def _local(stamp: str | None, user: User) -> str:
    if not stamp:
        return "—"
    return local(datetime.fromisoformat(stamp), user.tz, DATE)


def contact_view(detail: dict, user: User) -> Reply:
    c = detail["contact"]
    lines = [f"<b>{esc(c['name'])}</b>"]
    role = ", ".join(x for x in (c["role"], c["organisation"]) if x)
    if role:
        lines.append(esc(role))
    lines.append(f"Stage: {STAGE_LABELS.get(c['status'], c['status'])}")
    if c["referrer"]:
        lines.append(f"Suggested by {esc(c['referrer'])}")
    lines.append(f"Last contact: {_local(c['last_contact_at'], user)}")
    for d in detail["drafts"]:
        sent = f", sent {_local(d['sent_at'], user)}" if d["sent_at"] else ", not sent"
        lines.append(f"✍️ {d['channel'].replace('_', ' ')} draft {d['score']}/{d['total']}{sent}")
    for m in detail["meetings"]:
        lines.append(f"📅 {m['format']} {m['minutes']} min on {_local(m['starts_at'], user)}")
    if detail["referred"]:
        lines.append("Suggested you talk to: " + ", ".join(esc(r["name"])
                                                            for r in detail["referred"]))
    buttons = [item_button("🗣 I was in touch today", "ct", c["id"], "touch")]
    if c["status"] == "identified":
        buttons.insert(0, item_button("✉️ Write to them", "ref", c["id"], "write"))
    if c["status"] in ("drafted", "asked"):
        buttons.insert(0, item_button("🎉 They replied", "ct", c["id"], "replied"))
    return Reply("\n".join(lines), rows(buttons, 1))


def stats_view(s: dict) -> Reply:
    by = s["by_status"]
    total = sum(by.values())
    order = list(STAGE_LABELS)

    def reached(stage: str) -> int:
        return sum(n for st, n in by.items() if st in order and order.index(st) >= order.index(
            stage))

    lines = ["<b>Your funnel</b>",
             f"Contacts: {total} (of them {s['referrals']} by referral)",
             f"Asked: {reached('asked')} · replied: {reached('replied')} · "
             f"met: {reached('met')} · thanked: {reached('thanked')}",
             f"Drafts written: {s['drafts']} · sent: {s['sent']}"]
    if reached("asked"):  # from the funnel above, so the two lines can never disagree
        lines.append(f"Reply rate: {round(100 * reached('replied') / reached('asked'))}% of "
                     "the people you asked")
    if s["avg_score"] is not None:
        lines.append(f"Average draft check score: {round(100 * s['avg_score'])}%")
    lines.append(f"Meetings logged: {s['meetings']}")
    lines += ["", "<b>Practice</b>"]
    names = {"you_ask": "You ask", "they_ask": "They ask"}
    for p in s.get("practice", []):
        lines.append(f"{names.get(p['mode'], p['mode'])}: {p['sessions']} session(s), "
                     f"first {p['first'] / 10:.1f} → last {p['last'] / 10:.1f} "
                     f"(best {p['best'] / 10:.1f}/10)")
    if not s.get("practice"):
        lines.append("No rehearsals yet — /practice takes five minutes.")
    return Reply("\n".join(lines))


def export_files(data: dict, user: User, now: datetime) -> list[Reply]:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "role", "organisation", "stage", "referred_by", "last_contact",
                     "added"])
    writer.writerows(data["contacts"])
    replies = [Reply(f"Your contacts ({len(data['contacts'])}) as CSV.",
                     document=("contacts.csv", out.getvalue().encode("utf-8-sig")))]
    if data["meetings"]:
        events = [(f"meeting-{user.id}-{mid}@interview-coach", f"Meeting with {name}",
                   datetime.fromisoformat(starts_at), minutes, f"Informational interview ({fmt})")
                  for mid, name, starts_at, minutes, fmt in data["meetings"]]
        replies.append(Reply(f"Your meetings ({len(events)}) for your calendar.",
                             document=("meetings.ics", calendar(events, now))))
    return replies
