"""/followups, and what a reminder's buttons do."""

from __future__ import annotations

from bot.engine.callbacks import ItemPress
from bot.engine.feature import Command, Feature, Item, View
from bot.engine.flow import Outcome
from bot.engine.models import Dialogue, Turn
from bot.engine.ui import Reply
from bot.features.meetings.debrief import DebriefFlow
from bot.features.nudges import followups, store
from bot.features.nudges.effects import ActOnNudges
from bot.features.nudges.kinds import ITEM, ActionResult, DueNudge, act, show
from bot.features.outreach.flow import OutreachFlow

DEALT_WITH = "That reminder was already dealt with."


def _pressed(turn: Turn, d: Dialogue | None, press: ItemPress, loaded: dict) -> Outcome:
    batch, meeting = loaded["batch"], loaded["meeting"]
    if not batch or all(r.status in ("done", "skipped", "cancelled") for r in batch):
        return Outcome(d, [Reply(DEALT_WITH)], where=True)
    result = act(batch, press.action, turn.user, turn.now)
    if not result.start_flow:
        return Outcome(d, [result.reply], [ActOnNudges(tuple(batch), result)])
    if result.start_flow == "open":
        return _open(d, batch, loaded.get("reminder"))
    if result.start_flow == "outreach":  # someone new at the same organisation
        org = (loaded.get("reminder") and (loaded["reminder"].contact or {}).get("organisation"))
        payload = {**(loaded.get("outreach") or {}), "org": org or ""}
        return Outcome(None, [], next_flow=OutreachFlow.name,
                       payload=payload if org else loaded.get("outreach"))
    if meeting is None:
        return Outcome(d, [Reply("That meeting is no longer stored.")])
    payload = {"meeting_id": meeting["id"], "contact_id": meeting["contact_id"],
               "contact_name": meeting["contact_name"], "ends_at": meeting["ends_at"],
               "thanked": meeting["thanked"],
               "only_names": result.start_flow == "names"}
    effects = []
    if result.start_flow == "debrief":
        effects = [ActOnNudges(tuple(batch), ActionResult(result.reply, "done"))]
    return Outcome(None, [], effects, next_flow=DebriefFlow.name, payload=payload)


def _open(d: Dialogue | None, batch: list, reminder: DueNudge | None) -> Outcome:
    """/followups shows a due reminder again — its draft and what each button records —
    rather than closing it unseen; one never sent counts as sent now."""
    if reminder is None:
        return Outcome(d, [Reply(DEALT_WITH)], where=True)
    unsent = tuple(r for r in batch if r.status == "pending")
    effects = [ActOnNudges(unsent, ActionResult(Reply(""), "sent"))] if unsent else []
    return Outcome(d, show(reminder), effects)


FEATURE = Feature(
    name="nudges",
    commands=(Command("followups", "what is due: thank-yous, referrals, check-ins",
                      label="🔔 Follow-ups",
                      view=View(lambda turn, rows: [followups.view(turn.user, turn.now, rows)],
                                store.followups)),),
    stores={ActOnNudges: lambda c, u, e, t: store.apply_action(c, u, list(e.batch), e.result, t)},
    items={ITEM: Item(store.pressed_reminder, _pressed, gone=DEALT_WITH)},
)
