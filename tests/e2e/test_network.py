"""/contacts, /stats and /export after some real use of the bot."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from bot.engine.callbacks import item_button
from bot.features.network.store import contact_detail, pipeline
from bot.features.nudges.store import upcoming
from tests.e2e.test_outreach import answer_until_channel

U = 601  # the user of answer_until_channel


async def test_pipeline_stats_and_export(bot, clock):
    clock.set(datetime(2026, 11, 5, 9, 0, tzinfo=UTC))
    await bot.onboard(U, name="Sam", tz="Europe/Berlin")
    seen = await bot.send(U, "/contacts")
    assert "No contacts yet" in seen[0].text
    await answer_until_channel(bot)
    await bot.press(U, "Email")
    await bot.press(U, "I sent it")
    await bot.send(U, "/meeting")
    await bot.send(U, "Leo Park")
    await bot.send(U, "Nov 20 16:00")
    await bot.press(U, "Yes")
    await bot.press(U, "Phone")
    await bot.press(U, "20 min")

    seen = await bot.send(U, "/contacts")
    view = seen[0].text
    assert "📨 Asked (1)" in view and "Dana Whitfield, Harbor Health" in view
    assert "📅 Scheduled (1)" in view and "Leo Park" in view
    seen = await bot.press(U, "Dana Whitfield", message=seen[0])
    assert "Stage: 📨 Asked" in seen[0].text
    assert "email draft 10/10, sent 05 Nov 2026" in seen[0].text
    seen = await bot.press(U, "I was in touch today", message=seen[0])
    assert "keep-in-touch reminder starts over" in seen[0].text
    coming = await bot.db.run(upcoming, U)
    assert [(n["kind"], n["status"]) for n in coming if n["contact_name"] == "Dana Whitfield"
            and n["kind"] == "keep_in_touch"] == [("keep_in_touch", "pending")]

    seen = await bot.send(U, "/stats")
    assert "Contacts: 2" in seen[0].text and "Drafts written: 1 · sent: 1" in seen[0].text
    assert "Meetings logged: 1" in seen[0].text

    seen = await bot.send(U, "/export")
    name, content = seen[0].document
    assert name == "contacts.csv"
    table = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert table[0][:4] == ["name", "role", "organisation", "stage"]
    assert table[1][:4] == ["Dana Whitfield", "UX research lead", "Harbor Health", "asked"]
    assert seen[1].document[0] == "meetings.ics" and b"Meeting with Leo Park" in seen[1].document[1]


async def test_a_contact_id_of_another_user_is_refused(bot):
    await bot.onboard(U)
    await answer_until_channel(bot)
    await bot.press(U, "Email")
    await bot.onboard(U + 1, name="Eve")
    # the id Eve forges is real: Sam's contact, stored under Sam, and Eve has none of her own
    dana = await bot.contact(U, "Dana Whitfield")
    assert (await bot.db.run(contact_detail, U, dana["id"]))["contact"]["user_id"] == U
    assert (await bot.db.run(pipeline, U + 1))["contacts"] == []
    view = item_button("Dana Whitfield", "ct", dana["id"], "view").data
    write = item_button("Write to them", "ref", dana["id"], "write").data
    own = bot.last_with_buttons(U + 1)
    seen = await bot.press_data(U + 1, own, view)
    assert "no longer stored" in seen[0].text
    seen = await bot.press_data(U + 1, own, write)
    assert "no longer stored" in seen[0].text
    # the same button in Sam's chat opens Dana's card: what Eve met was a refusal of her
    seen = await bot.press_data(U, bot.last_with_buttons(U), view)
    assert "Dana Whitfield" in seen[0].text and "Stage: ✍️ Drafted" in seen[0].text
