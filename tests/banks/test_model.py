"""Tests for bot/banks/model.py: the schema rules that hold however a bank is built.

The loader reports most of these with file:line first (a duplicate id, for one, never reaches
the coach as the model's error), so the model's own validators are pinned here directly.
"""

from __future__ import annotations

from typing import Any

import pydantic
import pytest
import yaml

from bot.banks.model import Bank
from tests.harness import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "banks" / "too_few.yaml"


def bank_data() -> dict[str, Any]:
    """A small valid bank as plain data, fresh for each test to change."""
    return yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))


def error_types(data: dict[str, Any]) -> list[str]:
    with pytest.raises(pydantic.ValidationError) as caught:
        Bank.model_validate(data)
    return [error["type"] for error in caught.value.errors()]


def test_valid_data_builds_a_frozen_bank_with_lookups() -> None:
    bank = Bank.model_validate(bank_data())
    assert bank.question("typical-day") is bank.questions[0]
    assert bank.ask_back("tell-me-about-yourself") is bank.asks_back[0]
    assert bank.question("no-such-id") is None
    with pytest.raises(pydantic.ValidationError):
        bank.title = "changed"  # type: ignore[misc]


def test_duplicate_question_ids_are_rejected() -> None:
    data = bank_data()
    data["questions"].append(dict(data["questions"][0]))
    assert error_types(data) == ["duplicate_id"]


def test_repeated_flag_and_reversed_target_words_are_rejected() -> None:
    data = bank_data()
    data["questions"][0]["flags"] = ["closed", "closed"]
    data["asks_back"][0]["target_words"] = [120, 60]
    assert error_types(data) == ["duplicate_flag", "target_words_order"]


def test_yaml_booleans_and_numbers_are_not_taken_as_text() -> None:
    data = bank_data()
    data["questions"][0]["answer"] = True
    assert error_types(data) == ["string_type"]
