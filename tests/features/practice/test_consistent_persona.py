"""What a contact says in one answer holds in the next: the people they know, the line they
quote from their own answers."""
from __future__ import annotations

import pytest

from bot.banks.model import Bank
from bot.features.practice.matcher import Matcher
from bot.features.practice.you_ask import start_you_ask, you_ask_turn
from tests.features.practice.support import NOW


def test_the_designers_she_said_came_from_graphic_design_are_someone_she_knows(
        banks: dict[str, Bank]) -> None:
    """Nia said two designers at her agency came from graphic design, then "I don't know
    anyone who made the move from graphic design to UX" when asked for one."""
    bank = banks["ux_design"]
    matcher = Matcher.for_bank(bank)
    for variant in (0, 1):
        state = start_you_ask(bank, 20, NOW, persona_id="nia", variant=variant)
        state, said = you_ask_turn(state, bank, matcher,
                                   "How hard is it to move from graphic design into UX?", NOW)
        state, people = you_ask_turn(state, bank, matcher, "who else should i talk to? ideally "
                                     "someone who moved from graphic design into ux", NOW)
        assert "came from graphic design" in said.reply
        assert people.question_id == "who-else" and "don't know anyone" not in people.reply
        assert people.reply.startswith(("Talk to Kofi", "Kofi")) and "graphic design" in (
            people.reply.split(". ")[0])


@pytest.mark.parametrize("variant", [0, 1, 2])
def test_an_honest_reply_quotes_no_line_that_shares_only_the_field_name(
        banks: dict[str, Bank], variant: int) -> None:
    """Asked whether to start as an assistant accountant, an FP&A manager answered "I can
    only tell you what I see myself. School hours in FP&A is realistic …": the only words
    shared were her own field's name and "realistic"."""
    bank = banks["finance"]
    state = start_you_ask(bank, 20, NOW, persona_id="grace", variant=variant)
    _, result = you_ask_turn(state, bank, Matcher.for_bank(bank), (
        "Would that count towards an FP&A analyst role, or would I need to start as an assistant"
        " accountant?"), NOW)
    assert result.question_id is None and "School hours" not in result.reply
