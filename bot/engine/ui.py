"""What the core hands the shell to show: text (HTML, already escaped) and buttons.

`esc` is the only HTML escaper: every user-typed string goes through it. Button data
is built by `bot.engine.callbacks`, the one codec.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

MAX_CALLBACK_BYTES = 64
MAX_MESSAGE_CHARS = 4096


@dataclass(frozen=True)
class Button:
    text: str
    data: str

    def __post_init__(self) -> None:
        if len(self.data.encode()) > MAX_CALLBACK_BYTES:
            raise ValueError(f"callback data over {MAX_CALLBACK_BYTES} bytes: {self.data!r}")


@dataclass(frozen=True)
class Generate:
    """Words the optional model may say in place of `fallback` (bot.llm).

    The flow stays pure: it says what the bank persona would say (`fallback`, plain text,
    shown escaped in the reply) and what the model needs to say it better. The shell asks
    the model before the step is committed and puts its checked text wherever the fallback
    stands, in the replies and the stored dialogue; with no model, or an answer that fails
    a check, the fallback stands and the reply is exactly the bank persona's.
    """

    kind: str  # "answer": the persona answers the user; "follow_up": it asks its next question
    fallback: str
    said: str  # what the user just said
    persona: tuple[tuple[str, str], ...] = ()  # ("name", "Dana Ruiz"), ("fact", "…"), …
    references: tuple[str, ...] = ()  # bank answers the story must agree with
    turns: tuple[tuple[str, str], ...] = ()  # earlier ("user" | "persona", text), oldest first
    asked: str = ""  # they ask: the question the user was answering
    to_ask: str = ""  # they ask: the question the persona asks next


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    document: tuple[str, bytes] | None = None  # (file name, content)
    replace: bool = False  # update the message whose button was pressed, instead of a new one
    alone: bool = False  # a text to copy (a draft): never merged with its neighbours
    # A picture drawn when the reply is sent, off the event loop (PNG bytes); `text` is its
    # caption, and is sent alone if drawing fails, so a picture never carries anything the
    # text does not say.
    photo: Callable[[], bytes] | None = None
    # The optional model may write part of this reply (bot.llm); ignored when none is set.
    generate: Generate | None = field(default=None, compare=False)


def coalesce(replies: list[Reply]) -> list[Reply]:
    """Fewer bubbles: a plain text reply joins the one after it when both fit in one message.

    A chat that answers in one message instead of three reads better on a phone, and each
    message saved is one Bot API call less.
    """
    out: list[Reply] = []
    for reply in replies:
        prev = out[-1] if out else None
        if (
            prev is not None and not prev.buttons and prev.document is None and not prev.alone
            and not prev.replace and reply.document is None and not reply.alone
            and not reply.replace and len(prev.text) + 2 + len(reply.text) <= MAX_MESSAGE_CHARS
            and prev.photo is None and reply.photo is None
        ):
            out[-1] = Reply(f"{prev.text}\n\n{reply.text}", reply.buttons)
        else:
            out.append(reply)
    return out


def esc(text: object) -> str:
    """Every user-typed string goes through here before it reaches HTML."""
    return html.escape(str(text), quote=False)




def rows(buttons: list[Button], per_row: int = 2) -> tuple[tuple[Button, ...], ...]:
    return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))



def split_text(text: str, limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """Split a long HTML text into messages Telegram accepts.

    Cuts at a paragraph, line or space boundary where one exists, never inside
    an HTML entity or tag, and re-opens tags (<b>, <i>, <code>, <pre>) that a cut
    leaves open so each part parses on its own.
    """
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    rest = text
    carry = ""
    while rest:
        room = limit - len(carry) - 16  # room for closing tags
        if len(rest) <= room:
            parts.append(carry + rest)
            break
        cut = _cut_point(rest, room)
        chunk, rest = rest[:cut], rest[cut:].lstrip("\n")
        opened = _open_tags(carry + chunk)
        closing = "".join(f"</{t}>" for t in reversed(opened))
        parts.append(carry + chunk + closing)
        carry = "".join(f"<{t}>" for t in opened)
    return parts


def _cut_point(text: str, room: int) -> int:
    window = text[:room]
    for sep in ("\n\n", "\n", " "):
        at = window.rfind(sep)
        if at > room // 2:
            return _safe(text, at + len(sep))
    return _safe(text, room)


def _safe(text: str, cut: int) -> int:
    """Move a cut back so it does not fall inside `&amp;` or `<tag>`."""
    amp, semi = text.rfind("&", 0, cut), text.rfind(";", 0, cut)
    if amp > semi and cut - amp < 10:
        cut = amp
    lt, gt = text.rfind("<", 0, cut), text.rfind(">", 0, cut)
    if lt > gt:
        cut = lt
    return cut


def _open_tags(text: str) -> list[str]:
    stack: list[str] = []
    for closing, name in re.findall(r"<(/?)([a-z-]+)[^>]*>", text):
        if closing:
            if name in stack:
                stack.remove(name)
        else:
            stack.append(name)
    return stack
