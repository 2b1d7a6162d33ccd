"""A result the user tells through a thing they made ("the recall list I built cut that to
about 12%") is said back as a result, with the thing and the figure, not as a bare figure."""
from __future__ import annotations

import pytest

from bot.banks.model import Bank
from bot.features.practice.they_ask import start_they_ask, they_ask_turn
from tests.features.practice.support import NOW


def _reaction(bank: Bank, answer: str) -> str:
    state = start_they_ask(bank, NOW, persona_id=bank.personas[0].id)
    return they_ask_turn(state, bank, answer, NOW)[1].reaction


@pytest.mark.parametrize(("answer", "said"), [
    ("I'm a practice nurse, 8 years. Our recall rate for diabetic reviews was 30% missed; the "
     "recall list I built cut that to about 12%.",
     "The recall list you built cut it to about 12%: that's a real result"),
    ("I work in ops at a courier firm. The tracker we set up cut late deliveries by 20% in "
     "3 months.", "The tracker you set up cut late deliveries by 20% in 3 months: that's a real"),
])
def test_a_result_told_through_a_thing_made_is_said_back(banks: dict[str, Bank], answer: str,
                                                         said: str) -> None:
    """Had got "Those figures make it concrete for me."."""
    assert _reaction(banks["healthcare"], answer).startswith(said)


@pytest.mark.parametrize("answer", [
    "The app I made got 500 users, about 10% of the school.",  # no result the user moved
    "The report my manager built cut costs by 20%.",  # someone else's
])
def test_no_result_is_credited_where_none_was_made(banks: dict[str, Bank], answer: str) -> None:
    assert "real result" not in _reaction(banks["healthcare"], answer)
