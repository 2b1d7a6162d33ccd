"""The step engine on a small made-up dialogue: what every flow gets for free."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.engine.callbacks import StepPress, parse
from bot.engine.flow import NonText, Outcome, Press, TextIn
from bot.engine.models import Dialogue, Turn, User
from bot.engine.steps import (
    Answer,
    Ask,
    FlowData,
    Go,
    Invalid,
    Step,
    StepFlow,
    buttons,
    choice,
)
from bot.engine.ui import Reply

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
TURN = Turn(User(1, 1, name="Ana", onboarded=True), NOW)


@dataclass(frozen=True)
class Saved:
    what: str
    inst: int | None = None


@dataclass(frozen=True)
class Order(FlowData):
    drink: str = ""
    size: str = ""
    milk: str = ""
    note: str = ""
    asked_note: bool = False


DRINKS = (("tea", "🍵 Tea"), ("coffee", "☕ Coffee"))


def read_drink(turn: Turn, data: Order, a: Answer) -> Order | Invalid:
    key = a.pressed or a.text.lower()
    return data.but(drink=key) if choice(key, DRINKS) else Invalid("Tea or coffee?")


def read_size(turn: Turn, data: Order, a: Answer) -> Order | Invalid:
    return data.but(size=a.text) if a.text in ("S", "L") else Invalid("S or L.")


def read_milk(turn: Turn, data: Order, a: Answer) -> Order:
    return data.but(milk=a.text)


def read_note(turn: Turn, data: Order, a: Answer) -> Order:
    return data.but(note=a.raw)


def read_review(turn: Turn, data: Order, a: Answer) -> Order | Go[Order] | Outcome | Invalid:
    if a.pressed == "size":
        return Go(data, "size", edit=True)
    if a.pressed == "drink":
        return Go(data, "drink", edit=True)
    if a.pressed == "again":
        return Go(data, "review", in_place=True)
    if a.pressed == "ok":
        return data
    return Invalid("Tap a button.")


class OrderFlow(StepFlow[Order]):
    name = "ord"
    title = "ordering"
    Data = Order
    steps = (
        Step("drink", "the drink", lambda t, d: Ask("Tea or coffee?", buttons(DRINKS)),
             read_drink, edit_continues=True),
        Step("milk", "the milk", lambda t, d: Ask("Milk?"), read_milk, optional=True,
             when=lambda d: d.drink == "coffee"),
        Step("size", "the size", lambda t, d: Ask("S or L?"), read_size),
        Step("note", "a note", lambda t, d: Ask("A note?"), read_note, optional=True,
             skipped=lambda d: d.but(note="(none)"), not_text="No {kind}s on orders."),
        Step("review", "checking it", lambda t, d: Ask(
            f"{d.drink} {d.size}", (("Size", "size"), ("Drink", "drink"), ("OK", "ok"),
                                    ("Again", "again")), effects=[Saved("review")]),
             read_review, back=False),
    )

    def finish(self, turn: Turn, data: Order, inst: int) -> Outcome:
        return Outcome(None, [Reply("Ordered.")], [Saved(f"{data.drink} {data.size}")])


FLOW = OrderFlow()


def labels(reply: Reply) -> list[str]:
    return [b.text for row in reply.buttons for b in row]


def walk(*events, d: Dialogue | None = None) -> tuple[Dialogue | None, Outcome]:
    out = FLOW.start(TURN, 7) if d is None else None
    d = out.dialogue if out else d
    for event in events:
        out = FLOW.handle(TURN, d, event)
        d = out.dialogue
    return d, out


def test_the_table_is_walked_in_order_and_the_data_is_typed():
    d, out = walk(Press("tea"), TextIn("L"), TextIn("extra  hot\nplease"))
    assert d.step == "review" and FLOW.data(d) == Order("tea", "L", "", "extra  hot\nplease")
    assert out.replies[-1].text == "tea L"


def test_a_step_that_does_not_apply_is_passed_over_both_ways():
    d, _ = walk(Press("tea"))
    assert d.step == "size"
    d, _ = walk(Press("back"), d=d)
    assert d.step == "drink"
    d, _ = walk(Press("coffee"))
    assert d.step == "milk"


def test_bad_input_says_why_and_asks_the_same_step_with_nothing_stored():
    d, _ = walk(Press("tea"))
    d2, out = walk(TextIn("XL"), d=d)
    assert d2 == d and out.effects == []
    assert [r.text for r in out.replies] == ["S or L.", "S or L?"]


def test_a_photo_gets_the_steps_own_words():
    d, _ = walk(Press("tea"), TextIn("S"))
    _, out = walk(NonText("sticker"), d=d)
    assert out.replies[0].text == "No stickers on orders."
    _, out = walk(NonText("photo"), d=walk(Press("tea"))[0])
    assert out.replies[0].text.startswith("I can only read text at this step")


def test_back_and_skip_buttons_come_from_the_engine():
    start = FLOW.start(TURN, 7)
    assert labels(start.replies[-1]) == ["🍵 Tea", "☕ Coffee"]  # first step: no Back
    d, out = walk(Press("tea"), TextIn("S"))
    assert labels(out.replies[-1]) == ["⬅️ Back", "Skip"]
    assert parse(out.replies[-1].buttons[0][0].data) == StepPress("ord", 7, "note", "back")
    d, out = walk(Press("skip"), d=d)
    assert d.step == "review" and FLOW.data(d).note == "(none)"
    assert "⬅️ Back" not in labels(out.replies[-1])  # back=False


def test_a_skip_or_back_where_none_is_offered_is_just_a_press():
    d, _ = walk(Press("tea"), TextIn("S"), Press("skip"))
    d2, out = walk(Press("back"), d=d)
    assert d2 == d and out.replies[0].text == "Tap a button."


def test_effects_of_entering_a_step_are_stored_once_and_carry_the_run():
    d, out = walk(Press("tea"), TextIn("S"), Press("skip"))
    assert out.effects == [Saved("review", inst=7)]
    assert FLOW.prompts(TURN, d)[-1].text == "tea S"  # asked again after a restart: no effect


def test_editing_one_answer_comes_back_to_where_it_was_edited():
    d, _ = walk(Press("tea"), TextIn("S"), Press("skip"), Press("size"))
    assert d.step == "size"
    d, out = walk(TextIn("L"), d=d)
    assert d.step == "review" and FLOW.data(d).size == "L"
    assert out.effects == [Saved("review", inst=7)]


def test_an_edit_that_another_step_depends_on_asks_that_step_too():
    d, _ = walk(Press("tea"), TextIn("S"), Press("skip"), Press("drink"))
    d, _ = walk(Press("coffee"), d=d)
    assert d.step == "milk"  # milk applies to coffee: asked before coming back
    d, _ = walk(TextIn("oat"), d=d)
    assert d.step == "review" and FLOW.data(d) == Order("coffee", "S", "oat", "(none)")


def test_back_during_an_edit_keeps_the_way_back():
    d, _ = walk(Press("tea"), TextIn("S"), Press("skip"), Press("size"))
    d, _ = walk(Press("back"), d=d)
    assert d.step == "drink" and d.data["_return"] == "review"
    d, _ = walk(Press("coffee"), d=d)
    assert d.step == "milk"  # the changed drink needs its milk asked …
    d, _ = walk(TextIn("oat"), d=d)
    assert d.step == "review" and "_return" not in d.data  # … then straight back


def test_back_outside_an_edit_walks_the_table():
    d, _ = walk(Press("tea"), TextIn("S"))
    d, _ = walk(Press("back"), d=d)
    assert d.step == "size" and "_return" not in d.data


def test_in_place_marks_the_step_to_replace_the_pressed_message():
    d, _ = walk(Press("tea"), TextIn("S"), Press("skip"))
    _, out = walk(Press("again"), d=d)
    assert out.replies[-1].replace


def test_the_last_step_finishes_the_flow_with_its_outcome():
    d, out = walk(Press("tea"), TextIn("L"), Press("skip"), Press("ok"))
    assert d is None and out.replies[-1].text == "Ordered."
    assert out.effects == [Saved("tea L", inst=7)]


def test_data_from_an_older_version_loads_with_defaults_and_unknown_keys_dropped():
    d = Dialogue("ord", "size", 3, {"drink": "tea", "retired_key": 1})
    assert FLOW.data(d) == Order(drink="tea")
    _, out = walk(TextIn("S"), d=d)
    assert out.dialogue.step == "note"


def test_data_copies_are_independent_and_refuse_unknown_fields():
    import pytest

    a = Order.load({})
    assert a == Order() and a.dump() == Order().dump()
    changed = a.but(drink="tea")
    assert changed == Order(drink="tea") and a == Order()
    with pytest.raises(TypeError):
        a.but(colour="red")


@dataclass(frozen=True)
class WithList(FlowData):
    items: list[str] = dataclasses.field(default_factory=list)


def test_each_load_gets_its_own_default_list():
    first, second = WithList.load({}), WithList.load({})
    first.items.append("x")
    assert second.items == [] and WithList.load({"items": ["y"]}).items == ["y"]


def test_a_step_this_version_no_longer_has_is_asked_again_from_the_start():
    d = Dialogue("ord", "flavour", 7, {"drink": "tea"})
    assert FLOW.prompts(TURN, d)[-1].text == "Tea or coffee?"
    d2, out = walk(TextIn("whatever"), d=d)
    assert d2.step == "drink" and FLOW.data(d2).drink == "tea"
    d3, _ = walk(Press("coffee"), d=d2)
    assert d3.step == "milk"
