"""The bot in a terminal: the same Application, with the Bot API played in process.

No token, no network. The bot's messages are printed as plain text, inline
buttons as numbered choices (type the number to press one), files it sends are
saved to a folder, and each typed message becomes an update, exactly as Telegram
would deliver it. How typed input is read (pastes, numbers as text) is in console_input.
"""

from __future__ import annotations

import asyncio
import re
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TextIO

from telegram import Update

from bot.app import build_application, start, stop
from bot.clock import ShiftedClock
from bot.config import Settings
from bot.engine.text import WHEN_YEAR, local, plural
from bot.storage import users
from bot.telegram.console_input import (
    MessageReader,
    Typed,
    button_number,
    literal,
    more_waiting_on,
    plain_text,
    save_file,
)
from bot.telegram.router import resume
from bot.telegram.services import KEY
from bot.telegram.standin.api import FakeBotApi, SentMessage, StandinRequest

CONSOLE_USER_ID = 1000
BANNER = (
    "Informational-interview coach — terminal console (no Telegram token, no network).\n"
    "Type as you would in Telegram. A number presses a button [1] [2] ... of the bot's\n"
    "latest message; where that message has no buttons a number is text. '3 (or \"3\")\n"
    "always sends the text 3. Paste several lines at once, or type \"\"\" on a line before\n"
    "and after them, to send them as one message. Files the bot sends are saved to\n"
    "{files}\n"
    "Try /start. Also: :sticker, :photo, :voice send that kind of message;\n"
    ":time shows the bot's clock, :advance 2h (or 3d, 45m, 1d6h) moves it forward and\n"
    "sends the reminders that fall due; :now returns to real time. /quit or Ctrl-D exits.\n"
)
MEDIA = {":sticker": "sticker", ":photo": "photo", ":voice": "voice"}


class ConsoleView:
    """Prints what the bot sends, saves its files, and knows which question is current."""

    def __init__(self, write: Callable[[str], None], files_dir: Path) -> None:
        self.write = write
        self.files_dir = files_dir
        self.current: SentMessage | None = None  # the bot's latest message, sent or edited

    def show(self, m: SentMessage, who: str = "bot> ") -> None:
        self.current = m
        text = m.text
        if m.document:
            name, content = m.document
            saved = save_file(self.files_dir, name, content)
            icon = "🖼" if m.photo else "📎"
            text = f"{icon} {name} → saved to {saved}" + (f"\n{m.text}" if m.text else "")
        lines = [f"{who}{line}" if i == 0 else f"     {line}"
                 for i, line in enumerate(text.splitlines() or [""])]
        if m.buttons:
            labels = [b["text"] for row in m.buttons for b in row]
            lines.append("     " + "  ".join(f"[{i}] {t}" for i, t in enumerate(labels, 1)))
        self.write("\n".join(lines) + "\n")

    def buttons(self) -> list[dict]:
        """The current question's buttons, as they are now (the bot may have removed them)."""
        if self.current is None:
            return []
        return [b for row in self.current.buttons for b in row]


async def run_console(
    settings: Settings,
    stdin: TextIO = sys.stdin,
    write: Callable[[str], None] | None = None,
    user_id: int = CONSOLE_USER_ID,
    first_name: str = "Alex",
    files_dir: Path | None = None,
) -> None:
    out = write or (lambda s: (sys.stdout.write(s), sys.stdout.flush()))
    clock_file = Path(f"{settings.database_path}.console-clock")
    clock = ShiftedClock(_read_offset(clock_file))
    api = FakeBotApi(clock=lambda: clock.now().timestamp())
    view = ConsoleView(out, files_dir or settings.database_path.parent / "console-files")
    api.on_send = view.show
    api.on_edit = lambda m: view.show(m, "bot✎ ")  # a message the bot updated in place
    app = build_application(settings, StandinRequest(api), clock=clock)
    await start(app)
    out(BANNER.format(files=view.files_dir.resolve()))
    reader = MessageReader(stdin, more_waiting_on(stdin), prompt=out)
    loop = asyncio.get_running_loop()
    try:
        await resume(app, user_id, user_id)
        while True:
            out("you> ")
            typed = await loop.run_in_executor(None, reader.read)
            if typed is None:
                out("\n")
                break
            text = typed.text
            if not typed.verbatim and text.strip() in ("/quit", "/exit"):
                break
            if not text.strip():
                continue
            if not typed.verbatim and text.strip().startswith((":time", ":advance", ":now")):
                out(await _clock_command(app, clock, clock_file, text.strip()) + "\n")
                continue
            raw = _update_for(api, view, user_id, first_name, typed)
            await app.process_update(Update.de_json(raw, app.bot))
    finally:
        await stop(app)


_UNITS = {"d": 86400, "h": 3600, "m": 60}


def parse_duration(text: str) -> timedelta | None:
    """`2h`, `3d`, `45m`, `1d6h` → a timedelta; None if unreadable."""
    parts = re.findall(r"(\d+)\s*([dhm])", text.lower())
    if not parts or re.sub(r"[\d\sdhm]", "", text.lower()):
        return None
    return timedelta(seconds=sum(int(n) * _UNITS[u] for n, u in parts))


def _read_offset(path: Path) -> timedelta:
    try:
        return timedelta(seconds=float(path.read_text()))
    except (OSError, ValueError):
        return timedelta(0)


def _write_offset(path: Path, offset: timedelta) -> None:
    """Kept beside the database, so a restarted console keeps its moved clock."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(str(offset.total_seconds()))


async def _clock_command(app, clock: ShiftedClock, path: Path, text: str) -> str:
    command, _, arg = text.partition(" ")
    if command == ":advance":
        delta = parse_duration(arg)
        if delta is None:
            return "(usage: :advance 2h — or 3d, 45m, 1d6h)"
        clock.offset += delta
    elif command == ":now":
        clock.offset = timedelta(0)
    _write_offset(path, clock.offset)
    user_tz = "UTC"
    s = app.bot_data[KEY]
    user = await s.db.run(users.get, CONSOLE_USER_ID)
    if user is not None:
        user_tz = user.tz
    now = local(clock.now(), user_tz, WHEN_YEAR)
    sent = await s.dispatcher.sweep() if command != ":time" else 0
    extra = f"; {plural(sent, 'reminder')} sent" if sent else ""
    return f"(bot clock: {now} {user_tz}{extra})"


def _update_for(api: FakeBotApi, view: ConsoleView, user_id: int, first_name: str,
                typed: Typed) -> dict:
    """A press only for a number in range on the bot's current question; otherwise text."""
    text = typed.text
    if typed.verbatim:
        return api.text_update(user_id, text, first_name)
    escaped = literal(text)
    if escaped is not None:  # the text itself: '/start is words, not the command
        return plain_text(api.text_update(user_id, escaped, first_name))
    stripped = text.strip()
    if stripped in MEDIA:
        return api.media_update(user_id, MEDIA[stripped], first_name)
    buttons = view.buttons()
    number = button_number(stripped, len(buttons))
    if number is not None and view.current is not None:
        return api.press_update(user_id, view.current, buttons[number - 1]["callback_data"],
                                first_name)
    if buttons and stripped.isdecimal() and len(stripped) <= 2:
        view.write(f"(there is no button with that number, so {stripped} goes to the bot "
                   "as text)\n")
    return api.text_update(user_id, text, first_name)
