from bot.engine.ui import esc, split_text
from bot.telegram.standin.api import html_to_plain


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
