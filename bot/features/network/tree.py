"""The referral tree: who led to whom, from the first person down, with each one's stage.

Pure, over the contact index ([id, name, organisation, stage, referred_by]); a circle in
stored data (which the store refuses to create) cannot loop it.
"""

from __future__ import annotations

from bot.engine.callbacks import item_button
from bot.engine.ui import Reply, esc, rows
from bot.features.network.card import ITEM, stage_label

MAX_LINES = 40
MAX_BUTTONS = 12
INDENT = "\u2003"  # an em space: Telegram keeps it where it would collapse plain spaces


def root_of(by_id: dict[int, list], contact_id: int) -> int:
    """The first person of the chain that led to `contact_id`."""
    seen = {contact_id}
    at = contact_id
    while (up := by_id[at][4]) is not None and up in by_id and up not in seen:
        seen.add(up)
        at = up
    return at


def lines_of(index: list[list], contact_id: int) -> list[tuple[int, int]]:
    """(depth, contact id) in reading order: the root, then each one's suggestions."""
    by_id = {row[0]: row for row in index}
    if contact_id not in by_id:
        return []
    children: dict[int, list[int]] = {}
    for row in index:
        if row[4] is not None and row[4] in by_id:
            children.setdefault(row[4], []).append(row[0])
    out: list[tuple[int, int]] = []
    stack = [(0, root_of(by_id, contact_id))]
    seen: set[int] = set()
    while stack:
        depth, at = stack.pop()
        if at in seen:
            continue
        seen.add(at)
        out.append((depth, at))
        stack += [(depth + 1, c) for c in reversed(children.get(at, []))]
    return out


def tree_reply(index: list[list], contact_id: int) -> Reply:
    by_id = {row[0]: row for row in index}
    order = lines_of(index, contact_id)
    if len(order) <= 1:
        name = esc(by_id[contact_id][1]) if contact_id in by_id else "They"
        text = (f"🌳 <b>{name}</b> was nobody's suggestion and has suggested no one yet. "
                "After a meeting, the debrief asks who else to talk to; a card's ✏️ Edit sets "
                "who suggested someone.")
        return Reply(text, ((item_button("⬅️ Back to the card", ITEM, contact_id, "view"),),))
    lines = ["🌳 <b>Referral tree</b> — who led to whom"]
    for depth, cid in order[:MAX_LINES]:
        row = by_id[cid]
        mark = "👉 " if cid == contact_id else ""
        branch = INDENT * (2 * depth - 1) + "└ " if depth else ""
        lines.append(f"{branch}{mark}<b>{esc(row[1])}</b> — {stage_label(row[3])}")
    if len(order) > MAX_LINES:
        lines.append(f"… and {len(order) - MAX_LINES} more")
    others = [cid for _, cid in order if cid != contact_id][:MAX_BUTTONS]
    buttons = [item_button(by_id[cid][1][:28], ITEM, cid, "view") for cid in others]
    back = (item_button("⬅️ Back to the card", ITEM, contact_id, "view"),)
    return Reply("\n".join(lines) + "\n\nTap a name to open their card.", rows(buttons) + (back,))
