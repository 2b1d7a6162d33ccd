"""The contact list as pages: filter by stage, search by name or organisation, 10 a page.

Pure, over the index the dialogue holds ([id, name, organisation, stage, referred_by],
by name). A page's contact buttons open cards (`ct|id|view`); paging, the stage filter and
"add" are the list step's own buttons, so they edit the list in place.
"""

from __future__ import annotations

import unicodedata

from bot.engine.callbacks import item_button, step_button
from bot.engine.models import Dialogue
from bot.engine.text import plural
from bot.engine.ui import Button, Reply, esc, rows
from bot.features.network.card import ITEM, STAGE_LABELS, stage_label
from bot.features.network.pipeline import STAGES

PAGE = 10
NEXT, PREV, FILTER, ADD, CLEAR, ALL = "next", "prev", "filter", "add", "clear", "all"


def fold(text: str) -> str:
    """Case and accents ignored: 'jose' finds José, 'MUNCHEN' finds München."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def matches(index: list[list], query: str = "", stage: str = "") -> list[list]:
    """The contacts in `stage` ('' for all) whose name or organisation holds `query`, or
    a word starting with each word of it ("ana harb" finds Ana Ruiz at Harbor Health), in
    index order."""
    phrase = " ".join(fold(query).split())
    words = phrase.split()
    out = []
    for row in index:
        if stage and row[3] != stage:
            continue
        hay = fold(f"{row[1]} {row[2]}")
        have = hay.split()
        if phrase in hay or all(any(h.startswith(w) for h in have) for w in words):
            out.append(row)
    return out


def pages(count: int) -> int:
    return max(1, -(-count // PAGE))


def clamp(page: int, count: int) -> int:
    return min(max(page, 0), pages(count) - 1)


def _header(data: dict, found: int, page: int) -> list[str]:
    total = len(data["ix"])
    what = []
    if data.get("st"):
        what.append(f"stage {stage_label(data['st'])}")
    if data.get("q"):
        what.append(f"“{esc(data['q'])}”")
    head = [f"👥 <b>Your network</b> — {plural(total, 'contact')}"]
    if what:
        head.append(f"Showing {found} matching " + " and ".join(what))
    if found > PAGE:
        head.append(f"Page {page + 1} of {pages(found)}")
    return head


def list_reply(d: Dialogue) -> Reply:
    """One page of the list, with its buttons; the dialogue must be at the list step."""
    data = d.data
    if not data["ix"]:
        return Reply("No contacts yet. /outreach writes to your first one; /meeting logs a "
                     "meeting with someone you already know; or add one by hand.",
                     ((step_button(d, "➕ Add a contact", ADD),),))
    found = matches(data["ix"], data.get("q", ""), data.get("st", ""))
    page = clamp(data.get("pg", 0), len(found))
    shown = found[page * PAGE:(page + 1) * PAGE]
    lines = _header(data, len(found), page)
    lines.append("")
    by_id = {row[0]: row for row in data["ix"]}
    for n, row in enumerate(shown, page * PAGE + 1):
        org = f", {esc(row[2])}" if row[2] else ""
        via = f" — via {esc(by_id[row[4]][1])}" if row[4] in by_id else ""
        lines.append(f"{n}. <b>{esc(row[1])}</b>{org} · {stage_label(row[3])}{via}")
    if not shown:
        lines.append("Nobody matches. Type another name or organisation, or clear the search.")
    lines.append("\n🔎 Type a name or organisation to search. Tap a name for their card.")
    people = [item_button(row[1][:28], ITEM, row[0], "view") for row in shown]
    grid: list[tuple[Button, ...]] = list(rows(people))
    paging = []
    if page > 0:
        paging.append(step_button(d, "◀️ Previous", PREV))
    if page < pages(len(found)) - 1:
        paging.append(step_button(d, "Next ▶️", NEXT))
    if paging:
        grid.append(tuple(paging))
    tools = [step_button(d, "🏷 By stage", FILTER), step_button(d, "➕ Add", ADD)]
    if data.get("q") or data.get("st"):
        tools.append(step_button(d, "✖️ Show all", CLEAR))
    grid.append(tuple(tools))
    return Reply("\n".join(lines), tuple(grid))


def filter_reply(d: Dialogue) -> Reply:
    counts = {s: 0 for s in STAGES}
    for row in d.data["ix"]:
        counts[row[3]] = counts.get(row[3], 0) + 1
    buttons = [step_button(d, f"{STAGE_LABELS[s]} ({counts[s]})", s)
               for s in STAGES if counts[s]]
    every = step_button(d, f"All stages ({len(d.data['ix'])})", ALL)
    return Reply("Show which stage?", rows(buttons) + ((every,),))
