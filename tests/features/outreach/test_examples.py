"""The outreach examples read naturally to a user in the UK and in the US alike."""

from __future__ import annotations

import re

import pytest

from bot.features.outreach import examples

_ONE_SIDE = re.compile(r"\b(?:rota|high[- ]school|secondary school|charity|nonprofit|cv|resume|"
                       r"uni|college|programme|program|colour|color|favourite|favorite)\b", re.I)


@pytest.mark.parametrize("field", [*examples._ROLE, None, "basket weaving"])
def test_examples_use_no_word_only_one_side_of_the_atlantic_says(field: str | None) -> None:
    for text in (examples.example_role(field), examples.example_background(field)):
        assert not _ONE_SIDE.search(text), text
