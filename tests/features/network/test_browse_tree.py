"""Paging, search and the referral tree, as pure functions over 250 contacts."""

from __future__ import annotations

from bot.engine.callbacks import ItemPress, StepPress, parse
from bot.engine.models import Dialogue
from bot.features.network import browse
from bot.features.network.flow import fresh
from bot.features.network.tree import lines_of, root_of, tree_reply

STAGES = ("identified", "asked", "replied", "met", "thanked")
INDEX = [[i, f"Person {i:03d}", f"Org {i % 40}", STAGES[i % 5], None] for i in range(1, 251)]


def dialogue(**changes) -> Dialogue:
    return Dialogue("contacts", "list", 3, {**fresh(INDEX), **changes})


def opened(reply) -> list[int]:
    return [p.id for row in reply.buttons for b in row
            if isinstance(p := parse(b.data), ItemPress) and p.kind == "ct"]


def test_every_contact_is_on_exactly_one_page():
    seen: list[int] = []
    for page in range(25):
        ids = opened(browse.list_reply(dialogue(pg=page)))
        assert len(ids) == 10
        seen += ids
    assert sorted(seen) == list(range(1, 251))
    assert opened(browse.list_reply(dialogue(pg=99))) == seen[-10:]  # clamped to the last


def test_paging_buttons_belong_to_the_list_step():
    reply = browse.list_reply(dialogue(pg=3))
    steps = [p for row in reply.buttons for b in row if isinstance(p := parse(b.data), StepPress)]
    assert {(p.flow, p.inst, p.step) for p in steps} == {("contacts", 3, "list")}
    assert {p.value for p in steps} == {"prev", "next", "filter", "add"}
    assert all(len(b.data.encode()) <= 64 for row in reply.buttons for b in row)


def test_search_by_name_or_organisation_and_stage():
    assert [r[0] for r in browse.matches(INDEX, "person 007")] == [7]
    org = browse.matches(INDEX, "org 7")
    assert {r[2] for r in org} == {"Org 7"} and len(org) == 7
    assert [r[0] for r in browse.matches(INDEX, "pers 012 org 12")] == [12]
    assert len(browse.matches(INDEX, "", "met")) == 50
    assert len(browse.matches(INDEX, "org 7", "replied")) == 7
    assert browse.matches(INDEX, "org 7", "asked") == []
    assert browse.matches(INDEX, "nobody") == []


def test_folding_ignores_case_and_accents():
    assert browse.fold("JOSÉ García") == "jose garcia"


CHAIN = [[1, "Dana", "", "met", None], [2, "Ana", "", "met", 1], [3, "Ben", "", "asked", 2],
         [4, "Chloe", "", "identified", 3], [5, "Eli", "", "identified", 2],
         [6, "Solo", "", "identified", None]]


def test_the_tree_from_any_member_is_the_whole_chain():
    by_id = {r[0]: r for r in CHAIN}
    assert root_of(by_id, 4) == 1
    assert lines_of(CHAIN, 4) == [(0, 1), (1, 2), (2, 3), (3, 4), (2, 5)]
    assert lines_of(CHAIN, 1) == lines_of(CHAIN, 5)
    text = tree_reply(CHAIN, 3).text
    assert "👉 <b>Ben</b> — 📨 Asked" in text and "Solo" not in text


def test_a_stored_circle_cannot_loop_the_tree():
    circle = [[1, "A", "", "met", 2], [2, "B", "", "met", 1]]
    assert sorted(c for _, c in lines_of(circle, 1)) == [1, 2]


def test_nobody_suggested_and_no_suggestions():
    assert "was nobody's suggestion" in tree_reply(CHAIN, 6).text
