"""/stats and /export: the numbers as a chart with its text, the data as one zip."""

from __future__ import annotations

from functools import partial

from bot.engine.models import Turn
from bot.engine.text import plural
from bot.engine.ui import Reply
from bot.features.network import chart, export
from bot.features.network.card import STAGE_LABELS
from bot.features.network.progress import progress, stats_text

__all__ = ["STAGE_LABELS", "export_replies", "stats_replies"]


def stats_replies(turn: Turn, rows: dict) -> list[Reply]:
    """The chart with the same numbers as its caption; just the text when there is nothing
    to draw yet (or, in send.py, when drawing fails)."""
    p = progress(rows, turn.user, turn.now)
    text = stats_text(p)
    if p.empty:
        return [Reply(text)]
    return [Reply(text, photo=partial(chart.render, p))]


def export_replies(turn: Turn, data: dict) -> list[Reply]:
    name, content = export.archive(data, turn.user, turn.now)
    counts = ", ".join(plural(len(data[key]), noun) for key, noun in (
        ("contacts", "contact"), ("drafts", "draft"), ("meetings", "meeting"),
        ("practice", "rehearsal")))
    return [Reply(f"🗂 Everything you keep here ({counts}): CSV files for a spreadsheet and "
                  f"meetings.ics for your calendar, in one zip. Times are {turn.user.tz}.",
                  document=(name, content))]
