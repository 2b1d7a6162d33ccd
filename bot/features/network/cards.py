"""What a contact card's buttons do: `ct|<id>|<action>`, decided on rows read fresh.

Each press is read through `store.card`, which returns None unless the contact is the
pressing user's (so a forged id is refused before anything here runs), then decided here
without SQL: the change as an effect, and the card as it will be once the effect is stored.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.engine.callbacks import ItemPress, item_button
from bot.engine.flow import Outcome
from bot.engine.models import Dialogue, Turn
from bot.engine.text import DATE, local
from bot.engine.ui import Reply, esc
from bot.features.network import browse, card
from bot.features.network.effects import DeleteContact, LogInteraction, SetStage
from bot.features.network.flow import NAME, fresh, show_edit, to_list
from bot.features.network.interactions import KINDS, STAGE_SET, event_for
from bot.features.network.pipeline import STAGES, Event, advance
from bot.features.network.tree import tree_reply
from bot.features.nudges.kinds import REPLIED
from bot.features.nudges.planner import next_keep_in_touch, timing
from bot.storage.timefmt import iso

EXPIRED = "That menu has expired."


def _list_state(turn: Turn, d: Dialogue | None, index: list[list]) -> Dialogue:
    """The contacts dialogue to come back to: the open one (its search kept, its index
    fresh), or a new run."""
    if d is not None and d.flow == NAME:
        return to_list(d, ix=index)
    return Dialogue(NAME, "list", turn.user.flow_seq + 1, fresh(index))


def _page(d: Dialogue | None) -> int:
    return d.data.get("pg", 0) if d is not None and d.flow == NAME else 0


def _logged(turn: Turn, detail: dict[str, Any], kind: str, now: datetime) -> dict[str, Any]:
    """The card as it will read once the interaction is stored (see store.log_interaction)."""
    c = dict(detail["contact"])
    stage = advance(c["status"], Event.REPLIED) if KINDS[kind].answered else c["status"]
    event = event_for(kind, stage)
    c.update(status=advance(stage, event) if event else stage, last_contact_at=iso(now))
    reminders = [
        {**n, "status": "cancelled"} if n["status"] == "pending" and (
            n["kind"] == "keep_in_touch" or (KINDS[kind].answered and n["kind"] in (
                "second_contact", "follow_up"))) else n
        for n in detail["reminders"]]
    due = next_keep_in_touch(now, timing(turn.user)).due_at
    reminders.append({"kind": "keep_in_touch", "status": "pending", "due_at": iso(due)})
    interactions = [*detail["interactions"], {"kind": kind, "note": "", "at": iso(now)}]
    return {**detail, "contact": c, "reminders": reminders, "interactions": interactions}


def _log(turn: Turn, d: Dialogue | None, detail: dict[str, Any], kind: str,
         say: str = "") -> Outcome:
    cid = detail["contact"]["id"]
    due = next_keep_in_touch(turn.now, timing(turn.user)).due_at
    after = _logged(turn, detail, kind, turn.now)
    when = local(due, turn.user.tz, DATE)
    said = say or f"{KINDS[kind].history} — noted."
    before = f"{said} The keep-in-touch reminder starts over: next one {when}."
    if d is not None and d.flow == NAME:
        stage = after["contact"]["status"]
        d = Dialogue(d.flow, d.step, d.inst, {**d.data, "ix": [
            [*row[:3], stage if row[0] == cid else row[3], row[4]] for row in d.data["ix"]]})
    return Outcome(d, [card.card_reply(after, turn.user, turn.now, _page(d), before)],
                   [LogInteraction(cid, kind, due)])


def _set_stage(turn: Turn, d: Dialogue | None, detail: dict[str, Any], stage: str) -> Outcome:
    if stage not in STAGES:
        return Outcome(d, [Reply(EXPIRED)])
    c = {**detail["contact"], "status": stage}
    index = [[*row[:3], stage if row[0] == c["id"] else row[3], row[4]]
             for row in detail["index"]]
    after = {**detail, "contact": c, "index": index, "interactions": [
        *detail["interactions"], {"kind": STAGE_SET, "note": stage, "at": iso(turn.now)}]}
    nd = to_list(d, ix=index) if d is not None and d.flow == NAME else d
    before = f"🏷 Stage set to {card.stage_label(stage)}."
    return Outcome(nd, [card.card_reply(after, turn.user, turn.now, _page(d), before)],
                   [SetStage(c["id"], stage)])


def _delete(turn: Turn, d: Dialogue | None, detail: dict[str, Any]) -> Outcome:
    c = detail["contact"]
    index = [row if row[4] != c["id"] else [*row[:4], None]
             for row in detail["index"] if row[0] != c["id"]]
    nd = to_list(d, ix=index) if d is not None and d.flow == NAME else d
    buttons = ((item_button("👥 Back to the list", card.LIST, _page(d), "back"),),)
    return Outcome(nd, [Reply(f"🗑 Deleted <b>{esc(c['name'])}</b> and their drafts, meetings "
                              "and reminders.", buttons)], [DeleteContact(c["id"])])


def _edit(turn: Turn, d: Dialogue | None, detail: dict[str, Any], key: str) -> Outcome:
    field = card.FIELD_KEYS.get(key)
    if field is None:
        return Outcome(d, [Reply(EXPIRED)])
    snapshot = {k: v for k, v in detail.items() if k != "index"}
    state = _list_state(turn, d, detail["index"])
    nd = Dialogue(NAME, "edit", state.inst, {**state.data, "card": snapshot, "field": field,
                                             "picks": []})
    return Outcome(nd, show_edit(turn, nd))


def _refreshed(d: Dialogue | None, index: list[list]) -> Dialogue | None:
    """An open list learns what the press just read: the index as stored now (a stage
    moved by a reminder's button since the list was opened), so a search stays true."""
    if d is None or d.flow != NAME or d.data.get("ix") == index:
        return d
    return Dialogue(d.flow, d.step, d.inst, {**d.data, "ix": index})


def decide(turn: Turn, d: Dialogue | None, press: ItemPress, detail: dict[str, Any]) -> Outcome:
    d = _refreshed(d, detail["index"])
    action, _, arg = press.action.partition(":")
    if action == "view":
        return Outcome(d, [card.card_reply(detail, turn.user, turn.now, _page(d))])
    menus = {"edit": card.edit_menu, "log": card.log_menu, "stage": card.stage_menu,
             "del": card.delete_question}
    if action in menus:
        return Outcome(d, [menus[action](detail)])
    if action == "tree":
        return Outcome(d, [tree_reply(detail["index"], detail["contact"]["id"])])
    if action == "lg" and arg in KINDS:
        return _log(turn, d, detail, arg)
    if action == "touch":  # "I was in touch today", from cards sent before issue 14
        return _log(turn, d, detail, "talked", "🗣 Logged.")
    if action == "replied":
        return _log(turn, d, detail, "replied", REPLIED)
    if action == "st":
        return _set_stage(turn, d, detail, arg)
    if action == "ed":
        return _edit(turn, d, detail, arg)
    if action == "delok":
        return _delete(turn, d, detail)
    return Outcome(d, [Reply(EXPIRED)])


def back_to_list(turn: Turn, d: Dialogue | None, press: ItemPress, loaded: dict) -> Outcome:
    """`cl|<page>|back`: the list again, read fresh, with the open search kept."""
    nd = _list_state(turn, d, loaded["index"])
    nd = Dialogue(nd.flow, nd.step, nd.inst, {**nd.data, "pg": press.id})
    return Outcome(nd, [browse.list_reply(nd)])
