"""Access decisions as plain functions: the Telegram gate only carries them out."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.engine.text import plural

INVITE_PREFIX = "join-"  # a /start payload that is an invite, not a menu target
_DURATION = re.compile(r"^\s*(\d+)\s*([hdwm])\s*$", re.IGNORECASE)
_UNITS = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1),
          "m": timedelta(days=30)}
REFUSAL = ("Sorry — this coach bot is for a coaching group by invitation. Ask your career "
           "coach for the invite link. (Nothing about you has been stored.)")


def new_code() -> str:
    """12 URL-safe characters after the prefix: fits a deep link (64 chars, [A-Za-z0-9_-])."""
    return INVITE_PREFIX + secrets.token_urlsafe(9)


def parse_duration(text: str) -> timedelta:
    """'30d', '12h', '2w', '3m' (30-day months); ValueError with a line to show otherwise."""
    m = _DURATION.match(text or "")
    if not m or int(m.group(1)) == 0:
        raise ValueError(f"expected a duration like 30d, 12h, 2w or 3m (got {text!r})")
    return int(m.group(1)) * _UNITS[m.group(2).lower()]


def invite_link(username: str | None, code: str) -> str:
    name = username or "<your_bot_username>"
    return f"https://t.me/{name}?start={code}"


def invite_text(uses: int, expires_at: datetime | None, link: str) -> str:
    """What the coach is shown for a new invite, from the command line or the admin chat."""
    until = f", until {expires_at:%Y-%m-%d %H:%M} UTC" if expires_at else ""
    return f"Invite for {plural(uses, 'person', 'people')}{until}:\n{link}"


def invite_code_in(text: str | None) -> str | None:
    """The code of `/start join-…` (what a deep link sends), or None."""
    parts = (text or "").split()
    if len(parts) == 2 and parts[0].split("@")[0] == "/start" and \
            parts[1].startswith(INVITE_PREFIX) and len(parts[1]) <= 64:
        return parts[1]
    return None


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    check_member: bool = False  # allowed only if the user is already known (invite mode)
    redeem: str | None = None  # an invite code to try


def decide(mode: str, user_id: int, *, admin: int | None, allowlist: frozenset[int],
           text: str | None) -> Verdict:
    """What the gate does with an update from `user_id` in a private chat."""
    if mode == "open" or user_id == admin:
        return Verdict(True)
    if mode == "allowlist":
        return Verdict(user_id in allowlist)
    code = invite_code_in(text)
    if user_id in allowlist:
        return Verdict(True)
    return Verdict(False, check_member=True, redeem=code)


def retention_cutoff(now: datetime, months: int) -> datetime | None:
    return now - timedelta(days=30 * months) if months > 0 else None
