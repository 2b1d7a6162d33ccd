"""The main menu, /help and Telegram's command list, built from the features' commands."""

from __future__ import annotations

from bot.engine.callbacks import menu_button
from bot.engine.feature import Command
from bot.engine.ui import Reply, rows
from bot.features.catalog import FEATURES

HELP = Command("help", "what I can do", needs_profile=False)
CANCEL = Command("cancel", "stop what we are doing", needs_profile=False)
COMMANDS: dict[str, Command] = {
    c.name: c for c in (*(c for f in FEATURES for c in f.commands), HELP, CANCEL)
}
# Commands the shell answers itself rather than through a feature.
SHELL_COMMANDS = ("start", "help", "cancel")


def bot_commands() -> list[tuple[str, str]]:
    """The command menu Telegram shows (set_my_commands): /start first, then the menu's
    order, then commands without a button, /help last."""
    listed = [c for c in COMMANDS.values() if c.name not in ("start", "help")]
    with_button = [c for c in listed if c.label]
    without = [c for c in listed if not c.label]
    return [(c.name, c.description)
            for c in (COMMANDS["start"], *with_button, *without, COMMANDS["help"])]


def main_menu(greeting: str = "What would you like to do?") -> Reply:
    buttons = [menu_button(c.label, c.name) for c in COMMANDS.values() if c.label]
    buttons.append(menu_button("ℹ️ Help", "help"))
    return Reply(greeting, rows(buttons, 2))


def help_text() -> Reply:
    lines = [
        "<b>Your informational-interview coach</b>",
        "An informational interview is a short chat where you ask someone in a field "
        "for advice about their work, not for a job. I help with every step:",
        "",
    ]
    lines += [f"/{name} — {desc}" for name, desc in bot_commands() if name != "help"]
    lines += ["", "Tap a button or type your answer. /cancel always gets you out."]
    return Reply("\n".join(lines))
