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
from bot.features.nudges.kinds import ITEM, ActionResult, act

DEALT_WITH = "That reminder was already dealt with."


def _pressed(turn: Turn, d: Dialogue | None, press: ItemPress, loaded: dict) -> Outcome:
    batch, meeting = loaded["batch"], loaded["meeting"]
    if not batch or all(r.status in ("done", "skipped", "cancelled") for r in batch):
        return Outcome(d, [Reply(DEALT_WITH)], where=True)
    result = act(batch, press.action, turn.user, turn.now)
    if not result.start_flow:
        return Outcome(d, [result.reply], [ActOnNudges(tuple(batch), result)])
    if meeting is None:
        return Outcome(d, [Reply("That meeting is no longer stored.")])
    payload = {"meeting_id": meeting["id"], "contact_id": meeting["contact_id"],
               "contact_name": meeting["contact_name"],
               "only_names": result.start_flow == "names"}
    effects = []
    if result.start_flow == "debrief":
        effects = [ActOnNudges(tuple(batch), ActionResult(result.reply, "done"))]
    return Outcome(None, [], effects, next_flow=DebriefFlow.name, payload=payload)


FEATURE = Feature(
    name="nudges",
    commands=(Command("followups", "what is due: thank-yous, referrals, check-ins",
                      label="🔔 Follow-ups",
                      view=View(lambda turn, rows: [followups.view(turn.user, turn.now, rows)],
                                store.followups)),),
    stores={ActOnNudges: lambda c, u, e, t: store.apply_action(c, u, list(e.batch), e.result, t)},
    items={ITEM: Item(store.pressed, _pressed, gone=DEALT_WITH)},
)
