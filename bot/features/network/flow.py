"""/contacts as a dialogue: the list (pages, stage filter, typed search), adding a contact
by hand, and typing a new value for one field of a card.

A table of steps like every flow; not a StepFlow because a page of the list mixes the
step's own buttons (paging, filter, edited in place) with buttons that open stored rows
(a contact's card), which a StepFlow's `Ask` does not carry. The card's other buttons are
`Item`s (see `cards.py`), answered from freshly read rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from bot.engine.callbacks import item_button, menu_button, step_button
from bot.engine.flow import Event, NonText, Outcome, Press, TextIn
from bot.engine.models import Dialogue, Turn
from bot.engine.text import USE_AS_NAME, not_a_name, use_as_name_choice
from bot.engine.ui import Reply, esc, rows
from bot.features.network import browse
from bot.features.network.card import FIELDS, NEWEST, card_reply
from bot.features.network.effects import AddContact, EditContact
from bot.features.network.pipeline import STAGES

NAME = "contacts"
CANCEL, SKIP, NOBODY, CLEAR_FIELD = "cancel", "skip", "nobody", "clear"
LIMITS = {"name": 120, "role": 200, "organisation": 200, "connection": 300, "notes": 2000}


def fresh(index: list[list]) -> dict[str, Any]:
    """The list's state: the index, the search, the stage shown, the page."""
    return {"ix": index, "q": "", "st": "", "pg": 0}


def at(d: Dialogue, step: str, **changes: Any) -> Dialogue:
    return Dialogue(d.flow, step, d.inst, {**d.data, **changes})


def to_list(d: Dialogue, **changes: Any) -> Dialogue:
    """Back at the list, forgetting what an edit or an addition was holding."""
    data = {k: v for k, v in d.data.items() if k in ("ix", "q", "st", "pg")}
    return Dialogue(d.flow, "list", d.inst, {**data, **changes})


def _show_list(d: Dialogue, in_place: bool = False) -> Outcome:
    return Outcome(d, [replace(browse.list_reply(d), replace=in_place)])


# --- the list ------------------------------------------------------------------------------

def on_list(turn: Turn, d: Dialogue, event: Event) -> Outcome:
    if isinstance(event, TextIn):
        query = " ".join(event.text.split())[:60]
        return _show_list(at(d, "list", q=query, pg=0))
    if not isinstance(event, Press):
        return _show_list(d)
    page = d.data.get("pg", 0)
    if event.value == browse.NEXT:
        return _show_list(at(d, "list", pg=page + 1), True)
    if event.value == browse.PREV:
        return _show_list(at(d, "list", pg=max(page - 1, 0)), True)
    if event.value == browse.CLEAR:
        return _show_list(at(d, "list", q="", st="", pg=0), True)
    if event.value == browse.FILTER:
        nd = at(d, "filter")
        return Outcome(nd, [replace(browse.filter_reply(nd), replace=True)])
    if event.value == browse.ADD:
        nd = at(d, "add_name", new={})
        return Outcome(nd, show_add(turn, nd))
    return _show_list(d)


def on_filter(turn: Turn, d: Dialogue, event: Event) -> Outcome:
    if isinstance(event, Press):
        stage = event.value if event.value in STAGES else ""
        return _show_list(at(d, "list", st=stage, pg=0), True)
    return _show_list(at(d, "list", q=" ".join(event.text.split())[:60], pg=0)
                      if isinstance(event, TextIn) else at(d, "list"))


# --- adding a contact by hand --------------------------------------------------------------

ADD_STEPS = {  # step: (field, question, optional)
    "add_name": ("name", "➕ A new contact. What's their name?", False),
    "add_org": ("organisation", "Their organisation?", True),
    "add_role": ("role", "Their role there?", True),
    "add_conn": ("connection", "How are you connected? (e.g. “met at the UX meetup”, "
                               "“Baruch alumni”, “found on LinkedIn”)", True),
}


def show_add(turn: Turn, d: Dialogue) -> list[Reply]:
    _, question, optional = ADD_STEPS[d.step]
    buttons = [step_button(d, "Skip", SKIP)] if optional else []
    buttons.append(step_button(d, "✖️ Cancel", CANCEL))
    return [Reply(question, (tuple(buttons),))]


