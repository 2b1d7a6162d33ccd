"""What /privacy and the admin's /cohort say."""

from __future__ import annotations

from bot.engine.models import Turn
from bot.engine.ui import Reply, esc

# Set from the settings when the bot is built (feature.py): how long data is kept, and
# what goes to a model server (bot.llm), if a coach set one.
POLICY: dict = {"retention_months": 0, "model": ""}


def model_policy(settings: object) -> str:
    """The /privacy paragraph on the optional model server, or "" when none is set."""
    from urllib.parse import urlsplit

    writes, hears = getattr(settings, "llm_on", False), getattr(settings, "transcribe_on", False)
    if not (writes or hears):
        return ""
    hosts = {urlsplit(u).hostname or "?" for u, on in (
        (getattr(settings, "llm_base_url", None) or "", writes),
        (getattr(settings, "transcribe_base_url", None) or "", hears)) if on}
    what = " and ".join(x for x in ("what you type in a /practice meeting (with the "
                                    "meeting's earlier lines, so the reply fits)" if writes
                                    else "", "voice notes you send in a /practice meeting"
                                    if hears else "") if x)
    why = " and ".join(x for x in ("write the person's replies" if writes else "",
                                    "turn speech into text" if hears else "") if x)
    return (f"<b>Practice with a language model:</b> your coach has switched one on, so "
            f"{what} go to {esc(', '.join(sorted(hosts)))} to {why}. Nothing else is sent there: "
            "not your contacts, drafts, notes or name. Your coaching and scorecard still "
            "come from this bot's own rules.")


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
    if POLICY.get("model"):
        lines.insert(3, POLICY["model"])
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
