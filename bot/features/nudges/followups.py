"""/followups: what is due now, what is coming, and loose ends (unsent drafts, referrals)."""

from __future__ import annotations

from datetime import datetime

from bot.engine.callbacks import item_button
from bot.engine.models import User
from bot.engine.text import local
from bot.engine.ui import Button, Reply, esc, rows
from bot.features.nudges.kinds import ITEM, title_of


def view(user: User, now: datetime, data: dict) -> Reply:
    due, upcoming = [], []
    buttons: list[Button] = []
    for n in data["nudges"]:
        if n["kind"] == "prep" and n.get("meeting_at") and (
                datetime.fromisoformat(n["meeting_at"]) <= now):
            continue  # the meeting has begun: preparing for it is moot
        when = datetime.fromisoformat(n["due_at"])
        line = (f"{title_of(n['kind'])} {esc(n['contact_name'] or '')} — "
                f"{local(when, user.tz)}")
        if n["status"] == "sent" or when <= now:
            due.append("• " + line)
            buttons.append(item_button(f"📂 Open: {title_of(n['kind'])[:24]} "
                                       f"{(n['contact_name'] or '')[:20]}", ITEM, n["id"],
                                       "open"))
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
            buttons.append(item_button(f"📨 I sent it: {d['name'][:30]}", "draft", d["id"], "sent"))
    if data["referrals"]:
        lines += ["", "<b>Referrals to write to</b>"]
        for r in data["referrals"]:
            lines.append(f"• {esc(r['name'])}, suggested by {esc(r['referrer'])}")
            buttons.append(item_button(f"✉️ Write to {r['name'][:30]}", "ref", r["id"], "write"))
    if not (due or upcoming or data["drafts"] or data["referrals"]):
        lines.append("Log a meeting with /meeting or write to someone with /outreach, and "
                     "reminders will show up here.")
    return Reply("\n".join(lines), rows(buttons[:12], 1))
