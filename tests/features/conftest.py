"""The shipped question banks and one field's bank, loaded once per test module."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.banks.loader import load_banks
from bot.banks.model import Bank


@pytest.fixture(scope="module")
def banks() -> dict[str, Bank]:
    return load_banks(Path(__file__).resolve().parents[2] / "bot" / "question_banks")


@pytest.fixture(scope="module")
def bank(banks: dict[str, Bank]) -> Bank:
    return banks["software_engineering"]
