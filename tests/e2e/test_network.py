"""/contacts, the card, the referral tree, /stats and /export through the real Application."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, datetime

from bot.engine.callbacks import item_button
from bot.features.network import store
from bot.features.network.effects import EditContact, LogInteraction
from bot.features.network.store import contact_detail, pipeline
from bot.features.nudges.store import of_contact, upcoming
from bot.features.outreach import store as outreach_store
from bot.features.outreach.effects import SaveDraft
from tests.e2e.test_outreach import answer_until_channel
from tests.features.network.seed import CHAIN, NOW, name_of, seed_network

U = 601  # the user of answer_until_channel
S = 700  # a user with 250 contacts


async def seeded(bot, clock, count: int = 250) -> list[int]:
    clock.set(NOW)
    return await bot.db.transaction(seed_network, S, count)


async def test_pipeline_stats_and_export(bot, clock):
    clock.set(datetime(2026, 11, 5, 9, 0, tzinfo=UTC))
    await bot.onboard(U, name="Sam", tz="Europe/Berlin")
    seen = await bot.send(U, "/contacts")
    assert "No contacts yet" in seen[0].text
    await answer_until_channel(bot)
    await bot.press(U, "Email")
    await bot.press(U, "I sent it")
    seen = await bot.send(U, "/contacts")
    view = seen[0].text
    assert "Dana Whitfield, Harbor Health · 📨 Asked" in view
    seen = await bot.press(U, "Dana Whitfield", message=seen[0])
    assert "Stage: 📨 Asked" in seen[0].text
    assert "05 Nov 2026 · 📨 email sent (checks 10/10)" in seen[0].text
    seen = await bot.press(U, "Log contact", message=seen[0])
    seen = await bot.press(U, "We talked", message=seen[0])
    assert "keep-in-touch reminder starts over" in seen[0].text
    assert "Stage: 💬 Replied" in seen[0].text and "🗣 You talked" in seen[0].text
    coming = await bot.db.run(upcoming, U)
    assert [(n["kind"], n["status"]) for n in coming if n["contact_name"] == "Dana Whitfield"
            ] == [("keep_in_touch", "pending")]  # and the no-reply reminders are gone

    seen = await bot.send(U, "/stats")
    assert "Drafts written: 1 · sent: 1" in seen[0].text
    assert seen[0].photo and seen[0].document[1].startswith(b"\x89PNG")

    seen = await bot.send(U, "/export")
    name, content = seen[0].document
    assert name.endswith(".zip")
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        table = list(csv.reader(io.StringIO(z.read("contacts.csv").decode("utf-8-sig"))))
    assert table[0][:4] == ["name", "role", "organisation", "how connected"]
    assert table[1][:3] == ["Dana Whitfield", "UX research lead", "Harbor Health"]


async def test_250_contacts_paged_filtered_and_searched(bot, clock):
    ids = await seeded(bot, clock)
    seen = await bot.send(S, "/contacts")
    page = seen[0]
    assert "250 contacts" in page.text and "Page 1 of 25" in page.text
    names = {b for b in page.button_texts() if b not in ("Next ▶️", "🏷 By stage", "➕ Add")}
    assert len(names) == 10
    reached = set(names)
    for n in range(2, 26):  # every page, in place: the same message edited
        await bot.press(S, "Next", message=page)
        assert f"Page {n} of 25" in page.text
        reached |= set(page.button_texts())
    every = await bot.db.run(store.index, S)
    assert {row[1][:28] for row in every} <= reached  # every contact was on some page
    assert "Next ▶️" not in page.button_texts()
    await bot.press(S, "Previous", message=page)
    assert "Page 24 of 25" in page.text

    await bot.press(S, "By stage", message=page)
    await bot.press(S, "Identified", message=page)
    assert "Showing 50 matching stage 🔍 Identified" in page.text and "Page 1 of 5" in page.text
    seen = await bot.send(S, "harbor health")  # typed while the list is open: a search
    expected = [r for r in every if r[2] == "Harbor Health" and r[3] == "identified"]
    assert 1 < len(expected) <= 10
    assert (f"Showing {len(expected)} matching stage 🔍 Identified and “harbor health”"
            in seen[0].text)
    assert all(f"{r[1]}, Harbor Health" in seen[0].text for r in expected)
    seen = await bot.send(S, "/contacts")
    seen = await bot.send(S, "ruiz")
    assert "Ana Ruiz, Summit Media" in seen[0].text and "Showing 1 matching" in seen[0].text
    seen = await bot.press(S, "Ana Ruiz", message=seen[0])
    assert "👤 Ana Ruiz" in seen[0].text and "Suggested by: Dana Whitfield" in seen[0].text
    assert ids[4] in {r[0] for r in every}


async def test_a_search_ignores_case_and_accents(bot, clock):
    ids = await seeded(bot, clock, 60)
    await bot.db.transaction(store.edit_contact, S, EditContact(ids[9], "name", "José García"),
                             NOW)
    await bot.send(S, "/contacts")
    seen = await bot.send(S, "jose GARCIA")
    assert "José García" in seen[0].text and "Showing 1 matching" in seen[0].text
    seen = await bot.send(S, "nobody-like-this")
    assert "Nobody matches" in seen[0].text


async def test_the_card_edit_log_stage_and_delete(bot, clock):
    ids = await seeded(bot, clock, 40)
    cid = ids[12]  # a contact with a draft sent
    await bot.send(S, "/contacts")
    view = bot.last_with_buttons(S)
    seen = await bot.press_data(S, view, item_button("x", "ct", cid, "view").data)
    card = seen[0]
    assert f"👤 {name_of(12)}" in card.text and "📨 email sent" in card.text
    seen = await bot.press(S, "Edit", message=card)
    seen = await bot.press(S, "Organisation", message=seen[0])
    assert "new organisation" not in seen[0].text and "organisation (now:" in seen[0].text
    seen = await bot.send(S, "Harbor & Sons <ltd>")
    assert "✅ Saved: organisation — Harbor &amp; Sons &lt;ltd&gt;." not in seen[0].text
    assert "Researcher, Harbor & Sons <ltd>" in seen[0].text  # shown, escaped
    detail = await bot.db.run(store.card, S, cid)
    assert detail["contact"]["organisation"] == "Harbor & Sons <ltd>"
    for field, typed in (("Name", "Kim Lee"), ("Role", "Design lead"),
                         ("How you're connected", "met at the UX meetup"),
                         ("Notes", "likes\nlong walks")):
        await bot.press(S, "Edit", message=bot.last_with_buttons(S))
        await bot.press(S, field, message=bot.last_with_buttons(S))
        await bot.send(S, typed)
    detail = await bot.db.run(store.card, S, cid)
    c = detail["contact"]
    assert (c["name"], c["role"], c["connection"], c["notes"]) == (
        "Kim Lee", "Design lead", "met at the UX meetup", "likes\nlong walks")

    seen = await bot.press(S, "Log contact", message=bot.last_with_buttons(S))
    seen = await bot.press(S, "Met for coffee", message=seen[0])
    assert "☕ You met for coffee" in seen[0].text and "Stage: 🤝 Met" in seen[0].text
    kit = [n for n in await bot.db.run(of_contact, S, cid) if n["kind"] == "keep_in_touch"]
    assert [n["status"] for n in kit][-1] == "pending"

    seen = await bot.press(S, "Set stage", message=seen[0])
    seen = await bot.press(S, "Identified", message=seen[0])
    assert "Stage: 🔍 Identified" in seen[0].text and "🏷 Stage set to" in seen[0].text
    assert (await bot.db.run(store.card, S, cid))["contact"]["status"] == "identified"

    seen = await bot.press(S, "Delete", message=seen[0])
    assert "cannot be undone" in seen[0].text
    seen = await bot.press(S, "Yes, delete", message=seen[0])
    assert "Deleted" in seen[0].text
    assert await bot.db.run(store.card, S, cid) is None
    assert await bot.db.run(of_contact, S, cid) == []  # its reminders went too
    seen = await bot.press(S, "Back to the list", message=seen[0])
    assert "39 contacts" in seen[0].text


async def test_add_a_contact_by_hand_and_set_who_suggested_them(bot, clock):
    await seeded(bot, clock, 10)
    seen = await bot.send(S, "/contacts")
    seen = await bot.press(S, "Add", message=seen[0])
    assert "What's their name?" in seen[0].text
    await bot.send(S, "Noor Haddad")
    await bot.send(S, "Lumen Labs")
    await bot.press(S, "Skip")
    seen = await bot.send(S, "met at a meetup")
    assert "Added Noor Haddad (Lumen Labs)" in seen[0].text
    seen = await bot.press(S, "Open their card", message=seen[0])
    assert "👤 Noor Haddad" in seen[0].text and "Connection: met at a meetup" in seen[0].text
    await bot.press(S, "Edit", message=seen[0])
    seen = await bot.press(S, "Who suggested them", message=bot.last_with_buttons(S))
    seen = await bot.send(S, CHAIN[3].split()[0])  # "Chloe": several contacts match
    assert "tap the one you mean" in seen[0].text
    seen = await bot.press(S, CHAIN[3])
    assert f"Suggested by: {CHAIN[3]}" in seen[0].text
    seen = await bot.press(S, "Referral tree", message=seen[0])
    tree = seen[0].text
    assert tree.index(CHAIN[0]) < tree.index(CHAIN[1]) < tree.index(CHAIN[3]) \
        < tree.index("👉 Noor Haddad")


async def test_the_referral_tree_three_levels_deep(bot, clock):
    ids = await seeded(bot, clock, 12)
    view = await bot.send(S, "/contacts")
    seen = await bot.press_data(S, view[0], item_button("x", "ct", ids[3], "tree").data)
    lines = seen[0].text.splitlines()
    assert lines[1].startswith("👉 Dana Whitfield — ")
    assert "└ Ana Ruiz" in lines[2] and "└ Ben Okafor" in lines[3] and "└ Chloe Park" in lines[4]
    assert len(lines[4]) - len(lines[4].lstrip()) > len(lines[2]) - len(lines[2].lstrip())
    seen = await bot.press(S, "Chloe Park", message=seen[0])  # follow it down
    assert "👤 Chloe Park" in seen[0].text and "Suggested by: Ben Okafor" in seen[0].text


async def test_stats_chart_with_its_numbers_and_export_of_everything(bot, clock):
    await seeded(bot, clock)
    seen = await bot.send(S, "/stats")
    [chart] = seen
    assert chart.photo and chart.document[1][:8] == b"\x89PNG\r\n\x1a\n"
    assert "People: asked 200 → replied 150 → met 75 → thanked 50" in chart.text
    assert "Reply rate: 75% (150 of the 200 people you asked)" in chart.text
    seen = await bot.send(S, "/export")
    with zipfile.ZipFile(io.BytesIO(seen[0].document[1])) as z:
        assert set(z.namelist()) == {"README.txt", "contacts.csv", "interactions.csv",
                                     "drafts.csv", "meetings.csv", "debrief_notes.csv",
                                     "practice.csv", "meetings.ics"}
        contacts = list(csv.DictReader(io.StringIO(z.read("contacts.csv").decode("utf-8-sig"))))
    assert len(contacts) == 250


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
    own = bot.last_with_buttons(U + 1)
    seen = await bot.press_data(U + 1, own, view)
    assert "no longer stored" in seen[0].text
    # the same button in Sam's chat opens Dana's card: what Eve met was a refusal of her
    seen = await bot.press_data(U, bot.last_with_buttons(U), view)
    assert "Dana Whitfield" in seen[0].text and "Stage: ✍️ Drafted" in seen[0].text


# every action a button of each kind can carry; a new kind of button must be added here
CARD_ACTIONS = ("view", "edit", "log", "stage", "tree", "del", "delok", "touch", "replied",
                "lg:talked", "lg:coffee", "st:met", "st:identified", "ed:name", "ed:ref")
FOREIGN = {"ct": CARD_ACTIONS, "ref": ("write",), "draft": ("sent",)}
SCOPED = {"ctnew": ("view",), "cl": ("back",)}  # no row id of anyone's: the presser's own rows


def _state(conn, user_id: int) -> tuple:
    """Everything stored about the user, to compare before and after."""
    data = store.export_data(conn, user_id)
    reminders = [tuple(r) for r in conn.execute(
        "SELECT id, status, due_at FROM nudges WHERE user_id = ? ORDER BY id", (user_id,))]
    return repr(data), reminders, [tuple(r) for r in store.index(conn, user_id)]


def _own_rows(conn, user_id: int) -> dict[str, int]:
    draft = outreach_store.save_draft(conn, user_id, SaveDraft(
        contact_name="Pat Unsent", role="", organisation="", referrer="", channel="email",
        tone="warm", subject=None, body="Hi Pat", score=8, total=10, inst=99_999),
        NOW.isoformat())
    nudge = conn.execute("SELECT id FROM nudges WHERE user_id = ? AND status = 'pending' "
                         "ORDER BY id LIMIT 1", (user_id,)).fetchone()[0]
    return {"ct": store.index(conn, user_id)[0][0], "ref": draft,
            "draft": conn.execute("SELECT id FROM drafts WHERE user_id = ? AND flow_inst = ?",
                                  (user_id, 99_999)).fetchone()[0], "nudge": nudge}


async def test_a_forged_id_is_refused_for_every_button_kind(bot, clock, caplog):
    from bot.features.nudges.kinds import ACTIONS, ITEM
    from bot.telegram.router import ITEMS

    await seeded(bot, clock, 30)
    ids = await bot.db.transaction(_own_rows, S)
    kit = await bot.db.run(store.card, S, ids["ct"])
    await bot.db.transaction(store.log_interaction, S,
                             LogInteraction(ids["ct"], "talked", NOW), NOW)  # a pending one
    assert kit is not None
    foreign = {**FOREIGN, ITEM: ACTIONS}
    assert set(ITEMS) == set(foreign) | set(SCOPED), "a new button kind: add it to this test"
    eve = S + 1
    await bot.onboard(eve, name="Eve")
    await bot.send(eve, "/contacts")
    before = await bot.db.run(_state, S)
    caplog.set_level("INFO")
    for kind, actions in foreign.items():
        row = ids["nudge" if kind == ITEM else kind]
        for action in actions:
            data = item_button("x", kind, row, action).data
            seen = await bot.press_data(eve, bot.last_with_buttons(eve), data)
            said = " ".join(m.text for m in seen)
            assert ("no longer stored" in said or "already" in said), (kind, action, said)
            assert "Pat Unsent" not in said and name_of(0) not in said
    for kind, actions in SCOPED.items():
        for action in actions:
            for row in (0, ids["ct"]):
                data = item_button("x", kind, row, action).data
                seen = await bot.press_data(eve, bot.last_with_buttons(eve), data)
                said = " ".join(m.text for m in seen)
                assert "Pat Unsent" not in said and name_of(0) not in said, (kind, said)
    assert await bot.db.run(_state, S) == before  # nothing of Sam's changed
    assert await bot.db.run(store.index, eve) == []
    refusals = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert refusals and all(name_of(0) not in r and "Pat" not in r for r in refusals)
    for kind in foreign:  # every kind of forged press leaves a line an operator can find
        assert any(f"{kind}:" in r for r in refusals), (kind, refusals)


async def test_the_chart_is_drawn_off_the_event_loop_and_text_alone_if_it_fails(
        bot, clock, monkeypatch):
    import threading

    from bot.features.network import chart

    await seeded(bot, clock, 20)
    drawn_in: list[str] = []
    real = chart.render

    def watched(p):
        drawn_in.append(threading.current_thread().name)
        return real(p)

    monkeypatch.setattr(chart, "render", watched)
    seen = await bot.send(S, "/stats")
    assert seen[0].photo and drawn_in and drawn_in[0] != threading.main_thread().name

    def broken(p):
        raise RuntimeError("no fonts on this machine")

    monkeypatch.setattr(chart, "render", broken)
    seen = await bot.send(S, "/stats")
    assert len(seen) == 1 and not seen[0].photo and seen[0].document is None
    assert "Your funnel and progress" in seen[0].text and "Reply rate:" in seen[0].text
    assert bot.api.methods()[-1] == "sendMessage"


async def test_stats_for_someone_with_nothing_yet_is_text(bot):
    await bot.onboard(U)
    seen = await bot.send(U, "/stats")
    assert not seen[0].photo and "Contacts: 0" in seen[0].text
    assert "No rehearsals yet" in seen[0].text


async def test_the_card_shows_the_history_in_order_and_the_questions_prepared(bot, clock):
    from bot.features.questions import store as questions_store
    from bot.features.questions.effects import SaveQuestions

    ids = await seeded(bot, clock, 12)
    ana = ids[4]  # Ana Ruiz: sent, replied, met, debriefed, thanked, then an update
    await bot.db.transaction(questions_store.save_questions, S, SaveQuestions(
        "UX research", ("How did you get into research ops?", "Who else should I talk to?"),
        ana, 555), NOW)
    view = await bot.send(S, "/contacts")
    seen = await bot.press_data(S, view[0], item_button("x", "ct", ana, "view").data)
    text = seen[0].text
    order = ["📨 email sent (checks 9/10)", "💬 They replied", "📅 coffee, 20 min",
             "📝 Debrief — learned:", "✅ Thank-you: done", "✉️ You sent them an update"]
    at = [text.index(line) for line in order]
    assert at == sorted(at)
    assert "Questions prepared (2)\n1. How did you get into research ops?" in text
    assert "Suggested by: Dana Whitfield" in text and "They suggested: Ben Okafor" in text


async def test_a_name_that_reads_like_a_sentence_is_asked_about_once(bot, clock):
    await seeded(bot, clock, 3)
    seen = await bot.send(S, "/contacts")
    await bot.press(S, "Add", message=seen[0])
    seen = await bot.send(S, "I met her at the conference")
    assert "reads like a sentence" in seen[0].text
    seen = await bot.press(S, "as the name")
    assert "Their organisation?" in seen[0].text


async def test_the_open_list_follows_what_the_card_changed(bot, clock):
    ids = await seeded(bot, clock, 20)
    seen = await bot.send(S, "/contacts")
    name = name_of(10)  # identified
    seen = await bot.send(S, name)
    assert "🔍 Identified" in seen[0].text
    seen = await bot.press(S, name, message=seen[0])
    seen = await bot.press(S, "Log contact", message=seen[0])
    await bot.press(S, "Met for coffee", message=seen[0])
    seen = await bot.send(S, name)  # searched again, without reopening the list
    assert "🤝 Met" in seen[0].text and ids
