"""/outreach, and the buttons that mark a saved draft sent or write to a suggested name."""

from __future__ import annotations

from bot.engine.callbacks import ItemPress
from bot.engine.feature import Command, Feature, Item
from bot.engine.flow import Outcome
from bot.engine.models import Dialogue, Turn
from bot.engine.ui import Reply
from bot.features.outreach import store
from bot.features.outreach.effects import MarkReplied, MarkSent, SaveDraft, mark_sent
from bot.features.outreach.flow import OutreachFlow
from bot.storage.timefmt import iso

SENT = ("📨 Noted as sent. If there's no reply, I'll nudge you after 3 and 7 business days.")


def _flows(context) -> list:
    from bot.features.outreach.render import make_environment

    return [OutreachFlow(make_environment(context.settings.templates_dir))]


def _draft_sent(turn: Turn, d: Dialogue | None, press: ItemPress, inst: int) -> Outcome:
    if press.action != "sent":
        return Outcome(d, [Reply("That menu has expired.")])
    return Outcome(d, [Reply(SENT)], [mark_sent(turn, inst)])


def _write_to(turn: Turn, d: Dialogue | None, press: ItemPress, contact: dict) -> Outcome:
    return Outcome(None, next_flow=OutreachFlow.name, payload={"referral": contact})


FEATURE = Feature(
    name="outreach",
    commands=(Command("outreach", "draft the message that asks for a meeting",
                      label="✉️ Write outreach", flow=OutreachFlow.name,
                      payload=store.start_payload),),
    flows=_flows,
    stores={
        SaveDraft: lambda c, u, e, t: store.save_draft(c, u, e, iso(t)),
        MarkSent: lambda c, u, e, t: store.mark_sent(c, u, e, iso(t)),
        MarkReplied: lambda c, u, e, t: store.mark_replied(c, u, e, iso(t)),
    },
    items={
        "draft": Item(store.unsent_draft_inst, _draft_sent,
                      gone="That draft is already marked as sent."),
        "ref": Item(store.referral_of, _write_to, gone="That contact is no longer stored."),
    },
)
