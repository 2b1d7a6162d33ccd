"""Slips in a typed field, put right only where they are slips."""

from __future__ import annotations

import pytest

from bot.engine.field_spelling import spelled_field


@pytest.mark.parametrize(("typed", "spelled"), [
    ("softwear engineering", "software engineering"), ("data anaylst", "data analyst"),
    ("markting", "marketing"), ("Product Managment", "Product Management"),
    ("cyber securty", "cyber security"), ("enginering", "engineering"),
    ("projct management", "project management"), ("nursng", "nursing"),
])
def test_a_swapped_or_dropped_letter_is_put_right(typed: str, spelled: str) -> None:
    assert spelled_field(typed) == spelled


@pytest.mark.parametrize("typed", [
    "trading", "baking", "medic", "system design", "finances", "museums", "carpentry",
    "designed interiors", "operation research", "Figma", "Deloitte", "mining",
])
def test_a_real_word_or_a_name_is_left_as_typed(typed: str) -> None:
    assert spelled_field(typed) == typed
