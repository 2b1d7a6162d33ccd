import pytest

from bot.engine.models import Dialogue
from bot.engine.ui import (
    Button,
    MenuPress,
    StepPress,
    esc,
    parse_callback,
    split_text,
    step_button,
)
from bot.telegram.standin.api import html_to_plain


def test_callback_round_trip_and_limit():
    d = Dialogue("ob", "tz", 12)
    b = step_button(d, "Berlin", "1")
    assert parse_callback(b.data) == StepPress("ob", 12, "tz", "1")
    assert parse_callback("menu|outreach") == MenuPress("outreach")
    assert parse_callback("garbage") is None
    with pytest.raises(ValueError):
        Button("x", "y" * 65)


def test_split_keeps_every_part_valid_html_and_under_limit():
    text = "<b>" + esc("Tom & Jerry <3 ") * 600 + "</b>"
    parts = split_text(text)
    assert len(parts) > 1
    for part in parts:
        plain = html_to_plain(part)  # raises like Telegram if a part is broken
        assert len(plain) <= 4096
    assert "".join(html_to_plain(p) for p in parts).replace(" ", "") == (
        "Tom & Jerry <3 " * 600).replace(" ", "")


def test_split_without_spaces_or_newlines():
    parts = split_text("x" * 9000)
    assert [len(p) for p in parts][0] <= 4096 and "".join(parts) == "x" * 9000


def test_short_text_is_one_part():
    assert split_text("hello") == ["hello"]