def on_add(turn: Turn, d: Dialogue, event: Event) -> Outcome:
    field, _, optional = ADD_STEPS[d.step]
    new = dict(d.data.get("new") or {})
    if isinstance(event, Press) and event.value == CANCEL:
        return _show_list(to_list(d))
    if isinstance(event, Press) and event.value == SKIP and optional:
        value = ""
    elif isinstance(event, Press) and event.value == USE_AS_NAME and field == "name":
        value = d.data.get("doubt", "")
    elif isinstance(event, TextIn) and event.text.strip():
        value = " ".join(event.text.split())[: LIMITS[field]]
        why = not_a_name(value) if field == "name" else None
        if why and value != d.data.get("doubt"):  # asked about once, like everywhere else
            nd = at(d, d.step, doubt=value)
            extra = [step_button(nd, label, v) for label, v in use_as_name_choice(value)]
            return Outcome(nd, [Reply(f"Hmm, {why}. Type their name, or keep it as it is.",
                                      (tuple(extra),))])
    else:
        return Outcome(d, [Reply("Type it, please" + (", or tap Skip." if optional else "."))]
                       + show_add(turn, d))
    new[field] = value
    order = list(ADD_STEPS)
    if d.step != order[-1]:
        nd = at(d, order[order.index(d.step) + 1], new=new)
        return Outcome(nd, show_add(turn, nd))
    effect = AddContact(new["name"], new.get("organisation", ""), new.get("role", ""),
                        new.get("connection", ""))
    where = ", ".join(esc(x) for x in (new.get("role"), new.get("organisation")) if x)
    text = f"➕ Added <b>{esc(new['name'])}</b>" + (f" ({where})" if where else "") + "."
    buttons = ((item_button("👤 Open their card", NEWEST, 0, "view"),
                menu_button("👥 Back to the list", NAME)),)
    return Outcome(None, [Reply(text, buttons)], [effect])


# --- one field of a card -------------------------------------------------------------------

def show_edit(turn: Turn, d: Dialogue) -> list[Reply]:
    snap = d.data["card"]["contact"]
    field = d.data["field"]
    label = FIELDS[field]
    if field == "referred_by":
        now = esc(snap["referrer"]) if snap.get("referrer") else "nobody"
        text = (f"Who suggested <b>{esc(snap['name'])}</b>? Type their name as it is in your "
                f"contacts (now: {now}).")
        extra = [step_button(d, "Nobody", NOBODY)]
    else:
        current = snap.get(field) or ""
        now = f"now: {esc(current[:200])}" if current else "not set yet"
        text = f"Type <b>{esc(snap['name'])}</b>'s {label} ({now})."
        extra = [] if field == "name" else [step_button(d, "🧹 Clear it", CLEAR_FIELD)]
    picks = [step_button(d, row[1][:28], f"r{row[0]}") for row in d.data.get("picks", [])]
    return [Reply(text, rows(picks) + ((*extra, step_button(d, "✖️ Cancel", CANCEL)),))]


def _saved(turn: Turn, d: Dialogue, field: str, value: str, shown: str) -> Outcome:
    snap = dict(d.data["card"])
    contact = {**snap["contact"]}
    cid = contact["id"]
    ix = [list(row) for row in d.data["ix"]]
    if field == "referred_by":
        ref = next((row for row in ix if str(row[0]) == value), None)
        contact.update(referred_by=ref[0] if ref else None, referrer=ref[1] if ref else None,
                       referrer_stage=ref[3] if ref else None)
        for row in ix:
            if row[0] == cid:
                row[4] = ref[0] if ref else None
    else:
        contact[field] = value
        column = {"name": 1, "organisation": 2}.get(field)
        for row in ix:
            if row[0] == cid and column is not None:
                row[column] = value
    snap.update(contact=contact, index=ix)
    nd = to_list(d, ix=ix)
    reply = card_reply(snap, turn.user, turn.now, before=f"✅ Saved: {FIELDS[field]} — {shown}.")
    return Outcome(nd, [reply], [EditContact(cid, field, value)])


