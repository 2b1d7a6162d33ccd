"""The main menu, /help and the flows that are announced but not built yet."""

from __future__ import annotations

from bot.engine.ui import Reply, menu_button, rows

# (target, button label, command, one-line description); order = menu order.
ENTRIES: tuple[tuple[str, str, str, str], ...] = (
    ("outreach", "✉️ Write outreach", "outreach", "draft the message that asks for a meeting"),
    ("questions", "❓ Prepare questions", "questions", "pick 5–8 questions for a meeting"),
    ("practice", "🎭 Practice", "practice", "rehearse the meeting with a mock contact"),
    ("meeting", "📅 Log a meeting", "meeting", "record a meeting and get timely nudges"),
    ("followups", "🔔 Follow-ups", "followups", "what is due: thank-yous, referrals, check-ins"),
    ("contacts", "👥 Contacts", "contacts", "your network as a pipeline"),
    ("stats", "📊 Stats", "stats", "your funnel and practice progress"),
    ("settings", "⚙️ Settings", "settings", "time zone and quiet hours"),
)

EXTRA_COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "set up or restart"),
    ("help", "what I can do"),
    ("export", "download your data as CSV"),
    ("forget", "delete everything about you"),
    ("cancel", "stop what we are doing"),
)


def bot_commands() -> list[tuple[str, str]]:
    """The command menu Telegram shows (set_my_commands), most used first."""
    extra = dict(EXTRA_COMMANDS)
    main = [(cmd, desc) for _, _, cmd, desc in ENTRIES]
    return [
        ("start", extra["start"]),
        *main,
        ("export", extra["export"]),
        ("forget", extra["forget"]),
        ("cancel", extra["cancel"]),
        ("help", extra["help"]),
    ]


def main_menu(greeting: str = "What would you like to do?") -> Reply:
    buttons = [menu_button(label, target) for target, label, _, _ in ENTRIES]
    buttons.append(menu_button("ℹ️ Help", "help"))
    return Reply(greeting, rows(buttons, 2))


def help_text() -> Reply:
    lines = [
        "<b>Your informational-interview coach</b>",
        "An informational interview is a short chat where you ask someone in a field "
        "for advice about their work, not for a job. I help with every step:",
        "",
    ]
    lines += [f"/{cmd} — {desc}" for _, _, cmd, desc in ENTRIES]
    lines += [f"/{cmd} — {desc}" for cmd, desc in EXTRA_COMMANDS if cmd not in ("help",)]
    lines += ["", "Tap a button or type your answer. /cancel always gets you out."]
    return Reply("\n".join(lines))
