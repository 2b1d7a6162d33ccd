"""/followups: what is due now, what is coming, and loose ends (unsent drafts, referrals)."""

from __future__ import annotations

from datetime import datetime

from bot.engine.models import User
from bot.engine.timezones import zone
from bot.engine.ui import Button, Reply, esc, rows

KIND_LABEL = {
    "prep": "Prep for the meeting with", "debrief": "Debrief the meeting with",
    "thanks": "Thank", "thanks_reminder": "Thank-you reminder:",
    "referrals": "Ask for referrals:", "second_contact": "No reply: write to a second person "
    "besides", "follow_up": "One follow-up to", "keep_in_touch": "Keep in touch with",
}


def view(user: User, now: datetime, data: dict) -> Reply:
    tz = zone(user.tz)
    due, upcoming = [], []
    buttons: list[Button] = []
    for n in data["nudges"]:
        if n["kind"] == "prep" and n.get("meeting_at") and (
                datetime.fromisoformat(n["meeting_at"]) <= now):
            continue  # the meeting has begun: preparing for it is moot
        when = datetime.fromisoformat(n["due_at"])
        line = (f"{KIND_LABEL.get(n['kind'], n['kind'])} {esc(n['contact_name'] or '')} — "
                f"{when.astimezone(tz).strftime('%a %d %b %H:%M')}")
        if n["status"] == "sent" or when <= now:
            due.append("• " + line)
            buttons.append(Button(f"✅ {KIND_LABEL.get(n['kind'], n['kind'])[:20]} "
                                  f"{(n['contact_name'] or '')[:20]}", f"nudge|{n['id']}|done"))
        else:
            upcoming.append("• " + line)
    lines = ["<b>Follow-ups</b>"]
    lines += ["", "<b>Due now</b>", *due] if due else ["", "Nothing due right now. 🎉"]
    if upcoming:
        lines += ["", "<b>Coming up</b>", *upcoming[:15]]
    if data["drafts"]:
        lines += ["", "<b>Drafts not marked as sent</b>"]
        for d in data["drafts"]:
            lines.append(f"• {esc(d['name'])} ({d['channel'].replace('_', ' ')})")
            buttons.append(Button(f"📨 I sent it: {d['name'][:30]}", f"draft|{d['id']}|sent"))
    if data["referrals"]:
        lines += ["", "<b>Referrals to write to</b>"]
        for r in data["referrals"]:
            lines.append(f"• {esc(r['name'])}, suggested by {esc(r['referrer'])}")
            buttons.append(Button(f"✉️ Write to {r['name'][:30]}", f"ref|{r['id']}|write"))
    if not (due or upcoming or data["drafts"] or data["referrals"]):
        lines.append("Log a meeting with /meeting or write to someone with /outreach, and "
                     "reminders will show up here.")
    return Reply("\n".join(lines), rows(buttons[:12], 1))
