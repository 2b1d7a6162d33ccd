"""Questions about the contact's own work that a tester's contact had called "outside what I
see": the bank now answers them, and the nearby questions keep their own answers."""
from __future__ import annotations

import pytest

from bot.features.practice.matcher import Matcher


@pytest.mark.parametrize("text", [
    "How much does a program director work with the board, and what do they expect from you?",
    "Do you ever present to your board?",
    "how involved are you with the board of directors day to day?",
])
def test_working_with_the_board_is_their_own_work(matchers: dict[str, Matcher], text: str
                                                  ) -> None:
    """A programme director reports to a board; it had got "beyond my own work"."""
    match = matchers["nonprofit_public"].match(text)
    assert match.confident and match.question_id == "working-with-the-board", match


@pytest.mark.parametrize("text", [
    "can i join a charity board to get experience",
    "how do i become a trustee",
])
def test_joining_a_board_is_still_trustee_experience(matchers: dict[str, Matcher], text: str
                                                     ) -> None:
    match = matchers["nonprofit_public"].match(text)
    assert match.question_id == "trustee-experience", match
