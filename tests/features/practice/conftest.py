"""The banks, one field's bank and its matcher: loaded once per test module."""

from __future__ import annotations

import pytest

from bot.banks.loader import load_banks
from bot.banks.model import Bank
from bot.features.practice.matcher import Matcher
from tests.harness import ROOT


@pytest.fixture(scope="module")
def banks() -> dict[str, Bank]:
    return load_banks(ROOT / "question_banks")


@pytest.fixture(scope="module")
def bank(banks: dict[str, Bank]) -> Bank:
    return banks["software_engineering"]


@pytest.fixture(scope="module")
def matcher(bank: Bank) -> Matcher:
    return Matcher.for_bank(bank)
