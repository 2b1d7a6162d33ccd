"""The catalog every shell table is built from: nothing declared that does not exist."""

from __future__ import annotations

from bot.app import build_application
from bot.config import Settings
from bot.features.catalog import FEATURES
from bot.features.menu import COMMANDS, bot_commands, help_text, main_menu
from bot.telegram.services import KEY
from tests.harness import BANKS


def _flows(tmp_path) -> dict:
    settings = Settings(token=None, database_path=tmp_path / "db.sqlite3",
                        question_banks_dir=BANKS)
    return build_application(settings).bot_data[KEY].flows


def test_every_command_opens_a_flow_the_bot_has_or_a_view(tmp_path):
    flows = _flows(tmp_path)
    for command in COMMANDS.values():
        if command.name in ("help", "cancel"):
            continue
        assert bool(command.flow) != bool(command.view), command.name
        assert command.flow is None or command.flow in flows, command.name


def test_every_command_is_in_telegrams_list_and_help():
    listed = dict(bot_commands())
    help_lines = help_text().text
    for name in COMMANDS:
        assert name in listed
        if name != "help":
            assert f"/{name} —" in help_lines


def test_the_menu_has_a_button_for_each_labelled_command():
    labels = [b.text for row in main_menu().buttons for b in row]
    assert [c.label for c in COMMANDS.values() if c.label] == labels[:-1]


def test_no_effect_or_button_kind_is_declared_twice():
    stores = [t for f in FEATURES for t in f.stores]
    items = [k for f in FEATURES for k in f.items]
    assert len(stores) == len(set(stores)) and len(items) == len(set(items))
