"""What /privacy and the admin's /cohort say."""

from __future__ import annotations

from bot.engine.models import Turn
from bot.engine.ui import Reply

# Set from the settings when the bot is built (feature.py): how long data is kept.
POLICY = {"retention_months": 0}


def privacy(turn: Turn, held: dict[str, int] | None) -> list[Reply]:
    months = POLICY["retention_months"]
    kept = (f"until you delete it, or after {months} months without using the bot, when "
            "it is deleted automatically" if months else "until you delete it")
    counts = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in (held or {}).items() if n)
    lines = [
        "<b>Your data and privacy</b>",
        "<b>What I store:</b> your name, field and time zone; the contacts, drafts, "
        "meetings, notes, question lists and practice scorecards you make here; your "
        "reminders; and where you are in a conversation, so nothing is lost if you come "
        "back later." + (f" Right now: {counts}." if counts else ""),
        "<b>Where:</b> in one database file on the server your coach runs this bot on "
        "(readable only by that server's bot account), and in its backups. Messages pass "
        "through Telegram. Your coach sees only counts for the whole group, never your "
        "texts.",
        f"<b>How long:</b> {kept}.",
        "<b>Delete it:</b> /export sends you a copy first; /forget then deletes everything "
        "about you at once (the file keeps no trace of the deleted text). Backups made "
        "before that age out as your coach rotates them.",
    ]
    return [Reply("\n\n".join(lines))]


LABELS = (
    ("users", "people"), ("onboarded", "set up"), ("active_week", "active this week"),
    ("drafts_sent", "outreach messages sent"), ("drafts_sent_week", "… this week"),
    ("meetings", "meetings logged"), ("meetings_week", "… this week"),
    ("practice", "practice sessions"), ("practice_week", "… this week"),
    ("invite_places_left", "invite places left"),
)


def cohort(counts: dict[str, int]) -> str:
    """Aggregate counts only: no name, text or id of anyone."""
    lines = ["<b>Your cohort</b> (counts only)"]
    lines += [f"{label}: {counts.get(key, 0)}" for key, label in LABELS]
    return "\n".join(lines)
