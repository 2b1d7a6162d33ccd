import pytest

from bot.engine.callbacks import (
    ItemPress,
    MenuPress,
    StepPress,
    item_button,
    menu_button,
    parse,
    step_button,
)
from bot.engine.models import Dialogue
from bot.engine.ui import Button


def test_every_shape_round_trips():
    d = Dialogue("ob", "tz", 12)
    assert parse(step_button(d, "Berlin", "1").data) == StepPress("ob", 12, "tz", "1")
    assert parse(menu_button("Write", "outreach").data) == MenuPress("outreach")
    assert parse(item_button("Done", "nudge", 41, "done").data) == ItemPress("nudge", 41, "done")


@pytest.mark.parametrize("data", ["garbage", "", "nudge|x|done", "ob|x|tz|1", "a|b"])
def test_anything_the_codec_did_not_write_is_none(data):
    assert parse(data) is None


def test_a_value_keeps_its_bars():
    d = Dialogue("out", "draft", 3)
    assert parse(step_button(d, "Edit", "edit:role|x").data).value == "edit:role|x"


def test_callback_data_over_64_bytes_is_refused():
    with pytest.raises(ValueError):
        Button("x", "y" * 65)
