"""/forget as a pure function: nothing is deleted without an explicit tap on Yes."""

from __future__ import annotations

import pytest

from bot.features.profile.effects import ForgetUser
from bot.features.profile.forget import ForgetFlow
from tests.features.flow_support import Walk

ASK = "Please tap one of the buttons (or /cancel)."


def test_asks_for_confirmation_first() -> None:
    w = Walk(ForgetFlow())
    assert w.step == "confirm" and w.effects == []
    assert "deletes <b>everything</b>" in w.question and "cannot be undone" in w.question
    # no Back, no Skip
    assert w.labels == ["📤 Export my data first", "Yes, delete everything", "No, keep my data"]


def test_yes_deletes_everything() -> None:
    w = Walk(ForgetFlow())
    w.tap("Yes, delete everything")
    assert w.steps == ["confirm", None]
    assert w.effects == [ForgetUser()]
    assert "everything about you is deleted" in w.text and "/start" in w.text
    assert not w.out.show_menu  # there is no profile left to show a menu for


def test_no_keeps_everything() -> None:
    w = Walk(ForgetFlow())
    w.tap("No, keep my data")
    assert w.ended and w.effects == [] and w.text == "Nothing was deleted."
    assert w.out.show_menu


@pytest.mark.parametrize("typed", ["yes", "YES delete", "no"])
def test_typing_yes_is_not_a_confirmation(typed: str) -> None:
    w = Walk(ForgetFlow())
    w.say(typed)
    assert w.step == "confirm" and w.effects == []
    assert w.out.replies[0].text == ASK
    assert w.labels == ["📤 Export my data first", "Yes, delete everything", "No, keep my data"]


@pytest.mark.parametrize("value", ["back", "skip", "y", "true"])
def test_a_stale_value_is_refused(value: str) -> None:
    w = Walk(ForgetFlow())
    w.press(value)
    assert w.step == "confirm" and w.effects == [] and w.out.replies[0].text == ASK


def test_a_photo_is_not_an_answer() -> None:
    w = Walk(ForgetFlow())
    w.photo()
    assert w.step == "confirm" and w.effects == []
    assert w.out.replies[0].text == "I can only read text at this step, not a photo."
    assert w.labels == ["📤 Export my data first", "Yes, delete everything", "No, keep my data"]


def test_export_first_hands_over_to_export_and_deletes_nothing():
    w = Walk(ForgetFlow())
    w.tap("📤 Export my data first")
    out = w.out
    assert out.next_flow == "export" and not out.effects and out.dialogue is None
    assert "Nothing is deleted" in out.replies[0].text