def _loops(ix: list[list], contact_id: int, referrer_id: int) -> bool:
    by_id = {row[0]: row for row in ix}
    seen, at_ = set(), referrer_id
    while at_ is not None and at_ in by_id and at_ not in seen:
        if at_ == contact_id:
            return True
        seen.add(at_)
        at_ = by_id[at_][4]
    return False


def _pick_referrer(turn: Turn, d: Dialogue, referrer_id: int) -> Outcome:
    cid = d.data["card"]["contact"]["id"]
    by_id = {row[0]: row for row in d.data["ix"]}
    if referrer_id not in by_id or referrer_id == cid or _loops(d.data["ix"], cid, referrer_id):
        return Outcome(d, [Reply("That would make a circle: they can't have suggested "
                                 "someone who led to them.")] + show_edit(turn, d))
    return _saved(turn, d, "referred_by", str(referrer_id), esc(by_id[referrer_id][1]))


def on_edit(turn: Turn, d: Dialogue, event: Event) -> Outcome:
    field = d.data["field"]
    if isinstance(event, Press):
        if event.value == CANCEL:
            snap = {**d.data["card"], "index": d.data["ix"]}
            return Outcome(to_list(d), [card_reply(snap, turn.user, turn.now)])
        if event.value == NOBODY and field == "referred_by":
            return _saved(turn, d, field, "", "nobody")
        if event.value == CLEAR_FIELD and field != "name":
            return _saved(turn, d, field, "", "cleared")
        if event.value.startswith("r") and event.value[1:].isdecimal():
            return _pick_referrer(turn, d, int(event.value[1:]))
        return Outcome(d, show_edit(turn, d))
    if not isinstance(event, TextIn) or not event.text.strip():
        return Outcome(d, [Reply("Type the new value, or tap Cancel.")] + show_edit(turn, d))
    if field == "referred_by":
        cid = d.data["card"]["contact"]["id"]
        found = [r for r in browse.matches(d.data["ix"], event.text) if r[0] != cid]
        if len(found) == 1:
            return _pick_referrer(turn, d, found[0][0])
        nd = at(d, "edit", picks=found[:8])
        why = (f"{len(found)} contacts match — tap the one you mean, or type more of the name."
               if found else "No contact of yours matches that. Type another name.")
        return Outcome(nd, [Reply(why)] + show_edit(turn, nd))
    raw = event.text.strip() if field == "notes" else " ".join(event.text.split())
    value = raw[: LIMITS[field]]
    return _saved(turn, d, field, value, esc(value[:80]))


@dataclass(frozen=True)
class Step:
    title: str
    show: Callable[[Turn, Dialogue], list[Reply]]
    on: Callable[[Turn, Dialogue, Event], Outcome]


STEPS: dict[str, Step] = {
    "list": Step("your contact list", lambda t, d: [browse.list_reply(d)], on_list),
    "filter": Step("choosing a stage", lambda t, d: [browse.filter_reply(d)], on_filter),
    **{name: Step("adding a contact", show_add, on_add) for name in ADD_STEPS},
    "edit": Step("editing a contact", show_edit, on_edit),
}


class ContactsFlow:
    name = NAME
    title = "your contacts"

    def start(self, turn: Turn, inst: int, payload: Any = None) -> Outcome:
        d = Dialogue(NAME, "list", inst, fresh((payload or {}).get("index", [])))
        return _show_list(d)

    def handle(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
        step = STEPS.get(d.step)
        if step is None:
            return _show_list(to_list(d))
        if isinstance(event, NonText):
            return Outcome(d, [Reply(f"I can only read text here, not a {event.kind}.")]
                           + step.show(turn, d))
        return step.on(turn, d, event)

    def prompts(self, turn: Turn, d: Dialogue) -> list[Reply]:
        step = STEPS.get(d.step)
        return step.show(turn, d) if step else [browse.list_reply(to_list(d))]

    def step_title(self, d: Dialogue) -> str:
        step = STEPS.get(d.step)
        return step.title if step else d.step
