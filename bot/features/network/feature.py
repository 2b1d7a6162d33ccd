"""/contacts, /stats and /export, and the buttons of a contact's card."""

from __future__ import annotations

from bot.engine.feature import Command, Feature, Item, View
from bot.features.network import cards, store, views
from bot.features.network.card import ITEM, LIST, NEWEST
from bot.features.network.effects import (
    AddContact,
    DeleteContact,
    EditContact,
    LogInteraction,
    SetStage,
)
from bot.features.network.flow import ContactsFlow

GONE = "That contact is no longer stored."

FEATURE = Feature(
    name="network",
    commands=(
        Command("contacts", "your network: find, edit, log, referral trees",
                label="👥 Contacts", flow=ContactsFlow.name, payload=store.contact_list),
        Command("stats", "your progress as a chart: funnel, meetings, practice",
                label="📊 Stats", view=View(views.stats_replies, store.progress_rows)),
        Command("export", "download everything as CSV files and a calendar (zip)",
                view=View(views.export_replies, store.export_data)),
    ),
    flows=lambda context: [ContactsFlow()],
    stores={
        AddContact: store.add_contact,
        EditContact: store.edit_contact,
        LogInteraction: store.log_interaction,
        SetStage: store.set_stage,
        DeleteContact: store.delete_contact,
    },
    items={
        ITEM: Item(store.card, cards.decide, gone=GONE),
        NEWEST: Item(store.newest_contact, cards.decide, gone=GONE),
        LIST: Item(lambda conn, user_id, page: store.contact_list(conn, user_id),
                   cards.back_to_list),
    },
)
