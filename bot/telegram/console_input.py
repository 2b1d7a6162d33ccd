"""What the console makes of typed input, and where it keeps the files the bot sends.

A person pastes an edited draft of several lines and means one message; a person typing "3"
at "Which organisation?" means the text "3". These rules live here so the console's loop
stays a loop, and so they can be tested without a terminal.
"""

from __future__ import annotations

import re
import select
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

BLOCK = '"""'  # a line with just this starts and ends a multi-line message
PASTE_WAIT = 0.03  # seconds: the rest of a paste is already in the terminal's buffer by then


@dataclass(frozen=True)
class Typed:
    """One message the user typed; `verbatim` text is never read as a button or a command."""

    text: str
    verbatim: bool = False


def more_waiting_on(stream: TextIO) -> Callable[[], bool] | None:
    """For a terminal: 'is more input already there?', so a paste's lines join into one message.

    Only for a terminal: a piped script's lines are all waiting at once, and each is meant
    as its own message.
    """
    try:
        if not stream.isatty():
            return None
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return None

    def more() -> bool:
        try:
            return bool(select.select([fd], [], [], PASTE_WAIT)[0])
        except (OSError, ValueError):
            return False

    return more


class MessageReader:
    """Reads one message per call: a line, a `\"\"\"` block, or the lines of a paste."""

    def __init__(self, stream: TextIO, more_waiting: Callable[[], bool] | None = None,
                 prompt: Callable[[str], None] | None = None) -> None:
        self.stream = stream
        self.more_waiting = more_waiting
        self.prompt = prompt or (lambda s: None)

    def read(self) -> Typed | None:
        """None at the end of input. Blocks, so the console calls it off the event loop."""
        line = self.stream.readline()
        if not line:
            return None
        text = line.rstrip("\r\n")
        if text.strip() == BLOCK:
            return self._block()
        lines = [text]
        while self.more_waiting is not None and self.more_waiting():
            nxt = self.stream.readline()
            if not nxt:
                break
            lines.append(nxt.rstrip("\r\n"))
        if len(lines) > 1:
            return Typed(_trim_blank_ends(lines), verbatim=True)
        return Typed(text)

    def _block(self) -> Typed:
        lines: list[str] = []
        while True:
            self.prompt("...> ")
            line = self.stream.readline()
            if not line or line.rstrip("\r\n").strip() == BLOCK:
                break
            lines.append(line.rstrip("\r\n"))
        return Typed(_trim_blank_ends(lines), verbatim=True)


def _trim_blank_ends(lines: list[str]) -> str:
    """Blank lines inside a draft are paragraphs; blank lines around it are not."""
    return "\n".join(lines).strip("\n")


def literal(text: str) -> str | None:
    """`'3` or `"3"`: the text itself, never a button press or a console command.

    A leading apostrophe escapes anything (type `''` to start a message with one);
    double quotes escape a bare number.
    """
    if text.startswith("'"):
        return text[1:]
    stripped = text.strip()
    if re.fullmatch(r'"\d+"', stripped):
        return stripped[1:-1]
    return None


def plain_text(update: dict) -> dict:
    """A text update without its command mark: `'/start` sends the words "/start", which
    Telegram would mark as a command only if the user had not escaped it."""
    update["message"].pop("entities", None)
    return update


def button_number(text: str, buttons: int) -> int | None:
    """The button a typed number presses, if the current question has that many buttons."""
    stripped = text.strip()
    if stripped.isdecimal() and len(stripped) <= 2 and 1 <= int(stripped) <= buttons:
        return int(stripped)
    return None


def save_file(folder: Path, name: str, content: bytes) -> Path:
    """Saves under the bot's file name, numbered (meeting-2.ics) rather than overwriting."""
    folder.mkdir(parents=True, exist_ok=True)
    clean = re.sub(r"[^\w.-]+", "_", Path(name).name).strip("._") or "file"
    stem, dot, suffix = clean.partition(".")
    n = 1
    while True:
        path = folder / (clean if n == 1 else f"{stem}-{n}{dot}{suffix}")
        try:
            with path.open("xb") as f:  # "x": fails if it exists, so nothing is overwritten
                f.write(content)
            return path.resolve()
        except FileExistsError:
            n += 1
