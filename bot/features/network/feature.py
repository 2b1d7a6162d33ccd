"""/contacts, /stats and /export, and the buttons of a contact's card."""

from __future__ import annotations

from bot.engine.callbacks import ItemPress
from bot.engine.feature import Command, Feature, Item, View
from bot.engine.flow import Outcome
from bot.engine.models import Dialogue, Turn
from bot.engine.ui import Reply
from bot.features.network import store, views
from bot.features.network.effects import ContactReplied, LoggedContact
from bot.features.nudges.kinds import REPLIED
from bot.features.nudges.planner import next_keep_in_touch, timing
from bot.features.outreach import store as outreach_store


def _card(turn: Turn, d: Dialogue | None, press: ItemPress, detail: dict) -> Outcome:
    if press.action == "replied":
        return Outcome(d, [Reply(REPLIED)], [ContactReplied(press.id)])
    if press.action == "touch":
        due = next_keep_in_touch(turn.now, timing(turn.user)).due_at
        return Outcome(d, [Reply("🗣 Logged. The keep-in-touch reminder starts over.")],
                       [LoggedContact(press.id, due)])
    return Outcome(d, [views.contact_view(detail, turn.user)])


FEATURE = Feature(
    name="network",
    commands=(
        Command("contacts", "your network as a pipeline", label="👥 Contacts",
                view=View(lambda turn, rows: [views.pipeline_view(rows)], store.pipeline)),
        Command("stats", "your funnel and practice progress", label="📊 Stats",
                view=View(lambda turn, rows: [views.stats_view(rows)], store.stats)),
        Command("export", "download your data as CSV",
                view=View(lambda turn, rows: views.export_files(rows, turn.user, turn.now),
                          store.export_rows)),
    ),
    stores={
        ContactReplied: lambda c, u, e, t: outreach_store.contact_replied(c, u, e.contact_id, t),
        LoggedContact: lambda c, u, e, t: store.log_contact(c, u, e.contact_id, t,
                                                            e.next_keep_in_touch),
    },
    items={"ct": Item(store.contact_detail, _card, gone="That contact is no longer stored.")},
)
